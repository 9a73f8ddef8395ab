"""Drawing data on the output plane with the mouse, the pen and a finger: each stroke one edit of the
experiment's points (undone and redone whole), erasing, clearing, starting from the generated set,
dragging a point to read its prediction off the output map, the messages Play gives a drawing it
cannot train on, and the tools in presentation mode."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from playground.core.data import datasets, drawn_points
from playground.core.experiment.config import default_experiment
from playground.core.experiment.state import ExperimentState
from playground.core.runs.snapshot import Snapshot
from playground.qt.inside.boundary_view import QtBoundaryView
from playground.qt.widgets import colors
from playground.qt.window.undo import QtUndo
from tests.helpers import WAIT_MS


@pytest.fixture
def plane(qtbot):
    """A boundary view with its drawing tools on the default experiment (the circle)."""
    exp = default_experiment()
    state = ExperimentState(exp)
    undo = QtUndo(state)
    view = QtBoundaryView()
    drawing = view.enable_drawing(state)
    qtbot.addWidget(view)
    view.resize(620, 720)
    view.show()
    qtbot.waitExposed(view)
    view.set_dataset(datasets.generate(exp.data, exp.seed))
    yield state, undo, view, drawing
    undo.deleteLater()


def at(view, x1: float, x2: float) -> QPoint:
    """The viewport position of a point of the plane."""
    vb = view.plot.getPlotItem().getViewBox()
    return view.plot.mapFromScene(vb.mapViewToScene(QPointF(x1, x2)))


def stroke(view, points, button=Qt.MouseButton.LeftButton) -> None:
    """Press at the first point, move through the others, release at the last."""
    port = view.plot.viewport()
    QTest.mousePress(port, button, Qt.KeyboardModifier.NoModifier, at(view, *points[0]))
    for p in points[1:]:
        QTest.mouseMove(port, at(view, *p))
    QTest.mouseRelease(port, button, Qt.KeyboardModifier.NoModifier, at(view, *points[-1]))


def line(start, end, steps=20):
    return [(start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t) for t in np.linspace(0, 1, steps)]


def shown_classes(drawing):
    """The class picker's buttons for the classes drawn for."""
    return [drawing.class_buttons.button(i) for i in range(drawing.classes.value())]


def nearest_class(pixel, classes: int = len(colors.CLASS_COLORS)) -> int:
    """The class whose colour is nearest a pixel's."""
    return int(
        np.argmin(
            [
                sum(abs(a - b) for a, b in zip(pixel.getRgb()[:3], c.getRgb()[:3], strict=True))
                for c in colors.CLASS_COLORS[:classes]
            ]
        )
    )


def points_of(state):
    return state.experiment.data.source["points"]


def test_a_stroke_adds_points_of_the_chosen_class_as_one_undo_step(plane):
    state, undo, view, drawing = plane
    drawing.clear_button.click()
    assert state.experiment.data.name == "drawn" and points_of(state) == []
    steps = undo.stack.count()
    drawing.set_tool("draw")
    drawing.class_buttons.button(0).click()
    stroke(view, line((-4, -3), (-1, -3), 150))  # finer than a point every 9 px
    pts = np.asarray(points_of(state))
    assert undo.stack.count() == steps + 1 and undo.stack.undoText() == "Draw points"
    pixel = drawing._units(1)  # one pixel of the view, in units of the plane
    spacing = drawing._units(9)
    gaps = np.hypot(*np.diff(pts[:, :2], axis=0).T)  # a point each time the pen has gone 9 pixels
    assert len(pts) >= 8 and gaps.min() >= spacing - pixel and gaps.max() <= 1.5 * spacing
    assert set(pts[:, 2]) == {0.0}
    assert pts[:, 0].min() == pytest.approx(-4, abs=2 * pixel) and pts[:, 0].max() >= -1 - spacing
    np.testing.assert_allclose(pts[:, 1], -3, atol=2 * pixel)
    # Shown where drawn, in the class's colour: the view's pixel there is orange. While editing the
    # test points show too, so every point drawn is in sight.
    assert view.test_scatter.isVisible() and view.show_test_box.isChecked()
    image = view.plot.viewport().grab().toImage()
    colour = image.pixelColor(at(view, *pts[0][:2]))
    assert abs(colour.red() - colors.NEGATIVE.red()) < 30 and abs(colour.blue() - colors.NEGATIVE.blue()) < 30

    # A second stroke of class 1; undo takes back that stroke only, redo brings it again.
    drawing.class_buttons.button(1).click()
    stroke(view, line((2, 2), (4, 2)))
    both = [list(p) for p in points_of(state)]
    assert {p[2] for p in both} == {0.0, 1.0}
    undo.stack.undo()
    assert [list(p) for p in points_of(state)] == pts.tolist()
    undo.stack.redo()
    assert [list(p) for p in points_of(state)] == both
    # Split as any set: 50 % for training, both classes in each part.
    data = datasets.generate(state.experiment.data, state.experiment.seed)
    assert len(data.train_y) + len(data.test_y) == len(both) and len(data.train_y) == round(len(both) / 2)
    # The view shows the split: its training and test points are the drawing's.
    shown = len(view.train_scatter.getData()[0]) + len(view.test_scatter.getData()[0])
    assert shown == len(both)


