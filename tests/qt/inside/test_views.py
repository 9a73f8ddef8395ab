"""The three view widgets, rendered offscreen: right way up, right data, right colours."""

import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from playground.core.data.datasets import Dataset, grid
from playground.core.runs.epoch_history import History
from playground.core.runs.snapshot import Snapshot
from playground.qt.inside.boundary_view import QtBoundaryView
from playground.qt.network.network_view import MAX_SHOWN, QtNetworkView, _fake
from playground.qt.runs.loss_plot import MARKS_SECONDS, QtLossPlot
from playground.qt.widgets import colors
from tests.helpers import WAIT_MS, run_ok

RES = 40


def _bluish(c: QColor) -> bool:
    return c.blue() > c.red() + 60


def _orangeish(c: QColor) -> bool:
    return c.red() > c.blue() + 60


def _snapshot_from(values: np.ndarray) -> Snapshot:
    return Snapshot(epoch=1, row={}, resolution=values.shape[-1], neuron_grids=[values[None]])


# -- colours --------------------------------------------------------------------------------------


def test_colour_scale_ends_and_middle():
    lut = colors.lookup_table(256)
    assert lut.shape == (256, 4) and lut.dtype == np.uint8
    assert tuple(lut[0, :3]) == (0xF5, 0x93, 0x22)
    assert tuple(lut[-1, :3]) == (0x08, 0x77, 0xBD)
    assert colors.qcolor(0.0).name() in ("#e7eaeb", "#e8eaeb")
    np.testing.assert_allclose(colors.to_signed([0.0, 0.5, 1.0, 2.0], "probability"), [-1, 0, 1, 1])
    np.testing.assert_allclose(colors.to_signed([-3.0, 0.2, 3.0], "regression"), [-1, 0.2, 1])
    rgba = colors.to_rgba(np.array([[-5.0, np.nan, 5.0]]))
    assert rgba.shape == (1, 3, 4)
    assert tuple(rgba[0, 0]) == tuple(lut[0]) and tuple(rgba[0, 2]) == tuple(lut[-1])
    assert abs(int(rgba[0, 1, 0]) - 0xE8) <= 2  # NaN is neutral, not a random colour


# -- boundary view --------------------------------------------------------------------------------


@pytest.fixture
def boundary(shown):
    return shown(QtBoundaryView(), 520, 560)


def _plane_pixel(view: QtBoundaryView, x: float, y: float) -> QColor:
    """The grabbed widget's colour at plane point (x1, x2)."""
    image = view.grab().toImage()
    vb = view.plot.getPlotItem().getViewBox()
    in_viewport = view.plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
    return image.pixelColor(view.plot.viewport().mapTo(view, in_viewport))


