"""A pad to draw a digit or a shape on with the mouse, a pen or a finger, drawn big and read at
the model's input size: the canvas is a whole number of pad pixels per input pixel, and each input
pixel is the mean of its block of the canvas — so a stroke lands in the cells it covers, as bright
as the share of the cell it covers, the way the training images' pixels are ink coverage.

Ink is bright on dark paper (1 on 0), as the digits, the shapes and MNIST come. A picture file
dropped on the pad is handed on (`sigFileDropped`); the tab reads it.

Every stroke, clear and picture put on the pad can be undone (`undo`, Ctrl+Z while the pad has
focus). The pad keeps its own history: a drawing is not part of the experiment, so it stays off
the window's undo stack, and Ctrl+Z on the pad never undoes an edit of the experiment.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

CANVAS = 280  # about this many canvas pixels a side, whatever the input's size
MIN_SIDE = 120  # the pad's least size on screen, in pixels
UNDO_DEPTH = 100  # drawings kept to go back to (a canvas is ~80 kB: at most ~8 MB)


class QtDrawingPad(QWidget):
    """Left button (or pen, or finger) draws, right button or the eraser tool erases."""

    sigChanged = Signal()  # the drawing changed (every pen move, clear, a picture put on it)
    sigStrokeEnded = Signal()
    sigFileDropped = Signal(str)  # a local file dropped on the pad
    sigUndoAvailable = Signal(bool)  # whether there is a drawing to go back to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawing_pad")
        self.setAcceptDrops(True)
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a click gives it focus: Ctrl+Z is then the pad's
        self._history: list[bytes] = []  # the canvas before each stroke, clear or picture, oldest first
        self.erasing = False  # the eraser tool is chosen
        self.pen_cells = 2.0  # the pen's width in input pixels
        self._last: QPointF | None = None
        self._erase_stroke = False
        self.set_size(28, 28)

    # -- the input it makes ---------------------------------------------------------------------

    def set_size(self, height: int, width: int) -> None:
        """The model's input height and width; the drawing starts again when they change."""
        height, width = max(1, int(height)), max(1, int(width))
        if getattr(self, "input_size", None) == (height, width):
            return
        self.input_size = (height, width)
        self.scale = max(1, math.ceil(CANVAS / max(height, width)))  # canvas pixels per input pixel
        # Thick enough to read at 8×8 (the digits' strokes are a cell or two), thin at 28×28 (MNIST's are ~2–3).
        self.pen_cells = max(1.5, max(height, width) / 12)
        self.canvas = QImage(width * self.scale, height * self.scale, QImage.Format.Format_Grayscale8)
        self.clear(emit=False)
        self._history.clear()  # drawings of another size cannot come back
        self.sigUndoAvailable.emit(False)

    def pixels(self) -> np.ndarray:
        """The drawing at the input's size: (height, width) float32 in [0, 1], each the mean ink of its block."""
        height, width = self.input_size
        s = self.scale
        return self._canvas_array().reshape(height, s, width, s).mean(axis=(1, 3), dtype=np.float32) / 255.0

    def set_pixels(self, pixels: np.ndarray) -> None:
        """Puts a picture (height, width) in [0, 1] on the pad, each input pixel a block."""
        height, width = self.input_size
        values = np.clip(np.nan_to_num(np.asarray(pixels, np.float32).reshape(height, width)), 0, 1)
        block = np.kron((values * 255).round().astype(np.uint8), np.ones((self.scale, self.scale), np.uint8))
        self._remember()
        self._canvas_array()[:] = block
        self.update()
        self.sigChanged.emit()

    def is_blank(self) -> bool:
        return not self._canvas_array().any()

    def clear(self, emit: bool = True) -> None:
        """Wipes the pad; `emit` (the user's Clear) also keeps the drawing to undo back to."""
        if emit and not self.is_blank():
            self._remember()
        self.canvas.fill(0)
        self.update()
        if emit:
            self.sigChanged.emit()

    # -- going back -----------------------------------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> bool:
        """Puts back the drawing before the last stroke, clear or picture; False when there is none."""
        if not self._history:
            return False
        self._last = None  # a stroke under way ends here: its next move must not draw from the old point
        self._canvas_array()[:] = np.frombuffer(self._history.pop(), np.uint8).reshape(self._canvas_array().shape)
        self.update()
        self.sigChanged.emit()
        if not self._history:
            self.sigUndoAvailable.emit(False)
        return True

    def _remember(self) -> None:
        """Keeps the canvas as it is now, to undo back to."""
        self._history.append(self._canvas_array().tobytes())
        del self._history[:-UNDO_DEPTH]
        if len(self._history) == 1:
            self.sigUndoAvailable.emit(True)

    def event(self, event) -> bool:
        # Ctrl+Z while the pad has focus is the pad's own, not the window's Edit → Undo: claiming the
        # shortcut here sends it to keyPressEvent instead of the window's action.
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Undo):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            event.accept()
            return
        super().keyPressEvent(event)

    def stroke(self, points, erase: bool = False) -> None:
        """Draws a line through `points` (canvas pixel coordinates (x, y)), as a pen drag does; one
        stroke to undo."""
        self._remember()
        last = None
        for x, y in points:
            here = QPointF(float(x), float(y))
            self._draw(last or here, here, erase)
            last = here
        self.update()
        self.sigChanged.emit()

    def _canvas_array(self) -> np.ndarray:
        """The canvas's bytes as a (rows, columns) array that writes through to it."""
        canvas = self.canvas
        rows = np.frombuffer(canvas.bits(), np.uint8).reshape(canvas.height(), canvas.bytesPerLine())
        return rows[:, : canvas.width()]

    def _draw(self, start: QPointF, end: QPointF, erase: bool) -> None:
        painter = QPainter(self.canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.pen_cells * self.scale * (2.0 if erase else 1.0)
        pen = QPen(QColor(0, 0, 0) if erase else QColor(255, 255, 255), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawLine(start, end)
        painter.end()

    # -- on screen ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height, w = self.input_size
        return round(width * height / w)

    def target_rect(self) -> QRectF:
        """Where the canvas is drawn: as large as fits, centred, its shape kept."""
        height, width = self.input_size
        side = min(self.width() / width, self.height() / height)
        w, h = width * side, height * side
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_canvas(self, point: QPointF) -> QPointF:
        rect = self.target_rect()
        k = self.canvas.width() / rect.width()
        return QPointF((point.x() - rect.left()) * k, (point.y() - rect.top()) * k)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.target_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(rect, self.canvas)
        height, width = self.input_size
        if max(height, width) <= 16:  # few input pixels: their grid shows what the model will see
            painter.setPen(QPen(QColor(90, 90, 90), 1))
            for i in range(1, width):
                x = rect.left() + i * rect.width() / width
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            for i in range(1, height):
                y = rect.top() + i * rect.height() / height
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(self.palette().mid().color(), 2))
        painter.drawRect(rect)
        painter.end()

    # -- the pen --------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        self._erase_stroke = self.erasing or event.button() == Qt.MouseButton.RightButton
        self._remember()  # the whole stroke, press to release, is one step to undo
        self._last = self.to_canvas(event.position())
        self._draw(self._last, self._last, self._erase_stroke)
        self.update()
        self.sigChanged.emit()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._last is None:
            return
        here = self.to_canvas(event.position())
        self._draw(self._last, here, self._erase_stroke)
        self._last = here
        self.update()
        self.sigChanged.emit()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._last is not None:
            self._last = None
            self.sigStrokeEnded.emit()
        event.accept()

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.sigFileDropped.emit(files[0])
