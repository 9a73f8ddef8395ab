"""The data panel's small pictures of each dataset, as TensorFlow Playground shows them, drawn from
real samples: `python -m playground.qt.data.dataset_thumbnails` writes them to
assets/thumbnails/<name>.png.

They ship as files because drawing them means generating fifteen datasets (scikit-learn, the
digits' table…), about a second that would otherwise come before the window's first paint. A test
checks the files against this drawing, so they cannot drift from the generators.
"""

from __future__ import annotations

import sys

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPixmap

from playground import resources
from playground.core.data.data_config import DATASETS, TABULAR_DATASETS

SIZE = 40  # logical pixels, as laid out
SCALE = 2  # drawn at twice that, sharp on a 200 % screen
FOLDER = "thumbnails"
_cache: dict[str, QPixmap] = {}


def thumbnail(name: str) -> QPixmap:
    """The dataset's picture: the shipped file, or drawn now if it is missing."""
    if name not in _cache:
        image = QImage()
        item = resources.folder(FOLDER).joinpath(f"{name}.png")
        if item.is_file():
            image.loadFromData(item.read_bytes(), "PNG")
        if image.isNull():
            image = draw(name)
        image.setDevicePixelRatio(SCALE)
        _cache[name] = QPixmap.fromImage(image)
    return _cache[name]


def draw(name: str) -> QImage:
    """The picture of dataset `name`, SIZE·SCALE pixels square, from 200 of its samples."""
    from playground.core.data import datasets
    from playground.core.data.data_config import DataConfig

    data = datasets.generate(DataConfig(name=name, samples=200, train_fraction=0.9), seed=1)
    image = QImage(SIZE * SCALE, SIZE * SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f4f5f6"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SCALE, SCALE)
    if data.plane:
        _points(painter, name, data, datasets.DOMAIN)
    else:
        _samples(painter, name, data)
    painter.end()
    return image


def _points(painter: QPainter, name: str, data, domain: float) -> None:
    xy = np.concatenate([data.train_x, data.test_x])
    y = np.concatenate([data.train_y, data.test_y]).ravel()
    painter.setPen(Qt.PenStyle.NoPen)
    signed = y * 2 - 1 if DATASETS[name] == "classification" else np.clip(y, -1, 1)
    for (x1, x2), v in zip(xy, signed, strict=False):
        color = QColor("#0877bd") if v > 0 else QColor("#f59322")
        color.setAlphaF(float(min(1.0, 0.35 + abs(v))))
        painter.setBrush(color)
        px = (x1 / domain + 1) / 2 * SIZE
        py = (1 - (x2 / domain + 1) / 2) * SIZE
        painter.drawEllipse(QPointF(px, py), 1.6, 1.6)


def _samples(painter: QPainter, name: str, data) -> None:
    """Images show a 2×2 of samples; sequences a few waves; tables two columns; text a word."""
    size = SIZE
    x, y = data.train_x, data.train_y.ravel().astype(int)
    if x.ndim == 4:
        half = size // 2
        picks = [int(np.flatnonzero(y == c)[0]) for c in range(4) if (y == c).any()]
        for k, i in enumerate(picks[:4]):
            grey = (255 - np.clip(x[i, :, :, 0], 0, 1) * 255).astype(np.uint8)
            h, w = grey.shape
            tile = QImage(np.ascontiguousarray(grey).data, w, h, w, QImage.Format.Format_Grayscale8).copy()
            painter.drawImage(QRectF((k % 2) * half, (k // 2) * half, half, half), tile)
    elif name in TABULAR_DATASETS:
        # The first two (standardised) columns, coloured by class, or by the target for regression.
        colors = ("#0877bd", "#f59322", "#555555")
        target = data.train_y.ravel()
        painter.setPen(Qt.PenStyle.NoPen)
        for (a, b), t in zip(x[:, :2], target, strict=False):
            if DATASETS[name] == "regression":
                color = QColor(colors[0] if t > 0 else colors[1])
            else:
                color = QColor(colors[int(t) % 3])
            painter.setBrush(color)
            painter.drawEllipse(QPointF((a / 6 + 0.5) * size, (0.5 - b / 6) * size), 1.6, 1.6)
    elif x.ndim == 3:
        for k, (c, color) in enumerate(((0, "#0877bd"), (1, "#f59322"), (2, "#555555"))):
            i = int(np.flatnonzero(y == c)[0])
            wave = x[i, :, 0]
            wave = wave / max(float(np.abs(wave).max()), 1e-6)
            painter.setPen(QPen(QColor(color), 1.4))
            pts = [
                QPointF(j / (len(wave) - 1) * size, size * (0.2 + 0.3 * k) - wave[j] * size * 0.12)
                for j in range(len(wave))
            ]
            painter.drawPolyline(pts)
    else:
        painter.setPen(QColor("#0877bd"))
        font = painter.font()
        font.setPixelSize(12)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size / 2), Qt.AlignmentFlag.AlignCenter, "good")
        painter.setPen(QColor("#f59322"))
        painter.drawText(QRectF(0, size / 2, size, size / 2), Qt.AlignmentFlag.AlignCenter, "dull")


def write_all() -> list[str]:
    """Draws every dataset's picture into the repository's assets/thumbnails; returns the files."""
    folder = resources.REPOSITORY_ASSETS / FOLDER
    folder.mkdir(exist_ok=True)
    written = []
    for name in DATASETS:
        path = folder / f"{name}.png"
        if not draw(name).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")  # internal: a developer's tool
        written.append(str(path))
    return written


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    for written in write_all():
        print(written)  # the tool's output: the files it wrote
