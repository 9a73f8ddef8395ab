"""The Filters tab of "Inside the network": a convolutional layer's kernels, and on request the
inputs that excite each of its filters most.

The kernels are drawn from every views update; the patterns come only when asked for (they cost a
gradient ascent per filter), so the tab asks through `sigPatternsRequested` and shows what arrives
under the kernels of the layer they belong to.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from playground.qt.i18n import translate
from playground.qt.inside import pages
from playground.qt.widgets.mosaic import mosaic, to_rgb8

MAX_FILTER_ROWS = 8
PATTERN_COLUMNS = 8
# Weights are signed: blue negative, white zero, red positive, so a filter's pattern reads at a glance.
_DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(33, 102, 172), (247, 247, 247), (178, 24, 43)])
_DIVERGING_LUT = _DIVERGING.getLookupTable(0.0, 1.0, 256)


class QtFiltersTab(QWidget):
    """A Conv2D layer to choose, its kernels (one row per input channel), and the button and
    picture of what excites its filters."""

    sigPatternsRequested = Signal(str)  # a Conv2D layer's name: find what excites its filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: dict = {}
        self._patterns: tuple[str, int | None] | None = None  # the layer and epoch the patterns are of
        self.combo = QComboBox()
        self.combo.setObjectName("filter_layer")
        self.combo.currentIndexChanged.connect(self.draw)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        # Grey behind the tiles: white already means a zero weight.
        self.view, self.image = pages.image_view("#b0bec5")
        self.image.setLookupTable(_DIVERGING_LUT)
        self.stack, self.message = pages.message_stack(self.view)
        self.patterns_button = QPushButton(translate("QtInsideView", "What excites them?"))
        self.patterns_button.setObjectName("patterns_button")
        self.patterns_button.setToolTip(
            translate(
                "QtInsideView", "Finds, by gradient ascent, the input that each filter of this layer responds to most"
            )
        )
        self.patterns_button.clicked.connect(self._on_patterns_clicked)
        self.patterns_caption = QLabel()
        self.patterns_caption.setObjectName("patterns_caption")
        self.patterns_caption.setWordWrap(True)
        self.patterns_view, self.patterns_image = pages.image_view("#b0bec5")
        # The caption under the controls, not beside them: the dock must stay narrow on a laptop.
        controls = [QLabel(translate("QtInsideView", "Layer")), self.combo, self.patterns_button]
        body = (self.caption, self.stack, self.patterns_caption, self.patterns_view)
        pages.lay_out_page(self, controls, *body).setStretch(4, 1)  # the patterns share the height with the kernels

    def set_views(self, views: dict) -> None:
        self._views = views
        pages.sync_combo(self.combo, [f[0] for f in views.get("filters") or []], 0)

    def set_patterns(self, layer_name: str, images: np.ndarray, epoch: int | None = None) -> None:
        """Shows what excites the filters of Conv2D `layer_name`: images (n, h, w, c) in [0, 1], one
        per filter, found at `epoch` (defaults to the epoch of the views shown)."""
        images = np.asarray(images, dtype=np.float32)
        if images.ndim == 3:
            images = images[..., None]
        if images.shape[-1] not in (1, 3):  # neither grey nor colour: their mean, in grey
            images = images.mean(axis=-1, keepdims=True)
        self._patterns = (layer_name, self._views.get("epoch") if epoch is None else int(epoch))
        rgb = to_rgb8(images, 0.0, 1.0)
        pages.show_image(self.patterns_image, mosaic(rgb, min(len(rgb), PATTERN_COLUMNS), 1, 255), (0, 255))
        self._draw_patterns()

    def clear(self) -> None:
        self._views = {}
        self._patterns = None
        self.patterns_image.clear()
        pages.sync_combo(self.combo, [], 0)
        self.image.clear()

    def draw(self) -> None:
        filters = self._views.get("filters") or []
        i = self.combo.currentIndex()
        self.caption.setText("")
        self._draw_patterns()
        if not 0 <= i < len(filters) or np.ndim(filters[i][1]) != 4:
            pages.explain(self.stack, translate("QtInsideView", "Filters are drawn for convolutional (Conv2D) layers."))
            return
        name, kernel = filters[i]
        k = np.nan_to_num(np.asarray(kernel, dtype=np.float32))
        kh, kw, n_in, n_out = k.shape
        rows = min(n_in, MAX_FILTER_ROWS)
        maps = k[:, :, :rows, :].transpose(2, 3, 0, 1).reshape(rows * n_out, kh, kw)
        top = float(np.abs(maps).max()) or 1.0  # symmetric, so white is exactly zero
        pages.show_image(self.image, mosaic(maps, n_out), (-top, top))
        self.stack.setCurrentWidget(self.view)
        if rows < n_in:
            text = translate(
                "QtInsideView", "{n} filters of {kh}×{kw}; one row per input channel (the first {rows} of {n_in})"
            )
        else:
            text = translate("QtInsideView", "{n} filters of {kh}×{kw}; one row per input channel")
        self.caption.setText(text.format(n=n_out, kh=kh, kw=kw, rows=rows, n_in=n_in))

    def _draw_patterns(self) -> None:
        """The patterns show under the kernels of their own layer only; the button is for Conv2D."""
        name = self.combo.currentText()
        kinds = {layer[0]: layer[1] for layer in self._views.get("activations") or []}
        self.patterns_button.setEnabled(bool(name) and kinds.get(name, "Conv2D") == "Conv2D")
        shown = self._patterns is not None and self._patterns[0] == name
        self.patterns_caption.setVisible(shown)
        self.patterns_view.setVisible(shown)
        if shown:
            layer, epoch = self._patterns
            if epoch is None:
                text = translate("QtInsideView", "What excites each filter of {layer}: the input it responds to most")
            else:
                text = translate(
                    "QtInsideView",
                    "What excites each filter of {layer} at epoch {epoch}: the input it responds to most",
                )
            self.patterns_caption.setText(text.format(layer=layer, epoch=epoch))

    def _on_patterns_clicked(self) -> None:
        name = self.combo.currentText()
        if name:
            self.sigPatternsRequested.emit(name)
