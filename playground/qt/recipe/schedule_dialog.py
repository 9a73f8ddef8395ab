"""Chooses how the learning rate changes during a run: constant, one of Keras's schedules (built from
`core.recipe.schedules`), or reduce-on-plateau, with a preview of the rate over the planned epochs.

Run alone: `python -m playground.qt.recipe.schedule_dialog`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from playground.core.recipe import schedule_rates, schedules
from playground.core.recipe.schedules import Setting
from playground.qt.i18n import say, translate
from playground.qt.recipe.setting_fields import mark, number_edit, number_text, parse_number, read_field
from playground.qt.widgets.plot_style import label_axes, white_plot

WARNING_STYLE = "color: #b3261e; font-weight: bold;"
_FONT_PT = 13  # read from the back of a classroom
CONSTANT = ""  # the combo's data for "Constant"
PLATEAU = "ReduceLROnPlateau"
CONSTANT_FORMULA = "lr = lr₀"


class QtScheduleDialog(QDialog):
    """Edits `training.schedule` and the reduce-on-plateau callback together: at most one is on.

    Args:
        schedule: the schedule dict, or None.
        plateau: ReduceLROnPlateau's config, or None.
        lr0: the optimizer's learning rate, where every schedule starts.
        steps_per_epoch: optimizer steps (batches) in an epoch.
        epochs: the planned epochs, the preview's width.
        parent: the parent widget. Defaults to None.
        monitors: what reduce-on-plateau can watch: the run's recorded values
            (`callback_specs.monitors`). Defaults to losses and accuracies.
    """

    def __init__(
        self,
        schedule: dict | None,
        plateau: dict | None,
        lr0: float,
        steps_per_epoch: int,
        epochs: int,
        parent: QWidget | None = None,
        monitors=schedules.PLATEAU_MONITORS,
    ):
        super().__init__(parent)
        self.monitors = tuple(monitors)
        self._plateau = schedules.plateau_settings(self.monitors)
        self.lr0 = float(lr0)
        self.steps_per_epoch = max(1, int(steps_per_epoch))
        self.epochs = max(1, int(epochs))
        self._given = (schedule, plateau)
        self.setWindowTitle(self.tr("Learning-rate schedule"))
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)

        # What is typed in each choice's fields, kept while another choice is shown.
        self._typed: dict[str, dict[str, str | bool]] = {}
        for name in schedules.SCHEDULES:
            given = schedule if schedule is not None and schedule.get("class_name") == name else None
            config = schedules.with_defaults(given or schedules.default(name, lr0=self.lr0))["config"]
            self._typed[name] = {s.key: _shown(s, config[s.key]) for s in schedules.SCHEDULES[name].settings}
        config = {**schedules.default_plateau(), **(plateau or {})}
        self._typed[PLATEAU] = {s.key: _shown(s, config.get(s.key, s.default)) for s in self._plateau}

        layout = QVBoxLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("schedule_kind")
        self._add_kind(self.tr("Constant"), CONSTANT, CONSTANT_FORMULA)
        for name, spec in schedules.SCHEDULES.items():
            self._add_kind(translate("schedules", spec.label), name, spec.formula)
        self._add_kind(self.tr("Reduce on plateau"), PLATEAU, translate("schedules", schedules.PLATEAU_FORMULA))
        if plateau is not None and schedule is None:
            current = PLATEAU
        elif schedule is not None and schedule.get("class_name") in schedules.SCHEDULES:
            current = schedule["class_name"]
        else:
            current = CONSTANT
        self.kind.setCurrentIndex(self.kind.findData(current))
        layout.addWidget(self.kind)
        self.formula = QLabel()
        self.formula.setObjectName("schedule_formula")
        self.formula.setWordWrap(True)
        layout.addWidget(self.formula)

        self._form_box = QWidget()
        self._form = QFormLayout(self._form_box)
        self._form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._form_box)
        self.fields: dict[str, QWidget] = {}

        self.steps = QLabel(
            self.tr("1 epoch = %d steps (batches); %d epochs = %d steps")
            % (self.steps_per_epoch, self.epochs, self.steps_per_epoch * self.epochs)
        )
        self.steps.setObjectName("schedule_steps")
        layout.addWidget(self.steps)

        self.plot = _make_plot(self.tr("learning rate"), self.tr("epoch"))
        self.plot.setObjectName("schedule_plot")
        self.curve = self.plot.plot([], [], pen=pg.mkPen("#0877bd", width=3), connect="finite")
        layout.addWidget(self.plot, 1)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("schedule_summary")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.log_scale = QCheckBox(self.tr("log scale"))
        self.log_scale.setObjectName("schedule_log")
        self.log_scale.toggled.connect(self._on_log_scale_changed)
        row.addWidget(self.log_scale, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

        self.problem = QLabel()
        self.problem.setObjectName("schedule_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"{WARNING_STYLE} font-size: {_FONT_PT}pt;")  # a style sheet drops the font
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)

        self._shown_kind = current
        self._build_fields()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.resize(640, 720)

    def _add_kind(self, label: str, data: str, formula: str) -> None:
        self.kind.addItem(label, data)
        self.kind.setItemData(self.kind.count() - 1, formula, Qt.ItemDataRole.ToolTipRole)

    def current_kind(self) -> str:
        """ "" for constant, a schedule's class name, or "ReduceLROnPlateau"."""
        return self.kind.currentData()

    def _specs(self, kind: str) -> tuple[Setting, ...]:
        if kind == PLATEAU:
            return self._plateau
        return schedules.SCHEDULES[kind].settings if kind else ()

    def _formula(self, kind: str) -> str:
        if kind == PLATEAU:
            return translate("schedules", schedules.PLATEAU_FORMULA)
        return schedules.SCHEDULES[kind].formula if kind else CONSTANT_FORMULA

    def _on_kind_changed(self) -> None:
        self._keep_typed()
        self._shown_kind = self.current_kind()
        self._build_fields()

    def _keep_typed(self) -> None:
        for spec in self._specs(self._shown_kind):
            self._typed[self._shown_kind][spec.key] = read_field(self.fields[spec.key])

    def _build_fields(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields = {}
        kind = self._shown_kind
        formula = self._formula(kind)
        self.kind.setToolTip(formula)
        self.formula.setText(formula)
        for spec in self._specs(kind):
            typed = self._typed[kind][spec.key]
            if spec.kind == "bool":
                field = QCheckBox()
                field.setChecked(bool(typed))
                field.toggled.connect(self._refresh)
            elif spec.kind == "choice":
                field = QComboBox()
                field.addItems(list(spec.choices))
                field.setCurrentText(str(typed))
                field.currentIndexChanged.connect(self._refresh)
            else:
                field = number_edit(spec, str(typed))  # its tooltip says the range it takes
                if spec.kind == "optional_float":
                    field.setPlaceholderText(self.tr("none"))
                field.textChanged.connect(self._refresh)
            field.setObjectName(f"schedule_{spec.key}")
            tip = translate("callbacks" if kind == PLATEAU else "schedules", spec.tip)  # plateau: the callback's
            field.setToolTip(f"{tip}\n{formula}")
            self.fields[spec.key] = field
            label = QLabel(f"{spec.key}:")
            label.setToolTip(field.toolTip())
            self._form.addRow(label, field)
        self._form_box.setVisible(bool(self.fields))
        self._refresh()

    def _read(self) -> tuple[tuple[dict | None, dict | None] | None, tuple[str, str] | None]:
        """((schedule, plateau), None) as typed, or (None, (key, message)) for the first wrong value."""
        kind = self.current_kind()
        config = {spec.key: _parse(spec, read_field(self.fields[spec.key])) for spec in self._specs(kind)}
        if kind == PLATEAU:
            wrong = schedules.check_plateau(config, self.monitors)
            return (None, wrong) if wrong else ((None, config), None)
        schedule = {"class_name": kind, "config": config} if kind else None
        wrong = schedules.check(schedule)
        return (None, wrong) if wrong else ((schedule, None), None)

    def _refresh(self) -> None:
        if self.current_kind() != self._shown_kind:  # the combo moved; its slot rebuilds the fields
            return
        chosen, wrong = self._read()
        for field in self.fields.values():
            mark(field, "")
        self.ok_button.setEnabled(wrong is None)
        if wrong is not None:
            key, message = wrong
            self.problem.setText(f"{key}: {say(message)}" if key else say(message))
            if key in self.fields:
                mark(self.fields[key], self.problem.text())
            self.curve.setData([], [])
            self.summary.setText("")
            return
        self.problem.setText("")
        schedule, plateau = chosen
        x, lr = schedule_rates.preview(schedule, self.lr0, self.steps_per_epoch, self.epochs)
        self.curve.setData(x, lr)
        self.plot.getPlotItem().setXRange(0, self.epochs, padding=0.02)
        self._fit_y()
        if plateau is not None:
            monitor = plateau["monitor"]
            watched = {
                "val_loss": self.tr("the validation loss"),
                "loss": self.tr("the training loss"),
                "val_accuracy": self.tr("the validation accuracy"),
                "accuracy": self.tr("the training accuracy"),
            }.get(monitor, monitor)
            self.summary.setText(
                self.tr(
                    "Drawn flat at %g: the drops depend on %s during training — lr × %g after %d epochs "
                    "without improvement, never below %g."
                )
                % (self.lr0, watched, plateau["factor"], plateau["patience"], plateau["min_lr"])
            )
        else:
            self.summary.setText(self.tr("%s. Last epoch: %g") % (describe(schedule, self.lr0), float(lr[-1])))

    def _on_log_scale_changed(self, on: bool) -> None:
        self.plot.getPlotItem().setLogMode(y=on)
        self._fit_y()

    def _fit_y(self) -> None:
        # On a linear scale from 0, so a flat or slowly falling rate is not magnified into a slope.
        y = self.curve.yData
        if self.log_scale.isChecked() or y is None or not len(y):
            self.plot.enableAutoRange(y=True)
            return
        top = float(np.max(y))
        self.plot.getPlotItem().setYRange(0, top if top > 0 else 1.0, padding=0.05)

    def result(self) -> tuple[dict | None, dict | None]:  # type: ignore[override]
        """(schedule, plateau) as typed, at most one not None; what was given if a value is wrong.

        This replaces QDialog.result(); `exec()` still returns whether OK was pressed.
        """
        chosen, _ = self._read()
        return chosen if chosen is not None else self._given

    def accept(self) -> None:  # stays open while a value is wrong: nothing typed is lost
        if self._read()[1] is None:
            super().accept()


def _make_plot(y_label: str, x_label: str) -> pg.PlotWidget:
    plot = white_plot(_FONT_PT - 1, si_prefix=False)
    item = plot.getPlotItem()
    label_axes(item, y_label, x_label, _FONT_PT)
    item.setMenuEnabled(False)
    item.hideButtons()
    plot.setMinimumHeight(260)
    return plot


def describe(schedule: dict | None, lr0: float) -> str:
    """`schedule_rates.describe` in the window's language."""
    return say(schedule_rates.description(schedule, lr0))


def _shown(spec: Setting, value) -> str | bool:
    """How a value appears in its field."""
    if spec.kind == "bool":
        return bool(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(number_text(v) for v in value)
    return number_text(value) if spec.kind != "choice" else str(value)


def _parse(spec: Setting, typed: str | bool):
    """The value for `core.recipe.schedules.check`: a number where the text is one, otherwise the text
    itself, so the message quotes what was typed."""
    if spec.kind in ("bool", "choice"):
        return typed
    text = str(typed).strip()
    if spec.kind in ("ints", "floats"):
        return [parse_number(part, spec.kind == "ints") for part in text.replace(",", " ").split()]
    if spec.kind == "optional_float" and not text:
        return None
    return parse_number(text, spec.kind == "int")


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    dialog = QtScheduleDialog(schedules.default("CosineDecayRestarts"), None, 0.03, 25, 1000)
    if dialog.exec():
        print(dialog.result())  # the demo's output
