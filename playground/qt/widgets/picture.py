"""Saves what a widget shows as PNG (pixels, as on screen) or SVG (vector, sharp at any size)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from playground.core import atomic_files

FILTER = "PNG image (*.png);;SVG drawing (*.svg)"


def save_picture(widget: QWidget, path: str, title: str = "") -> None:
    """Writes `widget` to `path`; the suffix picks the format (.svg, otherwise PNG).

    Raises:
        OSError: the file could not be written, with a message that names it.
    """
    target = Path(path)
    try:
        with atomic_files.replacing(target) as temporary:  # a full disk leaves an older picture whole
            if not _render(widget, temporary, title):
                raise _NotWritten
    except _NotWritten:  # Qt says only that it failed, not why
        raise OSError(f"could not write {target}: check the folder exists and is writable") from None


class _NotWritten(Exception):
    pass


def _render(widget: QWidget, target: Path, title: str) -> bool:
    if target.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(widget.size())
        generator.setViewBox(widget.rect())
        generator.setTitle(title)
        painter = QPainter(generator)
        try:
            widget.render(painter, QPoint())
        finally:
            ok = painter.end()  # always: a generator destroyed mid-paint crashes Qt
        ok = ok and target.exists() and target.stat().st_size > 0
    else:
        ok = widget.grab().save(str(target), "PNG")
    return ok
