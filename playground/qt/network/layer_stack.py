"""The layer stack: one row per layer with its settings, output shape and parameters; rows that
cannot work are red and say why. Rows are dragged to reorder and layers dropped in from the
palette — the stack only reports those intents; the editor changes the model."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from playground.core.network.layer_graph import Node, shape_text
from playground.qt.i18n import say
from playground.qt.network.layer_palette import MIME

COLUMNS = ("", "Layer", "Settings", "Output shape", "Params")  # the headers, shown translated
PROBLEM_BACKGROUND = QColor("#fde2e0")
PROBLEM_TEXT = QColor("#b03a2e")


class QtLayerStack(QTreeWidget):
    sigMoveRequested = Signal(int, int)  # row, new position (counted before the move)
    sigDropRequested = Signal(str, int)  # layer kind from the palette, position
    sigSelected = Signal(int)  # layer index, -1 when none

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_stack")
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels(["", self.tr("Layer"), self.tr("Settings"), self.tr("Output shape"), self.tr("Params")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        header = self.header()
        header.setStretchLastSection(False)
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(col, mode)
        self.itemSelectionChanged.connect(self._on_selection_changed)
        self._updating = False

    def set_nodes(
        self, nodes: list[Node], problems: dict[int, str], selected: int | None, outputs: tuple[int, ...] = ()
    ) -> None:
        """Shows the layers (nodes after the input). `problems` adds problems by layer index (an
        output that does not fit its target); `outputs` are the model's outputs besides the last
        layer, marked with →."""
        self._updating = True
        layers = nodes[1:]
        while self.topLevelItemCount() > len(layers):
            self.takeTopLevelItem(self.topLevelItemCount() - 1)
        while self.topLevelItemCount() < len(layers):
            item = QTreeWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bold = QFont(self.font())
            bold.setBold(True)
            item.setFont(1, bold)
            self.addTopLevelItem(item)
        sequential = all(n.inputs == (prev.name,) for prev, n in zip(nodes, nodes[1:], strict=False))
        for i, node in enumerate(layers):
            item = self.topLevelItem(i)
            problem = node.problem or problems.get(i)
            settings = node.summary
            if not sequential and node.inputs:
                settings = f"{settings}  ← {', '.join(node.inputs)}".strip()
            if i in outputs:
                settings = self.tr("{0}  → output").format(settings)
            texts = ("⚠" if problem else str(i + 1), node.kind, settings, shape_text(node.shape), f"{node.params:,}")
            for col, text in enumerate(texts):
                item.setText(col, text)
            tip = f"{node.name} ({node.kind})" + (f"\n\n{say(problem)}" if problem else "")
            for col in range(len(COLUMNS)):
                item.setToolTip(col, tip)
                item.setBackground(col, QBrush(PROBLEM_BACKGROUND) if problem else QBrush())
                item.setForeground(col, QBrush(PROBLEM_TEXT) if problem else QBrush())
        self.select(selected)
        self._updating = False

    def select(self, index: int | None) -> None:
        was, self._updating = self._updating, True
        self.clearSelection()
        if index is not None and 0 <= index < self.topLevelItemCount():
            item = self.topLevelItem(index)
            item.setSelected(True)
            self.setCurrentItem(item)
            self.scrollToItem(item)
        self._updating = was

    def selected_index(self) -> int | None:
        items = self.selectedItems()
        return self.indexOfTopLevelItem(items[0]) if items else None

    def _on_selection_changed(self) -> None:
        if not self._updating:
            index = self.selected_index()
            self.sigSelected.emit(-1 if index is None else index)

    # -- drag and drop: report, never move rows ourselves ----------------------------------------

    def _accepts(self, event) -> bool:
        return event.mimeData().hasFormat(MIME) or event.source() is self

    def _on_drag(self, event, base) -> None:
        if self._accepts(event):
            base(event)  # the drop indicator
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._on_drag(event, super().dragEnterEvent)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._on_drag(event, super().dragMoveEvent)

    def drop_position(self, pos) -> int:
        """The list position a drop at `pos` (viewport coordinates) means."""
        item = self.itemAt(pos)
        if item is None:
            return self.topLevelItemCount()
        row = self.indexOfTopLevelItem(item)
        rect = self.visualItemRect(item)
        return row + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self._accepts(event):
            event.ignore()
            return
        position = self.drop_position(event.position().toPoint())
        if event.mimeData().hasFormat(MIME):
            self.sigDropRequested.emit(bytes(event.mimeData().data(MIME)).decode(), position)
        else:
            row = self.selected_index()
            if row is not None:
                self.sigMoveRequested.emit(row, position)
        # Ignore: Qt would otherwise move (and then delete) the dragged row itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
