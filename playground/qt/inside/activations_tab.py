"""The Activations tab of "Inside the network": what one layer outputs for the sample looked at.

A layer's output is drawn as it is shaped: feature maps as tiles, a sequence as one heatmap with
time across, a vector as bars. Its own module so the tab reads as one job, apart from the others.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from playground.qt.i18n import translate
from playground.qt.inside import pages
from playground.qt.widgets.mosaic import tile


class QtActivationsTab(QWidget):
    """A layer to choose, one colour scale or one per map, and that layer's output."""

    def __init__(self, text_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layers: list = []
        self.combo = QComboBox()
        self.combo.setObjectName("activation_layer")
        self.combo.currentIndexChanged.connect(self.draw)
        self.per_layer_box = QCheckBox(translate("QtInsideView", "One scale"))
        self.per_layer_box.setToolTip(
            translate(
                "QtInsideView", "One colour scale for the whole layer (compare maps); unticked, each map has its own"
            )
        )
        self.per_layer_box.setObjectName("per_layer_scale")
        self.per_layer_box.toggled.connect(self.draw)
        self.view, self.image = pages.image_view()
        self.image.setLookupTable(pages.VIRIDIS)
        self.bar_plot = pages.plot_widget(text_font)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush="#26828e", pen=None)
        self.bar_plot.addItem(self.bars)
        self.stack, self.message = pages.message_stack(self.view, self.bar_plot)
        controls = [QLabel(translate("QtInsideView", "Layer")), self.combo, self.per_layer_box]
        pages.lay_out_page(self, controls, self.stack)

    def set_views(self, views: dict) -> None:
        """The layers' outputs of a views dict; the first convolutional layer is chosen at first."""
        self._layers = views.get("activations") or []
        conv = next((i for i, layer in enumerate(self._layers) if np.ndim(layer[2]) == 3), 0)
        pages.sync_combo(self.combo, [layer[0] for layer in self._layers], conv)

    def shown(self) -> tuple[str, np.ndarray] | None:
        """The layer chosen and its output for the sample (what is drawn), or None."""
        i = self.combo.currentIndex()
        return (self._layers[i][0], np.asarray(self._layers[i][2])) if 0 <= i < len(self._layers) else None

    def clear(self) -> None:
        self._layers = []
        pages.sync_combo(self.combo, [], 0)
        self.image.clear()

    def draw(self) -> None:
        i = self.combo.currentIndex()
        if not 0 <= i < len(self._layers):
            text = translate("QtInsideView", "The layers' outputs appear once the model is training.")
            pages.explain(self.stack, text)
            return
        name, _, a = self._layers[i]
        a = np.asarray(a, dtype=np.float32)
        per_map = not self.per_layer_box.isChecked()
        if a.ndim == 3:  # (H, W, channels): one tile per feature map
            maps = np.moveaxis(a, -1, 0)
            pages.show_image(self.image, tile(maps, math.ceil(math.sqrt(len(maps))), per_map=per_map), (0, 1))
            self.stack.setCurrentWidget(self.view)
        elif a.ndim == 2:  # (time, features): time runs left to right
            pages.show_image(self.image, tile(a.T[None], 1, per_map=per_map), (0, 1))
            self.stack.setCurrentWidget(self.view)
        elif a.ndim == 1 and a.size:
            self.bars.setOpts(x=np.arange(a.size), height=np.nan_to_num(a), width=0.8)
            self.stack.setCurrentWidget(self.bar_plot)
        else:
            text = translate(
                "QtInsideView", "The output of {name} has shape {shape}: only maps, sequences and vectors are drawn."
            )
            pages.explain(self.stack, text.format(name=name, shape=a.shape))
