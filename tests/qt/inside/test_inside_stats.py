"""The Statistics tab (activations across depth, weight and gradient histograms) and the filter
patterns on the Filters tab of the "Inside the network" view."""

import numpy as np
import pytest
from PySide6.QtGui import QImage

from playground.qt.inside.inside_view import QtInsideView
from tests.helpers import wait_for

BINS = 30


def _hist(rng: np.random.Generator, n: int, scale: float) -> tuple[np.ndarray, np.ndarray]:
    return np.histogram(rng.normal(scale=scale, size=n), bins=BINS)


def _stats(rng: np.random.Generator, gradients: bool = True) -> list[dict]:
    layers = [
        ("conv2d_1", "Conv2D", 72, 0.3),
        ("max_pooling2d_1", "MaxPooling2D", 0, 0.5),
        ("conv2d_2", "Conv2D", 1152, 0.6),
        ("flatten", "Flatten", 0, 0.6),
        ("dense_1", "Dense", 2048, 0.7),
        ("output", "Dense", 320, 0.1),
    ]
    rows = []
    for i, (name, kind, size, mean) in enumerate(layers):
        weights = _hist(rng, size, 0.2) if size else None
        grads = _hist(rng, size, 1e-3) if size and gradients else None
        rows.append(
            {
                "name": name,
                "kind": kind,
                "act_mean": mean,
                "act_std": 0.1 * (i + 1),
                "weights": weights,
                "gradients": grads,
                "grad_norm": None if grads is None else 0.01 * (i + 1),
                "weight_std": 0.2 if size else None,
                "dead": 0.25 if kind == "Conv2D" else None,
            }
        )
    return rows


def _views(rng: np.random.Generator, stats: list[dict] | None = None) -> dict:
    conv = [("conv2d_1", rng.normal(size=(3, 3, 1, 8))), ("conv2d_2", rng.normal(size=(3, 3, 8, 16)))]
    return {
        "epoch": 5,
        "probe_index": 0,
        "activations": [
            ("conv2d_1", "Conv2D", rng.random((8, 8, 8))),
            ("conv1d", "Conv1D", rng.random((6, 4))),
            ("conv2d_2", "Conv2D", rng.random((2, 2, 16))),
        ],
        "filters": [conv[0], ("conv1d", rng.normal(size=(1, 3, 2, 4))), conv[1]],
        "stats": _stats(rng) if stats is None else stats,
    }


@pytest.fixture
def rng():
    return np.random.default_rng(3)


@pytest.fixture
def view(shown):
    return shown(QtInsideView(), 900, 700)


@pytest.fixture
def tall(shown):
    """Tall enough for every row of histograms to be in sight."""
    return shown(QtInsideView(), 900, 1300)


def _stats_tab(view: QtInsideView) -> None:
    view.tabs.setCurrentWidget(view.stats_tab)


def test_the_statistics_tab_follows_filters(view):
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles.index("Statistics") == titles.index("Filters") + 1


def test_depth_plot_shows_mean_and_std_per_layer(view, rng):
    views = _views(rng)
    view.set_views(views)
    _stats_tab(view)
    stats = views["stats"]
    assert view.stats_tab.stack.currentWidget() is view.stats_tab.scroll
    np.testing.assert_allclose(view.stats_tab.depth_curve.yData, [r["act_mean"] for r in stats])
    np.testing.assert_array_equal(view.stats_tab.depth_curve.xData, np.arange(6))
    np.testing.assert_allclose(view.stats_tab.depth_band.opts["y"], [r["act_mean"] for r in stats])
    np.testing.assert_allclose(view.stats_tab.depth_band.opts["height"], [2 * r["act_std"] for r in stats])
    ticks = view.stats_tab.depth_plot.getAxis("bottom")._tickLevels[0]
    assert ticks == [(i, str(i + 1)) for i in range(len(stats))]  # numbers; the rows name the layers


def test_one_row_of_histograms_per_layer_with_weights(tall, rng):
    view = tall
    views = _views(rng)
    _stats_tab(view)
    view.set_views(views)
    weighted = [r for r in views["stats"] if r["weights"] is not None]
    assert [row.name for row in view.stats_tab.rows] == ["conv2d_1", "conv2d_2", "dense_1", "output"]
    for row, stats in zip(view.stats_tab.rows, weighted, strict=True):
        counts, edges = stats["weights"]
        np.testing.assert_array_equal(row.weight_curve.yData, counts)  # bar heights
        np.testing.assert_allclose(row.weight_curve.xData, edges)
        counts, edges = stats["gradients"]
        np.testing.assert_array_equal(row.gradient_curve.yData, counts)
        np.testing.assert_allclose(row.gradient_curve.xData, edges)
        assert row.weight_curve.yData.sum() == row.gradient_curve.yData.sum()
    assert view.stats_tab.rows[0].weights.titleLabel.text == "1. conv2d_1 weights · std 0.2 · 25% dead"
    assert view.stats_tab.rows[2].gradients.titleLabel.text == "gradients · norm 0.05"


def test_missing_gradients_and_missing_stats_explain(view, rng):
    _stats_tab(view)
    view.set_views(_views(rng, _stats(rng, gradients=False)))
    row = view.stats_tab.rows[0]
    assert row.gradient_curve.yData is None or len(row.gradient_curve.yData) == 0
    assert "no gradients" in row.gradients.titleLabel.text
    assert row.weight_curve.yData.sum() == 72
    view.set_views({"epoch": 1})
    assert view.stats_tab.stack.currentWidget() is view.stats_tab.message and view.stats_tab.message.text()


