"""Editing the network on its picture, as a user does it: hover a connection for its weight, click
it, type 0 — the model's weight, the boundary and the neurons' heatmaps follow; a neuron's bias;
+ and − on the picture keep the weights that remain; values no weight can take are refused."""

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from playground.core.data import datasets
from playground.qt.training import training_controller as tc
from playground.qt.widgets.number_field import number_text
from playground.training.network.model_builder import dense_layers
from tests.helpers import wait_for, wait_for_state, wait_for_views


def _ready(qtbot, window):
    window.network_tabs.setCurrentWidget(window.network_view)
    wait_for_state(qtbot, window, tc.READY)
    wait_for_views(qtbot, window)
    wait_for(qtbot, lambda: window.network_view._snapshot is not None, "the neurons drawn")


def _dense(window):
    """(kernel, bias) of each Dense layer of the model the worker trains, read while it is idle."""
    model = window.controller.worker._session.model
    return [(layer.kernel.numpy().copy(), layer.bias.numpy().copy()) for layer in dense_layers(model)]


def _link_point(view, gap, a, b) -> QPoint:
    """A point on the connection from unit a to unit b of column gap, in viewport pixels."""
    line = view.link_items[gap][a][b].line()
    along = 0.4 + 0.03 * b  # not where links of one neuron cross each other
    x = line.x1() + along * (line.x2() - line.x1())
    y = line.y1() + along * (line.y2() - line.y1())
    return view.view.mapFromScene(x, y)


def _forward(weights, names, res):
    """The output over the plane of a tanh, tanh, sigmoid stack, worked out here with numpy."""
    h = datasets.features(datasets.grid(res), names).astype(np.float64)
    for i, (kernel, bias) in enumerate(weights):
        z = h @ kernel + bias
        h = 1 / (1 + np.exp(-z)) if i == len(weights) - 1 else np.tanh(z)
    return h[:, 0].reshape(res, res)


def _image(item) -> np.ndarray:
    image = item.image
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).copy()


def test_hover_a_connection_then_click_and_type_0(qtbot, window):
    c, view = window.controller, window.network_view
    editor = view.editing
    _ready(qtbot, window)
    weights = _dense(window)
    point = _link_point(view, 0, 1, 2)
    # Hovering shows the weight from x2 to the third neuron, highlighted.
    qtbot.mouseMove(view.view.viewport(), point)
    wait_for(qtbot, lambda: editor.hovered_link == (0, 1, 2), lambda: f"hovered {editor.hovered_link}")
    text = editor.hover_label.text()
    assert editor.hover_label.isVisible() and editor.highlight.scene() is view.scene
    assert "Weight from x2 to neuron 3 of layer 1" in text
    assert f"{weights[0][0][1, 2]:.4g}".rstrip("0") in text
    # Clicking opens the editor on that weight; 0 typed and Enter pressed sets it.
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    popup = editor.popup
    assert popup.isVisible() and editor.editing == (0, 1, 2)
    assert popup.value() == float(number_text(round(float(weights[0][0][1, 2]), 6)))  # as the field writes it
    before_output = window.boundary_view.output_grid.copy()
    before = [_image(item) for item in view.neuron_items[1]]
    popup.field.setText("0")
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: c.weights.last is not None and c.weights.last["final"], lambda: window.status.text())
    after_weights = _dense(window)
    assert after_weights[0][0][1, 2] == 0.0
    expected = [w.copy() for w in weights[0]]
    expected[0][1, 2] = 0.0
    np.testing.assert_array_equal(after_weights[0][0], expected[0])  # nothing else moved
    # The boundary is the edited network's output, at once (no epoch trained).
    res = window.boundary_view.output_grid.shape[0]
    names = window.state.experiment.data.features
    output = _forward([(expected[0], expected[1]), *weights[1:]], names, res)
    wait_for(
        qtbot,
        lambda: np.allclose(window.boundary_view.output_grid, output, atol=1e-4),
        "the boundary of the edited network",
    )
    assert np.abs(window.boundary_view.output_grid - before_output).max() > 1e-4
    assert len(c.history) == 0
    # Of the first layer's heatmaps only the third neuron's changed: the others do not take x2→3.
    after = [_image(item) for item in view.neuron_items[1]]
    changed = [not np.array_equal(x, y) for x, y in zip(before, after, strict=True)]
    assert changed == [False, False, True, False]
    assert view._snapshot.kernels[0][1, 2] == 0.0
    wait_for(qtbot, lambda: c.weights.losses is not None, "the losses of the edited model")
    assert "Weight set to 0" in window.status.text() and "test loss" in window.status.text()
    assert c.weights.losses["val_loss"] > 0 and f"{c.weights.losses['val_loss']:.4g}" in window.status.text()
    # The curves mark the edit.
    wait_for(qtbot, lambda: any(e["kind"] == "changed" for e in c.events), "the edit marked on the curves")


