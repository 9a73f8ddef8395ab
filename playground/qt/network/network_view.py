"""The network picture: one column of neuron heatmaps per layer, links weighted by the kernels."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from playground.core.runs.snapshot import Snapshot
from playground.qt import theme
from playground.qt.network.weight_editor import QtWeightEditor
from playground.qt.widgets import colors

NEURON = 40.0  # scene units; the view scales the scene to fit, so these are proportions
V_GAP = 12.0
LINK_SPAN = 90.0
MAX_SHOWN = 16
MAX_SCALE = 1.8  # beyond this a tiny network would just become blurry giant squares
MAX_SPREAD = 2.5  # a short, wide view spreads the columns up to this many times their least distance
PREVIEW_PX = 200
MIN_WIDTH, MAX_WIDTH, WIDTH_PER_WEIGHT = 0.5, 6.0, 2.5
PEN_STEPS = 4  # link widths are quantised to 1/PEN_STEPS px
_FONT_PT = 12


def link_width(w: np.ndarray | float) -> np.ndarray:
    return np.clip(np.abs(w) * WIDTH_PER_WEIGHT, MIN_WIDTH, MAX_WIDTH)


def _qimage(rgba: np.ndarray) -> QImage:
    h, w = rgba.shape[:2]
    # copy(): the QImage must own its pixels, the numpy buffer is temporary.
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


class _NeuronItem(QGraphicsItem):
    """A square heatmap that reports hovering to its view."""

    def __init__(self, owner: QtNetworkView, title: str) -> None:
        super().__init__()
        self.owner = owner
        self.title = title
        self.image = QImage()
        self.hovered = False
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, NEURON, NEURON)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.boundingRect()
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, self.image)
        pen = QPen(QColor("#111" if self.hovered else "#9aa0a6"), (3 if self.hovered else 1) * self.owner.text_scale)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawRect(rect)

    def hoverEnterEvent(self, event) -> None:
        self.owner._on_neuron_hovered(self, True)

    def hoverLeaveEvent(self, event) -> None:
        self.owner._on_neuron_hovered(self, False)


class _Label(QGraphicsItem):
    """Text that keeps its screen size however far the view scales the network down, so a
    10-layer network is still readable. `anchor` says where the item's position is:
    "bottom" (centred above it), "top" (centred below it) or "left" (right-aligned before it)."""

    GAP = 6  # px between the anchor point and the text

    def __init__(self, lines: list[tuple[str, QFont]], anchor: str) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.lines = [(t, f, QFontMetricsF(f)) for t, f in lines if t]
        w = max((m.horizontalAdvance(t) for t, _, m in self.lines), default=0.0)
        h = sum(m.height() for _, _, m in self.lines)
        x = {"bottom": -w / 2, "top": -w / 2, "left": -w - self.GAP}[anchor]
        y = {"bottom": -h - self.GAP, "top": self.GAP, "left": -h / 2}[anchor]
        self.rect = QRectF(x, y, w, h)
        self.align = Qt.AlignmentFlag.AlignRight if anchor == "left" else Qt.AlignmentFlag.AlignHCenter
        self.shrink = 1.0

    def set_shrink(self, factor: float) -> None:
        """Scales the text down (about the anchor) where neighbours would otherwise overlap."""
        factor = min(max(factor, 0.6), 1.0)
        if factor != self.shrink:
            self.prepareGeometryChange()
            self.shrink = factor

    @property
    def text(self) -> str:
        return "\n".join(t for t, _, _ in self.lines)

    def boundingRect(self) -> QRectF:
        f = self.shrink
        return QRectF(self.rect.x() * f, self.rect.y() * f, self.rect.width() * f, self.rect.height() * f)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.scale(self.shrink, self.shrink)
        dark = QApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5  # the dark theme
        painter.setPen(QColor("#e8e8e8" if dark else "#222"))
        y = self.rect.top()
        for text, font, metrics in self.lines:
            painter.setFont(font)
            row = QRectF(self.rect.left(), y, self.rect.width(), metrics.height())
            painter.drawText(row, self.align | Qt.AlignmentFlag.AlignVCenter, text)
            y += metrics.height()


class _QtCanvas(QGraphicsView):
    """Keeps the whole network in sight: rescales the scene whenever the view resizes."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._set_ground()
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.core = QRectF()  # the neurons, in scene units
        self.margins = (0.0, 0.0, 0.0, 0.0)  # left, top, right, bottom in px, for the labels
        self.headers: list[_Label] = []
        self.input_labels: list[_Label] = []  # x1, x2…: shrunk where the rows come too close
        self.pitch = NEURON + LINK_SPAN  # scene units from one column to the next
        # Called with the room (px) for the neurons before they are scaled into it, to spread the
        # columns over a view that is wider than the picture.
        self.spread = None

    def _set_ground(self) -> None:
        """The theme's base colour (white in the light themes)."""
        self.setBackgroundBrush(QApplication.palette().color(QPalette.ColorRole.Base))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:  # a theme was chosen
            self._set_ground()
        super().changeEvent(event)

    def fit(self) -> None:
        if self.core.isEmpty():
            return
        left, top, right, bottom = self.margins
        vw, vh = self.viewport().width(), self.viewport().height()
        if self.spread is not None:
            self.spread(vw - left - right, vh - top - bottom)
        # Labels keep their pixel size, so only the space they leave is scaled into.
        s = min((vw - left - right) / self.core.width(), (vh - top - bottom) / self.core.height(), MAX_SCALE)
        s = max(s, 0.05)
        rect = self.core.adjusted(-left / s, -top / s, right / s, bottom / s)
        self.setSceneRect(rect)
        self.resetTransform()
        self.scale(s, s)
        self.centerOn(rect.center())
        pitch = self.pitch * s
        for header in self.headers:
            header.set_shrink((pitch - 8) / max(header.rect.width(), 1.0))
        row = (NEURON + V_GAP) * s  # px from one input's row to the next
        for label in self.input_labels:
            label.set_shrink(row / max(label.rect.height(), 1.0))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def wheelEvent(self, event) -> None:
        event.ignore()  # no scrolling: the fitted picture is the only view


