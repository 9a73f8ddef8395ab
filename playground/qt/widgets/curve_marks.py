"""What the training curves mark: the gap between training and validation (shaded), the best
epoch, where early stopping would have stopped, and the run's events (a schedule's plateau drop,
early stopping, an optimizer changed mid-run)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.qt.i18n import say, translate

GAP_BRUSH = (216, 27, 96, 45)  # the test colour, faint: the gap is what overfitting looks like
BEST_COLOR = "#2e7d32"
WOULD_STOP_COLOR = "#6d4c41"
EVENT_COLOR = "#1565c0"
WOULD_STOP_PATIENCE = 10  # what "early stopping would have stopped here" assumes without an EarlyStopping
EVENT_LABELS = {  # shown translated (context "curve_marks")
    "early_stop": QT_TRANSLATE_NOOP("curve_marks", "early stop"),
    "restored": QT_TRANSLATE_NOOP("curve_marks", "best weights back"),
    "lr_reduced": QT_TRANSLATE_NOOP("curve_marks", "lr ↓"),
    "changed": QT_TRANSLATE_NOOP("curve_marks", "changed"),
    "nonfinite": "NaN",
    "rewound": QT_TRANSLATE_NOOP("curve_marks", "went back"),
}
GAP_POINTS = 1500  # points along each edge of the shaded gap (more would not show)
MAX_EVENTS = 24  # marks drawn; older ones go (the run's event list keeps them all)


class QtCurveMarks:
    """Marks on a loss plot and its metric plot; `update` from the history columns."""

    def __init__(self, loss_plot: pg.PlotWidget, metric_plot: pg.PlotWidget, curves: dict) -> None:
        self._plots = (loss_plot, metric_plot)
        # The gap is filled between thinned copies of the curves, refreshed with the other marks:
        # filling between the curves themselves re-traced every point on every frame, which at
        # 50,000 epochs took longer than a frame.
        self._gap_edges = [(pg.PlotDataItem([], [], pen=None), pg.PlotDataItem([], [], pen=None)) for _ in range(2)]
        self.gaps = [pg.FillBetweenItem(a, b, brush=pg.mkBrush(*GAP_BRUSH)) for a, b in self._gap_edges]
        for plot, gap in zip(self._plots, self.gaps, strict=True):
            gap.setZValue(-10)
            plot.addItem(gap)
        # pyqtgraph fills in {value} (the line's epoch) itself: the template is translated as it is.
        best = translate("curve_marks", "best epoch {value:.0f}")
        self.best = self._line(BEST_COLOR, Qt.PenStyle.DotLine, best, 0.95)
        would_stop = translate("curve_marks", "early stopping (patience {patience}) would stop here")
        self.would_stop = self._line(
            WOULD_STOP_COLOR, Qt.PenStyle.DashLine, would_stop.format(patience=WOULD_STOP_PATIENCE), 0.8
        )
        self._event_lines: list[pg.InfiniteLine] = []
        self.best_epoch: int | None = None
        self.stop_epoch: int | None = None

    def _line(self, color: str, style, label: str, position: float) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen(color, width=2, style=style),
            label=label,
            labelOpts={"position": position, "color": color, "fill": (255, 255, 255, 200), "anchors": [(0, 0), (0, 0)]},
        )
        line.hide()
        self._plots[0].addItem(line)
        return line

    def set_gap_visible(self, on: bool) -> None:
        for gap in self.gaps:
            gap.setVisible(on)

    def update(
        self,
        epochs: np.ndarray,
        val_loss: np.ndarray,
        val_metric: np.ndarray | None,
        metric: str | None,
        early_stopping: dict | None,
        loss: np.ndarray | None = None,
        train_metric: np.ndarray | None = None,
    ) -> None:
        """Moves the best-epoch line (highest validation accuracy, else lowest validation loss) and
        the would-have-stopped line (Keras's EarlyStopping on val_loss, replayed; not drawn when the
        run has its own EarlyStopping, whose stop is an event), and refills the gaps between the
        training curves (`loss`, `train_metric`) and the validation curves."""
        for (a, b), train, val in zip(self._gap_edges, (loss, train_metric), (val_loss, val_metric), strict=True):
            if train is None or val is None or not len(train):
                a.setData([], [])
                b.setData([], [])
                continue
            step = max(1, len(epochs) // GAP_POINTS)
            a.setData(epochs[::step], train[::step], connect="finite")
            b.setData(epochs[::step], val[::step], connect="finite")
        self.best_epoch = None
        if metric == "accuracy" and val_metric is not None and np.isfinite(val_metric).any():
            self.best_epoch = int(epochs[np.nanargmax(val_metric)])
        elif np.isfinite(val_loss).any():
            self.best_epoch = int(epochs[np.nanargmin(val_loss)])
        _place(self.best, self.best_epoch)
        self.stop_epoch = None
        if early_stopping is None and len(val_loss):
            stop = would_stop(val_loss, WOULD_STOP_PATIENCE)
            self.stop_epoch = int(epochs[stop - 1]) if stop else None
        _place(self.would_stop, self.stop_epoch)

    def set_events(self, events: list[dict]) -> None:
        for line in self._event_lines:
            self._plots[0].removeItem(line)
        self._event_lines = []
        for event in events[-MAX_EVENTS:]:
            line = pg.InfiniteLine(
                pos=event["epoch"],
                angle=90,
                pen=pg.mkPen(EVENT_COLOR, width=2, style=Qt.PenStyle.DashDotLine),
                label=translate("curve_marks", EVENT_LABELS.get(event["kind"], event["kind"])),
                labelOpts={"position": 0.7, "color": EVENT_COLOR, "fill": (255, 255, 255, 200)},
            )
            line.setToolTip(translate("curve_marks", "epoch {0}: {1}").format(event["epoch"], say(event["text"])))
            self._plots[0].addItem(line)
            self._event_lines.append(line)

    def clear(self) -> None:
        self.best_epoch = self.stop_epoch = None
        for edges in self._gap_edges:
            for edge in edges:
                edge.setData([], [])
        self.best.hide()
        self.would_stop.hide()
        self.set_events([])


def would_stop(values: np.ndarray, patience: int) -> int | None:
    """The 1-based epoch at which Keras's EarlyStopping (mode min, min_delta 0) would stop — the same
    answer as `callback_specs.early_stop_epoch`, vectorised: it runs on every redraw of a long run."""
    values = np.asarray(values, float)
    n = len(values)
    if n == 0 or math.isnan(values[0]):  # Keras keeps a NaN first value as the best: nothing beats it
        improved = np.zeros(n, bool)
        if n:
            improved[0] = True
    else:
        before = np.concatenate([[np.inf], np.fmin.accumulate(values)[:-1]])
        improved = values < before
    index = np.arange(n)
    waited = index - np.maximum.accumulate(np.where(improved, index, 0))
    stops = np.flatnonzero((waited >= patience) & (index > 0) & ~improved)
    return int(stops[0]) + 1 if stops.size else None


def _place(line: pg.InfiniteLine, epoch: int | None) -> None:
    if epoch is None or not math.isfinite(epoch):
        line.hide()
        return
    line.show()
    line.setValue(epoch)
    line.label.valueChanged()  # a hidden line's label skips a new value: say it again
