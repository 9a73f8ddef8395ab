"""Before training: the split (shuffled or not, stratified or not, with an optional held-out test
set), input scaling fitted on the training rows only, class counts and balanced class weights.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message

SCALINGS = ("auto", "none", "standardise", "minmax", "pixel_mean", "channel_mean")
# Shown in the data panel, translated there with translate("preprocessing", label).
SCALING_LABELS = {
    "auto": QT_TRANSLATE_NOOP("preprocessing", "as the dataset comes"),
    "none": QT_TRANSLATE_NOOP("preprocessing", "none"),
    "standardise": QT_TRANSLATE_NOOP("preprocessing", "standardise (mean 0, std 1 per feature)"),
    "minmax": QT_TRANSLATE_NOOP("preprocessing", "min-max to [0, 1]"),
    "pixel_mean": QT_TRANSLATE_NOOP("preprocessing", "subtract the mean image (per pixel)"),
    "channel_mean": QT_TRANSLATE_NOOP("preprocessing", "subtract the mean of each channel"),
}
IMBALANCE = 1.5  # largest class over smallest above this: class weights are worth offering


@dataclass
class Split:
    train: np.ndarray  # row numbers into the pool
    test: np.ndarray  # validation rows, evaluated every epoch (the curves' "test")
    holdout: np.ndarray  # kept aside; evaluated when training stops


def split(
    y: np.ndarray,
    classes: bool,
    train_fraction: float,
    holdout: float = 0.0,
    shuffle: bool = True,
    stratify: bool = True,
    seed: int = 0,
) -> Split:
    """Row numbers for each part. Without shuffling the parts are taken in file order, as
    `validation_split` does — so a file sorted by class splits badly, on purpose (see `warnings`)."""
    n = len(y)
    labels = np.asarray(y).ravel()
    rows = np.arange(n)
    n_hold = int(round(n * holdout)) if holdout else 0
    hold = np.zeros(0, int)
    if n_hold:
        rows, hold = _two(rows, labels, n - n_hold, classes and stratify, shuffle, seed)
    n_train = max(1, min(len(rows) - 1, round(len(rows) * train_fraction)))
    train, test = _two(rows, labels, n_train, classes and stratify, shuffle, seed + 1 if n_hold else seed)
    return Split(train, test, hold)


def _two(rows, labels, n_first, stratify, shuffle, seed):
    if not shuffle:
        return rows[:n_first], rows[n_first:]
    from sklearn.model_selection import train_test_split

    y = labels[rows]
    counts = np.unique(y, return_counts=True)[1] if stratify else np.zeros(0)
    fits = stratify and min(n_first, len(rows) - n_first) >= len(counts) and counts.min(initial=len(y)) >= 2
    first, second = train_test_split(rows, train_size=n_first, random_state=seed, stratify=y if fits else None)
    return first, second


def scale(kind: str, train: np.ndarray, *others: np.ndarray) -> list[np.ndarray]:
    """`train` and `others` scaled with statistics of `train` only: the test set must not leak."""
    if kind in ("auto", "none"):
        return [train, *others]
    axes = (0,) if kind != "channel_mean" else tuple(range(train.ndim - 1))
    if kind == "standardise":
        mean, std = train.mean(axis=0), train.std(axis=0)
        std = np.where(std > 1e-8, std, 1.0)
        fn = lambda a: (a - mean) / std  # noqa: E731
    elif kind == "minmax":
        low, high = train.min(axis=0), train.max(axis=0)
        span = np.where(high - low > 1e-8, high - low, 1.0)
        fn = lambda a: (a - low) / span  # noqa: E731
    else:
        mean = train.mean(axis=axes, keepdims=True)[0]
        fn = lambda a: a - mean  # noqa: E731
    return [fn(a).astype(np.float32) for a in (train, *others)]


def scaling_problem(kind: str, input_shape: tuple[int, ...], text: bool, plane: bool) -> str | None:
    """Why a scaling does not apply to these inputs, with what to choose instead; None if it does."""
    if kind not in SCALINGS:
        return Message(
            QT_TRANSLATE_NOOP("preprocessing", "unknown scaling {kind}; choose one of {known}"),
            kind=repr(kind),
            known=", ".join(SCALINGS),
        )
    if kind in ("auto", "none"):
        return None
    if plane:
        return Message(
            QT_TRANSLATE_NOOP(
                "preprocessing",
                "the plane's points are used as they are (the pictures are drawn in their coordinates): choose auto",
            )
        )
    if text:
        return Message(
            QT_TRANSLATE_NOOP("preprocessing", "text comes as word numbers, which are names, not amounts: choose auto")
        )
    if kind in ("pixel_mean", "channel_mean") and len(input_shape) != 3:
        return Message(
            QT_TRANSLATE_NOOP(
                "preprocessing", "{scaling} is for images: choose standardise or min-max for these inputs"
            ),
            scaling=Message(SCALING_LABELS[kind]),
        )
    return None


def class_counts(y: np.ndarray, n_classes: int) -> np.ndarray:
    return np.bincount(np.asarray(y).astype(int).ravel(), minlength=n_classes)[:n_classes]


def imbalanced(counts: np.ndarray) -> bool:
    present = counts[counts > 0]
    return len(present) > 1 and present.max() > IMBALANCE * present.min()


def class_weights(y: np.ndarray, n_classes: int) -> dict[int, float]:
    """Keras's `class_weight`: scikit-learn's "balanced" weights, n / (classes × count); a class
    missing from the training rows gets 1."""
    from sklearn.utils.class_weight import compute_class_weight

    labels = np.asarray(y).astype(int).ravel()
    present = np.unique(labels)
    weights = compute_class_weight("balanced", classes=present, y=labels)
    found = dict.fromkeys(range(n_classes), 1.0)
    found.update({int(c): float(w) for c, w in zip(present, weights, strict=True)})
    return found


def warnings(split: Split, y: np.ndarray, classes: tuple[str, ...], shuffle: bool) -> list[str]:
    """Plain-language problems with the split: a part that holds one class only (as Messages)."""
    if not classes:
        return []
    found = []
    labels = np.asarray(y).astype(int).ravel()
    if shuffle:
        templates = (
            QT_TRANSLATE_NOOP("preprocessing", "the training data holds only class {name}"),
            QT_TRANSLATE_NOOP("preprocessing", "the test data holds only class {name}"),
        )
    else:
        templates = (
            QT_TRANSLATE_NOOP(
                "preprocessing",
                "the training data holds only class {name} — without shuffling the split takes the rows in order, "
                "and they are sorted by class: turn shuffling on",
            ),
            QT_TRANSLATE_NOOP(
                "preprocessing",
                "the test data holds only class {name} — without shuffling the split takes the rows in order, "
                "and they are sorted by class: turn shuffling on",
            ),
        )
    for template, rows in zip(templates, (split.train, split.test), strict=True):
        present = np.unique(labels[rows])
        if len(rows) and len(present) == 1:
            name = Message.of("class_names", classes[int(present[0])])  # a class name in words is marked there
            found.append(Message(template, name=name))
    return found
