"""A plot axis whose tick labels never run into each other, however small the plot: the step between
labelled ticks is the smallest 1, 2 or 5 × 10ⁿ whose labels fit the axis's length in its tick font.

pyqtgraph picks its tick step from the axis's length alone, so in a small dock (or with the large
font of presentation mode) its labels overlap; it also labels the minor ticks when they seem to
fit, which is what crowds a short axis most.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF

GAP_EM = 1.0  # the least space between two labels, in widths of the letter "M"
# The least space between two labels on a vertical axis, in line heights: the labels at the ends are
# pulled in by up to half a line (so they need no margin), and still keep a fifth of a line apart.
LINE_GAP = 0.7


class QtReadableAxis(pg.AxisItem):
    """An AxisItem that labels only as many ticks as fit; `integer` keeps the step whole (epochs).

    A bottom axis writes its title at the right end of the row of tick labels rather than under
    it: a second row of text would take height a low plot does not have."""

    inline_label = False  # set after pyqtgraph's __init__, which already lays the axis out
    partners: tuple[QtReadableAxis, ...] = ()  # vertical axes kept as wide as this one (see align_widths)

    def __init__(self, orientation: str, integer: bool = False, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.integer = integer
        self.inline_label = orientation == "bottom"
        self.setStyle(maxTextLevel=0, maxTickLevel=1)  # labels on the major ticks only
        self._fit_overhang()

    def setTickFont(self, font: QFont | None) -> None:
        super().setTickFont(font)
        self._fit_overhang()

    def overhang(self) -> int:
        """How far a label at the very end of the axis may stick out past it: half its height (vertical
        axis, where it is then pulled in) or half a three-digit label's width (horizontal axis)."""
        metrics = self._metrics()
        if self.orientation in ("left", "right"):
            return math.ceil(metrics.height() / 2) + 1
        return math.ceil(metrics.horizontalAdvance("000") / 2) + 1

    def _fit_overhang(self) -> None:
        self.setStyle(hideOverlappingLabels=self.overhang())
        if isinstance(self.parentItem(), pg.PlotItem):
            make_room_for_end_labels(self.parentItem())

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.style["tickFont"] or QFont())

    def _inline(self) -> bool:
        return self.inline_label and self.label.isVisible() and self.style["showValues"]

    def label_rect(self):
        """Where the inline title is drawn, in the axis's coordinates (its text, without margins)."""
        margin = self.label.document().documentMargin()
        box = self.label.boundingRect().adjusted(margin, margin, -margin, -margin)
        return box.translated(self.label.pos())

    def _natural_width(self) -> float:
        if not self.isVisible() or not any(view.isVisible() for view in (self.scene().views() if self.scene() else [])):
            return 0.0
        width = self.textWidth if self.style["autoExpandTextSpace"] else self.style["tickTextWidth"]
        width += self.style["tickTextOffset"][0] + max(0, self.style["tickLength"])
        if self.label.isVisible():
            width += self.label.boundingRect().height() * 0.8
        return width

    def _updateWidth(self) -> None:
        if not self.partners:
            super()._updateWidth()
            return
        width = max(axis._natural_width() for axis in self.partners)
        for axis in self.partners:
            if axis.minimumWidth() != width or axis.maximumWidth() != width:
                axis.setMaximumWidth(width)
                axis.setMinimumWidth(width)
                axis.picture = None

    def _updateHeight(self) -> None:
        if not self._inline():
            super()._updateHeight()
            return
        margin = self.label.document().documentMargin()
        text = max(self.textHeight, self.label.boundingRect().height() - 2 * margin)
        height = text + self.style["tickTextOffset"][1] + max(0, self.style["tickLength"])
        self.setMaximumHeight(height)
        self.setMinimumHeight(height)
        self.picture = None

    def resizeEvent(self, ev=None) -> None:
        super().resizeEvent(ev)
        if self.label is not None and self._inline():
            margin = self.label.document().documentMargin()
            box = self.label.boundingRect()
            top = max(0, self.style["tickLength"]) + self.style["tickTextOffset"][1]
            self.label.setPos(QPointF(self.size().width() - box.width() + margin, top - margin))

    def generateDrawSpecs(self, p):
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return specs
        axis, ticks, texts = specs
        if self.orientation in ("left", "right"):
            # A label at an end of the axis is moved in, beside its tick, rather than cut off at the
            # edge of the plot or given a margin of its own.
            bounds = self.mapRectFromParent(self.geometry())
            for rect, _flags, _text in texts:
                rect.moveTop(min(max(rect.top(), bounds.top()), bounds.bottom() - rect.height()))
            return axis, ticks, texts
        if not self._inline():
            return specs
        gap = self._metrics().horizontalAdvance("M") / 2
        title = self.label_rect().adjusted(-gap, -1000, 0, 1000)
        return axis, ticks, [t for t in texts if not t[0].intersects(title)]

    def showLabel(self, show: bool = True) -> None:
        super().showLabel(show)
        self.resizeEvent()

    def _updateLabel(self) -> None:  # a new title, or a new size for it: placed again
        super()._updateLabel()
        self.resizeEvent()

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        if self._tickSpacing is not None:
            return self._tickSpacing
        span = abs(maxVal - minVal)
        if span == 0 or size <= 0 or not math.isfinite(span):
            return []
        metrics = self._metrics()
        whole = self.integer or self.logMode  # a log axis is labelled at whole decades
        if self.orientation in ("left", "right"):
            major = nice_step(span * metrics.height() * (1 + LINE_GAP) / size, whole)
        else:
            # The labels' width depends on the step (its decimals): guess, measure, and step up once
            # more if the measured labels are wider than the guess.
            gap = GAP_EM * metrics.horizontalAdvance("M")
            major = nice_step(span * (metrics.horizontalAdvance("0") * 2 + gap) / size, whole)
            for _ in range(3):
                widest = max(metrics.horizontalAdvance(s) for s in self._edge_strings(minVal, maxVal, major))
                needed = nice_step(span * (widest + gap) / size, whole)
                if needed <= major:
                    break
                major = needed
        levels = [(major, 0.0)]
        minor = major / (4 if _mantissa(major) == 2 else 5)
        if (not whole or minor >= 1) and size * minor / span >= 4:  # minor ticks 4 px apart at least
            levels.append((minor, 0.0))
        return levels

    def _edge_strings(self, lo: float, hi: float, step: float) -> list[str]:
        lo, hi = sorted((lo, hi))
        values = [math.ceil(lo / step) * step, math.floor(hi / step) * step]
        return self.tickStrings(values, self.autoSIPrefixScale * self.scale, step)


