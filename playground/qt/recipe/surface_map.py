"""The loss surface's map: its heatmap, contour lines and marks, and the optimizers' paths and balls.

Apart from the race's controls and its run (`surface_view`): this module only draws what it is
given — a surface by name, a start, paths up to a step — and reports where the map was clicked.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont

from playground.qt.i18n import translate
from playground.qt.widgets.plot_style import label_axes, style_axes
from playground.training.inspection.loss_surface import SURFACES, grid

# The picture covers more than the surface's ranges (which the view shows at first), so a window
# of another shape than the surface still shows the map to its edges, never blank bands.
_PICTURE_MARGIN = 2.4  # the picture is this many times the larger of the two spans, each way
_RESOLUTION = 360  # heatmap pixels along each axis of the picture
_CONTOUR_RESOLUTION = 180  # contours are traced on a coarser grid
_CONTOURS = 14
MAX_BEADS = 200  # runs up to this many steps mark each step's point on the path
# Low loss pale, high loss a soft slate: the paths (saturated colours) stay the brightest thing.
_MAP_STOPS = ((0.0, (255, 254, 248)), (0.5, (228, 234, 240)), (1.0, (168, 186, 205)))


def _lookup_table(n: int = 256) -> np.ndarray:
    pos = [p for p, _ in _MAP_STOPS]
    rgb = np.stack([np.interp(np.linspace(0, 1, n), pos, [c[i] for _, c in _MAP_STOPS]) for i in range(3)], axis=1)
    return np.round(rgb).astype(np.uint8)


class QtSurfaceMap(pg.PlotWidget):
    """A white plot of one surface (`draw_surface`), its start (`show_start`) and the paths of a
    run (`add_paths`, then `show_step`). A left click on the map emits `sigClicked(x, y)`."""

    sigClicked = Signal(float, float)  # a point of the map, rounded to two decimals

    def __init__(self, font_pt: int) -> None:
        super().__init__(background="w")
        item = self.getPlotItem()
        style_axes(item, font_pt - 1, si_prefix=False)
        label_axes(item, "y", "x", font_pt)
        item.setMouseEnabled(x=False, y=False)  # a stray drag would lose the picture
        item.setMenuEnabled(False)
        item.hideButtons()
        vb = item.getViewBox()
        vb.setAspectLocked(True)  # true angles: each step leaves its contour at a right angle
        vb.disableAutoRange()

        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(_lookup_table())
        self.image.setZValue(-20)
        item.addItem(self.image)
        self.contours = pg.PlotCurveItem(pen=pg.mkPen(80, 96, 112, 150, width=1.2), connect="finite")
        self.contours.setZValue(-10)
        item.addItem(self.contours)
        self.minimum_marker = pg.ScatterPlotItem(
            size=22, symbol="star", pen=pg.mkPen("#111", width=1.5), brush=pg.mkBrush("#ffd600")
        )
        self.start_marker = pg.ScatterPlotItem(size=18, symbol="o", pen=pg.mkPen("#111", width=2.5), brush=None)
        self.mark_points = pg.ScatterPlotItem(size=14, symbol="x", pen=None, brush=pg.mkBrush("#222"))
        self.mark_labels: list[pg.TextItem] = []
        self._mark_font = QFont()
        self._mark_font.setPointSize(font_pt - 1)
        for marker in (self.minimum_marker, self.start_marker, self.mark_points):
            marker.setZValue(5)
            item.addItem(marker)
        self.path_items: list[pg.PlotDataItem] = []
        self.ball_items: list[pg.ScatterPlotItem] = []
        self.scene().sigMouseClicked.connect(self._on_clicked)
        self.setToolTip(translate("QtSurfaceView", "Click the map to start the race from there"))

    def draw_surface(self, name: str) -> None:
        """The heatmap and contours of surface `name`, its ranges in view, its minimum and marks."""
        s = SURFACES[name]
        own = grid(name, _RESOLUTION // 2)[2]  # the colours span the surface's own ranges
        scale = _Scale(name, own)
        levels = (float(scale(own).min()), float(scale(own).max()))
        xs, ys, z = grid(name, _RESOLUTION, *_picture_ranges(s))
        self.image.setImage(scale(z), autoLevels=False, levels=levels)
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
        self.contours.setData(*_contours(name, scale))
        vb = self.getPlotItem().getViewBox()
        vb.setRange(xRange=s.x_range, yRange=s.y_range, padding=0)
        if s.minimum is None:
            self.minimum_marker.setData([])
        else:
            self.minimum_marker.setData([s.minimum[0]], [s.minimum[1]])
        item = self.getPlotItem()
        for text in self.mark_labels:
            item.removeItem(text)
        self.mark_labels = []
        marks = [(translate("QtSurfaceView", "minimum"), s.minimum)] if s.minimum is not None else []
        marks += [(translate("loss_surface", label), point) for label, point in s.marks]
        self.mark_points.setData([p[0] for _, p in s.marks], [p[1] for _, p in s.marks])
        for label, (x, y) in marks:
            text = pg.TextItem(label, color="#222", anchor=(0.5, -0.8), fill=pg.mkBrush(255, 255, 255, 190))
            text.setFont(self._mark_font)
            text.setPos(x, y)
            text.setZValue(4)
            item.addItem(text)
            self.mark_labels.append(text)

    def show_start(self, point: tuple[float, float]) -> None:
        self.start_marker.setData([point[0]], [point[1]])

    def add_paths(self, colors: list[str], steps: int) -> None:
        """A path and a ball per colour, empty until `show_step`."""
        item = self.getPlotItem()
        count = len(colors)
        for i, color in enumerate(colors):
            # Earlier rows wider and below: paths that run together show as nested stripes, and
            # balls at the same point as rings.
            later = count - 1 - i
            # A bead per step: crawling, bouncing and leaping read at a glance (on long runs the
            # beads would only blur the line).
            path = pg.PlotDataItem(
                [],
                [],
                pen=pg.mkPen(color, width=2.5 + 1.2 * later),
                symbol="o" if steps <= MAX_BEADS else None,
                symbolSize=7,
                symbolBrush=pg.mkBrush(color),
                symbolPen=pg.mkPen("w", width=1),
            )
            path.setZValue(10)
            ball = pg.ScatterPlotItem(size=16 + 5 * later, pen=pg.mkPen("w", width=2), brush=pg.mkBrush(color))
            ball.setZValue(20)
            item.addItem(path)
            item.addItem(ball)
            self.path_items.append(path)
            self.ball_items.append(ball)

    def show_step(self, paths: list[np.ndarray], step: int) -> None:
        """Each path drawn up to point `step` (or its end), its ball there."""
        for path, ball, points in zip(self.path_items, self.ball_items, paths, strict=False):
            n = min(step + 1, len(points))
            path.setData(points[:n, 0], points[:n, 1])
            ball.setData([points[n - 1, 0]], [points[n - 1, 1]])

    def clear_paths(self) -> None:
        item = self.getPlotItem()
        for thing in (*self.path_items, *self.ball_items):
            item.removeItem(thing)
        self.path_items, self.ball_items = [], []

    def on_map(self, x: float, y: float) -> bool:
        """Whether (x, y) is in the part of the map on screen."""
        (x0, x1), (y0, y1) = self.getPlotItem().getViewBox().viewRange()
        return x0 <= x <= x1 and y0 <= y <= y1

    def _on_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        if self.on_map(point.x(), point.y()):
            self.sigClicked.emit(round(point.x(), 2), round(point.y(), 2))


class _Scale:
    """How f becomes the picture's value: log10(f − lowest + floor) spreads the levels near the
    floor of a valley (the floor keeps the minimum finite); "linear" keeps f as it is."""

    def __init__(self, name: str, z: np.ndarray) -> None:
        self.log = SURFACES[name].scale == "log"
        self.low = float(np.min(z))
        self.floor = max(float(np.max(z)) - self.low, 1e-12) * 1e-3

    def __call__(self, z: np.ndarray) -> np.ndarray:
        return np.log10(np.maximum(z - self.low, 0) + self.floor) if self.log else z


def _picture_ranges(s) -> tuple[tuple[float, float], tuple[float, float]]:
    half = _PICTURE_MARGIN * max(s.x_range[1] - s.x_range[0], s.y_range[1] - s.y_range[0]) / 2
    cx, cy = sum(s.x_range) / 2, sum(s.y_range) / 2
    return (cx - half, cx + half), (cy - half, cy + half)


def _contours(name: str, scale: _Scale) -> tuple[np.ndarray, np.ndarray]:
    """Equal-loss lines at evenly spaced picture values (spaced over the surface's own ranges),
    as one NaN-separated (x, y) polyline."""
    levels_of = scale(grid(name, _CONTOUR_RESOLUTION)[2])
    levels = np.linspace(levels_of.min(), levels_of.max(), _CONTOURS + 2)[1:-1]
    xs, ys, z = grid(name, _CONTOUR_RESOLUTION, *_picture_ranges(SURFACES[name]))
    picture = scale(z)
    dx, dy = xs[1] - xs[0], ys[1] - ys[0]
    parts_x, parts_y = [], []
    for level in levels:
        # isocurve's coordinates are (column, row) indices + 0.5 (pixel centres).
        for line in pg.functions.isocurve(picture.T, level, connected=True):
            line = np.asarray(line, dtype=float)
            parts_x += [xs[0] + (line[:, 0] - 0.5) * dx, [np.nan]]
            parts_y += [ys[0] + (line[:, 1] - 0.5) * dy, [np.nan]]
    if not parts_x:
        return np.empty(0), np.empty(0)
    return np.concatenate(parts_x), np.concatenate(parts_y)