def test_a_neuron_click_sets_its_bias_and_the_slider_drags_it(qtbot, window):
    c, view = window.controller, window.network_view
    editor = view.editing
    _ready(qtbot, window)
    weights = _dense(window)
    neuron = view.neuron_items[2][1]  # the second neuron of the second hidden layer
    centre = view.view.mapFromScene(neuron.sceneBoundingRect().center())
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    popup = editor.popup
    assert popup.isVisible() and editor.editing == (1, 1, None)
    wait_for(qtbot, lambda: popup.value() is not None, "the bias read from the model")
    assert popup.value() == float(number_text(round(float(weights[1][1][1]), 6)))
    popup.slider.setValue(popup.slider.maximum())  # as a key press on the slider does: a whole edit
    wait_for(qtbot, lambda: c.weights.last is not None and c.weights.last["col"] is None, "the bias set")
    assert _dense(window)[1][1][1] == popup.span
    assert _dense(window)[1][0].tolist() == weights[1][0].tolist()


def test_values_no_weight_can_take_are_refused_with_the_range(qtbot, window):
    c, view = window.controller, window.network_view
    editor = view.editing
    _ready(qtbot, window)
    weights = _dense(window)
    editor.edit_weight(1, 0, 0)
    popup = editor.popup
    kept = popup.field.text()
    for typed in ("abc", "nan", "inf", "-inf", "1e7", "-1000001"):
        popup.field.setText(typed)
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
        problem = popup.problem.text()
        assert "Weight takes a number from -1000000 to 1000000" in problem, problem
        assert popup.field.text() == kept and popup.problem.isVisible()
        assert "from -1000000 to 1000000" in window.statusBar().currentMessage()
    assert "“abc” is not a number" in _refusal(popup, "abc", qtbot)
    assert "1e7 is out of range" in _refusal(popup, "1e7", qtbot)
    # Nothing reached the model; a value sent past the field is refused by the worker too.
    assert c.weights.last is None
    c.weights.set_weight(1, 0, 0, float("nan"))
    wait_for(qtbot, lambda: "cannot be a weight" in window.status.text(), lambda: window.status.text())
    assert "from -1000000 to 1000000" in window.status.text()
    np.testing.assert_array_equal(_dense(window)[1][0], weights[1][0])


def _refusal(popup, typed, qtbot) -> str:
    popup.field.setText(typed)
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    return popup.problem.text()


