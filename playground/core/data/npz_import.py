"""An `.npz` of arrays: `x` and `y` (or Keras's `x_train`, `y_train`, `x_test`, `y_test`), and
optionally `class_names` and per-sample weights for training: `sample_weight` (one per sample of
x), or with x_train and x_test both `sample_weight_train` and `sample_weight_test`, pooled as x is.
Names are read whatever their case. Read with `allow_pickle=False`, so a file can never run code.
"""

from __future__ import annotations

import math
import zipfile

import numpy as np

from playground.core.data.imported import (
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

OPTIONS = ("problem",)
PAIRS = (("x", "y"), ("x_train", "y_train"))
MAX_BYTES = 1_000_000_000  # all arrays as stored; the float32 inputs made from them come on top
MAX_ARRAYS = 100


def load(path: str, problem: str | None = None) -> Imported:
    name = path
    try:
        with open(path, "rb") as fh:
            head = fh.read(6)
    except OSError:
        head = b"PK"  # np.load below words what is wrong
    if not head.startswith(b"PK") and head != b"\x93NUMPY":  # neither a zip nor a lone .npy
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "npz_import", "{name} is not an .npz file (not a zip archive of arrays): save it with numpy.savez"
                ),
                name=name,
            )
        )
    if head == b"\x93NUMPY":  # a lone .npy: np.load would read the whole array
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "npz_import",
                    "{name} holds one array, not named arrays: save x and y with numpy.savez(path, x=x, y=y)",
                ),
                name=name,
            )
        )
    try:
        with zipfile.ZipFile(path):  # np.load leaves its file open when the zip is broken
            pass
        archive = np.load(path, allow_pickle=False)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "npz_import", "{name} is not a readable .npz file ({reason}): save it with numpy.savez"
                ),
                name=name,
                reason=str(exc),
            )
        ) from None
    with archive:
        _check_headers(archive, name)
        keys = {k.lower(): k for k in archive.files}
        pair = next((p for p in PAIRS if all(k in keys for k in p)), None)
        if pair is None:
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "npz_import",
                        "{name} needs arrays named x and y (or x_train, y_train, x_test, y_test); it holds {arrays}",
                    ),
                    name=name,
                    arrays=", ".join(archive.files) or Message(QT_TRANSLATE_NOOP("npz_import", "nothing")),
                )
            )
        notes = []
        x, y = (_array(archive, keys[k], name) for k in pair)
        if pair[0] == "x_train" and "x_test" in keys and "y_test" in keys:
            x_test, y_test = _array(archive, keys["x_test"], name), _array(archive, keys["y_test"], name)
            _same_length(x_test, y_test, "x_test", "y_test", name)
            if x_test.shape[1:] != x.shape[1:]:
                raise ImportFailed(
                    Message(
                        QT_TRANSLATE_NOOP("npz_import", "{name}: x_test samples are {test} but x_train's are {train}"),
                        name=name,
                        test=str(x_test.shape[1:]),
                        train=str(x.shape[1:]),
                    )
                )
            _same_length(x, y, "x_train", "y_train", name)
            w = _pooled_weights(archive, keys, name, len(x), len(x_test))
            notes.append(
                note(
                    QT_TRANSLATE_NOOP(
                        "imported", "x_train and x_test pooled ({train} + {test}); the split is made here"
                    ),
                    train=len(x),
                    test=len(x_test),
                )
            )
            x, y = np.concatenate([x, x_test]), np.concatenate([y, y_test])
        else:
            _same_length(x, y, *pair, name)
            # x_train without x_test is a set of its own: its weights may carry either name.
            key = next((k for k in ("sample_weight", "sample_weight_train") if k in keys), None)
            w = None if key is None else check_weights(_array(archive, keys[key], name), len(x), f"{name}: {key}")
        names = _array(archive, keys["class_names"], name) if "class_names" in keys else None
    if len(x) < 2:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("npz_import", "{name}: x holds {n} sample(s); a set needs samples to learn from"),
                name=name,
                n=len(x),
            )
        )
    x = _inputs(x, name, notes)
    y, classes, problem = _targets(y, name, problem, names, notes)
    if w is not None:
        notes.append(weights_note(w))
    return Imported(x, y, problem, classes, (), notes, sample_weight=w)


