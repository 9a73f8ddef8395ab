import os

# Before any Qt import: the tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402 (after the platform is chosen)


@pytest.fixture(autouse=True, scope="session")
def _test_paths():
    """Settings, autosaves and untitled checkpoints go to Qt's test folders (~/.qttest), not the user's."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from playground.qt.main_window import QtMainWindow

    QtMainWindow.ask_on_close = False  # a modal "Save changes?" would wait forever offscreen


@pytest.fixture
def window(qtbot):
    """The main window on the default experiment, with an epoch limit far away."""
    from PySide6.QtCore import QSettings

    from playground.core.experiment import default_experiment
    from playground.qt.main_window import QtMainWindow

    QSettings().clear()  # no theme, language or recent files left over from another test or run
    exp = default_experiment()
    exp.training.epochs = 100_000
    w = QtMainWindow(exp)
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
