"""The look every pyqtgraph plot here shares: white ground, dark axes, large tick and axis labels
(read from the back of a classroom)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont

AXIS_COLOR = "#444"
TEXT_COLOR = "#222"


def style_axes(item: pg.PlotItem, tick_pt: int | QFont, si_prefix: bool = True) -> None:
    """Dark left and bottom axes with `tick_pt`-point tick labels (or that font). `si_prefix=False`
    keeps pyqtgraph from rewriting small values as "loss (x0.001)", which confuses more than it helps."""
    font = tick_pt if isinstance(tick_pt, QFont) else _font(tick_pt)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOR))
        axis.setTextPen(pg.mkPen(TEXT_COLOR))
        axis.setTickFont(font)
        if not si_prefix:
            axis.enableAutoSIPrefix(False)


def label_axes(item: pg.PlotItem, left: str, bottom: str, label_pt: int) -> None:
    for side, text in (("left", left), ("bottom", bottom)):
        item.setLabel(side, text, **{"font-size": f"{label_pt}pt", "color": TEXT_COLOR})


def white_plot(tick_pt: int, si_prefix: bool = True) -> pg.PlotWidget:
    """A PlotWidget on white with styled axes."""
    plot = pg.PlotWidget(background="w")
    style_axes(plot.getPlotItem(), tick_pt, si_prefix)
    return plot


def _font(point_size: int) -> QFont:
    font = QFont()
    font.setPointSize(point_size)
    return font
