"""Chooses the run's Keras callbacks (early stopping, reduce the learning rate on plateau, save the best
model, stop on NaN) and their settings, one checkable group per callback, built from `core.recipe.callback_specs`.

Run alone: `python -m playground.qt.recipe.callbacks_dialog`.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from playground.core.recipe import callback_specs
from playground.core.recipe.callback_specs import CALLBACKS, Setting
from playground.qt.i18n import say, translate
from playground.qt.recipe.setting_fields import mark, number_edit, number_text, parse_number, read_field

_FONT_PT = 13  # read from the back of a classroom
# A style sheet stops a label inheriting the dialog's font, so these name the size again.
WARNING_STYLE = f"color: #b3261e; font-weight: bold; font-size: {_FONT_PT}pt;"
NOTE_STYLE = f"color: #555; font-size: {_FONT_PT - 1}pt;"


class QtCallbacksDialog(QDialog):
    """Edits `training.callbacks`: a callback is in the list when its group is checked.

    Args:
        callbacks: the experiment's callbacks, `[{"class_name": ..., "config": {...}}, ...]`.
        monitors: the values the run records, what a callback may watch (`callback_specs.monitors`).
        parent: the parent widget. Defaults to None.
        folder: the experiment file's folder: where Browse starts, and a chosen file inside it is kept
            relative to it. Defaults to None (the working folder).
    """

    # Replaced in tests; called as QFileDialog.getSaveFileName(parent, caption, path, filter).
    get_save_file_name: Callable[..., tuple[str, str]] = staticmethod(QFileDialog.getSaveFileName)

    def __init__(
        self,
        callbacks: list,
        monitors: list[str],
        parent: QWidget | None = None,
        folder: str | None = None,
    ):
        super().__init__(parent)
        self.monitors = list(monitors)
        self.folder = folder
        self.setWindowTitle(self.tr("Callbacks"))
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Keras calls these at the end of every epoch (Stop on NaN: after every batch)."))
        intro.setWordWrap(True)
        intro.setStyleSheet(NOTE_STYLE)
        layout.addWidget(intro)
        self.groups: dict[str, QGroupBox] = {}
        self.fields: dict[str, dict[str, QWidget]] = {}
        self.browse_buttons: dict[str, QPushButton] = {}
        # In a scroll area: on a short screen the groups scroll instead of squeezing their wrapped text.
        inner = QWidget()
        groups = QVBoxLayout(inner)
        groups.setContentsMargins(0, 0, 0, 0)
        for name, spec in CALLBACKS.items():
            groups.addWidget(self._make_group(name, spec, callback_specs.get(callbacks, name)))
        groups.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)

        self.problem = QLabel()
        self.problem.setObjectName("callbacks_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self._refresh()
        self.resize(660, 900)

    def _make_group(self, name: str, spec: callback_specs.CallbackSpec, config: dict | None) -> QGroupBox:
        group = QGroupBox(translate("callbacks", spec.label))
        group.setObjectName(f"callback_{name}")
        group.setCheckable(True)
        group.setChecked(config is not None)
        explained = translate("callbacks", spec.explanation)
        group.setToolTip(f"{name}: {explained}")
        group.toggled.connect(self._refresh)
        self.groups[name] = group
        self.fields[name] = {}
        values = config if config is not None else callback_specs.default(name)
        form = QFormLayout(group)
        explanation = QLabel(explained)
        explanation.setWordWrap(True)
        explanation.setStyleSheet(NOTE_STYLE)
        form.addRow(explanation)
        for setting in spec.settings:
            field = self._make_field(setting, values.get(setting.key, setting.default))
            field.setObjectName(f"callback_{name}_{setting.key}")
            field.setToolTip(translate("callbacks", setting.tip))
            self.fields[name][setting.key] = field
            label = QLabel(f"{setting.key}:")
            label.setToolTip(field.toolTip())
            if setting.kind == "path":
                browse = QPushButton(self.tr("Browse…"))
                browse.setObjectName(f"callback_{name}_browse")
                browse.setToolTip(self.tr("Choose the .keras file to save the model to"))
                browse.clicked.connect(lambda _=False, n=name, k=setting.key: self._on_browse(n, k))
                self.browse_buttons[name] = browse
                row = QHBoxLayout()
                row.addWidget(field, 1)
                row.addWidget(browse)
                form.addRow(label, row)
                note = QLabel(self.tr("A relative path is relative to the experiment file's folder."))
                note.setWordWrap(True)
                note.setStyleSheet(NOTE_STYLE)
                form.addRow("", note)
            else:
                form.addRow(label, field)
        return group

    def _make_field(self, setting: Setting, value) -> QWidget:
        if setting.kind == "bool":
            field = QCheckBox()
            field.setChecked(bool(value))
            field.toggled.connect(self._refresh)
        elif setting.kind == "monitor":
            field = QComboBox()
            field.addItems(self.monitors)
            if value not in self.monitors:  # kept, so the problem is shown rather than silently changed
                field.addItem(str(value))
            field.setCurrentText(str(value))
            field.currentIndexChanged.connect(self._refresh)
        else:
            field = number_edit(setting, number_text(value))  # its tooltip says the range it takes
            field.textChanged.connect(self._refresh)
        return field

    def _on_browse(self, name: str, key: str) -> None:
        field = self.fields[name][key]
        current = field.text().strip() or callback_specs.default(name)[key]
        if self.folder and not os.path.isabs(current):
            current = os.path.join(self.folder, current)
        path, _ = self.get_save_file_name(
            self, self.tr("Save the best model as"), current, self.tr("Keras model (*.keras)")
        )
        if not path:
            return
        if not path.endswith(".keras"):
            path += ".keras"
        if self.folder:
            relative = os.path.relpath(path, self.folder)
            if not relative.startswith(os.pardir):
                path = relative
        field.setText(path)

    def _read(self) -> tuple[list | None, tuple[str, str, str] | None]:
        """(callbacks, None) as typed, or (None, (class name, key or "", message)) for the first wrong value."""
        chosen = []
        for name, spec in CALLBACKS.items():
            if self.groups[name].isChecked():
                config = {s.key: _parse(s, read_field(self.fields[name][s.key])) for s in spec.settings}
                chosen.append({"class_name": name, "config": config})
        wrong = callback_specs.check(chosen, self.monitors)
        if wrong is None:
            return chosen, None
        where, message = wrong
        index = int(where.split("[", 1)[1].split("]", 1)[0]) if "[" in where else 0
        key = where.rsplit(".config.", 1)[1] if ".config." in where else ""
        return None, (chosen[index]["class_name"], key, message)

    def _refresh(self) -> None:
        _, wrong = self._read()
        for fields in self.fields.values():
            for field in fields.values():
                mark(field, "")
        self.ok_button.setEnabled(wrong is None)
        if wrong is None:
            self.problem.setText("")
            return
        name, key, message = wrong
        label = translate("callbacks", CALLBACKS[name].label)
        self.problem.setText(f"{label}: {say(message)}")
        if key in self.fields[name]:
            mark(self.fields[name][key], self.problem.text())

    def callbacks(self) -> list | None:
        """The checked callbacks in the table's order, each config with every key; None while a value is
        wrong (the message says which)."""
        return self._read()[0]

    def accept(self) -> None:  # stays open while a value is wrong: nothing typed is lost
        if self._read()[1] is None:
            super().accept()


def _parse(setting: Setting, typed: str | bool):
    """The value for `callback_specs.check`: a number where the text is one, otherwise the text itself,
    so the message quotes what was typed."""
    if setting.kind in ("bool", "monitor"):
        return typed
    text = str(typed).strip()
    if setting.kind == "path":
        return text
    return parse_number(text, setting.kind == "int")


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    dialog = QtCallbacksDialog(
        [{"class_name": "EarlyStopping", "config": {"patience": 20}}, {"class_name": "TerminateOnNaN"}],
        callback_specs.monitors(["accuracy"]),
    )
    if dialog.exec():
        print(dialog.callbacks())  # the demo's output
