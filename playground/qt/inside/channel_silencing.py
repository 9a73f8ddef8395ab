"""Silencing channels in the activation maps of "Inside the network" (issue 19): right-click a
feature map (or a Dense layer's bar) for "Silence this unit" / "Bring it back", or switch
"Silence units" on and click. A silenced map is crossed out, with what silencing it costs under it.

The tab (`activations_tab.QtActivationsTab`) only draws; the owner (`qt.training.ablation.
QtSilencing`, passed in) keeps the silenced units and the costs.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QPushButton

from playground.qt.i18n import translate

CROSS = "#d93025"
GAP = 1  # pixels between the tiles (what `activations_tab` draws with `mosaic.tile`)


def tile_at(shape: tuple[int, ...], x: float, y: float) -> int | None:
    """The feature map at pixel (x, y) of the mosaic of maps shaped (h, w, channels), if any."""
    h, w, n = shape
    columns = max(1, min(math.ceil(math.sqrt(n)), n))
    if x < 0 or y < 0:
        return None
    col, row = int(x // (w + GAP)), int(y // (h + GAP))
    inside = x - col * (w + GAP) < w and y - row * (h + GAP) < h
    k = row * columns + col
    return k if inside and col < columns and k < n else None


def tile_rect(shape: tuple[int, ...], k: int) -> tuple[float, float, float, float]:
    """(x, y, w, h) of feature map `k` in the mosaic, in pixels."""
    h, w, n = shape
    columns = max(1, min(math.ceil(math.sqrt(n)), n))
    return (k % columns) * (w + GAP), (k // columns) * (h + GAP), w, h


class QtChannelSilencing(QObject):
    """Args: the Activations tab and the owner of the silenced units."""

    def __init__(self, tab, owner) -> None:
        super().__init__(tab)
        self.tab, self.owner = tab, owner
        self.marks: list = []
        self.switch = QPushButton(translate("QtUnitSilencing", "Silence units"))
        self.switch.setObjectName("silence_channels_switch")
        self.switch.setCheckable(True)
        self.switch.setToolTip(
            translate(
                "QtUnitSilencing",
                "While on, a click on a feature map (or a bar) switches that unit off (its output held at "
                "zero) or back on. A right-click does the same at any time. The trained weights are not changed.",
            )
        )
        rank = QPushButton(translate("QtUnitSilencing", "Which units matter"))
        rank.setObjectName("rank_channels")
        rank.clicked.connect(owner.show_ranking)
        # The tab's first row of controls (`pages.lay_out_page`): the buttons go after its own.
        row = tab.layout().itemAt(0).layout()
        row.addWidget(self.switch)
        row.addWidget(rank)
        tab.view.scene().sigMouseClicked.connect(self._on_maps_clicked)
        tab.bar_plot.scene().sigMouseClicked.connect(self._on_bars_clicked)
        tab.combo.currentIndexChanged.connect(self.redraw)

    # -- which unit ----------------------------------------------------------------------------

    def unit_at_pixel(self, x: float, y: float) -> tuple[str, int] | None:
        """(layer name, channel) of the feature map at mosaic pixel (x, y), if it can be silenced."""
        shown = self.tab.shown()
        if shown is None or shown[1].ndim != 3:
            return None
        k = tile_at(shown[1].shape, x, y)
        return None if k is None else self._silenceable(shown[0], k)

    def unit_at_bar(self, x: float) -> tuple[str, int] | None:
        shown = self.tab.shown()
        if shown is None or shown[1].ndim != 1:
            return None
        k = int(round(x))
        return self._silenceable(shown[0], k) if 0 <= k < shown[1].size else None

    def _silenceable(self, shown_name: str, unit: int) -> tuple[str, int] | None:
        layer = self.owner.layer_of(shown_name)
        return None if layer is None or unit >= self.owner.units.get(layer, 0) else (layer, unit)

    def menu_for(self, found: tuple[str, int]) -> QMenu:
        layer, unit = found
        menu = QMenu(self.tab)
        silenced = unit in self.owner.silenced.get(layer, [])
        text = (
            translate("QtUnitSilencing", "Bring it back")
            if silenced
            else translate("QtUnitSilencing", "Silence this unit")
        )
        menu.addAction(text, lambda: self.owner.toggle(layer, unit))
        menu.addAction(translate("QtUnitSilencing", "Which units matter"), self.owner.show_ranking)
        return menu

    def _on_maps_clicked(self, event) -> None:
        pos = self.tab.image.mapFromScene(event.scenePos())
        self._clicked(event, self.unit_at_pixel(pos.x(), pos.y()))

    def _on_bars_clicked(self, event) -> None:
        box = self.tab.bar_plot.getPlotItem().getViewBox()
        self._clicked(event, self.unit_at_bar(box.mapSceneToView(event.scenePos()).x()))

    def _clicked(self, event, found) -> None:
        if found is None:
            return
        if event.button() == Qt.MouseButton.RightButton:
            self.menu_for(found).exec(QCursor.pos())
        elif event.button() == Qt.MouseButton.LeftButton and self.switch.isChecked():
            self.owner.toggle(*found)

    # -- drawing -------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Crosses and costs over the silenced maps (or bars) of the layer shown."""
        for item, box in self.marks:
            box.removeItem(item)
        self.marks = []
        shown = self.tab.shown()
        if shown is None:
            return
        name, a = shown
        name = self.owner.layer_of(name)
        units = self.owner.silenced.get(name, []) if name else []
        pen = pg.mkPen(CROSS, width=3)
        if a.ndim == 3:
            box = self.tab.image.getViewBox()
            for k in (u for u in units if u < a.shape[-1]):
                x, y, w, h = tile_rect(a.shape, k)
                cross = pg.PlotDataItem(
                    [x, x + w, np.nan, x + w, x], [y, y + h, np.nan, y, y + h], pen=pen, connect="finite"
                )
                self._add(box, cross)
                self._note(box, name, k, x + w / 2, y + h)
        elif a.ndim == 1:
            box = self.tab.bar_plot.getPlotItem().getViewBox()
            top = float(np.nanmax(np.abs(a))) if a.size else 1.0
            for k in (u for u in units if u < a.size):
                cross = pg.ScatterPlotItem([k], [0], symbol="x", size=18, pen=pen, brush=CROSS)
                self._add(box, cross)
                self._note(box, name, k, k, top or 1.0)

    def _note(self, box, layer: str, unit: int, x: float, y: float) -> None:
        text = self.owner.cost_text(layer, unit)
        if text:
            label = pg.TextItem(text.replace("\n", "  "), color=CROSS, anchor=(0.5, 0), fill=(255, 255, 255, 200))
            label.setPos(x, y)
            self._add(box, label)

    def _add(self, box, item) -> None:
        item.setZValue(10)
        box.addItem(item)
        self.marks.append((item, box))

    def crossed(self) -> list[int]:
        """The units drawn crossed out in the layer shown (for tests)."""
        shown = self.tab.shown()
        name = None if shown is None else self.owner.layer_of(shown[0])
        if name is None or not self.marks:
            return []
        return [u for u in self.owner.silenced.get(name, []) if u < shown[1].shape[-1]]
