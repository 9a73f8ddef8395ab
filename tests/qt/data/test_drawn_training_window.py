"""Trying drawn data as a new user would, in the window: a spiral drawn by hand stroke by stroke
with the mouse and trained on until the test points are told apart, and three classes drawn and
trained on, the model growing one output per class and the plane showing each class's colour."""

from __future__ import annotations

import numpy as np

from playground.core.data import drawn_points
from playground.core.experiment.config import dense
from playground.qt.training import training_controller as tc
from playground.qt.widgets import colors
from tests.helpers import WAIT_MS, views_caught_up, wait_for, wait_for_state
from tests.qt.data.test_point_drawing import at, nearest_class, points_of, stroke

OFFSETS = (-0.25, 0.0, 0.25)  # the passes of the pen along one arm, this far apart
TRAIN_MS = 240_000  # a run of a few hundred epochs on a busy machine: waited for, never timed


def _arm(k: int, offset: float, n: int = 60) -> list[tuple[float, float]]:
    """One arm of TensorFlow Playground's spiral: class k's arm turned half a turn from the other."""
    t = np.linspace(0.25, 1, n)  # from radius 1.25 out: nearer the centre the arms run into each other
    r, a = 5 * t + offset, 1.75 * 2 * np.pi * t + np.pi * k
    return list(zip(r * np.sin(a), r * np.cos(a), strict=True))


def _learnable(window, features, epochs) -> None:
    """A network able to learn what is drawn, set before drawing (a stroke turns the set into points)."""
    state = window.state
    state.update_data(features=features)
    state.set_layers([dense(8, "tanh"), dense(8, "tanh"), state.experiment.model.layers[-1]])
    state.update_training(optimizer={"class_name": "Adam", "config": {"learning_rate": 0.03}}, epochs=epochs)


def _train(window, qtbot) -> dict:
    controller = window.controller
    wait_for_state(qtbot, window, tc.READY)
    controller.set_speed(0)
    controller.play()
    wait_for(qtbot, lambda: controller.run_state == tc.FINISHED, lambda: controller.message, TRAIN_MS)
    wait_for(qtbot, lambda: views_caught_up(controller), "the views to catch up", WAIT_MS)
    return controller.history.rows[-1]


def test_a_new_user_draws_a_spiral_by_hand_and_trains_on_it(window, qtbot):
    drawing = window.boundary_view.enable_drawing(window.state)
    view, state, undo = window.boundary_view, window.state, window.undo.stack
    _learnable(window, ["x1", "x2", "sin(x1)", "sin(x2)"], 300)
    drawing.edit_button.click()
    drawing.clear_button.click()
    steps = undo.count()
    strokes = 0
    for k in (0, 1):
        drawing.class_buttons.button(k).click()
        for offset in OFFSETS:  # each arm three times, a little apart, as a hand fills in a thick arm
            arm = _arm(k, offset)
            for part in (arm[:20], arm[19:40], arm[39:]):  # the pen lifted now and then
                stroke(view, part)
                strokes += 1
    assert undo.count() == steps + strokes  # one undo step per stroke
    pts = np.asarray(points_of(state))
    assert state.experiment.data.source["problem"] == "classification" and len(pts) >= 150
    assert (pts[:, 2] == 0).sum() >= 60 and (pts[:, 2] == 1).sum() >= 60
    # Every point lies on the arm drawn for its class (within a pixel or two of the pen's path).
    for k in (0, 1):
        path = np.asarray([p for offset in OFFSETS for p in _arm(k, offset, 400)])
        mine = pts[pts[:, 2] == k][:, :2]
        gap = np.hypot(*(mine[:, None, :] - path[None, :, :]).transpose(2, 0, 1)).min(axis=1)
        assert gap.max() < 0.1

    row = _train(window, qtbot)
    assert row["val_accuracy"] >= 0.85, row  # the test points, never trained on; chance is 0.5
    # The map on the plane agrees: read at the drawn points, it gives each point its arm's class.
    grid = np.asarray(view.output_grid, dtype=float)
    said = np.array([drawn_points.grid_value(grid, x1, x2) >= 0.5 for x1, x2, _ in pts])
    assert (said == (pts[:, 2] == 1)).mean() >= 0.85
    # And on screen: the plane's pixel on the middle of each arm has its class's colour.
    image = view.plot.viewport().grab().toImage()
    for k, colour in ((0, colors.NEGATIVE), (1, colors.POSITIVE)):
        x1, x2 = _arm(k, 0.0, 9)[4]
        pixel = image.pixelColor(at(view, x1, x2))
        assert abs(pixel.red() - colour.red()) < 90 and abs(pixel.blue() - colour.blue()) < 90, (k, pixel.name())


