"""A scroll area that scrolls up and down only: as wide as what it holds needs, as short as the
screen makes it. A tall panel on a laptop or a projector scrolls; nothing is cut off at the side
or hidden behind a sideways scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget

SHORTEST = 80  # pixels: a dock that holds one of these can shrink to this height


class QtVerticalScroll(QScrollArea):
    def __init__(self, widget: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        widget.installEventFilter(self)

    def _extra(self) -> int:
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return bar + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        inner = self.widget().minimumSizeHint().expandedTo(self.widget().minimumSize())
        return QSize(inner.width() + self._extra(), SHORTEST)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        inner = self.widget().sizeHint()
        return QSize(inner.width() + self._extra(), inner.height() + 2 * self.frameWidth())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        # What it holds changed its size (new text size, a control shown): so does the area.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)
