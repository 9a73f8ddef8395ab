"""The learning-rate range test's result: the loss against the rate (log scale), the suggested rate
marked, and one button to use it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from playground.qt.widgets.plot_style import label_axes, white_plot

_FONT_PT = 13
RAW_COLOR = "#b0bec5"
SMOOTH_COLOR = "#37474f"
SUGGEST_COLOR = "#2e7d32"
CURRENT_COLOR = "#d81b60"


class QtRangeTestDialog(QDialog):
    """Shows a `lr_finder.RangeTest`; "Use …" emits sigApply with the suggested rate.

    Args:
        result: the range test's result.
        current: the learning rate the experiment has now (marked too).
        parent: the parent widget. Defaults to None.
    """

    sigApply = Signal(float)

    def __init__(self, result, current: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.result_ = result
        self.setWindowTitle(self.tr("Learning-rate range test"))
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)
        layout = QVBoxLayout(self)
        self.plot = white_plot(_FONT_PT - 1)
        item = self.plot.getPlotItem()
        label_axes(item, self.tr("loss"), self.tr("learning rate"), _FONT_PT)
        item.setLogMode(x=True, y=False)
        item.addLegend(offset=(-10, -40), labelTextSize=f"{_FONT_PT - 1}pt", brush=pg.mkBrush(255, 255, 255, 210))
        self.raw = self.plot.plot(
            result.rates, result.losses, pen=pg.mkPen(RAW_COLOR, width=1), name=self.tr("each batch")
        )
        self.smooth = self.plot.plot(
            result.rates, result.smoothed, pen=pg.mkPen(SMOOTH_COLOR, width=3), name=self.tr("smoothed")
        )
        finite = result.smoothed[np.isfinite(result.smoothed)]
        if finite.size:
            top = min(float(finite.max()), 4 * float(finite.min()) + 1e-9) if finite.min() > 0 else float(finite.max())
            item.setYRange(float(finite.min()) * 0.9, top * 1.05, padding=0)
        self.suggested = self._line(
            result.suggestion, SUGGEST_COLOR, self.tr("suggested {0:.2g}").format(result.suggestion)
        )
        self.current = self._line(current, CURRENT_COLOR, self.tr("now {0:.2g}").format(current), Qt.PenStyle.DashLine)
        layout.addWidget(self.plot, 1)
        text = self.tr(
            "The loss falls fastest a little below the rate where it is lowest ({0:.2g}); beyond that it blows up. "
            "A tenth of it, {1:.2g}, is a good start. The weights are as they were before the test."
        ).format(result.lowest, result.suggestion)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply = QPushButton(self.tr("Use {0:.2g}").format(result.suggestion))
        self.apply.setObjectName("apply_rate")
        self.apply.setDefault(True)
        buttons.addButton(self.apply, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.clicked.connect(lambda: self.sigApply.emit(float(f"{result.suggestion:.2g}")))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _line(self, rate: float, color: str, label: str, style=Qt.PenStyle.SolidLine) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            pos=np.log10(rate),
            angle=90,
            pen=pg.mkPen(color, width=2, style=style),
            label=label,
            labelOpts={"position": 0.75, "color": color, "fill": (255, 255, 255, 210)},
        )
        self.plot.addItem(line)
        return line
