"""`digit_draw_predict_p95_ms` for `python -m playground bench`: how long a pen move on the Draw
tab's pad takes to come back as the model's answer on screen — the probabilities, every layer's
maps and Grad-CAM redrawn — through the real window, offscreen. The model is the LeNet template on
a 28×28 input (the generated shapes: MNIST would need a download), trained for one epoch. The
"Inside the network" dock is floated and made tall enough that the whole tab, every layer's row
included, is on screen and painted at each answer: the worst case, not a scrolled-away one.
"""

from __future__ import annotations

import math
import os
import sys
import time

import numpy as np

MOVES = 60  # pen moves timed (after a few to warm up)


def lenet_28() -> object:
    """The LeNet template on the 28×28 shapes (four classes), a small set so it builds quickly."""
    from playground.core.data.data_config import DataConfig
    from playground.core.teaching.templates import TEMPLATES

    experiment = TEMPLATES["lenet"][1]()
    experiment.data = DataConfig(name="shapes", samples=600, train_fraction=0.7)
    experiment.model.layers[-1]["config"]["units"] = 4
    experiment.training.epochs = 10**6
    return experiment


def measure_drawing(moves: int = MOVES) -> dict:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from playground.qt.training import training_controller as tc
    from playground.qt.window.main_window import QtMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QtMainWindow(lenet_28())
    window.resize(1400, 900)
    window.show()
    controller = window.controller

    def wait_until(condition, limit_s: float) -> bool:
        deadline = time.perf_counter() + limit_s
        while not condition() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        return condition()

    def send(kind, x: float, y: float) -> None:
        left = Qt.MouseButton.LeftButton
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else left
        point = QPointF(x, y)
        app.sendEvent(pad, QMouseEvent(kind, point, point, left, buttons, Qt.KeyboardModifier.NoModifier))

    try:
        if not wait_until(lambda: controller.run_state == tc.READY, 120):
            return {"digit_draw_error": 1.0}
        controller.step()
        wait_until(lambda: len(controller.history) >= 1 and controller.run_state == tc.READY, 60)
        inside = window.inside_view
        dock = window._inside_dock
        dock.raise_()
        dock.setFloating(True)  # docked, it is as small as the screen lets it be (offscreen: 800×600)
        dock.resize(1000, 2000)
        tab = inside.draw_tab
        inside.tabs.setCurrentWidget(tab)
        pad = tab.pad
        if not wait_until(lambda: tab.isVisible() and pad.input_size == (28, 28) and tab.layer_maps.rows, 60):
            return {"digit_draw_error": 1.0}
        views = [view for _, view, _ in tab.layer_maps.rows]

        def shown_whole() -> float:
            """The share of the layers' rows on screen (a row behind another widget or scrolled away counts out)."""
            seen = sum(v.viewport().visibleRegion().boundingRect().height() for v in views)
            return seen / sum(v.viewport().height() for v in views)

        if not wait_until(lambda: shown_whole() == 1.0, 10):
            return {"digit_draw_error": 1.0, "digit_draw_maps_on_screen": shown_whole()}
        w, h = pad.width(), pad.height()
        # A spiral of pen moves over the pad: every move changes the drawing.
        path = [
            (w * (0.5 + 0.4 * t * math.cos(9 * t)), h * (0.5 + 0.4 * t * math.sin(9 * t)))
            for t in np.linspace(0.05, 1.0, moves + 6)
        ]
        send(QEvent.Type.MouseButtonPress, *path[0])
        times = []
        for i, point in enumerate(path[1:]):
            shown = tab.answers_shown
            t0 = time.perf_counter()
            send(QEvent.Type.MouseMove, *point)
            pixels = pad.pixels()
            if not wait_until(
                lambda s=shown, p=pixels: tab.answers_shown > s and np.array_equal(tab.answer["image"][..., 0], p), 30
            ):
                return {"digit_draw_error": 1.0}
            app.processEvents()  # the redraws the answer asked for
            if i >= 5:  # the first few trace the compiled function
                times.append((time.perf_counter() - t0) * 1000)
        send(QEvent.Type.MouseButtonRelease, *path[-1])
    finally:
        window.close()
        wait_until(lambda: not controller.thread_running, 60)
    return {
        "digit_draw_predict_p50_ms": float(np.percentile(times, 50)),
        "digit_draw_predict_p95_ms": float(np.percentile(times, 95)),
    }