def test_right_drag_and_the_eraser_remove_points_near_the_pen(plane):
    state, undo, view, drawing = plane
    drawing.clear_button.click()
    drawing.set_tool("draw")
    stroke(view, line((-4, 0), (4, 0), 60))
    before = np.asarray(points_of(state))
    stroke(view, line((-0.5, 1), (-0.5, -1)), button=Qt.MouseButton.RightButton)
    after = np.asarray(points_of(state))
    gone = {tuple(p) for p in before.tolist()} - {tuple(p) for p in after.tolist()}
    assert 0 < len(gone) < len(before)
    radius = drawing._units(14) + drawing._units(1)
    assert all(abs(p[0] + 0.5) <= radius for p in gone)  # only points near the pen's path
    assert undo.stack.undoText() == "Erase points"
    drawing.set_tool("erase")
    stroke(view, line((2, 0.2), (2, -0.2)))
    assert len(points_of(state)) < len(after)
    assert not any(abs(p[0] - 2) < drawing._units(13) for p in points_of(state))


def test_start_from_this_set_keeps_the_generated_points_and_clear_empties(plane):
    state, undo, view, drawing = plane
    pool = datasets.split_pool(state.experiment.data, state.experiment.seed)
    drawing.edit_button.click()
    drawing.from_set_button.click()
    pts = np.asarray(points_of(state))
    assert state.experiment.data.name == "drawn" and len(pts) == len(pool.y) == 500
    np.testing.assert_array_equal(pts[:, 2], pool.y)
    np.testing.assert_allclose(pts[:, :2], pool.x, atol=5e-4)
    assert not drawing.from_set_button.isVisible()  # nothing generated to start from
    drawing.clear_button.click()
    assert points_of(state) == [] and undo.stack.undoText() == "Clear the drawing"
    assert len(view.train_scatter.getData()[0]) == 0
    undo.stack.undo()
    assert len(points_of(state)) == 500
    undo.stack.undo()
    assert state.experiment.data.name == "circle" and drawing.from_set_button.isVisible()


def test_a_declined_erase_puts_the_generated_points_back(plane):
    state, undo, view, drawing = plane
    asked = []
    state.confirm = lambda before, after: asked.append(after.data.name) or False  # "No, keep the run"
    drawing.set_tool("erase")
    stroke(view, line((-2, 0), (2, 0), 40))
    assert asked == ["drawn"] and state.experiment.data.name == "circle"
    shown = len(view.train_scatter.getData()[0]) + len(view.test_scatter.getData()[0])
    assert shown == 500


def test_starting_from_a_set_larger_than_a_drawing_keeps_the_cap_and_says_so(plane):
    state, undo, view, drawing = plane
    state.update_data(samples=12_000)
    drawing.edit_button.click()
    drawing.from_set_button.click()
    assert len(points_of(state)) == drawn_points.MAX_POINTS
    assert drawing.hint.isVisible() and "Kept the first 10000 points" in drawing.hint.text()


def test_a_first_stroke_on_a_generated_set_adds_to_its_points(plane):
    state, undo, view, drawing = plane
    drawing.set_tool("draw")
    stroke(view, [(5, 5)])
    assert state.experiment.data.name == "drawn" and len(points_of(state)) == 501
    assert points_of(state)[-1][2] == 1.0 and points_of(state)[-1][0] == pytest.approx(5, abs=0.05)
    undo.stack.undo()
    assert state.experiment.data.name == "circle"


