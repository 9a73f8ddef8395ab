"""Training curves: loss on top, the chosen metric below, train and test in each; the learning rate
under them when it changes (a schedule's preview dashed, the rate the run used solid); the gap,
the best epoch and the run's events marked; other runs overlaid thin.

Readable in a laptop's small dock: each plot's title and the legend sit in a header above it (never
over the data), only as many ticks are labelled as fit, and the epoch axis spans the run.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QCheckBox, QVBoxLayout, QWidget

from playground.core.runs.curve_thinning import CurveThinning
from playground.core.runs.epoch_history import History
from playground.qt import theme
from playground.qt.runs.curve_marks import QtCurveMarks
from playground.qt.widgets.flow_layout import QtFlowLayout
from playground.qt.widgets.plot_header import QtPlotHeader
from playground.qt.widgets.plot_style import TEXT_COLOR, style_axes
from playground.qt.widgets.readable_axis import (
    QtReadableAxis,
    align_widths,
    make_room_for_end_labels,
    nice_step,
)

TRAIN_COLOR = "#37474f"  # dark grey/black and red-ish: not the orange/blue that mean classes
TEST_COLOR = "#d81b60"
METRIC_NAMES = ("accuracy", "mae", "mse")
# Each output's own loss, for a model with several outputs (Keras's "<output>_loss" columns):
# thinner lines, dashed for training and dotted for test, one colour per output.
OUTPUT_COLORS = ("#1e88e5", "#43a047", "#8e24aa", "#f4511e", "#00897b")
_FONT_PT = 13
_TICK_PT = 12
MAX_DRAWN = 500  # points per curve before downsampling starts
MARKS_SECONDS = 0.5  # the best-epoch and would-stop lines replay the whole history: twice a second is enough
LR_COLOR = "#ef6c00"
PREVIEW_COLOR = "#9e9e9e"
PAST_COLOR = "#b35900"  # the timeline's earlier epoch (also its label's colour)
OVERLAY_COLORS = ("#00897b", "#5e35b1", "#f9a825", "#6d4c41", "#039be5", "#7cb342")
MIN_LINES = 1.25  # a plot's least height, in lines of its tick labels
X_STEPS = 10  # the epoch axis ends at most 1/10 of the run past its last epoch (it moves in steps)
EMPTY_EPOCHS = (1.0, 10.0)  # the epoch axis before a run, when no schedule plans its length


class _Columns:
    """The curves' points, kept up from the History's columns: exact for short runs and the recent
    epochs, thinned (min and max per bucket) before them, so a frame at epoch 1,000,000 draws and
    scans as few points as one at epoch 10,000, and reads only the rows new since the last."""

    def __init__(self) -> None:
        self.thinning = CurveThinning()
        self.reset(None)

    def reset(self, history: History | None) -> None:
        self.history = history
        self.cuts = history.cuts if history is not None else 0
        self.n = 0  # rows read
        self.stopped_by: int | None = None  # where the marks found the would-stop epoch of this run
        self.x = np.empty(0)
        self.data: dict[str, np.ndarray] = {}
        self.thinning.reset()

    def sync(self, history: History, names: list[str]) -> None:
        if history is not self.history or history.cuts != self.cuts or len(history) < self.n:
            self.reset(history)
        self.n = len(history)
        self.x, self.data = self.thinning.update(history.column("epoch"), {n: history.column(n) for n in names})

    def column(self, name: str) -> np.ndarray:
        """The points drawn of column `name` (at `self.x`)."""
        return self.data[name] if name in self.data else np.full(len(self.x), math.nan)

    def full(self, name: str) -> np.ndarray:
        """Every epoch's value: for the marks, which must name an exact epoch."""
        return self.history.column(name) if self.history is not None else np.empty(0)


