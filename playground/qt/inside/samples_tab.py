"""The Samples tab of "Inside the network": the first test samples, each labelled, the wrong ones
ringed red and the one looked at ringed black; a click picks the sample to look inside with.

The tiles' labels are text items made once per data set and only re-texted per update: making 64
items several times a second would make the window stutter during training.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from playground.qt.i18n import translate
from playground.qt.inside import pages
from playground.qt.widgets.mosaic import frame, mosaic

MAX_SAMPLES = 64
SAMPLE_GAP = 2  # the least gap between sample tiles; larger images get half their height, for the label
RING = 2  # pixels around each sample tile: the outer ring marks the probe, the inner one a mistake
_WRONG_RGB = (229, 57, 53)
_PROBE_RGB = (17, 17, 17)


class QtSamplesTab(QWidget):
    """Up to MAX_SAMPLES test images in a square-ish grid; `sigSampleClicked(index)` on a click."""

    sigSampleClicked = Signal(int)  # index into the test set

    def __init__(self, text_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text_font = text_font
        self.rgb: np.ndarray | None = None  # the first MAX_SAMPLES, converted once per data set
        self.texts: list[pg.TextItem] = []
        self.gap = SAMPLE_GAP
        hint = QLabel(translate("QtInsideView", "Click a sample to look inside the network with it."))
        hint.setWordWrap(True)
        self.view, self.image = pages.image_view()
        self.image.sigPixelClicked.connect(self._on_clicked)
        self.stack, self.message = pages.message_stack(self.view)
        pages.lay_out_page(self, [hint], self.stack)

    def set_samples(self, samples: pages.SampleSet) -> None:
        """Converts the first samples of an image-like test set and lays out their labels."""
        box = self.image.getViewBox()
        for text in self.texts:
            box.removeItem(text)
        self.texts = []
        if samples.images is None:
            self.rgb = None
            return
        self.rgb = samples.rgb(np.arange(min(samples.n, MAX_SAMPLES)))
        count, h, w = self.rgb.shape[:3]
        columns = self.columns()
        # Labels go in the gap under each tile, so they never hide the sample.
        self.gap = gap = max(SAMPLE_GAP, (h + 2 * RING) // 2)
        for k in range(count):  # made once per data set, only re-texted per update
            text = pg.TextItem(anchor=(0, 0))
            text.setFont(self._text_font)
            row, col = divmod(k, columns)
            text.setPos(col * (w + 2 * RING + gap), row * (h + 2 * RING + gap) + h + 2 * RING - 0.5)
            box.addItem(text, ignoreBounds=True)
            self.texts.append(text)

    def draw(self, views: dict, names: tuple[str, ...], labels: np.ndarray, probe_index: int) -> None:
        if self.rgb is None:
            pages.explain(self.stack, translate("QtInsideView", "Samples are drawn for image data"))
            return
        rgb = self.rgb
        count, h, w = rgb.shape[:3]
        cells = np.full((count, h + 2 * RING, w + 2 * RING, 3), 255, dtype=np.uint8)
        cells[:, RING:-RING, RING:-RING] = rgb
        preds = pages.predictions(views, names)
        labels = labels[:count]
        wrong = np.zeros(count, dtype=bool)
        if preds is not None and len(preds) >= count:
            wrong = preds[:count] != labels
        for k in np.flatnonzero(wrong):
            frame(cells[k], 1, _WRONG_RGB)
        if 0 <= probe_index < count:
            frame(cells[probe_index], 0, _PROBE_RGB)
        pages.show_image(self.image, mosaic(cells, self.columns(), self.gap, 255), (0, 255))
        self.stack.setCurrentWidget(self.view)
        for k, text in enumerate(self.texts):
            label = pages.class_name(names, labels[k])
            string = f"{label}→{pages.class_name(names, preds[k])}" if wrong[k] else label
            if text.toPlainText() != string:  # re-laying out 64 texts per update is wasted work
                text.setText(string, color=_WRONG_RGB if wrong[k] else "#222")

    def sample_at(self, x: float, y: float) -> int | None:
        """The sample whose tile covers pixel (x = column, y = row) of the samples mosaic, or None."""
        if self.rgb is None or x < 0 or y < 0:
            return None
        count, h, w = self.rgb.shape[:3]
        cell_h, cell_w = h + 2 * RING, w + 2 * RING
        gap = self.gap
        col, row = int(x // (cell_w + gap)), int(y // (cell_h + gap))
        columns = self.columns()
        in_cell = x % (cell_w + gap) < cell_w and y % (cell_h + gap) < cell_h
        index = row * columns + col
        return index if in_cell and col < columns and index < count else None

    def columns(self) -> int:
        return math.ceil(math.sqrt(len(self.rgb)))

    def _on_clicked(self, x: float, y: float) -> None:
        index = self.sample_at(x, y)
        if index is not None:
            self.sigSampleClicked.emit(index)
