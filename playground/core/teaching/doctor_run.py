"""The history of a run as the training doctor's rules read it: its columns as float arrays, recent
windows of epochs, how far it is from chance and how much its loss still falls.

A long run is read in bounded time (the worker asks every two seconds, at epoch 1,000,000 too): the
first epoch and the last EXACT epochs one by one, the epochs between as the means of at most
OLD_BUCKETS buckets, each standing at its first epoch.

Every rule on the curves (`doctor_learning`, `doctor_fitting`) and the verdict (`doctor`) read a run
through the `Run` here, so they all mean the same by "recent", "poor" and "flat".
"""

from __future__ import annotations

import math

import numpy as np

from playground.core.runs.epoch_history import as_history

MIN_EPOCHS = 20  # the curve rules wait for this many epochs
MIN_WINDOW, MAX_WINDOW, WINDOW_SHARE = 5, 50, 0.2  # "recent": the last 20 % of the epochs, 5 to 50 of them

# Accuracy is measured as the share of the way from chance (1 / classes) to 100 %.
POOR = 0.7  # below this share: poor (binary: under 85 %; ten classes: under 73 %)
# Regression and autoencoders have no chance level: a loss above this share of the first epoch's is poor.
POOR_LOSS = {"regression": 0.3, "reconstruction": 0.6}
FLAT = 0.02  # the loss changed less than 2 % between the last two windows: it has plateaued
SMOOTH = 5  # epochs in the running median that finds the validation loss's lowest point
EXACT = 20_000  # the last epochs read one by one
OLD_BUCKETS = 2_000  # the epochs before them, read as the means of at most this many buckets


class Run:
    """The columns of a history the rules read, as float arrays (NaN where a row lacks one).

    `rows`: dicts, or a History's `rows`. `n` is the number of epochs; the arrays and `epochs` have
    one entry per epoch for up to EXACT + 1 epochs, fewer for a longer run (see the module's text).
    """

    def __init__(self, rows: list[dict], problem: str, classes: int):
        history = as_history(rows)
        self.n = len(history)
        self.problem = problem
        epochs = np.array(history.column("epoch"), float) if history.has("epoch") else np.full(self.n, np.nan)
        epochs = np.where(np.isfinite(epochs), epochs, np.arange(1, self.n + 1))
        self.epochs = [int(e) for e in _read(epochs, first=True)]
        self.loss = column(history, "loss")
        self.val_loss = column(history, "val_loss")
        labelled = problem in ("classification", "multiclass")
        self.acc = column(history, "accuracy") if labelled else None
        self.val_acc = column(history, "val_accuracy") if labelled else None
        self.chance = 1.0 / max(int(classes), 2) if labelled else math.nan
        self.window = int(min(MAX_WINDOW, max(MIN_WINDOW, self.n * WINDOW_SHARE)))

    @property
    def last_epoch(self) -> int:
        return self.epochs[-1] if self.epochs else 0

    def recent(self, values: np.ndarray, window: int | None = None) -> np.ndarray:
        return values[-(window or self.window) :]

    def progress(self, accuracy: float) -> float:
        """The share of the way from chance to 100 % an accuracy has come."""
        return (accuracy - self.chance) / (1.0 - self.chance)

    def poor_accuracy(self) -> float:
        return self.chance + POOR * (1.0 - self.chance)

    def fits(self) -> bool:
        """The model fits its training data well by now (MIN_EPOCHS read): what a layer looks like
        then matters less."""
        if self.n < MIN_EPOCHS:
            return False
        if self.acc is not None:
            return mean(self.recent(self.acc)) >= self.poor_accuracy()
        share = POOR_LOSS.get(self.problem, POOR_LOSS["regression"])
        return median(self.recent(self.loss)) < share * self.loss[0]


def column(rows, key: str) -> np.ndarray | None:
    """Column `key` of a history (or its rows, or a list of dicts) as the rules read it; None when
    no row has it."""
    history = as_history(rows)
    if not history.has(key):
        return None
    return _read(history.column(key))


def _read(values: np.ndarray, first: bool = False) -> np.ndarray:
    """Every value of a column, or of a long one its first value, bucket means (`first`: each
    bucket's first value) and its last EXACT values, as float64."""
    older = len(values) - 1 - EXACT
    if older < 2 * OLD_BUCKETS:
        return np.array(values, float)
    size = -(-older // OLD_BUCKETS)
    end = 1 + (older // size) * size
    body = values[1:end:size] if first else values[1:end].reshape(-1, size).mean(axis=1, dtype=float)
    return np.concatenate([np.array(values[:1], float), np.asarray(body, float), np.array(values[end:], float)])


def median(values: np.ndarray) -> float:
    finite = values[np.isfinite(values)]
    return float(np.median(finite)) if finite.size else math.nan


def rolling_median(values: np.ndarray, half: int) -> np.ndarray:
    """The median of the finite values in values[i - half : i + half + 1] for every i (NaN where
    there are none) — vectorised: the doctor runs on the GUI thread, over runs of 10,000+ epochs."""
    finite = np.where(np.isfinite(values), values, np.nan)
    padded = np.concatenate([np.full(half, np.nan), finite, np.full(half, np.nan)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1)
    out = np.full(len(values), np.nan)
    some = np.isfinite(windows).any(axis=1)
    out[some] = np.nanmedian(windows[some], axis=1)
    return out


def mean(values: np.ndarray) -> float:
    finite = values[np.isfinite(values)]
    return float(np.mean(finite)) if finite.size else math.nan


def fall(run: Run, values: np.ndarray) -> float:
    """How much a loss fell from the window before the last to the last one, relative to its
    level (≤ 0 when it did not fall; compare with FLAT)."""
    w = min(run.window, run.n // 2)
    before, now = median(values[-2 * w : -w]), median(values[-w:])
    return (before - now) / before if before > 0 else 0.0