class QtNetworkView(QWidget):
    """Call `set_network` when the architecture or features change, `set_snapshot` per epoch."""

    sigRebuilt = Signal()  # set_network made new neuron items (what is drawn on them goes again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_scale = theme.text_scale()  # presentation mode's: labels and lines this much larger
        self._network: tuple | None = None  # set_network's arguments and the last snapshot, to draw
        self._snapshot: Snapshot | None = None  # them again at another text scale
        self.scene = QGraphicsScene(self)
        # Links change their bounds every epoch; a BSP index would be rebuilt for nothing.
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.view = _QtCanvas(self.scene, self)
        self.view.spread = self._spread
        self._least_pitch = self.view.pitch
        self._column_labels: list[list[_Label]] = []  # per column: its title and "+48 more", to move with it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        # columns[0] is the input features, columns[i + 1] is Dense layer i.
        self.neuron_items: list[list[_NeuronItem]] = []
        # link_items[i][a][b]: from shown unit a of column i to shown unit b of column i + 1.
        self.link_items: list[list[list[QGraphicsLineItem]]] = []
        self.labels: list[_Label] = []
        self._kinds: list[str] = []
        self._hovered: _NeuronItem | None = None
        self._pens = self._make_pens(self.text_scale)

        self.preview = QFrame(self.view.viewport())
        self.preview.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.preview.setStyleSheet(
            "QFrame { background: white; border: 1px solid #555; }QLabel { border: none; color: #111; }"
        )
        box = QVBoxLayout(self.preview)
        box.setContentsMargins(6, 4, 6, 6)
        box.setSpacing(4)
        self.preview_title = QLabel()
        f = self.preview_title.font()
        f.setPointSize(_FONT_PT)  # presentation mode scales it with the other widgets' fonts
        f.setBold(True)
        self.preview_title.setFont(f)
        self.preview_title.setWordWrap(True)  # long titles wrap instead of widening the frame
        self.preview_image = QLabel()
        self._size_preview()
        box.addWidget(self.preview_title)
        box.addWidget(self.preview_image)
        self.preview.hide()
        self.editing = QtWeightEditor(self)  # weights, biases, neurons and layers edited on the picture

    def restyle_for(self, scale: float) -> None:
        """Presentation mode (see `theme`): labels, links, borders and the hover preview `scale`
        times their normal size; the network is drawn again."""
        if scale == self.text_scale:
            return
        self.text_scale = scale
        self._pens = self._make_pens(scale)
        self._size_preview()
        if self._network is not None:
            snapshot = self._snapshot
            self.set_network(*self._network)
            if snapshot is not None:
                self.set_snapshot(snapshot)

    def _size_preview(self) -> None:
        side = round(PREVIEW_PX * self.text_scale)
        self.preview_title.setFixedWidth(side)
        self.preview_image.setFixedSize(side, side)

    # A picture of the network (PNG, SVG, the report's) leaves the editing controls out.
    def grab(self, *args):
        with self.editing.left_out():
            return super().grab(*args)

    def render(self, *args, **kwargs) -> None:
        with self.editing.left_out():
            super().render(*args, **kwargs)

    # -- structure ---------------------------------------------------------------------------

    def set_network(
        self, feature_names: list[str], feature_grids: np.ndarray, layer_units: list[int], layer_activations: list[str]
    ) -> None:
        """Rebuilds every item. `feature_grids` (n_features, res, res) are drawn once, each
        scaled by its own largest |value| so x1 and x1^2 are both visible."""
        self._network = (feature_names, feature_grids, layer_units, layer_activations)
        self._snapshot = None
        self._on_neuron_hovered(self._hovered, False)
        self.view.headers, self.view.input_labels, self.view.core = (
            [],
            [],
            QRectF(),
        )  # the items they point at are going
        self.scene.clear()
        self.neuron_items, self.link_items, self.labels, self._column_labels = [], [], [], []
        self._kinds = [colors.kind_for_activation(a) for a in layer_activations]

        sizes = [len(feature_names)] + list(layer_units)
        n_layers = len(layer_units)
        headers = [(self.tr("Input"), "")] + [
            (self.tr("Output {0}").format(u) if i == n_layers - 1 else f"Dense {u}", a)
            for i, (u, a) in enumerate(zip(layer_units, layer_activations, strict=True))
        ]
        font = QFont()
        font.setPointSizeF(_FONT_PT * self.text_scale)
        bold = QFont(font)
        bold.setBold(True)
        margins = [0.0, 0.0, 8.0, 8.0]
        headers_items = []
        # Tall columns make the picture scale down; wider gaps keep their titles and "+48 more"
        # apart (a 16-neuron column is ~2× as wide as tall with them).
        tallest = min(max(sizes), MAX_SHOWN)
        pitch = NEURON + max(LINK_SPAN, 0.45 * (tallest * NEURON + (tallest - 1) * V_GAP))
        self.view.pitch = self._least_pitch = pitch

        for col, size in enumerate(sizes):
            shown = min(size, MAX_SHOWN)
            x = col * pitch
            top = -(shown * NEURON + (shown - 1) * V_GAP) / 2
            items = []
            for k in range(shown):
                if col == 0:
                    title = self.tr("Input {0}").format(feature_names[k])
                else:
                    title = self.tr("Layer {0}: {1}, unit {2}").format(col, " ".join(headers[col]), k + 1)
                item = _NeuronItem(self, title)
                item.setPos(x, top + k * (NEURON + V_GAP))
                item.setZValue(1)
                self.scene.addItem(item)
                items.append(item)
                if col == 0:
                    label = self._label([(feature_names[k], font)], "left", x, item.y() + NEURON / 2)
                    self.view.input_labels.append(label)
                    margins[0] = max(margins[0], -label.rect.left() + 4)
            self.neuron_items.append(items)
            self._column_labels.append([])
            if size > shown:
                more = self._label(
                    [(self.tr("+{0} more").format(size - shown), font)],
                    "top",
                    x + NEURON / 2,
                    top + shown * NEURON + (shown - 1) * V_GAP,
                )
                margins[3] = max(margins[3], more.rect.bottom() + 4)
                self._column_labels[col].append(more)
            header = self._label(list(zip(headers[col], (bold, font), strict=True)), "bottom", x + NEURON / 2, top)
            self._column_labels[col].append(header)
            headers_items.append(header)
            margins[1] = max(margins[1], -header.rect.top() + 4)
            margins[2] = max(margins[2], header.rect.right() - NEURON / 2 + 4)

        for col in range(len(sizes) - 1):
            left, right = self.neuron_items[col], self.neuron_items[col + 1]
            rows = []
            for a in left:
                p0 = a.pos() + QPointF(NEURON, NEURON / 2)
                row = []
                for b in right:
                    line = QGraphicsLineItem(p0.x(), p0.y(), b.x(), b.y() + NEURON / 2)
                    line.setPen(self._pens[1][0])
                    self.scene.addItem(line)
                    row.append(line)
                rows.append(row)
            self.link_items.append(rows)

        for item, grid in zip(self.neuron_items[0], feature_grids, strict=False):
            grid = np.asarray(grid, dtype=np.float32)
            scale = float(np.max(np.abs(grid))) or 1.0
            item.set_image(_qimage(colors.to_rgba(grid / scale, "signed")))

        self.view.core = QRectF()
        for items in self.neuron_items:
            for item in items:
                self.view.core |= item.sceneBoundingRect()
        self.view.margins = tuple(margins)
        self.view.headers = headers_items
        self.view.fit()
        self.sigRebuilt.emit()
        self.editing.laid_out()

    def _spread(self, width: float, height: float) -> None:
        """Columns further apart, up to MAX_SPREAD times, where the view is wider than the picture
        at the scale its height allows: longer links, and room for the columns' titles."""
        n = len(self.neuron_items) - 1
        core = self.view.core
        if n < 1 or core.isEmpty() or width <= 0 or height <= 0:
            return
        s = min(height / core.height(), MAX_SCALE)
        least = self._least_pitch
        pitch = min(max((width / s - NEURON) / n, least), least * MAX_SPREAD)
        if abs(pitch - self.view.pitch) > 0.5:
            self._place_columns(pitch)

    def _place_columns(self, pitch: float) -> None:
        """Column k at x = k × pitch: its neurons, title and "+48 more", and the links between."""
        for col, (items, labels) in enumerate(zip(self.neuron_items, self._column_labels, strict=True)):
            for item in items:
                item.setX(col * pitch)
            for label in labels:
                label.setX(col * pitch + NEURON / 2)
        for col, rows in enumerate(self.link_items):
            for a, row in zip(self.neuron_items[col], rows, strict=True):
                for b, line in zip(self.neuron_items[col + 1], row, strict=True):
                    line.setLine(a.x() + NEURON, a.y() + NEURON / 2, b.x(), b.y() + NEURON / 2)
        self.view.pitch = pitch
        self.view.core = QRectF()
        for items in self.neuron_items:
            for item in items:
                self.view.core |= item.sceneBoundingRect()
        self.editing.laid_out()

    def _label(self, lines: list[tuple[str, QFont]], anchor: str, x: float, y: float) -> _Label:
        label = _Label(lines, anchor)
        label.setPos(x, y)
        label.setZValue(2)
        self.scene.addItem(label)
        self.labels.append(label)
        return label

    @staticmethod
    def _make_pens(scale: float = 1.0) -> list[list[QPen]]:
        """[negative, positive] × width steps of 1/4 px (`scale` times thicker): set_snapshot picks
        pens from this table instead of building hundreds of QPens per epoch."""
        table = []
        for color in (colors.NEGATIVE, colors.POSITIVE):
            row = []
            for step in range(int(MAX_WIDTH * PEN_STEPS) + 1):
                c = QColor(color)
                c.setAlpha(200)  # crossings of many links stay readable
                pen = QPen(c, max(step / PEN_STEPS, MIN_WIDTH) * scale)
                pen.setCosmetic(True)  # widths are screen pixels, whatever the view's scale
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                row.append(pen)
            table.append(row)
        return table

    # -- per epoch ---------------------------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Updates every neuron heatmap and link; layers that do not match the network are
        skipped (a snapshot from before the last `set_network` may still be in flight)."""
        self._snapshot = snapshot
        for i, grids in enumerate(snapshot.neuron_grids[: len(self._kinds)]):
            items = self.neuron_items[i + 1]
            if len(grids) < len(items):
                continue
            rgba = colors.to_rgba(grids[: len(items)], self._kinds[i])
            for item, img in zip(items, rgba, strict=True):
                item.set_image(_qimage(img))
        for i, kernel in enumerate(snapshot.kernels[: len(self.link_items)]):
            rows = self.link_items[i]
            if not rows or kernel.shape[0] < len(rows) or kernel.shape[1] < len(rows[0]):
                continue
            w = np.asarray(kernel[: len(rows), : len(rows[0])], dtype=np.float32)
            steps = np.rint(link_width(np.nan_to_num(w)) * PEN_STEPS).astype(int).tolist()
            signs = (w >= 0).tolist()
            for row, row_steps, row_signs in zip(rows, steps, signs, strict=True):
                for line, step, sign in zip(row, row_steps, row_signs, strict=True):
                    line.setPen(self._pens[sign][step])
        if self._hovered is not None:
            self._show_preview(self._hovered)

    # -- hover preview -----------------------------------------------------------------------

    def _on_neuron_hovered(self, item: _NeuronItem | None, entered: bool) -> None:
        if item is None:
            return
        item.hovered = entered
        item.update()
        if entered:
            self._hovered = item
            self._show_preview(item)
        elif self._hovered is item:
            self._hovered = None
            self.preview.hide()

    def _show_preview(self, item: _NeuronItem) -> None:
        self.preview_title.setText(item.title)
        if not item.image.isNull():
            side = self.preview_image.width()
            big = item.image.scaled(
                side, side, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self.preview_image.setPixmap(QPixmap.fromImage(big))
        self.preview.adjustSize()
        # Beside the neuron, on whichever side has room, kept inside the viewport.
        rect = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        vp = self.view.viewport().rect()
        w, h = self.preview.width(), self.preview.height()
        x = rect.right() + 12
        if x + w > vp.right():
            x = rect.left() - 12 - w
        y = min(max(rect.center().y() - h // 2, 0), max(vp.bottom() - h, 0))
        self.preview.move(max(x, 0), y)
        self.preview.show()
        self.preview.raise_()


def _fake(units=(8, 8, 4, 1), acts=("tanh", "relu", "tanh", "sigmoid"), res=40, seed=0):
    from playground.core.data.datasets import features, grid

    rng = np.random.default_rng(seed)
    names = ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]
    g = grid(res)
    fgrids = features(g, names).T.reshape(len(names), res, res)
    h = features(g, names) / np.array([6, 6, 36, 36, 36, 1, 1], dtype=np.float32)
    grids, kernels = [], []
    fan_in = len(names)
    for u, a in zip(units, acts, strict=True):
        k = rng.normal(0, 2 * np.sqrt(2 / (fan_in + u)), (fan_in, u)).astype(np.float32)
        z = h @ k
        h = {"tanh": np.tanh, "relu": lambda v: np.maximum(v, 0), "sigmoid": lambda v: 1 / (1 + np.exp(-v))}.get(
            a, lambda v: v
        )(z)
        grids.append(h.T.reshape(u, res, res).astype(np.float32))
        kernels.append(k)
        fan_in = u
    snap = Snapshot(epoch=1, row={}, resolution=res, neuron_grids=grids, kernels=kernels)
    return names, fgrids, list(units), list(acts), snap


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    names, fgrids, units, acts, snap = _fake()
    w = QtNetworkView()
    w.set_network(names, fgrids, units, acts)
    w.set_snapshot(snap)
    w.resize(900, 560)
    w.show()
    sys.exit(app.exec())
