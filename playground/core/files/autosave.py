"""Autosave and crash recovery: a window's work written every few seconds, offered back after a crash.

Each running window owns the files `<folder>/<pid>-<n>.*`; a window that closes normally deletes
them, and files whose process is gone were left by a crash or a kill: the next start offers them
back. A save writes only what changed since the one before, so it costs the same at epoch 10 and
at epoch 10⁶:

- `<pid>-<n>.json`, the head: the experiment, the file it came from, whether it had unsaved edits,
  and which of the other files hold the runs. A few kB, rewritten whole at every save.
- `<pid>-<n>.run<number>.rows`, one per kept run (its settings, then its rows), written once.
- `<pid>-<n>.current<k>.rows`, the rows of the run in progress: each save appends the rows trained
  since the one before (a run that starts afresh gets a new file).
- `<pid>-<n>.weights<0|1>.npz`, the model's weights and optimizer state at an epoch of the run in
  progress, written by the training worker. The two are written in turn: while one is written,
  the other, the one the head names, stays whole.

The head is written last, to a temporary file renamed over the old one, and says how many bytes
of the rows file belong to it: a kill at any moment leaves a head whose files are whole and agree
with each other (the rows, and the weights of the last of those rows). A rows file is a sequence
of records, each a line of JSON: {"columns": [...], "ints": [...], "count": n} followed by n rows
of float64 (NaN and infinities as they are: 48 bytes an epoch, written several times faster than
JSON), or {"columns": [...], "rows": [[...]]} for rows that are not all numbers, or
{"cut": n}: the run went back to epoch n, the rows after it are dropped. Autosaves of the first
format (format 1: everything in the head) are still read.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import os
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from playground.core import atomic_files, json_files
from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment
from playground.core.runs.epoch_history import HistoryRows
from playground.core.runs.run_history import Run, RunHistory, run_json

INTERVAL_SECONDS = 10  # at most this much editing and training is lost (the issue allows 30 s)
FORMAT = 2
BLOCK_ROWS = 10_000  # rows per line of a rows file: a torn line loses at most these
_counter = itertools.count(1)
_OWNED = re.compile(r"^\.?(\d+)-(\d+)[.-]")  # a window's files: <pid>-<n>.<what>, and temporary ones


@dataclass
class Recovered:
    """What a crashed window left."""

    file: Path  # the head (`remove` deletes it and the files it names once restored or declined)
    experiment: Experiment
    path: str | None  # the experiment file it was opened from or saved to
    modified: bool  # it had edits not saved to `path`
    runs: RunHistory  # the kept runs (in format 1, the run in progress last among them)
    saved_at: float  # time.time() of the last autosave
    current: Run | None = None  # the run in progress: its settings, rows and marks so far
    weights: Path | None = None  # its weights and optimizer state at its last row (see `weight_arrays`)
    names: list[str] = field(default_factory=list)  # the files beside the head it names
    rows_file: tuple[Path, int, int] | None = None  # the run in progress's rows: file, bytes, rows

    @property
    def title(self) -> str:
        return Path(self.path).name if self.path else "untitled"

    @property
    def run_count(self) -> int:
        return len(self.runs) + (self.current is not None)

    def weight_arrays(self) -> list[np.ndarray]:
        """The model's weights then its optimizer's variables, as `Session.state_arrays` gave them."""
        if self.weights is None:
            raise ValueError("no weights were saved with this run")  # internal: callers check .weights
        return read_weights(self.weights)[1]

    def remove(self) -> None:
        """Deletes the head and every file of its window (restored, or declined)."""
        for file in {self.file, *_files_of(self.file.parent, self.file.stem)}:
            file.unlink(missing_ok=True)
        for name in self.names:
            (self.file.parent / name).unlink(missing_ok=True)


@dataclass
class Progress:
    """The run in progress, as one save writes it (`Autosaver.progress` makes it)."""

    run: dict  # `run_json(run, rows=False)`: number, label, experiment, events…
    rows: Sequence[dict]  # rows to write after the first `keep` of those written
    keep: int | None  # None: after all written so far; 0: the run started afresh (a new file)
    weights: tuple[Path, int, dict] | None = None  # weights just written: file, epoch, that epoch's row
    first: dict | None = None  # the run's first row
    last: dict | None = None  # the last of `rows` (None when there are none)


@dataclass
class _Written:
    """What the files hold of the run in progress (to write only what is new)."""

    file: Path | None = None
    bytes: int = 0
    count: int = 0  # rows (cuts applied)
    first: dict | None = None
    last: dict | None = None
    weights: dict | None = None  # {"file", "epoch", "row"} the head names
    generation: int = 0
    runs: dict = field(default_factory=dict)  # kept run number → (Run, file name)


class Autosaver:
    """One window's autosave files in `folder`. `save` may run on another thread than the one that
    gathers what to save (`progress`), but never two at once; `remove` may run during a save."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.stem = f"{os.getpid()}-{next(_counter)}"
        self.file = self.folder / f"{self.stem}.json"
        self.closed = False
        self._lock = threading.Lock()
        self._written = _Written()

    # -- what to write (the thread that owns the history) -------------------------------------

    def progress(self, run: dict, rows: Sequence[dict], events: Sequence[dict] = ()) -> Progress:
        """The run in progress as the next save writes it: `rows` its history rows so far (read by
        `len`, a few indexes and a copy of the new rows only: a history's are copied as columns,
        no dict made), `events` its marks ("rewound" ones say where the run went back to)."""
        done = self._written
        count = len(rows)
        start, keep = 0, 0
        if done.count and count and _same(rows[0], done.first):
            back = [int(e.get("epoch", 0)) for e in events if e.get("kind") == "rewound"]
            if count >= done.count and _same(rows[done.count - 1], done.last):
                start, keep = done.count, None
            elif back and 0 < max(back) < done.count and count >= max(back):
                start = keep = max(back)
        new = rows.history.part(start, count).rows if isinstance(rows, HistoryRows) else list(rows[start:])
        return Progress(run, new, keep, first=rows[0] if count else None, last=rows[-1] if count > start else None)

    @property
    def rows_written(self) -> int:
        """Rows of the run in progress the files hold."""
        return self._written.count

    def adopt(self, recovered: Recovered) -> None:
        """Takes over the rows file of a restored run in progress (before `recovered.remove()`), so
        the first save after a restore appends to it instead of writing a long run again. Nothing
        is taken when the restored rows stop short of the file's (weights older than its last rows)."""
        current, rows = recovered.current, recovered.rows_file
        if current is None or rows is None or rows[2] != len(current.rows) or not current.rows:
            return
        done = self._written
        generation = done.generation + 1
        file = self.folder / f"{self.stem}.current{generation}.rows"
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(rows[0], file)
        except OSError:
            return  # the first save writes the run whole
        self._written = _Written(
            file, rows[1], rows[2], dict(current.rows[0]), dict(current.rows[-1]), None, generation, done.runs
        )

    def next_weights_file(self) -> Path:
        """Where the worker writes the next weights: the file the head does not name."""
        named = (self._written.weights or {}).get("file", "")
        return self.folder / f"{self.stem}.weights{1 if named.endswith('weights0.npz') else 0}.npz"

    # -- writing (any thread) -----------------------------------------------------------------

    def write(self, experiment: Experiment, path: str | None, modified: bool, runs: RunHistory) -> int:
        """Writes a window's state with no run in progress; returns the bytes written."""
        return self.save(experiment, path, modified, runs.runs, None)

    def save(
        self,
        experiment: Experiment,
        path: str | None,
        modified: bool,
        runs: Sequence[Run],
        current: Progress | None,
    ) -> int:
        """Writes what changed since the last save: kept runs not written yet, the new rows of the
        run in progress, then the head. Returns the bytes written. A failed save (OSError) leaves
        the files as the last good one left them; the next save writes everything it missed."""
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            return self._save(experiment, path, modified, runs, current)
        finally:
            if self.closed:  # the window closed while this save ran: nothing of it may stay
                self.remove()

    def _save(self, experiment, path, modified, runs, current) -> int:
        done = self._written
        written = 0
        names = []
        kept: dict = {}
        for run in runs:
            old = done.runs.get(run.number)
            if old is not None and old[0] is run:
                kept[run.number] = old
            else:  # kept since the last save (or another run under that number now)
                name = f"{self.stem}.run{run.number}.rows"
                parts = [_line(run_json(run, rows=False)), *_row_blocks(run.rows)]
                written += sum(map(len, parts))
                self._commit(lambda n=name, p=parts: _write_parts(self.folder / n, p))
                kept[run.number] = (run, name)
            names.append(kept[run.number][1])
        head = {
            "format": FORMAT,
            "pid": os.getpid(),
            "saved_at": time.time(),
            "path": path,
            "modified": bool(modified),
            "experiment": experiment.to_dict(),
            "runs": names,
            "current": None,
        }
        old_rows = done.file
        rows_state = None
        if current is not None:
            rows_state, added = self._append(current)
            written += added
            weights = None if current.keep == 0 else done.weights  # a new run: the old weights are not its
            if current.weights is not None:
                file, epoch, row = current.weights
                weights = {"file": Path(file).name, "epoch": int(epoch), "row": dict(row)}
            head["current"] = {
                "run": current.run,
                "rows": rows_state.file.name,
                "bytes": rows_state.bytes,
                "count": rows_state.count,
                "weights": weights if rows_state.count else None,
            }
        text = _line(head)
        self._commit(lambda: atomic_files.write_bytes(self.file, text))
        written += len(text)
        # What the head names now is whole: the state moves on, and what it no longer names goes.
        if rows_state is not None:
            done.file, done.bytes, done.count = rows_state.file, rows_state.bytes, rows_state.count
            done.first, done.last, done.generation = rows_state.first, rows_state.last, rows_state.generation
            done.weights = head["current"]["weights"]
        gone = [name for number, (_run, name) in done.runs.items() if number not in kept or kept[number][1] != name]
        done.runs = kept
        if old_rows is not None and old_rows != done.file:
            gone.append(old_rows.name)
        for name in set(gone) - set(names):
            (self.folder / name).unlink(missing_ok=True)
        return written

    def _append(self, current: Progress) -> tuple[_Written, int]:
        """Appends the new rows (after a cut line, or into a new file); returns what the rows file
        then holds and the bytes written."""
        done = self._written
        state = _Written(done.file, done.bytes, done.count, done.first, done.last, generation=done.generation)
        restart = current.keep == 0 or state.file is None
        if restart:
            state.generation += 1
            state.file = self.folder / f"{self.stem}.current{state.generation}.rows"
            state.bytes = state.count = 0
            state.first = None
        parts = []  # written one after the other: a long run's rows are never joined into one copy
        if not restart and current.keep is not None and current.keep < state.count:
            parts.append(_line({"cut": current.keep}))
            state.count = current.keep
        parts += _row_blocks(current.rows)
        size = sum(map(len, parts))

        def append() -> None:
            # Written at the end of what the head names: a write that failed half-way is overwritten.
            try:
                with open(state.file, "r+b" if not restart else "wb") as out:
                    out.seek(state.bytes)
                    out.truncate()
                    out.writelines(parts)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError as exc:
                raise atomic_files.failed(exc, state.file) from exc

        if parts or restart:
            self._commit(append)
        state.bytes += size
        state.count += len(current.rows)
        if current.rows:
            state.first = dict(current.first or current.rows[0]) if state.first is None else state.first
            state.last = dict(current.last or current.rows[-1])
        return state, size

    def _commit(self, write) -> None:
        """Runs one write unless the window closed; `remove` waits for one under way."""
        with self._lock:
            if self.closed:
                raise OSError("the window closed")  # internal: ends a save that lost its window
            write()

    def remove(self) -> None:
        """The window closed normally: nothing to recover. Waits at most half a second for a write
        under way; a save that finishes later deletes what it wrote."""
        self.closed = True
        locked = self._lock.acquire(timeout=0.5)
        try:
            for file in _files_of(self.folder, self.stem):
                file.unlink(missing_ok=True)
        finally:
            if locked:
                self._lock.release()


