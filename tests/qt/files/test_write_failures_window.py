"""A full disk or a read-only folder while saving or exporting: the window says which file and what
to do, in its language, the work stays in memory (still marked unsaved), and an older file of the
same name is left whole."""

import errno
import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from playground.core import atomic_files
from playground.qt import i18n
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS, wait_for_state

FULL = "The disk is full: could not write {0}. Free some space and save again."
READ_ONLY = "{0} is in a folder that cannot be written (read-only). Choose another folder."


@pytest.fixture
def warnings(monkeypatch):
    """The texts of the message boxes the window shows (instead of showing them)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    return shown


def _answer(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(path), ""))


def _only(folder, *names):
    assert sorted(os.listdir(folder)) == sorted(names), "a temporary file was left behind"


def test_saving_on_a_full_disk_keeps_the_old_file_and_the_edits(window, tmp_path, warnings, monkeypatch):
    path = tmp_path / "lesson.json"
    assert window.save_path(str(path))
    before = path.read_bytes()
    window.state.update_data(label="Noise", noise=0.3)
    assert window.isWindowModified()
    # The window's language: the message is translated under its own context, then filled in.
    monkeypatch.setattr(i18n, "translate", lambda context, text: f"[{context}] {text}")
    real_sync = atomic_files._sync
    # A full disk says so when the bytes are synced at the latest: the temporary file is written by then.
    monkeypatch.setattr(atomic_files, "_sync", _raise(errno.ENOSPC))
    assert not window.save_path(str(path))
    assert warnings == ["[files] " + FULL.format(path)]
    assert window.isWindowModified()  # the edit is still only in memory, and said to be
    assert path.read_bytes() == before
    _only(tmp_path, "lesson.json")
    monkeypatch.setattr(atomic_files, "_sync", real_sync)  # space freed: saving again works
    assert window.save_path(str(path)) and not window.isWindowModified()
    assert path.read_bytes() != before


def test_saving_into_a_read_only_folder_says_choose_another(window, tmp_path, warnings, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "lesson.json"
    window.state.update_data(label="Noise", noise=0.3)
    if os.geteuid() == 0:  # root writes anywhere: the folder's answer is given instead
        monkeypatch.setattr(atomic_files, "_create", _raise(errno.EACCES))
    else:
        folder.chmod(0o500)
    try:
        assert not window.save_path(str(path))
    finally:
        folder.chmod(0o700)
    assert warnings == [READ_ONLY.format(path)]
    assert window.isWindowModified()
    _only(folder)


def _raise(code):
    def fail(*args):
        raise OSError(code, os.strerror(code))

    return fail


def test_exports_on_a_full_disk_say_so_and_keep_older_files(qtbot, window, tmp_path, warnings, monkeypatch):
    window.controller.set_speed(0)
    window.state.update_training(epochs=5)
    wait_for_state(qtbot, window, tc.READY)
    window.controller.play()
    wait_for_state(qtbot, window, tc.FINISHED)
    names = ["lesson.py", "history.csv", "report.html", "model.keras", "model.weights.h5", "curves.png"]
    for name in names:
        (tmp_path / name).write_bytes(b"an older file")
    monkeypatch.setattr(atomic_files, "_sync", _raise(errno.ENOSPC))

    _answer(monkeypatch, tmp_path / "lesson.py")
    assert window.exports.script() is None
    _answer(monkeypatch, tmp_path / "history.csv")
    assert window.exports.history_csv() is None
    _answer(monkeypatch, tmp_path / "report.html")
    assert window.exports.report() is None
    _answer(monkeypatch, tmp_path / "curves.png")
    window.files.export_picture(window.loss_plot, "Curves picture")
    assert warnings == [
        FULL.format(tmp_path / name) for name in ("lesson.py", "history.csv", "report.html", "curves.png")
    ]

    saved = []
    window.controller.sigKerasSaved.connect(lambda path, error: saved.append(error))
    _answer(monkeypatch, tmp_path / "model.keras")
    window.exports.model()
    _answer(monkeypatch, tmp_path / "model.weights.h5")
    window.exports.weights()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=WAIT_MS)
    assert saved == [FULL.format(tmp_path / "model.keras"), FULL.format(tmp_path / "model.weights.h5")]
    qtbot.waitUntil(lambda: len(warnings) == 6, timeout=WAIT_MS)  # shown in a message box, as before
    for name in names:
        assert (tmp_path / name).read_bytes() == b"an older file", name
    _only(tmp_path, *names)
    assert window.controller.run_state == tc.FINISHED and len(window.controller.history) == 5
