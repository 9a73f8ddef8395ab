"""The "ball with momentum" picture: optimizers racing down a 2-D loss surface.

The paths come from real Keras optimizers (`playground.training.inspection.loss_surface.paths`), computed on
a worker thread; this view only draws them, step by step, over the surface's contour map.
"""

from __future__ import annotations

import math
import queue
import sys
import time
import traceback

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QObject, QRectF, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.core.recipe import optimizer_specs
from playground.qt.i18n import say, translate
from playground.qt.widgets.number_field import NumberSpinBox
from playground.qt.widgets.plot_style import label_axes, white_plot
from playground.training.inspection.loss_surface import DEFAULT_RACE, SURFACES, grid

_FONT_PT = 13
# The picture covers more than the surface's ranges (which the view shows at first), so a window
# of another shape than the surface still shows the map to its edges, never blank bands.
_PICTURE_MARGIN = 2.4  # the picture is this many times the larger of the two spans, each way
_RESOLUTION = 360  # heatmap pixels along each axis of the picture
_CONTOUR_RESOLUTION = 180  # contours are traced on a coarser grid
_CONTOURS = 14
# Distinct on the pale map and for most colour-blind eyes; a row keeps its colour while it lives.
PATH_COLORS = ("#d81b60", "#1e63c8", "#2e7d32", "#f57c00", "#7b1fa2", "#00838f", "#5d4037", "#212121")
MAX_ROWS = len(PATH_COLORS)
SPEEDS = (15, 30, 60, 120, 300)  # steps per second
DEFAULT_SPEED = 60
_FRAME_MS = 16
MAX_BEADS = 200  # runs up to this many steps mark each step's point on the path
WITH_MOMENTUM = ("SGD", "RMSprop")
# A style sheet resets a label's font to the application's: each one names the size again.
ERROR_STYLE = f"color: #b3261e; font-weight: bold; font-size: {_FONT_PT}pt;"
INFO_STYLE = f"color: #444; font-size: {_FONT_PT}pt;"
_BAD_FIELD = f"QLineEdit {{ border: 2px solid #b3261e; font-size: {_FONT_PT}pt; }}"
# Low loss pale, high loss a soft slate: the paths (saturated colours) stay the brightest thing.
_MAP_STOPS = ((0.0, (255, 254, 248)), (0.5, (228, 234, 240)), (1.0, (168, 186, 205)))


def _lookup_table(n: int = 256) -> np.ndarray:
    pos = [p for p, _ in _MAP_STOPS]
    rgb = np.stack([np.interp(np.linspace(0, 1, n), pos, [c[i] for _, c in _MAP_STOPS]) for i in range(3)], axis=1)
    return np.round(rgb).astype(np.uint8)


def describe(spec: dict) -> str:
    """A short name for an optimizer dict: "SGD + momentum 0.9, lr 0.02"."""
    config = spec.get("config", {})
    name = spec["class_name"]
    if config.get("momentum"):
        name += f" + momentum {config['momentum']:g}"
    if "learning_rate" in config:
        name += f", lr {config['learning_rate']:g}"
    return name


class _QtPathWorker(QObject):
    """Computes the paths on its own thread; results leave only through the two signals.

    `run` stays inside Python for the thread's whole life, taking jobs from a queue, as the
    training worker does: TensorFlow keeps per-thread state (its default graph) in Python
    thread-locals, which would be lost if each job were a separate slot call into Python.
    """

    sigDone = Signal(object)  # (token, [paths], seconds)
    sigFailed = Signal(object)  # (token, message)

    def __init__(self) -> None:
        super().__init__()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()

    def post(self, job) -> None:
        """Queues (token, surface, [optimizer dicts], steps, start), or None to end `run`."""
        self._jobs.put(job)

    @Slot()
    def run(self) -> None:
        try:
            while (job := self._jobs.get()) is not None:
                self._compute(*job)
        finally:
            self.thread().quit()

    def _compute(self, token, name, specs, steps, start) -> None:
        try:
            from playground.training.inspection.loss_surface import paths

            t0 = time.perf_counter()
            result = paths(name, specs, steps, start)
            self.sigDone.emit((token, result, time.perf_counter() - t0))
        except Exception as exc:  # say so; the view stays usable
            last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
            where = f" (in {last[0].name})" if last else ""
            self.sigFailed.emit((token, f"{type(exc).__name__}: {exc}{where}"))