def _write_parts(file: Path, parts: list[bytes]) -> None:
    with atomic_files.replacing(file) as temporary, open(temporary, "wb") as out:
        out.writelines(parts)


def write_weights(file: str | Path, epoch: int, arrays: Sequence[np.ndarray]) -> None:
    """Writes a model's weights and optimizer variables at `epoch` (atomically, as .npz)."""
    values = {f"a{i}": np.asarray(a) for i, a in enumerate(arrays)}
    with atomic_files.replacing(file) as temporary, open(temporary, "wb") as out:
        np.savez(out, epoch=np.int64(epoch), **values)


def read_weights(file: str | Path) -> tuple[int, list[np.ndarray]]:
    """The epoch and arrays `write_weights` wrote (no pickled objects are read)."""
    with np.load(file, allow_pickle=False) as data:
        count = sum(1 for name in data.files if name.startswith("a"))
        return int(data["epoch"]), [data[f"a{i}"] for i in range(count)]


def left_behind(folder: str | Path) -> list[Recovered]:
    """Autosaves of windows whose process is gone, newest first. Unreadable heads are skipped
    (and left for a person to look at); files of running windows are not touched. Files of a
    window that ended without a head (it closed while writing), or with nothing its file does not
    hold (no edits, no runs), are deleted."""
    folder = Path(folder)
    found = []
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    heads = {file.name for file in files}
    for file in files:
        owner = _OWNED.match(file.name)
        if owner is None or int(owner.group(1)) == os.getpid() or _alive(int(owner.group(1))):
            continue
        head = f"{owner.group(1)}-{owner.group(2)}.json"
        if file.name != head:
            if head not in heads:
                file.unlink(missing_ok=True)
            continue
        try:
            recovered = read(file)
        except (OSError, ValueError, ExperimentError):
            continue
        if not recovered.modified and not recovered.run_count:
            recovered.remove()  # its file (or the untouched default) holds all of it: nothing to offer
            continue
        found.append(recovered)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def read(file: str | Path) -> Recovered:
    """One autosave. Raises ValueError or ExperimentError if its head is damaged; a damaged kept
    run is left out, and damaged weights are not offered."""
    file = Path(file)
    data = json_files.loads(file.read_text(encoding="utf-8"), json_files.RUNS_MB)
    if not isinstance(data, dict) or "experiment" not in data:
        raise ValueError(f"{file.name} is not an autosave file")  # internal: left_behind skips such files unseen
    path = data.get("path")
    recovered = Recovered(
        file,
        Experiment.from_dict(data["experiment"]),
        path if isinstance(path, str) else None,
        bool(data.get("modified", True)),
        RunHistory(),
        float(data.get("saved_at", file.stat().st_mtime)),
    )
    if data.get("format", 1) == 1:
        recovered.runs = RunHistory.from_json(data.get("runs", []))
        return recovered
    runs = []
    names = data.get("runs", [])
    for name in names if isinstance(names, list) else []:
        with contextlib.suppress(OSError, ValueError, ExperimentError, TypeError, KeyError):
            run = _read_run(file.parent / _name(name))
            RunHistory.from_json([run])  # a damaged run is left out, not the whole autosave
            runs.append(run)
            recovered.names.append(name)
    recovered.runs = RunHistory.from_json(runs)
    current = data.get("current")
    if isinstance(current, dict):
        with contextlib.suppress(OSError, ValueError, ExperimentError, TypeError, KeyError):
            recovered.names.append(_name(current["rows"]))
            recovered.current, recovered.weights, recovered.rows_file = _read_current(file.parent, current)
            recovered.names += [recovered.weights.name] if recovered.weights else []
    return recovered


