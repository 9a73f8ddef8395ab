"""The File → Open recent list, kept in the settings (newest first, at most MOST)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from playground.qt.i18n import translate

KEY = "recent_files"
MOST = 8


def paths() -> list[str]:
    value = QSettings().value(KEY, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
        value = [value]
    return [str(p) for p in value or []]


def add(path: str) -> None:
    path = str(Path(path).resolve())
    QSettings().setValue(KEY, [path, *(p for p in paths() if p != path)][:MOST])


def remove(path: str) -> None:
    QSettings().setValue(KEY, [p for p in paths() if p != path])


def clear() -> None:
    QSettings().setValue(KEY, [])


def fill(menu: QMenu, open_path) -> None:
    """Rebuilds `menu`: one action per recent file (`open_path(path)` when chosen), then Clear."""
    menu.clear()
    recent = paths()
    for i, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{i} {Path(path).name}", lambda p=path: open_path(p))
        action.setToolTip(path)
        action.setStatusTip(path)
    if recent:
        menu.addSeparator()
    clear_action = menu.addAction(translate("recent_files", "Clear the list"), clear)
    clear_action.setEnabled(bool(recent))