def test_touch_draws_too(plane, qtbot):
    state, undo, view, drawing = plane
    drawing.clear_button.click()
    drawing.set_tool("draw")
    device = QTest.createTouchDevice()
    port = view.plot.viewport()
    assert port.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)  # else no touch event comes
    path = line((-2, 4), (2, 4), 12)
    # Positions given with the widget they are in: without it they would be the window's.
    QTest.touchEvent(port, device).press(0, at(view, *path[0]), port).commit()
    for p in path[1:]:
        QTest.touchEvent(port, device).move(0, at(view, *p), port).commit()
    QTest.touchEvent(port, device).release(0, at(view, *path[-1]), port).commit()
    qtbot.waitUntil(lambda: len(points_of(state)) > 5, timeout=WAIT_MS)
    pts = np.asarray(points_of(state))
    np.testing.assert_allclose(pts[:, 1], 4, atol=drawing._units(2))
    assert undo.stack.undoText() == "Draw points"


def pen_event(port, kind, pos, pointer=QPointingDevice.PointerType.Pen, button=Qt.MouseButton.LeftButton):
    """A tablet event as a pen (or its eraser end) on a graphics tablet or a screen sends it."""
    device = QPointingDevice(
        "test pen", 7, QInputDevice.DeviceType.Stylus, pointer, QInputDevice.Capability.Position, 1, 2
    )
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else button
    event = QTabletEvent(
        kind, device, QPointF(pos), QPointF(port.mapToGlobal(pos)), 0.5, 0, 0, 0, 0, 0,
        Qt.KeyboardModifier.NoModifier, button, buttons,
    )  # fmt: skip
    QApplication.sendEvent(port, event)
    return event


def pen_stroke(view, path, pointer=QPointingDevice.PointerType.Pen) -> list:
    port = view.plot.viewport()
    events = [pen_event(port, QEvent.Type.TabletPress, at(view, *path[0]), pointer)]
    events += [pen_event(port, QEvent.Type.TabletMove, at(view, *p), pointer) for p in path[1:]]
    events.append(pen_event(port, QEvent.Type.TabletRelease, at(view, *path[-1]), pointer))
    return events


def test_a_pen_draws_as_the_mouse_does_and_its_eraser_end_erases(plane):
    state, undo, view, drawing = plane
    drawing.clear_button.click()
    drawing.set_tool("draw")
    drawing.class_buttons.button(0).click()
    events = pen_stroke(view, line((-4, 2), (4, 2), 60))
    assert all(e.isAccepted() for e in events)  # taken here: Qt makes no mouse events of them as well
    pts = np.asarray(points_of(state))
    assert len(pts) >= 8 and set(pts[:, 2]) == {0.0} and undo.stack.undoText() == "Draw points"
    np.testing.assert_allclose(pts[:, 1], 2, atol=drawing._units(2))
    gaps = np.hypot(*np.diff(pts[:, :2], axis=0).T)
    assert gaps.min() >= drawing._units(9) - drawing._units(1)  # spaced as the mouse's
    pen_stroke(view, line((0, 3), (0, 1)), QPointingDevice.PointerType.Eraser)  # the pen turned over
    left = np.asarray(points_of(state))
    assert 0 < len(pts) - len(left) <= 4 and undo.stack.undoText() == "Erase points"
    assert np.abs(left[:, 0]).min() > drawing._units(13)


def test_three_classes_are_drawn_each_in_its_colour_and_the_model_follows(plane):
    state, undo, view, drawing = plane
    drawing.set_tool("draw")
    assert drawing.classes.value() == 2 and len(shown_classes(drawing)) == 2
    assert not drawing.class_buttons.button(2).isVisible()
    drawing.classes.setValue(3)  # on the generated set: the first stroke makes a drawing of three
    assert drawing.class_buttons.button(2).isVisible() and state.experiment.data.name == "circle"
    drawing.class_buttons.button(2).click()
    stroke(view, line((-4, -4), (-2, -4), 10))
    exp = state.experiment
    assert exp.data.name == "drawn" and exp.data.source["problem"] == "multiclass"
    assert exp.data.source["classes"] == 3 and len(points_of(state)) > 500  # the circle's points kept
    assert exp.training.loss == "sparse_categorical_crossentropy"
    assert exp.model.layers[-1]["config"] == {"units": 3, "activation": "softmax"}
    assert state.error is None
    # The class picker's dot and the point on the plane have the class's colour (green for 2).
    green = colors.CLASS_COLORS[2]
    icon = drawing.class_buttons.button(2).icon().pixmap(12, 12).toImage().pixelColor(6, 6)
    assert icon.name() == green.name()
    last = points_of(state)[-1]
    pixel = view.plot.viewport().grab().toImage().pixelColor(at(view, *last[:2]))
    assert abs(pixel.green() - green.green()) < 30 and abs(pixel.red() - green.red()) < 30, pixel.name()
    # More classes: one output more; undo goes back a stroke at a time, and to the set.
    drawing.classes.setValue(4)
    assert state.experiment.model.layers[-1]["config"]["units"] == 4 and undo.stack.undoText() == (
        "Change the number of classes"
    )
    undo.stack.undo()
    assert state.experiment.data.source["classes"] == 3 and drawing.classes.value() == 3
    undo.stack.undo()
    assert state.experiment.data.name == "circle" and state.experiment.model.layers[-1]["config"]["units"] == 1
    assert state.experiment.training.loss == "binary_crossentropy"


