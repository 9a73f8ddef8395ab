"""The benchmark's figure for editing a weight on the network picture (issue 19):
`weight_edit_redraw_p95_ms`, from a weight dragged on the picture's editor to the boundary and every
neuron's heatmap redrawn, in the window (offscreen when there is no display) on the circle data
with a 2→8→8→1 tanh network, paused as a student would be when trying a weight.

Each edit goes the way a drag goes: the editor's slider value → the controller's weight editing →
the worker sets the weight and answers with the model's snapshot → the output view and the network
view take it → both are painted (forced here, so the time includes the painting).
"""

from __future__ import annotations

import math
import os
import sys
import time
from functools import partial

import numpy as np

EDITS = 80  # edits measured (after WARM_UP)
WARM_UP = 5


def measure_weight_edits(edits: int = EDITS) -> dict:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from playground.core.experiment.config import default_experiment, dense, output_layer
    from playground.qt.training import training_controller as tc
    from playground.qt.window.main_window import QtMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    experiment = default_experiment()
    experiment.model.layers = [dense(8), dense(8), output_layer("classification", experiment.training.loss)]
    window = QtMainWindow(experiment)
    window.resize(1400, 860)
    window.show()
    window.network_tabs.setCurrentWidget(window.network_view)
    controller, view = window.controller, window.network_view

    def wait_until(condition, limit_s: float) -> bool:
        deadline = time.perf_counter() + limit_s
        while not condition() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        return condition()

    times: list[float] = []
    try:
        if not wait_until(lambda: controller.run_state == tc.READY and view._snapshot is not None, 120):
            return {"weight_edit_error": 1.0}
        shown: list[object] = []
        # Connected after the window's own slots: it fires once the network view has the snapshot.
        controller.sigSnapshotDetail.connect(shown.append)
        editor = view.editing
        rng = np.random.default_rng(0)
        for i in range(WARM_UP + edits):
            gap = int(rng.integers(0, len(view.link_items)))
            a = int(rng.integers(0, len(view.link_items[gap])))
            b = int(rng.integers(0, len(view.link_items[gap][0])))
            editor.edit_weight(gap, a, b)
            app.processEvents()
            shown.clear()
            value = float(rng.uniform(-3, 3))
            t0 = time.perf_counter()
            editor._on_value(value, False)  # what the slider sends while it is dragged
            if not wait_until(partial(_shows, shown, gap, a, b, value), 10):
                return {"weight_edit_error": 2.0}
            window.boundary_view.repaint()
            view.view.viewport().repaint()
            if i >= WARM_UP:
                times.append((time.perf_counter() - t0) * 1000)
    finally:
        window.close()
        wait_until(lambda: not controller.thread_running, 60)
    return {
        "weight_edit_redraw_p50_ms": float(np.percentile(times, 50)) if times else math.nan,
        "weight_edit_redraw_p95_ms": float(np.percentile(times, 95)) if times else math.nan,
    }


def _shows(snapshots: list, gap: int, a: int, b: int, value: float) -> bool:
    """Whether one of `snapshots` has the weight from `a` to `b` of Dense layer `gap` at `value`."""
    return any(abs(float(s.kernels[gap][a, b]) - value) < 1e-6 for s in snapshots)
