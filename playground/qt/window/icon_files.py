"""Draws the window icon: `python -m playground.qt.window.icon_files` writes assets/icons/playground_<size>.png.

A small network (2 inputs, 3 hidden units, 1 output) on a dark rounded square, its connections in the
playground's two weight colours. Each size is drawn on its own rather than scaled down from the
largest, so the 16-pixel icon stays sharp. The PNGs are kept in the repository; run this from a
checkout after changing the drawing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen

from playground.resources import ICONS, REPOSITORY_ASSETS

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS_DIR = REPOSITORY_ASSETS / ICONS
POSITIVE, NEGATIVE = QColor("#5ab4f0"), QColor("#f59322")  # blue and orange, as in the network view
# (x, y) of the units in a 1×1 square, layer by layer
LAYERS = (((0.2, 0.35), (0.2, 0.65)), ((0.5, 0.2), (0.5, 0.5), (0.5, 0.8)), ((0.8, 0.5),))
# the sign of each connection, layer pair by layer pair, (from, to) row by row
SIGNS = (((1, -1, 1), (-1, 1, 1)), ((1,), (-1,), (1,)))


def file_name(size: int) -> str:
    return f"playground_{size}.png"


def draw(size: int) -> QImage:
    """The icon at `size`×`size` pixels (transparent outside the rounded square)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size, size)
    inset = 0.5 / size  # the edge of the square on a pixel boundary, not blurred across two
    square = QRectF(inset, inset, 1 - 2 * inset, 1 - 2 * inset)
    shade = QLinearGradient(0, 0, 0, 1)
    shade.setColorAt(0, QColor("#334155"))
    shade.setColorAt(1, QColor("#0f172a"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(shade)
    painter.drawRoundedRect(square, 0.2, 0.2)
    line = max(1.1 / size, 0.04)  # at least about a pixel wide
    for (sources, targets), signs in zip(zip(LAYERS, LAYERS[1:], strict=False), SIGNS, strict=True):
        for source, row in zip(sources, signs, strict=True):
            for target, sign in zip(targets, row, strict=True):
                pen = QPen(POSITIVE if sign > 0 else NEGATIVE, line)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(*source), QPointF(*target))
    radius = max(1.5 / size, 0.07)
    painter.setPen(Qt.PenStyle.NoPen)
    for layer in LAYERS:
        for x, y in layer:
            painter.setBrush(QColor("#f8fafc"))
            painter.drawEllipse(QPointF(x, y), radius, radius)
    painter.end()
    return image


def write(folder: Path = ICONS_DIR) -> list[Path]:
    """Writes every size into `folder`; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        path = folder / file_name(size)
        if not draw(size).save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    if not REPOSITORY_ASSETS.is_dir():
        sys.exit(f"{REPOSITORY_ASSETS} does not exist: run this in a checkout of the playground")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    print("wrote " + ", ".join(str(path) for path in write()), file=sys.stderr)  # the tool's output