class QtLossPlot(QWidget):
    """Loss and metric curves; call `set_history` whenever the history grows."""

    sigEpochDragged = Signal(float)  # the timeline's line was dragged to this epoch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The marks' labels are laid out again when the plot's size, range or text size changes.
        self._labels_later = QTimer(self, singleShot=True, interval=0)
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)  # the headers' text; presentation mode scales it
        self._cols = _Columns()
        self._metric: str | None = None
        self._x_span: tuple[float, float] = ()
        self._downsample = 1
        self._loss_top = 0.0
        self._metric_range: tuple = ()

        epoch = self.tr("epoch")
        self.loss_header = QtPlotHeader(self.tr("loss"))
        self.loss_header.setObjectName("loss_header")
        self.loss_plot = self._make_plot(epoch)
        self.metric_header = QtPlotHeader(self.tr("metric"))  # named after its metric
        self.metric_header.setObjectName("metric_header")
        self.metric_plot = self._make_plot(epoch)
        self.metric_plot.setXLink(self.loss_plot)
        self.curves = {
            "loss": self._make_curve(self.loss_plot, TRAIN_COLOR),
            "val_loss": self._make_curve(self.loss_plot, TEST_COLOR),
            "metric": self._make_curve(self.metric_plot, TRAIN_COLOR),
            "val_metric": self._make_curve(self.metric_plot, TEST_COLOR),
        }
        # One legend is enough: both plots use the same two colours.
        self._legend_base = [(self.curves["loss"], self.tr("train")), (self.curves["val_loss"], self.tr("test"))]
        self.loss_header.set_entries(self._legend_base)

        self._output_curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.marks = QtCurveMarks(self.loss_plot, self.metric_plot, self.curves)
        self._marks_time = 0.0
        # A skipped update is only put off: the last rows of a run get their marks too.
        self._marks_later = QTimer(self, singleShot=True, timeout=self.update_marks)
        self._early_stopping: dict | None = None

        # The learning rate: what a schedule plans (dashed) and what the run used (solid).
        self.lr_header = QtPlotHeader(self.tr("learning rate"))
        self.lr_header.setObjectName("lr_header")
        self.lr_plot = self._make_plot(epoch)
        self.lr_plot.setXLink(self.loss_plot)
        self.lr_plot.getPlotItem().enableAutoRange(y=True)
        self.lr_preview = self.lr_plot.plot([], [], pen=pg.mkPen(PREVIEW_COLOR, width=2, style=Qt.PenStyle.DashLine))
        self.lr_curve = self.lr_plot.plot([], [], pen=pg.mkPen(LR_COLOR, width=3), connect="finite")
        self._lr_planned = False
        self.overlays: list[tuple[str, pg.PlotDataItem, pg.PlotDataItem]] = []
        self._overlay_tops: dict[str, float] = {}  # the largest finite value the other runs show: loss, metric
        self._overlay_metric: str | None = None  # the metric the other runs show

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
        self.marks.add_line(self.past_line)
        self._labels_later.timeout.connect(self.marks.lay_out_labels)
        box = self.loss_plot.getPlotItem().getViewBox()
        box.sigResized.connect(self._on_view_changed)
        box.sigRangeChanged.connect(self._on_view_changed)
        self.past_line.sigPositionChanged.connect(self._on_view_changed)

        self._log_box = QCheckBox(self.tr("Log scale (loss)"))
        self._log_box.toggled.connect(self._on_log_toggled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for header, plot, stretch in (
            (self.loss_header, self.loss_plot, 3),
            (self.metric_header, self.metric_plot, 3),
            (self.lr_header, self.lr_plot, 2),
        ):
            layout.addWidget(header)
            layout.addWidget(plot, stretch)
        self.gap_box = QCheckBox(self.tr("Shade the gap"))
        self.gap_box.setToolTip(
            self.tr("The area between the training and the validation curve: it grows when the model overfits")
        )
        self.gap_box.setChecked(True)
        self.gap_box.toggled.connect(self.marks.set_gap_visible)
        # The options wrap onto a second row rather than widen a narrow dock; in the application's
        # font, like the window's other controls (they are read up close, not from the back row).
        row = QtFlowLayout()
        for option in (self.gap_box, self._log_box):
            option.setFont(QApplication.font())
            row.addWidget(option)
        layout.addSpacing(2)
        layout.addLayout(row)
        # The plots share their epochs: equally wide y axes keep the epochs lined up.
        self._left_axes = [p.getPlotItem().getAxis("left") for p in (self.loss_plot, self.metric_plot, self.lr_plot)]
        align_widths(self._left_axes)
        self._fit_minimum_heights()
        self._set_plot_shown(self.metric_plot, False)
        self._set_plot_shown(self.lr_plot, False)
        self._update_x_range()

    @staticmethod
    def _make_plot(epoch: str) -> pg.PlotWidget:
        axes = {"left": QtReadableAxis("left"), "bottom": QtReadableAxis("bottom", integer=True)}
        plot = pg.PlotWidget(background="w", axisItems=axes)
        item = plot.getPlotItem()
        style_axes(item, _TICK_PT, si_prefix=False)
        # The y title is the header's; the epoch title goes under the lowest plot only (see
        # _update_bottom_axes).
        item.setLabel("bottom", epoch, **{"font-size": f"{_FONT_PT}pt", "color": TEXT_COLOR})
        make_room_for_end_labels(item)
        # No grid: pyqtgraph draws grid lines with the axes, so every curve update would repaint
        # both axes (the costliest part of a frame while training).
        item.enableAutoRange(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        return plot

    def _fit_minimum_heights(self) -> None:
        """Each plot at least as tall as one tick label (in the tick font as it is now): the least that
        still reads in a crowded window (presentation mode on a projector). Two labels need
        1 + LINE_GAP lines, which the plots get wherever the window has the room."""
        for plot in (self.loss_plot, self.metric_plot, self.lr_plot):
            item = plot.getPlotItem()
            axis, below = item.getAxis("left"), item.getAxis("bottom")
            line = QFontMetricsF(axis.style["tickFont"] or self.font()).height()
            labels = below.minimumHeight() if below.style["showValues"] else 0  # the epochs under the lowest
            plot.setMinimumHeight(math.ceil(line * MIN_LINES + labels) + 4)

    @staticmethod
    def _make_curve(plot: pg.PlotWidget, color: str) -> pg.PlotDataItem:
        # connect="finite" lets a NaN (a missing test value) break the line instead of
        # dragging it to zero.
        return plot.plot([], [], pen=pg.mkPen(color, width=3), connect="finite")

    def _set_plot_shown(self, plot: pg.PlotWidget, on: bool) -> None:
        header = {self.metric_plot: self.metric_header, self.lr_plot: self.lr_header}[plot]
        plot.setVisible(on)
        header.setVisible(on)
        self._update_bottom_axes()
        align_widths(self._left_axes)  # a hidden plot's labels no longer count

    def _update_bottom_axes(self) -> None:
        """Only the lowest plot shown labels the epochs: the plots share them, and each row of
        labels would take height from a plot in a small dock."""
        plots = [self.loss_plot, self.metric_plot, self.lr_plot]
        shown = [p for p in plots if not p.isHidden()]
        lowest = shown[-1] if shown else self.loss_plot
        for plot in plots:
            item = plot.getPlotItem()
            axis = item.getAxis("bottom")
            on = plot is lowest
            if axis.style["showValues"] != on or axis.label.isVisible() != on:
                axis.setStyle(showValues=on)
                axis.showLabel(on)
                make_room_for_end_labels(item)
        self._fit_minimum_heights()

    def set_history(self, history: History) -> None:
        """Redraws from `history`; cheap when only new rows were appended since the last call."""
        names = history.columns()
        metric = next((m for m in METRIC_NAMES if m in names), None if len(history) else self._overlay_metric)
        outputs = [n for n in names if n.endswith("_loss") and not n.startswith("val_")]
        wanted = ["epoch", "loss", "val_loss", "learning_rate", *outputs, *(f"val_{n}" for n in outputs)]
        if metric:
            wanted += [metric, "val_" + metric]
        self._cols.sync(history, [name for name in wanted if name in names])
        x = self._cols.x
        self.curves["loss"].setData(x, self._cols.column("loss"))
        self.curves["val_loss"].setData(x, self._cols.column("val_loss"))
        for name in outputs:
            train, test = self._output_curve(name)
            train.setData(x, self._cols.column(name))
            test.setData(x, self._cols.column(f"val_{name}"))
        self._show_metric(metric)
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

    def _show_metric(self, metric: str | None) -> None:
        if metric != self._metric:
            self._metric = metric
            self._set_plot_shown(self.metric_plot, metric is not None)
            if metric:
                self.metric_header.set_title(metric)

    def update_marks(self) -> None:
        self._marks_later.stop()
        self._marks_time = time.monotonic()
        metric = self._metric
        full = self._cols.full
        self.marks.update(
            full("epoch"),
            full("val_loss"),
            full("val_" + metric) if metric else None,
            metric,
            self._early_stopping,
            full("loss"),
            full(metric) if metric else None,
            self._cols.stopped_by,
        )
        self._cols.stopped_by = self.marks.stop_index  # found once, it stays: the run only grows

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
        if events:  # new lines: thick and large in presentation mode like the rest (then laid out anew)
            theme.restyle(self.loss_plot)
            self._on_view_changed()

    def set_lr_preview(self, x: np.ndarray, lr: np.ndarray, planned: bool) -> None:
        """The rate a schedule plans over the run (x in epochs); `planned`: it is not constant, so
        the rate plot shows even before training."""
        self.lr_preview.setData(x, lr)
        self._lr_planned = planned
        self._show_lr(planned or not self.lr_plot.isHidden())
        self._update_x_range()

    def _show_lr(self, on: bool) -> None:
        if on == self.lr_plot.isHidden():
            self._set_plot_shown(self.lr_plot, on)

    def set_overlays(self, runs: list[tuple[str, History]]) -> None:
        """Other runs, drawn thin under this one: each run's validation loss (and metric), one
        colour per run, named in the legend."""
        for _label, loss, metric in self.overlays:
            self.loss_plot.removeItem(loss)
            self.metric_plot.removeItem(metric)
        self.overlays, self._overlay_tops, self._overlay_metric = [], {}, None
        for i, (label, history) in enumerate(runs):
            color = OVERLAY_COLORS[i % len(OVERLAY_COLORS)]
            pen = pg.mkPen(color, width=2)
            x = history.column("epoch")
            loss = self.loss_plot.plot(x, history.column("val_loss"), pen=pen, connect="finite")
            metric_name = next((m for m in METRIC_NAMES if m in history.columns()), None)
            values = history.column("val_" + metric_name) if metric_name else np.full(len(x), np.nan)
            metric = self.metric_plot.plot(x, values, pen=pen, connect="finite")
            for item in (loss, metric):
                item.setZValue(-5)
            self.overlays.append((label, loss, metric))
            self._overlay_metric = self._overlay_metric or metric_name
            for key, column in (("loss", history.column("val_loss")), ("metric", values)):
                finite = column[np.isfinite(column)]
                if finite.size:
                    self._overlay_tops[key] = max(self._overlay_tops.get(key, 0.0), float(finite.max()))
        self._update_legend()
        if not len(self._cols.x):  # no run of its own: the plots take the other runs' metric and ranges
            self._show_metric(self._overlay_metric)
        self._update_ranges(self._metric)
        theme.restyle(self.loss_plot)
        theme.restyle(self.metric_plot)

    def _update_legend(self) -> None:
        """Train and test, each output's loss (its training line) and the other runs, in that order."""
        outputs = [(train, name.removesuffix("_loss")) for name, (train, _test) in self._output_curves.items()]
        runs = [(loss, label) for label, loss, _metric in self.overlays]
        self.loss_header.set_entries([*self._legend_base, *outputs, *runs])

    def _output_curve(self, name: str) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
        if name not in self._output_curves:
            color = OUTPUT_COLORS[len(self._output_curves) % len(OUTPUT_COLORS)]
            self._output_curves[name] = tuple(
                self.loss_plot.plot([], [], pen=pg.mkPen(color, width=2, style=style), connect="finite")
                for style in (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
            )
            self._update_legend()
            theme.restyle(self.loss_plot)
        return self._output_curves[name]

    def _update_downsampling(self) -> None:
        """Draws at most ~2 × MAX_DRAWN points per curve (min and max of each bin, so spikes
        stay visible). The factor moves in powers of two: pyqtgraph's automatic mode would
        recompute it, and repaint everything, at every change of the axis range."""
        factor = 1 << max(0, math.ceil(math.log2(max(1, len(self._cols.x)) / MAX_DRAWN)))
        if factor != self._downsample:
            self._downsample = factor
            for plot in (self.loss_plot, self.metric_plot):
                plot.getPlotItem().setDownsampling(ds=factor, auto=False, mode="peak")

    def _update_x_range(self) -> None:
        """The epoch axis spans the run (and the runs overlaid): from its first epoch to its last,
        rounded up to a step of about 1/X_STEPS of the run, so the axis moves in steps rather than every
        frame (a changed range means new tick labels to lay out and paint). Before a run it spans
        what a schedule plans, else epochs 1 to 10."""
        spans = []
        for x in self._epoch_columns():
            if len(x) and not (np.isfinite(x[0]) and np.isfinite(x[-1])):
                x = x[np.isfinite(x)]  # rows cut away (the run went back) before the curves caught up
            if len(x):
                spans.append((float(x[0]), float(x[-1])))
        if spans:
            first, last = min(s[0] for s in spans), max(s[1] for s in spans)
            step = nice_step(max(last - first, 1.0) / X_STEPS, integer=True)
            span = (first, max(first + 1.0, math.ceil(last / step - 1e-9) * step))
        else:
            planned = self.lr_preview.getData()[0] if self._lr_planned else None
            span = (float(planned[0]), float(planned[-1])) if planned is not None and len(planned) > 1 else EMPTY_EPOCHS
        if span != self._x_span:
            self._x_span = span
            self.loss_plot.setXRange(*span, padding=0)

    def _epoch_columns(self) -> list[np.ndarray]:
        x = [self._cols.x] if len(self._cols.x) else []
        return x + [loss.getData()[0] for _label, loss, _metric in self.overlays if loss.getData()[0] is not None]

    def x_span(self) -> tuple[float, float]:
        """The epochs the axis spans now."""
        return tuple(self.loss_plot.getPlotItem().getViewBox().viewRange()[0])

    def _on_view_changed(self, *_args) -> None:
        if not self._labels_later.isActive():
            self._labels_later.start()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # presentation mode: the labels grew
            self._on_view_changed()
            QTimer.singleShot(0, self, self._fit_minimum_heights)  # after the tick fonts grew too
        super().changeEvent(event)

    def _update_ranges(self, metric: str | None) -> None:
        """Moves the axes in steps (1-2-5, the largest value so far) rather than every frame: a
        changed range means new tick labels to lay out and paint."""
        self._update_x_range()
        own = len(self._cols.x) > 0
        if not own and not self._overlay_tops:
            return
        losses = np.concatenate([self._cols.column("loss"), self._cols.column("val_loss")]) if own else np.zeros(0)
        others = [self._overlay_tops["loss"]] if "loss" in self._overlay_tops else []
        finite = np.append(losses[np.isfinite(losses)], others)
        if finite.size and not self._log_box.isChecked():
            top = nice_step(float(finite.max()))
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
            values = (
                np.concatenate([self._cols.column(metric), self._cols.column("val_" + metric)]) if own else np.zeros(0)
            )
            others = (
                [self._overlay_tops["metric"]]
                if "metric" in self._overlay_tops and metric == self._overlay_metric
                else []
            )
            values = np.append(values[np.isfinite(values)], others)
            if values.size:
                span = (0, nice_step(float(values.max())))
                if span != self._metric_range:
                    self._metric_range = span
                    self.metric_plot.setYRange(*span, padding=0.02)

    def clear(self) -> None:
        self._marks_later.stop()  # the marks put off were those of the run cleared away
        self._cols.reset(None)
        self._loss_top, self._metric_range = 0.0, ()
        self._update_downsampling()
        for curve in (*self.curves.values(), self.lr_curve):
            curve.setData([], [])
        self.marks.clear()
        self._show_lr(self._lr_planned)
        for train, test in self._output_curves.values():
            for curve in (train, test):
                self.loss_plot.removeItem(curve)
        self._output_curves.clear()
        self._update_legend()
        self._update_x_range()

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
