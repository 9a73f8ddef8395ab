"""A new user's first go on the Draw tab, end to end in the window: train LeNet on the bundled 8×8
digits, draw a 3 with the pen in two strokes, watch every layer's maps follow each stroke and the
model call it a 3, take a stroke back with Ctrl+Z (the pad's, not the experiment's undo), then
nudge the 3 until the model calls it an 8 with a small change."""

import numpy as np
from PySide6.QtCore import Qt

from playground.qt.training import training_controller as tc
from tests.helpers import wait_for
from tests.qt.inside.test_drawing_pad import drag

EPOCHS = 30
TIMEOUT_MS = 120_000  # generous: two shared cores, TensorFlow tracing on the first answers

# A 3 as a hand draws it on the 8×8 pad, in input cells (column, row): the upper bowl, then the lower.
UPPER = [(1.8, 0.9), (3.2, 0.5), (4.6, 0.7), (5.3, 1.6), (4.8, 2.8), (3.4, 3.5)]
LOWER = [(3.4, 3.5), (4.9, 3.9), (5.6, 5.0), (5.3, 6.4), (3.9, 7.3), (1.8, 7.1)]


def _on_pad(pad, cells):
    """Input cells (column, row) → the pad's widget pixels, through the rectangle it draws in."""
    rect = pad.target_rect()
    height, width = pad.input_size
    return [(rect.left() + c * rect.width() / width, rect.top() + r * rect.height() / height) for c, r in cells]


def _answered(tab, qtbot, what: str) -> dict:
    """Waits for the answer to the drawing now on the pad (older ones may arrive first) from the trained model."""
    pixels = tab.pad.pixels()
    wait_for(
        qtbot,
        lambda: tab.answer.get("epoch") == EPOCHS and np.array_equal(tab.answer["image"][..., 0], pixels),
        f"the answer to {what}",
        TIMEOUT_MS,
    )
    return tab.answer


def _shown(tab) -> list[np.ndarray]:
    return [np.nan_to_num(image.image).copy() for _, _, image in tab.layer_maps.rows]


def _assert_every_layer_changed(before: dict, after: dict, shown_before, shown_after, what: str) -> None:
    names = [name for name, _, _ in after["activations"]]
    assert names == [name for name, _, _ in before["activations"]]
    for (name, _, a), (_, _, b), seen_a, seen_b in zip(
        before["activations"], after["activations"], shown_before, shown_after, strict=True
    ):
        assert np.abs(np.asarray(a) - np.asarray(b)).max() > 1e-4, f"{name} did not change with {what}"
        assert not np.array_equal(seen_a, seen_b), f"{name}'s maps on screen did not change with {what}"


def test_a_new_user_draws_a_3_watches_every_layer_and_nudges_it_to_an_8(window, qtbot):
    window.files.load_template("lenet")
    window.state.update_training(epochs=EPOCHS)
    controller = window.controller
    wait_for(qtbot, lambda: controller.run_state == tc.READY, lambda: controller.message, TIMEOUT_MS)
    controller.set_speed(0)
    controller.play()
    wait_for(qtbot, lambda: controller.run_state == tc.FINISHED, lambda: controller.run_state, TIMEOUT_MS)
    assert len(controller.history) == EPOCHS

    window._inside_dock.raise_()
    inside = window.inside_view
    tab = inside.draw_tab
    inside.tabs.setCurrentWidget(tab)
    pad = tab.pad
    wait_for(qtbot, lambda: tab.isVisible() and pad.input_size == (8, 8), "the pad at 8×8", TIMEOUT_MS)

    # The empty pad: the tab asks about it when it is shown.
    empty = _answered(tab, qtbot, "the empty pad")
    assert pad.is_blank() and len(tab.layer_maps.rows) == len(empty["activations"]) >= 5
    empty_shown = _shown(tab)

    drag(pad, _on_pad(pad, UPPER))  # the first stroke: the upper bowl of the 3
    half = _answered(tab, qtbot, "the first stroke")
    half_pixels, half_shown = pad.pixels(), _shown(tab)
    _assert_every_layer_changed(empty, half, empty_shown, half_shown, "the first stroke")

    drag(pad, _on_pad(pad, LOWER))  # the second: the lower bowl
    three = _answered(tab, qtbot, "the whole 3")
    three_pixels, three_shown = pad.pixels(), _shown(tab)
    _assert_every_layer_changed(half, three, half_shown, three_shown, "the second stroke")
    # The drawing reads as a 3: ink on both bowls' right side, the middle left empty.
    assert three_pixels[1, 5] > 0.3 and three_pixels[5, 5] > 0.3 and three_pixels[4:6, 1].max() == 0
    assert three["prediction"] == 3, three["probabilities"].round(3)
    assert "“3”" in tab.verdict.text()
    assert tab.heat.heat is not None and tab.heat.heat.shape == (8, 8)  # Grad-CAM over the drawing

    # Ctrl+Z on the pad takes back the second stroke only; the experiment's undo stack is untouched.
    stack = window.undo.stack
    index, epochs = stack.index(), window.state.experiment.training.epochs
    pad.setFocus()
    wait_for(qtbot, pad.hasFocus, "the pad to take focus", TIMEOUT_MS)
    qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert np.array_equal(pad.pixels(), half_pixels)
    assert stack.index() == index and window.state.experiment.training.epochs == epochs == EPOCHS
    _answered(tab, qtbot, "the undone stroke")
    drag(pad, _on_pad(pad, LOWER))  # drawn again
    assert np.array_equal(pad.pixels(), three_pixels)
    assert _answered(tab, qtbot, "the 3 drawn again")["prediction"] == 3

    # Nudge the drawing until the model calls it an 8.
    tab.source_combo.setCurrentIndex(0)
    tab.target_combo.setCurrentIndex(8)
    tab.nudge_button.click()
    wait_for(qtbot, lambda: tab._frames is not None, "the nudge's steps", TIMEOUT_MS)
    frames = tab._frames
    images = np.asarray(frames["images"])
    steps = len(images) - 1
    wait_for(qtbot, lambda: tab._frame == steps, "the nudge played to its end", TIMEOUT_MS)
    assert frames["target"] == 8 and frames["flipped"] and steps >= 1
    assert np.allclose(images[0][..., 0], three_pixels, atol=1e-6)  # it starts from the drawn 3
    probs = np.asarray(frames["probabilities"])
    assert probs[0].argmax() == 3 and probs[-1].argmax() == 8
    model = window.controller.worker._session.model  # finished: the worker does not touch it now
    assert model.predict(images[-1:], verbose=0)[0].argmax() == 8  # the nudged picture is an 8 to the model
    change = images[-1] - images[0]
    # Small: no pixel moved more than a third of its range, and the whole change is under half the 3's ink.
    assert frames["max_change"] == np.abs(change).max() <= 1 / 3 + 1e-6
    norm = float(np.linalg.norm(change))
    assert norm < 0.5 * float(np.linalg.norm(images[0]))
    caption = tab.nudge_caption.text()
    assert "The model sees “8”" in caption and f"{frames['max_change']:.0%}" in caption
    print(f"P(3) drawn {three['probabilities'][3]:.3f}; nudge 3→8: {steps} steps, ", end="")
    print(f"max pixel change {frames['max_change']:.3f}, L2 norm {norm:.3f} (the 3's: {np.linalg.norm(images[0]):.3f})")
