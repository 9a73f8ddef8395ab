"""Every layer's maps at once on the Draw tab: a row per layer, each one image item updated in place
as the pen moves (rows are made again only for other layers), a click on a map or cell picks that
unit, and the rows grow with presentation mode's text."""

import numpy as np
from PySide6.QtWidgets import QWidget

from playground.qt import theme
from playground.qt.inside.layer_maps import CELL, MAX_ROW, MIN_ROW, QtLayerMaps
from playground.qt.widgets.mosaic import tile


def _layers(rng, scale=1.0):
    return [
        ("conv", "Conv2D", scale * rng.random((8, 8, 20)).astype(np.float32)),  # 20 maps: two rows of them
        ("pool", "MaxPooling2D", scale * rng.random((4, 4, 20)).astype(np.float32)),
        ("dense", "Dense", scale * rng.random(40).astype(np.float32)),  # 40 units: two rows of cells
        ("output", "Dense", scale * rng.random(10).astype(np.float32)),
    ]


def test_every_layer_is_a_row_updated_in_place(qtbot):
    panel = QtLayerMaps()
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    rng = np.random.default_rng(0)
    layers = _layers(rng)
    panel.show_layers(layers)
    captions = [label.text() for label, _, _ in panel.rows]
    assert captions == [
        "conv (Conv2D): 20 maps of 8×8",
        "pool (MaxPooling2D): 20 maps of 4×4",
        "dense (Dense): 40 units",
        "output (Dense): 10 units",
    ]
    conv = np.moveaxis(layers[0][2], -1, 0)
    assert panel.rows[0][2].image.shape == (2 * 9 - 1, 16 * 9 - 1)  # 16 maps a row, the rest wrap
    assert np.allclose(np.nan_to_num(panel.rows[0][2].image), np.nan_to_num(tile(conv, 16)), atol=1e-6)
    dense = panel.rows[2][2].image
    assert dense.shape == (2 * (CELL + 1) - 1, 32 * (CELL + 1) - 1)
    # One scale for a dense layer's units: the strongest unit is brightest whatever its cell.
    k = int(np.argmax(layers[2][2]))
    r, c = divmod(k, 32)
    assert dense[r * (CELL + 1), c * (CELL + 1)] == 1.0
    items = [image for _, _, image in panel.rows]

    again = _layers(rng, scale=2.0)  # the pen moved: new values, the same layers
    panel.show_layers(again)
    assert [image for _, _, image in panel.rows] == items  # no widget made for an answer
    pool = np.moveaxis(again[1][2], -1, 0)
    assert np.allclose(np.nan_to_num(items[1].image), np.nan_to_num(tile(pool, 16)), atol=1e-6)

    panel.show_layers(again[:2])  # another model: its rows
    assert len(panel.rows) == 2
    panel.clear()
    assert panel.rows == []


def test_a_click_on_a_map_or_a_cell_picks_that_unit(qtbot):
    panel = QtLayerMaps()
    qtbot.addWidget(panel)
    panel.show_layers(_layers(np.random.default_rng(1)))
    picked = []
    panel.sigUnitClicked.connect(lambda layer, k: picked.append((layer, k)))
    panel.rows[0][2].sigPixelClicked.emit(3 * 9 + 4.0, 9 + 4.0)  # second row of maps, fourth column
    panel.rows[0][2].sigPixelClicked.emit(8.5, 4.0)  # on the gap between two maps: nothing
    panel.rows[0][2].sigPixelClicked.emit(9 * 9 + 4.0, 9 + 4.0)  # past the last of 20 maps: nothing
    panel.rows[2][2].sigPixelClicked.emit(7 * (CELL + 1) + 1.0, CELL + 1 + 1.0)  # dense: row 2, cell 8
    assert picked == [(0, 16 + 3), (2, 32 + 7)]
    panel.mark((0, 19))  # the unit whose drivers are shown: framed, on its own row only
    frames = panel._frames
    assert frames[0].isVisible() and not any(f.isVisible() for f in frames[1:])
    assert frames[0].rect().getRect() == (3 * 9, 9, 8, 8)
    panel.mark((2, 39))
    assert frames[2].rect().getRect() == (7 * (CELL + 1), CELL + 1, CELL, CELL)
    assert not frames[0].isVisible() and frames[2].isVisible()
    panel.mark(None)
    assert not any(f.isVisible() for f in frames)


def test_the_rows_grow_with_presentation_modes_text(qtbot):
    panel = QtLayerMaps()
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_layers(_layers(np.random.default_rng(2)))
    heights = [view.height() for _, view, _ in panel.rows]
    # conv: 17 pixels high and 143 wide at 1000 px: ~119, held to MAX_ROW; the output strip: at least MIN_ROW.
    assert heights[0] == MAX_ROW and heights[-1] >= MIN_ROW
    font = panel.rows[0][0].font().pointSizeF()
    try:
        theme.apply(panel, "light", presentation=True)
        qtbot.waitUntil(lambda: panel.rows[0][0].font().pointSizeF() >= 1.4 * font, timeout=10_000)
        scale = theme.text_scale()
        assert scale > 1.3
        # The maps grow with the text, so they still read: the conv row to its natural 119 px, past MAX_ROW.
        qtbot.waitUntil(lambda: panel.rows[0][1].height() == 119, timeout=10_000)
        assert all(view.height() >= round(MIN_ROW * scale) for _, view, _ in panel.rows)
    finally:
        theme.apply(QWidget(), "light", presentation=False)