def align_widths(axes: list[QtReadableAxis]) -> None:
    """Keeps vertical `axes` (of plots stacked over one another) equally wide, as wide as the widest
    needs: plots that share their x axis then start at the same x, so their epochs line up."""
    for axis in axes:
        axis.partners = tuple(axes)
    axes[0]._updateWidth()


def make_room_for_end_labels(item: pg.PlotItem) -> None:
    """Margins around `item` wide enough for the labels at the ends of its axes, which would otherwise
    be cut off at the edge of the plot's widget."""
    bottom = item.getAxis("bottom")
    horizontal = bottom.overhang() if isinstance(bottom, QtReadableAxis) else 1
    # The left axis pulls its end labels in (see generateDrawSpecs): above and below, no margin.
    item.layout.setContentsMargins(1, 1, horizontal, 1)


def nice_step(least: float, integer: bool = False) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ at or above `least` (at least 1 when `integer`)."""
    if integer and least <= 1:
        return 1.0
    if least <= 0 or not math.isfinite(least):
        return 1.0
    exponent = math.floor(math.log10(least))
    for factor in (1, 2, 5, 10):
        step = factor * 10.0**exponent
        if step >= least * (1 - 1e-9):
            return step
    return 10.0 ** (exponent + 1)


def _mantissa(step: float) -> int:
    return round(step / 10.0 ** math.floor(math.log10(step)))
