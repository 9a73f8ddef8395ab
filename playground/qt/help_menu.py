"""The Help menu: every key the window answers to, and the about box (versions and the device)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from playground.qt.widgets.about_dialog import QtAboutDialog


class QtHelp(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.shortcuts_box: QMessageBox | None = None
        self.about_dialog: QtAboutDialog | None = None

    def fill(self, menu: QMenu) -> None:
        shortcuts = menu.addAction(self.tr("Keyboard shortcuts"), self.show_shortcuts)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        menu.addAction(self.tr("About the playground"), self.show_about)

    def show_shortcuts(self) -> None:
        """Every action with a key, and Space (which the window handles itself)."""
        rows = [(self.tr("Space"), self.tr("Play / pause"))]
        for action in self.window.findChildren(QAction):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key and action.text():
                rows.append((key, action.text().replace("&", "").rstrip("…")))
        table = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{t}</td></tr>" for k, t in dict(rows).items())
        self.shortcuts_box = QMessageBox(self.window)
        self.shortcuts_box.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts_box.setText(f"<table>{table}</table>")
        self.shortcuts_box.show()

    def show_about(self) -> None:
        self.about_dialog = QtAboutDialog(self.window.controller.tf_versions, self.window)
        self.about_dialog.show()
