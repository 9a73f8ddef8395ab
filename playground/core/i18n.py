"""Marks strings of the plain-Python core for Qt's translation system, without importing Qt.

Qt's lupdate finds `QT_TRANSLATE_NOOP("context", "text")` in any Python file; the window shows
the text through `QCoreApplication.translate(context, text)` (`playground.qt.i18n.translate`).
A template with `{name}` fields is translated first and filled in after.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Returns `text` unchanged; lupdate collects it under `context`."""
    return text
