"""The window's side of `python -m playground bench`'s launch figures (`bench.measure_launch`):
the started app prints when its first frame shows, trains a moment, then closes itself and prints
when, so the bench can time the launch and the exit while training from outside the process.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from playground.qt.training import training_controller as tc
from playground.qt.window.first_frame import after_first_frame


def probe_launch(window, train_seconds: float = 2.0) -> None:
    """In the app started by `measure_launch`: prints when the window first shows, trains for
    `train_seconds` once the model is ready, then prints the time and closes the window."""
    after_first_frame(window, lambda: print(f"window_shown_at={time.time():.6f}", flush=True))
    controller = window.controller

    def close() -> None:
        print(f"close_at={time.time():.6f}", flush=True)
        window.close()

    def poll() -> None:
        if controller.run_state == tc.READY and not controller.history:
            controller.play()
            QTimer.singleShot(int(train_seconds * 1000), close)
        elif controller.run_state in (tc.FAILED, tc.INVALID):
            close()
        else:
            QTimer.singleShot(50, poll)

    poll()
