"""Autosave in the window: the experiment, its runs and the trained weights written every few
seconds while anything changed, removed on a normal close; after a crash the next start offers
the work back (`qt.window.recovery`)."""

from __future__ import annotations

import queue
import threading
import time
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal, Slot

from playground.core.files import autosave
from playground.qt.i18n import say


def folder() -> Path:
    """<the application's data folder>/autosave; the start moves autosaves left under the old
    application names here (playground.qt.window.identity.move_data)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "autosave"


SAVE_ROWS = 50_000  # epochs that make a save due before its time: 2.4 MB of rows


class QtAutosave(QObject):
    """Writes `window`'s work to its autosave files every `autosave.INTERVAL_SECONDS` when it changed.

    What is written is what changed (`core.files.autosave`): the head, the runs kept since the last
    save, the rows the run in progress trained since then, and, while a model trains, its weights.
    The weights come first: the worker writes them between two compiled calls, after sending the
    rows it trained, and answers; then the head and rows are written on another thread, naming
    those weights. The GUI thread only takes the new rows (a slice) and a copy of the settings, so
    a save never holds up a frame, however long the run.
    """

    sigFailed = Signal(object)  # a save failed (from the writing thread: queued): the error
    sigSaved = Signal()  # a save succeeded (from the writing thread: queued)

    def __init__(self, window, interval_s: float = autosave.INTERVAL_SECONDS):
        super().__init__(window)
        self.window = window
        self.saver = autosave.Autosaver(folder())
        self.last_bytes = 0  # what the last save wrote (the bench reads it)
        self._dirty = False
        # One writing thread for the window's life: a thread per save would leave the memory of
        # each save's buffers spread over allocator arenas, growing the process over a long run.
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._idle = threading.Event()
        self._idle.set()
        self._writer: threading.Thread | None = None
        self._asked: tuple[str, float] | None = None  # weights asked of the worker: (file, when)
        self._weights_of: tuple | None = None  # (token, epoch) of the weights written last
        self._kept: list = []  # the kept runs at the last save, to notice one removed
        self._started = 0.0  # time.monotonic() when the last save started
        self.failing = False  # the saves fail (a full disk): said once, until one succeeds
        self.sigFailed.connect(self._on_failed)
        self.sigSaved.connect(self._on_saved)
        controller = window.controller
        window.state.subscribe(lambda _change: self.mark())
        controller.sigHistoryChanged.connect(self._on_history)
        controller.sigRunsChanged.connect(self.mark)
        controller.worker.sigAutosaved.connect(self._on_weights)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(lambda: self.save_now(background=True))
        self.timer.start()

    def mark(self, *_args) -> None:
        self._dirty = True

    def _on_history(self, history) -> None:
        """New epochs: saved at the next tick, or at once when so many came (a small model at full
        speed trains thousands a second) that one save would grow past a few megabytes."""
        self._dirty = True
        due = len(history) - self.saver.rows_written >= SAVE_ROWS
        if due and time.monotonic() - self._started > 1:  # a failing disk is not asked 60 times a second
            self.save_now(background=True)

    def save_now(self, background: bool = False) -> bool:
        """Saves if anything changed since the last save; returns whether it wrote (or, with
        `background`, started: the weights, then the rest, on other threads)."""
        if self.busy:
            return False
        c = self.window.controller
        if not _same_items(c.runs.runs, self._kept):  # a run removed from the table says nothing
            self._dirty = True
        if not self._dirty:
            return False
        self._dirty = False
        self._started = time.monotonic()
        trained = (c.token, len(c.history))
        if background and c.history and trained != self._weights_of:
            # The worker answers between two compiled calls; without a model, with no weights.
            path = str(self.saver.next_weights_file())
            self.saver.folder.mkdir(parents=True, exist_ok=True)
            self._asked = (path, time.monotonic())
            c.worker.post("autosave", c.token, path)
            return True
        return self._save(None, background)

    @property
    def busy(self) -> bool:
        """A save under way (a worker that has not answered in three intervals is not waited for)."""
        if self._asked is not None and time.monotonic() - self._asked[1] > 3 * self.timer.interval() / 1000:
            self._asked = None
        return self._asked is not None or not self._idle.is_set()

    @Slot(object)
    def _on_weights(self, payload) -> None:
        """The worker wrote the weights (or could not): the rest of the save follows, naming them
        when they belong to the last row the window holds."""
        token, epoch, path, error = payload
        if self._asked is None or self._asked[0] != path:
            return
        self._asked = None
        c = self.window.controller
        weights = None
        if not error and token == c.token and 0 < epoch == len(c.history):
            weights = (Path(path), epoch, dict(c.history.rows[epoch - 1]))
            self._weights_of = (token, epoch)
        elif error:
            self._on_failed(error)
        self._save(weights, background=True)

    def _save(self, weights, background: bool) -> bool:
        w, c = self.window, self.window.controller
        self._kept = list(c.runs.runs)
        current = None
        if c.history:
            head = {
                "number": c.runs.next_number,
                "label": "interrupted",
                "group": "",
                "reason": "paused",
                "experiment": c.loaded_experiment.to_dict(),
                "events": [dict(e) for e in c.events],
            }
            current = self.saver.progress(head, c.history.rows, c.events)
            current.weights = weights
        args = (w.state.experiment.copy(), w.path, w.isWindowModified(), list(self._kept), current)
        if background:
            if self._writer is None:
                # The thread holds the autosave only while it writes: a closed window is not kept alive.
                args_ = (weakref.ref(self), self._jobs, self._idle)
                self._writer = threading.Thread(target=_write_jobs, args=args_, name="autosave", daemon=True)
                self._writer.start()
            self._idle.clear()
            self._jobs.put(args)
            return True
        return self._write(*args)

    def _write(self, *args) -> bool:
        try:
            self.last_bytes = self.saver.save(*args)
        except (OSError, ValueError) as exc:  # a full disk must not stop the lesson; the next tick retries
            self._dirty = True
            self._weights_of = None
            if not self.saver.closed:
                self.sigFailed.emit(exc)
            return False
        self.sigSaved.emit()
        return True

    @Slot(object)
    def _on_failed(self, error) -> None:
        """Says once why saves fail, not at every tick: the next tick tries again."""
        if not self.failing:
            self.failing = True
            self.window.show_message(
                self.tr("Autosave failed: {0} Your work is still here; it is tried again every few seconds.").format(
                    say(error)
                )
            )

    @Slot()
    def _on_saved(self) -> None:
        if self.failing:
            self.failing = False
            self.window.show_message(self.tr("Autosave works again."))

    def finish(self) -> None:
        """A normal close: nothing to recover. Does not wait for a long write (at most half a
        second): a save that ends later deletes what it wrote."""
        self.timer.stop()
        self._jobs.put(None)  # the writing thread ends
        self.saver.remove()


def _write_jobs(owner: weakref.ref, jobs: queue.SimpleQueue, idle: threading.Event) -> None:
    """The writing thread: one save after another until the window closes (None) or is gone."""
    while (args := jobs.get()) is not None:
        autosave_ = owner()
        try:
            if autosave_ is not None:
                autosave_._write(*args)
        finally:
            del autosave_
            idle.set()


def _same_items(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))