def test_a_softmax_output_shows_each_class_region_in_its_colour(plane):
    state, undo, view, drawing = plane
    res = 41
    g = datasets.grid(res)
    # Class 0 left, class 1 right, class 2 above: scores whose softmax is sure away from the borders.
    scores = np.stack([-g[:, 0] * 3, g[:, 0] * 3, (g[:, 1] - 2) * 4])
    p = np.exp(scores - scores.max(axis=0))
    p /= p.sum(axis=0)
    view.set_snapshot(
        Snapshot(epoch=1, row={}, resolution=res, neuron_grids=[p.reshape(3, res, res).astype(np.float32)])
    )
    assert view.class_grids.shape == (3, res, res) and not view.color_bar.isVisible()
    image = view.plot.viewport().grab().toImage()
    for k, (x1, x2) in ((0, (-4.5, -3)), (1, (4.5, -3)), (2, (0.5, 5))):
        pixel, want = image.pixelColor(at(view, x1, x2)), colors.CLASS_COLORS[k]
        # Under the image's opacity, the class's colour still dominates the pixel.
        assert nearest_class(pixel) == k, (k, pixel.name(), want.name())
    sure = drawn_points.grid_value(p[2].reshape(res, res), 0.5, 5)
    assert drawing.prediction_text(0.5, 5) == f"P(class 2) = {sure:.2f} → class 2"
    assert drawing.prediction_text(-4.5, -3).endswith("→ class 0")
    view.set_snapshot(circle_snapshot())  # one output again: the -1…1 scale is back
    assert view.class_grids is None and view.color_bar.isVisible()


def test_a_dragged_point_moves_with_the_pen_not_a_copy(plane):
    state, undo, view, drawing = plane
    drawing.clear_button.click()
    drawing.set_tool("draw")
    for p in ((-3, -3), (-3, 3), (3, 3), (3, -3)):
        stroke(view, [p])
    drawing.set_tool("move")
    port = view.plot.viewport()

    def shown():
        both = [np.column_stack(s.getData()) for s in (view.train_scatter, view.test_scatter)]
        return np.concatenate([b.reshape(-1, 2) for b in both])

    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, -3, 3))
    for x in (-2, 0, 2):
        QTest.mouseMove(port, at(view, x, 1))
        xy = shown()
        assert len(xy) == 4  # the point itself, not a copy beside it
        assert np.hypot(xy[:, 0] + 3, xy[:, 1] - 3).min() > 0.5  # gone from where it was
        assert np.hypot(xy[:, 0] - x, xy[:, 1] - 1).min() < drawing._units(2)  # under the pen
        assert drawing.prediction.isVisible()
    assert points_of(state)[1][:2] == [pytest.approx(-3, abs=0.05), pytest.approx(3, abs=0.05)]  # until the pen lifts
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 2, 1))
    assert points_of(state)[1][:2] == [pytest.approx(2, abs=0.05), pytest.approx(1, abs=0.05)]
    assert len(shown()) == 4 and np.hypot(shown()[:, 0] - 2, shown()[:, 1] - 1).min() < drawing._units(2)


def test_regression_draws_the_chosen_value(plane):
    state, undo, view, drawing = plane
    state.update_data(name="plane")
    drawing.clear_button.click()
    assert state.experiment.data_problem == "regression"
    drawing.set_tool("draw")
    assert drawing.value.isVisibleTo(view) and not drawing.class_buttons.button(0).isVisibleTo(view)
    drawing.value.setValue(-0.4)
    stroke(view, [(1, 1)])
    assert points_of(state) == [[pytest.approx(1, abs=0.05), pytest.approx(1, abs=0.05), -0.4]]


