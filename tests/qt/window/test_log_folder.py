"""Help → Open log folder, the window's log folder being Qt's data folder, and an exception in a
slot reaching the log file."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from playground import logs
from playground.qt.window import identity


def _help_action(window, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    return next(a for a in menu.actions() if a.text() == text)


def test_open_log_folder_opens_the_folder_the_log_is_written_to(window, tmp_path, monkeypatch, restored):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    logs.set_up("WARNING", tmp_path, io.StringIO())
    _help_action(window, "Open log folder").trigger()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    assert opened[0].toLocalFile() == str(tmp_path / "logs")


def test_before_any_log_it_opens_the_log_folder_in_qts_data_folder(window, monkeypatch, restored):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    logs._folder[0] = None
    assert window.help.open_log_folder()
    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    assert [url.toLocalFile() for url in opened] == [str(data / "logs")]
    assert (data / "logs").is_dir()  # made, so the file manager has something to open


def test_a_folder_that_will_not_open_says_so(window, tmp_path, monkeypatch, restored):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append((title, text)))
    logs._folder[0] = tmp_path / "logs"
    assert not window.help.open_log_folder()
    assert said == [("Open log folder", f"Cannot open the log folder {tmp_path / 'logs'}.")]


def test_the_command_lines_data_folder_is_qts(qapp, tmp_path, monkeypatch):
    if sys.platform != "linux":
        pytest.skip("XDG_DATA_HOME moves the data folder on Linux only")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    QStandardPaths.setTestModeEnabled(False)  # the real rule, in a folder of the test's own
    try:
        qt = identity.data_folder(qapp, identity.ORGANIZATION, identity.APPLICATION)
    finally:
        QStandardPaths.setTestModeEnabled(True)
    assert qt == logs.data_folder() == tmp_path / "nn-playground" / "playground"


@pytest.mark.qt_no_exception_capture  # the window's own hook, not pytest-qt's, gets the exception
def test_an_exception_in_a_slot_is_logged_with_its_traceback(qtbot, tmp_path, restored):
    path = logs.set_up("WARNING", tmp_path, io.StringIO())
    logs.log_uncaught()

    def broken_slot() -> None:
        raise ValueError("a slot that breaks")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: "a slot that breaks" in path.read_text(encoding="utf-8"), timeout=30_000)
    text = path.read_text(encoding="utf-8")
    assert "ERROR playground: uncaught exception" in text and "in broken_slot" in text
    QApplication.processEvents()