def test_boundary_top_half_blue_bottom_half_orange(boundary):
    values = np.zeros((RES, RES), np.float32)
    values[: RES // 2] = 1.0  # rows run from the top (x2 = +6) down
    boundary.set_output_kind("probability")
    boundary.set_snapshot(_snapshot_from(values))
    assert _bluish(_plane_pixel(boundary, 0.0, 5.0))
    assert _orangeish(_plane_pixel(boundary, 0.0, -5.0))


def test_boundary_not_transposed_and_covers_the_whole_plane(boundary):
    pts = grid(RES)
    # Not symmetric about the diagonal, so a transposed image fails too.
    values = ((pts[:, 0] > 0) & (pts[:, 1] > 2)).astype(np.float32).reshape(RES, RES)
    boundary.set_output_kind("probability")
    boundary.set_snapshot(_snapshot_from(values))
    assert _bluish(_plane_pixel(boundary, 3, 4))
    for x, y in ((3, 1), (-3, 4), (3, -4), (-3, -3)):
        assert _orangeish(_plane_pixel(boundary, x, y)), (x, y)
    # Corners: the image reaches the edges of [-6, 6]², no white border.
    assert _bluish(_plane_pixel(boundary, 5.85, 5.85))
    assert _orangeish(_plane_pixel(boundary, -5.85, -5.85))
    assert _orangeish(_plane_pixel(boundary, 5.85, -5.85))


def test_boundary_levels_are_fixed_per_output_kind(boundary):
    faint = np.full((RES, RES), 0.1, np.float32)  # autoLevels would stretch this to full colour
    boundary.set_output_kind("signed")
    boundary.set_snapshot(_snapshot_from(faint))
    assert tuple(boundary.image.getLevels()) == (-1.0, 1.0)
    c = _plane_pixel(boundary, 0, 0)
    assert not _bluish(c) and c.red() > 150  # a pale tint, not saturated blue
    boundary.set_output_kind("probability")
    assert tuple(boundary.image.getLevels()) == (0.0, 1.0)
    boundary.set_output_kind("regression")
    boundary.set_snapshot(_snapshot_from(np.full((RES, RES), -7.0, np.float32)))
    assert _orangeish(_plane_pixel(boundary, 0, 0))  # clipped, still the negative colour
    with pytest.raises(ValueError):
        boundary.set_output_kind("bogus")


def test_boundary_points_and_show_test(boundary, qtbot):
    xy = np.array([[-3, -3], [3, 3], [0, 0]], np.float32)
    ds = Dataset(
        "classification", xy, np.array([[0], [1], [1]], np.float32), xy[:2] * 0.5, np.array([[1], [0]], np.float32)
    )
    boundary.set_dataset(ds)
    brushes = [b.color().name() for b in boundary.train_scatter.data["brush"]]
    assert brushes == [colors.NEGATIVE.name(), colors.POSITIVE.name(), colors.POSITIVE.name()]
    assert len(boundary.test_scatter.data) == 2
    assert not boundary.test_scatter.isVisible()
    with qtbot.waitSignal(boundary.sigShowTestChanged):
        boundary.show_test_box.click()
    assert boundary.test_scatter.isVisible()
    boundary.set_show_test(False)
    assert not boundary.test_scatter.isVisible() and not boundary.show_test_box.isChecked()

    reg = Dataset("regression", xy, np.array([[-1], [1], [0]], np.float32), xy[:1], np.zeros((1, 1), np.float32))
    boundary.set_dataset(reg)
    c = [b.color() for b in boundary.train_scatter.data["brush"]]
    assert _orangeish(c[0]) and _bluish(c[1]) and not _bluish(c[2]) and not _orangeish(c[2])


def test_boundary_clear_output(boundary):
    boundary.set_snapshot(_snapshot_from(np.ones((RES, RES), np.float32)))
    assert _bluish(_plane_pixel(boundary, 0, 0))
    boundary.clear_output()
    assert not _bluish(_plane_pixel(boundary, 0, 0))


# -- loss plot ------------------------------------------------------------------------------------


def _rows(start, stop, metric="accuracy"):
    return [
        {
            "epoch": float(e),
            "loss": 1 / e,
            "val_loss": 1.2 / e,
            metric: 1 - 1 / (e + 1),
            "val_" + metric: 0.9 - 1 / (e + 1),
            "learning_rate": 0.03,
        }
        for e in range(start, stop)
    ]


def _assert_curves_match(plot: QtLossPlot, history: History, metric: str):
    x = history.column("epoch")
    for key, name in (("loss", "loss"), ("val_loss", "val_loss"), ("metric", metric), ("val_metric", "val_" + metric)):
        curve = plot.curves[key]
        np.testing.assert_array_equal(curve.xData, x)
        np.testing.assert_array_equal(curve.yData, history.column(name))


def test_loss_plot_follows_history(qtbot, shown):
    plot = shown(QtLossPlot(), 500, 500)
    h = History()
    h.extend(_rows(1, 31))
    plot.set_history(h)
    _assert_curves_match(plot, h, "accuracy")
    qtbot.wait(50)  # let the view auto-range, so nothing is clipped away
    x, y = plot.curves["val_loss"].getData()
    np.testing.assert_array_equal(x, h.column("epoch"))
    np.testing.assert_array_equal(y, h.column("val_loss"))
    assert plot.metric_plot.isVisible()
    assert plot.metric_header.title() == "accuracy"

    h.extend(_rows(31, 400))  # incremental update
    plot.set_history(h)
    _assert_curves_match(plot, h, "accuracy")

    h2 = History()  # a new run: a different object, fewer rows, a regression metric
    h2.extend(_rows(1, 11, metric="mae"))
    plot.set_history(h2)
    _assert_curves_match(plot, h2, "mae")
    assert plot.metric_header.title() == "mae"

    h2.clear()  # the same object reset and refilled
    h2.extend(_rows(5, 8, metric="mae"))
    plot.set_history(h2)
    _assert_curves_match(plot, h2, "mae")

    plot.clear()
    for curve in plot.curves.values():
        x, _ = curve.getData()
        assert x is None or len(x) == 0
    plot.set_history(h2)  # after clear() the next history is read in full
    _assert_curves_match(plot, h2, "mae")


def test_the_marks_catch_up_with_the_last_rows_of_a_fast_run(qtbot):
    """A run at full speed can send its last 59 epochs in one frame, just after the first: the
    marks' update is put off to save time, never dropped (the best line stayed at epoch 1)."""
    plot = QtLossPlot()
    qtbot.addWidget(plot)
    h = History()
    h.extend([{"epoch": 1.0, "loss": 1.0, "val_loss": 1.0, "accuracy": 0.5, "val_accuracy": 0.5}])
    plot.set_history(h)
    assert plot.marks.best_epoch == 1
    h.extend(
        [
            {
                "epoch": float(e),
                "loss": 1 / e,
                "val_loss": 1 / e,
                "accuracy": 0.5,
                "val_accuracy": 0.5 + (e == 32) * 0.4,
            }
            for e in range(2, 61)
        ]
    )
    plot.set_history(h)
    qtbot.waitUntil(lambda: plot.marks.best_epoch == 32, timeout=WAIT_MS)
    assert plot.marks.best.value() == 32
    h.extend([{"epoch": 61.0, "loss": 0.1, "val_loss": 0.1, "accuracy": 0.5, "val_accuracy": 0.5}])
    plot.set_history(h)  # an update put off again, then the run cleared away before it comes
    assert plot._marks_later.isActive()
    plot.clear()
    qtbot.wait(int(MARKS_SECONDS * 1000) + 100)  # nothing is left to fire on the emptied columns


def test_loss_plot_without_metric_or_test(qtbot):
    plot = QtLossPlot()
    qtbot.addWidget(plot)
    h = History()
    h.extend([{"epoch": float(e), "loss": 1 / e} for e in range(1, 6)])
    plot.set_history(h)
    assert plot.metric_plot.isHidden()
    assert np.isnan(plot.curves["val_loss"].yData).all()
    np.testing.assert_array_equal(plot.curves["loss"].yData, h.column("loss"))
    plot.set_log_loss(True)
    plot.show()
    qtbot.waitExposed(plot)
    plot.grab()


@pytest.fixture
def network(shown):
    return shown(QtNetworkView(), 900, 560)


def _features(names, res=RES):
    from playground.core.data.datasets import features

    return features(grid(res), names).T.reshape(len(names), res, res)


def test_network_structure(network):
    names = ["x1", "x2", "sin(x1)"]
    network.set_network(names, _features(names), [4, 20, 1], ["tanh", "relu", "sigmoid"])
    assert [len(c) for c in network.neuron_items] == [3, 4, MAX_SHOWN, 1]
    assert [(len(rows), len(rows[0])) for rows in network.link_items] == [(3, 4), (4, MAX_SHOWN), (MAX_SHOWN, 1)]
    texts = [label.text for label in network.labels]
    assert "+4 more" in texts
    assert "Dense 4\ntanh" in texts and "Output 1\nsigmoid" in texts
    assert {"x1", "x2", "sin(x1)"} <= set(texts)
    # Rebuilding replaces, not adds.
    network.set_network(names[:2], _features(names[:2]), [2], ["linear"])
    assert [len(c) for c in network.neuron_items] == [2, 2]
    assert len(network.scene.items()) == 2 + 2 + 4 + 2 + 2  # neurons, links, input labels, headers


def test_input_names_do_not_overlap_on_a_short_picture_with_large_text(network, qtbot):
    """A 1280×720 projector in presentation mode leaves the picture ~150 px: x1 and x2 shrink
    rather than print over each other."""
    names = ["x1", "x2"]
    network.restyle_for(1.5)
    network.set_network(names, _features(names), [4, 2, 1], ["tanh", "tanh", "sigmoid"])
    network.resize(560, 150)
    qtbot.waitUntil(lambda: network.view.viewport().height() <= 150, timeout=WAIT_MS)
    network.view.fit()
    first, second = network.view.input_labels
    boxes = [
        network.view.mapFromScene(label.mapToScene(label.boundingRect())).boundingRect() for label in (first, second)
    ]
    assert first.shrink < 1.0
    assert not boxes[0].intersects(boxes[1]), boxes


def _neuron_colour(network, col, k) -> QColor:
    item = network.neuron_items[col][k]
    return item.image.pixelColor(item.image.width() // 2, item.image.height() // 2)


def test_network_snapshot_colours_and_links(network):
    names = ["x1", "x2"]
    network.set_network(names, _features(names), [3, 1], ["tanh", "sigmoid"])
    # x1 input: negative on the left (orange), positive on the right (blue).
    img = network.neuron_items[0][0].image
    assert _orangeish(img.pixelColor(1, RES // 2)) and _bluish(img.pixelColor(RES - 2, RES // 2))
    img = network.neuron_items[0][1].image  # x2: positive at the top
    assert _bluish(img.pixelColor(RES // 2, 1)) and _orangeish(img.pixelColor(RES // 2, RES - 2))

    kernel0 = np.array([[0.1, -0.5, 2.0], [-1.0, 0.0, -4.0]], np.float32)
    kernel1 = np.array([[0.3], [-0.3], [10.0]], np.float32)
    hidden = np.stack([np.full((RES, RES), v, np.float32) for v in (1.0, -1.0, 0.0)])
    output = np.zeros((1, RES, RES), np.float32)  # sigmoid p = 0 → strongly negative
    network.set_snapshot(Snapshot(1, {}, RES, [hidden, output], [kernel0, kernel1]))

    assert _bluish(_neuron_colour(network, 1, 0)) and _orangeish(_neuron_colour(network, 1, 1))
    mid = _neuron_colour(network, 1, 2)
    assert not _bluish(mid) and not _orangeish(mid)
    assert _orangeish(_neuron_colour(network, 2, 0))

    links = network.link_items[0]
    pens = {float(kernel0[a, b]): links[a][b].pen() for a in range(2) for b in range(3)}
    order = sorted(pens, key=abs)
    widths = [pens[w].widthF() for w in order]
    assert widths == sorted(widths) and widths[0] < widths[-1]
    assert widths[-1] <= 6.0 and widths[0] >= 0.5
    for w, pen in pens.items():
        if w > 0:
            assert _bluish(pen.color()), w
        elif w < 0:
            assert _orangeish(pen.color()), w
    assert network.link_items[1][2][0].pen().widthF() == 6.0  # clipped
    network.grab()


def _move_mouse(viewport, pos: QPoint) -> None:
    """A real mouse-move event, sent to the viewport itself: QTest.mouseMove goes through the
    window system, which may hand it to another test's window lying at the same spot."""
    local = QPointF(pos)
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        QPointF(viewport.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def test_network_hover_shows_large_preview(network, qtbot):
    names, fgrids, units, acts, snap = _fake(units=(4, 2, 1), acts=("tanh", "tanh", "sigmoid"), res=RES)
    network.set_network(names, fgrids, units, acts)
    network.set_snapshot(snap)
    item = network.neuron_items[2][1]
    centre = network.view.mapFromScene(item.sceneBoundingRect().center())
    _move_mouse(network.view.viewport(), QPoint(5, 5))
    _move_mouse(network.view.viewport(), centre)
    qtbot.waitUntil(lambda: network.preview.isVisible(), timeout=WAIT_MS)
    assert network.preview_title.text() == "Layer 2: Dense 2 tanh, unit 2"
    assert network.preview_image.pixmap().width() >= 200
    # The preview sits beside the neuron, not over it, and inside the view.
    geo = network.preview.geometry()
    assert not geo.contains(centre)
    assert network.view.viewport().rect().contains(geo)

    _move_mouse(network.view.viewport(), QPoint(2, network.view.viewport().height() - 2))
    qtbot.waitUntil(lambda: not network.preview.isVisible(), timeout=WAIT_MS)

    # The handler directly, as the main window's tests may drive it.
    network._on_neuron_hovered(network.neuron_items[0][0], True)
    assert network.preview.isVisible() and "x1" in network.preview_title.text()
    network._on_neuron_hovered(network.neuron_items[0][0], False)
    assert not network.preview.isVisible()


def test_network_ignores_mismatched_snapshot(network):
    names = ["x1", "x2"]
    network.set_network(names, _features(names), [3, 1], ["tanh", "sigmoid"])
    stale = Snapshot(1, {}, RES, [np.zeros((1, RES, RES), np.float32)], [np.zeros((5, 1), np.float32)])
    network.set_snapshot(stale)  # from an older architecture: skipped, no exception


def test_modules_import_without_tensorflow_or_qapplication():
    code = (
        "import sys\n"
        "import playground.qt.inside.boundary_view, playground.qt.runs.loss_plot\n"
        "import playground.qt.network.network_view, playground.qt.widgets.colors\n"
        "import playground.qt.network.graph_view, playground.qt.network.network_editor\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
        "assert not any(m.split('.')[0] in ('tensorflow', 'keras') for m in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[3]
    run_ok([sys.executable, "-c", code], cwd=root)
