"""Memory: a window that is closed and deleted is freed, with its run — a teacher who opens many
windows (or switches the language, which opens a new one) does not fill the machine."""

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from playground.core.experiment.config import default_experiment
from playground.qt.window.main_window import QtMainWindow
from tests.helpers import WAIT_MS


def _closed_and_deleted(qtbot, window) -> weakref.ref:
    """Closes `window` as a user does, deletes it as Qt would with WA_DeleteOnClose, and drops it."""
    window.close()
    qtbot.waitUntil(lambda: not window.controller.thread_running, timeout=WAIT_MS)
    QCoreApplication.processEvents()
    ref = weakref.ref(window)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return ref


def test_a_deleted_window_is_freed(qtbot):
    window = QtMainWindow(default_experiment())
    window.show()
    window.state.update_data(label="Noise", noise=0.3)  # one undo step
    ref = _closed_and_deleted(qtbot, window)
    del window
    gc.collect()
    assert ref() is None, "the window outlived its deletion: something holds it"


def test_a_deleted_window_with_merged_undo_steps_is_freed(qtbot):
    """Qt deletes an undo command merged into the one before it, but its Python side lives on: it
    must not hold the window (undo.py's commands reach it through a weak reference)."""
    window = QtMainWindow(default_experiment())
    window.show()
    window.network_editor.select(0)
    units = window.network_editor.properties.controls["units"]
    for _ in range(3):
        units.stepUp()  # one undo step: the later ones merge into the first
    assert window.undo.stack.count() == 1
    ref = _closed_and_deleted(qtbot, window)
    del window, units
    gc.collect()
    assert ref() is None, "the window outlived its deletion: its merged undo commands hold it"
