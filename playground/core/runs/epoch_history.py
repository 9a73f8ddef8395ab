"""Per-epoch metrics of a run: the rows `history.csv` holds (in Keras CSVLogger's layout) and the curves plot.

A run of a million epochs must not cost a million Python dicts (about 500 bytes each, kept by the
worker and by the window), so the history keeps one growable numpy column per metric and hands out
rows as dicts only when asked. Values are stored as float32 when that keeps them exactly (Keras's
metrics are float32, epochs whole numbers), else as float64; anything else a row holds (None, text,
a bool, a whole number in a column of floats) is kept aside as it was. `history.rows` still reads
as a list of dicts (len, indexing, slicing, iteration, `del rows[n:]`), so readers of a few rows need
not change; readers of every row (the curves, the doctor, the runs table) take `column(name)`.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

_MISSING = object()
_BATCH = 4096  # rows made into dicts at a time when iterating
_EXACT_INT = 2**53  # whole numbers beyond this do not survive a float64


class History:
    """Rows of {"epoch", "loss", "val_loss", <metric>, "val_<metric>", "learning_rate"}.

    Args:
        rows: rows to start with (dicts, or another history's `rows`). Defaults to none.
    """

    def __init__(self, rows: Iterable[dict] = ()) -> None:
        self._n = 0
        self.cuts = 0  # how often rows were taken away (clear, truncate): readers that keep up see it
        self._names: list[str] = []  # the columns in the order they first appeared
        self._data: dict[str, np.ndarray] = {}  # each column's values (NaN where missing or odd)
        self._ints: set[str] = set()  # columns of whole numbers (the epoch)
        self._present: dict[str, np.ndarray] = {}  # only for columns some rows lack: which rows have it
        self._odd: dict[str, dict[int, object]] = {}  # values the column's type cannot hold, by row
        self.rows = HistoryRows(self)
        self.extend(rows)

    def __len__(self) -> int:
        return self._n

    def extend(self, rows: Iterable[dict]) -> None:
        """Appends rows (dicts, or another history's `rows`, copied column by column)."""
        if isinstance(rows, HistoryRows):
            self._extend_history(rows.history)
            return
        rows = rows if isinstance(rows, list) else list(rows)
        if not rows:
            return
        start, count = self._n, len(rows)
        known = set(self._names)
        for row in rows:
            for name in row:
                if name not in known:
                    known.add(name)
                    self._add_column(name, type(row[name]) is int)
        self._reserve(start + count)
        for name in self._names:
            self._store(name, start, [row.get(name, _MISSING) for row in rows])
        self._n = start + count

    def clear(self) -> None:
        self._n = 0
        self.cuts += 1
        self._names, self._data, self._ints, self._present, self._odd = [], {}, set(), {}, {}

    def copy(self) -> History:
        """An independent copy, as compact as this one."""
        return self.part(0, self._n)

    def part(self, start: int, stop: int) -> History:
        """Rows start…stop-1 as an independent history, copied column by column (no dicts made)."""
        out = History()
        out._extend_history(self, max(0, start), max(0, min(stop, self._n) - max(0, start)))
        return out

    @property
    def last(self) -> dict | None:
        return self.row(self._n - 1) if self._n else None

    def columns(self) -> list[str]:
        """The first row's columns, then any the last row added."""
        cols: list[str] = []
        for row in self.rows[:1] + self.rows[-1:]:
            cols += [k for k in row if k not in cols]
        return cols

    def has(self, name: str) -> bool:
        """Whether any row has column `name`."""
        return name in self._data and (name not in self._present or bool(self._present[name][: self._n].any()))

    def column(self, name: str) -> np.ndarray:
        """The column's values, read-only, without a copy: float32 or float64, NaN where a row
        lacks it (or holds something not a number); all NaN for a column no row has."""
        if name not in self._data:
            return np.full(self._n, math.nan)
        view = self._data[name][: self._n]
        view.flags.writeable = False
        return view

    def row(self, index: int) -> dict:
        """Row `index` (from 0) as a new dict."""
        out = {}
        for name in self._names:
            value = self._value(name, index)
            if value is not _MISSING:
                out[name] = value
        return out

    def slice_rows(self, start: int, stop: int) -> list[dict]:
        """Rows start…stop-1 as new dicts, made a column at a time."""
        if stop <= start:
            return []
        names, values = [], []
        for name in self._names:
            present = self._present.get(name)
            if present is not None and not present[start:stop].all():
                if present[start:stop].any():
                    return [self.row(i) for i in range(start, stop)]  # some rows have it: row by row
                continue
            if any(start <= i < stop for i in self._odd.get(name, ())):
                return [self.row(i) for i in range(start, stop)]
            part = self._data[name][start:stop]
            whole = name in self._ints and np.isfinite(part).all()
            names.append(name)
            values.append(part.astype(np.int64).tolist() if whole else part.tolist())
        if not names:  # rows with no column at all
            return [{} for _ in range(start, stop)]
        return [dict(zip(names, vals, strict=True)) for vals in zip(*values, strict=True)]

    def table(self, start: int, stop: int) -> tuple[list[str], list[str], np.ndarray] | None:
        """Rows start…stop-1 as one float64 array, a column per name, with the names and those of
        the whole-number columns among them (each row's values in its columns' order, as the dicts
        hold them). None when some of these rows lack a column others have, or hold a value that is
        not a number: read those as dicts."""
        names = []
        for name in self._names:
            present = self._present.get(name)
            if present is not None and not present[start:stop].all():
                if present[start:stop].any():
                    return None
                continue  # no row here has it
            if any(start <= i < stop for i in self._odd.get(name, ())):
                return None
            names.append(name)
        values = np.empty((max(stop - start, 0), len(names)), np.float64)
        for i, name in enumerate(names):
            values[:, i] = self._data[name][start:stop]
        ints = [name for name in names if name in self._ints and np.isfinite(values[:, names.index(name)]).all()]
        return names, ints, values

    def truncate(self, n: int) -> None:
        """Keeps the first `n` rows."""
        n = max(0, min(int(n), self._n))
        if n < self._n:
            self.cuts += 1
        for name in self._names:
            self._data[name][n : self._n] = math.nan
            if name in self._present:
                self._present[name][n : self._n] = False
            odd = self._odd.get(name)
            if odd:
                for i in [i for i in odd if i >= n]:
                    del odd[i]
        self._n = n

    def write_csv(self, path: str | Path) -> None:
        """Writes the rows as Keras's CSVLogger does, so a run's history.csv reads as the exported
        script's and lines up with TensorBoard: "epoch" is Keras's epoch index, from 0 (the window's
        epoch N, N epochs trained, is row N - 1 — TensorBoard's step N - 1), then the other columns
        in alphabetical order; a cell a row lacks is empty."""
        cols = ["epoch", *sorted(c for c in self.columns() if c != "epoch")]
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=cols)
            writer.writeheader()
            for row in self.rows:
                cells = {k: _fmt(row.get(k)) for k in cols}
                if isinstance(row.get("epoch"), int):
                    cells["epoch"] = row["epoch"] - 1
                writer.writerow(cells)

    # -- storage ---------------------------------------------------------------------------------

    def _add_column(self, name: str, whole: bool) -> None:
        self._names.append(name)
        capacity = len(next(iter(self._data.values()), ()))
        # np.empty: the memory of the rows to come is only taken as they come.
        self._data[name] = np.empty(max(capacity, 16), np.float32)
        self._data[name][: self._n] = math.nan
        if whole:
            self._ints.add(name)
        if self._n:  # the rows so far lack it
            self._present[name] = np.zeros(len(self._data[name]), bool)

    def _reserve(self, need: int) -> None:
        """Grows every column to hold `need` rows (doubling: appends cost O(1) each on average)."""
        for name, data in self._data.items():
            if len(data) < need:
                grown = np.empty(max(need, 2 * len(data)), data.dtype)
                grown[: self._n] = data[: self._n]
                self._data[name] = grown
            present = self._present.get(name)
            if present is not None and len(present) < len(self._data[name]):
                more = np.zeros(len(self._data[name]), bool)
                more[: self._n] = present[: self._n]
                self._present[name] = more

    def _store(self, name: str, start: int, values: list) -> None:
        stop = start + len(values)
        kinds = set(map(type, values))
        wanted = int if name in self._ints else float
        if kinds == {wanted} and (wanted is float or max(map(abs, values)) < _EXACT_INT):
            numbers = np.array(values, np.float64)
        else:
            numbers = np.full(len(values), math.nan)
            for i, value in enumerate(values):
                if value is _MISSING:
                    self._mark_missing(name, start + i)
                elif type(value) is wanted or (wanted is float and isinstance(value, (float, np.floating))):
                    if wanted is int and abs(value) >= _EXACT_INT:
                        self._odd.setdefault(name, {})[start + i] = value
                    else:
                        numbers[i] = value
                elif wanted is int and isinstance(value, np.integer) and abs(int(value)) < _EXACT_INT:
                    numbers[i] = int(value)
                else:
                    self._odd.setdefault(name, {})[start + i] = value
        data = self._data[name]
        if data.dtype == np.float32:
            with np.errstate(over="ignore", invalid="ignore"):  # 1e300 becomes inf: then float64
                narrow = numbers.astype(np.float32)
            if not np.array_equal(narrow, numbers, equal_nan=True):  # it would change a value: float64
                data = self._widen(name)
        data[start:stop] = numbers
        present = self._present.get(name)
        if present is not None:
            present[start:stop] |= np.array([value is not _MISSING for value in values])

    def _widen(self, name: str) -> np.ndarray:
        """Column `name` as float64 from now on (the rows to come are not there yet: not converted)."""
        wide = np.empty(len(self._data[name]), np.float64)
        wide[: self._n] = self._data[name][: self._n]
        self._data[name] = wide
        return wide

    def _mark_missing(self, name: str, index: int) -> None:
        if name not in self._present:
            present = np.ones(len(self._data[name]), bool)
            present[self._n :] = False
            self._present[name] = present
        self._present[name][index] = False

    def _value(self, name: str, index: int):
        present = self._present.get(name)
        if present is not None and not present[index]:
            return _MISSING
        odd = self._odd.get(name)
        if odd and index in odd:
            return odd[index]
        value = float(self._data[name][index])
        return int(value) if name in self._ints and math.isfinite(value) else value

    def _extend_history(self, other: History, first: int = 0, count: int | None = None) -> None:
        """Appends `count` rows of `other` from its row `first` (all of them by default), column by column."""
        start, count = self._n, len(other) - first if count is None else count
        if count <= 0:
            return
        if any((name in self._ints) != (name in other._ints) for name in other._names if name in self._data):
            self.extend(other.slice_rows(first, first + count))  # whole numbers on one side, floats on the other
            return
        for name in other._names:
            if name not in self._data:
                self._add_column(name, name in other._ints)
        self._reserve(start + count)
        for name in self._names:
            if name not in other._data:
                self._data[name][start : start + count] = math.nan
                self._mark_range(name, start, np.zeros(count, bool))
                continue
            source, data = other._data[name][first : first + count], self._data[name]
            if source.dtype != data.dtype and data.dtype == np.float32:
                data = self._widen(name)
            data[start : start + count] = source
            if name in other._present:
                self._mark_range(name, start, other._present[name][first : first + count])
            elif name in self._present:
                self._present[name][start : start + count] = True
            for i, value in other._odd.get(name, {}).items():
                if first <= i < first + count:
                    self._odd.setdefault(name, {})[start + i - first] = value
        self._n = start + count

    def _mark_range(self, name: str, start: int, present: np.ndarray) -> None:
        if name not in self._present:
            mask = np.ones(len(self._data[name]), bool)
            mask[self._n :] = False
            self._present[name] = mask
        self._present[name][start : start + len(present)] = present


class HistoryRows(Sequence):
    """A history's rows as a list of dicts would read: each row made when asked for (a new dict:
    changing it does not change the history). `del rows[n:]` keeps the first n."""

    def __init__(self, history: History) -> None:
        self.history = history

    def __len__(self) -> int:
        return len(self.history)

    def __getitem__(self, index):
        n = len(self.history)
        if isinstance(index, slice):
            start, stop, step = index.indices(n)
            if step == 1:
                return self.history.slice_rows(start, stop)
            return [self.history.row(i) for i in range(start, stop, step)]
        index = int(index)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("history row out of range")  # internal: a programming error
        return self.history.row(index)

    def __delitem__(self, index) -> None:
        n = len(self.history)
        if isinstance(index, slice):
            start, stop, step = index.indices(n)
            if stop <= start:
                return
            if step == 1 and stop == n:
                self.history.truncate(start)
                return
        elif int(index) in (-1, n - 1) and n:
            self.history.truncate(n - 1)
            return
        raise ValueError(
            "only the last rows of a history can be deleted (del rows[n:])"
        )  # internal: a programming error

    def __iter__(self) -> Iterator[dict]:
        for start in range(0, len(self.history), _BATCH):
            yield from self.history.slice_rows(start, min(start + _BATCH, len(self.history)))

    def __eq__(self, other) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(_same(a, b) for a, b in zip(self, other, strict=True))

    def __repr__(self) -> str:
        return f"<{len(self)} history rows>"

    def column(self, name: str) -> np.ndarray:
        return self.history.column(name)

    def columns(self) -> list[str]:
        return self.history.columns()


def as_history(rows: History | Sequence[dict]) -> History:
    """`rows` as a History: a history, or its own rows, as it is (no copy); dicts are read in."""
    if isinstance(rows, History):
        return rows
    if isinstance(rows, HistoryRows):
        return rows.history
    return History(rows)


def _same(a: dict, b: dict) -> bool:
    """Rows equal, NaN equal to NaN (two dicts made apart hold two NaN objects)."""
    if a.keys() != b.keys():
        return False
    for key, value in a.items():
        other = b[key]
        if value != other and not (_is_nan(value) and _is_nan(other)):
            return False
    return True


def _is_nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _fmt(v):
    if isinstance(v, float):
        return repr(v)
    return v
