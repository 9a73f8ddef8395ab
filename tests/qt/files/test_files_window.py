"""Files as a user meets them: the unsaved mark, recent files, dropping files, autosave and
getting the work back after the app was killed mid-training."""

import os
import sys
import textwrap
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from playground.core.experiment.config import Experiment
from playground.core.files import autosave
from playground.qt.files import recent_files
from playground.qt.training import training_controller as tc
from tests.helpers import describe, run


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


SCRIPT = """
import os, sys, time
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
app = QApplication(sys.argv[:1])
app.setOrganizationName("playground")
app.setApplicationName("Neural Network Playground")
from playground.core.experiment.config import default_experiment
from playground.qt.window.main_window import QtMainWindow
from playground.qt.training import training_controller as tc
w = QtMainWindow(default_experiment())
w.show()
w.state.update_data(label="Noise", noise=0.3)
w.state.update_training(epochs=100000)
def wait(cond, what, seconds=300):
    end = time.time() + seconds
    while not cond():
        if time.time() > end:  # say so, rather than go on as if it had come
            print(f"gave up after {seconds} s waiting for {what}", file=sys.stderr, flush=True)
            os._exit(3)
        app.processEvents()
        time.sleep(0.01)
wait(lambda: w.controller.run_state == tc.READY, "the model (Ready)")
w.controller.play()
wait(lambda: len(w.controller.history) >= 30, "30 epochs")
wait(lambda: w.autosave.saver.file.exists(), "the autosave timer's own write, mid-training")
print(w.autosave.saver.file, flush=True)
os.kill(os.getpid(), 9)
"""


def test_killed_mid_training_the_work_comes_back(qtbot, window):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    done = run([sys.executable, "-c", textwrap.dedent(SCRIPT)], env=env, timeout=1200)
    assert done.returncode == -9, describe(done)
    written = Path(done.stdout.strip().splitlines()[-1])
    assert written.exists()
    found = [r for r in autosave.left_behind(written.parent) if r.file == written]
    assert len(found) == 1
    recovered = found[0]
    assert recovered.experiment.data.noise == 0.3 and recovered.modified
    interrupted = recovered.runs.runs[-1]
    assert interrupted.label == "interrupted" and len(interrupted.rows) >= 1
    window.restore(recovered)
    assert window.state.experiment.data.noise == 0.3 and window.isWindowModified()
    assert window.controller.runs.runs[-1].rows == interrupted.rows
    assert window.runs_view.table.rowCount() >= 1
    assert not recovered.file.exists()  # offered once
    assert window.controller.run_state in (tc.BUILDING, tc.READY, tc.LOADING_TF)
