"""A layout that places its widgets in rows and starts a new row when the next one does not fit
— Qt's "Flow Layout" example. Rows of buttons and thumbnails wrap on a narrow laptop or a
projector's large text instead of forcing the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class QtFlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1, uniform: bool = False, columns: int = 0):
        """`uniform`: every cell as wide as the widest item, so wrapped rows line up as a grid
        (the dataset thumbnails); otherwise each item takes its own width (a row of buttons).
        `columns`: how many items a row the layout asks for when there is room (0: all)."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._uniform = uniform
        self._columns = columns
        self._height = 0  # the rows' height at the width last laid out
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._height:
            # Wrapped to more (or fewer) rows: the minimum height changes with it. Not every
            # container asks for heightForWidth (a splitter does not), so say it as a minimum.
            self._height = height
            QTimer.singleShot(0, self, self.invalidate)  # not after the layout is gone

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """All in one row, or `columns` a row."""
        visible = self._visible()
        if not visible:
            return QSize(0, 0)
        row = visible[: self._columns] if self._columns else visible
        cell = self._cell(visible)
        widths = [cell.width() if self._uniform else i.sizeHint().width() for i in row]
        m = self.contentsMargins()
        width = sum(widths) + self._gap(Qt.Orientation.Horizontal) * (len(row) - 1) + m.left() + m.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """As narrow as the widest item; as high as the rows need at the present width."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        if self._uniform and self._visible():
            size = size.expandedTo(self._cell(self._visible()))
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        if self._height > size.height():
            size.setHeight(self._height)
        return size

    def columns(self, width: int) -> int:
        """How many items fit in a row `width` wide (for uniform cells)."""
        visible = self._visible()
        if not visible:
            return 0
        m = self.contentsMargins()
        gap, cell = self._gap(Qt.Orientation.Horizontal), self._cell(visible).width()
        return max(1, (width - m.left() - m.right() + gap) // (cell + gap))

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _cell(self, items: list[QLayoutItem]) -> QSize:
        size = QSize()
        for item in items:
            size = size.expandedTo(item.sizeHint())
        return size

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parent()
        if isinstance(parent, QWidget):
            metric = (
                QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                if orientation == Qt.Orientation.Horizontal
                else QStyle.PixelMetric.PM_LayoutVerticalSpacing
            )
            gap = parent.style().pixelMetric(metric, None, parent)
            if gap >= 0:
                return gap
        return 6

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Places the items row by row inside `rect` (when `move`), each centred in its row's
        height (a label beside a taller box lines up with its text); returns the height used."""
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        visible = self._visible()
        cell = self._cell(visible) if self._uniform else None
        gap_x, gap_y = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        rows: list[list[tuple[QLayoutItem, int, QSize]]] = [[]]
        x = area.x()
        for item in visible:
            size = cell if cell is not None else item.sizeHint()
            if x > area.x() and x + size.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, x, size))
            x += size.width() + gap_x
        y = area.y()
        for row in rows:
            height = max((size.height() for _, _, size in row), default=0)
            if move:
                for item, x, size in row:
                    width = size.width()
                    widget = item.widget()
                    if widget is not None and widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding:
                        width = max(width, area.right() + 1 - x)
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(min(width, area.width()), size.height())))
            y += height + gap_y
        return y - gap_y - rect.y() + m.bottom() if visible else m.top() + m.bottom()