class _QtRaceRow(QObject):
    """One optimizer of the race: tick, colour, class, learning rate and momentum."""

    def __init__(self, view: QtSurfaceView, spec: dict, color: str) -> None:
        super().__init__(view)
        self.color = color
        config = dict(spec.get("config", {}))
        # Settings the row has no field for (from DEFAULT_RACE or code) go along unchanged.
        self.extra = {k: v for k, v in config.items() if k not in ("learning_rate", "momentum")}
        self.enabled = QCheckBox()
        self.enabled.setChecked(True)
        self.enabled.setIcon(_swatch(color))
        self.enabled.setToolTip(self.tr("Take part in the race (the colour of its path)"))
        self.kind = QComboBox()
        self.kind.addItems(list(optimizer_specs.SETTINGS))
        self.kind.setCurrentText(spec["class_name"])
        self.kind.setToolTip(self.tr("The Keras optimizer"))
        self.learning_rate = QLineEdit(f"{config.get('learning_rate', 0.01):g}")
        self.learning_rate.setToolTip(self.tr("Learning rate: the size of each step, a number above 0"))
        self.momentum = QLineEdit(f"{config.get('momentum', 0.0):g}")
        self.momentum.setToolTip(
            self.tr("Momentum, from 0 to 0.999 (SGD and RMSprop): %s") % optimizer_specs.SETTINGS["SGD"][0].tip
        )
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this optimizer"))
        for field in (self.learning_rate, self.momentum):
            field.setMaximumWidth(110)
            field.textEdited.connect(self._on_text_edited)
        self.kind.currentTextChanged.connect(self._on_kind_changed)
        self._on_kind_changed(self.kind.currentText(), keep_extra=True)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.enabled, self.kind, self.learning_rate, self.momentum, self.remove)

    def _on_kind_changed(self, name: str, keep_extra: bool = False) -> None:
        self.momentum.setEnabled(name in WITH_MOMENTUM)
        if not keep_extra:
            self.extra = {}

    def _on_text_edited(self, _text: str) -> None:
        self.sender().setStyleSheet("")

    def spec(self) -> tuple[dict | None, QLineEdit | None, str]:
        """(optimizer dict, None, "") or (None, the wrong field, what to fix)."""
        name = self.kind.currentText()
        self.learning_rate.setStyleSheet("")
        self.momentum.setStyleSheet("")
        text = self.learning_rate.text().strip()
        lr = _number(text)
        if lr is None or lr <= 0:
            why = self.tr("the learning rate must be a number above 0, e.g. 0.01 (got “%s”)") % text
            return None, self.learning_rate, why
        config = {**self.extra, "learning_rate": lr}
        if name in WITH_MOMENTUM:
            text = self.momentum.text().strip()
            momentum = _number(text or "0")
            if momentum is None or not 0 <= momentum <= 0.999:
                why = self.tr("momentum must be a number from 0 to 0.999, e.g. 0.9 (got “%s”)") % text
                return None, self.momentum, why
            if momentum:
                config["momentum"] = momentum
        problem = optimizer_specs.check(name, config)
        if problem:
            return None, self.learning_rate, f"{problem[0]}: {say(problem[1])}"
        return {"class_name": name, "config": config}, None, ""


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class QtSurfaceView(QWidget):
    """Optimizers' paths on a 2-D loss surface, drawn step by step.

    Pick a surface, tick and set the optimizers, press Run. Click the map to start from there.
    """

    sigPathsReady = Signal()  # a run's paths arrived and are being drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)
        self.setWindowTitle(self.tr("Optimizers on a loss surface"))

        self.surface_name = next(iter(SURFACES))
        self.start = SURFACES[self.surface_name].start
        self.rows: list[_QtRaceRow] = []
        self.result: list[np.ndarray] | None = None  # the paths drawn now
        self.result_specs: list[dict] = []
        self.result_colors: list[str] = []
        self.step = 0  # the animation's step: each ball is at its path's point `step`
        self.steps = 0  # the run's number of steps
        self._token = 0
        self._pending = 0
        self._thread: QThread | None = None
        self._worker: _QtPathWorker | None = None
        self._clock = QElapsedTimer()
        self._clock_step = 0
        self.timer = QTimer(self)
        self.timer.setInterval(_FRAME_MS)
        self.timer.timeout.connect(self._on_frame)

        self._build_plot()
        controls = self._build_controls()
        right = QVBoxLayout()
        right.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("surface_title")
        title_font = QFont(self.font())
        title_font.setPointSize(_FONT_PT + 2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        right.addWidget(self.title)
        right.addWidget(self.plot, 1)
        self.caption = QLabel(
            self.tr(
                "Pale: low loss, blue-grey: high; thin lines join equal losses.  ○ start (click the map to move it)"
            )
        )
        self.caption.setStyleSheet(f"color: #555; font-size: {_FONT_PT - 1}pt;")
        right.addWidget(self.caption)
        self.legend = QGridLayout()
        self.legend.setHorizontalSpacing(18)
        self.legend.setVerticalSpacing(2)
        right.addLayout(self.legend)
        layout = QHBoxLayout(self)
        layout.addWidget(controls, 0)
        layout.addLayout(right, 1)

        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.set_surface(self.surface_name)

    # -- building -------------------------------------------------------------------------------

    def _build_plot(self) -> None:
        self.plot = white_plot(_FONT_PT - 1, si_prefix=False)
        item = self.plot.getPlotItem()
        label_axes(item, "y", "x", _FONT_PT)
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
        self._mark_font.setPointSize(_FONT_PT - 1)
        for marker in (self.minimum_marker, self.start_marker, self.mark_points):
            marker.setZValue(5)
            item.addItem(marker)
        self.path_items: list[pg.PlotDataItem] = []
        self.ball_items: list[pg.ScatterPlotItem] = []
        self.plot.scene().sigMouseClicked.connect(self._on_plot_clicked)
        self.plot.setToolTip(self.tr("Click the map to start the race from there"))

    def _build_controls(self) -> QWidget:
        box = QWidget()
        box.setMaximumWidth(560)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Surface:")))
        self.surface_combo = QComboBox()
        self.surface_combo.setObjectName("surface_combo")
        for i, (key, s) in enumerate(SURFACES.items()):
            self.surface_combo.addItem(translate("loss_surface", s.label), key)
            self.surface_combo.setItemData(i, translate("loss_surface", s.formula), Qt.ItemDataRole.ToolTipRole)
        self.surface_combo.currentIndexChanged.connect(self._on_surface_changed)
        top.addWidget(self.surface_combo, 1)
        layout.addLayout(top)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.lesson = QLabel()
        self.lesson.setWordWrap(True)
        self.lesson.setStyleSheet(f"color: #555; font-style: italic; font-size: {_FONT_PT}pt;")
        layout.addWidget(self.formula)
        layout.addWidget(self.lesson)

        self.rows_grid = QGridLayout()
        self.rows_grid.setHorizontalSpacing(6)
        for col, text in enumerate(("", self.tr("Optimizer"), self.tr("Learning rate"), self.tr("Momentum"))):
            header = QLabel(text)
            header.setStyleSheet(f"font-weight: bold; font-size: {_FONT_PT}pt;")
            self.rows_grid.addWidget(header, 0, col)
        layout.addSpacing(6)
        layout.addLayout(self.rows_grid)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Add optimizer"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.defaults_button = QPushButton(self.tr("Default race"))
        self.defaults_button.setToolTip(self.tr("The optimizers and rates that show this surface's lesson"))
        self.defaults_button.clicked.connect(self.load_defaults)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        run_row = QHBoxLayout()
        run_row.addWidget(QLabel(self.tr("Steps:")))
        self.steps_spin = NumberSpinBox(self.tr("Steps"), 1, 5000)
        self.steps_spin.setToolTip(self.tr("How many optimizer steps each one takes"))
        run_row.addWidget(self.steps_spin)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setObjectName("surface_run")
        bold = QFont(self.font())
        bold.setBold(True)
        self.run_button.setFont(bold)
        self.run_button.setMinimumWidth(170)
        self.run_button.clicked.connect(self.run)
        run_row.addWidget(self.run_button, 1)
        layout.addLayout(run_row)

        anim_row = QHBoxLayout()
        anim_row.addWidget(QLabel(self.tr("Speed:")))
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem(self.tr("%d steps/s") % speed, speed)
        self.speed_combo.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self.speed_combo.currentIndexChanged.connect(self._on_speed_changed)
        anim_row.addWidget(self.speed_combo)
        self.replay_button = QPushButton(self.tr("Replay"))
        self.replay_button.clicked.connect(self.replay)
        self.show_all_button = QPushButton(self.tr("Show all"))
        self.show_all_button.clicked.connect(self.show_all)
        anim_row.addWidget(self.replay_button)
        anim_row.addWidget(self.show_all_button)
        layout.addLayout(anim_row)

        self.message = QLabel()
        self.message.setObjectName("surface_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return box

    # -- surface and rows -----------------------------------------------------------------------

    def set_surface(self, name: str) -> None:
        """Shows surface `name` with its default race and start; the old paths go."""
        s = SURFACES[name]
        self.surface_name = name
        index = self.surface_combo.findData(name)
        if index != self.surface_combo.currentIndex():
            self.surface_combo.blockSignals(True)
            self.surface_combo.setCurrentIndex(index)
            self.surface_combo.blockSignals(False)
        formula = translate("loss_surface", s.formula)
        self.surface_combo.setToolTip(formula)
        self.formula.setText(formula)
        self.lesson.setText(translate("loss_surface", s.lesson))
        self.steps_spin.setValue(s.steps)
        self._draw_surface()
        self.set_start(s.start)  # a run still computing is for the old surface: it is not drawn
        self.load_defaults()

    def _draw_surface(self) -> None:
        s = SURFACES[self.surface_name]
        own = grid(self.surface_name, _RESOLUTION // 2)[2]  # the colours span the surface's own ranges
        scale = _Scale(self.surface_name, own)
        levels = (float(scale(own).min()), float(scale(own).max()))
        xs, ys, z = grid(self.surface_name, _RESOLUTION, *_picture_ranges(s))
        self.image.setImage(scale(z), autoLevels=False, levels=levels)
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
        self.contours.setData(*_contours(self.surface_name, scale))
        vb = self.plot.getPlotItem().getViewBox()
        vb.setRange(xRange=s.x_range, yRange=s.y_range, padding=0)
        if s.minimum is None:
            self.minimum_marker.setData([])
        else:
            self.minimum_marker.setData([s.minimum[0]], [s.minimum[1]])
        item = self.plot.getPlotItem()
        for text in self.mark_labels:
            item.removeItem(text)
        self.mark_labels = []
        marks = [(self.tr("minimum"), s.minimum)] if s.minimum is not None else []
        marks += [(translate("loss_surface", label), point) for label, point in s.marks]
        self.mark_points.setData([p[0] for _, p in s.marks], [p[1] for _, p in s.marks])
        for label, (x, y) in marks:
            text = pg.TextItem(label, color="#222", anchor=(0.5, -0.8), fill=pg.mkBrush(255, 255, 255, 190))
            text.setFont(self._mark_font)
            text.setPos(x, y)
            text.setZValue(4)
            item.addItem(text)
            self.mark_labels.append(text)
        self._clear_paths()
        self._update_title()

    def set_start(self, point) -> None:
        """Where the next run starts; the paths drawn from elsewhere go."""
        self.start = (float(point[0]), float(point[1]))
        self.start_marker.setData([self.start[0]], [self.start[1]])
        self._token += 1  # a run still computing started elsewhere
        self._clear_paths()

    def load_defaults(self) -> None:
        """Replaces the rows with the surface's default race."""
        for row in list(self.rows):
            self._remove_row(row)
        for spec in DEFAULT_RACE[self.surface_name]:
            self.add_row(spec)
        self._show_message(self.tr("Press Run to race the optimizers. Click the map to start elsewhere."))

    def add_row(self, spec: dict | None = None) -> _QtRaceRow | None:
        """Adds an optimizer row (Adam at 0.01 unless `spec` says otherwise); None when full."""
        if len(self.rows) >= MAX_ROWS:
            return None
        used = {row.color for row in self.rows}
        color = next(c for c in PATH_COLORS if c not in used)
        row = _QtRaceRow(self, spec or {"class_name": "Adam", "config": {"learning_rate": 0.01}}, color)
        row.remove.clicked.connect(self._on_remove_clicked)
        self.rows.append(row)
        self._relayout_rows()
        return row

    def _remove_row(self, row: _QtRaceRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.rows_grid.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        row.deleteLater()
        self._relayout_rows()

    def _relayout_rows(self) -> None:
        for r, row in enumerate(self.rows, start=1):
            for c, widget in enumerate(row.widgets()):
                self.rows_grid.addWidget(widget, r, c)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)

    def _on_add_clicked(self) -> None:
        self.add_row()

    def _on_remove_clicked(self) -> None:
        for row in self.rows:
            if row.remove is self.sender():
                self._remove_row(row)
                return

    def _on_surface_changed(self, index: int) -> None:
        self.set_surface(self.surface_combo.itemData(index))

    def _on_plot_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        if self._on_map(point.x(), point.y()):
            self.set_start((round(point.x(), 2), round(point.y(), 2)))
            self.run()

    def _on_map(self, x: float, y: float) -> bool:
        """Whether (x, y) is in the part of the map on screen."""
        (x0, x1), (y0, y1) = self.plot.getPlotItem().getViewBox().viewRange()
        return x0 <= x <= x1 and y0 <= y <= y1

    # -- running --------------------------------------------------------------------------------

    def race(self) -> list[dict] | None:
        """The ticked rows' optimizer dicts; None (the reason shown, the wrong field red) if one
        is wrong."""
        specs = []
        for number, row in enumerate(self.rows, start=1):
            if not row.enabled.isChecked():
                continue
            spec, field, why = row.spec()
            if spec is None:
                field.setStyleSheet(_BAD_FIELD)
                field.setFocus()
                name = row.kind.currentText()
                self._show_message(self.tr("Row %d (%s): %s.") % (number, name, why), error=True)
                return None
            specs.append(spec)
        if not specs:
            self._show_message(self.tr("Tick at least one optimizer to race."), error=True)
            return None
        return specs

    def run(self) -> bool:
        """Computes the ticked optimizers' paths on the worker thread; False (and why) if a row is
        wrong. The paths are drawn when they arrive."""
        specs = self.race()
        if specs is None:
            return False
        self._ensure_thread()
        self._token += 1
        self._pending += 1
        self._run_specs = specs
        self._run_colors = [row.color for row in self.rows if row.enabled.isChecked()]
        self._run_steps = self.steps_spin.value()
        self._update_run_button()
        if "tensorflow" in sys.modules:
            self._show_message(self.tr("Computing the paths…"))
        else:
            self._show_message(self.tr("Loading TensorFlow, then computing the paths (a few seconds, once)…"))
        self._worker.post((self._token, self.surface_name, specs, self._run_steps, self.start))
        return True

    @property
    def computing(self) -> bool:
        return self._pending > 0

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("surface_paths")
        self._worker = _QtPathWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.sigDone.connect(self._on_paths_done)
        self._worker.sigFailed.connect(self._on_paths_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def _on_paths_done(self, reply) -> None:
        token, result, seconds = reply
        self._pending -= 1
        self._update_run_button()
        if token != self._token:
            return  # for a surface or start no longer shown
        self._clear_paths()
        self.result = result
        self.result_specs = self._run_specs
        self.result_colors = self._run_colors
        self.steps = self._run_steps
        item = self.plot.getPlotItem()
        count = len(self.result_colors)
        for i, color in enumerate(self.result_colors):
            # Earlier rows wider and below: paths that run together show as nested stripes, and
            # balls at the same point as rings.
            later = count - 1 - i
            # A bead per step: crawling, bouncing and leaping read at a glance (on long runs the
            # beads would only blur the line).
            path = pg.PlotDataItem(
                [],
                [],
                pen=pg.mkPen(color, width=2.5 + 1.2 * later),
                symbol="o" if self.steps <= MAX_BEADS else None,
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
        self._build_legend()
        self._show_message(self.tr("%d paths of %d steps computed in %.2f s.") % (len(result), self.steps, seconds))
        self.replay()
        self.sigPathsReady.emit()

    def _on_paths_failed(self, reply) -> None:
        token, message = reply
        self._pending -= 1
        self._update_run_button()
        if token == self._token:
            self._show_message(self.tr("The paths could not be computed: %s") % message, error=True)

    def _update_run_button(self) -> None:
        busy = self._pending > 0
        self.run_button.setEnabled(not busy)
        self.run_button.setText(self.tr("Computing…") if busy else self.tr("Run"))

    # -- animation ------------------------------------------------------------------------------

    def replay(self) -> None:
        """Draws the paths again from step 0 at the chosen speed."""
        if self.result is None:
            return
        self._set_step(0)
        self._clock.start()
        self._clock_step = 0
        self.timer.start()

    def show_all(self) -> None:
        """Draws every path to its end at once."""
        if self.result is None:
            return
        self.timer.stop()
        self._set_step(self.steps)

    def _on_frame(self) -> None:
        speed = self.speed_combo.currentData()
        step = self._clock_step + int(self._clock.elapsed() * speed / 1000)
        self._set_step(min(step, self.steps))
        if self.step >= self.steps:
            self.timer.stop()

    def _on_speed_changed(self, _index: int) -> None:
        self._clock_step = self.step
        self._clock.start()

    def _set_step(self, step: int) -> None:
        self.step = step
        for path, ball, points in zip(self.path_items, self.ball_items, self.result or [], strict=False):
            n = min(step + 1, len(points))
            path.setData(points[:n, 0], points[:n, 1])
            ball.setData([points[n - 1, 0]], [points[n - 1, 1]])
        self._update_legend_values()
        self._update_title()

    def _clear_paths(self) -> None:
        self.timer.stop()
        item = self.plot.getPlotItem()
        for thing in (*self.path_items, *self.ball_items):
            item.removeItem(thing)
        self.path_items, self.ball_items = [], []
        self.result = None
        self.step = self.steps = 0
        self._clear_legend()
        self._update_title()

    # -- legend and words -----------------------------------------------------------------------

    def _build_legend(self) -> None:
        self._clear_legend()
        self.legend_values: list[QLabel] = []
        columns = 2
        for i, (spec, color) in enumerate(zip(self.result_specs, self.result_colors, strict=True)):
            swatch = QLabel()
            swatch.setPixmap(_line_pixmap(color))
            name = QLabel(describe(spec))
            value = QLabel()
            value.setStyleSheet(f"color: #333; font-size: {_FONT_PT}pt;")
            r, c = divmod(i, columns)
            for k, widget in enumerate((swatch, name, value)):
                self.legend.addWidget(widget, r, 3 * c + k)
            self.legend_values.append(value)
        for c in range(3 * columns):
            self.legend.setColumnStretch(c, 1 if c % 3 == 2 else 0)

    def _clear_legend(self) -> None:
        while self.legend.count():
            widget = self.legend.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.legend_values = []

    def _update_legend_values(self) -> None:
        s = SURFACES[self.surface_name]
        for label, points in zip(self.legend_values, self.result or [], strict=False):
            if self.step >= len(points):  # the path was cut: its next point was not finite
                label.setText(self.tr("diverged after step %d") % (len(points) - 1))
            else:
                x, y = points[self.step]
                value = f"f = {_short(float(s(x, y)))}"
                label.setText(value if self._on_map(x, y) else self.tr("off the map"))

    def _update_title(self) -> None:
        label = translate("loss_surface", SURFACES[self.surface_name].label)
        if self.result is None:
            self.title.setText(label)
        else:
            self.title.setText(self.tr("%s — step %d of %d") % (label, self.step, self.steps))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)

    # -- closing --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stops the animation and joins the worker thread, waiting for a run in progress (its
        paths still arrive). A later `run` starts a new thread."""
        self.timer.stop()
        if self._thread is not None:
            self._worker.post(None)
            self._thread.wait()
            self._thread = self._worker = None

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


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


def _line_pixmap(color: str) -> QPixmap:
    pixmap = QPixmap(34, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color), 4))
    painter.drawLine(2, 7, 22, 7)
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(QColor(color))
    painter.drawEllipse(20, 1, 12, 12)
    painter.end()
    return pixmap


def _short(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    return f"{value:.3g}" if abs(value) >= 1e-3 or value == 0 else f"{value:.1e}"


if __name__ == "__main__":
    app = QApplication(sys.argv)
    view = QtSurfaceView()
    view.resize(1280, 760)
    view.show()
    sys.exit(app.exec())
