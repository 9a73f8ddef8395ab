"""The layer palette: every layer the editor offers, grouped by family. Double-click one to add it,
or drag it into the stack where it should go."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from playground.core.network.layer_specs import FAMILIES, SPECS
from playground.qt.i18n import translate

MIME = "application/x-playground-layer"


class QtLayerPalette(QTreeWidget):
    sigAddRequested = Signal(str)  # a layer kind, e.g. "Conv2D"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_palette")
        self.setHeaderHidden(True)
        self.setIndentation(12)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setToolTip(self.tr("Double-click a layer to add it after the selected one, or drag it into place"))
        for family in FAMILIES:
            group = QTreeWidgetItem(self, [translate("layers", family)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for kind, spec in SPECS.items():
                if spec.family == family:
                    item = QTreeWidgetItem(group, [kind])
                    item.setData(0, Qt.ItemDataRole.UserRole, kind)
                    item.setToolTip(0, translate("layers", spec.tip))
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                    )
        self.expandAll()
        self.itemDoubleClicked.connect(self._on_double_clicked)

    def current_kind(self) -> str | None:
        item = self.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def mimeData(self, items) -> QMimeData:  # noqa: N802 (Qt override)
        data = QMimeData()
        kinds = [item.data(0, Qt.ItemDataRole.UserRole) for item in items]
        if kinds and kinds[0]:
            data.setData(MIME, kinds[0].encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [MIME]

    def _on_double_clicked(self, item: QTreeWidgetItem) -> None:
        kind = item.data(0, Qt.ItemDataRole.UserRole)
        if kind:
            self.sigAddRequested.emit(kind)
