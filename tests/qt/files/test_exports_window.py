"""File → Export as a student uses it at the end of a lesson: every format lands on disk, whole."""

import csv

import pytest
from PySide6.QtWidgets import QFileDialog

from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS


@pytest.fixture
def trained(qtbot, window):
    window.controller.set_speed(0)
    window.state.update_training(epochs=20)
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.FINISHED, timeout=60_000)
    return window


def _answer(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: str(path))


def _saved(qtbot, window):
    saved = []
    window.controller.sigKerasSaved.connect(lambda path, error: saved.append((path, error)))
    return saved


def test_model_h5_weights_and_tensorboard(qtbot, trained, tmp_path, monkeypatch):
    saved = _saved(qtbot, trained)
    _answer(monkeypatch, tmp_path / "model")  # the suffix is added
    trained.exports.model()
    trained.exports.model(h5=True)
    trained.exports.weights()
    _answer(monkeypatch, tmp_path)
    trained.exports.tensorboard()
    qtbot.waitUntil(lambda: len(saved) == 4, timeout=WAIT_MS)
    assert [error for _, error in saved] == [""] * 4
    assert (tmp_path / "model.keras").stat().st_size > 1000
    assert (tmp_path / "model.h5").stat().st_size > 1000
    assert (tmp_path / "model.weights.h5").stat().st_size > 1000
    logs = tmp_path / "experiment_logs"
    assert list((logs / "train").glob("events.out.tfevents.*")) and list((logs / "validation").glob("events.*"))


def test_script_history_and_report(trained, tmp_path, monkeypatch):
    _answer(monkeypatch, tmp_path / "lesson.py")
    path = trained.exports.script()
    text = (tmp_path / "lesson.py").read_text(encoding="utf-8")
    compile(text, path, "exec")  # a valid Python file (running it is tested in tests/core)
    assert "model.fit(" in text and "import playground" not in text
    _answer(monkeypatch, tmp_path / "history.csv")
    trained.exports.history_csv()
    with open(tmp_path / "history.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 20
    assert float(rows[-1]["loss"]) == pytest.approx(trained.controller.history.rows[-1]["loss"])
    _answer(monkeypatch, tmp_path / "report.html")
    trained.exports.report()
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.count("<img") >= 2
    assert "Binary cross-entropy" in page or "binary_crossentropy" in page


def test_nothing_to_export_before_training_says_so(window, tmp_path, monkeypatch):
    _answer(monkeypatch, tmp_path / "history.csv")
    assert window.exports.history_csv() is None
    assert "Train a little first" in window.status.text()


def test_an_exported_model_comes_back_with_its_weights(qtbot, trained, tmp_path, monkeypatch):
    saved = _saved(qtbot, trained)
    _answer(monkeypatch, tmp_path / "taken.keras")
    trained.exports.model()
    qtbot.waitUntil(lambda: bool(saved) and saved[-1][1] == "", timeout=WAIT_MS)
    val = trained.controller.history.rows[-1]["val_accuracy"]
    assert trained.files.import_keras_path(str(tmp_path / "taken.keras"), weights=True)
    assert trained.state.experiment.model.weights == str((tmp_path / "taken.keras").resolve())
    c = trained.controller
    qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=60_000)
    c.step()
    qtbot.waitUntil(lambda: len(c.history) == 1, timeout=WAIT_MS)
    assert c.history.rows[0]["val_accuracy"] >= val - 0.1  # goes on from the trained model, not from scratch


def test_a_model_with_sin_features_says_to_import_its_layers(qtbot, window, tmp_path, monkeypatch):
    """The saved model makes sin(x1) itself with playground_layers.Sin, written beside it: the message
    says so (and not after a save that needed no such file)."""
    said: list[str] = []  # the status line may move on (the run's own messages): what it was told
    shown = window.show_message
    monkeypatch.setattr(window, "show_message", lambda text, *args: (said.append(text), shown(text, *args)))
    window.state.update_data(features=["x1", "x2", "sin(x1)"])
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)
    saved = _saved(qtbot, window)
    _answer(monkeypatch, tmp_path / "model.keras")
    window.exports.model()
    qtbot.waitUntil(lambda: any("model.keras" in text for text in said), timeout=WAIT_MS)
    assert saved == [(str(tmp_path / "model.keras"), "")]
    assert (tmp_path / "playground_layers.py").is_file()
    [message] = [text for text in said if "model.keras" in text]
    assert "import playground_layers" in message
    window.state.update_data(features=["x1", "x2"])
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)
    _answer(monkeypatch, tmp_path / "plain.keras")
    window.exports.model()
    qtbot.waitUntil(lambda: any("plain.keras" in text for text in said), timeout=WAIT_MS)
    [message] = [text for text in said if "plain.keras" in text]
    assert "import playground_layers" not in message