def _read_run(file: Path) -> dict:
    """A kept run's file as `RunHistory.from_json` takes it."""
    data = file.read_bytes()
    end = data.find(b"\n") + 1
    run = json_files.loads(data[:end], json_files.EXPERIMENT_MB)
    if not isinstance(run, dict) or not end:
        raise ValueError(f"{file.name} is not a run")  # internal: left_behind skips damaged files
    return {**run, "rows": _rows(data[end:])}


def _read_current(folder: Path, current: dict) -> tuple[Run | None, Path | None, tuple | None]:
    """The run in progress, its weights file (None when its weights do not belong to its last
    row) and its rows file (file, bytes, rows: what `Autosaver.adopt` takes over)."""
    path = folder / _name(current["rows"])
    with open(path, "rb") as rows_file:
        data = rows_file.read(int(current.get("bytes", -1)))
    rows = _rows(data)
    raw = dict(current["run"])
    run = RunHistory.from_json([{**raw, "rows": []}]).runs[0]
    run.rows = rows
    whole = len(rows) == current.get("count")  # else a record was torn: not a file to append to
    written = (path, len(data), len(rows)) if whole else None
    weights = current.get("weights")
    if not rows or not isinstance(weights, dict):
        return (run if rows else None), None, written
    epoch, file = int(weights.get("epoch", 0)), folder / _name(weights.get("file", ""))
    if not (0 < epoch <= len(rows) and _same(rows[epoch - 1], weights.get("row")) and file.is_file()):
        return run, None, written
    del rows[epoch:]  # rows a failed weights write left without weights: the curves end where they do
    return run, file, written