def test_statistics_are_drawn_only_while_their_tab_shows(view, rng):
    view.tabs.setCurrentIndex(0)
    views = _views(rng)
    view.set_views(views)
    assert view.stats_tab.rows == [] and view.stats_tab.depth_curve.yData is None
    _stats_tab(view)  # switching to the tab draws what arrived meanwhile
    np.testing.assert_allclose(view.stats_tab.depth_curve.yData, [r["act_mean"] for r in views["stats"]])
    assert len(view.stats_tab.rows) == 4


def test_rows_are_made_again_only_when_the_layers_change(tall, rng):
    view = tall
    _stats_tab(view)
    view.set_views(_views(rng))
    first = list(view.stats_tab.rows)
    scene = view.stats_tab.depth_plot.scene()
    items = len(scene.items())
    for _ in range(5):
        view.set_views(_views(rng))
    assert view.stats_tab.rows == first and len(scene.items()) == items
    fewer = [r for r in _stats(rng) if r["name"] != "dense_1"]
    view.set_views(_views(rng, fewer))
    assert [row.name for row in view.stats_tab.rows] == ["conv2d_1", "conv2d_2", "output"]
    assert len(scene.items()) < items  # the old rows left the scene
    np.testing.assert_array_equal(view.stats_tab.rows[2].weight_curve.yData, fewer[-1]["weights"][0])


def test_rows_out_of_sight_are_drawn_when_scrolled_to(view, rng, qtbot):
    _stats_tab(view)
    view.set_views(_views(rng))
    bar = view.stats_tab.scroll.verticalScrollBar()
    wait_for(
        qtbot,
        lambda: bar.maximum() > 0 and all(row.weights.geometry().height() > 0 for row in view.stats_tab.rows),
        "the rows laid out, taller than the view",
    )
    views = _views(rng)
    view.set_views(views)
    last, stats = view.stats_tab.rows[-1], views["stats"][-1]
    assert 0 not in view.stats_tab._stale_rows  # in sight: drawn
    assert 3 in view.stats_tab._stale_rows  # the output layer's row is below the fold: not yet
    assert not np.array_equal(last.weight_curve.yData, stats["weights"][0])
    bar.setValue(bar.maximum())
    np.testing.assert_array_equal(last.weight_curve.yData, stats["weights"][0])
    assert not view.stats_tab._stale_rows


def test_export_png_of_the_statistics_tab(view, rng, tmp_path):
    view.set_views(_views(rng))
    _stats_tab(view)
    path = tmp_path / "stats.png"
    assert view.export_png(str(path))
    image = QImage(str(path))
    assert image.width() > 100 and image.height() > 100
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 3  # not one blank colour: plots were drawn


# -- filter patterns ------------------------------------------------------------------------------


def test_the_button_asks_for_the_chosen_layer(view, rng, qtbot):
    view.set_views(_views(rng))
    assert view.filters_tab.combo.currentText() == "conv2d_1" and view.filters_tab.patterns_button.isEnabled()
    view.filters_tab.combo.setCurrentIndex(2)
    with qtbot.waitSignal(view.sigPatternsRequested, timeout=1000) as blocker:
        view.filters_tab.patterns_button.click()
    assert blocker.args == ["conv2d_2"]
    view.filters_tab.combo.setCurrentIndex(1)
    assert not view.filters_tab.patterns_button.isEnabled()  # a Conv1D: no image patterns


def test_set_patterns_shows_a_grid_under_the_kernels_of_their_layer(view, rng):
    view.set_views(_views(rng))
    view.tabs.setCurrentIndex(1)
    assert not view.filters_tab.patterns_view.isVisible()
    images = rng.random((16, 8, 8, 1)).astype(np.float32)
    view.filters_tab.combo.setCurrentIndex(2)
    view.set_patterns("conv2d_2", images)
    assert view.filters_tab.patterns_view.isVisible()
    image = view.filters_tab.patterns_image.image
    assert image.shape == (2 * 8 + 1, 8 * 8 + 7, 3)  # 8 columns, 1-px gaps
    np.testing.assert_allclose(image[:8, 9:17, 0], images[1, :, :, 0] * 255, atol=1.01)
    assert view.filters_tab.patterns_caption.text() == (
        "What excites each filter of conv2d_2 at epoch 5: the input it responds to most"
    )
    view.set_patterns("conv2d_2", rng.random((4, 5, 5, 3)), epoch=9)
    assert view.filters_tab.patterns_image.image.shape == (5, 4 * 5 + 3, 3)
    assert "epoch 9" in view.filters_tab.patterns_caption.text()
    view.filters_tab.combo.setCurrentIndex(0)  # another layer's kernels: its patterns are not these
    assert not view.filters_tab.patterns_view.isVisible()
    view.filters_tab.combo.setCurrentIndex(2)
    assert view.filters_tab.patterns_view.isVisible()


def test_clear_forgets_patterns_and_statistics(view, rng):
    view.set_views(_views(rng))
    view.filters_tab.combo.setCurrentIndex(2)
    view.set_patterns("conv2d_2", rng.random((16, 8, 8, 1)))
    _stats_tab(view)
    view.clear()
    assert view.filters_tab.patterns_image.image is None and view.filters_tab.patterns_view.isHidden()
    assert not view.filters_tab.patterns_button.isEnabled()
    assert view.stats_tab.stack.currentWidget() is view.stats_tab.message
    view.set_views(_views(rng))
    view.filters_tab.combo.setCurrentIndex(2)
    assert view.filters_tab.patterns_view.isHidden()
