"""Autosave and crash recovery: a window's work written every few seconds, offered back after a crash.

Each running window owns one file `<folder>/<pid>-<n>.json` holding its experiment, the file it
came from, whether it had unsaved edits, and its runs (the curves of the run in progress too). A
window that closes normally deletes its file; a file whose process is gone was left by a crash or
a kill, and the next start offers it back. Files are written to a temporary name and renamed, so a
kill during a write leaves the previous version whole.
"""

from __future__ import annotations

import itertools
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment
from playground.core.runs.run_history import RunHistory

INTERVAL_SECONDS = 10  # at most this much editing is lost (the issue allows 30 s)
_counter = itertools.count(1)


@dataclass
class Recovered:
    """What a crashed window left."""

    file: Path  # the autosave file (delete it once restored or declined)
    experiment: Experiment
    path: str | None  # the experiment file it was opened from or saved to
    modified: bool  # it had edits not saved to `path`
    runs: RunHistory
    saved_at: float  # time.time() of the last autosave

    @property
    def title(self) -> str:
        return Path(self.path).name if self.path else "untitled"


class Autosaver:
    """One window's autosave file in `folder`."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.file = self.folder / f"{os.getpid()}-{next(_counter)}.json"

    def write(self, experiment: Experiment, path: str | None, modified: bool, runs: RunHistory) -> None:
        """Writes the window's state (atomically: a temporary file renamed over the old one)."""
        self.write_parts(experiment, path, modified, [dumps(run) for run in runs.to_json()])

    def write_parts(self, experiment: Experiment, path: str | None, modified: bool, runs: list[str]) -> None:
        """`write` with the runs already written as JSON texts: a window keeps them between
        autosaves and adds only the new rows, so a long run costs no more to save than a short one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        head = {
            "format": 1,
            "pid": os.getpid(),
            "saved_at": time.time(),
            "path": path,
            "modified": bool(modified),
            "experiment": experiment.to_dict(),
        }
        text = dumps(head)[:-1] + ', "runs": [' + ", ".join(runs) + "]}"
        temporary = self.file.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, self.file)

    def remove(self) -> None:
        """The window closed normally: nothing to recover."""
        for file in (self.file, self.file.with_suffix(".tmp")):
            file.unlink(missing_ok=True)


def run_text(head: dict, row_texts: list[str]) -> str:
    """A run's JSON text from `runs.run_json(run, rows=False)` and its rows' JSON texts."""
    return dumps(head)[:-1] + ', "rows": [' + ", ".join(row_texts) + "]}"


def dumps(data) -> str:
    """Compact JSON as the autosave file holds it (no NaN: rows come through `runs.row_json`)."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False)


def left_behind(folder: str | Path) -> list[Recovered]:
    """Autosaves of windows whose process is gone, newest first. Unreadable files are skipped
    (and left for a person to look at); files of running windows are not touched."""
    folder = Path(folder)
    found = []
    for file in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        pid = _pid(file)
        if pid is None or pid == os.getpid() or _alive(pid):
            continue
        try:
            found.append(read(file))
        except (OSError, ValueError, ExperimentError):
            continue
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def read(file: str | Path) -> Recovered:
    """One autosave file. Raises ValueError or ExperimentError if it is damaged."""
    file = Path(file)
    data = json.loads(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "experiment" not in data:
        raise ValueError(f"{file.name} is not an autosave file")  # internal: left_behind skips such files unseen
    path = data.get("path")
    return Recovered(
        file,
        Experiment.from_dict(data["experiment"]),
        path if isinstance(path, str) else None,
        bool(data.get("modified", True)),
        RunHistory.from_json(data.get("runs", [])),
        float(data.get("saved_at", file.stat().st_mtime)),
    )


def _pid(file: Path) -> int | None:
    head = file.stem.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _alive(pid: int) -> bool:
    """Whether a process with this id runs (on Windows, where signal 0 does not exist, assume so
    only if OpenProcess succeeds)."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True
