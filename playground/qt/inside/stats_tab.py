"""The Statistics tab of "Inside the network": each layer's output across depth, and the spread of
its weights and of their gradients.

Its plots are the costliest of the inside views, so they are made only when the model's layers
change, drawn only while the tab shows (`draw_if_dirty`), and only the rows in sight: a deep
network costs no more per refresh than a shallow one.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from playground.qt.i18n import translate
from playground.qt.inside import pages

_WEIGHT_RGB = "#26828e"
_GRADIENT_RGB = "#e6550d"
DEPTH_HEIGHT = 220  # pixels for the activations-across-depth plot
HISTOGRAM_HEIGHT = 130  # pixels per layer row of histograms; more rows scroll


def _follow(plot: pg.PlotItem, x: tuple[float, float], y: tuple[float, float]) -> None:
    """Moves the plot's range only when the data leave it or fill less than half of it: a range that
    changed with every refresh would lay out and repaint the axes every time."""
    view = plot.getViewBox()
    for axis, (lo, hi), (a, b) in zip("xy", (x, y), view.viewRange(), strict=True):
        lo, hi = float(np.nan_to_num(lo)), float(np.nan_to_num(hi))
        if hi - lo <= 0:
            lo, hi = lo - 0.5, hi + 0.5
        if lo < a or hi > b or hi - lo < 0.5 * (b - a):
            view.setRange(**{f"{axis}Range": (lo, hi)}, padding=0.05)


class _HistogramRow(NamedTuple):
    """One layer's row on the Statistics tab."""

    name: str
    weights: pg.PlotItem
    weight_curve: pg.PlotDataItem
    gradients: pg.PlotItem
    gradient_curve: pg.PlotDataItem


