import os

# Before any Qt import: the tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc  # noqa: E402
import weakref  # noqa: E402

import pytest  # noqa: E402 (after the platform is chosen)

from tests.helpers import WAIT_MS  # noqa: E402


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keeps each phase's report on the test, so a fixture's teardown can tell whether it passed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(autouse=True)
def _windows_deleted(request, qtbot):
    """After each test, every main window is closed, its training thread joined and the window
    deleted. A closed window is not deleted by Qt; its own signal connections (lambdas that hold
    it) keep it alive, and with it its run: the suite grew by tens of MB per window, to 8 GB.
    Fails the test when a deleted window is still alive in Python: something holds it."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from playground.qt.window.main_window import QtMainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QtMainWindow)]
    for w in windows:
        if w.isVisible():
            w.close()
        elif w.controller.thread_running:  # never shown, or closed without its closeEvent
            w.controller.shutdown()
    for w in windows:
        qtbot.waitUntil(lambda w=w: not w.controller.thread_running, timeout=WAIT_MS)
    QApplication.processEvents()  # timers due now (a queued model load) fire while their objects live
    for w in windows:
        w.deleteLater()
    # Also deletes what pytest-qt closed and marked for deletion (widgets given to qtbot.addWidget).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if not windows:
        return
    alive = [weakref.ref(w) for w in windows]
    del windows, w
    # pytest keeps the test's fixture values until after this teardown: they do not count.
    funcargs = request.node.funcargs or {}
    for name in [name for name, value in funcargs.items() if isinstance(value, QtMainWindow)]:
        funcargs[name] = None
    gc.collect()
    left = sum(ref() is not None for ref in alive)
    passed = getattr(request.node, "report_call", None) is not None and request.node.report_call.passed
    assert not (left and passed), f"{left} main window(s) still alive after the test was done with them"


@pytest.fixture(autouse=True, scope="session")
def _test_paths():
    """Settings, autosaves and untitled checkpoints go to Qt's test folders (~/.qttest), not the user's."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from playground.qt.window.main_window import QtMainWindow

    QtMainWindow.ask_on_close = False  # a modal "Save changes?" would wait forever offscreen


@pytest.fixture
def window(qtbot):
    """The main window on the default experiment, with an epoch limit far away."""
    from PySide6.QtCore import QSettings, Qt

    from playground.core.experiment.config import default_experiment
    from playground.qt.window.main_window import QtMainWindow

    QSettings().clear()  # no theme, language or recent files left over from another test or run
    exp = default_experiment()
    exp.training.epochs = 100_000
    w = QtMainWindow(exp)
    # The size the tests were written at, not the offscreen screen's (800×800), which the window
    # would otherwise fit itself to.
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.resize(1400, 860)
    w.show()
    yield w
    w.close()
    # A compile in flight ends before the worker sees "quit"; then the thread must be gone.
    qtbot.waitUntil(lambda: not w.controller.thread_running, timeout=60_000)


@pytest.fixture
def shown(qtbot):
    """Shows a widget at a size and waits until it is on screen: shown(widget, width, height)."""

    def show(widget, width: int, height: int):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show