def circle_snapshot(res: int = 41) -> Snapshot:
    g = datasets.grid(res)
    p = 1 / (1 + np.exp(np.hypot(g[:, 0], g[:, 1]) * 2 - 5))  # 1 inside radius 2.5, 0 outside
    return Snapshot(epoch=1, row={}, resolution=res, neuron_grids=[p.reshape(1, res, res).astype(np.float32)])


def test_a_dragged_point_shows_the_prediction_read_from_the_output_map(plane):
    state, undo, view, drawing = plane
    drawing.clear_button.click()
    drawing.set_tool("draw")
    drawing.class_buttons.button(1).click()
    stroke(view, [(0.5, 0.5)])
    stroke(view, [(-3, -3)])
    snapshot = circle_snapshot()
    view.set_snapshot(snapshot)
    drawing.set_tool("move")
    port = view.plot.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 0.5, 0.5))
    for x in np.linspace(0.5, 4.5, 9)[1:]:
        QTest.mouseMove(port, at(view, x, 0.5))
        assert drawing.prediction.isVisible()
        shown = drawing.prediction.textItem.toPlainText()
        x1, x2 = drawing.plane_point(QPointF(at(view, x, 0.5)))
        expected = drawn_points.grid_value(snapshot.output_grid, x1, x2)
        true = 1 / (1 + np.exp(np.hypot(x1, x2) * 2 - 5))
        assert abs(expected - true) < 0.05  # the map, read between its cells, is the model's answer
        assert shown == f"P(class 1) = {expected:.2f} → class {int(expected >= 0.5)}"
    assert shown.endswith("class 0")  # it crossed the boundary at radius 2.5
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 4.5, 0.5))
    assert not drawing.prediction.isVisible()
    moved = points_of(state)[0]
    assert moved[0] == pytest.approx(4.5, abs=drawing._units(2)) and moved[2] == 1.0
    assert points_of(state)[1][:2] == [pytest.approx(-3, abs=0.05)] * 2
    assert undo.stack.undoText() == "Move a point"


def test_dragging_a_generated_point_is_a_probe_that_goes_back(plane):
    state, undo, view, drawing = plane
    view.set_snapshot(circle_snapshot())
    drawing.set_tool("move")
    xy = view.train_scatter.getData()
    x1, x2 = float(xy[0][0]), float(xy[1][0])
    port = view.plot.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, x1, x2))
    QTest.mouseMove(port, at(view, 0, 0))
    assert drawing.prediction.textItem.toPlainText().startswith("P(class 1) = 0.99")
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 0, 0))
    assert state.experiment.data.name == "circle" and "goes back" in drawing.hint.text()


def test_shift_drag_moves_a_point_with_the_pen_and_the_axes_draw_nothing(plane):
    state, undo, view, drawing = plane
    drawing.clear_button.click()
    drawing.set_tool("draw")
    stroke(view, [(-1, -1)])
    stroke(view, [(1, 1)])
    port = view.plot.viewport()
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.mousePress(port, Qt.MouseButton.LeftButton, shift, at(view, 1, 1))
    QTest.mouseMove(port, at(view, 3, -2))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, shift, at(view, 3, -2))
    moved = points_of(state)
    assert len(moved) == 2 and moved[1][:2] == [pytest.approx(3, abs=0.05), pytest.approx(-2, abs=0.05)]
    steps = undo.stack.count()
    QTest.mouseClick(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, -6.6, 0))
    assert len(points_of(state)) == 2 and undo.stack.count() == steps  # a click on the x2 axis's labels


def test_only_looking_the_pen_leaves_the_plane_alone_and_the_tools_hide(plane):
    state, undo, view, drawing = plane
    steps = undo.stack.count()
    stroke(view, line((-2, -2), (2, 2)))
    assert state.experiment.data.name == "circle" and undo.stack.count() == steps
    assert drawing.edit_button.isVisible() and not drawing.clear_button.isVisible()
    drawing.edit_button.click()
    assert drawing.tool == "draw" and drawing.clear_button.isVisible() and drawing.hint.isVisible()
    drawing.edit_button.click()
    assert drawing.tool == "look" and not drawing.clear_button.isVisible() and not drawing.hint.isVisible()
    assert not view.test_scatter.isVisible()  # as the check box was before editing