def test_plus_and_minus_keep_the_weights_that_remain(qtbot, window):
    c, view = window.controller, window.network_view
    editor = view.editing
    _ready(qtbot, window)
    weights = _dense(window)  # 2 → 4 → 2 → 1

    # Every button in sight, none over another: ± above each hidden layer, + − + − + under them.
    def apart() -> bool:  # the buttons are placed again after each fit, on the next turn of the event loop
        boxes = [b.geometry() for b in editor.buttons]
        inside = len(boxes) == 2 * 3 + 3 and all(view.view.viewport().rect().contains(r) for r in boxes)
        return inside and not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])

    wait_for(qtbot, apart, lambda: [b.geometry() for b in editor.buttons])
    under = sorted((b for b in editor.buttons if b.kind.startswith("layer")), key=lambda b: b.x())
    assert [b.text() for b in under] == ["+", "−", "+", "−", "+"]

    def press(kind, index, units):
        """Clicks a + or − and waits for the model built anew with the old weights."""
        carried = c.weights.carried + 1
        _click(qtbot, view, editor.button(kind, index))
        wait_for(qtbot, lambda: c.weights.carried == carried, lambda: f"a model of {units} with the old weights")
        wait_for_state(qtbot, window, tc.READY)
        assert [d[0].shape[1] for d in _dense(window)] == units
        wait_for_views(qtbot, window)

    press("unit+", 0, [5, 2, 1])
    assert [int(layer["config"]["units"]) for layer in window.state.experiment.model.layers] == [5, 2, 1]
    now = _dense(window)
    np.testing.assert_array_equal(now[0][0][:, :4], weights[0][0])
    np.testing.assert_array_equal(now[0][1][:4], weights[0][1])
    np.testing.assert_array_equal(now[1][0][:4], weights[1][0])
    np.testing.assert_array_equal(now[2][0], weights[2][0])
    assert len(view.neuron_items[1]) == 5  # the picture follows

    press("unit-", 1, [5, 1, 1])  # the second hidden layer: 2 → 1 neuron
    now2 = _dense(window)
    np.testing.assert_array_equal(now2[0][0], now[0][0])
    np.testing.assert_array_equal(now2[1][0], now[1][0][:, :1])
    np.testing.assert_array_equal(now2[2][0], now[2][0][:1])
    assert not editor.button("unit-", 1).isEnabled()  # one neuron left: it stays

    press("layer-", 0, [1, 1])  # the first hidden layer goes
    now3 = _dense(window)
    np.testing.assert_array_equal(now3[0][1], now2[1][1])
    np.testing.assert_array_equal(now3[1][0], now2[2][0])

    press("layer+", 1, [1, 1, 1])  # a layer between the hidden one and the output
    now4 = _dense(window)
    np.testing.assert_array_equal(now4[0][0], now3[0][0])
    np.testing.assert_array_equal(now4[2][1], now3[1][1])
    window.undo.stack.undo()  # one step each, undone like any edit of the layers
    wait_for_state(qtbot, window, tc.READY)
    assert [int(layer["config"]["units"]) for layer in window.state.experiment.model.layers] == [1, 1]


def _click(qtbot, view, button):
    assert button.isVisible() and view.view.viewport().rect().contains(button.geometry())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_weight_set_while_training_is_trained_on_from(qtbot, window):
    c, view = window.controller, window.network_view
    _ready(qtbot, window)
    c.set_speed(30)  # slow enough that the edit lands mid-run
    c.play()
    wait_for(qtbot, lambda: len(c.history) >= 3, "a few epochs")
    assert c.run_state == tc.RUNNING
    view.editing.edit_weight(0, 0, 1)
    view.editing.popup.field.setText("4")
    qtbot.keyClick(view.editing.popup.field, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: c.weights.last is not None and c.weights.last["final"], "the worker's answer")
    edited_at = c.weights.last["snapshot"].epoch
    assert c.weights.last["snapshot"].kernels[0][0, 1] == 4.0
    # Training goes on from the edited weight: the pictures show it moving on from 4.
    wait_for(qtbot, lambda: len(c.history) >= edited_at + 3, "epochs after the edit")
    wait_for(qtbot, lambda: view._snapshot.epoch > edited_at, "the neurons of a later epoch")
    assert abs(view._snapshot.kernels[0][0, 1] - 4.0) < 0.5
    assert any(e["kind"] == "changed" and e["epoch"] >= edited_at for e in c.events)
    c.pause()
    wait_for_state(qtbot, window, tc.READY)


