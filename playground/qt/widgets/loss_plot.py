"""Training curves: loss on top, the chosen metric below, train and test in each; the learning rate
under them when it changes (a schedule's preview dashed, the rate the run used solid); the gap,
the best epoch and the run's events marked; other runs overlaid thin."""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from playground.core.history import History
from playground.qt import theme
from playground.qt.widgets.curve_marks import QtCurveMarks
from playground.qt.widgets.plot_style import label_axes, white_plot

TRAIN_COLOR = "#37474f"  # dark grey/black and red-ish: not the orange/blue that mean classes
TEST_COLOR = "#d81b60"
METRIC_NAMES = ("accuracy", "mae", "mse")
# Each output's own loss, for a model with several outputs (Keras's "<output>_loss" columns):
# thinner lines, dashed for training and dotted for test, one colour per output.
OUTPUT_COLORS = ("#1e88e5", "#43a047", "#8e24aa", "#f4511e", "#00897b")
_FONT_PT = 13
MAX_DRAWN = 500  # points per curve before downsampling starts
MARKS_SECONDS = 0.5  # the best-epoch and would-stop lines replay the whole history: twice a second is enough
LR_COLOR = "#ef6c00"
PREVIEW_COLOR = "#9e9e9e"
PAST_COLOR = "#b35900"  # the timeline's earlier epoch (also its label's colour)
OVERLAY_COLORS = ("#00897b", "#5e35b1", "#f9a825", "#6d4c41", "#039be5", "#7cb342")


class _Columns:
    """Growable float buffers fed from History rows, so a redraw after an epoch only converts
    the new rows instead of re-reading every dict of a 5000-epoch history."""

    def __init__(self) -> None:
        self.reset(None)

    def reset(self, history: History | None) -> None:
        self.history = history
        self.first_row: dict | None = None
        self.n = 0
        self.data: dict[str, np.ndarray] = {}

    def sync(self, history: History, names: list[str]) -> None:
        rows = history.rows
        stale = (
            history is not self.history
            or len(rows) < self.n
            or (rows and rows[0] is not self.first_row)
            or any(name not in self.data for name in names)
        )
        if stale:
            self.reset(history)
        self.first_row = rows[0] if rows else None
        for name in names:
            self.data.setdefault(name, np.empty(0))
        new = rows[self.n :]
        if not new:
            return
        need = len(rows)
        for name, buf in self.data.items():
            if len(buf) < need:
                grown = np.empty(max(need, 2 * len(buf), 256))
                grown[: self.n] = buf[: self.n]
                self.data[name] = buf = grown
            buf[self.n : need] = [row.get(name, math.nan) for row in new]
        self.n = need

    def column(self, name: str) -> np.ndarray:
        return self.data[name][: self.n]


