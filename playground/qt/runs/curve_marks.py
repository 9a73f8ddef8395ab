"""What the training curves mark: the gap between training and validation (shaded), the best
epoch, where early stopping would have stopped, and the run's events (a schedule's plateau drop,
early stopping, an optimizer changed mid-run).

Each line's label is laid out beside it, in the first row from the top where it meets no other
label, and on the side of the line where it fits: labels at fixed heights ran into each other (and
past the plot's edge) in a small dock.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

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
LABEL_PAD = 3  # pixels between a line and its label, and above the first row of labels


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
        sentence = translate("curve_marks", "early stopping (patience {patience}) would stop here")
        sentence = sentence.format(patience=WOULD_STOP_PATIENCE)
        self.would_stop = self._line(WOULD_STOP_COLOR, Qt.PenStyle.DashLine, sentence, 0.8)
        self.would_stop.setToolTip(sentence)
        # The sentence where it fits beside its line, else a short form (a laptop's dock is narrow).
        short = translate("curve_marks", "would stop (patience {patience})").format(patience=WOULD_STOP_PATIENCE)
        self._texts = {self.would_stop: (sentence, short)}
        self._event_lines: list[pg.InfiniteLine] = []
        self._other_lines: list[pg.InfiniteLine] = []  # lines of others whose labels share the rows
        self.best_epoch: int | None = None
        self.stop_epoch: int | None = None
        self.stop_index: int | None = None  # the would-stop epoch's 1-based place in the values

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
        stopped_by: int | None = None,
    ) -> None:
        """Moves the best-epoch line (highest validation accuracy, else lowest validation loss) and
        the would-have-stopped line (Keras's EarlyStopping on val_loss, replayed; not drawn when the
        run has its own EarlyStopping, whose stop is an event), and refills the gaps between the
        training curves (`loss`, `train_metric`) and the validation curves. `stopped_by`: a length of
        `val_loss` already known to hold the would-stop epoch (`stop_index` of an earlier update of
        the same run, which growing cannot move), so a long run is not replayed again."""
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
        self.stop_epoch = self.stop_index = None
        if early_stopping is None and len(val_loss):
            known = stopped_by is not None and stopped_by <= len(val_loss)
            stop = would_stop(val_loss[:stopped_by] if known else val_loss, WOULD_STOP_PATIENCE)
            self.stop_epoch = int(epochs[stop - 1]) if stop else None
            self.stop_index = stop
        _place(self.would_stop, self.stop_epoch)
        self.lay_out_labels()

    def add_line(self, line: pg.InfiniteLine) -> None:
        """Lays out the label of `line` (on the loss plot) with the marks' own."""
        self._other_lines.append(line)

    def labelled_lines(self) -> list[pg.InfiniteLine]:
        return [self.best, self.would_stop, *self._event_lines, *self._other_lines]

    def lay_out_labels(self) -> None:
        """Places the label of each line in sight beside it: on its right, or its left near the right
        edge (or across it when neither side has room), in the first row from the top where it meets
        no other label. A label with no row left is hidden; its line stays, with its tooltip."""
        item = self._plots[0].getPlotItem()
        if item is None:  # the plot was closed (pyqtgraph drops it) before a put-off layout came
            return
        box = item.getViewBox()
        view = box.sceneBoundingRect()
        width, height = view.width(), view.height()
        (x_lo, x_hi), _ = box.viewRange()
        placed: list[tuple[float, pg.InfiniteLine]] = []
        for line in self.labelled_lines():
            if line.label is None or not line.isVisible():
                continue
            if not x_lo <= line.value() <= x_hi:
                line.label.setVisible(False)
                continue
            placed.append((box.mapViewToScene(QPointF(line.value(), 0)).x() - view.left(), line))
        rows: list[list[tuple[float, float]]] = []
        for x, line in sorted(placed, key=lambda p: p[0]):
            label = line.label
            label.setVisible(True)  # a hidden label skips a new text (pyqtgraph): shown while it is measured
            if line in self._texts:
                _choose_text(label, self._texts[line], max(x, width - x) - LABEL_PAD)
            text = label.textItem.boundingRect()
            w, h = text.width(), text.height()
            if w > width or h + LABEL_PAD > height:
                label.setVisible(False)
                continue
            if x + LABEL_PAD + w <= width:
                left = x + LABEL_PAD
            elif x - LABEL_PAD - w >= 0:
                left = x - LABEL_PAD - w
            else:
                left = min(max(0.0, x - w / 2), width - w)
            row = next(
                (r for r, spans in enumerate(rows) if all(left + w <= a or left >= b for a, b in spans)),
                len(rows),
            )
            if LABEL_PAD + (row + 1) * h > height:
                label.setVisible(False)
                continue
            if row == len(rows):
                rows.append([])
            rows[row].append((left, left + w))
            anchor = ((x - left) / w, 0.0)  # the text's point that sits on the line
            label.anchors = [anchor, anchor]
            label.setVisible(True)
            label.setPosition(1.0 - (LABEL_PAD + row * h) / height)

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
        self.lay_out_labels()

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


def _choose_text(label: pg.InfLineLabel, texts: tuple[str, ...], room: float) -> None:
    """The first of `texts` that fits in `room` pixels (else the last), as the label's text."""
    for text in texts:
        if label.format != text:
            label.setFormat(text)
        if label.textItem.boundingRect().width() <= room:
            return


def _place(line: pg.InfiniteLine, epoch: int | None) -> None:
    if epoch is None or not math.isfinite(epoch):
        line.hide()
        return
    line.show()
    line.setValue(epoch)
    line.label.valueChanged()  # a hidden line's label skips a new value: say it again
