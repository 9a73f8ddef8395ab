"""A plot's header: the title of what its y axis measures, then the legend of its curves (a short
sample of each line and its name), wrapped into as many rows as the width needs.

It sits above the plot rather than on it: a legend on the plot covers the data and the marks'
labels, and a rotated y title is cut short on a plot as low as a laptop's dock leaves ("accura").
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SAMPLE_EM = 1.2  # length of a line's sample, in line heights
SPACE_EM = 0.7  # space between entries, in line heights


class QtPlotHeader(QWidget):
    """Title and legend of one plot; `set_entries` with the curves (anything with a pen in `opts`)."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._entries: list[tuple[object, str]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def title(self) -> str:
        return self._title

    def set_title(self, text: str) -> None:
        if text != self._title:
            self._title = text
            self._relayout()

    def set_entries(self, entries: list[tuple[object, str]]) -> None:
        """(curve, name) pairs; the curve's pen (read when painting, so a theme's pen shows) draws the sample."""
        self._entries = list(entries)
        self._relayout()

    def names(self) -> list[str]:
        return [name for _, name in self._entries]

    # -- geometry -------------------------------------------------------------------------------

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def boxes(self, width: float | None = None) -> list[QRectF]:
        """The title's box, then each entry's box (sample and name), wrapped at `width` (default: the
        widget's): an entry goes to the next row when it would pass the right edge."""
        width = self.width() if width is None else width
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        widths = []
        if self._title:
            widths.append(QFontMetricsF(self._title_font()).horizontalAdvance(self._title))
        widths += [line * SAMPLE_EM + line * 0.3 + metrics.horizontalAdvance(name) for _, name in self._entries]
        boxes, x, y = [], 0.0, 0.0
        for w in widths:
            if x > 0 and x + w > width:
                x, y = 0.0, y + line
            boxes.append(QRectF(x, y, w, line))
            x += w + line * SPACE_EM
        return boxes

    def title_box(self) -> QRectF:
        return self.boxes()[0] if self._title else QRectF()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        boxes = self.boxes(width)
        return int(max((b.bottom() for b in boxes), default=0.0) + 0.999) + 1

    def sizeHint(self) -> QSize:
        boxes = self.boxes(1e9)
        right = max((b.right() for b in boxes), default=0.0)
        return QSize(int(right) + 1, self.heightForWidth(int(right) + 1))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest entry; as low as one row (the layout asks heightForWidth for more)."""
        widest = max((b.width() for b in self.boxes(0)), default=0.0)
        return QSize(int(widest) + 1, self.heightForWidth(10**6))

    def _relayout(self) -> None:
        self.updateGeometry()
        self.update()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.FontChange:  # presentation mode: larger text, other rows
            self._relayout()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_pen = QPen(self.palette().color(QPalette.ColorRole.WindowText))
        boxes = self.boxes()
        if self._title:
            painter.setFont(self._title_font())
            painter.setPen(text_pen)
            painter.drawText(boxes.pop(0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.setFont(self.font())
        for (curve, name), box in zip(self._entries, boxes, strict=True):
            line = box.height()
            pen = QPen(pg.mkPen(curve.opts.get("pen") if hasattr(curve, "opts") else curve))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            mid = box.center().y()
            painter.drawLine(QPointF(box.left(), mid), QPointF(box.left() + line * SAMPLE_EM, mid))
            painter.setPen(text_pen)
            text_box = box.adjusted(line * SAMPLE_EM + line * 0.3, 0, 0, 0)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.end()
