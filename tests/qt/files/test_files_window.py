"""Files as a user meets them: the unsaved mark, recent files, dropping files, autosave and
getting the work back after the app was killed mid-training."""

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from playground.core import atomic_files
from playground.core.experiment.config import Experiment
from playground.core.files import autosave
from playground.qt.files import recent_files
from tests.helpers import wait_for


def test_the_title_marks_unsaved_edits_until_saved(window, tmp_path):
    assert "[*]" in window.windowTitle() and not window.isWindowModified()
    window.state.update_data(label="Noise", noise=0.3)
    assert window.isWindowModified()
    path = tmp_path / "lesson.json"
    assert window.save_path(str(path))
    assert not window.isWindowModified() and window.windowTitle().startswith("lesson.json")
    assert recent_files.paths()[0] == str(path.resolve())
    window.undo.stack.undo()  # back past the saved state: unsaved again
    assert window.isWindowModified()
    window.undo.stack.redo()
    assert not window.isWindowModified()
    # Reopened, it is the same experiment.
    assert Experiment.load(path).to_dict() == window.state.experiment.to_dict()


def test_recent_files_menu_and_a_moved_file(window, tmp_path, monkeypatch):
    recent_files.clear()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    window.save_path(str(first))
    window.save_path(str(second))
    recent_files.fill(window.recent_menu, window.open_path)
    titles = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert titles[:2] == ["&1 b.json", "&2 a.json"] and titles[-1] == "Clear the list"
    first.unlink()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert not window.open_path(str(first.resolve()))
    assert "does not exist" in warned[0] and str(first.resolve()) not in recent_files.paths()


def _drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def test_dropping_an_experiment_or_data_file(window, tmp_path):
    exp = window.state.experiment.copy()
    exp.data.noise = 0.4
    path = tmp_path / "dropped.json"
    exp.save(path)
    _drop(window, path)
    assert window.path == str(path) and window.state.experiment.data.noise == 0.4
    rng = np.random.default_rng(0)
    x = rng.normal(size=(120, 3)).astype(np.float32)
    np.savez(tmp_path / "table.npz", x=x, y=(x[:, 0] > 0).astype(int))
    _drop(window, tmp_path / "table.npz")
    assert window.state.experiment.data.source["path"].endswith("table.npz")
    assert window.state.experiment.input_shape == (3,)


def test_autosave_writes_only_after_changes_and_restores(qtbot, window, tmp_path):
    saver = window.autosave
    saver._dirty = False
    assert not saver.save_now()
    window.state.update_data(label="Noise", noise=0.25)
    assert saver.save_now() and saver.saver.file.exists()
    found = autosave.read(saver.saver.file)
    assert found.experiment.data.noise == 0.25 and found.modified


def test_a_full_disk_is_said_once_until_autosave_works_again(window, monkeypatch):
    saver = window.autosave
    good = saver.saver.save

    def full(*_args):
        raise atomic_files.failed(OSError(errno.ENOSPC, "No space left on device"), saver.saver.file)

    said = []
    monkeypatch.setattr(saver.saver, "save", full)
    monkeypatch.setattr(window, "show_message", said.append)
    for noise in (0.1, 0.2, 0.3):  # three ticks of a full disk: said once
        window.state.update_data(label="Noise", noise=noise)
        assert not saver.save_now()
    assert len(said) == 1 and said[0].startswith("Autosave failed: The disk is full") and saver.failing
    monkeypatch.setattr(saver.saver, "save", good)
    window.state.update_data(label="Noise", noise=0.4)
    assert saver.save_now() and not saver.failing and said[1:] == ["Autosave works again."]
    assert autosave.read(saver.saver.file).experiment.data.noise == 0.4  # nothing lost meanwhile


# A window that trains and autosaves every 0.3 s until it is killed. At each weights write it keeps
# the boundary (the output grid) those weights draw, computed in the worker right after the write,
# so the test can compare the restored window's boundary with the one the killed window had.
SCRIPT = """
import sys
from pathlib import Path
import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
app.setOrganizationName("playground-test")
app.setApplicationName("killed")
from playground.core.experiment.config import default_experiment
from playground.qt.window.main_window import QtMainWindow
from playground.qt.training import training_controller as tc
QtMainWindow.ask_on_close = False
grids = Path(sys.argv[1])
w = QtMainWindow(default_experiment())
w.show()
w.state.update_data(label="Noise", noise=0.3)  # an edit not saved to a file
w.state.update_training(epochs=1_000_000)
w.autosave.timer.setInterval(300)
worker = w.controller.worker
def keep_grid(payload):
    token, epoch, path, error = payload
    if epoch > 0 and not error:  # in the worker's thread, before anything else moves the weights
        np.save(grids / f"{epoch}.npy", worker._session.snapshot(views=False).output_grid)
worker.sigAutosaved.connect(keep_grid, Qt.ConnectionType.DirectConnection)
def play_when_ready():
    if w.controller.run_state == tc.READY:
        w.controller.set_speed(300)
        w.controller.play()
    else:
        QTimer.singleShot(50, play_when_ready)
play_when_ready()
app.exec()
"""


