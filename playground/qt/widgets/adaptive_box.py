"""A square picture (a confusion matrix) and what goes with it, sharing a box: the picture first, as
large as the box allows, beside the other in a low, wide box and above it in a tall one. A plain
box layout shares by preferred sizes, and a view's preferred size is large: the picture was
squeezed into a strip in a laptop's dock."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

GAP = 6
SIDE_WIDTH = 160  # the least width the other gets beside the picture; less, and it goes under it


class QtAdaptiveBox(QWidget):
    """`picture` as large as fits, `other` in the rest (beside or under it, whichever leaves the
    picture larger); `other` keeps at least its minimum height (or SIDE_WIDTH beside it)."""

    def __init__(self, picture: QWidget, other: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture, self.other = picture, other
        for widget in (picture, other):
            widget.setParent(self)

    def side_by_side(self) -> bool:
        return self._layout(self.width(), self.height())[2]

    def _layout(self, width: int, height: int) -> tuple[QRect, QRect, bool]:
        below = self._other_height(width)
        # The picture's side either way (square pictures, so the smaller of its box's sides).
        beside_side = min(height, width - SIDE_WIDTH - GAP)
        under_side = min(width, height - below - GAP)
        if beside_side > under_side:
            rest = beside_side + GAP
            return QRect(0, 0, beside_side, height), QRect(rest, 0, width - rest, height), True
        top = max(0, height - below - GAP)
        return QRect(0, 0, width, top), QRect(0, top + GAP, width, height - top - GAP), False

    def _other_height(self, width: int) -> int:
        other = self.other
        hint = other.minimumSizeHint()
        layout = other.layout()
        if layout is not None and layout.hasHeightForWidth():
            return max(hint.height(), layout.minimumHeightForWidth(width))
        return hint.height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        first, second, _ = self._layout(event.size().width(), event.size().height())
        self.picture.setGeometry(first)
        self.other.setGeometry(second)

    def minimumSizeHint(self) -> QSize:
        picture, other = self.picture.minimumSizeHint(), self.other.minimumSizeHint()
        return QSize(max(picture.width(), other.width()), picture.height() + GAP + other.height())

    def sizeHint(self) -> QSize:
        return QSize(400, 400)
