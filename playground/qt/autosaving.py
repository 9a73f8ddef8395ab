"""Autosave in the window: the experiment and its runs written every few seconds while anything
changed, removed on a normal close; after a crash the next start offers the work back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from playground.core import autosave


def folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "autosave"


class QtAutosave(QObject):
    """Writes `window`'s work to its autosave file every `autosave.INTERVAL_SECONDS` when it changed.

    The runs written are the window's run history plus the run in progress (its curves so far),
    so a kill mid-training loses at most the last few seconds of curves and edits.
    """

    def __init__(self, window, interval_s: float = autosave.INTERVAL_SECONDS):
        super().__init__(window)
        self.window = window
        self.saver = autosave.Autosaver(folder())
        self._dirty = False
        window.state.subscribe(lambda _change: self.mark())
        window.controller.sigHistoryChanged.connect(self.mark)
        window.controller.sigRunsChanged.connect(self.mark)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(self.save_now)
        self.timer.start()

    def mark(self, *_args) -> None:
        self._dirty = True

    def save_now(self) -> bool:
        """Writes if anything changed since the last write; returns whether it wrote."""
        if not self._dirty:
            return False
        self._dirty = False
        w = self.window
        runs = w.controller.runs_with_current()
        try:
            self.saver.write(w.state.experiment, w.path, w.isWindowModified(), runs)
        except (OSError, ValueError):  # a full disk must not stop the lesson; the next tick retries
            self._dirty = True
            return False
        return True

    def finish(self) -> None:
        """A normal close: nothing to recover."""
        self.timer.stop()
        self.saver.remove()
