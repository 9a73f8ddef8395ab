"""Reading the JSON of a user's file (an experiment, a lesson, kept runs, an autosave) within limits.

Python's `json` reads anything: a 5,000-digit integer raises a bare ValueError, JSON nested
100,000 deep a RecursionError, and a structure nested 900 deep parses but then overflows the stack
of whatever walks it recursively (`copy.deepcopy`, the checks). Every reader of a user's JSON goes
through `loads`/`read`, which refuse such a file with an `ExperimentError` that says what is wrong,
before any other code sees the data. The limits are far above what any playground file holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playground.core.errors import ExperimentError
from playground.core.i18n import QT_TRANSLATE_NOOP, Message

MAX_DEPTH = 100  # lists and objects inside each other; an experiment nests about 10, an autosave about 15
MAX_DIGITS = 4300  # Python's own limit for turning digits into an int (sys.get_int_max_str_digits)
EXPERIMENT_MB = 20  # an experiment is a few kB; a lesson likewise
RUNS_MB = 500  # kept runs carry every epoch's row


def read(path: str | Path, most_mb: float = EXPERIMENT_MB, field: str = "(file)") -> Any:
    """The JSON data of the file at `path` (UTF-8, a leading byte-order mark allowed), checked as
    `loads` checks it; the size is checked before the file is read.

    Raises:
        ExperimentError: the file cannot be read, is too large, is not UTF-8 or not valid JSON, or
            goes beyond a limit.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        _check_size(size, most_mb, field)
        raw = path.read_bytes()
    except OSError as exc:
        raise ExperimentError(
            field, Message(QT_TRANSLATE_NOOP("experiment", "cannot be read: {error}"), error=str(exc))
        ) from None
    try:
        text = raw.decode("utf-8-sig")  # Windows' Notepad starts UTF-8 files with a byte-order mark
    except UnicodeDecodeError as exc:
        raise ExperimentError(
            field,
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "is not UTF-8 text (byte {byte} cannot be read): save it again as UTF-8"
                ),
                byte=exc.start,
            ),
        ) from None
    return loads(text, most_mb, field)


def loads(text: str | bytes, most_mb: float = EXPERIMENT_MB, field: str = "(file)") -> Any:
    """`json.loads(text)`, refusing text over `most_mb` megabytes, a number with more than
    MAX_DIGITS digits and nesting deeper than MAX_DEPTH, with an ExperimentError naming the problem."""
    _check_size(len(text), most_mb, field)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExperimentError(
            field,
            Message(
                QT_TRANSLATE_NOOP("experiment", "is not valid JSON: {error} at line {line}, column {column}"),
                error=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            ),
        ) from None
    except RecursionError:  # the parser's own stack: far deeper than MAX_DEPTH
        raise _too_deep(field) from None
    except ValueError as exc:  # json's only other ValueError: an int beyond Python's digit limit
        if "digits" not in str(exc):
            raise
        raise ExperimentError(
            field,
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "holds a number with more than {digits} digits; no setting takes such a number"
                ),
                digits=f"{MAX_DIGITS:,}",
            ),
        ) from None
    if depth(data) > MAX_DEPTH:
        raise _too_deep(field)
    return data


def depth(data: Any) -> int:
    """How many lists and objects are nested in `data` (0 for a plain value), counted without
    recursion so that no depth can overflow the stack."""
    deepest = 0
    stack = [(data, 1)] if isinstance(data, (dict, list)) else []
    while stack:
        value, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break  # deep enough to refuse: the rest need not be walked
        items = value.values() if isinstance(value, dict) else value
        stack.extend((item, level + 1) for item in items if isinstance(item, (dict, list)))
    return deepest


def _too_deep(field: str) -> ExperimentError:
    return ExperimentError(
        field,
        Message(
            QT_TRANSLATE_NOOP(
                "experiment",
                "is nested deeper than {levels} levels of lists and objects; no playground file is: it is "
                "damaged or not a playground file",
            ),
            levels=MAX_DEPTH,
        ),
    )


def _check_size(size: int, most_mb: float, field: str) -> None:
    if size > most_mb * 1e6:
        raise ExperimentError(
            field,
            Message(
                QT_TRANSLATE_NOOP("experiment", "is {size:.0f} MB; a file of this kind holds at most {most:g} MB"),
                size=size / 1e6,
                most=most_mb,
            ),
        )
