"""The confusion matrix: true class down, predicted class across, each cell coloured by its count.

Each count is written in its cell in a font fitted to the cell as it is on screen (from the widget's
font, so presentation mode enlarges it), and left out when the cell is too small to hold it legibly:
then the colour shows where the mistakes are and hovering a cell tells its count. Class names label
the axes where they fit, class numbers where they do not.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontInfo, QFontMetricsF, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from playground.qt.widgets.plot_style import TEXT_COLOR, style_axes

LUT = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (8, 48, 107)]).getLookupTable(0.0, 1.0, 256)
MIN_TEXT_PX = 8  # a count in a smaller font than this is not written: the colour and the hover tell it
FILL_WIDTH = 0.85  # the share of a cell's width and height a count may take
FILL_HEIGHT = 0.75
MAX_NAME_SHARE = 0.35  # class names on the left axis take at most this share of the width


def count_font(base: QFont, widest: str, cell_width: float, cell_height: float) -> QFont | None:
    """`base` made small enough for `widest` to fit a cell of that many pixels (never larger than
    `base`), or None when it would be smaller than MIN_TEXT_PX."""
    pixels = QFontInfo(base).pixelSize()
    metrics = QFontMetricsF(base)
    scale = min(
        1.0,
        FILL_WIDTH * cell_width / max(1.0, metrics.horizontalAdvance(widest)),
        FILL_HEIGHT * cell_height / max(1.0, metrics.height()),
    )
    size = math.floor(pixels * scale)
    if size < MIN_TEXT_PX:
        return None
    font = QFont(base)
    font.setPixelSize(size)
    # Rounding and hinting can make the font a pixel larger than asked: step down until it fits.
    while size > MIN_TEXT_PX and not _fits(font, widest, cell_width, cell_height):
        size -= 1
        font.setPixelSize(size)
    return font if _fits(font, widest, cell_width, cell_height) else None


def _fits(font: QFont, text: str, width: float, height: float) -> bool:
    metrics = QFontMetricsF(font)
    return metrics.horizontalAdvance(text) <= FILL_WIDTH * width and metrics.height() <= FILL_HEIGHT * height


class _CountsItem(pg.GraphicsObject):
    """Writes each cell's count, centred, in the font `count_font` fits to the cells on screen."""

    def __init__(self, view: QtConfusionView) -> None:
        super().__init__()
        self._view = view
        self.counts: np.ndarray | None = None

    def set_counts(self, counts: np.ndarray | None) -> None:
        self.prepareGeometryChange()
        self.counts = counts
        self.update()

    def boundingRect(self) -> QRectF:
        k = 0 if self.counts is None else self.counts.shape[0]
        return QRectF(0, 0, k, k)

    def paint(self, painter: QPainter, *_args) -> None:
        counts = self.counts
        if counts is None or not counts.size:
            return
        transform = painter.transform()  # cell units → device pixels
        cell = transform.mapRect(QRectF(0, 0, 1, 1))
        font = self._view.count_font(cell.width(), cell.height())
        if font is None:
            return
        half = counts.max() / 2
        painter.save()
        painter.resetTransform()
        painter.setFont(font)
        dark, light = QColor(TEXT_COLOR), QColor("white")
        for (row, col), count in np.ndenumerate(counts):
            painter.setPen(light if count > half else dark)  # readable on dark and light cells
            box = transform.mapRect(QRectF(col, row, 1, 1))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(int(count)))
        painter.restore()


