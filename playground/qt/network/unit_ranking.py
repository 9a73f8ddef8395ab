"""The "Which units matter" list (issue 19): every hidden unit (a Dense neuron, a convolution's
channel) ranked by how much silencing it alone raises the test loss; the first matters most.
A row's button (or a double-click) silences that unit, or brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.qt.i18n import translate


class QtUnitRanking(QDialog):
    """Shows a ranking (`ablation_commands`' "ranking" answer); says which row the user toggles."""

    sigToggle = Signal(str, int)  # layer name, unit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit_ranking")
        self.setWindowTitle(translate("QtUnitSilencing", "Which units matter"))
        self.costs: list[dict] = []
        self.heading = QLabel(translate("QtUnitSilencing", "Working out what silencing each unit costs…"))
        self.heading.setWordWrap(True)
        headers = [
            translate("QtUnitSilencing", "Rank"),
            translate("QtUnitSilencing", "Layer"),
            translate("QtUnitSilencing", "Unit"),
            translate("QtUnitSilencing", "Test loss if silenced"),
            translate("QtUnitSilencing", "Loss change"),
            translate("QtUnitSilencing", "Accuracy change"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("ranking_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.toggle_row(row))
        self.toggle_button = QPushButton(translate("QtUnitSilencing", "Silence or bring back the chosen unit"))
        self.toggle_button.setObjectName("ranking_toggle")
        self.toggle_button.clicked.connect(lambda: self.toggle_row(self.table.currentRow()))
        close = QPushButton(translate("QtUnitSilencing", "Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 420)

    def waiting(self) -> None:
        self.heading.setText(translate("QtUnitSilencing", "Working out what silencing each unit costs…"))

    def set_ranking(self, ranking: dict) -> None:
        costs = self.costs = list(ranking.get("costs", []))
        if not costs:
            self.heading.setText(translate("QtUnitSilencing", "This model has no hidden units to silence."))
        else:
            self.heading.setText(
                translate(
                    "QtUnitSilencing",
                    "Each unit silenced alone, on {n} test samples ({seconds:.2f} s): the first one named "
                    "matters most. A positive loss change means the network needed that unit.",
                ).format(n=ranking.get("samples", 0), seconds=ranking.get("seconds", 0.0))
            )
        self.table.setRowCount(len(costs))
        for row, cost in enumerate(costs):
            accuracy = cost.get("accuracy_change")
            cells = [
                str(row + 1),
                cost["layer"],
                str(cost["unit"] + 1),
                f"{cost['loss']:.4f}",
                f"{cost['loss_change']:+.4f}",
                "–" if accuracy is None else f"{accuracy:+.1%}",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if costs:
            self.table.selectRow(0)

    def toggle_row(self, row: int) -> None:
        if 0 <= row < len(self.costs):
            self.sigToggle.emit(self.costs[row]["layer"], int(self.costs[row]["unit"]))
