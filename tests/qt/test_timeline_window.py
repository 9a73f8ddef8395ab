"""The epoch timeline as a user meets it: drag back, see the earlier boundary, go on from there."""

import numpy as np
import pytest

from playground.qt import training_controller as tc


def _ready(qtbot, window):
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)


def _boundary(window):
    return np.array(window.boundary_view.image.image, copy=True)


def test_drag_back_shows_the_earlier_model_and_going_on_branches_the_run(qtbot, window):
    c, bar = window.controller, window.timeline_bar
    c.set_speed(0)
    window.state.update_training(epochs=60)
    _ready(qtbot, window)
    c.play()
    qtbot.waitUntil(lambda: c.run_state == tc.FINISHED, timeout=60_000)
    qtbot.waitUntil(lambda: bar.now == 60 and 60 in bar.epochs, timeout=5000)
    assert bar.epochs[:3] == [0, 1, 2]  # early epochs are kept closely
    # The last snapshot reaches the output view a frame or two after the run stops.
    qtbot.waitUntil(lambda: c._pending_snapshot is None and window.boundary_view.image.image is not None, timeout=5000)
    qtbot.wait(200)
    late = _boundary(window)
    final_loss = c.history.rows[-1]["loss"]

    # Drag the slider to epoch 1: the boundary, the counter and the line on the curves follow.
    bar.slider.setValue(bar.epochs.index(1))
    qtbot.waitUntil(lambda: c.viewing == 1, timeout=10_000)
    qtbot.waitUntil(lambda: np.abs(_boundary(window) - late).max() > 0.05, timeout=5000)
    assert "(earlier)" in window.epoch_label.text() and "00,001" in window.epoch_label.text()
    line = window.loss_plot.past_line
    assert line.isVisible() and line.value() == 1 and line.label.textItem.toPlainText() == "epoch 1"
    best = window.loss_plot.marks.best  # its label names its epoch too (set while it was hidden)
    assert best.label.textItem.toPlainText() == f"best epoch {best.value():.0f}" and best.value() > 1
    assert bar.go_on_button.isEnabled() and "epoch 1 of 60" in bar.label.text()
    assert len(c.history) == 60  # looking back changes nothing

    # Back to now: the live boundary again.
    bar.now_button.click()
    qtbot.waitUntil(lambda: np.abs(_boundary(window) - late).max() < 1e-6, timeout=10_000)
    assert not window.loss_plot.past_line.isVisible() and c.viewing is None

    # Go on from epoch 20: the run until 60 is kept under Runs, the curves end at 20, and Play
    # trains epochs 21… again from that model.
    bar.slider.setValue(bar.epochs.index(20))
    qtbot.waitUntil(lambda: c.viewing == 20, timeout=10_000)
    runs_before = len(c.runs.runs)
    bar.go_on_button.click()
    assert len(c.history) == 20 and c.run_state == tc.READY
    assert len(c.runs.runs) == runs_before + 1 and c.runs.runs[-1].reason == "went_back"
    assert len(c.runs.runs[-1].rows) == 60
    assert max(bar.epochs) == 20
    qtbot.waitUntil(lambda: any(e["kind"] == "rewound" for e in c.events), timeout=10_000)
    c.play()
    qtbot.waitUntil(lambda: c.run_state == tc.FINISHED, timeout=60_000)
    assert [r["epoch"] for r in c.history.rows] == list(range(1, 61))
    # The same weights, optimizer state and shuffle order: the branch retraces the run.
    assert c.history.rows[-1]["loss"] == pytest.approx(final_loss, abs=1e-4)
