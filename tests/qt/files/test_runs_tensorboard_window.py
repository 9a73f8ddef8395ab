"""Every run of the Runs table to TensorBoard, as a student asks for it: the Runs tab's button (or its
context menu, or File → Export → "All runs to TensorBoard…"), a folder, and a folder per run appears
without the window waiting for it; a folder that cannot be written says so."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from playground.core.experiment.config import default_experiment
from tests.helpers import WAIT_MS, tensorboard_events, tensorboard_scalars


def _rows(epochs, offset):
    return [{"epoch": e, "loss": 1 / e + offset, "val_loss": 1.1 / e + offset} for e in range(1, epochs + 1)]


@pytest.fixture
def two_runs(qtbot, window):
    """Two runs kept in the window's Runs table, at two learning rates."""
    c = window.controller
    for rate, epochs in ((0.1, 12), (0.01, 30)):
        exp = default_experiment()
        exp.training.optimizer["config"]["learning_rate"] = rate
        c.runs.add(exp, _rows(epochs, rate), [], "finished", label=f"lr {rate:g}")
    c.sigRunsChanged.emit()
    qtbot.waitUntil(lambda: window.runs_view.table.rowCount() == 2, timeout=WAIT_MS)
    return window


def _answer(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: str(path))


@pytest.fixture
def warnings(monkeypatch):
    """The (title, text) of the message boxes the window shows, instead of showing them (a modal box
    would wait for a click that never comes)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append((title, text)))
    return shown


def _written(window):
    written = []
    window.exports.runs_tensorboard.sigWritten.connect(lambda *args: written.append(args))
    return written


def test_the_runs_tab_writes_every_kept_run_a_folder_each(qtbot, two_runs, tmp_path, monkeypatch, warnings):
    window = two_runs
    written = _written(window)
    _answer(monkeypatch, tmp_path)
    view = window.runs_view
    assert view.tensorboard_button.isEnabled() and view.tensorboard_action in view.table.actions()
    view.tensorboard_button.click()
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT_MS)
    root = tmp_path / "experiment_runs"
    assert not warnings
    assert written == [(str(root), 2, "")]
    assert sorted(p.name for p in root.iterdir() if p.is_dir()) == ["01_run1_lr-0.1", "02_run2_lr-0.01"]
    for name, run in zip(("01_run1_lr-0.1", "02_run2_lr-0.01"), window.controller.runs.runs, strict=True):
        loss = tensorboard_scalars(tensorboard_events(root / name / "validation"), "epoch_loss")
        assert [v for _, v in loss] == pytest.approx([row["val_loss"] for row in run.rows], rel=1e-6)
        assert list((root / name).glob("events.out.tfevents.*"))  # its HParams session
    assert list(root.glob("events.out.tfevents.*"))  # the HParams experiment, once, at the top
    assert "tensorboard --logdir" in window.status.text()


def test_file_export_offers_it_beside_the_run_logs(qtbot, two_runs, tmp_path, monkeypatch, warnings):
    window = two_runs
    export = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().title() == "&File")
    texts = [a.text() for m in (export, *[a.menu() for a in export.actions() if a.menu()]) for a in m.actions()]
    i = texts.index("TensorBoard logs…")
    assert texts[i + 1] == "All runs to TensorBoard…"
    written = _written(window)
    _answer(monkeypatch, tmp_path)
    window.exports.runs_tensorboard.action.trigger()
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT_MS)
    assert not warnings
    assert written[0][2] == "" and (tmp_path / "experiment_runs" / "02_run2_lr-0.01" / "train").is_dir()


def test_a_folder_that_cannot_be_written_says_so(qtbot, two_runs, tmp_path, monkeypatch, warnings):
    window = two_runs
    (tmp_path / "file").write_text("not a folder")
    _answer(monkeypatch, tmp_path / "file")
    written = _written(window)
    window.runs_view.tensorboard_action.trigger()
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT_MS)
    [(title, text)] = warnings
    assert title == "Cannot export" and str(tmp_path / "file") in text
    assert written[0][2] == text


def test_nothing_to_write_before_any_run_says_so(window, tmp_path, monkeypatch):
    _answer(monkeypatch, tmp_path)
    assert not window.runs_view.tensorboard_button.isEnabled()
    assert window.exports.runs_tensorboard.export() is None
    assert "Train a little first" in window.status.text()
    assert list(tmp_path.iterdir()) == []