class QtStatsTab(QWidget):
    """A plot of mean ± std of every layer's output, over a row of two histograms (weights,
    gradients) per layer with weights; the rows scroll."""

    def __init__(self, text_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text_font = text_font
        self._stats: list[dict] = []
        self.rows: list[_HistogramRow] = []
        self._depth_names: list[str] = []
        self._dirty = False
        self._weighted: list[dict] = []  # the stats of the layers with weights, one per row
        self._stale_rows: set[int] = set()  # rows not drawn since the views changed
        hint = QLabel(
            translate(
                "QtInsideView",
                "Each layer's output on up to 128 test samples (mean ± standard deviation), and the spread of its "
                "weights and of their gradients. Outputs that shrink to zero with depth, or pile up at ±1, "
                "learn slowly.",
            )
        )
        hint.setWordWrap(True)
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setBackground("w")
        self.depth_plot = pages.style_plot(self.plots.addPlot(row=0, col=0, colspan=2), text_font)
        title = translate("QtInsideView", "Activations across depth")
        self.depth_plot.setTitle(title, size=f"{pages.FONT_PT}pt", color="#222")
        label_style = {"font-size": f"{pages.TEXT_PT}pt", "color": "#222"}
        self.depth_plot.setLabel("left", translate("QtInsideView", "mean ± std"), **label_style)
        self.depth_plot.setLabel("bottom", translate("QtInsideView", "layer"), **label_style)
        self.depth_plot.setMinimumHeight(DEPTH_HEIGHT)
        self.depth_plot.disableAutoRange()  # see _follow
        self.depth_plot.addLine(y=0, pen=pg.mkPen("#bbb"))
        pen = pg.mkPen(_WEIGHT_RGB, width=2)
        self.depth_band = pg.ErrorBarItem(x=np.zeros(1), y=np.zeros(1), height=np.zeros(1), beam=0.25, pen=pen)
        self.depth_curve = pg.PlotDataItem(pen=pen, symbol="o", symbolSize=8, symbolBrush=_WEIGHT_RGB, symbolPen=None)
        self.depth_plot.addItem(self.depth_band)
        self.depth_plot.addItem(self.depth_curve)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.plots)
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.plots.installEventFilter(self)  # resized: rows may come into sight
        self.stack, self.message = pages.message_stack(self.scroll)
        pages.lay_out_page(self, [hint], self.stack)

    def set_views(self, views: dict) -> None:
        """Keeps the statistics of a views dict; they are drawn when the tab shows (`draw_if_dirty`)."""
        self._stats = views.get("stats") or []
        self._dirty = True

    def draw_if_dirty(self) -> None:
        if self._dirty:
            self.draw()

    def picture_widget(self) -> QWidget:
        """What a picture of the tab shows: every layer's row, also those scrolled out of sight."""
        if self.stack.currentWidget() is not self.scroll:
            return self
        self._draw_stale_rows(every_row=True)
        return self.plots

    def draw(self) -> None:
        self._dirty = False
        stats = self._stats
        if not stats:
            text = translate("QtInsideView", "Per-layer statistics appear once the model is training.")
            pages.explain(self.stack, text)
            return
        self.stack.setCurrentWidget(self.scroll)
        names = [row["name"] for row in stats]
        x = np.arange(len(stats), dtype=float)
        means = np.nan_to_num(np.array([row["act_mean"] for row in stats], dtype=float))
        stds = np.nan_to_num(np.array([row["act_std"] for row in stats], dtype=float))
        self.depth_curve.setData(x, means)
        self.depth_band.setData(x=x, y=means, height=2 * stds)
        _follow(self.depth_plot, (-0.5, len(stats) - 0.5), (min(0.0, (means - stds).min()), (means + stds).max()))
        if names != self._depth_names:  # new ticks only when the layers change
            self._depth_names = names
            # Layer numbers: names would run into each other; the rows below name each layer.
            self.depth_plot.getAxis("bottom").setTicks([[(i, str(i + 1)) for i in range(len(names))]])
        self._weighted = [row for row in stats if row.get("weights") is not None]
        if [row.name for row in self.rows] != [row["name"] for row in self._weighted]:
            self._build_rows([row["name"] for row in self._weighted])
        self._stale_rows = set(range(len(self._weighted)))
        self._draw_stale_rows()

    def _draw_stale_rows(self, every_row: bool = False) -> None:
        """Draws the rows in sight whose data changed; the others wait until they are scrolled to."""
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        for i in sorted(self._stale_rows):
            box = self.rows[i].weights.geometry()
            if every_row or box.height() == 0 or (box.bottom() >= top and box.top() <= bottom):
                self._draw_row(self.rows[i], self._weighted[i])
                self._stale_rows.discard(i)

    def _draw_row(self, plots: _HistogramRow, row: dict) -> None:
        counts, edges = np.asarray(row["weights"][0]), np.asarray(row["weights"][1])
        plots.weight_curve.setData(edges, counts)
        _follow(plots.weights, (edges[0], edges[-1]), (0, counts.max()))
        number = [r["name"] for r in self._stats].index(row["name"]) + 1
        # Short titles: a title wider than its plot widens the whole grid past the dock's edge.
        if row.get("dead") is not None:
            title = translate("QtInsideView", "{number}. {name} weights · std {std:.2g} · {dead:.0%} dead")
        else:
            title = translate("QtInsideView", "{number}. {name} weights · std {std:.2g}")
        fields = {"number": number, "name": row["name"], "std": row.get("weight_std") or 0.0, "dead": row.get("dead")}
        self._set_title(plots.weights, title.format(**fields))
        if row.get("gradients") is None:
            plots.gradient_curve.clear()
            self._set_title(plots.gradients, translate("QtInsideView", "no gradients (no targets)"))
            return
        counts, edges = np.asarray(row["gradients"][0]), np.asarray(row["gradients"][1])
        plots.gradient_curve.setData(edges, counts)
        _follow(plots.gradients, (edges[0], edges[-1]), (0, counts.max()))
        norm = row.get("grad_norm") or 0.0
        self._set_title(plots.gradients, translate("QtInsideView", "gradients · norm {norm:.2g}").format(norm=norm))

    def _build_rows(self, names: list[str]) -> None:
        """Two histograms per layer with weights; made again only when the layers change."""
        for row in self.rows:
            self.plots.removeItem(row.weights)
            self.plots.removeItem(row.gradients)
        self.rows = []
        for r, name in enumerate(names, start=1):
            plots = []
            for col, rgb in enumerate((_WEIGHT_RGB, _GRADIENT_RGB)):
                plot = pages.style_plot(self.plots.addPlot(row=r, col=col), self._text_font)
                plot.hideAxis("left")  # counts: the shape matters, not the numbers
                plot.setMinimumHeight(HISTOGRAM_HEIGHT)
                plot.disableAutoRange()
                curve = pg.PlotDataItem(
                    stepMode="center", fillLevel=0, fillOutline=True, brush=rgb, pen=pg.mkPen(rgb, width=1)
                )
                plot.addItem(curve)
                plots += [plot, curve]
            self.rows.append(_HistogramRow(name, *plots))
        self.plots.setMinimumHeight(DEPTH_HEIGHT + 40 + (HISTOGRAM_HEIGHT + 10) * len(names))

    @staticmethod
    def _set_title(plot: pg.PlotItem, text: str) -> None:
        if plot.titleLabel.text != text:  # a new title lays the plot out again
            plot.setTitle(text, size=f"{pages.TEXT_PT}pt", color="#222")

    def _on_scrolled(self, _value: int) -> None:
        self._draw_stale_rows()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.plots and event.type() == QEvent.Type.Resize and self._stale_rows:
            QTimer.singleShot(0, self, self._draw_stale_rows)  # after the rows are laid out at the new size
        return super().eventFilter(watched, event)
