"""Editing the network on its picture, the flows around the edit: undo and redo of + / − keep
the trained weights; silenced units follow their neurons through + / −; the open editor follows
the value while training moves it; a picture of the network leaves the editing controls out; and
a new user sets a large trained weight to 0 and the boundary jumps."""

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from playground.core.data import datasets
from playground.qt.training import training_controller as tc
from playground.qt.widgets import picture
from playground.qt.widgets.number_field import number_text
from playground.training.network import unit_masks
from playground.training.network.model_builder import dense_layers
from tests.helpers import wait_for, wait_for_state, wait_for_views


def _ready(qtbot, window):
    window.network_tabs.setCurrentWidget(window.network_view)
    wait_for_state(qtbot, window, tc.READY)
    wait_for_views(qtbot, window)
    wait_for(qtbot, lambda: window.network_view._snapshot is not None, "the neurons drawn")


def _train(qtbot, window, epochs):
    """Trains until the epoch limit, `epochs`; the views show the end."""
    c = window.controller
    c.set_speed(0)
    window.state.update_training(epochs=epochs)
    wait_for_state(qtbot, window, tc.READY)
    c.play()
    wait_for_state(qtbot, window, tc.FINISHED)
    wait_for_views(qtbot, window)


def _dense(window):
    """(kernel, bias) of each Dense layer of the model the worker trains, read while it is idle."""
    model = window.controller.worker._session.model
    return [(layer.kernel.numpy().copy(), layer.bias.numpy().copy()) for layer in dense_layers(model)]


def _units(window):
    return [int(layer["config"]["units"]) for layer in window.state.experiment.model.layers]


def _rebuilt(qtbot, window, do, units):
    """Does `do` (a + / − pressed, an undo, a redo) and waits for the model of `units` built with
    the weights that remain; returns its Dense weights."""
    c = window.controller
    carried = c.weights.carried + 1
    do()
    wait_for(qtbot, lambda: c.weights.carried == carried, lambda: f"a model of {units} with the old weights")
    wait_for_state(qtbot, window, tc.READY)
    wait_for_views(qtbot, window)
    assert _units(window) == units
    weights = _dense(window)
    assert [kernel.shape[1] for kernel, _ in weights] == units
    return weights


def _close(now, then):
    for (kernel, bias), (old_kernel, old_bias) in zip(now, then, strict=True):
        np.testing.assert_allclose(kernel, old_kernel, atol=1e-6)
        np.testing.assert_allclose(bias, old_bias, atol=1e-6)


def test_undo_and_redo_of_a_neuron_added_keep_the_trained_weights(qtbot, window):
    editor = window.network_view.editing
    stack = window.undo.stack
    _ready(qtbot, window)
    _train(qtbot, window, 20)
    trained = _dense(window)  # 2 → 4 → 2 → 1, trained 20 epochs
    grown = _rebuilt(qtbot, window, editor.button("unit+", 0).click, [5, 2, 1])
    np.testing.assert_array_equal(grown[0][0][:, :4], trained[0][0])
    assert stack.undoText() == "Add a neuron"
    # Undo: the model without that neuron, every trained weight as it is now.
    _close(_rebuilt(qtbot, window, stack.undo, [4, 2, 1]), trained)
    # Redo: the neuron again, the trained weights still there.
    again = _rebuilt(qtbot, window, stack.redo, [5, 2, 1])
    _close([(k[:, :4], b[:4]) for k, b in again[:1]], [trained[0]])
    np.testing.assert_allclose(again[1][0][:4], trained[1][0], atol=1e-6)
    _close(again[2:], trained[2:])


def test_undo_of_a_neuron_or_a_layer_removed_keeps_the_other_weights(qtbot, window):
    c, editor = window.controller, window.network_view.editing
    stack = window.undo.stack
    _ready(qtbot, window)
    _train(qtbot, window, 10)
    trained = _dense(window)
    _rebuilt(qtbot, window, editor.button("unit-", 0).click, [3, 2, 1])
    back = _rebuilt(qtbot, window, stack.undo, [4, 2, 1])  # the removed neuron comes back, new
    np.testing.assert_allclose(back[0][0][:, :3], trained[0][0][:, :3], atol=1e-6)
    np.testing.assert_allclose(back[0][1][:3], trained[0][1][:3], atol=1e-6)
    np.testing.assert_allclose(back[1][0][:3], trained[1][0][:3], atol=1e-6)
    _close(back[2:], trained[2:])
    assert np.abs(back[0][0][:, 3] - trained[0][0][:, 3]).max() > 1e-3  # not the trained one: new
    _rebuilt(qtbot, window, editor.button("layer-", 1).click, [4, 1])
    before = back
    back = _rebuilt(qtbot, window, stack.undo, [4, 2, 1])  # the layer comes back, new; the others stay
    _close(back[:1], before[:1])
    np.testing.assert_allclose(back[2][1], before[2][1], atol=1e-6)
    assert np.abs(back[1][0] - before[1][0]).max() > 1e-3
    assert c.run_state == tc.READY and len(c.history) == 0


