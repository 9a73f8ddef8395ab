"""The runs kept so far, as a table: tick runs to overlay their curves, open one's settings, remove
runs. Each row says only what sets the run apart from the others (`runs.differing_settings`). The
run on screen, not kept yet (`runs.current_run`), is the last row, marked as current: its curves are
the ones drawn already, so it has no tick, and it cannot be opened or removed. "TensorBoard…" (a button
and the table's context menu) asks for every run as TensorBoard logs, to compare in its HParams tab."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.core.runs.run_history import CURRENT, TRAINING, Run, best_score, differing_settings, settings_text
from playground.qt.widgets.flow_layout import QtFlowLayout

_FONT_PT = 13  # read from the back of a classroom
OVERLAY, NUMBER, LABEL, SETTINGS, BEST, EPOCHS, ENDED = range(7)


class QtRunsView(QWidget):
    """A table of runs with an overlay checkbox per run and Open settings / Remove / Clear.

    Signals:
        sigOverlayChanged(list): the numbers of the runs ticked for overlay, in table order.
        sigOpenRun(int): show this run's settings (the button, or a double click on its row).
        sigRemoveRun(int): forget this run.
        sigClear(): forget every run.
        sigExportTensorBoard(): write every run as TensorBoard logs (the window asks where).
    """

    sigOverlayChanged = Signal(list)
    sigOpenRun = Signal(int)
    sigRemoveRun = Signal(int)
    sigClear = Signal()
    sigExportTensorBoard = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._numbers: list[int] = []  # run number of each row
        self._in_progress: int | None = None  # the number of the run on screen, not kept yet
        self._checked: set[int] = set()
        font = QFont(self.font())
        font.setPointSize(_FONT_PT)
        self.setFont(font)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("overlay"),
                self.tr("#"),
                self.tr("run"),
                self.tr("settings that differ"),
                self.tr("best validation"),
                self.tr("epochs"),
                self.tr("ended"),
            ]
        )
        self.table.horizontalHeaderItem(OVERLAY).setToolTip(self.tr("Tick to draw the run's curves over the others"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setFont(font)
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SETTINGS, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)

        self.open_button = QPushButton(self.tr("Open settings"))
        self.open_button.setToolTip(self.tr("Load the selected run's settings into the editor"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Forget the selected run"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Forget every run"))
        self.tensorboard_button = QPushButton(self.tr("TensorBoard…"))
        tip = self.tr("Write every run as TensorBoard logs, a folder each, to compare in its HParams tab")
        self.tensorboard_button.setToolTip(tip)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.clear_button.clicked.connect(self.sigClear)
        self.tensorboard_button.clicked.connect(self.sigExportTensorBoard)
        # The buttons wrap to a second row rather than widen the window (1024×768 in presentation mode).
        buttons = QtFlowLayout(spacing=4)
        for button in (self.open_button, self.remove_button, self.tensorboard_button, self.clear_button):
            buttons.addWidget(button)
        # A right click on the table offers the buttons' actions too (the export is where runs are).
        self.open_action = QAction(self.open_button.text(), self)
        self.remove_action = QAction(self.remove_button.text(), self)
        self.tensorboard_action = QAction(self.tr("All runs to TensorBoard…"), self)
        self.tensorboard_action.setToolTip(tip)
        self.open_action.triggered.connect(self._on_open_clicked)
        self.remove_action.triggered.connect(self._on_remove_clicked)
        self.tensorboard_action.triggered.connect(self.sigExportTensorBoard)
        separator = QAction(self)
        separator.setSeparator(True)
        self.table.addActions([self.open_action, self.remove_action, separator, self.tensorboard_action])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._on_selection_changed()

    # --- what the table shows -------------------------------------------------------------

    def set_runs(self, runs: list[Run], current: int | None = None) -> None:
        """Shows `runs`, `current` (the run on screen now) in bold. Ticks and the selection stay
        with their runs; a ticked run that is gone is unticked (and sigOverlayChanged says so)."""
        selected = self.selected_run()
        settings = differing_settings(runs)
        self._numbers = [run.number for run in runs]
        self._in_progress = next((run.number for run in runs if run.reason in (TRAINING, CURRENT)), None)
        before = set(self._checked)
        self._checked &= set(self._numbers)
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(runs))
            for row, run in enumerate(runs):
                # The run column already names the fold and the sweep.
                differ = {k: v for k, v in settings.get(run.number, {}).items() if k not in ("fold", "sweep")}
                self._fill_row(row, run, settings_text(differ), run.number == current)
        finally:
            self.table.blockSignals(False)
        if selected in self._numbers:
            self.table.selectRow(self._numbers.index(selected))
        else:
            self.table.clearSelection()
        self._on_selection_changed()
        if self._checked != before:
            self.sigOverlayChanged.emit(self.checked())

    def _fill_row(self, row: int, run: Run, settings: str, current: bool) -> None:
        check = QTableWidgetItem()
        if run.number == self._in_progress:  # its curves are on show already
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setToolTip(self.tr("The run on screen: it is kept here when the next one starts"))
            current = True
        else:
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if run.number in self._checked else Qt.CheckState.Unchecked)
            check.setToolTip(self.tr("Draw this run's curves over the others"))
        texts = {
            NUMBER: str(run.number),
            LABEL: run.title if not run.group or run.group in run.label else f"{run.group}: {run.title}",
            SETTINGS: settings or self.tr("same settings"),
            BEST: self.best_text(run),
            EPOCHS: str(run.epochs),
            ENDED: self.reason_text(run.reason),
        }
        self.table.setItem(row, OVERLAY, check)
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if column in (NUMBER, EPOCHS):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == SETTINGS:
                item.setToolTip(settings.replace(" · ", "\n") if settings else "")
            if current:
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def best_text(self, run: Run) -> str:
        """The best validation score: "accuracy 95.3 % (epoch 120)", else "loss 0.123 (epoch 40)";
        "—" before any epoch."""
        best = best_score(run)
        if best is None:
            return "—"
        column, value, epoch = best
        if column == "val_accuracy":
            return self.tr("accuracy {0} % (epoch {1})").format(f"{value * 100:.1f}", epoch)
        return self.tr("loss {0} (epoch {1})").format(_number(value), epoch)

    def reason_text(self, reason: str) -> str:
        texts = {
            "finished": self.tr("finished"),
            "stopped": self.tr("stopped"),
            "early_stopped": self.tr("early stopping"),
            "nonfinite": self.tr("loss not a number"),
            "paused": self.tr("paused"),
            "went_back": self.tr("went back to an earlier epoch"),
            TRAINING: self.tr("current: training…"),
            CURRENT: self.tr("current"),
        }
        return texts.get(reason, reason)

    # --- ticks and selection ----------------------------------------------------------------

    def checked(self) -> list[int]:
        """The run numbers ticked for overlay, in table order."""
        return [n for n in self._numbers if n in self._checked]

    def set_checked(self, numbers: list[int]) -> None:
        """Ticks exactly these runs (no signal: the caller knows)."""
        self._checked = set(numbers) & set(self._numbers) - {self._in_progress}
        self.table.blockSignals(True)
        try:
            for row, number in enumerate(self._numbers):
                if number == self._in_progress:
                    continue
                state = Qt.CheckState.Checked if number in self._checked else Qt.CheckState.Unchecked
                self.table.item(row, OVERLAY).setCheckState(state)
        finally:
            self.table.blockSignals(False)

    def selected_run(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._numbers[rows[0].row()] if rows else None

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != OVERLAY:
            return
        number = self._numbers[item.row()]
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(number)
        else:
            self._checked.discard(number)
        self.sigOverlayChanged.emit(self.checked())

    def _on_selection_changed(self) -> None:
        chosen = self.selected_run() not in (None, self._in_progress)
        for widget in (self.open_button, self.remove_button, self.open_action, self.remove_action):
            widget.setEnabled(chosen)
        self.clear_button.setEnabled(bool(self._numbers))
        for widget in (self.tensorboard_button, self.tensorboard_action):
            widget.setEnabled(bool(self._numbers))

    def _on_cell_double_clicked(self, row: int, column: int) -> None:
        if column != OVERLAY and self._numbers[row] != self._in_progress:
            self.sigOpenRun.emit(self._numbers[row])

    def _on_open_clicked(self) -> None:
        number = self.selected_run()
        if number not in (None, self._in_progress):
            self.sigOpenRun.emit(number)

    def _on_remove_clicked(self) -> None:
        number = self.selected_run()
        if number not in (None, self._in_progress):
            self.sigRemoveRun.emit(number)


def _number(value: float) -> str:
    return f"{value:.4g}" if math.isfinite(value) else str(value)


def _fake_runs() -> list[Run]:
    """A few runs to look at: a learning-rate comparison and a K-fold sweep."""
    from playground.core.experiment.config import default_experiment
    from playground.core.runs.run_history import RunHistory

    history = RunHistory()
    base = default_experiment()
    for rate, reason in ((0.003, "finished"), (0.03, "early_stopped"), (3.0, "nonfinite")):
        exp = base.copy()
        exp.training.optimizer["config"]["learning_rate"] = rate
        rows = [
            {"epoch": e, "loss": 0.7 / e, "val_loss": 0.75 / e, "accuracy": 1 - 0.5 / e, "val_accuracy": 1 - 0.6 / e}
            for e in range(1, 40 if reason == "finished" else 25)
        ]
        history.add(exp, rows, [], reason, label=f"lr {rate:g}")
    adam = base.copy()
    adam.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.001}}
    for fold in range(1, 4):
        rows = [{"epoch": e, "loss": 0.6 / e, "val_loss": 0.5 / e + 0.01 * fold} for e in range(1, 30)]
        history.add(adam, rows, [], "finished", label=f"fold {fold}/3", group="K-fold 3×1")
    return history.runs


if __name__ == "__main__":
    import logging
    import sys

    from PySide6.QtWidgets import QApplication

    logging.basicConfig(level=logging.DEBUG, format="%(message)s")  # the demo echoes the view's signals
    log = logging.getLogger(__name__)
    app = QApplication(sys.argv)
    view = QtRunsView()
    view.setWindowTitle("Runs")
    shown = _fake_runs()

    def remove(number: int) -> None:
        shown[:] = [run for run in shown if run.number != number]
        view.set_runs(shown)

    view.set_runs(shown, current=shown[-1].number)
    view.sigOverlayChanged.connect(lambda numbers: log.debug("overlay %s", numbers))
    view.sigOpenRun.connect(lambda number: log.debug("open %s", number))
    view.sigRemoveRun.connect(remove)
    view.sigClear.connect(lambda: view.set_runs([]))
    view.sigExportTensorBoard.connect(lambda: log.debug("to TensorBoard"))
    view.resize(980, 380)
    view.show()
    sys.exit(app.exec())
