"""The overfitting lab: train the same network several times and compare — K-fold validation
(mean ± spread), a data-size sweep, a capacity sweep, optimizers or learning rates side by side, and
the "overfit one small batch" sanity check. The view asks; the main window builds the versions
(`core.runs.sweeps`) and the controller trains them one after another."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.core.recipe.training_config import OPTIMIZERS
from playground.core.runs import sweeps
from playground.qt.i18n import say, translate
from playground.qt.widgets.flow_layout import QtFlowLayout
from playground.qt.widgets.number_field import NumberSpinBox
from playground.qt.widgets.plot_style import white_plot

_FONT_PT = 13
TRAIN_COLOR = "#37474f"
TEST_COLOR = "#d81b60"
# What each sweep asks for, in the order of the combo.
KINDS = {
    "kfold": QT_TRANSLATE_NOOP("lab", "K-fold validation"),
    "data": QT_TRANSLATE_NOOP("lab", "Data size (learning curve)"),
    "units": QT_TRANSLATE_NOOP("lab", "Capacity: units per hidden layer"),
    "layers": QT_TRANSLATE_NOOP("lab", "Capacity: number of hidden layers"),
    "optimizers": QT_TRANSLATE_NOOP("lab", "Optimizers side by side"),
    "rates": QT_TRANSLATE_NOOP("lab", "Learning rates side by side"),
    "one_batch": QT_TRANSLATE_NOOP("lab", "Overfit one small batch (sanity check)"),
}
DEFAULT_VALUES = {
    "data": "10, 25, 50, 75, 100",
    "units": "1, 2, 4, 8, 16, 32",
    "layers": "0, 1, 2, 3, 4",
    "optimizers": "SGD, RMSprop, Adam, Nadam",
    "rates": "0.001, 0.01, 0.1, 1",
}
HINTS = {
    "kfold": QT_TRANSLATE_NOOP(
        "lab",
        "K models, each validated on one fold and trained on the rest: the mean ± spread says how much "
        "the score depends on which rows happened to be validation rows.",
    ),
    "data": QT_TRANSLATE_NOOP(
        "lab",
        "Percent of the training rows. With little data the training score is high and the validation score "
        "low; more data closes the gap.",
    ),
    "units": QT_TRANSLATE_NOOP(
        "lab",
        "Units in every hidden Dense layer. Too few: both scores poor (underfitting); many: training beats "
        "validation (overfitting).",
    ),
    "layers": QT_TRANSLATE_NOOP("lab", "Hidden Dense layers (copies of the first). 0 is a linear model."),
    "optimizers": QT_TRANSLATE_NOOP(
        "lab", "Each at its own Keras default learning rate (SGD: 0.01), same initial weights."
    ),
    "rates": QT_TRANSLATE_NOOP("lab", "The same optimizer at each learning rate, same initial weights."),
    "one_batch": QT_TRANSLATE_NOOP(
        "lab",
        "Trains on one batch of 16 samples only. A network that works drives this loss to about 0; "
        "if it cannot, look for a bug (wrong loss or labels, a too-small network, a frozen layer).",
    ),
}


class QtLabView(QWidget):
    """Asks for a sweep (sigRun(kind, values)) and shows its results."""

    sigRun = Signal(str, object)  # kind, its values (a list) or the K-fold (k, repeats)
    sigCancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)
        layout = QVBoxLayout(self)
        row = QtFlowLayout()  # wraps in a narrow window rather than widen it
        self.kind = QComboBox()
        self.kind.setObjectName("lab_kind")
        # As wide as a short name: long ones are cut with "…" (the tooltip and hint say it all).
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(18)
        for key, label in KINDS.items():
            self.kind.addItem(translate("lab", label), key)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        row.addWidget(self.kind)
        self.k = NumberSpinBox(self.tr("The number of folds"), 2, 20)
        self.k.setValue(5)
        self.k.setPrefix("k = ")
        self.repeats = NumberSpinBox(self.tr("Repeats"), 1, 10)
        self.repeats.setPrefix(self.tr("repeats "))
        self.values = QLineEdit()
        self.values.setObjectName("lab_values")
        for widget in (self.k, self.repeats, self.values):
            row.addWidget(widget)
        self.run = QPushButton(self.tr("Run"))
        self.run.setObjectName("lab_run")
        self.run.clicked.connect(self._on_run)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.sigCancel)
        self.cancel.setEnabled(False)
        row.addWidget(self.run)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout.addWidget(self.hint)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("lab_status")
        layout.addWidget(self.status)

        results = QHBoxLayout()
        self.plot = _plot()
        results.addWidget(self.plot, 3)
        self.table = QTableWidget()
        self.table.setObjectName("lab_table")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        results.addWidget(self.table, 2)
        layout.addLayout(results, 1)
        self._on_kind_changed()

    # -- asking ---------------------------------------------------------------------------------

    def choose(self, kind: str, values: str | None = None) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if values is not None:
            self.values.setText(values)

    def set_kfold(self, k: int, repeats: int) -> None:
        self.k.setValue(int(k))
        self.repeats.setValue(int(repeats))

    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.k.setVisible(kind == "kfold")
        self.repeats.setVisible(kind == "kfold")
        self.values.setVisible(kind in DEFAULT_VALUES)
        self.values.setText(DEFAULT_VALUES.get(kind, ""))
        self.hint.setText(translate("lab", HINTS[kind]))

    def _on_run(self) -> None:
        kind = self.kind.currentData()
        try:
            values = self._values(kind)
        except ValueError as exc:
            self.set_status(say(exc), error=True)
            return
        self.sigRun.emit(kind, values)

    def _values(self, kind: str):
        if kind == "kfold":
            return self.k.value(), self.repeats.value()
        if kind == "one_batch":
            return []
        parts = [p.strip() for p in self.values.text().replace(";", ",").split(",") if p.strip()]
        if not parts:
            example = DEFAULT_VALUES[kind]
            raise ValueError(self.tr("Type the values to try, separated by commas, e.g. {0}").format(example))
        if kind == "optimizers":
            wrong = [p for p in parts if p not in OPTIMIZERS]
            if wrong:
                names = ", ".join(OPTIMIZERS)
                raise ValueError(self.tr("Unknown optimizer {0}; choose from {1}").format(wrong[0], names))
            return parts
        numbers = []
        for p in parts:
            try:
                numbers.append(float(p) if kind in ("rates", "data") else int(p))
            except ValueError:
                raise ValueError(self.tr("“{0}” is not a number: type numbers separated by commas").format(p)) from None
        if kind == "data" and not all(0 < v <= 100 for v in numbers):
            raise ValueError(self.tr("Data sizes are percent of the training rows, above 0 and at most 100"))
        if kind == "rates" and not all(0 < v <= 100 for v in numbers):
            raise ValueError(self.tr("Learning rates must be above 0 and at most 100"))
        if kind in ("units", "layers") and not all(0 <= v <= 1024 for v in numbers):
            raise ValueError(self.tr("Capacity values must be whole numbers from 0 to 1024"))
        return numbers

    # -- showing --------------------------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        self.run.setEnabled(not running)
        self.cancel.setEnabled(running)

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e; font-weight: bold;" if error else "")

    def show_kfold(self, labels: list[str], histories: list[list[dict]], metric: str) -> None:
        """Mean ± spread of the training and validation curves over the folds, and the fold table."""
        self.plot.clear()
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("epoch"))
        item.setLabel("left", metric)
        curves = (
            (metric, TRAIN_COLOR, self.tr("train mean ± std")),
            ("val_" + metric, TEST_COLOR, self.tr("validation mean ± std")),
        )
        for column, color, name in curves:
            epochs, mean, std, _ = sweeps.mean_spread(histories, column)
            if not len(epochs):
                continue
            upper = self.plot.plot(epochs, mean + std, pen=None)
            lower = self.plot.plot(epochs, mean - std, pen=None)
            band = pg.mkColor(color)
            band.setAlpha(60)
            fill = pg.FillBetweenItem(upper, lower, brush=pg.mkBrush(band))
            fill.setZValue(-10)
            self.plot.addItem(fill)
            self.plot.plot(epochs, mean, pen=pg.mkPen(color, width=3), name=name)
        rows = sweeps.fold_table(labels, histories, metric)
        headers = ["", self.tr("epochs"), self.tr("train"), self.tr("validation"), self.tr("best validation (epoch)")]
        cells = [
            [
                r["label"],
                f"{r['epochs']:.0f}",
                _pm(r, "train"),
                _pm(r, "val"),
                _pm(r, "best_val") + (f" ({r['best_epoch']:.0f})" if r.get("best_epoch") is not None else ""),
            ]
            for r in rows
        ]
        self._fill_table(headers, cells)

    def show_sweep(self, labels: list[str], histories: list[list[dict]], metric: str, title: str) -> None:
        """The final training and validation score of each version, side by side."""
        self.plot.clear()
        item = self.plot.getPlotItem()
        item.setLabel("left", metric)
        item.setLabel("bottom", title)
        x = np.arange(len(labels))
        scores = np.array([sweeps.final_scores(rows, metric) for rows in histories]).reshape(-1, 2)
        for column, color, name in ((0, TRAIN_COLOR, self.tr("train")), (1, TEST_COLOR, self.tr("validation"))):
            self.plot.plot(x, scores[:, column], pen=pg.mkPen(color, width=3), symbol="o", symbolBrush=color, name=name)
        item.getAxis("bottom").setTicks([[(i, _short(label)) for i, label in enumerate(labels)]])
        cells = [
            [label, f"{len(rows)}", f"{t:.3f}", f"{v:.3f}", f"{t - v:+.3f}"]
            for label, rows, (t, v) in zip(labels, histories, scores, strict=True)
        ]
        self._fill_table(["", self.tr("epochs"), self.tr("train"), self.tr("validation"), self.tr("gap")], cells)

    def _fill_table(self, headers: list[str], cells: list[list[str]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(cells))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(cells):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()


def _plot() -> pg.PlotWidget:
    plot = white_plot(_FONT_PT - 1, si_prefix=False)
    item = plot.getPlotItem()
    item.addLegend(offset=(-10, 10), labelTextSize=f"{_FONT_PT - 1}pt", brush=pg.mkBrush(255, 255, 255, 210))
    item.setMenuEnabled(False)
    return plot


def _pm(row: dict, key: str) -> str:
    value = row.get(key)
    if value is None or not np.isfinite(value):
        return "–"
    spread = row.get(f"{key}_std")
    return f"{value:.3f} ± {spread:.3f}" if spread is not None else f"{value:.3f}"


def _short(label: str) -> str:
    return label.split(" (")[0].replace(" of the training data", "").replace(" units per hidden layer", " units")
