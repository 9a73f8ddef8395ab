"""The overfitting lesson end to end, as a teacher runs it in the window: a big network on a few
noisy points opens a gap, the doctor names it and suggests a cure, and L2 visibly narrows the gap
against the first run drawn beside it."""

import numpy as np

from playground.core.experiment.config import dense, output_layer
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS, wait_for_state, wait_for_views


def _train_to_the_end(qtbot, window):
    wait_for_state(qtbot, window, tc.READY)
    window.controller.play()
    wait_for_state(qtbot, window, tc.FINISHED, timeout=5 * WAIT_MS)
    wait_for_views(qtbot, window)  # the curves have every epoch


def _gap(history) -> float:
    """Validation minus training loss over the last 50 epochs."""
    return float(np.mean(history.column("val_loss")[-50:] - history.column("loss")[-50:]))


def _big_network(l2: float = 0.0) -> list[dict]:
    return [dense(64, "relu", l2=l2) for _ in range(3)] + [output_layer("classification", "binary_crossentropy")]


def test_the_doctor_names_overfitting_and_l2_narrows_the_gap_in_the_overlay(qtbot, window):
    c = window.controller
    c.set_speed(0)
    exp = window.state.experiment.copy()
    exp.data.name, exp.data.noise, exp.data.samples, exp.data.train_fraction = "xor", 0.5, 100, 0.3
    exp.model.layers = _big_network()
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.01}}
    exp.training.epochs = 400
    window.state.load(exp, "Overfitting lesson")
    _train_to_the_end(qtbot, window)
    first_gap = _gap(c.history)
    assert first_gap > 0.5  # the curves part: training loss near zero, validation loss climbing

    # The doctor, fed at the stop, says so in its tab, with a cure.
    qtbot.waitUntil(lambda: any(f.rule == "overfitting" for f in window.doctor_view.findings), timeout=WAIT_MS)
    text = window.doctor_view.text.text()
    assert "Overfitting" in text and "dropout" in text.lower() and "L2" in text
    # …and the gap is shaded between the curves.
    marks = window.loss_plot.marks
    assert marks.gaps[0].isVisible() and marks.gaps[0].curves[0].getData()[0] is not None
    # …and where early stopping would have ended it is marked, its label in words.
    window.loss_plot.update_marks()
    assert marks.would_stop.isVisible() and marks.would_stop.value() < 400
    sentence = "early stopping (patience 10) would stop here"  # or its short form, where that does not fit
    assert marks.would_stop.label.textItem.toPlainText() in (sentence, "would stop (patience 10)")
    assert marks.would_stop.toolTip() == sentence

    # The cure: L2 on every hidden layer. The first run goes to the run history.
    cured = window.state.experiment.copy()
    cured.model.layers = _big_network(l2=0.01)
    window.state.load(cured, "Add L2")
    _train_to_the_end(qtbot, window)
    second_gap = _gap(c.history)
    assert second_gap < 0.5 * first_gap, (first_gap, second_gap)

    # Ticking the first run in the Runs tab draws it beside the cured one.
    first = c.runs.runs[-1]
    assert len(first.rows) == 400 and "L2" not in str(first.experiment.model.layers)
    window.runs_view.set_checked([first.number])
    window.runs_view.sigOverlayChanged.emit([first.number])
    assert len(window.loss_plot.overlays) == 1
    label, overlay_loss, _metric = window.loss_plot.overlays[0]
    np.testing.assert_allclose(overlay_loss.getData()[1], [r["val_loss"] for r in first.rows], rtol=1e-6)
