"""Autosave in the window: the experiment and its runs written every few seconds while anything
changed, removed on a normal close; after a crash the next start offers the work back."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from playground.core.files import autosave
from playground.core.runs import run_history as runs


def folder() -> Path:
    """<the application's data folder>/autosave; the start moves autosaves left under the old
    application names here (playground.qt.window.identity.move_data)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "autosave"


CHUNK = 1000  # rows encoded together; a full chunk's text is kept for the next write


class QtAutosave(QObject):
    """Writes `window`'s work to its autosave file every `autosave.INTERVAL_SECONDS` when it changed.

    The runs written are the window's run history plus the run in progress (its curves so far),
    so a kill mid-training loses at most the last few seconds of curves and edits. The GUI thread
    only takes a snapshot (shallow copies); the rows are turned into JSON and written on another
    thread, a thousand at a time, reusing the text of rows already written — so a write never
    holds up a frame, however long the run.
    """

    def __init__(self, window, interval_s: float = autosave.INTERVAL_SECONDS):
        super().__init__(window)
        self.window = window
        self.saver = autosave.Autosaver(folder())
        self._dirty = False
        self._kept: list[str] | None = None  # the kept runs as JSON texts, until they change
        self._chunks: list[tuple[dict, dict, str]] = []  # (first row, last row, text) per full chunk
        self._writing: threading.Thread | None = None
        window.state.subscribe(lambda _change: self.mark())
        window.controller.sigHistoryChanged.connect(self.mark)
        window.controller.sigRunsChanged.connect(self._on_runs)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(lambda: self.save_now(background=True))
        self.timer.start()

    def mark(self, *_args) -> None:
        self._dirty = True

    def _on_runs(self) -> None:
        self._kept = None
        self._dirty = True

    def save_now(self, background: bool = False) -> bool:
        """Writes if anything changed since the last write; returns whether it wrote (or, with
        `background`, started writing on another thread)."""
        if not self._dirty or (self._writing is not None and self._writing.is_alive()):
            return False
        self._dirty = False
        w, c = self.window, self.window.controller
        if self._kept is None:
            self._kept = [autosave.dumps(run) for run in c.runs.to_json()]
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
            current = (head, list(c.history.rows))
        args = (w.state.experiment.copy(), w.path, w.isWindowModified(), list(self._kept), current)
        if background:
            self._writing = threading.Thread(target=self._write, args=args, name="autosave", daemon=True)
            self._writing.start()
            return True
        return self._write(*args)

    def _write(self, experiment, path, modified, texts, current) -> bool:
        if current is not None:
            head, rows = current
            texts = [*texts, autosave.run_text(head, self._row_texts(rows))]
        try:
            self.saver.write_parts(experiment, path, modified, texts)
        except (OSError, ValueError):  # a full disk must not stop the lesson; the next tick retries
            self._dirty = True
            return False
        return True

    def _row_texts(self, rows: list[dict]) -> list[str]:
        """The rows as JSON texts, one per chunk; full chunks written before are reused."""
        texts = []
        for number, start in enumerate(range(0, len(rows), CHUNK)):
            chunk = rows[start : start + CHUNK]
            if number < len(self._chunks):
                first, last, text = self._chunks[number]
                if first is chunk[0] and last is chunk[-1]:
                    texts.append(text)
                    continue
                del self._chunks[number:]  # a new run, or the run went back
            text = autosave.dumps([runs.row_json(row) for row in chunk])[1:-1]
            if len(chunk) == CHUNK:
                self._chunks.append((chunk[0], chunk[-1], text))
            texts.append(text)
        return texts

    def finish(self) -> None:
        """A normal close: nothing to recover."""
        self.timer.stop()
        if self._writing is not None:
            self._writing.join()
        self.saver.remove()
