"""File → Export → "Log to TensorBoard while training": every run the window trains is written into
its own subfolder of one folder as it goes (by the training worker, never on the GUI thread), so
`tensorboard --logdir FOLDER` shows the runs live, side by side, and the Runs table as TensorBoard's
HParams dashboard. The folder is asked for once and remembered in the app's settings."""

from __future__ import annotations

import shlex
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

FOLDER_KEY = "tensorboard/folder"
EVERY_KEY = "tensorboard/histogram_every"
HISTOGRAM_EVERY = 100  # epochs between weight and gradient histograms, unless the settings say otherwise


def command(folder: str) -> str:
    """The command that watches the logs, the folder quoted as a shell wants it."""
    return f"tensorboard --logdir {shlex.quote(folder)}"


class QtLiveTensorBoard(QObject):
    """The checkable action (`action`), the one that picks another folder (`folder_action`) and the
    one that sets how often histograms are written (`every_action`)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Log to TensorBoard while training"), self)
        self.action.setCheckable(True)
        self.action.setToolTip(
            self.tr("Writes every run into its own subfolder as it trains: scalars, histograms, graph and settings")
        )
        self.action.toggled.connect(self._toggled)
        self.folder_action = QAction(self.tr("TensorBoard folder…"), self)
        self.folder_action.triggered.connect(self.choose_folder)
        self.every_action = QAction(self.tr("TensorBoard histograms every…"), self)
        self.every_action.triggered.connect(self.choose_every)
        self.box: QMessageBox | None = None

    @property
    def folder(self) -> str:
        return str(QSettings().value(FOLDER_KEY, "") or "")

    @property
    def histogram_every(self) -> int:
        try:
            return max(0, int(QSettings().value(EVERY_KEY, HISTOGRAM_EVERY)))
        except (TypeError, ValueError):
            return HISTOGRAM_EVERY

    def choose_folder(self) -> str:
        """Asks for the folder (starting at the remembered one); remembers it; "" when cancelled.
        While logging, the next run goes into the new folder."""
        start = self.folder or self.window._last_dir()
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for live TensorBoard logs"), start)
        if folder:
            QSettings().setValue(FOLDER_KEY, folder)
            if self.action.isChecked():
                self._start(folder)
        return folder

    def choose_every(self) -> None:
        """Asks how many epochs apart the weight and gradient histograms are (0: none); remembered,
        and used from the next run on (or at once, while logging)."""
        every, ok = QInputDialog.getInt(
            self.window,
            self.tr("TensorBoard histograms"),
            self.tr("Weight and gradient histograms every N epochs (0: none):"),
            self.histogram_every,
            0,
            1_000_000,
        )
        if ok:
            self.set_every(every)

    def set_every(self, every: int) -> None:
        QSettings().setValue(EVERY_KEY, int(every))
        if self.action.isChecked() and self.folder:
            self.window.controller.log_to_tensorboard(self.folder, self.histogram_every)

    def _toggled(self, on: bool) -> None:
        if not on:
            self.window.controller.log_to_tensorboard(None)
            self.window.show_message(self.tr("TensorBoard logging is off."))
            return
        if self.folder and Path(self.folder).is_dir():
            self._start(self.folder)
        elif not self.choose_folder():  # which starts it, when a folder is chosen
            self.action.setChecked(False)  # cancelled: stays off

    def _start(self, folder: str) -> None:
        self.window.controller.log_to_tensorboard(folder, self.histogram_every)
        text = command(folder)
        QGuiApplication.clipboard().setText(text)
        self.window.show_message(self.tr("Logging to TensorBoard: {0} (copied)").format(text))
        self._say(folder, text)

    def _say(self, folder: str, text: str) -> None:
        """The command to copy, in a box that does not wait (the window goes on training)."""
        if self.box is not None:
            self.box.close()
        self.box = QMessageBox(QMessageBox.Icon.Information, self.tr("Log to TensorBoard"), "", parent=self.window)
        self.box.setText(
            self.tr(
                "Each run is written into its own subfolder of {0} as it trains. To watch, run this command "
                "(it is on the clipboard):"
            ).format(folder)
        )
        self.box.setInformativeText(text)
        self.box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box.open()
