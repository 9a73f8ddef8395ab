"""The Draw tab in the window: a stroke on the pad reaches the model being trained and its answer
(probabilities, the layers' maps, Grad-CAM) comes back for that drawing; a clicked map shows what
drives it; a nudge raises the chosen class's probability."""

import numpy as np
import pytest

from playground.qt.training import training_controller as tc
from playground.qt.widgets.mosaic import tile
from playground.training.tf_setup import import_keras
from tests.helpers import WAIT_MS
from tests.qt.inside.test_drawing_pad import drag


@pytest.fixture
def drawing(window, qtbot):
    window.files.load_template("lenet")
    controller = window.controller
    qtbot.waitUntil(lambda: controller.run_state == tc.READY, timeout=120_000)
    controller.step()
    qtbot.waitUntil(lambda: len(controller.history) == 1 and controller.run_state == tc.READY, timeout=WAIT_MS)
    inside = window.inside_view
    window._inside_dock.raise_()
    inside.tabs.setCurrentWidget(inside.draw_tab)
    tab = inside.draw_tab
    qtbot.waitUntil(lambda: tab.isVisible() and tab.pad.input_size == (8, 8), timeout=WAIT_MS)
    return tab  # the window stays the `window` fixture's: the teardown checks it is let go


def _model(window):
    return window.controller.worker._session.model  # paused: the worker does not touch it now


def test_a_stroke_is_answered_with_the_models_own_view_of_it(window, drawing, qtbot):
    tab = drawing
    pad = tab.pad
    shown = tab.answers_shown
    w, h = pad.width(), pad.height()
    drag(pad, [(w * 0.5, h * 0.15), (w * 0.5, h * 0.5), (w * 0.5, h * 0.85)])  # a "1" down the middle
    pixels = pad.pixels()
    assert pixels[2:6, 3:5].min() > 0.5 and pixels[:, 0].max() == 0  # on the line between two columns
    # The newest drawing is answered last (older ones may have been dropped on the way).
    qtbot.waitUntil(
        lambda: tab.answers_shown > shown and np.array_equal(tab.answer["image"][..., 0], pixels), timeout=WAIT_MS
    )
    answer = tab.answer
    model = _model(window)
    expected = model.predict(pixels[None, ..., None], verbose=0)[0]
    assert answer["probabilities"].sum() == pytest.approx(1.0, abs=1e-5)
    assert np.allclose(answer["probabilities"], expected, atol=1e-5)
    assert np.allclose(tab.bars.opts["height"], expected, atol=1e-5)  # the bars drawn
    predicted = int(expected.argmax())
    assert f"“{predicted}”" in tab.verdict.text()
    # Every layer's maps are shown at once, a row each, the first convolution's first.
    keras = import_keras()

    first = keras.Model(model.inputs[0], model.layers[0].output)(pixels[None, ..., None], training=False).numpy()[0]
    maps = np.moveaxis(first, -1, 0)
    rows = tab.layer_maps.rows
    assert len(rows) == len(answer["activations"]) >= 5
    assert rows[0][0].text() == "conv2d_1 (Conv2D): 8 maps of 8×8"
    expected_tiles = tile(maps, len(maps))  # eight maps: one row of them
    assert np.allclose(np.nan_to_num(rows[0][2].image), np.nan_to_num(expected_tiles), atol=1e-4)
    last = np.asarray(answer["activations"][-1][2])
    assert rows[-1][0].text().endswith(": 10 units")  # the softmax: a strip of ten cells on one scale
    cells = np.repeat(np.repeat(last.reshape(-1, 1, 1), 4, axis=1), 4, axis=2)  # a unit: a cell of 4×4
    assert np.allclose(rows[-1][2].image, tile(cells, 10, per_map=False), atol=1e-5, equal_nan=True)
    # Grad-CAM over the drawing, at its size, for the predicted class.
    assert tab.heat.heat.shape == (8, 8) and tab.heat.image.image.shape == (8, 8, 3)
    assert f"“{predicted}”" in tab.heat_caption.text() and "conv2d_2" in tab.heat_caption.text()

    # A click on the third map: what in the drawing drives filter 2 of conv2d_1.
    shown = tab.answers_shown
    first_row = rows[0][2]
    first_row.sigPixelClicked.emit(2 * 9 + 1.5, 1.5)  # tiles of 8 + a gap of 1: the third one
    assert tab.unit == (0, 2) and tab.layer_maps._frames[0].isVisible()  # framed on its row
    qtbot.waitUntil(lambda: tab.answers_shown > shown and tab.answer.get("unit") == (0, 2), timeout=WAIT_MS)
    assert "unit 2 of conv2d_1" in tab.heat_caption.text()
    assert np.allclose(tab.heat.heat, tab.answer["unit_map"], atol=1e-6)
    first_row.sigPixelClicked.emit(2 * 9 + 1.5, 1.5)  # again: back to Grad-CAM
    assert tab.unit is None and not tab.layer_maps._frames[0].isVisible()
    rows[-1][2].sigPixelClicked.emit(3 * 5 + 2.5, 2.5)  # cells of 4 + a gap of 1: the fourth, output unit 3
    assert tab.unit == (len(rows) - 1, 3)
    rows[-1][2].sigPixelClicked.emit(3 * 5 + 2.5, 2.5)

    # A click on the bar of class 6: where the model looks for a 6.
    from PySide6.QtCore import QPointF

    vb = tab.bar_plot.getPlotItem().vb
    click = type("Click", (), {"scenePos": lambda self: vb.mapViewToScene(QPointF(6.1, 0.5))})()
    shown = tab.answers_shown
    tab._on_bars_clicked(click)
    assert tab.cam_class == 6
    qtbot.waitUntil(lambda: tab.answers_shown > shown and tab.answer["cam_class"] == 6, timeout=WAIT_MS)
    assert "“6”" in tab.heat_caption.text()


