"""The window as a user drives it: load, play, pause, edit, break things, close."""

import sys
import textwrap
import threading

import pytest
from PySide6.QtCore import QObject, Qt, QThread, Slot

from playground.core.experiment.config import default_experiment
from playground.qt.training import training_controller as tc
from playground.qt.training.worker import QtTrainingWorker
from tests.helpers import WAIT_MS, run_ok, wait_for, wait_for_state, wait_for_views

_wait_state = wait_for_state


def test_play_learns_circle_and_views_follow(qtbot, window):
    c = window.controller
    assert c.run_state in (tc.LOADING_TF, tc.BUILDING, tc.READY)
    if c.run_state == tc.LOADING_TF:
        # Play is kept as a wish while TensorFlow loads (tests/qt/window/test_launch.py).
        assert window.play_action.isEnabled() and "Loading TensorFlow" in window.status.text()
    _wait_state(qtbot, window, tc.READY)
    assert window.play_action.isEnabled() and "Press Play" in window.status.text()
    window.play_action.trigger()
    assert c.run_state == tc.RUNNING and window.play_action.text() == "Pause"
    wait_for(qtbot, lambda: len(c.history) > 0 and c.history.last["val_accuracy"] > 0.95, "val_accuracy above 0.95")
    window.play_action.trigger()  # pause
    _wait_state(qtbot, window, tc.READY)
    paused_at = len(c.history)
    # The views follow the run a frame or two behind: the counter and the curves reach its last epoch.
    wait_for_views(qtbot, window)
    epoch = f"{int(c.history.last['epoch']):06,d}"
    assert epoch in window.epoch_label.text(), (epoch, window.epoch_label.text())
    x, y = window.loss_plot.curves["loss"].getData()
    assert len(x) == paused_at and y[-1] < y[0]
    qtbot.wait(300)  # nothing more comes once paused
    assert len(c.history) == paused_at and "Paused" in window.status.text()


def test_space_plays_and_pauses_from_anywhere(qtbot, window):
    c = window.controller
    _wait_state(qtbot, window, tc.READY)
    window.data_panel.feature_buttons["x1"].setFocus()  # a focused button would eat Space
    qtbot.keyClick(window.data_panel.feature_buttons["x1"], Qt.Key.Key_Space)
    assert c.run_state == tc.RUNNING
    assert window.data_panel.feature_buttons["x1"].isChecked()  # not toggled by the key
    qtbot.keyClick(window, Qt.Key.Key_Space)
    _wait_state(qtbot, window, tc.READY)


def test_learning_rate_applies_without_reset(qtbot, window):
    c = window.controller
    _wait_state(qtbot, window, tc.READY)
    c.play()
    qtbot.waitUntil(lambda: len(c.history) >= 5, timeout=WAIT_MS)
    window.state.set_learning_rate(0.3)
    qtbot.waitUntil(lambda: c.history.last["learning_rate"] == pytest.approx(0.3), timeout=WAIT_MS)
    epochs = [r["epoch"] for r in c.history.rows]
    assert epochs == list(range(1, len(epochs) + 1))  # one run, not restarted
    assert c.run_state == tc.RUNNING


def test_network_edit_resets_the_run(qtbot, window):
    c = window.controller
    _wait_state(qtbot, window, tc.READY)
    c.step()
    qtbot.waitUntil(lambda: len(c.history) == 1 and c.run_state == tc.READY, timeout=WAIT_MS)
    window.network_editor.add_layer()
    assert len(c.history) == 0 and c.run_state == tc.BUILDING
    assert len(window.state.experiment.model.layers) == 4
    assert window.network_editor.total_label.text().startswith("Total: 31 ")  # 2→4→2→2→1: 12 + 10 + 6 + 3
    _wait_state(qtbot, window, tc.READY)


def test_nonfinite_loss_pauses_and_explains(qtbot, window):
    c = window.controller
    window.state.update_data(name="plane", noise=0.0)
    window.state.update_training(optimizer={"class_name": "SGD", "config": {"learning_rate": 10.0}})
    _wait_state(qtbot, window, tc.READY)
    c.play()
    _wait_state(qtbot, window, tc.FAILED)
    text = window.status.text()
    assert "learning rate (10)" in text and "too high" in text
    assert not window.step_action.isEnabled()


@pytest.mark.parametrize(
    "edit, field",
    [
        (lambda s: s.update_data(features=[]), "data.features"),
        (lambda s: s.update_training(batch_size=400), "training.batch_size"),
    ],
)
def test_impossible_settings_disable_play(qtbot, window, edit, field):
    edit(window.state)
    assert window.controller.run_state == tc.INVALID
    assert not window.play_action.isEnabled()
    assert field in window.status.text()


