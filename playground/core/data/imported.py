"""What every reader of the user's files returns and shares: the arrays (`Imported`), the one
error (`ImportFailed`), class labels, sample weights and the notes on what was done to the data.
The readers are csv_import, image_import and npz_import; `user_files.load` picks one.

A file may also give per-sample weights (Keras's `fit(sample_weight=...)`): an array or column
named `sample_weight`; see `check_weights`.

Every reader either returns complete arrays or raises `ImportFailed` with a message that names the
file, row, column or array that is wrong and what to do; nothing is ever half-loaded. The message is
a `core.i18n.Message` (its English text as a str), so the window can show it translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message

KINDS = ("csv", "images", "npz")
MAX_CLASSES = 50  # more distinct labels than this is a regression target or an identifier


class ImportFailed(ValueError):
    """The file cannot be used; the message (a `core.i18n.Message`) says where and how to fix it."""


@dataclass(frozen=True)
class Column:
    """One input column of a table as the file has it, and how it became x's columns — what a
    saved model repeats to take the file's rows as they are (`training.files.raw_layers`).

    fill: what a blank cell becomes (the imputer's value, found for a column without gaps too;
        None where rows with a gap are left out).
    categories: a text column's values, one 0/1 column of x each, in this order; None for a
        number column, which is one column of x.
    gaps: the blank cells the import filled in this column.
    """

    name: str
    fill: float | str | None
    categories: tuple[str, ...] | None = None
    gaps: int = 0


@dataclass
class Imported:
    """Inputs and targets read from a file.

    x: (n, features) table rows, (n, h, w, c) images in [0, 1], or (n, time, features) sequences.
    y: (n,) class numbers (classification) or values (regression), float32.
    sample_weight: (n,) float32 weights for training (Keras's `sample_weight`: the loss of each
        sample times its weight, 0 leaves a sample out), or None when the file gives none.
    """

    x: np.ndarray
    y: np.ndarray
    problem: str  # classification (two classes), multiclass or regression
    classes: tuple[str, ...] = ()
    feature_names: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)  # what was done to the data on the way in
    sample_weight: np.ndarray | None = None
    columns: tuple[Column, ...] = ()  # a table's input columns as the file has them, in x's order

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(int(d) for d in self.x.shape[1:])


def class_labels(values: np.ndarray, what: str) -> tuple[np.ndarray, tuple[str, ...]]:
    """Class numbers 0..k-1 for the labels in `values` (sorted, numbers numerically) and the names.
    `what` names the labels for a message ("data.csv: the target 'label'"), a Message or a file's name."""
    names, y = np.unique(values, return_inverse=True)
    if len(names) < 2:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("imported", "{what} has only one class ({label}): a classifier needs two"),
                what=what,
                label=str(names[0]) if len(names) else no_names(),
            )
        )
    if len(names) > MAX_CLASSES:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "imported",
                    "{what} has {n} different values: classification takes at most {most} classes; "
                    "choose regression, or another target",
                ),
                what=what,
                n=len(names),
                most=MAX_CLASSES,
            )
        )
    return y.astype(np.float32), tuple(_name(n) for n in names)


def check_weights(w, n: int, name: str, part: bool = False) -> np.ndarray:
    """Per-sample weights as float32 (n,), or ImportFailed saying what to fix: they must be numbers,
    one per sample, finite, not negative and not all 0.

    Args:
        w: the weights as read.
        n: the number of samples.
        name: where they come from, for the message ("data.npz: sample_weight"; a Message if it has words).
        part: `w` is one part of the set (x_test's weights, say), which may be all 0.
    """
    w = np.asarray(w)
    if w.dtype.kind not in "biuf":
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("imported", "{name} holds {dtype} values; sample weights must be numbers"),
                name=name,
                dtype=str(w.dtype),
            )
        )
    if w.ndim != 1 or len(w) != n:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "imported", "{name} has shape {shape}; give one weight per sample: {n} numbers in a 1-D array"
                ),
                name=name,
                shape=str(w.shape),
                n=n,
            )
        )
    w = w.astype(np.float64)
    bad = ~np.isfinite(w)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "imported", "{name} is missing or infinite at sample {first}: give every sample a finite weight"
                ),
                name=name,
                first=first,
            )
        )
    if (w < 0).any():
        first = int(np.flatnonzero(w < 0)[0])
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "imported", "{name} is negative at sample {first} ({weight:g}): weights must be 0 or more"
                ),
                name=name,
                first=first,
                weight=float(w[first]),
            )
        )
    if not part and not (w > 0).any():
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "imported", "{name} is 0 for every sample, so nothing would be learned: give some samples a weight"
                ),
                name=name,
            )
        )
    return w.astype(np.float32)


def note(template: str, **values) -> Message:
    """A note on what reading did to the data: English text that the window can show translated
    (the template marked with QT_TRANSLATE_NOOP("imported", ...)). Error messages are Messages too,
    each under its own module's context."""
    return Message.of("imported", template, **values)


def weights_note(w: np.ndarray) -> Message:
    """What the notes say about the weights read."""
    return note(
        QT_TRANSLATE_NOOP(
            "imported", "sample_weight: weights {low} to {high} used in training (Keras's sample_weight)"
        ),
        low=f"{float(w.min()):g}",
        high=f"{float(w.max()):g}",
    )


def guess_problem(values: np.ndarray) -> str:
    """Classification when the labels are text or a few whole numbers; regression otherwise."""
    distinct = len(np.unique(values))
    if values.dtype.kind != "U":
        numbers = values.astype(np.float64)
        few = distinct <= min(MAX_CLASSES, max(2, len(values) // 5))
        if not (few and np.all(numbers == np.round(numbers))):
            return "regression"
    return "classification" if distinct <= 2 else "multiclass"


def problem_for(classes: tuple[str, ...]) -> str:
    return "classification" if len(classes) == 2 else "multiclass"


def _name(value) -> str:
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


def no_names() -> Message:
    """The word for no classes at all, in a message."""
    return Message(QT_TRANSLATE_NOOP("imported", "none"))