def test_three_drawn_classes_train_with_one_output_per_class(window, qtbot):
    drawing = window.boundary_view.enable_drawing(window.state)
    view, state = window.boundary_view, window.state
    _learnable(window, ["x1", "x2"], 80)
    drawing.edit_button.click()
    drawing.clear_button.click()
    drawing.classes.setValue(3)
    assert [b.isVisible() for b in drawing.class_buttons.buttons()] == [True] * 3 + [False] * 3
    centres = {0: (-3.0, -3.0), 1: (3.0, -3.0), 2: (0.0, 3.0)}
    for k in (0, 1):  # two classes only, though drawn for three: Play says what is missing
        drawing.class_buttons.button(k).click()
        stroke(view, [(centres[k][0] - 1, centres[k][1]), (centres[k][0] + 1, centres[k][1])])
    window.controller.play()
    wait_for(qtbot, lambda: "no point is of class 2 yet" in window.status.text(), window.status.text, WAIT_MS)
    assert "draw some of each class, or choose fewer classes" in window.status.text()
    assert window.controller.run_state != tc.RUNNING

    for k, (cx, cy) in centres.items():
        drawing.class_buttons.button(k).click()
        for dy in (-0.8, 0.0, 0.8):
            stroke(view, [(cx - 1.2, cy + dy), (cx + 1.2, cy + dy)])
    exp = state.experiment
    assert exp.data.source["problem"] == "multiclass" and exp.data.source["classes"] == 3
    assert exp.classes == ("0", "1", "2") and exp.training.loss == "sparse_categorical_crossentropy"
    assert exp.model.layers[-1]["config"] == {"units": 3, "activation": "softmax"}
    assert {p[2] for p in points_of(state)} == {0.0, 1.0, 2.0}
    n = len(points_of(state))
    assert window.data_panel.dataset_label.text().startswith(f"Drawn by hand: {n} points of 3 classes")

    row = _train(window, qtbot)
    assert row["val_accuracy"] >= 0.9, row
    assert view.class_grids is not None and view.class_grids.shape[0] == 3
    assert not view.color_bar.isVisible()  # the classes' colours say it, not the -1…1 scale
    image = view.plot.viewport().grab().toImage()
    for k, (cx, cy) in centres.items():  # each cluster's region in its class's colour
        pixel = image.pixelColor(at(view, cx, cy + 0.4))
        assert nearest_class(pixel, 3) == k, (k, pixel.name(), colors.CLASS_COLORS[k].name())
    # The prediction of a point dragged into class 2's region names class 2.
    assert drawing.prediction_text(0.0, 3.0).endswith("→ class 2")
    # Fewer classes again: the points of class 2 go, the model goes back to one sigmoid output.
    drawing.classes.setValue(2)
    exp = state.experiment
    assert exp.data.source["problem"] == "classification" and "classes" not in exp.data.source
    assert {p[2] for p in points_of(state)} == {0.0, 1.0} and "Removed" in drawing.hint.text()
    assert exp.model.layers[-1]["config"] == {"units": 1, "activation": "sigmoid"}
    assert "points of two classes" in window.data_panel.dataset_label.text()
    window.undo.stack.undo()
    assert state.experiment.data.source["classes"] == 3 and drawing.classes.value() == 3
    # Other data: the pen starts again from two classes.
    state.update_data(name="xor")
    assert drawing.classes.value() == 2 and not drawing.class_buttons.button(2).isVisible()
