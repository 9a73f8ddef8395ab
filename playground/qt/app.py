"""Starts the window. TensorFlow loads on the worker thread, so the window appears at once."""

from __future__ import annotations

import logging
import os
import sys

LAUNCH_PROBE = "PLAYGROUND_BENCH_LAUNCH"  # set by the bench: report when the window shows, then close it


def run(path: str | None = None, log_level: str = "WARNING") -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from playground.core.experiment.config import default_experiment
    from playground.qt.window.main_window import QtMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from playground.qt import i18n
    from playground.qt.i18n import translate
    from playground.qt.window import first_frame, identity

    identity.set_up(app)  # names (where the settings are), icon, settings of the old names brought over
    from playground import logs

    logs.set_up(log_level, identity.data_folder(app, identity.ORGANIZATION, identity.APPLICATION))
    logs.log_uncaught()  # an exception in a slot: Qt goes on, the log file keeps its traceback
    i18n.install(i18n.chosen())
    app.setApplicationDisplayName(translate("app", "Neural Network Playground"))
    window = QtMainWindow(default_experiment(), start=False)
    window.show()
    first_frame.after_first_frame(window, window.controller.start)  # the data and TensorFlow: seconds of imports
    QTimer.singleShot(0, window.offer_recovery)  # after a crash: the work left behind
    if path:
        open_given(window, path)
    app.setProperty("main_window", window)
    if os.environ.get(LAUNCH_PROBE):  # `python -m playground bench` times this very start
        from playground.qt.window.launch_probe import probe_launch

        probe_launch(window)
    code = app.exec()
    window = app.property("main_window")  # a language switch builds the window again
    window.controller.shutdown()
    # Everything is saved (settings, autosave removed, files closed): leave without Python's
    # teardown of TensorFlow, which takes a second and more, and without Qt's abort if the worker
    # is still inside a compile that cannot be interrupted (a running QThread destroyed).
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def open_given(window, path: str) -> None:
    """The experiment file, or TensorFlow Playground link, given on the command line."""
    from PySide6.QtWidgets import QMessageBox

    from playground.core.errors import ExperimentError
    from playground.qt import i18n
    from playground.qt.i18n import translate
    from playground.qt.window import tf_links

    if tf_links.looks_like_link(path):  # `python -m playground URL`
        tf_links.open_link(window, path)
    elif not os.path.exists(path):
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
