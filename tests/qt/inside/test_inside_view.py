"""The "Inside the network" view: mosaics of the right shape and values, clicks that pick the right
sample, explanations instead of errors when a view has no data, and no item leaks per update."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSpinBox

from playground.qt.inside.confusion_tab import GALLERY_COLUMNS, MAX_GALLERY
from playground.qt.inside.inside_view import QtInsideView
from playground.qt.inside.samples_tab import RING
from playground.qt.widgets.mosaic import tile
from tests.helpers import WAIT_MS

N = 30
NAMES = tuple(f"class {i}" for i in range(10))
WRONG = (1, 4, 7, 12)


def _samples(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    images = rng.random((N, 8, 8, 1)).astype(np.float32)
    return images, rng.integers(0, 10, N)


def _views(rng: np.random.Generator, labels: np.ndarray, probe: int = 2) -> dict:
    predictions = labels.copy()
    predictions[list(WRONG)] = (predictions[list(WRONG)] + 1) % 10
    # Map k of the conv layer reaches k + 1: per-map and per-layer scales then differ.
    conv = rng.random((6, 6, 4)).astype(np.float32) * np.arange(1, 5, dtype=np.float32)
    probabilities = np.full(10, 0.02)
    probabilities[predictions[probe]] = 0.82
    return {
        "epoch": 4,
        "probe_index": probe,
        "image": rng.random((8, 8, 1)).astype(np.float32),
        "label": int(labels[probe]),
        "prediction": int(predictions[probe]),
        "probabilities": probabilities,
        "class_names": NAMES,
        "activations": [
            ("flatten", "Flatten", rng.random(144).astype(np.float32)),
            ("conv", "Conv2D", conv),
            ("dense", "Dense", np.linspace(-1, 1, 10).astype(np.float32)),
        ],
        "filters": [("conv", rng.normal(size=(3, 3, 1, 4)).astype(np.float32))],
        "cam": rng.random((8, 8)).astype(np.float32),
        "cam_class": 3,
        "cam_layer": "conv",
        "confusion": rng.integers(0, 50, (10, 10)),
        "test_predictions": predictions,
    }


@pytest.fixture
def rng():
    return np.random.default_rng(7)


@pytest.fixture
def view(shown):
    return shown(QtInsideView(), 900, 700)


@pytest.fixture
def trained(view, rng):
    images, labels = _samples(rng)
    view.set_samples(images, labels, NAMES)
    views = _views(rng, labels)
    view.set_views(views)
    return view, images, labels, views


def _tile_slices(index: int, columns: int, size: int, gap: int) -> tuple[slice, slice]:
    row, col = divmod(index, columns)
    return slice(row * (size + gap), row * (size + gap) + size), slice(col * (size + gap), col * (size + gap) + size)


# -- tile -----------------------------------------------------------------------------------------


def test_tile_shape_gaps_and_per_map_scale():
    maps = np.array([[[0, 1], [2, 3]], [[10, 20], [30, 40]], [[5, 5], [5, 5]]], dtype=np.float32)
    out = tile(maps, columns=2, gap=1)
    assert out.shape == (2 * 2 + 1, 2 * 2 + 1)
    assert np.isnan(out[2]).all() and np.isnan(out[:, 2]).all()  # the gap row and column
    assert np.isnan(out[3:, 3:]).all()  # the fourth cell has no map
    np.testing.assert_allclose(out[:2, :2], [[0, 1 / 3], [2 / 3, 1]])
    np.testing.assert_allclose(out[:2, 3:], [[0, 1 / 3], [2 / 3, 1]])  # ×10 makes no difference per map
    np.testing.assert_allclose(out[3:, :2], 0)  # a flat map does not divide by zero


def test_tile_per_layer_keeps_relative_scale():
    maps = np.stack([np.full((2, 2), 1.0), np.full((2, 2), 3.0), np.array([[0.0, 0.0], [0.0, 4.0]])])
    out = tile(maps, columns=3, gap=2, per_map=False)
    assert out.shape == (2, 3 * 2 + 2 * 2)
    np.testing.assert_allclose(out[:, :2], 0.25)
    np.testing.assert_allclose(out[:, 4:6], 0.75)
    np.testing.assert_allclose(out[:, 8:], [[0, 0], [0, 1]])
    assert np.isnan(out[:, 2:4]).all()


# -- activations, filters, Grad-CAM ---------------------------------------------------------------


def test_title_and_default_layer_is_the_conv_layer(trained):
    view, _, labels, views = trained
    assert view.activations_tab.combo.count() == 3
    assert view.activations_tab.combo.currentText() == "conv"
    assert view.title.text() == (
        f"Epoch 4 · sample 2: label {NAMES[labels[2]]}, predicted {NAMES[views['prediction']]} (82%)"
    )


def test_conv_activations_tile_per_map_and_per_layer(trained):
    view, _, _, views = trained
    image = view.activations_tab.image.image
    assert image.shape == (2 * 6 + 1, 2 * 6 + 1)  # 4 maps of 6×6 in 2 columns, 1-px gaps
    assert tuple(view.activations_tab.image.getLevels()) == (0, 1)
    assert view.activations_tab.stack.currentWidget() is view.activations_tab.view
    conv = views["activations"][1][2]
    for k in range(4):
        rows, cols = _tile_slices(k, 2, 6, 1)
        assert np.nanmax(image[rows, cols]) == pytest.approx(1.0)  # each map stretched to itself
        expected = (conv[:, :, k] - conv[:, :, k].min()) / np.ptp(conv[:, :, k])
        np.testing.assert_allclose(image[rows, cols], expected, atol=1e-6)

    view.activations_tab.per_layer_box.setChecked(True)
    image = view.activations_tab.image.image
    low, high = conv.min(), conv.max()
    for k in range(4):
        rows, cols = _tile_slices(k, 2, 6, 1)
        np.testing.assert_allclose(image[rows, cols], (conv[:, :, k] - low) / (high - low), atol=1e-6)
    assert np.nanmax(image[:6, :6]) < 0.5  # map 0 only reaches about a quarter of map 3


def test_dense_layer_shows_bars(trained):
    view, _, _, views = trained
    view.activations_tab.combo.setCurrentIndex(2)
    assert view.activations_tab.stack.currentWidget() is view.activations_tab.bar_plot
    np.testing.assert_allclose(view.activations_tab.bars.opts["height"], views["activations"][2][2])
    np.testing.assert_array_equal(view.activations_tab.bars.opts["x"], np.arange(10))


def test_sequence_activation_is_one_heatmap_with_time_along_x(trained):
    view, _, _, views = trained
    seq = np.arange(20 * 3, dtype=np.float32).reshape(20, 3)
    view.set_views({**views, "activations": [("lstm", "LSTM", seq)]})
    image = view.activations_tab.image.image
    assert image.shape == (3, 20)
    np.testing.assert_allclose(image, (seq.T - seq.min()) / np.ptp(seq))


def test_chosen_layer_survives_updates_with_the_same_names(trained, rng):
    view, _, labels, _ = trained
    view.activations_tab.combo.setCurrentIndex(2)
    view.set_views(_views(rng, labels))
    assert view.activations_tab.combo.currentText() == "dense"
    renamed = _views(rng, labels)
    renamed["activations"] = [("c1", "Conv2D", np.ones((4, 4, 2))), ("d1", "Dense", np.ones(3))]
    view.set_views(renamed)
    assert [view.activations_tab.combo.itemText(i) for i in range(2)] == ["c1", "d1"]
    assert view.activations_tab.combo.currentText() == "c1"


def test_filter_mosaic_and_symmetric_levels(trained):
    view, _, _, views = trained
    kernel = views["filters"][0][1]
    image = view.filters_tab.image.image
    assert image.shape == (3, 4 * 3 + 3)  # one row per input channel, one column per filter
    for k in range(4):
        np.testing.assert_allclose(image[:, k * 4 : k * 4 + 3], kernel[:, :, 0, k])
    top = np.abs(kernel).max()
    np.testing.assert_allclose(view.filters_tab.image.getLevels(), (-top, top))

    wide = np.random.default_rng(1).normal(size=(5, 5, 12, 6)).astype(np.float32)
    view.set_views({**views, "filters": [("c", wide)]})
    assert view.filters_tab.image.image.shape == (8 * 5 + 7, 6 * 5 + 5)  # at most 8 input channels


def test_cam_blend_caption_and_class_choice(trained, qtbot):
    view, _, _, views = trained
    assert view.cam_tab.image.image.shape == (8, 8, 3)  # the picture and its heatmap, blended in one image
    np.testing.assert_allclose(view.cam_tab.view.heat, views["cam"])
    assert view.cam_tab.caption.text() == "Where the model looked for “class 3” (layer conv)"
    assert view.cam_tab.combo.currentIndex() == 3 and view.cam_class == 3
    with qtbot.waitSignal(view.sigCamClassChosen, timeout=1000) as blocker:
        view.cam_tab.combo.setCurrentIndex(5)
    assert blocker.args == [5]
    assert view.cam_class == 5


def test_views_do_not_emit_the_user_signals(view, rng, qtbot):
    images, labels = _samples(rng)
    view.set_samples(images, labels, NAMES)
    with qtbot.assertNotEmitted(view.sigCamClassChosen), qtbot.assertNotEmitted(view.sigProbeChosen):
        view.set_views(_views(rng, labels, probe=5))
        view.set_views(_views(rng, labels, probe=6))
    assert view.probe_index == 6


# -- confusion and gallery ------------------------------------------------------------------------


def test_confusion_image_counts_and_ticks(trained):
    view, _, _, views = trained
    np.testing.assert_array_equal(view.confusion_tab.image.image, views["confusion"])
    np.testing.assert_array_equal(view.confusion_tab.matrix.counts_item.counts, views["confusion"])
    view.tabs.setCurrentIndex(4)  # Confusion
    assert view.confusion_tab.matrix.count_font() is not None  # 10 classes at 900 × 700: the counts are written
    left = view.confusion_tab.matrix.getPlotItem().getAxis("left")
    assert left._tickLevels[0][0] == (0.5, "class 0")


def test_gallery_shows_the_misclassified_samples(trained):
    view, images, labels, _ = trained
    np.testing.assert_array_equal(view.confusion_tab.gallery_indices, WRONG)
    image = view.confusion_tab.gallery_image.image
    assert image.shape == (8, len(WRONG) * 8 + (len(WRONG) - 1) * 2, 3)
    grey = (images[WRONG[1], :, :, 0] - images.min()) / np.ptp(images) * 255
    np.testing.assert_allclose(image[:, 10:18, 0], grey, atol=1.01)
    assert f"{NAMES[labels[1]]}→{NAMES[(labels[1] + 1) % 10]}" in view.confusion_tab.gallery_caption.text()


def test_gallery_keeps_at_most_24(trained):
    view, _, labels, views = trained
    view.set_views({**views, "test_predictions": (labels + 1) % 10})
    assert len(view.confusion_tab.gallery_indices) == MAX_GALLERY
    rows = MAX_GALLERY // GALLERY_COLUMNS
    assert view.confusion_tab.gallery_image.image.shape == (rows * 8 + (rows - 1) * 2, GALLERY_COLUMNS * 8 + 7 * 2, 3)


# -- samples --------------------------------------------------------------------------------------


def _cell(view: QtInsideView, index: int) -> tuple[slice, slice]:
    columns = view.samples_tab.columns()
    return _tile_slices(index, columns, 8 + 2 * RING, view.samples_tab.gap)


def test_samples_mark_wrong_predictions_and_the_probe(trained):
    view, _, _, _ = trained
    image = view.samples_tab.image.image
    gap = view.samples_tab.gap
    assert gap == 6  # half a tile's height: room for the label under each sample
    assert image.shape == (5 * 12 + 4 * gap, 6 * 12 + 5 * gap, 3)  # 30 tiles, 6 columns
    rows, cols = _cell(view, WRONG[0])
    assert tuple(image[rows, cols][1, 5]) == (229, 57, 53)  # inner ring red on a wrong one
    rows, cols = _cell(view, 0)
    assert tuple(image[rows, cols][1, 5]) == (255, 255, 255)
    rows, cols = _cell(view, 2)  # the probe
    assert tuple(image[rows, cols][0, 5]) == (17, 17, 17)
    assert view.samples_tab.texts[WRONG[0]].toPlainText().count("→") == 1
    assert "→" not in view.samples_tab.texts[0].toPlainText()


def test_clicking_a_sample_chooses_it_as_probe(trained, qtbot):
    view, _, _, _ = trained
    view.tabs.setCurrentIndex(5)  # Samples
    box = view.samples_tab.image.getViewBox()
    gv = box.scene().views()[0]
    qtbot.waitUntil(lambda: gv.isVisible() and box.geometry().width() > 0, timeout=WAIT_MS)  # laid out
    rows, cols = _cell(view, 9)
    centre = QPointF((cols.start + cols.stop) / 2, (rows.start + rows.stop) / 2)
    assert view.samples_tab.sample_at(centre.x(), centre.y()) == 9
    assert view.samples_tab.sample_at(cols.stop + 0.5, centre.y()) is None  # in a gap
    at = gv.mapFromScene(box.mapViewToScene(centre))
    with qtbot.waitSignal(view.sigProbeChosen, timeout=2000) as blocker:
        qtbot.mouseClick(gv.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == [9]
    assert view.probe_index == 9 and view.probe_spin.value() == 9
    assert tuple(view.samples_tab.image.image[rows, cols][0, 5]) == (17, 17, 17)  # highlighted now
    rows, cols = _cell(view, 2)
    assert tuple(view.samples_tab.image.image[rows, cols][0, 5]) == (255, 255, 255)  # the old probe is not


# -- missing data ---------------------------------------------------------------------------------


def test_missing_views_explain_instead_of_failing(view, rng):
    images, labels = _samples(rng)
    view.set_samples(images, labels, ())
    views = _views(rng, labels)
    for key in ("cam", "filters", "confusion", "test_predictions", "class_names"):
        views[key] = None
    views["activations"] = [("dense", "Dense", np.ones(4))]
    view.set_views(views)
    assert view.cam_tab.caption.text() == "Grad-CAM needs a convolutional layer"
    assert view.cam_tab.view.heat is None  # the picture alone, in grey
    image = view.cam_tab.image.image
    assert np.array_equal(image[..., 0], image[..., 1]) and np.array_equal(image[..., 1], image[..., 2])
    assert view.filters_tab.stack.currentWidget() is view.filters_tab.message
    assert "Conv2D" in view.filters_tab.message.text()
    assert view.confusion_tab.stack.currentWidget() is view.confusion_tab.message
    assert view.confusion_tab.message.text()
    assert view.confusion_tab.gallery_stack.currentWidget() is view.confusion_tab.gallery_message
    assert view.activations_tab.combo.currentText() == "dense"  # no conv layer: the first one
    view.set_views({"epoch": 1})
    view.set_views({})
    assert view.activations_tab.stack.currentWidget() is view.activations_tab.message
    assert view.title.text() == "Train the model to look inside it."


def test_non_image_samples_use_the_spin_box(view, rng, qtbot):
    sequences = rng.random((N, 20, 1)).astype(np.float32)
    view.set_samples(sequences, rng.integers(0, 2, (N, 1)), ("no", "yes"))
    view.set_views({"epoch": 1, "image": None, "activations": [("lstm", "LSTM", rng.random((20, 4)))]})
    assert view.samples_tab.stack.currentWidget() is view.samples_tab.message
    assert view.samples_tab.message.text() == "Samples are drawn for image data"
    assert view.confusion_tab.gallery_message.text() == "Samples are drawn for image data"
    spin = view.findChild(QSpinBox, "probe_index")
    assert spin is view.probe_spin and spin.isVisible()
    assert (spin.minimum(), spin.maximum()) == (0, N - 1)
    with qtbot.waitSignal(view.sigProbeChosen, timeout=1000) as blocker:
        spin.setValue(17)
    assert blocker.args == [17] and view.probe_index == 17
    assert view.cam_tab.stack.currentWidget() is view.cam_tab.message


def test_clear_goes_back_to_the_empty_state(trained):
    view, _, _, _ = trained
    view.clear()
    assert view.activations_tab.combo.count() == 0 and view.filters_tab.combo.count() == 0
    assert view.activations_tab.stack.currentWidget() is view.activations_tab.message
    assert view.confusion_tab.stack.currentWidget() is view.confusion_tab.message
    assert len(view.confusion_tab.gallery_indices) == 0
    assert view.samples_tab.stack.currentWidget() is view.samples_tab.view  # the test set stays browsable
    assert view.probe_index == 0


# -- export and cost ------------------------------------------------------------------------------


def test_export_png_writes_the_current_tab(trained, tmp_path):
    view, _, _, _ = trained
    view.tabs.setCurrentIndex(4)  # Confusion
    path = tmp_path / "x.png"
    assert view.export_png(str(path))
    assert path.stat().st_size > 0
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert image.width() == view.tabs.currentWidget().width()


def test_repeated_updates_do_not_grow_the_scenes(trained, rng):
    view, _, labels, _ = trained
    scenes = {item.scene() for item in (view.activations_tab.image, view.confusion_tab.image, view.samples_tab.image)}
    scenes |= {item.scene() for item in (view.filters_tab.image, view.cam_tab.image, view.confusion_tab.gallery_image)}
    scenes.add(view.activations_tab.bars.scene())
    before = {scene: len(scene.items()) for scene in scenes}
    for i in range(50):
        view.set_views(_views(rng, labels, probe=i % N))
    assert {scene: len(scene.items()) for scene in scenes} == before