class QtLossPlot(QWidget):
    """Loss and metric curves; call `set_history` whenever the history grows."""

    sigEpochDragged = Signal(float)  # the timeline's line was dragged to this epoch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cols = _Columns()
        self._metric: str | None = None
        self._x_end = 0.0
        self._downsample = 1
        self._loss_top = 0.0
        self._metric_range: tuple = ()

        epoch = self.tr("epoch")
        self.loss_plot = self._make_plot(self.tr("loss"), epoch, legend=True)
        self.metric_plot = self._make_plot(self.tr("metric"), epoch, legend=False)  # named after its metric
        self.metric_plot.setXLink(self.loss_plot)
        train, test = self.tr("train"), self.tr("test")
        self.curves = {
            "loss": self._make_curve(self.loss_plot, TRAIN_COLOR, train),
            "val_loss": self._make_curve(self.loss_plot, TEST_COLOR, test),
            "metric": self._make_curve(self.metric_plot, TRAIN_COLOR, train),
            "val_metric": self._make_curve(self.metric_plot, TEST_COLOR, test),
        }

        self._output_curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.marks = QtCurveMarks(self.loss_plot, self.metric_plot, self.curves)
        self._marks_time = 0.0
        # A skipped update is only put off: the last rows of a run get their marks too.
        self._marks_later = QTimer(self, singleShot=True, timeout=self.update_marks)
        self._early_stopping: dict | None = None

        # The learning rate: what a schedule plans (dashed) and what the run used (solid).
        self.lr_plot = self._make_plot(self.tr("learning rate"), epoch, legend=False)
        self.lr_plot.setXLink(self.loss_plot)
        self.lr_plot.getPlotItem().enableAutoRange(y=True)
        self.lr_preview = self.lr_plot.plot([], [], pen=pg.mkPen(PREVIEW_COLOR, width=2, style=Qt.PenStyle.DashLine))
        self.lr_curve = self.lr_plot.plot([], [], pen=pg.mkPen(LR_COLOR, width=3), connect="finite")
        self._lr_planned = False
        self.overlays: list[tuple[str, pg.PlotDataItem, pg.PlotDataItem]] = []

        # The earlier epoch the timeline shows; dragging it along the curves picks another.
        self.past_line = pg.InfiniteLine(
            angle=90,
            movable=True,
            pen=pg.mkPen(PAST_COLOR, width=3, style=Qt.PenStyle.DashLine),
            hoverPen=pg.mkPen(PAST_COLOR, width=5),
            label=self.tr("epoch {value:.0f}"),  # pyqtgraph fills in {value}
            labelOpts={"position": 0.92, "color": PAST_COLOR, "fill": (255, 255, 255, 220)},
        )
        self.past_line.setZValue(20)
        self.past_line.setToolTip(self.tr("The epoch the timeline shows: drag it along the curves"))
        self.past_line.hide()
        self.past_line.sigPositionChangeFinished.connect(lambda line: self.sigEpochDragged.emit(float(line.value())))
        self.loss_plot.addItem(self.past_line)

        self._log_box = QCheckBox(self.tr("Log scale (loss)"))
        self._log_box.setFont(QFont(self.font().family(), _FONT_PT - 2))
        self._log_box.toggled.connect(self._on_log_toggled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.metric_plot, 3)
        layout.addWidget(self.lr_plot, 2)
        row = QHBoxLayout()
        self.gap_box = QCheckBox(self.tr("Shade the gap"))
        self.gap_box.setToolTip(
            self.tr("The area between the training and the validation curve: it grows when the model overfits")
        )
        self.gap_box.setChecked(True)
        self.gap_box.toggled.connect(self.marks.set_gap_visible)
        for box in (self.gap_box, self._log_box):
            box.setFont(QFont(self.font().family(), _FONT_PT - 2))
            row.addWidget(box)
        row.addStretch(1)
        layout.addLayout(row)
        self.metric_plot.hide()
        self.lr_plot.hide()

    @staticmethod
    def _make_plot(title: str, epoch: str, legend: bool) -> pg.PlotWidget:
        plot = white_plot(_FONT_PT, si_prefix=False)
        item = plot.getPlotItem()
        label_axes(item, title, epoch, _FONT_PT)
        # No grid: pyqtgraph draws grid lines with the axes, so every curve update would repaint
        # both axes (the costliest part of a frame while training).
        item.enableAutoRange(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        if legend:  # one legend is enough: both plots use the same two colours
            item.addLegend(
                offset=(-10, 10),
                labelTextSize=f"{_FONT_PT}pt",
                labelTextColor="#222",
                brush=pg.mkBrush(255, 255, 255, 210),
            )
        return plot

    @staticmethod
    def _make_curve(plot: pg.PlotWidget, color: str, name: str) -> pg.PlotDataItem:
        # connect="finite" lets a NaN (a missing test value) break the line instead of
        # dragging it to zero.
        return plot.plot([], [], pen=pg.mkPen(color, width=3), name=name, connect="finite")

    def set_history(self, history: History) -> None:
        """Redraws from `history`; cheap when only new rows were appended since the last call."""
        names = history.columns()
        metric = next((m for m in METRIC_NAMES if m in names), None)
        outputs = [n for n in names if n.endswith("_loss") and not n.startswith("val_")]
        wanted = ["epoch", "loss", "val_loss", "learning_rate", *outputs, *(f"val_{n}" for n in outputs)]
        if metric:
            wanted += [metric, "val_" + metric]
        self._cols.sync(history, wanted)
        x = self._cols.column("epoch")
        self.curves["loss"].setData(x, self._cols.column("loss"))
        self.curves["val_loss"].setData(x, self._cols.column("val_loss"))
        for name in outputs:
            train, test = self._output_curve(name)
            train.setData(x, self._cols.column(name))
            test.setData(x, self._cols.column(f"val_{name}"))
        if metric != self._metric:
            self._metric = metric
            self.metric_plot.setVisible(metric is not None)
            # With both plots shown, the shared "epoch" label under the lower one is enough.
            self.loss_plot.getPlotItem().getAxis("bottom").showLabel(metric is None)
            if metric:
                self.metric_plot.getPlotItem().setLabel("left", metric)
        if metric:
            self.curves["metric"].setData(x, self._cols.column(metric))
            self.curves["val_metric"].setData(x, self._cols.column("val_" + metric))
        lr = self._cols.column("learning_rate")
        self.lr_curve.setData(x, lr)
        finite = lr[np.isfinite(lr)]
        self._show_lr(bool(self._lr_planned or (finite.size > 1 and finite.max() > finite.min() * (1 + 1e-6))))
        self._update_ranges(metric)
        self._update_downsampling()
        wait = MARKS_SECONDS - (time.monotonic() - self._marks_time)
        if wait <= 0 or len(history) < 50:
            self.update_marks()
        elif not self._marks_later.isActive():
            self._marks_later.start(int(wait * 1000) + 1)

    def update_marks(self) -> None:
        self._marks_later.stop()
        self._marks_time = time.monotonic()
        metric = self._metric
        self.marks.update(
            self._cols.column("epoch"),
            self._cols.column("val_loss"),
            self._cols.column("val_" + metric) if metric else None,
            metric,
            self._early_stopping,
            self._cols.column("loss"),
            self._cols.column(metric) if metric else None,
        )

    def set_past_epoch(self, epoch: int) -> None:
        """Marks the earlier epoch the timeline shows (-1: none, the views are live)."""
        self.past_line.setVisible(epoch >= 0)
        if epoch >= 0:
            self.past_line.setValue(epoch)
            self.past_line.label.valueChanged()  # a label skips values set while it was hidden

    def set_early_stopping(self, config: dict | None) -> None:
        """The run's EarlyStopping settings (None: the would-stop line replays one with patience 10)."""
        self._early_stopping = config

    def set_events(self, events: list[dict]) -> None:
        self.marks.set_events(events)

    def set_lr_preview(self, x: np.ndarray, lr: np.ndarray, planned: bool) -> None:
        """The rate a schedule plans over the run (x in epochs); `planned`: it is not constant, so
        the rate plot shows even before training."""
        self.lr_preview.setData(x, lr)
        self._lr_planned = planned
        self._show_lr(planned or self.lr_plot.isVisible())

    def _show_lr(self, on: bool) -> None:
        if on != self.lr_plot.isVisible():
            self.lr_plot.setVisible(on)

    def set_overlays(self, runs: list[tuple[str, History]]) -> None:
        """Other runs, drawn thin under this one: each run's validation loss (and metric), one
        colour per run, named in the legend."""
        for _label, loss, metric in self.overlays:
            self.loss_plot.removeItem(loss)
            self.metric_plot.removeItem(metric)
        self.overlays = []
        for i, (label, history) in enumerate(runs):
            color = OVERLAY_COLORS[i % len(OVERLAY_COLORS)]
            pen = pg.mkPen(color, width=2)
            x = history.column("epoch")
            loss = self.loss_plot.plot(x, history.column("val_loss"), pen=pen, name=label, connect="finite")
            metric_name = next((m for m in METRIC_NAMES if m in history.columns()), None)
            values = history.column("val_" + metric_name) if metric_name else np.full(len(x), np.nan)
            metric = self.metric_plot.plot(x, values, pen=pen, connect="finite")
            for item in (loss, metric):
                item.setZValue(-5)
            self.overlays.append((label, loss, metric))
        theme.restyle(self.loss_plot)
        theme.restyle(self.metric_plot)

    def _output_curve(self, name: str) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
        if name not in self._output_curves:
            color = OUTPUT_COLORS[len(self._output_curves) % len(OUTPUT_COLORS)]
            label = name.removesuffix("_loss")
            # One legend entry per output (its training line); the legend goes to two columns.
            self._output_curves[name] = tuple(
                self.loss_plot.plot([], [], pen=pg.mkPen(color, width=2, style=style), name=title, connect="finite")
                for style, title in ((Qt.PenStyle.DashLine, label), (Qt.PenStyle.DotLine, None))
            )
            self.loss_plot.getPlotItem().legend.setColumnCount(2)
            theme.restyle(self.loss_plot)
        return self._output_curves[name]

    def _update_downsampling(self) -> None:
        """Draws at most ~2 × MAX_DRAWN points per curve (min and max of each bin, so spikes
        stay visible). The factor moves in powers of two: pyqtgraph's automatic mode would
        recompute it, and repaint everything, at every change of the axis range."""
        factor = 1 << max(0, math.ceil(math.log2(max(1, self._cols.n) / MAX_DRAWN)))
        if factor != self._downsample:
            self._downsample = factor
            for plot in (self.loss_plot, self.metric_plot):
                plot.getPlotItem().setDownsampling(ds=factor, auto=False, mode="peak")

    def _update_ranges(self, metric: str | None) -> None:
        """Moves the axes in steps (1-2-5 epochs, the largest value so far) rather than every
        frame: a changed range means new tick labels to lay out and paint."""
        n = self._cols.n
        if not n:
            return
        x_end = _nice_ceiling(n)
        if x_end != self._x_end:
            self._x_end = x_end
            self.loss_plot.setXRange(0, x_end, padding=0.02)
        losses = np.concatenate([self._cols.column("loss"), self._cols.column("val_loss")])
        finite = losses[np.isfinite(losses)]
        if finite.size and not self._log_box.isChecked():
            top = _nice_ceiling(float(finite.max()))
            if top != self._loss_top:
                self._loss_top = top
                self.loss_plot.setYRange(0, top, padding=0.02)
        elif self._log_box.isChecked():
            self.loss_plot.enableAutoRange(y=True)
        if metric == "accuracy":
            if self._metric_range != (0, 1):
                self._metric_range = (0, 1)
                self.metric_plot.setYRange(0, 1, padding=0.02)
        elif metric:
            values = np.concatenate([self._cols.column(metric), self._cols.column("val_" + metric)])
            values = values[np.isfinite(values)]
            if values.size:
                span = (0, _nice_ceiling(float(values.max())))
                if span != self._metric_range:
                    self._metric_range = span
                    self.metric_plot.setYRange(*span, padding=0.02)

    def clear(self) -> None:
        self._marks_later.stop()  # the marks put off were those of the run cleared away
        self._cols.reset(None)
        self._x_end, self._loss_top, self._metric_range = 0.0, 0.0, ()
        self._update_downsampling()
        for curve in (*self.curves.values(), self.lr_curve):
            curve.setData([], [])
        self.marks.clear()
        self._show_lr(self._lr_planned)
        for train, test in self._output_curves.values():
            for curve in (train, test):
                self.loss_plot.removeItem(curve)
        self._output_curves.clear()
        self.loss_plot.getPlotItem().legend.setColumnCount(1)

    def set_log_loss(self, on: bool) -> None:
        self._log_box.setChecked(on)

    def _on_log_toggled(self, on: bool) -> None:
        self.loss_plot.getPlotItem().setLogMode(y=on)
        self.loss_plot.enableAutoRange(y=on)
        self._loss_top = 0.0
        self._update_ranges(self._metric)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    h = History()
    e = np.arange(1, 501)
    h.extend(
        [
            {
                "epoch": float(i),
                "loss": 0.7 * math.exp(-i / 80) + 0.05,
                "val_loss": 0.7 * math.exp(-i / 90) + 0.08,
                "accuracy": 1 - 0.5 * math.exp(-i / 60),
                "val_accuracy": 0.97 - 0.5 * math.exp(-i / 70),
            }
            for i in e
        ]
    )
    w = QtLossPlot()
    w.set_history(h)
    w.resize(600, 500)
    w.show()
    sys.exit(app.exec())


def _nice_ceiling(value: float) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ at or above `value`."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        nice = step * 10.0**exponent
        if nice >= value * (1 - 1e-9):
            return nice
    return 10.0 ** (exponent + 1)
