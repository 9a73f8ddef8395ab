"""Starts the window. TensorFlow loads on the worker thread, so the window appears at once."""

from __future__ import annotations

import os
import sys


def run(path: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from playground.core.experiment import ExperimentError, default_experiment
    from playground.qt.main_window import QtMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("playground")
    app.setApplicationName("Neural Network Playground")
    from playground.qt import i18n
    from playground.qt.i18n import translate

    i18n.install(i18n.chosen())
    window = QtMainWindow(default_experiment())
    window.show()
    QTimer.singleShot(0, window.offer_recovery)  # after a crash: the work left behind
    if path:
        if not os.path.exists(path):
            QMessageBox.warning(
                window,
                translate("app", "Cannot open experiment"),
                translate("app", "{0} does not exist (moved or deleted?).").format(path),
            )
        else:
            try:
                window.open_path(path)
            except ExperimentError as exc:  # open_path reports its own errors; this is a backstop
                QMessageBox.warning(window, translate("app", "Cannot open experiment"), i18n.say(exc))
    app.setProperty("main_window", window)
    code = app.exec()
    window = app.property("main_window")  # a language switch builds the window again
    if not window.controller.shutdown():
        # The worker is inside a compile that cannot be interrupted. Exiting now is safe (nothing
        # is being written) and beats Qt's abort when a running QThread is destroyed.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
