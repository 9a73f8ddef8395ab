"""The Help menu: every key the window answers to, the log folder (for a bug report), and the about
box (versions and the device)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from playground.qt.window.about_dialog import QtAboutDialog


class QtHelp(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.shortcuts_box: QMessageBox | None = None
        self.about_dialog: QtAboutDialog | None = None

    def fill(self, menu: QMenu) -> None:
        shortcuts = menu.addAction(self.tr("Keyboard shortcuts"), self.show_shortcuts)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        menu.addAction(self.tr("Open log folder"), self.open_log_folder)
        menu.addAction(self.tr("About the playground"), self.show_about)

    def shortcut_rows(self) -> list[tuple[str, list[str]]]:
        """(what it does, [its keys]) for Space — which the window handles itself — and every action
        of the window that has a key, each with all its keys, in the window's language."""
        rows = [(self.tr("Play / pause"), [self.tr("Space")])]
        for action in actions_with_keys(self.window):
            text = (action.text() or action.toolTip()).replace("&&", "\0").replace("&", "").replace("\0", "&")
            keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
            rows.append((text.rstrip("…").strip(), keys))
        return rows

    def show_shortcuts(self) -> None:
        """The keys, in a table generated from the window's actions: none can be missing."""
        table = "".join(
            "<tr><td>{keys}</td><td>&nbsp;&nbsp;{text}</td></tr>".format(
                keys=", ".join(f"<b>{html.escape(key)}</b>" for key in keys), text=html.escape(text)
            )
            for text, keys in self.shortcut_rows()
        )
        self.shortcuts_box = QMessageBox(self.window)
        self.shortcuts_box.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts_box.setText(f"<table>{table}</table>")
        self.shortcuts_box.show()

    def open_log_folder(self) -> bool:
        """Shows the folder of the log files in the system's file manager (made if need be, so it opens)."""
        from playground import logs

        folder = logs.current_folder() or logs.log_folder(
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # openUrl fails below and says so
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        QMessageBox.warning(
            self.window, self.tr("Open log folder"), self.tr("Cannot open the log folder {0}.").format(folder)
        )
        return False

    def show_about(self) -> None:
        self.about_dialog = QtAboutDialog(self.window.controller.tf_versions, self.window)
        self.about_dialog.show()


def actions_with_keys(window: QWidget) -> list[QAction]:
    """Every action of `window` (its menus', toolbars' and panels' too) that has a key, once each."""
    found = window.findChildren(QAction)
    return [action for action in dict.fromkeys(found) if any(not key.isEmpty() for key in action.shortcuts())]