def _pooled_weights(archive, keys: dict, name: str, n_train: int, n_test: int) -> np.ndarray | None:
    """x_train's and x_test's weights, one after the other as x is pooled; None without weights."""
    given = [k for k in ("sample_weight_train", "sample_weight_test") if k in keys]
    if not given:
        if "sample_weight" in keys:
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "npz_import",
                        "{name}: with x_train and x_test, give the weights as sample_weight_train and "
                        "sample_weight_test (one per sample of each), not as sample_weight",
                    ),
                    name=name,
                )
            )
        return None
    if len(given) == 1:
        other = "sample_weight_test" if given[0] == "sample_weight_train" else "sample_weight_train"
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "npz_import",
                    "{name} has {given} but no {other}: both are needed, as x_train and x_test are pooled; "
                    "add the missing one (or leave out both)",
                ),
                name=name,
                given=given[0],
                other=other,
            )
        )
    parts = [
        check_weights(_array(archive, keys[k], name), n, f"{name}: {k}", part=True)
        for k, n in zip(given, (n_train, n_test), strict=True)
    ]
    return check_weights(np.concatenate(parts), n_train + n_test, f"{name}: sample_weight_train + sample_weight_test")


def _check_headers(archive, name: str) -> None:
    """Every array's shape and type, read from its header before any array is: an object array, or
    arrays larger than MAX_BYTES (a header may declare any shape, and a few kB may unpack to
    gigabytes), are refused by name."""
    members = [info for info in archive.zip.infolist() if info.filename.endswith(".npy")]
    if len(members) > MAX_ARRAYS:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("npz_import", "{name} holds {n} arrays; an .npz of data holds a few (x, y, …)"),
                name=name,
                n=f"{len(members):,}",
            )
        )
    total = 0
    for info in members:
        key = info.filename[: -len(".npy")]
        try:
            with archive.zip.open(info) as fh:
                version = np.lib.format.read_magic(fh)
                read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
                shape, _, dtype = read(fh)
        except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
            raise ImportFailed(_unreadable(name, key, exc)) from None
        if dtype.hasobject:
            raise ImportFailed(_objects(name, key))
        size = math.prod(shape) * dtype.itemsize
        total += size
        if total > MAX_BYTES:
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "npz_import",
                        "{name}: array {key!r} of shape {shape} takes {mb:,.0f} MB; the playground reads at most "
                        "{most:,.0f} MB of arrays: save a sample of the rows",
                    ),
                    name=name,
                    key=key,
                    shape=str(shape),
                    mb=size / 1e6,
                    most=MAX_BYTES / 1e6,
                )
            )


def _objects(name: str, key: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "npz_import",
            "{name}: array {key!r} holds Python objects, which are not read (they could run code); "
            "save numbers (or, for class_names, strings) only",
        ),
        name=name,
        key=key,
    )


def _unreadable(name: str, key: str, exc: Exception) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("npz_import", "{name}: array {key!r} cannot be read ({reason})"),
        name=name,
        key=key,
        reason=str(exc),
    )


def _array(archive, key: str, name: str) -> np.ndarray:
    try:
        return archive[key]
    except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:  # objects are refused by their header
        raise ImportFailed(_unreadable(name, key, exc)) from None


def _same_length(x, y, xn, yn, name) -> None:
    if x.ndim == 0 or y.ndim == 0:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "npz_import", "{name}: {xn} and {yn} must be arrays with one row per sample, not single numbers"
                ),
                name=name,
                xn=xn,
                yn=yn,
            )
        )
    if len(x) != len(y):
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("npz_import", "{name}: {xn} has {nx} samples but {yn} has {ny}; they must match"),
                name=name,
                xn=xn,
                nx=len(x),
                yn=yn,
                ny=len(y),
            )
        )