def test_silenced_units_follow_their_neurons_through_plus_and_minus(qtbot, window):
    c, view, editor = window.controller, window.network_view, window.network_view.editing
    s = c.silencing
    _ready(qtbot, window)
    wait_for(qtbot, lambda: s.units, "the units that can be silenced")
    first, second = s.dense_names()[:2]
    s.toggle(first, 1)
    s.toggle(second, 1)  # the second hidden layer's last neuron
    assert window.state.experiment.silenced == {first: [1], second: [1]}

    def masked(silenced):
        """The model's masks hold `silenced` at zero, and the picture crosses them out."""
        session = c.worker._session
        wait_for(
            qtbot,
            lambda: unit_masks.silenced(session.model) == silenced and s.effects is not None,
            lambda: f"masks {unit_masks.silenced(c.worker._session.model)}, wanted {silenced}",
        )
        names = s.dense_names()
        wanted = sorted((col, unit) for col, name in enumerate(names, start=1) for unit in silenced.get(name, []))
        wait_for(qtbot, lambda: sorted(s.views[0].crossed()) == wanted, lambda: f"crossed {s.views[0].crossed()}")

    masked({first: [1], second: [1]})
    # The second layer loses its last neuron: its silencing goes with it; the first layer's stays.
    _rebuilt(qtbot, window, editor.button("unit-", 1).click, [4, 1, 1])
    assert window.state.experiment.silenced == {first: [1]}
    masked({first: [1]})
    # A neuron added to the first layer: unit 1 is still the one silenced, the new one is not.
    _rebuilt(qtbot, window, editor.button("unit+", 0).click, [5, 1, 1])
    assert window.state.experiment.silenced == {first: [1]}
    masked({first: [1]})
    assert view.neuron_items[1][4] not in [m.parentItem() for m in s.views[0].marks]
    # The first layer removed: nothing silenced is left. Undo brings it back, silenced as it was.
    _rebuilt(qtbot, window, editor.button("layer-", 0).click, [1, 1])
    assert window.state.experiment.silenced == {}
    _rebuilt(qtbot, window, window.undo.stack.undo, [5, 1, 1])
    assert window.state.experiment.silenced == {first: [1]}
    masked({first: [1]})


def test_the_open_editor_follows_the_value_while_training(qtbot, window):
    c, view = window.controller, window.network_view
    editor, popup = view.editing, view.editing.popup
    _ready(qtbot, window)
    c.set_speed(20)  # slow enough to see several epochs while the editor is open
    c.play()
    wait_for(qtbot, lambda: view._snapshot.epoch >= 2, "a few epochs drawn")
    editor.edit_weight(0, 0, 1)
    opened, at = popup.value(), view._snapshot.epoch
    assert popup.when.text() == f"At epoch {at}"
    # The value shown is the one drawn, epoch by epoch.
    wait_for(qtbot, lambda: view._snapshot.epoch >= at + 3, "epochs after the editor opened")

    def drawn() -> tuple[float, str]:
        """The weight on the picture, as the editor writes it, and its epoch."""
        value = float(number_text(round(float(view._snapshot.kernels[0][0, 1]), 6)))
        return value, f"At epoch {view._snapshot.epoch}"

    wait_for(
        qtbot,
        lambda: (popup.value(), popup.when.text()) == drawn(),
        lambda: f"{popup.value()} ({popup.when.text()}); drawn {drawn()}",
    )
    assert popup.value() != opened and popup.field.text() == number_text(popup.value())
    # While the user types, what they type stays.
    popup.field.selectAll()
    qtbot.keyClicks(popup.field, "1.5")
    typing_at = view._snapshot.epoch
    wait_for(qtbot, lambda: view._snapshot.epoch >= typing_at + 3, "epochs while typing")
    assert popup.field.text() == "1.5"
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: c.weights.last is not None and c.weights.last["final"], "the weight set")
    assert c.weights.last["value"] == 1.5
    # Set: it follows the training on from 1.5.
    wait_for(
        qtbot,
        lambda: popup.value() != 1.5 and (popup.value(), popup.when.text()) == drawn(),
        lambda: f"the editor shows {popup.value()} ({popup.when.text()}); drawn {drawn()}",
    )
    # A bias follows too.
    editor.edit_bias(1, 0)
    wait_for(qtbot, lambda: popup.value() is not None, "the bias read")
    first, first_text = popup.value(), popup.when.text()
    wait_for(qtbot, lambda: popup.value() != first, lambda: f"the bias still {popup.value()} ({popup.when.text()})")
    assert popup.when.text() != first_text and popup.when.text().startswith("At epoch ")
    c.pause()
    wait_for_state(qtbot, window, tc.READY)


def _hover(view, point):
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(view.view.viewport().mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.view.viewport(), event)


def _link_point(view, gap, a, b) -> QPoint:
    line = view.link_items[gap][a][b].line()
    x = line.x1() + 0.45 * (line.x2() - line.x1())
    y = line.y1() + 0.45 * (line.y2() - line.y1())
    return view.view.mapFromScene(x, y)


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).reshape(image.height(), -1, 4).copy()


