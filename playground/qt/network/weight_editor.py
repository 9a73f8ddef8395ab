"""Editing the network on its picture (issue 19), TensorFlow Playground's way: hover a connection
to read its weight, click it to set the value (a field and a slider, `weight_popup`), click a
neuron to set its bias; + and − above each hidden layer add or remove a neuron, and the row under
the picture adds a hidden layer between two columns (+) or removes one (−).

The editor only says what the user asked for, through its signals, counting Dense layers as the
picture does (0 is the first hidden layer); `qt.training.weight_editing` applies it to the model
being trained and to the experiment. The picture (`network_view.QtNetworkView`) owns the editor
and tells it when its columns are laid out anew.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QLabel, QToolButton, QWidget

from playground.qt import theme
from playground.qt.network.weight_popup import QtWeightPopup, value_text

HIT_PX = 6  # a connection within this many pixels of the pointer is the one hovered
BUTTON_GAP = 4  # px between buttons, and between the buttons and the titles
# The + / − buttons take two rows of the picture's height: on a shorter picture (large text on a
# small screen) they are left out, and the picture keeps its room (the layer list still edits).
LEAST_PICTURE_PX = 120
_FONT_PT = 12


class _Button(QToolButton):
    """A + or − on the picture, kept beside its column (a widget over the viewport: tooltips, the
    pointing hand and presentation mode's larger text come with it)."""

    def __init__(self, parent: QWidget, kind: str, index: int, text: str, tip: str, enabled: bool = True) -> None:
        super().__init__(parent)
        self.kind, self.index = kind, index
        self.setObjectName(f"weight_{kind}_{index}")
        self.setText(text)
        self.setToolTip(tip)
        self.setEnabled(enabled)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        theme.keep_size(self)  # sized by `set_scale` from the picture's scale, as the titles are
        self.anchor = QPointF()  # scene point the button keeps beside
        self.offset = QPointF()  # px from the anchor to the button's centre, at full size
        self.factor = 1.0  # smaller where the columns are close

    def set_scale(self, scale: float) -> None:
        """Text `scale` times the picture's own size (presentation mode's), as its titles are."""
        font = QFont()
        font.setPointSizeF(_FONT_PT * scale)
        font.setBold(True)
        self.setFont(font)

    def side(self) -> float:
        """The button's full size in px: a square around its sign, a quarter more than its text."""
        return QFontMetricsF(self.font()).height() * 1.25


class QtWeightEditor(QObject):
    """Args: the network picture it edits (a `QtNetworkView`)."""

    sigWeightEdited = Signal(int, int, int, float, bool)  # Dense layer, input, neuron, value, final
    sigBiasEdited = Signal(int, int, float, bool)  # Dense layer, neuron, value, final
    sigBiasWanted = Signal(int, int)  # Dense layer, neuron: `show_bias` is to answer with its value
    sigUnitsChanged = Signal(int, int)  # hidden Dense layer, +1 or −1 neuron
    sigLayerAdded = Signal(int)  # a hidden layer wanted before Dense layer k (0: after the inputs)
    sigLayerRemoved = Signal(int)  # hidden Dense layer k to remove

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.enabled = True  # False: the picture only shows (no model to edit)
        self.buttons: list[_Button] = []  # over the picture, not in the scene
        self._roomy = True  # the picture is tall enough for the buttons' two rows
        self.hovered_link: tuple[int, int, int] | None = None  # (gap, input, neuron)
        self.editing: tuple[int, int, int | None] | None = None  # (Dense layer, row, neuron or None: a bias)
        self._ends = np.zeros((0, 4))  # scene end points of every connection drawn, one row each
        self._keys: list[tuple[int, int, int]] = []  # (gap, input, neuron) of each row
        self._placing = False
        self._base_margins = (0.0, 0.0, 0.0, 0.0)
        self._columns: list | None = None  # the picture's columns the buttons were made for
        self._placed_for: tuple = ()  # the `_transform` the buttons were placed for
        self._left_out: list[QWidget] = []  # other controls kept out of the picture's exports
        viewport = view.view.viewport()
        viewport.setMouseTracking(True)
        viewport.installEventFilter(self)
        self.highlight = QGraphicsLineItem()  # in the scene only while a connection is hovered
        self.highlight.setZValue(0.5)
        self.hover_label = QLabel(viewport)
        self.hover_label.setObjectName("weight_hover")
        self.hover_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hover_label.setWordWrap(True)
        theme.keep_size(self.hover_label)  # sized from the picture's scale when shown
        self.hover_label.setStyleSheet(
            "QLabel { background: white; border: 1px solid #555; color: #111; padding: 3px; }"
        )
        self.hover_label.hide()
        self.popup = QtWeightPopup(viewport)
        self.popup.sigValue.connect(self._on_value)

    # -- the picture's layout ----------------------------------------------------------------

    def laid_out(self) -> None:
        """The picture was built or its columns moved: buttons and connections follow."""
        if self._placing:
            return
        view = self.view
        if view.neuron_items is not self._columns:  # built anew: the scene's items are gone
            self._columns = view.neuron_items
            self.highlight = QGraphicsLineItem()
            self.highlight.setZValue(0.5)
            for button in self.buttons:
                button.hide()  # at once: it is deleted when the event loop gets to it
                button.deleteLater()
            self.buttons = []
            self.popup.hide()
            self.editing = None
        self._clear_hover()
        ends, keys = [], []
        for gap, rows in enumerate(view.link_items):
            for a, row in enumerate(rows):
                for b, line in enumerate(row):
                    segment = line.line()
                    ends.append((segment.x1(), segment.y1(), segment.x2(), segment.y2()))
                    keys.append((gap, a, b))
        self._ends = np.array(ends, dtype=float).reshape(-1, 4)
        self._keys = keys
        self._place_buttons()

    def _place_buttons(self) -> None:
        view = self.view
        columns = view.neuron_items
        if view._network is None or len(columns) < 2 or not all(columns):
            return
        if not self.buttons:
            self._base_margins = view.view.margins  # the titles' room, before the buttons'
            self._make_buttons(list(view._network[2]))
        if not self.buttons:
            return
        bottom = max(items[-1].sceneBoundingRect().bottom() for items in columns)
        width = columns[0][0].boundingRect().width()
        left, head, right, foot = self._base_margins
        side = self.buttons[0].side()
        for button in self.buttons:
            kind, index = button.kind, button.index
            if kind in ("unit+", "unit-"):  # above the layer's title, which is above its column
                column = columns[index + 1]
                title = view._column_labels[index + 1][-1]
                shift = (side / 2 + BUTTON_GAP / 2) * (1 if kind == "unit+" else -1)
                button.anchor = QPointF(column[0].x() + width / 2, column[0].y())
                button.offset = QPointF(shift, title.rect.top() - BUTTON_GAP - side / 2)
            else:
                if kind == "layer+":  # in the gap before Dense layer `index`
                    x = (columns[index][0].x() + width + columns[index + 1][0].x()) / 2
                else:  # under hidden layer `index`
                    x = columns[index + 1][0].x() + width / 2
                button.anchor = QPointF(x, bottom)
                button.offset = QPointF(0, foot + BUTTON_GAP + side / 2)
        # Room for the buttons above the titles and below the picture, then fitted again.
        wanted = (left, head + side + 3 * BUTTON_GAP, right, foot + side + 3 * BUTTON_GAP)
        self._roomy = view.view.viewport().height() - wanted[1] - wanted[3] >= LEAST_PICTURE_PX
        if not self._roomy:
            wanted = self._base_margins
        if view.view.margins != wanted:
            self._placing = True
            try:
                view.view.margins = wanted
                view.view.fit()
            finally:
                self._placing = False
            self.laid_out()
        self._fit_buttons()
        # Called mid-fit (the columns spread before the scale is set): placed again once it is.
        QTimer.singleShot(0, self._fit_buttons)

    def _fit_buttons(self) -> None:
        """Each button where its anchor is on screen now; smaller (down to half) where the columns
        are too close for them at full size, as the columns' titles are."""
        if not self.buttons or not shiboken6.isValid(self.view):
            return
        if not self._roomy:
            for button in self.buttons:
                button.hide()
            return
        canvas = self.view.view
        self._placed_for = self._transform()
        side = self.buttons[0].side()
        pitch = canvas.pitch * canvas.transform().m11()  # px between two columns
        fits = min((pitch - 8) / (2 * side + BUTTON_GAP), (pitch / 2 - BUTTON_GAP) / side)
        factor = min(max(fits, 0.5), 1.0)
        size = max(8, round(side * factor))
        for button in self.buttons:
            centre = (
                QPointF(canvas.viewport().mapTo(canvas, canvas.mapFromScene(button.anchor))) + button.offset * factor
            )
            button.setFixedSize(size, size)
            button.move(round(centre.x() - size / 2), round(centre.y() - size / 2))
            button.show()

    def _transform(self) -> tuple:
        """Where the scene is on the viewport now (scale and shift)."""
        t = self.view.view.viewportTransform()
        return (t.m11(), t.m22(), t.dx(), t.dy(), self.view.view.viewport().size().toTuple())

    def _make_buttons(self, units: list[int]) -> None:
        from playground.core.network.dense_edits import most_units

        if not self.enabled:
            return
        most = most_units()
        specs = []
        for k in range(len(units) - 1):  # hidden layers: a neuron more or less, the layer gone
            specs.append(("unit-", k, "−", self.tr("Remove a neuron from this layer"), units[k] > 1))
            specs.append(("unit+", k, "+", self.tr("Add a neuron to this layer"), units[k] < most))
            specs.append(("layer-", k, "−", self.tr("Remove this hidden layer (the other layers keep their weights)")))
        for gap in range(len(units)):
            specs.append(("layer+", gap, "+", self.tr("Add a hidden layer here (the other layers keep their weights)")))
        # On the view, not its viewport: Qt shifts a viewport's children when it scrolls the scene.
        canvas = self.view.view
        for kind, index, text, tip, *enabled in specs:
            button = _Button(canvas, kind, index, text, tip, *enabled)
            button.set_scale(self.view.text_scale)
            button.clicked.connect(lambda _=False, k=kind, i=index: self._on_button(k, i))
            self.buttons.append(button)
        self.popup.raise_()

    def leave_out(self, *widgets: QWidget) -> None:
        """`widgets` (controls over or beside the picture, as the silencing switch) are left out of
        its pictures too."""
        self._left_out.extend(widgets)

    @contextmanager
    def left_out(self):
        """While a picture of the network is made (exported, copied into the report): without the
        + / − buttons, the hovered connection and its label, the open editor and the neuron
        preview — they are for the hand on the window, not for the picture. The widgets are moved
        out of sight rather than hidden, which would take the focus from the editor's field."""
        extra = [w for w in self._left_out if shiboken6.isValid(w)]
        widgets = [w for w in (*self.buttons, self.hover_label, self.popup, self.view.preview, *extra) if w.isVisible()]
        places = [w.pos() for w in widgets]
        marked = self.highlight.scene() is not None and self.highlight.isVisible()
        try:
            for widget in widgets:
                widget.move(-10 * widget.width() - 10_000, -10 * widget.height() - 10_000)
            if marked:
                self.highlight.hide()
            yield
        finally:
            for widget, place in zip(widgets, places, strict=True):
                if shiboken6.isValid(widget):
                    widget.move(place)
            if marked and shiboken6.isValid(self.highlight):
                self.highlight.show()

    def button(self, kind: str, index: int) -> _Button:
        """The button of `kind` ("unit+", "unit-", "layer+", "layer-") for Dense layer or gap `index`."""
        return next(b for b in self.buttons if b.kind == kind and b.index == index)

    def _on_button(self, kind: str, index: int) -> None:
        self.popup.hide()
        if kind == "unit+":
            self.sigUnitsChanged.emit(index, 1)
        elif kind == "unit-":
            self.sigUnitsChanged.emit(index, -1)
        elif kind == "layer+":
            self.sigLayerAdded.emit(index)
        else:
            self.sigLayerRemoved.emit(index)

    # -- hovering and clicking ---------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Paint) and self._placed_for != self._transform():
            # The picture was scaled or moved to fit (after a resize, a rebuild): buttons follow.
            QTimer.singleShot(0, self._fit_buttons)
        elif kind == QEvent.Type.MouseMove:
            self._hover(event.position())
        elif kind == QEvent.Type.Leave:
            self._clear_hover()
        elif kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._click(event.position())
        return False

    def link_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        """The connection (gap, input, neuron) within HIT_PX of viewport point `pos`, if any."""
        if not len(self._ends) or self._item_at(pos) is not None:
            return None
        t = self.view.view.viewportTransform()
        x1 = t.m11() * self._ends[:, 0] + t.m21() * self._ends[:, 1] + t.dx()
        y1 = t.m12() * self._ends[:, 0] + t.m22() * self._ends[:, 1] + t.dy()
        x2 = t.m11() * self._ends[:, 2] + t.m21() * self._ends[:, 3] + t.dx()
        y2 = t.m12() * self._ends[:, 2] + t.m22() * self._ends[:, 3] + t.dy()
        dx, dy = x2 - x1, y2 - y1
        length = np.maximum(dx * dx + dy * dy, 1e-9)
        along = np.clip(((pos.x() - x1) * dx + (pos.y() - y1) * dy) / length, 0, 1)
        distance = np.hypot(x1 + along * dx - pos.x(), y1 + along * dy - pos.y())
        best = int(np.argmin(distance))
        return self._keys[best] if distance[best] <= HIT_PX * self.view.text_scale else None

    def _item_at(self, pos: QPointF):
        """The neuron under viewport point `pos`, if any."""
        scene_pos = self.view.view.mapToScene(pos.toPoint())
        for items in self.view.neuron_items:
            for item in items:
                if item.sceneBoundingRect().contains(scene_pos):
                    return item
        return None

    def _hover(self, pos: QPointF) -> None:
        link = self.link_at(pos) if self.enabled else None
        if link == self.hovered_link:
            if link is not None:
                self._place_label(pos)
            return
        self._clear_hover()
        if link is None:
            return
        self.hovered_link = link
        gap, a, b = link
        line = self.view.link_items[gap][a][b]
        if self.highlight.scene() is None:
            self.view.scene.addItem(self.highlight)
        self.highlight.setLine(line.line())
        pen = QPen(QColor("#202124"), 3 * self.view.text_scale)
        pen.setCosmetic(True)
        self.highlight.setPen(pen)
        self.highlight.show()
        self.hover_label.setText(self._hover_text(gap, a, b))
        font = self.hover_label.font()
        font.setPointSizeF(_FONT_PT * 0.85 * self.view.text_scale)
        self.hover_label.setFont(font)
        self.hover_label.setMaximumWidth(max(120, self.view.view.viewport().width() - 8))
        self.hover_label.adjustSize()
        self._place_label(pos)
        self.hover_label.show()
        self.hover_label.raise_()

    def _hover_text(self, gap: int, a: int, b: int) -> str:
        value = self.weight(gap, a, b)
        lines = [self._link_title(gap, a, b)]
        if value is not None:
            lines.append(self.tr("Weight: {0}").format(value_text(value)))
        lines.append(self.tr("Click to change it"))
        return "\n".join(lines)

    def _place_label(self, pos: QPointF) -> None:
        viewport = self.view.view.viewport().rect()
        w, h = self.hover_label.width(), self.hover_label.height()
        x = pos.x() + 14 if pos.x() + 14 + w < viewport.right() else pos.x() - 14 - w
        y = min(max(pos.y() + 14, 0), max(viewport.bottom() - h, 0))
        self.hover_label.move(int(max(x, 0)), int(y))

    def _clear_hover(self) -> None:
        self.hovered_link = None
        self.hover_label.hide()
        if self.highlight.scene() is not None:  # out of the scene: it counts for nothing there
            self.highlight.scene().removeItem(self.highlight)

    def _click(self, pos: QPointF) -> None:
        if not self.enabled or (self.popup.isVisible() and self.popup.geometry().contains(pos.toPoint())):
            return
        link = self.link_at(pos)
        self._clear_hover()  # the editor says it all now
        if link is not None:
            self.edit_weight(*link)
            return
        item = self._item_at(pos)
        for col, items in enumerate(self.view.neuron_items[1:], start=1):
            if item in items:
                self.edit_bias(col - 1, items.index(item))
                return
        if item is None:
            self.popup.hide()

    # -- the editor --------------------------------------------------------------------------

    def weight(self, gap: int, a: int, b: int, snapshot=None) -> float | None:
        """The weight from input `a` to neuron `b` of Dense layer `gap`, as the picture shows it now
        (or as `snapshot` has it)."""
        snapshot = snapshot if snapshot is not None else self.view._snapshot
        if snapshot is None or gap >= len(snapshot.kernels):
            return None
        kernel = snapshot.kernels[gap]
        return float(kernel[a, b]) if a < kernel.shape[0] and b < kernel.shape[1] else None

    def edit_weight(self, gap: int, a: int, b: int) -> None:
        """Opens the editor on the weight from input `a` to neuron `b` of Dense layer `gap`."""
        self._clear_hover()
        self.editing = (gap, a, b)
        self.popup.open_for(self._link_title(gap, a, b), self.tr("Weight"), self.weight(gap, a, b))
        self.popup.follow(None, getattr(self.view._snapshot, "epoch", None))  # says the epoch
        self._place_popup(self.view.link_items[gap][a][b].sceneBoundingRect())

    def edit_bias(self, layer: int, unit: int) -> None:
        """Opens the editor on the bias of neuron `unit` of Dense layer `layer`; its value is asked for."""
        self._clear_hover()
        self.editing = (layer, unit, None)
        title = self.tr("Bias of {0}").format(self._neuron(layer + 1, unit))
        self.popup.open_for(title, self.tr("Bias"), None)
        self._place_popup(self.view.neuron_items[layer + 1][unit].sceneBoundingRect())
        self.sigBiasWanted.emit(layer, unit)

    def show_bias(self, layer: int, unit: int, value: float | None, epoch: int | None = None) -> None:
        """The value of the bias the editor asked for (None: the layer has no biases), at `epoch`:
        the first answer fills the field; later ones (asked while training moves it) follow."""
        if self.editing != (layer, unit, None) or not self.popup.isVisible():
            return
        if self.popup.value() is not None:
            self.popup.follow(value, epoch)
            return
        if value is None:
            self.popup.title.setText(self.tr("This layer has no biases (use_bias is off)"))
        self.popup.set_value(value)
        self.popup.follow(value, epoch)  # says the epoch
        self.popup.field.setFocus()
        self.popup.field.selectAll()

    def follow(self, snapshot) -> bool:
        """A new snapshot is shown: the weight being edited, and the one hovered, show its value.
        True when the editor is open on a bias, whose value the caller is to ask for."""
        if self.hovered_link is not None and self.hover_label.isVisible():
            self.hover_label.setText(self._hover_text(*self.hovered_link))
        if self.editing is None or not self.popup.isVisible():
            return False
        layer, row, col = self.editing
        if col is None:
            return not self.popup.busy()
        self.popup.follow(self.weight(layer, row, col, snapshot), getattr(snapshot, "epoch", None))
        return False

    def _on_value(self, value: float, final: bool) -> None:
        if self.editing is None:
            return
        layer, row, col = self.editing
        if col is None:
            self.sigBiasEdited.emit(layer, row, value, final)
        else:
            self.sigWeightEdited.emit(layer, row, col, value, final)

    def _place_popup(self, rect: QRectF) -> None:
        """Beside `rect` (scene units), inside the viewport."""
        shown = self.view.view.mapFromScene(rect).boundingRect()
        viewport = self.view.view.viewport().rect()
        self.popup.adjustSize()
        w, h = self.popup.width(), self.popup.height()
        x = shown.right() + 10 if shown.right() + 10 + w < viewport.right() else shown.left() - 10 - w
        y = min(max(shown.center().y() - h // 2, 0), max(viewport.bottom() - h, 0))
        self.popup.move(int(max(x, 0)), int(y))

    def _link_title(self, gap: int, a: int, b: int) -> str:
        return self.tr("Weight from {0} to {1}").format(self._neuron(gap, a), self._neuron(gap + 1, b))

    def _neuron(self, col: int, k: int) -> str:
        """Column `col`'s unit `k` in words: an input's feature, or a neuron of a layer."""
        if col == 0:
            return self.view._network[0][k] if self.view._network else str(k + 1)
        return self.tr("neuron {0} of layer {1}").format(k + 1, col)