def test_bad_file_keeps_the_experiment(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("playground.qt.window.file_actions.QMessageBox.warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "playground.experiment", "version": 1, "data": {"name": "donut"}}')
    before = window.state.experiment.to_dict()
    assert not window.open_path(str(bad))
    assert "data.name" in shown[0] and "bad.json" in shown[0]
    assert window.state.experiment.to_dict() == before


def test_open_and_save_round_trip(qtbot, window, tmp_path):
    exp = default_experiment()
    exp.data.name = "xor"
    exp.data.features = ["x1*x2"]
    path = tmp_path / "xor.json"
    exp.save(path)
    assert window.open_path(str(path))
    assert window.state.experiment == exp and "xor.json" in window.windowTitle()
    assert window.data_panel.feature_buttons["x1*x2"].isChecked()
    assert not window.data_panel.feature_buttons["x1"].isChecked()
    out = tmp_path / "again.json"
    assert window.save_path(str(out))
    assert out.read_text() == path.read_text()


class _Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.threads = []

    @Slot(object)
    def on_ready(self, _versions):
        self.threads.append(threading.get_ident())


def test_worker_signals_run_slots_in_the_gui_thread(qtbot):
    """Queued delivery goes to the receiver's thread — for QObject methods only. A lambda runs in
    the worker's thread, which is why the controller connects only its own methods."""
    worker, thread, receiver = QtTrainingWorker(), QThread(), _Receiver()
    lambda_threads = []
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.sigTensorFlowReady.connect(receiver.on_ready)
    worker.sigTensorFlowReady.connect(lambda _v: lambda_threads.append(threading.get_ident()))
    thread.start()
    try:
        qtbot.waitUntil(lambda: bool(receiver.threads), timeout=60_000)
    finally:
        worker.post("quit")
        assert thread.wait(30_000)
    assert receiver.threads == [threading.get_ident()]
    assert lambda_threads and lambda_threads[0] != threading.get_ident()


def test_closing_while_training_exits_cleanly(tmp_path):
    script = tmp_path / "close.py"
    script.write_text(
        textwrap.dedent("""
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from playground.core.experiment.config import default_experiment
        from playground.qt.training import training_controller as tc
        from playground.qt.window.main_window import QtMainWindow
        app = QApplication([])
        w = QtMainWindow(default_experiment()); w.show()
        state = {"closed": None}
        def poll():
            c = w.controller
            if c.run_state == tc.READY and not c.history:
                c.play()
            elif c.run_state == tc.RUNNING and len(c.history) > 20 and state["closed"] is None:
                state["closed"] = time.perf_counter()
                w.close()
                app.quit()
        timer = QTimer(); timer.timeout.connect(poll); timer.start(20)
        app.exec()
        print("closed_in", time.perf_counter() - state["closed"], flush=True)
    """)
    )
    result = run_ok([sys.executable, str(script)])
    assert "QThread: Destroyed" not in result.stderr
    # Closed while training, not after the run (100,000 epochs): the 1 s target is the benchmark's
    # (`python -m playground bench`, close_while_training_s); a test must not depend on the speed.
    closed_in = float(result.stdout.split("closed_in")[1])
    assert closed_in < 30, f"closing took {closed_in:.1f} s"


def test_stop_then_raise_limit_then_play_starts_fresh(qtbot, window):
    c = window.controller
    _wait_state(qtbot, window, tc.READY)
    c.play()
    qtbot.waitUntil(lambda: len(c.history) >= 3, timeout=WAIT_MS)
    c.stop()
    assert c.run_state == tc.FINISHED
    window.state.update_training(epochs=200_000)
    assert c.run_state == tc.FINISHED  # a stopped run stays stopped
    c.play()  # a new run
    qtbot.waitUntil(lambda: c.run_state == tc.RUNNING and len(c.history) >= 2, timeout=WAIT_MS)
    assert c.history.rows[0]["epoch"] == 1


def test_play_at_the_epoch_limit_does_not_hang(qtbot, window):
    c = window.controller
    _wait_state(qtbot, window, tc.READY)
    for epochs in (1, 2):
        c.step()
        qtbot.waitUntil(lambda n=epochs: len(c.history) == n and c.run_state == tc.READY, timeout=WAIT_MS)
    window.state.update_training(epochs=1)  # now below the epochs already trained
    c.play()
    _wait_state(qtbot, window, tc.FINISHED)


def test_network_view_survives_a_learning_rate_change(qtbot, window):
    c = window.controller
    _wait_state(qtbot, window, tc.READY)
    c.step()
    qtbot.waitUntil(lambda: len(c.history) == 1 and c.run_state == tc.READY, timeout=WAIT_MS)
    wait_for_views(qtbot, window)
    items = window.network_view.neuron_items
    window.state.set_learning_rate(0.1)
    assert window.network_view.neuron_items is items  # not rebuilt (and so not blanked)
    assert c.run_state == tc.READY and len(c.history) == 1


def test_one_edit_of_several_sections_builds_once(qtbot, window):
    c = window.controller
    _wait_state(qtbot, window, tc.READY)
    posted = []
    original = c._worker.post
    c._worker.post = lambda command, *args: (posted.append(command), original(command, *args))
    try:
        window.state.update_data(name="plane")  # changes data, model and training at once
        wait_for(qtbot, lambda: "load" in posted, "the new model's load to be posted")
        qtbot.wait(50)  # and no second one after it
    finally:
        c._worker.post = original
    assert posted.count("load") == 1
    _wait_state(qtbot, window, tc.READY)
