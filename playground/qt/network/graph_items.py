"""The pictures the graph view is made of: a layer's box, an arrow with its shape label, a tag.

Apart from the view (`graph_view`) so the drawing of one box or arrow can be read, and changed,
without the scene's layout and mouse gestures around it. Sizes are scene units: at scale 1 they are
screen pixels; text is sized in pixels so the picture is the same on every screen and in saved files.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from playground.core.network.layer_graph import Node, shape_text
from playground.qt.i18n import say, translate

BOX_MIN_W = 150.0
BOX_H = 66.0
BOX_PAD = 14.0  # text to box side
ARROW = 10.0
PORT_PITCH = 26.0  # between arrows meeting one side of a box

KIND_PX, SUMMARY_PX, PARAMS_PX, LABEL_PX = 15, 14, 13, 13

TEXT = QColor("#1f2328")
MUTED = QColor("#4a525c")
EDGE = QColor("#5f6873")
EDGE_HOVER = QColor("#1a5fb4")
PROBLEM = QColor("#d0312d")
SELECTED = QColor("#1a5fb4")
DROP = QColor("#2e9d4f")

# (fill, outline) per family: light fills so dark text reads on a projector, a darker outline of
# the same hue so neighbouring boxes stay apart.
FAMILY_COLORS: dict[str, tuple[str, str]] = {
    "input": ("#e3e5e8", "#7d858f"),
    "dense": ("#bcd9f5", "#3d7fc1"),
    "conv": ("#c5e8c8", "#3f9a4a"),
    "recurrent": ("#e2c8ee", "#8a4bab"),
    "regularise": ("#fbf0b4", "#bf9d1c"),
    "reshape": ("#d5dfea", "#6a7f96"),
    "merge": ("#ffd6a5", "#e0861a"),
    "augment": ("#f8cde0", "#cc4f86"),
    "other": ("#f2f2f2", "#8c8c8c"),
}
_RECURRENT = ("SimpleRNN", "LSTM", "GRU", "Bidirectional", "Embedding", "TimeDistributed")
_REGULARISE = (
    "Normalization",
    "Dropout",
    "Activation",
    "Rescaling",
    "ReLU",
    "LeakyReLU",
    "PReLU",
    "ELU",
    "Softmax",
    "GaussianNoise",
    "GaussianDropout",
    "AlphaDropout",
)
_RESHAPE = ("Flatten", "Reshape", "Permute", "RepeatVector", "Cropping", "ZeroPadding", "UpSampling")
_MERGE = ("Add", "Concatenate", "Multiply", "Average", "Subtract", "Maximum", "Minimum", "Dot")


def family(kind: str) -> str:
    """The colour family of a Keras class name (a key of FAMILY_COLORS)."""
    if kind == "Input":
        return "input"
    if kind.startswith("Random"):
        return "augment"
    if kind in _MERGE:
        return "merge"
    if kind.startswith("Global") or any(kind.startswith(k) for k in _RESHAPE):
        return "reshape"  # before pooling: a global pool is a reshape to the eye, not a window
    if "Conv" in kind or "Pooling" in kind or kind == "Pretrained":  # a pretrained convolutional base
        return "conv"
    if kind in _RECURRENT:
        return "recurrent"
    if kind == "Dense" or kind == "EinsumDense":
        return "dense"
    if any(k in kind for k in _REGULARISE):
        return "regularise"
    return "other"


def pixel_font(px: int, bold: bool = False) -> QFont:
    # Pixel sizes, not points: the same picture on every screen DPI and in saved pictures.
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _params(count: int) -> str:
    """A box's last line: its parameter count, or nothing for a layer without weights."""
    return translate("QtGraphView", "{0} params").format(f"{count:,}") if count > 0 else ""