def _autosave_with_weights(data: Path, grids: Path) -> Path | None:
    """The killed window's head once it names weights whose boundary the window kept."""
    for head in data.glob("*/*/autosave/*.json"):
        try:
            current = json.loads(head.read_text(encoding="utf-8"))["current"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # being replaced just now
        if current and current.get("weights") and (grids / f"{current['weights']['epoch']}.npy").exists():
            return head
    return None


def test_killed_mid_training_the_work_and_the_weights_come_back(qtbot, window, tmp_path):
    data, grids = tmp_path / "data", tmp_path / "grids"
    grids.mkdir()
    home = str(Path(__file__).resolve().parents[3])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": home, "PYTHONFAULTHANDLER": "1"}
    env.update(XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(tmp_path / "config"))
    log = tmp_path / "stderr.txt"
    with open(log, "w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(SCRIPT), str(grids)], env=env, stdout=stderr, stderr=stderr
        )
    try:
        end = time.monotonic() + 600
        while (head := _autosave_with_weights(data, grids)) is None:
            assert child.poll() is None, f"the window ended by itself: {log.read_text()[-3000:]}"
            assert time.monotonic() < end, "no autosave with weights in 10 minutes"
            time.sleep(0.05)
        # Killed while it trains on: the last autosave is what it leaves.
        os.kill(child.pid, signal.SIGKILL)
        child.wait(60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    found = [r for r in autosave.left_behind(head.parent) if r.file == head]
    assert len(found) == 1
    recovered = found[0]
    assert recovered.experiment.data.noise == 0.3 and recovered.modified
    assert recovered.current is not None and recovered.weights is not None
    epoch = len(recovered.current.rows)
    before = np.load(grids / f"{epoch}.npy")  # the boundary the killed window drew at that epoch
    shown = []
    window.controller.sigSnapshot.connect(shown.append)
    window.restore(recovered)
    assert window.state.experiment.data.noise == 0.3 and window.isWindowModified()
    assert not recovered.file.exists() and not list(head.parent.iterdir())  # offered once
    c = window.controller
    wait_for(qtbot, lambda: any(s.epoch == epoch for s in shown), f"the restored model's view at epoch {epoch}")
    restored = next(s for s in shown if s.epoch == epoch)
    assert np.allclose(restored.output_grid, before, rtol=0, atol=1e-6), np.abs(restored.output_grid - before).max()
    assert len(c.history) == epoch and c.history.rows[-1]["epoch"] == epoch  # the curves, as current
    wait_for(qtbot, lambda: window.loss_plot.x_span()[1] >= epoch, "the curves drawn up to the restored epoch")
    assert c.runs.runs == []  # the run goes on: it is not a kept run
    # Play goes on from there.
    c.play()
    wait_for(qtbot, lambda: len(c.history) > epoch + 5, "epochs after the restored one")
    c.pause()
    assert c.history.rows[epoch]["epoch"] == epoch + 1


def _recovered(tmp_path, exp, rows, weights: bool):
    """What a crash left: `exp` with a run in progress of `rows` (and weights that fit them)."""
    saver = autosave.Autosaver(tmp_path)
    head = {"number": 1, "label": "interrupted", "group": "", "reason": "paused", "experiment": exp.to_dict()}
    current = saver.progress(head, rows)
    if weights:
        file = saver.next_weights_file()
        autosave.write_weights(file, len(rows), [np.zeros(3)])
        current.weights = (file, len(rows), rows[-1])
    saver.save(exp, None, True, [], current)
    return autosave.read(saver.file)


def test_a_run_in_progress_without_its_weights_comes_back_as_a_kept_run(qtbot, window, tmp_path):
    exp = window.state.experiment.copy()
    exp.data.noise = 0.2
    rows = [{"epoch": i + 1, "loss": 0.7 - i / 100, "val_loss": 0.8} for i in range(20)]
    recovered = _recovered(tmp_path, exp, rows, weights=False)
    assert recovered.current is not None and recovered.weights is None
    window.restore(recovered)
    kept = window.controller.runs.runs
    assert [run.label for run in kept] == ["interrupted"] and kept[0].rows == rows
    assert len(window.controller.history) == 0 and list(tmp_path.iterdir()) == []


def test_a_run_of_settings_edited_since_comes_back_as_a_kept_run(qtbot, window, tmp_path):
    exp = window.state.experiment.copy()
    rows = [{"epoch": i + 1, "loss": 0.7, "val_loss": 0.8} for i in range(5)]
    recovered = _recovered(tmp_path, exp, rows, weights=True)
    other = exp.copy()
    other.seed = 99  # the window's settings were edited into another run before the crash
    recovered.experiment = other
    window.restore(recovered)
    assert [run.label for run in window.controller.runs.runs] == ["interrupted"]


def test_weights_that_do_not_fit_the_model_leave_the_run_kept(qtbot, window, tmp_path):
    exp = window.state.experiment.copy()
    rows = [{"epoch": i + 1, "loss": 0.7, "val_loss": 0.8} for i in range(5)]
    recovered = _recovered(tmp_path, exp, rows, weights=True)  # three numbers: not this model's
    window.restore(recovered)
    c = window.controller
    wait_for(qtbot, lambda: len(c.runs.runs) == 1, "the run kept once the weights were refused")
    assert c.runs.runs[0].label == "interrupted" and c.runs.runs[0].rows == rows
    assert "do not fit" in c.message and len(c.history) == 0
