"""Starting the window: it shows before the data and TensorFlow are ready, and Play pressed while
TensorFlow loads is kept and carried out, not dropped."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from playground.core.experiment.config import default_experiment
from playground.qt.training import training_controller as tc
from playground.qt.window.first_frame import after_first_frame
from playground.qt.window.main_window import QtMainWindow


def _unstarted(qtbot) -> QtMainWindow:
    """A window as the app first shows it: TensorFlow not loaded, nothing started yet."""
    QSettings().clear()
    window = QtMainWindow(default_experiment(), start=False)
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window, qtbot) -> None:
    window.close()
    qtbot.waitUntil(lambda: not window.controller.thread_running, timeout=60_000)


def test_space_while_tensorflow_loads_starts_the_run_once_it_can(qtbot):
    window = _unstarted(qtbot)
    controller = window.controller
    assert controller.run_state == tc.LOADING_TF
    assert window.play_action.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert controller.play_when_ready
    assert "as soon as it has loaded" in window.status.text()
    controller.start()

    def trains() -> None:
        assert controller.run_state == tc.RUNNING and len(controller.history) > 0, controller.message

    qtbot.waitUntil(trains, timeout=120_000)
    assert not controller.play_when_ready
    _close(window, qtbot)


def test_space_twice_while_loading_takes_the_wish_back(qtbot):
    window = _unstarted(qtbot)
    controller = window.controller
    window.play_action.trigger()
    window.play_action.trigger()
    assert not controller.play_when_ready and "cancelled" in window.status.text()
    controller.start()
    qtbot.waitUntil(lambda: controller.run_state == tc.READY, timeout=120_000)
    qtbot.wait(300)  # the wish is gone: the run stays ready, it does not start on its own
    assert controller.run_state == tc.READY and not controller.history
    _close(window, qtbot)


def test_the_window_shows_first_and_makes_its_data_after(qtbot):
    QSettings().clear()
    window = QtMainWindow(default_experiment(), start=False)
    qtbot.addWidget(window)
    controller = window.controller
    assert controller.dataset is None and not controller.thread_running
    window.show()
    after_first_frame(window, controller.start)
    qtbot.waitUntil(lambda: controller.dataset is not None, timeout=120_000)
    assert controller.dataset.train_x.shape == (250, 2)
    assert window.data_panel.dataset_label.text()
    qtbot.waitUntil(lambda: controller.run_state == tc.READY, timeout=120_000)
    window.close()
    qtbot.waitUntil(lambda: not controller.thread_running, timeout=60_000)


def test_an_edit_before_the_data_is_made_is_kept(qtbot):
    QSettings().clear()
    window = QtMainWindow(default_experiment(), start=False)
    qtbot.addWidget(window)
    window.state.update_data(name="xor")
    assert window.controller.dataset is None  # nothing heavy before the start
    window.controller.start()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    assert window.controller.loaded_experiment.data.name == "xor"
    window.close()
    qtbot.waitUntil(lambda: not window.controller.thread_running, timeout=60_000)