def _inputs(x: np.ndarray, name: str, notes: list[str]) -> np.ndarray:
    if x.dtype.kind not in "biuf":
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("npz_import", "{name}: x holds {dtype} values; it must hold numbers"),
                name=name,
                dtype=str(x.dtype),
            )
        )
    bad = ~np.isfinite(x.astype(np.float64)) if x.dtype.kind == "f" else np.zeros(x.shape, bool)
    if bad.any():
        first = int(np.argwhere(bad)[0][0])
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "npz_import",
                    "{name}: x holds {n} missing or infinite value(s), the first in sample {first}: "
                    "fill or remove them",
                ),
                name=name,
                n=int(bad.sum()),
                first=first,
            )
        )
    if x.ndim == 1:
        notes.append(note(QT_TRANSLATE_NOOP("imported", "x is one number per sample: read as a table with one column")))
        return x.astype(np.float32)[:, None]
    pixels = x.dtype.kind in "iu" and x.min() >= 0 and x.max() <= 255  # how images are stored
    if x.ndim == 3 and pixels:  # (n, h, w) whole numbers 0–255: grey images without a channel axis
        notes.append(
            note(
                QT_TRANSLATE_NOOP("imported", "x {shape} read as {height}×{width} grey images"),
                shape=str(x.shape[1:]),
                height=x.shape[1],
                width=x.shape[2],
            )
        )
        x = x[..., None]
    elif x.ndim == 3:
        notes.append(
            note(
                QT_TRANSLATE_NOOP("imported", "x {shape} read as sequences of {steps} steps × {features} features"),
                shape=str(x.shape[1:]),
                steps=x.shape[1],
                features=x.shape[2],
            )
        )
    if x.ndim > 4:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "npz_import", "{name}: x has shape {shape}; use (n, features), (n, time, features) or (n, h, w, c)"
                ),
                name=name,
                shape=str(x.shape),
            )
        )
    if x.ndim == 4 and pixels and x.max() > 1:
        notes.append(note(QT_TRANSLATE_NOOP("imported", "pixels 0–255 scaled to [0, 1]")))
        return x.astype(np.float32) / 255.0
    return x.astype(np.float32)


def _targets(y: np.ndarray, name: str, problem: str | None, names, notes: list[str]):
    if y.ndim == 2 and y.shape[1] > 1:
        if not (np.isin(y, (0, 1)).all() and (y.sum(axis=1) == 1).all()):
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "npz_import", "{name}: y has shape {shape}; give one target per sample (or one-hot rows)"
                    ),
                    name=name,
                    shape=str(y.shape),
                )
            )
        notes.append(note(QT_TRANSLATE_NOOP("imported", "one-hot y read as class numbers")))
        y = y.argmax(axis=1)
    y = y.reshape(len(y), -1)
    if y.shape[1] != 1:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("npz_import", "{name}: y has shape {shape}; give one target per sample"),
                name=name,
                shape=str(y.shape),
            )
        )
    y = y[:, 0]
    if y.dtype.kind not in "biufU":
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("npz_import", "{name}: y holds {dtype} values; it must hold numbers or class names"),
                name=name,
                dtype=str(y.dtype),
            )
        )
    if y.dtype.kind == "f" and not np.isfinite(y).all():
        first = int(np.flatnonzero(~np.isfinite(y))[0])
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("npz_import", "{name}: y is missing at sample {first}: fill or remove it"),
                name=name,
                first=first,
            )
        )
    if problem is None:  # as for a CSV target: text, or a few whole numbers, are classes
        problem = guess_problem(y)
    if problem == "regression":
        if y.dtype.kind == "U":
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "npz_import", "{name}: y holds text; regression needs numbers: choose classification"
                    ),
                    name=name,
                )
            )
        return y.astype(np.float32), (), "regression"
    labels, classes = class_labels(y, f"{name}: y")
    if names is not None:
        if names.dtype.kind != "U":
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "npz_import", "{name}: class_names must be text (a numpy array of str), not {dtype}"
                    ),
                    name=name,
                    dtype=str(names.dtype),
                )
            )
        if len(names) != len(classes):
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "npz_import", "{name}: class_names lists {names} names but y has {classes} classes"
                    ),
                    name=name,
                    names=len(names),
                    classes=len(classes),
                )
            )
        if y.dtype.kind in "biu" and not np.array_equal(np.unique(y), np.arange(len(classes))):
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP("npz_import", "{name}: class_names needs y to number the classes 0 to {last}"),
                    name=name,
                    last=len(classes) - 1,
                )
            )
        classes = tuple(str(n) for n in names)
    return labels, classes, problem_for(classes)
