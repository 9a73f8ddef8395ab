"""What the optimizer, schedule and callbacks dialogs share about their settings' fields: how a number
is shown, the field that holds it (saying the range it takes, `number_field`), how a wrong one is
marked, and how typed text becomes the value their core checks judge."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from playground.qt.widgets.number_field import WRONG_FIELD_STYLE, Bounds, CheckedEdit


def number_text(value) -> str:
    """How a value appears in a line edit: short, but reading back the same number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return str(value)
    short = f"{value:g}"
    return short if float(short) == value else repr(value)


def number_edit(spec, text: str) -> CheckedEdit:
    """The line edit for a setting (`optimizer_specs`, `schedules` or `callback_specs` Setting), its
    tooltip ending with the range the core's check takes; lists and paths say nothing of a range."""
    bounds = None
    if spec.kind in ("int", "float", "optional_float"):
        open_range = getattr(spec, "open_range", False)
        bounds = Bounds(spec.low, spec.high, spec.kind == "int", open_range, open_range)
    field = CheckedEdit(spec.key, bounds)
    field.setText(text)
    return field


def mark(field: QWidget, problem: str) -> None:
    """Shows `problem` on the field (red, with the reason in its tooltip); "" clears it."""
    if isinstance(field, CheckedEdit):
        field.feedback.show_problem(problem)
    else:
        field.setStyleSheet(WRONG_FIELD_STYLE if problem else "")


def read_field(field: QWidget) -> str | bool:
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if isinstance(field, QComboBox):
        return field.currentText()
    return field.text()


def parse_number(text: str, whole: bool):
    """A number where the text is one (a whole one for `whole`, when it is), otherwise the text
    itself, so the check's message quotes what was typed."""
    try:
        return int(text) if whole else float(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if whole and value.is_integer() else value
