"""Data drawn by hand on the plane: the `source` of an experiment whose dataset is "drawn".

The points live in the experiment file, so a drawing is saved, reopened, undone and exported like
any setting: `{"kind": "drawn", "problem": "classification", "points": [[x1, x2, label], ...]}`,
labels 0 or 1 for two classes; `"problem": "multiclass", "classes": 4` for three to six classes
(labels 0 to 3 here); or values from -1 to 1 for regression. Here are the checks of that
source, the arrays it gives, the edits a pen makes (add, erase near, move), and whether a drawing
can be trained on yet (every class drawn for has points, a point left for testing).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from playground.core.data.imported import ImportFailed
from playground.core.errors import ExperimentError, names, reject_unknown
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.numbers import is_int, is_number

DRAWN = "drawn"  # the dataset name of drawn data
KIND = "drawn"
PROBLEMS = ("classification", "multiclass", "regression")  # two classes, 3–6 classes, or a value per point
MAX_CLASSES = 6  # as many as a student tells apart by colour on the plane
MAX_POINTS = 10_000  # a classroom's drawing is hundreds; the file and the split stay quick
LIMIT = 6.0  # points lie on the plane the views show, [-6, 6]²
DIGITS = 3  # a point's coordinates as saved: a pixel of the view is about 0.02
SOURCE_KEYS = ("kind", "problem", "classes", "points")
FIELD = "data.source.points"


class NotReady(ImportFailed):
    """The drawing cannot be trained on yet; the message (a `Message`) says what to draw. Where
    data that cannot be read is reported (the window, the command line), so is this."""


def new_source(problem: str, points: list | None = None, classes: int = 0) -> dict:
    """The `source` of a drawing: its problem and points (copied). `classes`: how many classes a
    "multiclass" drawing is drawn for (two classes and regression keep the old form, without it)."""
    source = {"kind": KIND, "problem": problem, "points": [list(p) for p in points or []]}
    if problem == "multiclass":
        source["classes"] = int(classes)
    return source


def problem_for(classes: int) -> str:
    """The problem of a drawing of `classes` classes: two is "classification", more "multiclass"."""
    return "classification" if classes <= 2 else "multiclass"


def class_count(source: dict) -> int:
    """How many classes the drawing is drawn for: 2, 3 to `MAX_CLASSES`, or 0 (regression)."""
    problem = source.get("problem", "classification")
    if problem == "regression":
        return 0
    return int(source.get("classes", 2)) if problem == "multiclass" else 2


def class_names(source: dict) -> tuple[str, ...]:
    """The classes' names, "0", "1", …; none for regression."""
    return tuple(str(i) for i in range(class_count(source)))


def point(x1: float, x2: float, label: float) -> list[float]:
    """A point as the file keeps it: coordinates inside the plane, rounded; the label as given."""
    x1, x2 = (round(min(LIMIT, max(-LIMIT, float(v))), DIGITS) for v in (x1, x2))
    return [x1, x2, float(label)]


def arrays(source: dict) -> tuple[np.ndarray, np.ndarray]:
    """(x float64 (n, 2), y float32 (n,)): the points and their labels, in drawing order."""
    table = np.asarray(source.get("points", []), dtype=np.float64).reshape(-1, 3)
    return table[:, :2].copy(), table[:, 2].astype(np.float32)


def from_arrays(problem: str, x: np.ndarray, y: np.ndarray, classes: int = 0) -> tuple[dict, int]:
    """A drawing made of a generated set's points (at most `MAX_POINTS` of them, the first);
    returns (source, how many points were left out). `classes`: how many classes a multiclass
    drawing is for (labels beyond are kept as the last class)."""
    kept = min(len(y), MAX_POINTS)
    labels = np.asarray(y, dtype=float).ravel()
    if problem == "classification":
        labels = (labels > 0.5).astype(float)
    elif problem == "multiclass":
        labels = np.clip(np.round(labels), 0, max(classes, 3) - 1)
    else:
        labels = np.clip(labels, -1, 1)
    points = [point(a, b, round(float(c), DIGITS)) for (a, b), c in zip(x[:kept], labels[:kept], strict=True)]
    return new_source(problem, points, classes), len(y) - kept