def test_play_on_a_drawing_of_one_class_says_what_to_draw(window, qtbot):
    drawing = window.boundary_view.enable_drawing(window.state)
    qtbot.waitUntil(lambda: window.controller.run_state == "ready", timeout=60_000)
    view = window.boundary_view
    drawing.edit_button.click()
    drawing.clear_button.click()
    drawing.class_buttons.button(0).click()
    stroke(view, line((-4, -4), (-1, -1)))
    window.controller.play()
    qtbot.waitUntil(lambda: "every drawn point is of class 0" in window.status.text(), timeout=WAIT_MS)
    assert "draw some points of class 1 too" in window.status.text()
    assert window.controller.run_state != "running"
    # One point of the other class, and the held-out part taking most: still no test points.
    window.state.update_data(holdout=0.5, train_fraction=0.9)
    drawing.clear_button.click()
    stroke(view, [(-2, -2)])
    drawing.class_buttons.button(1).click()
    stroke(view, [(2, 2)])
    stroke(view, [(3, 3)])
    window.controller.play()
    qtbot.waitUntil(lambda: "no test points" in window.status.text(), timeout=WAIT_MS)
    # Enough of both: Play trains.
    window.state.update_data(holdout=0.0, train_fraction=0.5)
    qtbot.waitUntil(lambda: window.controller.run_state == "ready", timeout=60_000)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.run_state == "running", timeout=WAIT_MS)
    window.controller.pause()
    qtbot.waitUntil(lambda: window.controller.run_state != "running", timeout=WAIT_MS)


def test_the_tools_fit_and_stay_readable_in_presentation_mode(plane, qtbot):
    from playground.qt import theme

    state, undo, view, drawing = plane
    view.resize(520, 640)  # a docked output panel beside the network
    assert not drawing.tools.isVisible()  # only looking: the button in the plane's corner, no row
    drawing.edit_button.click()
    assert drawing.tool == "draw" and drawing.clear_button.isVisible()
    normal = drawing.tools.font().pointSizeF()
    theme.apply(view, "light", presentation=True)
    try:
        qtbot.waitUntil(lambda: drawing.tools.font().pointSizeF() > 1.2 * normal, timeout=WAIT_MS)
        QTest.qWait(50)
        tools = drawing.tools
        drawing.classes.setValue(4)  # the picker's widest: four classes (still a generated set)
        buttons = [*drawing.tool_buttons.buttons(), *shown_classes(drawing), drawing.classes]
        buttons += [drawing.clear_button, drawing.from_set_button]  # the set is generated: it can be a start
        assert view.plot.rect().contains(drawing.edit_button.geometry())
        for button in buttons:
            assert button.isVisible()
            box = button.geometry().translated(button.parentWidget().mapTo(tools, QPoint(0, 0)))
            assert tools.rect().contains(box), button.objectName()  # wrapped onto a new row, not cut off
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.objectName()
        assert view.plot.height() > 300  # the plane keeps most of the height
        # Drawing still lands where the pen is.
        drawing.clear_button.click()
        stroke(view, [(2, -2)])
        assert points_of(state)[0][:2] == [pytest.approx(2, abs=0.05), pytest.approx(-2, abs=0.05)]
    finally:
        theme.apply(view, "light", presentation=False)


def test_in_the_window_in_presentation_mode_the_tools_fit_and_draw(window, qtbot):
    drawing = window.boundary_view.enable_drawing(window.state)
    view = window.boundary_view
    drawing.edit_button.click()
    window.look.set(presentation=True)
    qtbot.waitUntil(lambda: bool(window.property("presentation")), timeout=WAIT_MS)
    QTest.qWait(100)
    tools = drawing.tools
    for button in [*drawing.tool_buttons.buttons(), *shown_classes(drawing), drawing.classes, drawing.clear_button]:
        assert button.isVisible()
        box = button.geometry().translated(button.parentWidget().mapTo(tools, QPoint(0, 0)))
        assert tools.rect().contains(box), button.objectName()
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.objectName()
    corner = drawing.edit_button.geometry()
    assert view.plot.rect().contains(corner) and corner.width() >= corner.height()  # "Edit points", whole
    editing = view.plot.height()
    drawing.edit_button.click()
    QTest.qWait(100)
    assert not tools.isVisible() and view.plot.height() >= editing + 40  # looking, the plane has the room
    drawing.edit_button.click()
    drawing.clear_button.click()
    stroke(view, [(-2, 3)])
    assert points_of(window.state)[0][:2] == [pytest.approx(-2, abs=0.1), pytest.approx(3, abs=0.1)]
    window.look.set(presentation=False)