def test_pictures_of_the_network_leave_the_editing_controls_out(qtbot, window, tmp_path):
    view, editor = window.network_view, window.network_view.editing
    _ready(qtbot, window)
    wait_for(qtbot, lambda: editor.buttons and all(b.isVisible() for b in editor.buttons), "the + / − buttons")
    qtbot.wait(50)  # the buttons placed after the fit
    plain = _pixels(view.grab().toImage())
    # Hovering a connection: its mark and label; then its editor open.
    _hover(view, _link_point(view, 0, 0, 0))
    wait_for(qtbot, lambda: editor.hovered_link == (0, 0, 0), lambda: f"hovered {editor.hovered_link}")
    assert editor.hover_label.isVisible() and editor.highlight.scene() is view.scene
    hovered = _pixels(view.grab().toImage())
    np.testing.assert_array_equal(hovered, plain)  # no label, no highlighted line
    editor.edit_weight(1, 0, 0)
    _hover(view, _link_point(view, 0, 0, 0))
    places = [b.pos() for b in editor.buttons]
    opened = _pixels(view.grab().toImage())
    np.testing.assert_array_equal(opened, plain)  # no editor either
    # The buttons' squares in the picture are plain background: no + or − drawn there, nor the
    # silencing switches.
    bar = window.controller.silencing.views[0]
    for button in [*editor.buttons, bar.switch, bar.rank_button, bar.back_button]:
        box = button.geometry().translated(button.parentWidget().mapTo(view, QPoint(0, 0)))
        square = plain[box.top() : box.bottom() + 1, box.left() : box.right() + 1]
        assert square.size and (square == square[0, 0]).all(), (button.kind, button.index)
    # On the window nothing moved: the buttons, the label and the editor are where they were.
    assert [b.pos() for b in editor.buttons] == places and all(b.isVisible() for b in editor.buttons)
    assert editor.popup.isVisible() and editor.hover_label.isVisible()
    assert editor.highlight.isVisible() and editor.highlight.scene() is view.scene
    # On the window they are drawn: the canvas itself, grabbed, has them.
    canvas = _pixels(view.view.grab().toImage())
    box = editor.buttons[0].geometry()
    square = canvas[box.top() : box.bottom() + 1, box.left() : box.right() + 1]
    assert not (square == square[0, 0]).all()
    # The SVG export says nothing of them either.
    path = tmp_path / "network.svg"
    picture.save_picture(view, str(path), "Network")
    svg = path.read_text(encoding="utf-8")
    assert "x1" in svg
    for text in ("Click to change it", "Weight from", "−"):
        assert text not in svg, text


def _forward(weights, names, res):
    """The output over the plane of a tanh, tanh, sigmoid stack, worked out here with numpy."""
    h = datasets.features(datasets.grid(res), names).astype(np.float64)
    for i, (kernel, bias) in enumerate(weights):
        z = h @ kernel + bias
        h = 1 / (1 + np.exp(-z)) if i == len(weights) - 1 else np.tanh(z)
    return h[:, 0].reshape(res, res)


def test_a_new_user_sets_a_large_trained_weight_to_0_and_the_boundary_jumps(qtbot, window):
    c, view, boundary = window.controller, window.network_view, window.boundary_view
    editor = view.editing
    _ready(qtbot, window)
    c.set_speed(0)
    c.play()
    wait_for(qtbot, lambda: len(c.history) >= 30, "a few epochs")
    c.pause()
    wait_for_state(qtbot, window, tc.READY)
    wait_for_views(qtbot, window)
    trained = _dense(window)
    kernel = trained[0][0]
    row, col = np.unravel_index(int(np.argmax(np.abs(kernel))), kernel.shape)
    assert abs(kernel[row, col]) > 0.5
    before = boundary.output_grid.copy()
    res, names = before.shape[0], window.state.experiment.data.features
    np.testing.assert_allclose(before, _forward(trained, names, res), atol=1e-4)
    # Clicked on the picture, 0 typed, Enter.
    point = _link_point(view, 0, int(row), int(col))
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.editing == (0, int(row), int(col)), editor.editing
    editor.popup.field.setText("0")
    qtbot.keyClick(editor.popup.field, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: c.weights.last is not None and c.weights.last["final"], "the weight set")
    edited = [(k.copy(), b.copy()) for k, b in trained]
    edited[0][0][row, col] = 0.0
    expected = _forward(edited, names, res)
    wait_for(
        qtbot,
        lambda: np.allclose(boundary.output_grid, expected, atol=1e-4),
        lambda: f"the boundary of the edited network: off by {np.abs(boundary.output_grid - expected).max()}",
    )
    jump = np.abs(boundary.output_grid - before).max()
    assert jump > 0.05, jump
    # The boundary (output 0.5) moved: points of the plane changed side.
    flipped = np.mean((boundary.output_grid > 0.5) != (before > 0.5))
    assert flipped > 0.001, flipped
    np.testing.assert_array_equal(_dense(window)[0][0], edited[0][0])