def _name(name) -> str:
    """A file the head names: in its own folder, never elsewhere."""
    if not isinstance(name, str) or Path(name).name != name or not name:
        raise ValueError(f"not an autosave file name: {name!r}")  # internal: names are the saver's own
    return name


def _rows(data: bytes) -> list[dict]:
    """The rows of a rows file (blocks and cuts). What follows a record that cannot be read — a
    kill in the middle of a write tore it — is left out."""
    rows: list[dict] = []
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        try:
            if end < 0:
                raise ValueError("torn")  # internal: a record cut by a kill is left out
            record = json_files.loads(data[start:end], json_files.EXPERIMENT_MB)
            if "cut" in record:
                del rows[int(record["cut"]) :]
                start = end + 1
                continue
            columns = [str(c) for c in record["columns"]]
            if "count" not in record:  # a block of rows that are not all numbers, as JSON
                rows.extend(dict(zip(columns, values, strict=True)) for values in record["rows"])
                start = end + 1
                continue
            size = int(record["count"]) * len(columns) * 8
            if len(data) < end + 1 + size:
                raise ValueError("torn")  # internal: a record cut by a kill is left out
            table = np.frombuffer(data, "<f8", size // 8, end + 1).reshape(-1, len(columns)).tolist()
        except (ValueError, TypeError, KeyError, ExperimentError):
            break
        ints = [columns.index(c) for c in record.get("ints", []) if c in columns]
        for values in table:
            for i in ints:
                if values[i].is_integer():
                    values[i] = int(values[i])
            rows.append(dict(zip(columns, values, strict=True)))
        start = end + 1 + size
    return rows


def _row_blocks(rows: Sequence[dict]) -> Iterable[bytes]:
    """Rows as blocks: consecutive rows with the same columns share one, BLOCK_ROWS at most. A
    history's rows are read as columns, a block at a time (no dict made)."""
    start, count = 0, len(rows)
    if isinstance(rows, HistoryRows):
        for start in range(0, count, BLOCK_ROWS):
            stop = min(count, start + BLOCK_ROWS)
            table = rows.history.table(start, stop)
            if table is None:  # rows with missing or odd values: as dicts
                yield from _row_blocks(rows.history.slice_rows(start, stop))
                continue
            names, ints, values = table
            yield _line({"columns": names, "ints": ints, "count": stop - start})
            yield values.astype("<f8", copy=False).tobytes()
        return
    while start < count:
        columns = list(rows[start])
        end, most = start + 1, min(count, start + BLOCK_ROWS)
        while end < most and list(rows[end]) == columns:
            end += 1
        yield _block(columns, rows[start:end])
        start = end


def _block(columns: list, rows: Sequence[dict]) -> bytes:
    """A header line, then the rows as float64 (NaN and infinities as they are)."""
    try:
        values = itertools.chain.from_iterable(row.values() for row in rows)
        table = np.fromiter(values, "<f8", len(rows) * len(columns))
    except (TypeError, ValueError):  # a value that is not a number: the block as JSON
        return _line({"columns": columns, "rows": [list(row.values()) for row in rows]})
    ints = [c for c, v in rows[0].items() if isinstance(v, int) and not isinstance(v, bool)]
    return _line({"columns": columns, "ints": ints, "count": len(rows)}) + table.tobytes()


def _line(data) -> bytes:
    """One line of JSON (NaN and infinities as Python writes them)."""
    return (json.dumps(data, ensure_ascii=False, allow_nan=True, default=_plain) + "\n").encode("utf-8")


def _plain(value):
    """numpy numbers in a row, as JSON numbers."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"{type(value).__name__} cannot be saved")  # internal: caught, written as JSON


def _same(a: dict | None, b: dict | None) -> bool:
    """Two rows alike, NaN equal to NaN."""
    if a is None or b is None or a.keys() != b.keys():
        return False
    for key, x in a.items():
        y = b[key]
        if x != y and not (isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y)):
            return False
    return True


def _files_of(folder: Path, stem: str) -> list[Path]:
    """A window's files, its head and temporary files among them."""
    if not folder.is_dir():
        return []
    return [f for f in folder.iterdir() if f.name.startswith((f"{stem}.", f".{stem}.", f".{stem}-"))]


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