def erase_near(points: list, x1: float, x2: float, radius: float) -> list:
    """The points farther than `radius` from (x1, x2)."""
    return [p for p in points if math.hypot(p[0] - x1, p[1] - x2) > radius]


def nearest(points: list, x1: float, x2: float, radius: float) -> int | None:
    """The index of the point nearest (x1, x2) within `radius`, or None."""
    if not points:
        return None
    table = np.asarray(points, dtype=float)[:, :2]
    distances = np.hypot(table[:, 0] - x1, table[:, 1] - x2)
    i = int(np.argmin(distances))
    return i if distances[i] <= radius else None


def grid_value(grid: np.ndarray, x1: float, x2: float) -> float:
    """The value of an output grid at (x1, x2), interpolated between its four nearest cells. The
    grid is `datasets.grid`'s: rows from the top (x2 = +6) down, columns from x1 = -6, the edges
    on ±6."""
    rows, cols = grid.shape
    c = (min(LIMIT, max(-LIMIT, x1)) + LIMIT) / (2 * LIMIT) * (cols - 1)
    r = (LIMIT - min(LIMIT, max(-LIMIT, x2))) / (2 * LIMIT) * (rows - 1)
    c0, r0 = min(int(c), cols - 2), min(int(r), rows - 2)
    fc, fr = c - c0, r - r0
    top = grid[r0, c0] * (1 - fc) + grid[r0, c0 + 1] * fc
    bottom = grid[r0 + 1, c0] * (1 - fc) + grid[r0 + 1, c0 + 1] * fc
    return float(top * (1 - fr) + bottom * fr)


def validate_source(source: Any) -> None:
    """The drawing's description: its kind, problem and a list of at most `MAX_POINTS` points
    [x1, x2, label] inside the plane, with labels the problem takes."""
    if not isinstance(source, dict):
        raise ExperimentError(
            "data.source",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", 'must look like {"kind": "drawn", "problem": "classification", "points": [[1, 2, 0]]}'
                )
            ),
        )
    reject_unknown("data.source.", source, set(SOURCE_KEYS))
    if source.get("kind") != KIND:
        raise ExperimentError(
            "data.source.kind",
            Message(
                QT_TRANSLATE_NOOP("experiment", 'drawn data must say "kind": "drawn", got {got}'),
                got=repr(source.get("kind")),
            ),
        )
    problem = source.get("problem")
    if problem not in PROBLEMS:
        raise ExperimentError(
            "data.source.problem",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be one of {choices}, got {got}"),
                choices=names(PROBLEMS),
                got=repr(problem),
            ),
        )
    _check_classes(source)
    points = source.get("points")
    if not isinstance(points, list):
        raise ExperimentError(
            FIELD,
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a list of points [x1, x2, label], got {got}"),
                got=_short(points),
            ),
        )
    if len(points) > MAX_POINTS:
        raise ExperimentError(
            FIELD,
            Message(
                QT_TRANSLATE_NOOP("experiment", "holds {n} points; a drawing keeps at most {most}: erase some"),
                n=len(points),
                most=MAX_POINTS,
            ),
        )
    classes = class_count(source)
    for i, p in enumerate(points):
        _check_point(f"{FIELD}[{i}]", p, problem, classes)


def _check_classes(source: dict) -> None:
    """A multiclass drawing says for how many classes (3 to `MAX_CLASSES`); the others say nothing."""
    if source["problem"] != "multiclass":
        if "classes" in source:
            raise ExperimentError(
                "data.source.classes",
                Message(QT_TRANSLATE_NOOP("experiment", 'only a "multiclass" drawing says how many classes it has')),
            )
        return
    classes = source.get("classes")
    if not is_int(classes) or not 3 <= classes <= MAX_CLASSES:
        raise ExperimentError(
            "data.source.classes",
            Message(
                QT_TRANSLATE_NOOP("experiment", "a multiclass drawing has {low} to {high} classes, got {got}"),
                low=3,
                high=MAX_CLASSES,
                got=repr(classes),
            ),
        )


