"""Silencing neurons on the network picture (issue 19): right-click a hidden neuron for "Silence
this unit" / "Bring it back", or switch "Silence units" on and click neurons (a plain click is
otherwise the bias editor's). A silenced neuron is drawn crossed out with what silencing it costs
beside it; a row over the picture holds the switch, "Which units matter", "Bring all back" and
the test loss and accuracy with and without the silenced units.

The picture (`network_view.QtNetworkView`) knows nothing of this: the owner (`qt.training.ablation.
QtSilencing`, passed in) keeps the silenced units and the costs, and names the Dense layers.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QLabel, QMenu, QPushButton, QWidget

from playground.qt.i18n import translate
from playground.qt.widgets.flow_layout import QtFlowLayout

CROSS = QColor("#d93025")
_FONT_PT = 10


class _Cross(QGraphicsItem):
    """A silenced neuron: its heatmap greyed and crossed out (a child of the neuron item)."""

    def __init__(self, parent: QGraphicsItem, side: float, scale: float) -> None:
        super().__init__(parent)
        self.side, self.scale = side, scale
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.side, self.side)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.boundingRect()
        painter.fillRect(rect, QColor(255, 255, 255, 150))
        pen = QPen(CROSS, 3 * self.scale)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLine(rect.topLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomLeft())
        painter.drawRect(rect)


class _Note(QGraphicsItem):
    """What silencing the neuron costs, under it at screen size (like the picture's titles)."""

    def __init__(self, parent: QGraphicsItem, text: str, scale: float) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.text = text
        self.font = QFont()
        self.font.setPointSizeF(_FONT_PT * scale)
        metrics = QFontMetricsF(self.font)
        lines = text.split("\n")
        w = max(metrics.horizontalAdvance(line) for line in lines) + 6
        self.rect = QRectF(2, -metrics.height() * len(lines) / 2, w, metrics.height() * len(lines))
        self.setZValue(4)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.fillRect(self.rect, QColor(255, 255, 255, 220))
        painter.setPen(CROSS)
        painter.setFont(self.font)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class QtNeuronSilencing(QObject):
    """Args: the network picture (a `QtNetworkView`) and the owner of the silenced units."""

    def __init__(self, view, owner) -> None:
        super().__init__(view)
        self.view, self.owner = view, owner
        self.marks: list[QGraphicsItem] = []
        self.bar = QWidget()
        self.bar.setObjectName("silencing_bar")
        row = QtFlowLayout(self.bar)  # wraps on a narrow window with large text instead of widening it
        row.setContentsMargins(4, 2, 4, 2)
        self.switch = QPushButton(translate("QtUnitSilencing", "Silence units"))
        self.switch.setObjectName("silence_switch")
        self.switch.setCheckable(True)
        self.switch.setToolTip(
            translate(
                "QtUnitSilencing",
                "While on, a click on a hidden neuron switches it off (its output held at zero) or back "
                "on. A right-click does the same at any time. The trained weights are not changed.",
            )
        )
        self.rank_button = QPushButton(translate("QtUnitSilencing", "Which units matter"))
        self.rank_button.setObjectName("rank_units")
        self.rank_button.setToolTip(
            translate(
                "QtUnitSilencing", "Silences every hidden unit in turn and lists them by how much the test loss rises"
            )
        )
        self.rank_button.clicked.connect(owner.show_ranking)
        self.back_button = QPushButton(translate("QtUnitSilencing", "Bring all back"))
        self.back_button.setObjectName("unsilence_all")
        self.back_button.clicked.connect(owner.bring_all_back)
        self.status = QLabel()
        self.status.setObjectName("silencing_status")
        self.status.setWordWrap(True)
        for widget in (self.switch, self.rank_button, self.back_button):
            row.addWidget(widget)
        row.addWidget(self.status)
        view.layout().insertWidget(0, self.bar)
        # Buttons are for the hand on the window: a picture of the network shows only the status.
        view.editing.leave_out(self.switch, self.rank_button, self.back_button)
        viewport = view.view.viewport()
        viewport.installEventFilter(self)  # installed after the weight editor's: asked first
        view.sigRebuilt.connect(self.redraw)
        self.redraw()

    # -- which neuron --------------------------------------------------------------------------

    def hidden_unit_at(self, pos: QPointF) -> tuple[str, int] | None:
        """(Dense layer name, unit) of the hidden neuron under viewport point `pos`, if any."""
        scene_pos = self.view.view.mapToScene(pos.toPoint())
        names = self.owner.dense_names()
        columns = self.view.neuron_items
        for col in range(1, len(columns) - 1):  # not the inputs, not the output
            for k, item in enumerate(columns[col]):
                if item.sceneBoundingRect().contains(scene_pos) and col - 1 < len(names):
                    return names[col - 1], k
        return None

    def menu_at(self, pos: QPointF) -> QMenu | None:
        """The right-click menu for the neuron at `pos` (None where there is no hidden neuron)."""
        found = self.hidden_unit_at(pos)
        if found is None:
            return None
        layer, unit = found
        menu = QMenu(self.view)
        silenced = unit in self.owner.silenced.get(layer, [])
        text = (
            translate("QtUnitSilencing", "Bring it back")
            if silenced
            else translate("QtUnitSilencing", "Silence this unit")
        )
        menu.addAction(text, lambda: self.owner.toggle(layer, unit))
        menu.addAction(translate("QtUnitSilencing", "Which units matter"), self.owner.show_ranking)
        menu.addAction(translate("QtUnitSilencing", "Bring all back"), self.owner.bring_all_back)
        return menu

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            menu = self.menu_at(QPointF(event.pos()))
            if menu is not None:
                menu.exec(event.globalPos())
                return True
        elif kind == QEvent.Type.MouseButtonPress and self.switch.isChecked():
            if event.button() == Qt.MouseButton.LeftButton:
                found = self.hidden_unit_at(event.position())
                if found is not None:
                    self.owner.toggle(*found)
                    return True  # not also a bias to edit
        return False

    # -- drawing -------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Crosses and costs on the silenced neurons shown, and the status line."""
        for mark in self.marks:
            if shiboken6.isValid(mark) and mark.scene() is not None:
                mark.scene().removeItem(mark)
        self.marks = []
        scale = self.view.text_scale
        columns = self.view.neuron_items
        silenced = self.owner.silenced
        for col, name in enumerate(self.owner.dense_names(), start=1):
            if col >= len(columns) - 1:
                break
            for unit in silenced.get(name, []):
                if unit >= len(columns[col]):
                    continue  # beyond the neurons shown ("+48 more")
                item = columns[col][unit]
                side = item.boundingRect().width()
                cross = _Cross(item, side, scale)
                self.marks.append(cross)
                text = self.owner.cost_text(name, unit)
                if text:
                    note = _Note(item, text, scale)
                    note.setPos(side, side / 2)
                    self.marks.append(note)
        self.status.setText(self.owner.effects_text())
        self.back_button.setEnabled(bool(silenced))

    def crossed(self) -> list[tuple[int, int]]:
        """(column, neuron) of every neuron drawn crossed out (for tests)."""
        found = []
        for col, items in enumerate(self.view.neuron_items):
            for k, item in enumerate(items):
                if any(isinstance(child, _Cross) for child in item.childItems()):
                    found.append((col, k))
        return found