class QtTag(QGraphicsItem):
    """A short text on a pale rounded background, so it stays readable over arrows."""

    def __init__(self, text: str, font: QFont, color: QColor = MUTED, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.font = font
        self.color = color
        m = QFontMetricsF(font)
        w, h = m.horizontalAdvance(text) + 8, m.height() + 2
        self.rect = QRectF(-w / 2, -h / 2, w, h)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(self.rect, 4, 4)
        painter.setPen(self.color)
        painter.setFont(self.font)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class QtNodeItem(QGraphicsItem):
    """One layer's box: kind, key settings, parameters; outlined red when it has a problem."""

    def __init__(self, node: Node, fonts: tuple[QFont, QFont, QFont]) -> None:
        super().__init__()
        self.node = node
        self.fonts = fonts
        self.lines = [
            (text, font, color)
            for text, font, color in (
                (node.kind, fonts[0], TEXT),
                (node.summary, fonts[1], TEXT),
                (_params(node.params), fonts[2], MUTED),
            )
            if text
        ]
        width = max(QFontMetricsF(f).horizontalAdvance(t) for t, f, _ in self.lines) + 2 * BOX_PAD
        self.width = max(BOX_MIN_W, width)
        self.rect = QRectF(-self.width / 2, -BOX_H / 2, self.width, BOX_H)
        self.fill, self.outline = (QColor(c) for c in FAMILY_COLORS[family(node.kind)])
        self.selected = False
        self.drop_target = False
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if node.problem:
            self.setToolTip(say(node.problem))
        else:
            if node.params:
                params = translate("QtGraphView", "{0} parameters").format(f"{node.params:,}")
            else:
                params = translate("QtGraphView", "no parameters")
            output = translate("QtGraphView", "output {0}").format(shape_text(node.shape))
            self.setToolTip(f"{node.name}\n{node.kind}\n{output}\n{params}")

    @property
    def border(self) -> QPen:
        """The box outline: thick red for a problem, the family colour otherwise."""
        if self.node.problem:
            return QPen(PROBLEM, 4.0)
        return QPen(self.outline, 2.0)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-9, -14, 14, 9)  # the selection ring and the "!" badge

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.rect, 10, 10)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.selected or self.drop_target:
            ring = QPen(SELECTED if self.selected else DROP, 3.5)
            if self.drop_target and not self.selected:
                ring.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect.adjusted(-6, -6, 6, 6), 14, 14)
        painter.setPen(self.border)
        painter.setBrush(self.fill)
        painter.drawRoundedRect(self.rect, 10, 10)

        heights = [QFontMetricsF(f).height() for _, f, _ in self.lines]
        y = -sum(heights) / 2
        for (text, font, color), h in zip(self.lines, heights, strict=True):
            painter.setFont(font)
            painter.setPen(color)
            row = QRectF(self.rect.left() + BOX_PAD / 2, y, self.width - BOX_PAD, h)
            painter.drawText(row, Qt.AlignmentFlag.AlignCenter, text)
            y += h

        if self.node.problem:
            badge = QRectF(self.rect.right() - 11, self.rect.top() - 11, 22, 22)
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(PROBLEM)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.setFont(self.fonts[0])
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")

    def top_port(self, i: int, n: int) -> QPointF:
        return self.pos() + QPointF(self._port_dx(i, n), -BOX_H / 2)

    def bottom_port(self, i: int, n: int) -> QPointF:
        return self.pos() + QPointF(self._port_dx(i, n), BOX_H / 2)

    def _port_dx(self, i: int, n: int) -> float:
        # Arrows meeting one side are spread along it, so their heads never pile up.
        pitch = min(PORT_PITCH, (self.width - 2 * BOX_PAD) / max(n - 1, 1))
        return (i - (n - 1) / 2) * pitch


class QtEdgeItem(QGraphicsPathItem):
    """An arrow from `source` to `target` (layer names) with the shape it carries. Its clickable
    shape is wider than the line, so a right-click need not hit the line's two pixels."""

    def __init__(self, source: str, target: str, points: list[QPointF], label: str, font: QFont, side: int = 1) -> None:
        super().__init__()
        self.source, self.target = source, target
        path = QPainterPath(points[0])
        for a, b in zip(points, points[1:], strict=False):
            if abs(a.x() - b.x()) < 0.5:
                path.lineTo(b)
            else:  # vertical tangents at both ends: a smooth S that leaves and enters straight
                dy = (b.y() - a.y()) / 2
                path.cubicTo(QPointF(a.x(), a.y() + dy), QPointF(b.x(), b.y() - dy), b)
        tip = points[-1] + QPointF(0, ARROW)
        path.lineTo(tip)
        self.setPath(path)
        self.head = QPolygonF([tip, tip + QPointF(-ARROW * 0.6, -ARROW), tip + QPointF(ARROW * 0.6, -ARROW)])
        self.hovered = False
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self._restyle()
        self.setToolTip(
            translate("QtGraphView", "{0} → {1}: {2}\nright-click to disconnect").format(source, target, label)
        )
        self.label = QtTag(label, font, parent=self)
        self.label.setZValue(1)
        middle = path.pointAtPercent(0.5)
        # Beside the line, on the side it bends towards its neighbours from, to keep clear of them.
        self.label.setPos(middle + QPointF(side * (self.label.rect.width() / 2 + 6), 0))

    def _restyle(self) -> None:
        pen = QPen(EDGE_HOVER if self.hovered else EDGE, 3.0 if self.hovered else 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(self.path())

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-ARROW, -ARROW, ARROW, ARROW)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setBrush(self.pen().color())
        painter.setPen(QPen(self.pen().color(), 1.0))
        painter.drawPolygon(self.head)

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self._restyle()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self._restyle()
