"""Every Keras setting of the chosen optimizer (betas, rho, epsilon, AMSGrad, weight decay…) and
gradient clipping, built from `optimizer_specs`; the learning rate stays on the toolbar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from playground.core import optimizer_specs
from playground.qt.i18n import say, translate

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
            else:
                field = QLineEdit("" if spec.key.startswith("clip") and not value else f"{value:g}")
                if spec.key.startswith("clip"):
                    field.setPlaceholderText(self.tr("off"))
            field.setObjectName(f"optimizer_{spec.key}")
            field.setToolTip(translate("optimizers", spec.tip))
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
        layout.addWidget(buttons)

    def optimizer(self) -> dict | None:
        """The optimizer with the settings as typed; None (and the reason shown) if one is wrong."""
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
                        self.problem.setText(self.tr("%s: %r is not a number") % (spec.key, text))
                        return None
            config = optimizer_specs.with_setting(self.name, config, spec.key, value)
        wrong = optimizer_specs.check(self.name, config)
        if wrong:
            self.problem.setText(f"{wrong[0]}: {say(wrong[1])}")
            return None
        return {"class_name": self.name, "config": config}

    def accept(self) -> None:  # stays open while a setting is wrong: nothing typed is lost
        if self.optimizer() is not None:
            super().accept()
