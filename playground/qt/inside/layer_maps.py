"""Every layer's output on the drawing at once, one row per layer, following the pen (as Adam
Harley's drawn-digit visualisation shows them): a convolution's maps side by side, a dense layer's
units as a strip of cells on one scale. A click on a map or a cell picks that unit.

Each row is one image item updated in place; rows are made only when the model's layers change
(another model, another input size), never per answer, so the pen does not wait for widgets.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QVBoxLayout, QWidget

from playground.qt import theme
from playground.qt.inside import pages
from playground.qt.widgets.mosaic import tile

MAP_COLUMNS = 16  # a convolution's maps a row: more wrap, so 64 filters still read at a laptop's width
UNIT_COLUMNS = 32  # a dense layer's cells a row
CELL = 4  # a dense unit's cell, in image pixels: with the one-pixel gap, cells read as cells, not dots
MIN_ROW = 22  # pixels (at the normal text size): the least height of a row of maps
MAX_ROW = 110  # and the most, so a layer of a few maps does not fill the screen
PICKED = "#e76f51"  # the frame round the unit picked (the Draw tab's colour for the chosen class)


def layout_of(output) -> tuple[np.ndarray, bool, int]:
    """(maps (n, h, w), one scale per map, columns) for one layer's output on one input: an
    (h, w, channels) output as its maps; anything else flattened to units, each a CELL×CELL cell."""
    a = np.asarray(output, np.float32)
    if a.ndim == 3:
        maps = np.moveaxis(a, -1, 0)
        return maps, True, max(1, min(len(maps), MAP_COLUMNS))
    maps = np.broadcast_to(a.reshape(-1, 1, 1), (a.size, CELL, CELL))
    return maps, False, max(1, min(len(maps), UNIT_COLUMNS))


class QtLayerMaps(QWidget):
    """Rows of (a caption, the layer's maps); `show_layers` draws an answer's activations."""

    sigUnitClicked = Signal(int, int)  # (layer index, map or unit index)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawing_layer_maps")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.rows: list[tuple[QLabel, object, object]] = []  # (caption, view, image item)
        self._signature: tuple = ()
        self._tiles: list[tuple[int, int, int, int]] = []  # per row: (map h, map w, columns, maps)
        self._frames: list[QGraphicsRectItem] = []  # per row: the frame round its picked unit

    def show_layers(self, layers: list) -> None:
        """`layers`: (name, kind, output) per layer, as `DrawnInput.compute` answers them."""
        signature = tuple((name, kind, np.shape(out)) for name, kind, out in layers)
        if signature != self._signature:
            self._rebuild(signature)
        for i, (_, _, out) in enumerate(layers):
            maps, per_map, columns = layout_of(out)
            self._tiles[i] = (maps.shape[1], maps.shape[2], columns, len(maps))
            pages.show_image(self.rows[i][2], tile(maps, columns, per_map=per_map), (0, 1))

    def clear(self) -> None:
        self._rebuild(())

    def _rebuild(self, signature: tuple) -> None:
        for label, view, _ in self.rows:
            self._layout.removeWidget(label)
            self._layout.removeWidget(view)
            label.deleteLater()
            view.deleteLater()
        self.rows, self._signature, self._tiles, self._frames = [], signature, [], []
        for i, (name, kind, shape) in enumerate(signature):
            if len(shape) == 3:
                text = self.tr("{name} ({kind}): {n} maps of {h}×{w}").format(
                    name=name, kind=kind, n=shape[2], h=shape[0], w=shape[1]
                )
            else:
                text = self.tr("{name} ({kind}): {n} units").format(name=name, kind=kind, n=int(np.prod(shape)))
            label = QLabel(text)
            label.setWordWrap(True)
            view, image = pages.image_view()
            image.setLookupTable(pages.VIRIDIS)
            image.sigPixelClicked.connect(lambda x, y, layer=i: self._on_clicked(layer, x, y))
            frame = QGraphicsRectItem()
            pen = QPen(QColor(PICKED), 3)
            pen.setCosmetic(True)  # three screen pixels, however large the maps are drawn
            frame.setPen(pen)
            frame.setZValue(1)
            frame.hide()
            image.getViewBox().addItem(frame)
            self._layout.addWidget(label)
            self._layout.addWidget(view)
            self.rows.append((label, view, image))
            self._tiles.append((1, 1, 1, 0))
            self._frames.append(frame)
        self._fit_rows()

    def mark(self, unit: tuple[int, int] | None) -> None:
        """Frames map (or unit) `unit` = (layer, k), the one whose drivers are shown; None: no frame."""
        for i, frame in enumerate(self._frames):
            h, w, columns, n = self._tiles[i]
            if unit is None or unit[0] != i or not 0 <= unit[1] < n:
                frame.hide()
                continue
            row, column = divmod(unit[1], columns)
            # On the map's own edge: a frame in the gaps would be cut off at the mosaic's border.
            frame.setRect(column * (w + 1), row * (h + 1), w, h)
            frame.show()

    def _on_clicked(self, layer: int, x: float, y: float) -> None:
        """A click on tile k of a row: unit k of that layer (a gap between tiles picks nothing)."""
        h, w, columns, n = self._tiles[layer]
        column, row = int(x // (w + 1)), int(y // (h + 1))
        k = row * columns + column
        if 0 <= column < columns and 0 <= k < n and x % (w + 1) < w and y % (h + 1) < h:
            self.sigUnitClicked.emit(layer, k)

    def _fit_rows(self) -> None:
        """Each row as high as its mosaic is at the panel's width, within MIN_ROW..MAX_ROW (larger
        in presentation mode, as the text is)."""
        scale = theme.text_scale()
        width = max(1, self.width())
        for (_, view, _), (_, _, shape) in zip(self.rows, self._signature, strict=True):
            n, h, w = (shape[2], shape[0], shape[1]) if len(shape) == 3 else (int(np.prod(shape)), CELL, CELL)
            columns = min(n, MAP_COLUMNS if len(shape) == 3 else UNIT_COLUMNS) or 1
            tall = math.ceil(n / columns) * (h + 1) - 1
            wide = columns * (w + 1) - 1
            height = round(min(max(width * tall / max(wide, 1), MIN_ROW * scale), MAX_ROW * scale))
            if view.height() != height or view.minimumHeight() != height:
                view.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode's larger text: larger rows with it
            # Later, not now: the font changes before `theme.text_scale()` says the new scale.
            QTimer.singleShot(0, self, self._fit_rows)
