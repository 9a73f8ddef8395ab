"""The input plane: the model's output as a heatmap under the data points."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from playground.core.data.datasets import DOMAIN, Dataset
from playground.core.runs.snapshot import Snapshot
from playground.qt.inside.point_drawing import QtPointDrawing
from playground.qt.widgets import colors
from playground.qt.widgets.flow_layout import QtFlowLayout
from playground.qt.widgets.plot_style import white_plot

_FONT_PT = 13
_POINT_SIZE = 9
_TEST_PEN = pg.mkPen("#111111", width=1.6)
_TRAIN_PEN = pg.mkPen("w", width=1.2)
# 256 shared brushes: per-point brushes become references into this list, not new objects.
_BRUSHES = [pg.mkBrush(*rgba) for rgba in colors.lookup_table(256)]
_CLASS_BRUSHES = [pg.mkBrush(c) for c in colors.CLASS_COLORS]  # 0 and 1 are the two-class colours


class _QtColorBar(QWidget):
    """A thin horizontal strip of the colour scale with its end labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = ("-1", "0", "1")
        f = self.font()
        f.setPointSize(_FONT_PT - 2)
        self.setFont(f)
        self.setFixedHeight(self.fontMetrics().height() + 14)
        self.setMinimumWidth(160)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: room for the larger labels
            self.setFixedHeight(self.fontMetrics().height() + 14)
        super().changeEvent(event)

    def set_labels(self, low: str, mid: str, high: str) -> None:
        self._labels = (low, mid, high)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        w, h = self.width(), self.height()
        bar = QRectF(0, 0, w, 10)
        grad = QLinearGradient(bar.topLeft(), bar.topRight())
        grad.setColorAt(0.0, colors.NEGATIVE)
        grad.setColorAt(0.5, colors.NEUTRAL)
        grad.setColorAt(1.0, colors.POSITIVE)
        p.fillRect(bar, grad)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))  # follows the theme
        text = QRectF(0, 12, w, h - 12)
        aligns = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight)
        for label, align in zip(self._labels, aligns, strict=True):
            p.drawText(text, align | Qt.AlignmentFlag.AlignTop, label)
        p.end()


