"""The model as a picture of its graph, drawn top to bottom: one box per layer, arrows labelled
with the shape that flows along them.

A list of layers hides how a branched (functional) model is wired; this view shows it, and lets
the user wire it by hand: press on a layer and drag onto another to feed the first into the
second, right-click an arrow to cut it. The view never edits the model itself — it only emits
what the user asked for (`sigConnect`, `sigDisconnect`, `sigLayerSelected`), so the editor keeps
one place where the model changes (and one undo stack).

Where boxes and arrows go is worked out in `graph_layout`, how each is drawn in `graph_items`. In
presentation mode the whole picture (text and lines) is drawn `theme.text_scale()` times larger.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QStyle,
    QWidget,
)

from playground.core.network.layer_graph import Node, shape_text
from playground.qt import theme
from playground.qt.network.graph_items import (
    ARROW,
    BOX_H,
    DROP,
    KIND_PX,
    LABEL_PX,
    PARAMS_PX,
    SUMMARY_PX,
    TEXT,
    QtEdgeItem,
    QtNodeItem,
    QtTag,
    pixel_font,
)
from playground.qt.network.graph_layout import layout_graph

# Scene units; at scale 1 they are screen pixels.
ROW_GAP = 58.0  # between a row's boxes and the next row's: room for the shape labels
MARGIN = 28.0
STUB = 34.0  # the "output" arrow below the last box

MIN_TEXT_PX = 12  # ~9 pt: below this a tall graph scrolls instead of shrinking further
MIN_SCALE = MIN_TEXT_PX / min(KIND_PX, SUMMARY_PX, PARAMS_PX, LABEL_PX)
SCROLL_SCALE = 1.0  # a graph too tall to fit at MIN_SCALE is shown at this scale, and scrolls
MAX_SCALE = 1.5  # beyond this a three-box model would be all giant letters
DRAG_PX = 6  # a press that moves further than this is a drag, not a click


class QtGraphView(QGraphicsView):
    """The model's graph. Call `set_nodes` with `analyse(...)`'s list whenever the model changes.

    Signals:
        sigLayerSelected(int): a box was clicked; the layer's index (-1 for the input).
        sigConnect(str, str): the user dragged from the first layer onto the second: feed the
            first's output into the second (names; the second is never the input).
        sigDisconnect(str, str): the user asked to cut the arrow from the first to the second.
    """

    sigLayerSelected = Signal(int)
    sigConnect = Signal(str, str)
    sigDisconnect = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("white"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMinimumSize(80, 80)

        self.nodes: list[Node] = []
        self.node_items: dict[int, QtNodeItem] = {}  # by Node.index
        self.edge_items: list[QtEdgeItem] = []
        self.output_label: QtTag | None = None
        self.output_shape_label: QtTag | None = None
        self.selected_index: int | None = None
        self._fonts = (pixel_font(KIND_PX, bold=True), pixel_font(SUMMARY_PX), pixel_font(PARAMS_PX))
        self._label_font = pixel_font(LABEL_PX)
        self._press: tuple[QtNodeItem, QPointF] | None = None  # the box pressed and where (viewport)
        self._drag_line: QGraphicsPathItem | None = None
        self._drop: QtNodeItem | None = None

    # -- drawing -----------------------------------------------------------------------------

    def set_nodes(self, nodes: list[Node], outputs: tuple[int, ...] = ()) -> None:
        """Redraws the graph; the selected layer stays selected if its index still exists.
        `outputs`: layer indices of the model's outputs besides the last layer."""
        first = not self.nodes
        self._cancel_drag()
        self.scene().clear()
        self.nodes = list(nodes)
        self.node_items, self.edge_items = {}, []
        self.output_label = self.output_shape_label = None
        if not nodes:
            self.setSceneRect(QRectF())
            return

        items = [QtNodeItem(node, self._fonts) for node in nodes]
        layout = layout_graph(nodes, [item.width for item in items])
        pitch = BOX_H + ROW_GAP
        for item, x, row in zip(items, layout.xs, layout.rows, strict=True):
            item.setPos(x, row * pitch)
            self.scene().addItem(item)
            self.node_items.setdefault(item.node.index, item)

        # Ports: the arrows leaving (entering) a box are spread in the order of where they go
        # (come from), so arrows out of one box never cross just below it.
        outs: dict[int, list[int]] = {}
        ins: dict[int, list[int]] = {}
        for e, (p, k, _) in enumerate(layout.edges):
            outs.setdefault(p, []).append(e)
            ins.setdefault(k, []).append(e)
        first_x = {e: (ways[0] if ways else layout.xs[k]) for e, (p, k, ways) in enumerate(layout.edges)}
        last_x = {e: (ways[-1] if ways else layout.xs[p]) for e, (p, k, ways) in enumerate(layout.edges)}
        out_port, in_port = {}, {}
        for es in outs.values():
            for i, e in enumerate(sorted(es, key=lambda e: first_x[e])):
                out_port[e] = (i, len(es))
        for es in ins.values():
            for i, e in enumerate(sorted(es, key=lambda e: last_x[e])):
                in_port[e] = (i, len(es))

        for e, (p, k, ways) in enumerate(layout.edges):
            src, dst = items[p], items[k]
            points = [src.bottom_port(*out_port[e])]
            for i, x in enumerate(ways):
                y = (layout.rows[p] + 1 + i) * pitch
                points += [QPointF(x, y - BOX_H / 2), QPointF(x, y + BOX_H / 2)]
            end = dst.top_port(*in_port[e])
            points.append(end - QPointF(0, ARROW))
            # A label goes on the outer side: left of an arrow using a box's left port, so
            # arrows meeting at one box keep their labels apart.
            offset = in_port[e][0] - (in_port[e][1] - 1) / 2 or out_port[e][0] - (out_port[e][1] - 1) / 2
            side = -1 if offset < 0 else 1
            label = shape_text(src.node.shape)
            edge = QtEdgeItem(src.node.name, dst.node.name, points, label, self._label_font, side)
            self.scene().addItem(edge)
            self.edge_items.append(edge)

        # The model's outputs: a short arrow out of the last box (and of each other output), with
        # its shape and a name.
        by_index = {item.node.index: item for item in items}
        for k, index in enumerate((items[-1].node.index, *outputs)):
            if index not in by_index:
                continue
            name = self.tr("output") if k == 0 else self.tr("output {0}").format(k + 1)
            shape_label, name_label = self._output_stub(by_index[index], name)
            if k == 0:
                self.output_shape_label, self.output_label = shape_label, name_label

        self.setSceneRect(self.scene().itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if self.selected_index is not None and self.selected_index not in self.node_items:
            self.selected_index = None
        self._show_selection()
        self.fit()
        if first:
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        elif self.selected_index is not None:
            self.ensureVisible(self.node_items[self.selected_index], 20, 20)

    def _output_stub(self, item, name: str):
        start = item.bottom_port(0, 1)
        stub = QtEdgeItem(item.node.name, "", [start, start + QPointF(0, STUB - ARROW)], "", self._label_font)
        stub.setToolTip(self.tr("{0} of the model: {1}").format(name, shape_text(item.node.shape)))
        stub.label.setVisible(False)
        stub.setAcceptHoverEvents(False)
        self.scene().addItem(stub)
        shape_label = QtTag(shape_text(item.node.shape), self._label_font)
        shape_label.setPos(start + QPointF(shape_label.rect.width() / 2 + 6, (STUB - ARROW) / 2))
        self.scene().addItem(shape_label)
        name_label = QtTag(name, pixel_font(SUMMARY_PX, bold=True), TEXT)
        name_label.setPos(start + QPointF(0, STUB + name_label.rect.height() / 2 + 2))
        self.scene().addItem(name_label)
        return shape_label, name_label

    def fit(self) -> None:
        """Scales the graph to the view, keeping its aspect: no larger than MAX_SCALE (a small
        model is not blown up) and no smaller than MIN_SCALE (a tall one scrolls instead)."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        room = self.maximumViewportSize()  # the viewport without scroll bars
        w, h = room.width(), room.height()
        k = theme.text_scale()  # presentation mode: larger text and thicker lines
        s = min(w / rect.width(), h / rect.height(), MAX_SCALE * k)
        if s < MIN_SCALE * k:
            # It scrolls anyway: then at the natural size, as wide as fits beside the scroll bar
            # (a one-column VGG stack blown up to MAX_SCALE would only mean more scrolling).
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            s = min((w - bar) / rect.width(), SCROLL_SCALE * k)
        s = max(s, MIN_SCALE * k)
        self.resetTransform()
        self.scale(s, s)

    def restyle_for(self, scale: float) -> None:
        """Presentation mode switched (see `theme`): fitted again at its scale."""
        self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def render(self, painter: QPainter, *args, **kwargs) -> None:
        """QGraphicsView.render(painter, target rect, source rect, ...) as usual, and also
        QWidget.render(painter, offset QPoint, ...): QGraphicsView hides the widget's own
        overload, which `picture.save_picture` calls to draw this widget into an SVG."""
        if args and isinstance(args[0], QPoint) or "targetOffset" in kwargs:
            QWidget.render(self, painter, *args, **kwargs)
        else:
            super().render(painter, *args, **kwargs)

    # -- selection ---------------------------------------------------------------------------

    def select(self, index: int | None) -> None:
        """Selects the layer with `index` (-1: the input; None or unknown: nothing) without
        emitting sigLayerSelected: for the editor to mirror its own selection."""
        self.selected_index = index if index in self.node_items else None
        self._show_selection()
        if self.selected_index is not None:
            self.ensureVisible(self.node_items[self.selected_index], 20, 20)

    def _show_selection(self) -> None:
        for index, item in self.node_items.items():
            if item.selected != (index == self.selected_index):
                item.selected = index == self.selected_index
                item.update()

    def _on_node_clicked(self, item: QtNodeItem) -> None:
        self.selected_index = item.node.index
        self._show_selection()
        self.sigLayerSelected.emit(item.node.index)

    # -- mouse: click to select, drag to connect --------------------------------------------

    def node_at(self, pos) -> QtNodeItem | None:
        """The box under viewport point `pos`, if any."""
        for item in self.items(pos):
            if isinstance(item, QtNodeItem):
                return item
        return None

    def edge_at(self, pos) -> QtEdgeItem | None:
        """The arrow (or its shape label) under viewport point `pos`; never the output stub."""
        for item in self.items(pos):
            if isinstance(item, QtTag) and isinstance(item.parentItem(), QtEdgeItem):
                item = item.parentItem()
            if isinstance(item, QtEdgeItem) and item.target:
                return item
        return None

    def mousePressEvent(self, event) -> None:
        item = self.node_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self._press = (item, event.position())
            self._on_node_clicked(item)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        source, start = self._press
        if self._drag_line is None:
            if (event.position() - start).manhattanLength() <= DRAG_PX:
                return
            self._drag_line = QGraphicsPathItem()
            pen = QPen(DROP, 2.5, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._drag_line.setPen(pen)
            self._drag_line.setZValue(3)
            self.scene().addItem(self._drag_line)
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        pos = event.position().toPoint()
        self._autoscroll(pos)
        end = self.mapToScene(pos)
        origin = source.bottom_port(0, 1)
        path = QPainterPath(origin)
        dy = max(abs(end.y() - origin.y()) / 2, 30.0)
        path.cubicTo(origin + QPointF(0, dy), end - QPointF(0, dy), end)
        self._drag_line.setPath(path)
        target = self.node_at(pos)
        self._set_drop(target if target is not source and target is not None and target.node.index >= 0 else None)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        source = self._press[0]
        dragged = self._drag_line is not None
        self._cancel_drag()
        target = self.node_at(event.position().toPoint())
        # The input takes nothing, so it is never a target; releasing on empty space or on the
        # box it started from is a change of mind.
        if dragged and target is not None and target is not source and target.node.index >= 0:
            self.sigConnect.emit(source.node.name, target.node.name)
        event.accept()

    def _set_drop(self, item: QtNodeItem | None) -> None:
        if item is self._drop:
            return
        for old_new in (self._drop, item):
            if old_new is not None:
                old_new.drop_target = old_new is item
                old_new.update()
        self._drop = item

    def _cancel_drag(self) -> None:
        self._set_drop(None)
        if self._drag_line is not None:
            self.scene().removeItem(self._drag_line)
            self._drag_line = None
            self.viewport().unsetCursor()
        self._press = None

    def _autoscroll(self, pos) -> None:
        # A drag to a layer out of sight of a tall graph: near an edge, the view scrolls.
        bar, margin = self.verticalScrollBar(), 30
        if pos.y() < margin:
            bar.setValue(bar.value() - (margin - pos.y()))
        elif pos.y() > self.viewport().height() - margin:
            bar.setValue(bar.value() + pos.y() - (self.viewport().height() - margin))

    # -- context menu: disconnect ------------------------------------------------------------

    def context_menu_at(self, pos) -> QMenu | None:
        """The menu for viewport point `pos`: on an arrow, cutting it; on a box, cutting each of
        its inputs. None where there is nothing to offer. Its actions emit sigDisconnect."""
        edge = self.edge_at(pos)
        if edge is not None:
            pairs = [(edge.source, edge.target)]
        else:
            node = self.node_at(pos)
            if node is None:
                return None
            known = {n.name for n in self.nodes}
            pairs = [(src, node.node.name) for src in dict.fromkeys(node.node.inputs) if src in known]
            if not pairs:
                return None
        menu = QMenu(self)
        for source, target in pairs:
            action = menu.addAction(self.tr("Disconnect from {0}").format(source))
            action.triggered.connect(lambda _=False, s=source, t=target: self.sigDisconnect.emit(s, t))
        return menu

    def contextMenuEvent(self, event) -> None:
        menu = self.context_menu_at(event.pos())
        if menu is None:
            event.ignore()
            return
        menu.exec(event.globalPos())
        menu.deleteLater()


def demo_nodes() -> list[Node]:
    """A small residual model: the shortcut joins the branch at the Add."""
    from playground.core.network.layer_graph import analyse

    def conv(name):
        cfg = {"name": name, "filters": 16, "kernel_size": 3, "activation": "relu", "padding": "same"}
        return {"class_name": "Conv2D", "config": cfg}

    layers = [
        conv("conv_1"),
        conv("conv_2"),
        {"class_name": "Add", "config": {"name": "add"}, "inputs": ["conv_1", "conv_2"]},
        {"class_name": "Flatten", "config": {"name": "flatten"}},
        {"class_name": "Dense", "config": {"name": "dense", "units": 10, "activation": "softmax"}},
    ]
    return analyse((28, 28, 1), layers)


if __name__ == "__main__":
    import logging
    import sys

    from PySide6.QtWidgets import QApplication

    logging.basicConfig(level=logging.DEBUG, format="%(message)s")  # the demo echoes the view's signals
    log = logging.getLogger(__name__)
    app = QApplication(sys.argv)
    view = QtGraphView()
    view.setWindowTitle("Graph view")
    view.set_nodes(demo_nodes())
    view.sigLayerSelected.connect(lambda i: log.debug("selected %s", i))
    view.sigConnect.connect(lambda a, b: log.debug("connect %s → %s", a, b))
    view.sigDisconnect.connect(lambda a, b: log.debug("disconnect %s → %s", a, b))
    view.resize(520, 760)
    view.show()
    sys.exit(app.exec())
