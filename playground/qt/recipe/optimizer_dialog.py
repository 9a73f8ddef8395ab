"""Every Keras setting of the chosen optimizer (betas, rho, epsilon, AMSGrad, weight decay…) and
gradient clipping, built from `optimizer_specs`; the learning rate stays on the toolbar. What is typed
is checked as it is typed: a wrong value turns its field red with the reason, and OK waits for it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from playground.core.recipe import optimizer_specs
from playground.qt.i18n import say, translate
from playground.qt.recipe.setting_fields import mark, number_edit

WARNING_STYLE = "color: #b3261e; font-weight: bold;"


class QtOptimizerDialog(QDialog):
    def __init__(self, optimizer: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = optimizer["class_name"]
        self.config = dict(optimizer.get("config", {}))
        self.setWindowTitle(self.tr("%s settings") % self.name)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        for spec in optimizer_specs.settings(self.name):
            value = self.config.get(spec.key, spec.default)
            if spec.kind == "bool":
                field = QCheckBox()
                field.setChecked(bool(value))
                field.toggled.connect(self._refresh)
            else:
                field = number_edit(spec, "" if spec.key.startswith("clip") and not value else f"{value:g}")
                if spec.key.startswith("clip"):
                    field.setPlaceholderText(self.tr("off"))
                field.textChanged.connect(self._refresh)
            field.setObjectName(f"optimizer_{spec.key}")
            field.setToolTip(translate("optimizers", spec.tip))  # a number's field adds its range
            self.fields[spec.key] = field
            form.addRow(f"{spec.key}:", field)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("optimizer_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)

    def _read(self) -> tuple[dict | None, tuple[str, str] | None]:
        """(the optimizer as typed, None), or (None, (key, why)) for the first wrong setting."""
        config = dict(self.config)
        for spec in optimizer_specs.settings(self.name):
            field = self.fields[spec.key]
            if spec.kind == "bool":
                value = field.isChecked()
            else:
                text = field.text().strip()
                if not text and spec.key.startswith("clip"):
                    value = spec.default  # off
                else:
                    try:
                        value = float(text)
                    except ValueError:
                        return None, (spec.key, self.tr("%s: %r is not a number") % (spec.key, text))
            config = optimizer_specs.with_setting(self.name, config, spec.key, value)
        wrong = optimizer_specs.check(self.name, config)
        if wrong:
            return None, (wrong[0], f"{wrong[0]}: {say(wrong[1])}")
        return {"class_name": self.name, "config": config}, None

    def _refresh(self) -> None:
        chosen, wrong = self._read()
        for field in self.fields.values():
            mark(field, "")
        self.ok_button.setEnabled(wrong is None)
        self.problem.setText(wrong[1] if wrong else "")
        if wrong and wrong[0] in self.fields:
            mark(self.fields[wrong[0]], wrong[1])

    def optimizer(self) -> dict | None:
        """The optimizer with the settings as typed; None (and the reason shown) if one is wrong."""
        self._refresh()
        return self._read()[0]

    def accept(self) -> None:  # stays open while a setting is wrong: nothing typed is lost
        if self.optimizer() is not None:
            super().accept()
