"""The epoch timeline as a user meets it: drag back, see the earlier boundary, go on from there."""

import numpy as np
import pytest

from playground.qt.training import training_controller as tc
from tests.helpers import wait_for, wait_for_state, wait_for_views


def _ready(qtbot, window):
    wait_for_state(qtbot, window, tc.READY)


def _boundary(window):
    return np.array(window.boundary_view.image.image, copy=True)


def _best_epoch(history) -> int:
    """The epoch the curves' best line marks: the highest validation accuracy, else the lowest loss."""
    if "val_accuracy" in history.columns():
        return int(history.column("epoch")[np.nanargmax(history.column("val_accuracy"))])
    return int(history.column("epoch")[np.nanargmin(history.column("val_loss"))])


def test_drag_back_shows_the_earlier_model_and_going_on_branches_the_run(qtbot, window):
    c, bar = window.controller, window.timeline_bar
    c.set_speed(0)
    window.state.update_training(epochs=60)
    _ready(qtbot, window)
    c.play()
    wait_for_state(qtbot, window, tc.FINISHED)
    wait_for(qtbot, lambda: bar.now == 60 and 60 in bar.epochs, lambda: f"the timeline at 60: {bar.now}, {bar.epochs}")
    assert bar.epochs[:3] == [0, 1, 2]  # early epochs are kept closely
    # The last snapshot reaches the output view a frame or two after the run stops, and the
    # curves' marks (redrawn at most twice a second) a moment later.
    wait_for_views(qtbot, window)
    marks = window.loss_plot.marks
    best_epoch = _best_epoch(c.history)
    wait_for(
        qtbot, lambda: marks.best_epoch == best_epoch, lambda: f"best line at {best_epoch}, not {marks.best_epoch}"
    )
    late = _boundary(window)
    final_loss = c.history.rows[-1]["loss"]

    # Drag the slider to epoch 1: the boundary, the counter and the line on the curves follow.
    bar.slider.setValue(bar.epochs.index(1))
    wait_for(qtbot, lambda: c.viewing == 1, lambda: f"the views at epoch 1, not {c.viewing}")
    wait_for(qtbot, lambda: np.abs(_boundary(window) - late).max() > 0.05, "the boundary of epoch 1")
    assert "(earlier)" in window.epoch_label.text() and "00,001" in window.epoch_label.text()
    line = window.loss_plot.past_line
    assert line.isVisible() and line.value() == 1 and line.label.textItem.toPlainText() == "epoch 1"
    best = window.loss_plot.marks.best  # its label names its epoch too (set while it was hidden)
    assert best.label.textItem.toPlainText() == f"best epoch {best.value():.0f}" and best.value() > 1
    assert bar.go_on_button.isEnabled() and "epoch 1 of 60" in bar.label.text()
    assert len(c.history) == 60  # looking back changes nothing

    # Back to now: the live boundary again.
    bar.now_button.click()
    wait_for(qtbot, lambda: np.abs(_boundary(window) - late).max() < 1e-6, "the boundary of the model now")
    assert not window.loss_plot.past_line.isVisible() and c.viewing is None

    # Go on from epoch 20: the run until 60 is kept under Runs, the curves end at 20, and Play
    # trains epochs 21… again from that model.
    bar.slider.setValue(bar.epochs.index(20))
    wait_for(qtbot, lambda: c.viewing == 20, lambda: f"the views at epoch 20, not {c.viewing}")
    runs_before = len(c.runs.runs)
    bar.go_on_button.click()
    assert len(c.history) == 20 and c.run_state == tc.READY
    assert len(c.runs.runs) == runs_before + 1 and c.runs.runs[-1].reason == "went_back"
    assert len(c.runs.runs[-1].rows) == 60
    assert max(bar.epochs) == 20
    wait_for(qtbot, lambda: any(e["kind"] == "rewound" for e in c.events), "the worker's 'went back' event")
    c.play()
    wait_for_state(qtbot, window, tc.FINISHED)
    assert [r["epoch"] for r in c.history.rows] == list(range(1, 61))
    # The same weights, optimizer state and shuffle order: the branch retraces the run.
    assert c.history.rows[-1]["loss"] == pytest.approx(final_loss, abs=1e-4)