def _check_point(field: str, p: Any, problem: str, classes: int) -> None:
    if not isinstance(p, list) or len(p) != 3 or not all(is_number(v) and math.isfinite(v) for v in p):
        raise ExperimentError(
            field,
            Message(QT_TRANSLATE_NOOP("experiment", "must be three numbers [x1, x2, label], got {got}"), got=_short(p)),
        )
    if abs(p[0]) > LIMIT or abs(p[1]) > LIMIT:
        raise ExperimentError(
            field,
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "lies outside the plane: x1 and x2 must be from {low} to {high}, got {got}"
                ),
                low=-LIMIT,
                high=LIMIT,
                got=_short(p),
            ),
        )
    if problem == "classification" and p[2] not in (0, 1):
        raise ExperimentError(
            field, Message(QT_TRANSLATE_NOOP("experiment", "a class must be 0 or 1, got {got}"), got=repr(p[2]))
        )
    if problem == "multiclass" and p[2] not in range(classes):
        raise ExperimentError(
            field,
            Message(
                QT_TRANSLATE_NOOP("experiment", "a class must be a whole number from 0 to {last}, got {got}"),
                last=classes - 1,
                got=repr(p[2]),
            ),
        )
    if problem == "regression" and not -1 <= p[2] <= 1:
        raise ExperimentError(
            field, Message(QT_TRANSLATE_NOOP("experiment", "a value must be from -1 to 1, got {got}"), got=repr(p[2]))
        )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def check_enough(source: dict) -> None:
    """Raises `NotReady` saying what to draw when the drawing cannot be split and trained on:
    fewer than two points, or a class drawn for without a point."""
    x, y = arrays(source)
    if len(y) < 2:
        raise NotReady(
            Message(
                QT_TRANSLATE_NOOP(
                    "datasets", "the drawing has {n} points: draw at least a few on the plane (click or drag)"
                ),
                n=len(y),
            )
        )
    if source.get("problem") == "classification":
        present = sorted({int(v) for v in y})
        if len(present) < 2:
            raise NotReady(
                Message(
                    QT_TRANSLATE_NOOP(
                        "datasets", "every drawn point is of class {has}: draw some points of class {missing} too"
                    ),
                    has=present[0],
                    missing=1 - present[0],
                )
            )
    elif source.get("problem") == "multiclass":
        classes = class_count(source)
        missing = sorted(set(range(classes)) - {int(v) for v in y})
        if missing:
            raise NotReady(
                Message(
                    QT_TRANSLATE_NOOP(
                        "datasets",
                        "the drawing is for {n} classes, but no point is of class {missing} yet: "
                        "draw some of each class, or choose fewer classes",
                    ),
                    n=classes,
                    missing=", ".join(str(c) for c in missing),
                )
            )


def splits(n: int, holdout: float) -> bool:
    """Whether `n` points split into training and test parts once the held-out part is taken
    (`preprocessing.split` keeps one test row whenever two rows are left)."""
    held = int(round(n * holdout)) if holdout else 0
    return n - held >= 2


def check_split(n: int, train_fraction: float, holdout: float) -> None:
    """Raises `NotReady` when the split would leave no point to test on."""
    if not splits(n, holdout):
        raise NotReady(
            Message(
                QT_TRANSLATE_NOOP(
                    "datasets",
                    "the split leaves no test points ({n} drawn, {percent} % held out): "
                    "draw more points, or hold out less",
                ),
                n=n,
                percent=round(holdout * 100),
            )
        )


def script_lines(source: dict) -> list[str]:
    """The drawing in an exported script: the points written out, then x and y as the playground
    makes them (float64 points, float32 labels)."""
    rows = [f"[{p[0]!r}, {p[1]!r}, {float(p[2])!r}]," for p in source.get("points", [])]
    lines = ["# The points drawn by hand in the playground: x1, x2 and the label of each.", "points = np.array(["]
    for start in range(0, len(rows), 4):
        lines.append("    " + " ".join(rows[start : start + 4]))
    lines += ["], dtype=np.float64).reshape(-1, 3)", "x, y = points[:, :2].copy(), points[:, 2].astype(np.float32)"]
    return lines
