"""The "ball with momentum" picture: optimizers racing down a 2-D loss surface.

The paths come from real Keras optimizers (`playground.training.inspection.loss_surface.paths`), computed on
a worker thread (`surface_worker`); this view runs the race and animates it, step by step, on the map
(`surface_map`) beside its controls (`surface_controls`), with a legend of where each ball is.
"""

from __future__ import annotations

import math
import sys

import numpy as np
from PySide6.QtCore import QElapsedTimer, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.qt.i18n import translate
from playground.qt.recipe.surface_controls import FONT_PT, QtSurfaceControls
from playground.qt.recipe.surface_map import QtSurfaceMap
from playground.qt.recipe.surface_worker import QtPathWorker
from playground.training.inspection.loss_surface import DEFAULT_RACE, SURFACES

_FRAME_MS = 16


def describe(spec: dict) -> str:
    """A short name for an optimizer dict: "SGD + momentum 0.9, lr 0.02"."""
    config = spec.get("config", {})
    name = spec["class_name"]
    if config.get("momentum"):
        name += f" + momentum {config['momentum']:g}"
    if "learning_rate" in config:
        name += f", lr {config['learning_rate']:g}"
    return name


class QtSurfaceView(QWidget):
    """Optimizers' paths on a 2-D loss surface, drawn step by step.

    Pick a surface, tick and set the optimizers, press Run. Click the map to start from there.
    """

    sigPathsReady = Signal()  # a run's paths arrived and are being drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSize(FONT_PT)
        self.setFont(font)
        self.setWindowTitle(self.tr("Optimizers on a loss surface"))

        self.surface_name = next(iter(SURFACES))
        self.start = SURFACES[self.surface_name].start
        self.result: list[np.ndarray] | None = None  # the paths drawn now
        self.result_specs: list[dict] = []
        self.result_colors: list[str] = []
        self.step = 0  # the animation's step: each ball is at its path's point `step`
        self.steps = 0  # the run's number of steps
        self._token = 0
        self._pending = 0
        self._thread: QThread | None = None
        self._worker: QtPathWorker | None = None
        self._clock = QElapsedTimer()
        self._clock_step = 0
        self.timer = QTimer(self)
        self.timer.setInterval(_FRAME_MS)
        self.timer.timeout.connect(self._on_frame)

        self.plot = QtSurfaceMap(FONT_PT)
        self.plot.sigClicked.connect(self._on_map_clicked)
        self.controls = controls = QtSurfaceControls()
        controls.surface_combo.currentIndexChanged.connect(self._on_surface_changed)
        controls.defaults_button.clicked.connect(self.load_defaults)
        controls.run_button.clicked.connect(self.run)
        controls.speed_combo.currentIndexChanged.connect(self._on_speed_changed)
        controls.replay_button.clicked.connect(self.replay)
        controls.show_all_button.clicked.connect(self.show_all)
        right = QVBoxLayout()
        right.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("surface_title")
        title_font = QFont(self.font())
        title_font.setPointSize(FONT_PT + 2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        right.addWidget(self.title)
        right.addWidget(self.plot, 1)
        self.caption = QLabel(
            self.tr(
                "Pale: low loss, blue-grey: high; thin lines join equal losses.  ○ start (click the map to move it)"
            )
        )
        self.caption.setStyleSheet(f"color: #555; font-size: {FONT_PT - 1}pt;")
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

    # -- surface and start ----------------------------------------------------------------------

    def set_surface(self, name: str) -> None:
        """Shows surface `name` with its default race and start; the old paths go."""
        s = SURFACES[name]
        self.surface_name = name
        self.controls.show_surface(name)
        self.plot.draw_surface(name)
        self._clear_paths()
        self.set_start(s.start)  # a run still computing is for the old surface: it is not drawn
        self.load_defaults()

    def set_start(self, point) -> None:
        """Where the next run starts; the paths drawn from elsewhere go."""
        self.start = (float(point[0]), float(point[1]))
        self.plot.show_start(self.start)
        self._token += 1  # a run still computing started elsewhere
        self._clear_paths()

    def load_defaults(self) -> None:
        """Replaces the rows with the surface's default race."""
        self.controls.set_rows(DEFAULT_RACE[self.surface_name])
        self.controls.show_message(self.tr("Press Run to race the optimizers. Click the map to start elsewhere."))

    def _on_surface_changed(self, index: int) -> None:
        self.set_surface(self.controls.surface_combo.itemData(index))

    def _on_map_clicked(self, x: float, y: float) -> None:
        self.set_start((x, y))
        self.run()

    # -- running --------------------------------------------------------------------------------

    def run(self) -> bool:
        """Computes the ticked optimizers' paths on the worker thread; False (and why) if a row is
        wrong. The paths are drawn when they arrive."""
        specs = self.controls.race()
        if specs is None:
            return False
        self._ensure_thread()
        self._token += 1
        self._pending += 1
        self._run_specs = specs
        self._run_colors = [row.color for row in self.controls.rows if row.enabled.isChecked()]
        self._run_steps = self.controls.steps_spin.value()
        self.controls.set_busy(True)
        if "tensorflow" in sys.modules:
            self.controls.show_message(self.tr("Computing the paths…"))
        else:
            self.controls.show_message(self.tr("Loading TensorFlow, then computing the paths (a few seconds, once)…"))
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
        self._worker = QtPathWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.sigDone.connect(self._on_paths_done)
        self._worker.sigFailed.connect(self._on_paths_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def _on_paths_done(self, reply) -> None:
        token, result, seconds = reply
        self._pending -= 1
        self.controls.set_busy(self.computing)
        if token != self._token:
            return  # for a surface or start no longer shown
        self._clear_paths()
        self.result = result
        self.result_specs = self._run_specs
        self.result_colors = self._run_colors
        self.steps = self._run_steps
        self.plot.add_paths(self.result_colors, self.steps)
        self._build_legend()
        message = self.tr("%d paths of %d steps computed in %.2f s.") % (len(result), self.steps, seconds)
        self.controls.show_message(message)
        self.replay()
        self.sigPathsReady.emit()

    def _on_paths_failed(self, reply) -> None:
        token, message = reply
        self._pending -= 1
        self.controls.set_busy(self.computing)
        if token == self._token:
            self.controls.show_message(self.tr("The paths could not be computed: %s") % message, error=True)

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
        speed = self.controls.speed_combo.currentData()
        step = self._clock_step + int(self._clock.elapsed() * speed / 1000)
        self._set_step(min(step, self.steps))
        if self.step >= self.steps:
            self.timer.stop()

    def _on_speed_changed(self, _index: int) -> None:
        self._clock_step = self.step
        self._clock.start()

    def _set_step(self, step: int) -> None:
        self.step = step
        self.plot.show_step(self.result or [], step)
        self._update_legend_values()
        self._update_title()

    def _clear_paths(self) -> None:
        self.timer.stop()
        self.plot.clear_paths()
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
            value.setStyleSheet(f"color: #333; font-size: {FONT_PT}pt;")
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
                label.setText(value if self.plot.on_map(x, y) else self.tr("off the map"))

    def _update_title(self) -> None:
        label = translate("loss_surface", SURFACES[self.surface_name].label)
        if self.result is None:
            self.title.setText(label)
        else:
            self.title.setText(self.tr("%s — step %d of %d") % (label, self.step, self.steps))

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