class QtBoundaryView(QWidget):
    """Heatmap of the model output over [-6, 6]² with the train (and optionally test) points."""

    sigShowTestChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = "probability"
        self._res = 0
        self.output_grid: np.ndarray | None = None  # the output map shown, (res, res), rows from the top
        # A softmax output's every unit, (classes, res, res), when the map shows classes; else None.
        self.class_grids: np.ndarray | None = None
        self.drawing = None  # the drawing tools, once `enable_drawing` made them

        self.plot = white_plot(_FONT_PT - 1)
        item = self.plot.getPlotItem()
        self._ticks_step = 0
        self._fit_ticks()
        item.setLabel("bottom", "x1", **{"font-size": f"{_FONT_PT}pt", "color": "#222"})
        item.setLabel("left", "x2", **{"font-size": f"{_FONT_PT}pt", "color": "#222"})
        # A fixed view: the plane is the whole story, and a stray drag would lose it.
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        vb = item.getViewBox()
        vb.setAspectLocked(True)
        vb.setRange(xRange=(-DOMAIN, DOMAIN), yRange=(-DOMAIN, DOMAIN), padding=0)
        vb.disableAutoRange()
        vb.sigResized.connect(self._fit_ticks)

        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(colors.lookup_table(256))
        self.image.setZValue(-10)
        # Paler than the points, as in TensorFlow Playground, so points stay visible on their class.
        self.image.setOpacity(0.7)
        item.addItem(self.image)
        self.train_scatter = pg.ScatterPlotItem(size=_POINT_SIZE, pxMode=True, pen=_TRAIN_PEN)
        self.test_scatter = pg.ScatterPlotItem(size=_POINT_SIZE, pxMode=True, pen=_TEST_PEN)
        item.addItem(self.train_scatter)
        item.addItem(self.test_scatter)
        self.test_scatter.setVisible(False)

        self.show_test_box = QCheckBox(self.tr("Show test data"))
        f = self.show_test_box.font()
        f.setPointSize(_FONT_PT)
        self.show_test_box.setFont(f)
        self.show_test_box.toggled.connect(self._on_show_test_toggled)
        self.color_bar = _QtColorBar()

        # The colour bar goes under the check box when the dock is narrow (a projector's large text).
        bottom = QtFlowLayout()
        bottom.setContentsMargins(6, 0, 6, 0)
        bottom.addWidget(self.show_test_box)
        self.color_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bottom.addWidget(self.color_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.plot, 1)
        self.placeholder = QLabel(
            self.tr(
                "The output map shows what the model answers over the plane of 2-D data.\n\n"
                "This data has no plane to draw: follow the loss and accuracy curves."
            )
        )
        self.placeholder.setObjectName("output_placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #555; font-size: 13pt; padding: 24px;")
        self.placeholder.hide()
        layout.addWidget(self.placeholder, 1)
        layout.addLayout(bottom)
        self.set_output_kind("probability")

    def _fit_ticks(self, *_) -> None:
        """Ticks every 2 where their labels fit side by side, else every 4, else only 0: a small dock
        or presentation mode's large labels would run into each other. No ±6: at the very edge of
        the view they would be cut in half."""
        item = self.plot.getPlotItem()
        box = item.getViewBox().sceneBoundingRect()
        side = min(box.width(), box.height()) / (2 * DOMAIN)  # px per unit; the plane is square
        metrics = QFontMetricsF(item.getAxis("bottom").style["tickFont"] or self.font())
        room = metrics.horizontalAdvance("-4") + metrics.horizontalAdvance("M")
        step = next((s for s in (2, 4) if s * side >= room), 6)
        if step != self._ticks_step:
            self._ticks_step = step
            ticks = [[(v, f"{v:g}") for v in {2: (-4, -2, 0, 2, 4), 4: (-4, 0, 4), 6: (0,)}[step]]]
            for name in ("left", "bottom"):
                item.getAxis(name).setTicks(ticks)

    def restyle_for(self, scale: float) -> None:
        """Presentation mode switched (see `theme`): as many ticks as its labels leave room for."""
        self._ticks_step = 0
        self._fit_ticks()

    def set_dataset(self, dataset: Dataset) -> None:
        """Draws the points; call again whenever the data change (not per epoch)."""
        for widget in (self.plot, self.show_test_box):
            widget.setVisible(dataset.plane)
        # Classes beyond two are told by colour (the class picker), not by the -1…1 scale.
        self.color_bar.setVisible(dataset.plane and dataset.problem != "multiclass")
        self.placeholder.setVisible(not dataset.plane)
        if not dataset.plane:
            self.train_scatter.setData([])
            self.test_scatter.setData([])
            self.clear_output()
            return
        for scatter, xy, y in (
            (self.train_scatter, dataset.train_x, dataset.train_y),
            (self.test_scatter, dataset.test_x, dataset.test_y),
        ):
            y = np.asarray(y, dtype=float).reshape(-1)
            if dataset.problem == "classification":
                brushes = [_CLASS_BRUSHES[int(v > 0.5)] for v in y]
            elif dataset.problem == "multiclass":  # drawn classes: each its colour
                brushes = [_CLASS_BRUSHES[int(np.clip(round(v), 0, len(_CLASS_BRUSHES) - 1))] for v in y]
            else:
                idx = ((colors.to_signed(y, "regression") + 1) * 127.5 + 0.5).astype(int)
                brushes = [_BRUSHES[i] for i in idx]
            scatter.setData(pos=np.asarray(xy, dtype=float), brush=brushes)

    def set_output_kind(self, kind: str) -> None:
        """How output values map onto the colour scale: "probability", "signed" or "regression"."""
        if kind not in colors.OUTPUT_KINDS:
            raise ValueError(f"unknown output kind {kind!r}")
        self._kind = kind
        if kind == "probability":
            self.color_bar.set_labels("0", "0.5", "1")
        else:
            self.color_bar.set_labels(
                "≤ -1" if kind == "regression" else "-1", "0", "≥ 1" if kind == "regression" else "1"
            )
        if self.image.image is not None:
            self.image.setLevels(colors.levels_for(kind))

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Updates the heatmap from `snapshot.output_grid` (rows from the top, x2 = +6, down)."""
        if not snapshot.neuron_grids:
            return  # no plane to draw (images, sequences, text)
        grid = np.asarray(snapshot.output_grid, dtype=np.float32)
        self.output_grid = grid
        units = snapshot.neuron_grids[-1]
        if len(units) >= 2:  # one unit per class (softmax): the classes' regions in their colours
            self.class_grids = np.asarray(units, dtype=np.float32)
            self.image.setLookupTable(None)
            self.image.setImage(class_map(self.class_grids)[::-1], autoLevels=False)
            self.color_bar.setVisible(False)  # the class picker shows the colours
        else:
            if self.class_grids is not None:
                self.class_grids = None
                self.image.setLookupTable(colors.lookup_table(256))
                self.color_bar.setVisible(True)
            # ImageItem puts row 0 at the bottom of a y-up view; our row 0 is the top edge.
            self.image.setImage(grid[::-1], autoLevels=False, levels=colors.levels_for(self._kind))
        res = grid.shape[0]
        if res != self._res:
            self._res = res
            # Grid values sit on pixel centres at ±DOMAIN, so the image reaches half a step past.
            half = DOMAIN / max(res - 1, 1)
            self.image.setRect(QRectF(-DOMAIN - half, -DOMAIN - half, 2 * (DOMAIN + half), 2 * (DOMAIN + half)))
        self.image.setVisible(True)

    def clear_output(self) -> None:
        self.image.setVisible(False)
        self.output_grid = None
        self.class_grids = None

    @property
    def output_kind(self) -> str:
        return self._kind

    def add_tools(self, widget: QWidget) -> None:
        """A row of tools above the plane (the drawing tools)."""
        self.layout().insertWidget(0, widget)

    def enable_drawing(self, state):
        """The tools that draw data on the plane, editing `state`'s data (made once)."""
        if self.drawing is None:
            self.drawing = QtPointDrawing(state, self)
        return self.drawing

    def set_show_test(self, show: bool) -> None:
        self.show_test_box.setChecked(show)
        self.test_scatter.setVisible(show)

    def _on_show_test_toggled(self, show: bool) -> None:
        self.test_scatter.setVisible(show)
        self.sigShowTestChanged.emit(show)


