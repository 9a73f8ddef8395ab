"""What the schedule and callbacks dialogs share about their settings' fields: how a number is
shown, what a field holds, and how typed text becomes the value their core checks judge."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget


def number_text(value) -> str:
    """How a value appears in a line edit: short, but reading back the same number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return str(value)
    short = f"{value:g}"
    return short if float(short) == value else repr(value)


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
