"""A CSV table as inputs and a target: one column is the target, number columns are used as they
are, text columns are one-hot encoded (scikit-learn's OneHotEncoder), and missing values are
reported and filled (SimpleImputer) or their rows dropped, as the user chooses.

A column headed `sample_weight` (any case) holds per-sample weights for training (Keras's
`fit(sample_weight=...)`): it is not an input and cannot be the target, and every row kept needs a
weight (0 leaves a row out of training). Listing it in `exclude` leaves the weights out.

`read` parses and describes the table for the import dialog; `load` turns it into arrays.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import numpy as np

from playground.core.data.imported import (
    Column,
    Imported,
    ImportFailed,
    check_weights,
    class_labels,
    guess_problem,
    note,
    problem_for,
    weights_note,
)
from playground.core.i18n import QT_TRANSLATE_NOOP, Message

OPTIONS = ("target", "problem", "missing", "exclude")
MISSING = ("mean", "median", "most_frequent", "drop")  # how gaps in input columns are handled
# Shown in the import dialog and the notes, translated there with translate("imported", label).
MISSING_LABELS = {
    "mean": QT_TRANSLATE_NOOP("imported", "fill with the column's mean (text: most frequent)"),
    "median": QT_TRANSLATE_NOOP("imported", "fill with the column's median (text: most frequent)"),
    "most_frequent": QT_TRANSLATE_NOOP("imported", "fill with the most frequent value"),
    "drop": QT_TRANSLATE_NOOP("imported", "leave out rows with a gap"),
}
BLANKS = {"", "na", "n/a", "nan", "null", "none", "?", "-"}
# How a blank text cell may reach a saved model (which compares strings exactly): the blanks above in
# the spellings a user's reader gives them — as written, in capitals, capitalised, and "NaN" (pandas).
BLANK_TEXT = tuple(
    dict.fromkeys(
        spelling
        for blank in sorted(BLANKS)
        for spelling in (blank, blank.upper(), blank.capitalize(), "NaN" if blank == "nan" else blank)
    )
)
_BLANK_CELLS = sorted(BLANKS)
MAX_CATEGORIES = 50  # a text column with more values is an identifier (a name), not a category
MAX_BYTES = 200 * 1024 * 1024
MAX_COLUMNS = 10_000  # wider tables are not data to click through; refused before any column is examined
# Each cell is a Python string while the table is read (≈ 60 bytes with its number): 5 million
# (a 6,000-row sample of MNIST as CSV) keep the import under ~1 GB and a few seconds.
MAX_CELLS = 5_000_000
WEIGHTS = "sample_weight"  # the header (any case) of a column of per-sample weights


@dataclass
class Table:
    """A parsed CSV: its header, its rows as text, and per column whether it holds numbers."""

    path: str
    header: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    missing: list[int]  # blank cells per column
    blanks: list[np.ndarray] = field(default_factory=list)  # per column: which rows are blank
    numbers: list[np.ndarray | None] = field(default_factory=list)  # per number column: its values, NaN where blank

    def column(self, name: str) -> list[str]:
        i = self.header.index(name)
        return [row[i] for row in self.rows]

    def distinct(self, name: str) -> int:
        return len({v for v in self.column(name) if not _blank(v)})

    def guess_problem(self, target: str) -> str:
        """Classification when the target is text or a few whole numbers; regression otherwise."""
        i = self.header.index(target)
        if self.numeric[i]:
            return guess_problem(self.numbers[i][~self.blanks[i]])
        return guess_problem(np.array([v for v in self.column(target) if not _blank(v)]))

    def identifiers(self, target: str) -> list[str]:
        """Text columns with so many values they name rows rather than group them."""
        return [
            h
            for h, num in zip(self.header, self.numeric, strict=True)
            if h != target and not num and self.distinct(h) > MAX_CATEGORIES
        ]


def read(path: str) -> Table:
    """Parses the file. Raises ImportFailed naming the file, row or column that is wrong."""
    name = path
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("csv_import", "{name} cannot be read: {reason}"),
                name=name,
                reason=exc.strerror or str(exc),
            )
        ) from None
    if len(raw) > MAX_BYTES:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("csv_import", "{name} is larger than {mb} MB: use a sample of its rows"),
                name=name,
                mb=MAX_BYTES // 2**20,
            )
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("csv_import", "{name}, line {line}: not UTF-8 text; save the file as CSV UTF-8"),
                name=name,
                line=line,
            )
        ) from None
    if not text.strip():
        raise ImportFailed(Message(QT_TRANSLATE_NOOP("csv_import", "{name} is empty"), name=name))
    if "\0" in text[:4096]:
        raise ImportFailed(
            Message(QT_TRANSLATE_NOOP("csv_import", "{name} is not a text file: choose a .csv table"), name=name)
        )
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    _refuse_too_many_cells(name, text, dialect)
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        # Stripped as they are read: one copy of the cells, not two.
        lines = [cells for cells in ([c.strip() for c in row] for row in reader) if any(cells)]
    except csv.Error as exc:
        raise ImportFailed(_broken(name, reader.line_num, exc)) from None
    if not lines:
        raise ImportFailed(
            Message(QT_TRANSLATE_NOOP("csv_import", "{name} holds no values, only separators"), name=name)
        )
    header = lines[0]
    if len(header) > MAX_COLUMNS:
        too_wide = QT_TRANSLATE_NOOP(
            "csv_import", "{name} has {n} columns; the playground takes at most {most}: keep the columns you need"
        )
        raise ImportFailed(Message(too_wide, name=name, n=len(header), most=MAX_COLUMNS))
    if len(header) < 2:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "csv_import", "{name}: the first row names one column; a table needs inputs and a target column"
                ),
                name=name,
            )
        )
    for i, h in enumerate(header):
        if not h:
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "csv_import", "{name}: column {column} has no name in the first row: give every column a name"
                    ),
                    name=name,
                    column=i + 1,
                )
            )
    seen = set()
    for h in header:
        if h in seen:
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP("csv_import", "{name}: two columns are called {column!r}: rename one"),
                    name=name,
                    column=h,
                )
            )
        seen.add(h)
    rows = lines[1:]
    del lines
    if len(rows) < 2:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "csv_import", "{name} has a header but {n} data row(s): a table needs rows to learn from"
                ),
                name=name,
                n=len(rows),
            )
        )
    for r, row in enumerate(rows):
        if len(row) != len(header):
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "csv_import",
                        "{name}, row {row}: {values} values but the header names {columns} columns; "
                        "fix that row (a missing separator, or a comma inside a value without quotes)",
                    ),
                    name=name,
                    row=r + 2,
                    values=len(row),
                    columns=len(header),
                )
            )
    blanks, numbers = [], []
    for i in range(len(header)):
        blank, column = _parse([row[i] for row in rows])
        blanks.append(blank)
        numbers.append(column)
    numeric = [column is not None for column in numbers]
    missing = [int(blank.sum()) for blank in blanks]
    for i, h in enumerate(header):
        if not numeric[i]:
            _refuse_infinite(name, h, [row[i] for row in rows])
    for h, gaps in zip(header, missing, strict=True):
        if gaps == len(rows):
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "csv_import", "{name}: column {column!r} is empty in every row: leave it out of the file"
                    ),
                    name=name,
                    column=h,
                )
            )
    return Table(path, header, rows, numeric, missing, blanks, numbers)


def load(
    path: str, target: str | None = None, problem: str | None = None, missing: str = "mean", exclude=()
) -> Imported:
    """Inputs (one-hot text columns, numbers as they are) and the target column."""
    table = read(path)
    name = path
    weighted = [h for h in table.header if h.lower() == WEIGHTS]
    if len(weighted) > 1:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "csv_import", "{name}: two columns hold sample weights ({columns}): rename or remove one"
                ),
                name=name,
                columns=", ".join(weighted),
            )
        )
    target = target or next(h for h in reversed(table.header) if h not in weighted)
    if target not in table.header:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("csv_import", "{name} has no column {target!r}; its columns are {columns}"),
                name=name,
                target=target,
                columns=", ".join(table.header),
            )
        )
    if target in weighted:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "csv_import",
                    "{name}: the column {target!r} holds sample weights (Keras's sample_weight), so it cannot be the "
                    "target: choose another target, or rename the column to predict it",
                ),
                name=name,
                target=target,
            )
        )
    if missing not in MISSING:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("csv_import", "missing values: choose one of {choices}, not {missing!r}"),
                choices=", ".join(MISSING),
                missing=missing,
            )
        )
    problem = problem or table.guess_problem(target)
    notes = []
    t = table.header.index(target)
    rows = np.flatnonzero(~table.blanks[t])  # the rows kept, by their index in table.rows
    dropped = np.flatnonzero(table.blanks[t])
    if len(dropped):
        notes.append(
            note(
                QT_TRANSLATE_NOOP("imported", "{n} row(s) without a {target} value left out (first: row {row})"),
                n=len(dropped),
                target=target,
                row=int(dropped[0]) + 2,
            )
        )
    unknown = [c for c in exclude if c not in table.header]
    if unknown:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("csv_import", "{name} has no column {column!r} to leave out"),
                name=name,
                column=unknown[0],
            )
        )
    ids = [h for h in table.identifiers(target) if h not in weighted]
    if ids:
        notes.append(
            note(
                QT_TRANSLATE_NOOP(
                    "imported", "left out {columns}: over {n} different texts, a name rather than a category"
                ),
                columns=", ".join(ids),
                n=MAX_CATEGORIES,
            )
        )
    inputs = [i for i, h in enumerate(table.header) if i != t and h not in exclude and h not in ids + weighted]
    if not inputs:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("csv_import", "{name}: no input columns are left besides the target {target!r}"),
                name=name,
                target=target,
            )
        )
    if missing == "drop":
        gaps = np.any([table.blanks[i][rows] for i in inputs], axis=0)
        keep = rows[~gaps]
        if len(keep) < len(rows):
            notes.append(note(QT_TRANSLATE_NOOP("imported", "{n} row(s) with a gap left out"), n=len(rows) - len(keep)))
        if len(keep) < 2:
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "csv_import", "{name}: every row has a gap in some input column: fill the gaps instead"
                    ),
                    name=name,
                )
            )
        rows = keep
    empty = [table.header[i] for i in inputs if table.blanks[i][rows].all()]
    if empty:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "csv_import", "{name}: column {column!r} is empty in every row that has a {target}: leave it out"
                ),
                name=name,
                column=empty[0],
                target=target,
            )
        )
    x, names, filled, recipe = _inputs(table, rows, inputs, missing)
    if filled:
        notes.append(
            note(
                QT_TRANSLATE_NOOP("imported", "gaps filled ({how}): {columns}"),
                how=note(MISSING_LABELS[missing]),
                columns=", ".join(f"{h} {n}" for h, n in filled),
            )
        )
    targets = [table.rows[r][t] for r in rows]
    y, classes = _target(table, target, targets, problem, name, rows)
    w = None
    if weighted and weighted[0] not in exclude:
        w = _weights(table, rows, weighted[0], name)
        notes.append(weights_note(w))
    problem = problem_for(classes) if classes else "regression"
    return Imported(x, y, problem, classes, tuple(names), notes, sample_weight=w, columns=recipe)


def _inputs(table: Table, rows, inputs, missing):
    """(x, its column names, the columns with gaps and how many, `Column`s: how each input became x)."""
    from sklearn.impute import SimpleImputer
    from sklearn.preprocessing import OneHotEncoder

    columns, names, filled, recipe = [], [], [], []
    for i in inputs:
        header = table.header[i]
        gaps = int(table.blanks[i][rows].sum())
        if gaps:
            filled.append((header, gaps))
        # Fitted on a column without gaps too: its value is what a saved model gives a blank cell.
        if table.numeric[i]:
            col = table.numbers[i][rows].reshape(-1, 1)
            imputer = SimpleImputer(strategy=missing if missing != "drop" else "mean").fit(col)
            if gaps:
                col = imputer.transform(col)
            columns.append(col)
            names.append(header)
            fill = None if missing == "drop" else float(np.float32(imputer.statistics_[0]))
            recipe.append(Column(header, fill, gaps=gaps))
        else:
            values = [table.rows[r][i] for r in rows]
            col = np.array([[None if _blank(v) else v] for v in values], object)
            imputer = SimpleImputer(strategy="most_frequent", missing_values=None).fit(col)
            if gaps:
                col = imputer.transform(col)
            encoder = OneHotEncoder(sparse_output=False, dtype=np.float32)
            columns.append(encoder.fit_transform(col.astype(str)))
            categories = tuple(str(c) for c in encoder.categories_[0])
            names += [f"{header}={c}" for c in categories]
            fill = None if missing == "drop" else str(imputer.statistics_[0])
            recipe.append(Column(header, fill, categories, gaps))
    return np.concatenate(columns, axis=1).astype(np.float32), names, filled, tuple(recipe)


def _target(table: Table, target: str, values: list[str], problem: str, name: str, rows: np.ndarray):
    numeric = table.numeric[table.header.index(target)]
    if problem == "regression":
        if not numeric:
            bad = next(v for v in values if _number(v) is None)
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "csv_import",
                        "{name}: the target {target!r} holds text ({bad!r}): regression needs numbers; "
                        "choose classification",
                    ),
                    name=name,
                    target=target,
                    bad=bad,
                )
            )
        return table.numbers[table.header.index(target)][rows].astype(np.float32), ()
    if problem not in ("classification", "multiclass"):
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "csv_import", "problem must be classification, multiclass or regression, not {problem!r}"
                ),
                problem=problem,
            )
        )
    labels = table.numbers[table.header.index(target)][rows] if numeric else np.array(values)
    what = Message(QT_TRANSLATE_NOOP("csv_import", "{name}: the target {target!r}"), name=name, target=target)
    y, classes = class_labels(labels, what)
    return y, classes


def _weights(table: Table, rows, column: str, name: str) -> np.ndarray:
    """The weights of the rows kept; a cell that is not a weight is reported by its row in the file."""
    i = table.header.index(column)
    values = []
    for r in rows:
        row = table.rows[r]
        value = None if _blank(row[i]) else _number(row[i])
        if value is None or value < 0:
            if _blank(row[i]):
                what = Message(QT_TRANSLATE_NOOP("csv_import", "no weight"))
            else:
                what = Message(QT_TRANSLATE_NOOP("csv_import", "{value!r} is not a weight"), value=row[i])
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "csv_import",
                        "{name}, row {row}: {what} in column {column!r}; give every row a number 0 or more "
                        "(0 leaves the row out of training)",
                    ),
                    name=name,
                    row=r + 2,
                    what=what,
                    column=column,
                )
            )
        values.append(value)
    where = Message(QT_TRANSLATE_NOOP("csv_import", "{name}: column {column!r}"), name=name, column=column)
    return check_weights(np.array(values), len(rows), where)


def _refuse_infinite(name: str, column: str, values: list[str]) -> None:
    """A column of numbers with an infinite one in it is a mistake, not text: name its row (a
    non-finite number would otherwise make the column a category, or a target of many classes)."""
    blank, numbers = _converted(values)
    if numbers is None:
        return  # a text column
    infinite = np.flatnonzero(~np.isfinite(numbers) & ~blank)
    if infinite.size:
        row = int(infinite[0])
        wrong = QT_TRANSLATE_NOOP(
            "csv_import", "{name}, row {row}: column {column!r} holds {value!r}, not a finite number; fix that cell"
        )
        raise ImportFailed(Message(wrong, name=name, row=row + 2, column=column, value=values[row]))


def _broken(name: str, line: int, error: csv.Error) -> Message:
    """What the csv module's complaint means for the table, said in the window's language."""
    if "field larger than field limit" in str(error):
        text = QT_TRANSLATE_NOOP(
            "csv_import",
            "{name}, line {line}: a cell of more than {limit} characters. Look for a quote mark that "
            "opens a cell and never closes it: the rest of the file became one cell",
        )
        return Message(text, name=name, line=line, limit=f"{csv.field_size_limit():,}")
    text = QT_TRANSLATE_NOOP(
        "csv_import", "{name}, line {line}: the quote marks of this line do not pair up ({reason}); fix the line"
    )
    return Message(text, name=name, line=line, reason=str(error))


def _refuse_too_many_cells(name: str, text: str, dialect) -> None:
    """Refuses a table too big to hold as text cells, from its line count and its first row's
    width — before the rows are parsed, which is what would take the memory."""
    try:
        width = len(next(csv.reader(io.StringIO(text[: 2**20]), dialect), []))
    except csv.Error:
        return  # the full parse names the line
    lines = text.count("\n") + (not text.endswith("\n"))
    if (lines - 1) * width > MAX_CELLS:
        too_big = QT_TRANSLATE_NOOP(
            "csv_import",
            "{name} has {rows} rows of {columns} values; the playground reads at most {most} values: "
            "use a sample of its rows",
        )
        raise ImportFailed(Message(too_big, name=name, rows=lines - 1, columns=width, most=f"{MAX_CELLS:,}"))


def _parse(values: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
    """A column's blank cells (a mask) and, when every other cell is a finite number, its numbers
    (NaN where blank); None for a text column."""
    blank, numbers = _converted(values)
    if numbers is None or not np.isfinite(numbers[~blank]).all():
        return blank, None
    return blank, numbers


def _converted(values: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
    """A column's blank cells (a mask) and its numbers as written (NaN where blank, infinities
    and NaN as written), or None when a cell is not a number. NumPy converts the column at once
    (it reads numbers as Python's float does)."""
    cells = np.array(values, dtype=str)
    blank = np.isin(np.char.lower(cells), _BLANK_CELLS)
    numbers = np.full(len(values), np.nan)
    try:
        numbers[~blank] = cells[~blank].astype(np.float64)
    except ValueError:
        return blank, None
    return blank, numbers


def _blank(value: str) -> bool:
    return value.strip().lower() in BLANKS


def _number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if np.isfinite(number) else None
