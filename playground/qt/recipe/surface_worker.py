"""The worker that computes the optimizers' paths on a loss surface, off the GUI thread.

Apart from the surface view because it is the only part that runs on another thread: what it may
touch (nothing of the window) and how its results leave (two queued signals) are read here alone.
"""

from __future__ import annotations

import logging
import queue
import time
import traceback

from PySide6.QtCore import QObject, Signal, Slot


class QtPathWorker(QObject):
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
            logging.getLogger(__name__).error("loss surface failed", exc_info=exc)
            last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
            where = f" (in {last[0].name})" if last else ""
            self.sigFailed.emit((token, f"{type(exc).__name__}: {exc}{where}"))