def test_editing_an_earlier_epoch_branches_the_run_from_it(qtbot, window):
    c, view, bar = window.controller, window.network_view, window.timeline_bar
    _ready(qtbot, window)
    c.set_speed(0)
    window.state.update_training(epochs=30)
    wait_for_state(qtbot, window, tc.READY)
    c.play()
    wait_for_state(qtbot, window, tc.FINISHED)
    wait_for(qtbot, lambda: bar.now == 30 and 10 in bar.epochs, lambda: f"epoch 10 kept: {bar.now}, {bar.epochs}")
    bar.slider.setValue(bar.epochs.index(10))
    wait_for(
        qtbot,
        lambda: c.viewing == 10 and view._snapshot.epoch == 10,
        lambda: f"the views at epoch 10: {c.viewing}, {view._snapshot.epoch}, {bar.epochs}",
    )
    then = [k.copy() for k in view._snapshot.kernels]
    runs = len(c.runs.runs)
    # The bias shown is the one at epoch 10.
    view.editing.edit_bias(0, 0)
    wait_for(qtbot, lambda: view.editing.popup.value() is not None, "the bias at epoch 10")
    view.editing.edit_weight(1, 1, 0)
    view.editing.popup.field.setText("-2")
    qtbot.keyClick(view.editing.popup.field, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: c.weights.last is not None and c.weights.last["final"], "the worker's answer")
    # The run until 30 is kept under Runs; this one goes on from epoch 10, edited.
    assert len(c.history) == 10 and c.viewing is None and c.run_state == tc.READY
    assert len(c.runs.runs) == runs + 1 and c.runs.runs[-1].reason == "went_back"
    now = [d[0] for d in _dense(window)]
    then[1][1, 0] = -2.0
    for k_now, k_then in zip(now, then, strict=True):
        np.testing.assert_allclose(k_now, k_then, atol=1e-6)
    wait_for(qtbot, lambda: view._snapshot.epoch == 10 and view._snapshot.kernels[1][1, 0] == -2.0, "the edit drawn")
    wait_for_views(qtbot, window)  # the curves cut back to epoch 10
    window.state.update_training(epochs=15)
    c.play()
    wait_for_state(qtbot, window, tc.FINISHED)
    assert [r["epoch"] for r in c.history.rows] == list(range(1, 16))


def test_presentation_mode_draws_the_editing_controls_larger(qtbot, window):
    from playground.qt import theme

    view = window.network_view
    editor = view.editing
    window.look.room = lambda: QRect(0, 0, 3840, 2160)  # a projector's screen: not full screen
    window.resize(1900, 1150)
    _ready(qtbot, window)

    def move(point):
        """The pointer moved to `point` of the picture (sent to it as Qt would)."""
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(view.view.viewport().mapToGlobal(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view.view.viewport(), event)

    def sizes():
        move(_link_point(view, 1, 0, 0))
        wait_for(qtbot, lambda: editor.hovered_link == (1, 0, 0), lambda: f"hovered {editor.hovered_link}")
        label = editor.hover_label.font().pointSizeF()
        move(QPoint(1, 1))
        wait_for(qtbot, lambda: editor.hovered_link is None, "the hover gone")
        return label, editor.buttons[0].side()

    label, side = sizes()
    window.set_look("light", presentation=True)
    try:
        wait_for(qtbot, lambda: view.text_scale == theme.SCALE, "the picture restyled")
        big_label, big_side = sizes()
        assert big_label >= 1.45 * label and big_side >= 1.3 * side
        boxes = [b.geometry() for b in editor.buttons]
        outside = [r for r in boxes if not view.view.viewport().rect().contains(r)]
        assert not outside, (outside, view.view.viewport().rect())
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    finally:
        window.set_look("light", presentation=False)