def class_map(grids: np.ndarray) -> np.ndarray:
    """(res, res, 4) uint8 RGBA: each place in the colour of the class the model picks there, pale
    where it hesitates (its probability near 1 / classes) and full where it is sure."""
    k = len(grids)
    pick = np.argmax(grids, axis=0)
    sure = np.clip((np.max(grids, axis=0) - 1 / k) / (1 - 1 / k), 0, 1)[..., None]
    palette = np.array([[c.red(), c.green(), c.blue()] for c in colors.CLASS_COLORS], dtype=np.float32)
    rgb = palette[np.minimum(pick, len(palette) - 1)]
    neutral = np.array([colors.NEUTRAL.red(), colors.NEUTRAL.green(), colors.NEUTRAL.blue()], dtype=np.float32)
    out = np.empty((*pick.shape, 4), np.uint8)
    out[..., :3] = np.round(neutral + (rgb - neutral) * sure)
    out[..., 3] = 255
    return out


def _fake_dataset(rng: np.random.Generator) -> Dataset:
    xy = rng.uniform(-5, 5, (300, 2)).astype(np.float32)
    y = (np.hypot(xy[:, 0], xy[:, 1]) < 2.5).astype(np.float32).reshape(-1, 1)
    return Dataset("classification", xy[:200], y[:200], xy[200:], y[200:])


def _fake_snapshot(res: int = 50) -> Snapshot:
    from playground.core.data.datasets import grid

    g = grid(res)
    p = 1 / (1 + np.exp(np.hypot(g[:, 0], g[:, 1]) * 2 - 5))
    return Snapshot(epoch=1, row={}, resolution=res, neuron_grids=[p.reshape(1, res, res).astype(np.float32)])


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    w = QtBoundaryView()
    w.set_dataset(_fake_dataset(np.random.default_rng(0)))
    w.set_snapshot(_fake_snapshot())
    w.set_show_test(True)
    w.resize(560, 600)
    w.show()
    sys.exit(app.exec())