def test_nudging_the_drawing_raises_the_chosen_class_and_plays_back(window, drawing, qtbot):
    tab = drawing
    pad = tab.pad
    w, h = pad.width(), pad.height()
    drag(pad, [(w * 0.5, h * 0.15), (w * 0.5, h * 0.85)])
    qtbot.waitUntil(lambda: tab.answers_shown > 0 and tab.answer.get("prediction") is not None, timeout=WAIT_MS)
    target = (tab.answer["prediction"] + 3) % 10
    tab.target_combo.setCurrentIndex(target)
    tab.source_combo.setCurrentIndex(0)
    tab.nudge_button.click()
    qtbot.waitUntil(lambda: tab._frames is not None, timeout=WAIT_MS)
    frames = tab._frames
    probs = np.asarray(frames["probabilities"])
    assert frames["target"] == target and probs[-1, target] > probs[0, target]
    images = np.asarray(frames["images"])
    assert np.allclose(images[0][..., 0], pad.pixels(), atol=1e-6)  # it starts from the drawing
    assert images.min() >= 0 and images.max() <= 1
    steps = len(images) - 1
    qtbot.waitUntil(lambda: tab._frame == steps, timeout=WAIT_MS)  # played to the end
    assert tab.nudged_image.image.shape == (8, 8, 3) and tab.change_image.image.shape == (8, 8, 3)
    if frames["flipped"]:
        assert f"The model sees “{target}”" in tab.nudge_caption.text()
        assert f"{frames['max_change']:.0%}" in tab.nudge_caption.text()
        model = _model(window)
        assert model.predict(images[-1:], verbose=0)[0].argmax() == target
    tab.keep_button.click()  # the nudged picture on the pad, asked about anew
    assert np.abs(pad.pixels() - images[-1][..., 0]).max() <= 0.5 / 255 + 1e-6


def test_on_a_laptop_screen_the_pad_and_its_tools_are_in_sight(window, qtbot):
    """1366×768: the right column is short; choosing Draw gives it the room, with the tools beside
    the pad and the pad no taller than the room. (A projector in presentation mode: fit_check --draw.)"""
    window.resize(1366, 768)
    window.files.load_template("lenet")
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    inside = window.inside_view
    window._inside_dock.raise_()
    inside.tabs.setCurrentIndex(0)
    inside.tabs.setCurrentWidget(inside.draw_tab)
    tab = inside.draw_tab

    def in_sight(widget, share=0.999) -> bool:
        seen = widget.visibleRegion().boundingRect()
        return widget.isVisible() and seen.height() >= share * widget.height() and seen.width() >= widget.width() - 1

    qtbot.waitUntil(lambda: in_sight(tab.pad), timeout=WAIT_MS)
    assert tab.pad.height() >= 140
    assert not inside.title.isVisible()  # the test sample's title gives its rows to the pad
    for button in (tab.pen_button, tab.eraser_button, tab.undo_button, tab.clear_button, tab.open_button):
        assert in_sight(button), button.text()
        assert button.x() > tab.pad.x() + tab.pad.width() - 1  # beside the pad, not over it