class QtConfusionView(pg.PlotWidget):
    """A confusion matrix (k × k counts) with its class names; `set_matrix` to draw."""

    counts: np.ndarray | None = None  # (pyqtgraph's __init__ already sends events that read these)
    _ticks_key: tuple = ()

    def __init__(self, tick_font: QFont, label_pt: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        style_axes(item, tick_font)
        item.invertY(True)  # true class 0 in the top row, as the matrix is printed
        item.setAspectLocked(True)
        item.disableAutoRange()
        for name, label in (("left", self.tr("true class")), ("bottom", self.tr("predicted class"))):
            item.setLabel(name, label, **{"font-size": f"{label_pt}pt", "color": TEXT_COLOR})
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(LUT)
        item.addItem(self.image)
        self.counts_item = _CountsItem(self)
        item.addItem(self.counts_item, ignoreBounds=True)
        self.counts: np.ndarray | None = None
        self.names: tuple[str, ...] = ()
        self._ticks_key: tuple = ()
        item.getViewBox().sigResized.connect(self.fit_ticks)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_matrix(self, counts: np.ndarray, names: tuple[str, ...]) -> None:
        """Draws `counts` (true class × predicted class); `names` label the classes."""
        counts = np.asarray(counts)
        k = counts.shape[0]
        shape_changed = self.counts is None or self.counts.shape != counts.shape
        self.counts, self.names = counts, tuple(names)
        self.image.setImage(counts.astype(np.float32), autoLevels=False, levels=(0.0, float(max(1, counts.max()))))
        self.counts_item.set_counts(counts)
        if shape_changed:
            self.getPlotItem().getViewBox().setRange(QRectF(0, 0, k, k), padding=0.02)
        self.fit_ticks()

    # -- what fits ------------------------------------------------------------------------------

    def cell_size(self) -> tuple[float, float]:
        """A cell's width and height in pixels, as the matrix is shown now."""
        box = self.getPlotItem().getViewBox()
        cell = box.mapViewToDevice(QRectF(0, 0, 1, 1))
        return (0.0, 0.0) if cell is None else (abs(cell.boundingRect().width()), abs(cell.boundingRect().height()))

    def count_font(self, cell_width: float | None = None, cell_height: float | None = None) -> QFont | None:
        """The font the counts are written in (None: left out), for cells of that size (default: now)."""
        if self.counts is None or not self.counts.size:
            return None
        if cell_width is None or cell_height is None:
            cell_width, cell_height = self.cell_size()
        widest = max((str(int(c)) for c in (self.counts.max(), self.counts.min())), key=len)
        return count_font(self.font(), widest, cell_width, cell_height)

    def fit_ticks(self, *_args) -> None:
        """Class names on the axes where they fit beside (left) or under (bottom) their cells,
        else class numbers, else every n-th number."""
        if self.counts is None:
            return
        k = self.counts.shape[0]
        width, height = self.cell_size()
        item = self.getPlotItem()
        left, bottom = item.getAxis("left"), item.getAxis("bottom")
        self._fit_titles()
        metrics = QFontMetricsF(left.style["tickFont"] or self.font())
        widest_name = max((metrics.horizontalAdvance(n) for n in self.names[:k]), default=0.0)
        widest_number = metrics.horizontalAdvance(str(k - 1))
        gap = metrics.horizontalAdvance("M") / 2
        names_left = widest_name <= MAX_NAME_SHARE * self.width()
        left_every = max(1, math.ceil(metrics.height() / max(height, 1e-9)))
        names_below = widest_name + gap <= width
        below_every = 1 if names_below else max(1, math.ceil((widest_number + gap) / max(width, 1e-9)))
        key = (k, self.names, names_left and left_every == 1, left_every, names_below, below_every)
        if key == self._ticks_key:  # new ticks only when they change: each lays the plot out again
            return
        self._ticks_key = key

        def ticks(names: bool, every: int) -> list[list[tuple[float, str]]]:
            return [[(i + 0.5, self._name(i) if names else str(i)) for i in range(0, k, every)]]

        left.setTicks(ticks(names_left and left_every == 1, left_every))
        bottom.setTicks(ticks(names_below, below_every))

    def _fit_titles(self) -> None:
        """An axis title shows only whole: one longer than its axis (a small dock) is left out, and
        the hover still names the true and the predicted class."""
        item = self.getPlotItem()
        for name, length in (("left", item.getAxis("left").height()), ("bottom", item.getAxis("bottom").width())):
            axis = item.getAxis(name)
            margin = axis.label.document().documentMargin()
            fits = axis.label.boundingRect().width() - 2 * margin <= length
            if fits != axis.label.isVisible():
                axis.showLabel(fits)

    def title_shown(self, name: str) -> bool:
        """Whether the title of axis `name` ("left", "bottom") shows."""
        return self.getPlotItem().getAxis(name).label.isVisible()

    # -- hover ----------------------------------------------------------------------------------

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """(true class, predicted class) of the cell under `scene_pos`, or None."""
        if self.counts is None:
            return None
        point = self.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        row, col = math.floor(point.y()), math.floor(point.x())
        k = self.counts.shape[0]
        return (row, col) if 0 <= row < k and 0 <= col < k else None

    def hover_text(self, row: int, col: int) -> str:
        count = int(self.counts[row, col])
        total = int(self.counts[row].sum())
        text = self.tr("true {true}, predicted {predicted}: {count} of {total} samples")
        return text.format(true=self._name(row), predicted=self._name(col), count=count, total=total)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.hover_text(*cell), self)

    def _name(self, index: int) -> str:
        return self.names[index] if index < len(self.names) else str(index)

    def changeEvent(self, event) -> None:
        # Presentation mode: the counts and ticks anew (not once closed: pyqtgraph has dropped the plot).
        if event.type() == QEvent.Type.FontChange and self.counts is not None and self.plotItem is not None:
            self._ticks_key = ()
            self.fit_ticks()
            self.counts_item.update()
        super().changeEvent(event)
