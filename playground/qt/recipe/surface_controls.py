"""The loss surface window's controls: the surface, the optimizers that race on it, and Run.

Apart from the surface view so the rows' fields, their checks and the messages that name a wrong
field can be read without the thread and the animation around them. The view connects the buttons
to what they do; this module only holds the settings and says what is wrong with them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.core.recipe import optimizer_specs
from playground.qt.i18n import say, translate
from playground.qt.widgets.number_field import NumberSpinBox
from playground.training.inspection.loss_surface import SURFACES

FONT_PT = 13
# Distinct on the pale map and for most colour-blind eyes; a row keeps its colour while it lives.
PATH_COLORS = ("#d81b60", "#1e63c8", "#2e7d32", "#f57c00", "#7b1fa2", "#00838f", "#5d4037", "#212121")
MAX_ROWS = len(PATH_COLORS)
SPEEDS = (15, 30, 60, 120, 300)  # steps per second
DEFAULT_SPEED = 60
WITH_MOMENTUM = ("SGD", "RMSprop")
# A style sheet resets a label's font to the application's: each one names the size again.
ERROR_STYLE = f"color: #b3261e; font-weight: bold; font-size: {FONT_PT}pt;"
INFO_STYLE = f"color: #444; font-size: {FONT_PT}pt;"
_BAD_FIELD = f"QLineEdit {{ border: 2px solid #b3261e; font-size: {FONT_PT}pt; }}"


class _QtRaceRow(QObject):
    """One optimizer of the race: tick, colour, class, learning rate and momentum."""

    def __init__(self, parent: QObject, spec: dict, color: str) -> None:
        super().__init__(parent)
        self.color = color
        config = dict(spec.get("config", {}))
        # Settings the row has no field for (from DEFAULT_RACE or code) go along unchanged.
        self.extra = {k: v for k, v in config.items() if k not in ("learning_rate", "momentum")}
        self.enabled = QCheckBox()
        self.enabled.setChecked(True)
        self.enabled.setIcon(_swatch(color))
        self.enabled.setToolTip(self.tr("Take part in the race (the colour of its path)"))
        self.kind = QComboBox()
        self.kind.addItems(list(optimizer_specs.SETTINGS))
        self.kind.setCurrentText(spec["class_name"])
        self.kind.setToolTip(self.tr("The Keras optimizer"))
        self.learning_rate = QLineEdit(f"{config.get('learning_rate', 0.01):g}")
        self.learning_rate.setToolTip(self.tr("Learning rate: the size of each step, a number above 0"))
        self.momentum = QLineEdit(f"{config.get('momentum', 0.0):g}")
        self.momentum.setToolTip(
            self.tr("Momentum, from 0 to 0.999 (SGD and RMSprop): %s") % optimizer_specs.SETTINGS["SGD"][0].tip
        )
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this optimizer"))
        for field in (self.learning_rate, self.momentum):
            field.setMaximumWidth(110)
            field.textEdited.connect(self._on_text_edited)
        self.kind.currentTextChanged.connect(self._on_kind_changed)
        self._on_kind_changed(self.kind.currentText(), keep_extra=True)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.enabled, self.kind, self.learning_rate, self.momentum, self.remove)

    def _on_kind_changed(self, name: str, keep_extra: bool = False) -> None:
        self.momentum.setEnabled(name in WITH_MOMENTUM)
        if not keep_extra:
            self.extra = {}

    def _on_text_edited(self, _text: str) -> None:
        self.sender().setStyleSheet("")

    def spec(self) -> tuple[dict | None, QLineEdit | None, str]:
        """(optimizer dict, None, "") or (None, the wrong field, what to fix)."""
        name = self.kind.currentText()
        self.learning_rate.setStyleSheet("")
        self.momentum.setStyleSheet("")
        text = self.learning_rate.text().strip()
        lr = _number(text)
        if lr is None or lr <= 0:
            why = self.tr("the learning rate must be a number above 0, e.g. 0.01 (got “%s”)") % text
            return None, self.learning_rate, why
        config = {**self.extra, "learning_rate": lr}
        if name in WITH_MOMENTUM:
            text = self.momentum.text().strip()
            momentum = _number(text or "0")
            if momentum is None or not 0 <= momentum <= 0.999:
                why = self.tr("momentum must be a number from 0 to 0.999, e.g. 0.9 (got “%s”)") % text
                return None, self.momentum, why
            if momentum:
                config["momentum"] = momentum
        problem = optimizer_specs.check(name, config)
        if problem:
            return None, self.learning_rate, f"{problem[0]}: {say(problem[1])}"
        return {"class_name": name, "config": config}, None, ""


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class QtSurfaceControls(QWidget):
    """The left column: surface, optimizer rows, steps, Run, speed, Replay and the message line.
    `race()` gives the ticked rows' optimizers or shows what to fix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_QtRaceRow] = []
        self.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("QtSurfaceView", "Surface:")))
        self.surface_combo = QComboBox()
        self.surface_combo.setObjectName("surface_combo")
        for i, (key, s) in enumerate(SURFACES.items()):
            self.surface_combo.addItem(translate("loss_surface", s.label), key)
            self.surface_combo.setItemData(i, translate("loss_surface", s.formula), Qt.ItemDataRole.ToolTipRole)
        top.addWidget(self.surface_combo, 1)
        layout.addLayout(top)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.lesson = QLabel()
        self.lesson.setWordWrap(True)
        self.lesson.setStyleSheet(f"color: #555; font-style: italic; font-size: {FONT_PT}pt;")
        layout.addWidget(self.formula)
        layout.addWidget(self.lesson)

        self.rows_grid = QGridLayout()
        self.rows_grid.setHorizontalSpacing(6)
        headers = (
            "",
            translate("QtSurfaceView", "Optimizer"),
            translate("QtSurfaceView", "Learning rate"),
            translate("QtSurfaceView", "Momentum"),
        )
        for col, text in enumerate(headers):
            header = QLabel(text)
            header.setStyleSheet(f"font-weight: bold; font-size: {FONT_PT}pt;")
            self.rows_grid.addWidget(header, 0, col)
        layout.addSpacing(6)
        layout.addLayout(self.rows_grid)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("QtSurfaceView", "+ Add optimizer"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.defaults_button = QPushButton(translate("QtSurfaceView", "Default race"))
        self.defaults_button.setToolTip(
            translate("QtSurfaceView", "The optimizers and rates that show this surface's lesson")
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        run_row = QHBoxLayout()
        run_row.addWidget(QLabel(translate("QtSurfaceView", "Steps:")))
        self.steps_spin = NumberSpinBox(translate("QtSurfaceView", "Steps"), 1, 5000)
        self.steps_spin.setToolTip(translate("QtSurfaceView", "How many optimizer steps each one takes"))
        run_row.addWidget(self.steps_spin)
        self.run_button = QPushButton(translate("QtSurfaceView", "Run"))
        self.run_button.setObjectName("surface_run")
        bold = QFont(self.font())
        bold.setPointSize(FONT_PT)  # the size the window sets on itself, which this box is not yet in
        bold.setBold(True)
        self.run_button.setFont(bold)
        self.run_button.setMinimumWidth(170)
        run_row.addWidget(self.run_button, 1)
        layout.addLayout(run_row)

        anim_row = QHBoxLayout()
        anim_row.addWidget(QLabel(translate("QtSurfaceView", "Speed:")))
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem(translate("QtSurfaceView", "%d steps/s") % speed, speed)
        self.speed_combo.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        anim_row.addWidget(self.speed_combo)
        self.replay_button = QPushButton(translate("QtSurfaceView", "Replay"))
        self.show_all_button = QPushButton(translate("QtSurfaceView", "Show all"))
        anim_row.addWidget(self.replay_button)
        anim_row.addWidget(self.show_all_button)
        layout.addLayout(anim_row)

        self.message = QLabel()
        self.message.setObjectName("surface_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def show_surface(self, name: str) -> None:
        """Surface `name` chosen in the list (without emitting), its formula, lesson and steps shown."""
        s = SURFACES[name]
        index = self.surface_combo.findData(name)
        if index != self.surface_combo.currentIndex():
            self.surface_combo.blockSignals(True)
            self.surface_combo.setCurrentIndex(index)
            self.surface_combo.blockSignals(False)
        formula = translate("loss_surface", s.formula)
        self.surface_combo.setToolTip(formula)
        self.formula.setText(formula)
        self.lesson.setText(translate("loss_surface", s.lesson))
        self.steps_spin.setValue(s.steps)

    def set_rows(self, specs: list[dict]) -> None:
        """One row per optimizer dict, in place of the rows there were."""
        for row in list(self.rows):
            self.remove_row(row)
        for spec in specs:
            self.add_row(spec)

    def add_row(self, spec: dict | None = None) -> _QtRaceRow | None:
        """Adds an optimizer row (Adam at 0.01 unless `spec` says otherwise); None when full."""
        if len(self.rows) >= MAX_ROWS:
            return None
        used = {row.color for row in self.rows}
        color = next(c for c in PATH_COLORS if c not in used)
        row = _QtRaceRow(self, spec or {"class_name": "Adam", "config": {"learning_rate": 0.01}}, color)
        row.remove.clicked.connect(self._on_remove_clicked)
        self.rows.append(row)
        self._relayout_rows()
        return row

    def remove_row(self, row: _QtRaceRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.rows_grid.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        row.deleteLater()
        self._relayout_rows()

    def _relayout_rows(self) -> None:
        for r, row in enumerate(self.rows, start=1):
            for c, widget in enumerate(row.widgets()):
                self.rows_grid.addWidget(widget, r, c)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)

    def _on_add_clicked(self) -> None:
        self.add_row()

    def _on_remove_clicked(self) -> None:
        for row in self.rows:
            if row.remove is self.sender():
                self.remove_row(row)
                return

    def race(self) -> list[dict] | None:
        """The ticked rows' optimizer dicts; None (the reason shown, the wrong field red) if one
        is wrong."""
        specs = []
        for number, row in enumerate(self.rows, start=1):
            if not row.enabled.isChecked():
                continue
            spec, field, why = row.spec()
            if spec is None:
                field.setStyleSheet(_BAD_FIELD)
                field.setFocus()
                name = row.kind.currentText()
                self.show_message(translate("QtSurfaceView", "Row %d (%s): %s.") % (number, name, why), error=True)
                return None
            specs.append(spec)
        if not specs:
            self.show_message(translate("QtSurfaceView", "Tick at least one optimizer to race."), error=True)
            return None
        return specs

    def set_busy(self, busy: bool) -> None:
        """Run is off, and says so, while paths are computing."""
        self.run_button.setEnabled(not busy)
        self.run_button.setText(translate("QtSurfaceView", "Computing…") if busy else translate("QtSurfaceView", "Run"))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
