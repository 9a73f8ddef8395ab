"""Schedules, callbacks, the range test, live optimizer changes, the run history and the lab, as a
user meets them in the window."""

import numpy as np
import pytest

from playground.core.recipe import callback_replays, schedule_rates
from playground.qt.runs.curve_marks import would_stop
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS, wait_for_state


def _ready(qtbot, window):
    wait_for_state(qtbot, window, tc.READY)


def _noisy(window, epochs):
    exp = window.state.experiment.copy()
    exp.data.noise = 0.35
    exp.training.epochs = epochs
    window.state.load(exp, "noisy")


def test_a_schedule_is_previewed_before_play_and_drawn_live_on_it(qtbot, window):
    window.controller.set_speed(0)
    schedule = {"class_name": "StepDecay", "config": {"drop": 0.5, "epochs_drop": 5}}
    window.state.update_training(schedule=schedule, epochs=20)
    plot = window.loss_plot
    assert plot.lr_plot.isVisibleTo(window)
    exp = window.state.experiment
    spe = schedule_rates.steps_per_epoch(exp.n_train, exp.training.batch_size)
    x, lr = schedule_rates.preview(schedule, exp.training.learning_rate, spe, 20)
    np.testing.assert_allclose(plot.lr_preview.getData()[1], lr)
    assert "Step decay" in window.training_panel.schedule.text()
    _ready(qtbot, window)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.FINISHED, timeout=60_000)
    qtbot.waitUntil(
        lambda: plot.lr_curve.getData()[0] is not None and len(plot.lr_curve.getData()[0]) == 20, timeout=5000
    )
    live = plot.lr_curve.getData()[1]
    np.testing.assert_allclose(
        live, schedule_rates.epoch_rates(schedule, exp.training.learning_rate, spe, 20), rtol=1e-5
    )


def test_early_stopping_ends_the_run_marks_it_and_restores_the_best_epoch(qtbot, window):
    window.controller.set_speed(0)
    _noisy(window, 3000)
    callbacks = [{"class_name": "EarlyStopping", "config": {"patience": 15, "restore_best_weights": True}}]
    window.state.update_training(callbacks=callbacks)
    assert window.training_panel.callbacks.text().startswith("1 on")
    _ready(qtbot, window)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.FINISHED, timeout=120_000)
    c = window.controller
    assert len(c.history) < 3000
    assert c.message.startswith("Stopped early at epoch")
    kinds = [e["kind"] for e in c.events]
    assert kinds[-2:] == ["early_stop", "restored"]
    val = list(c.history.column("val_loss"))
    assert c.events[-1]["value"] == callback_replays.best_epoch(val, "min")
    qtbot.waitUntil(lambda: len(window.loss_plot.marks._event_lines) == 2, timeout=WAIT_MS)
    # With its own EarlyStopping the run needs no "would have stopped" guess.
    assert not window.loss_plot.marks.would_stop.isVisible()


def test_the_range_test_suggests_a_rate_and_one_click_applies_it(qtbot, window):
    _ready(qtbot, window)
    window.side_windows.range_test()
    qtbot.waitUntil(lambda: window.side_windows.range_dialog is not None, timeout=60_000)
    dialog = window.side_windows.range_dialog
    suggestion = float(f"{dialog.result_.suggestion:.2g}")
    assert 0.01 <= suggestion <= 1
    dialog.apply.click()
    assert window.state.experiment.training.learning_rate == pytest.approx(suggestion)
    assert window.controller.run_state == tc.READY  # a new rate is live: no rebuild
    dialog.close()


def test_changing_the_optimizer_mid_run_goes_on_and_is_marked(qtbot, window):
    window.controller.set_speed(0)
    _ready(qtbot, window)
    window.state.update_training(epochs=30)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.FINISHED, timeout=60_000)
    window.state.update_training(
        optimizer={"class_name": "Adam", "config": {"learning_rate": 0.01}}, epochs=60, label="Adam"
    )
    assert len(window.controller.history) == 30  # not reset
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=WAIT_MS)
    window.controller.play()
    qtbot.waitUntil(lambda: len(window.controller.history) == 60, timeout=60_000)
    changed = [e for e in window.controller.events if e["kind"] == "changed"]
    assert changed and changed[0]["epoch"] == 30 and "SGD → Adam" in changed[0]["text"]
    assert window.controller.history.rows[-1]["learning_rate"] == pytest.approx(0.01)


def test_runs_are_kept_overlaid_and_reopened(qtbot, window):
    window.controller.set_speed(0)
    _ready(qtbot, window)
    window.state.update_training(epochs=20)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.FINISHED, timeout=60_000)
    first = window.state.experiment.copy()
    window.state.update_training(batch_size=25)  # a new run: the first is kept
    runs = window.controller.runs.runs
    assert len(runs) == 1 and runs[0].epochs == 20 and runs[0].experiment == first
    from PySide6.QtCore import Qt

    window.runs_view.table.item(0, 0).setCheckState(Qt.CheckState.Checked)  # the "overlay" box
    assert len(window.loss_plot.overlays) == 1
    np.testing.assert_allclose(window.loss_plot.overlays[0][1].getData()[1], [r["val_loss"] for r in runs[0].rows])
    window.lab.open_run(1)
    assert window.state.experiment.training.batch_size == first.training.batch_size
    window.undo.stack.undo()
    assert window.state.experiment.training.batch_size == 25


def test_k_fold_in_the_lab_shows_mean_and_spread_and_keeps_every_fold(qtbot, window):
    window.state.update_training(epochs=40)
    _ready(qtbot, window)
    lab = window.lab_view
    lab.choose("kfold")
    lab.set_kfold(3, 1)
    lab.run.click()
    qtbot.waitUntil(lambda: not window.controller.sweeping, timeout=120_000)
    assert "±" in lab.status.text() and "3 folds" in lab.status.text()
    assert lab.table.rowCount() == 4 and lab.table.item(3, 0).text() == "mean ± std"
    runs = window.controller.runs.runs
    assert [r.label for r in runs] == ["fold 1/3", "fold 2/3", "fold 3/3"]
    assert all(r.epochs == 40 for r in runs)
    assert window.state.experiment.training.validation == {"method": "kfold", "k": 3, "repeats": 1}


def test_the_lab_refuses_values_it_cannot_use_and_keeps_them(qtbot, window):
    lab = window.lab_view
    lab.choose("rates", "0.01, fast")
    lab.run.click()
    assert "not a number" in lab.status.text()
    assert lab.values.text() == "0.01, fast"
    assert not window.controller.sweeping


def test_would_stop_replays_keras_early_stopping():
    rng = np.random.default_rng(0)
    for _ in range(500):
        values = rng.normal(size=int(rng.integers(1, 50))).cumsum()
        if rng.random() < 0.3:
            values[rng.integers(0, len(values))] = np.nan
        patience = int(rng.integers(0, 8))
        assert would_stop(values, patience) == callback_replays.early_stop_epoch(list(values), "min", patience)
