"""The playground's datasets: TensorFlow Playground's 2-D sets (domain about [-6, 6]) and the
generated image, sequence and text sets of `generated_data`.

Classification labels are class numbers (0/1 for two classes: Keras's convention; hinge maps them
to ±1 itself). Regression targets follow TensorFlow Playground's generators over their whole range:
the plane's x1 + x2 scaled by 1/10 (about ±1.2, up to ±1.8 with noise), the six bumps' [-1, 1].
Everything is generated from a seed so a run can be reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from playground.core.data import (
    drawn_points,
    generated_data,
    imported,
    keras_sets,
    preprocessing,
    tabular_data,
    user_files,
)
from playground.core.data.data_config import (
    DATASETS,
    DRAWN,
    FILE,
    KERAS_DATASETS,
    TEXT_DATASETS,
    DataConfig,
    class_names,
    is_plane,
    vocabulary_size,
)
from playground.core.i18n import QT_TRANSLATE_NOOP, Message

DOMAIN = 6.0  # the input plane shown in the views is [-DOMAIN, DOMAIN]²


@dataclass
class Dataset:
    """Raw inputs with targets, already split. For the plane sets the inputs are points (x1, x2),
    which `features` turns into the model's inputs; otherwise they are the model's inputs
    (images (n, h, w, c), sequences (n, time, features), word numbers (n, words) or a bag of
    words, table rows (n, features)), scaled with the training rows' statistics only.
    `train_w`, `test_w`, `holdout_w`: float32 (n,) per-sample weights of those rows when the imported
    file gives them (Keras's `sample_weight`), else None."""

    problem: str
    train_x: np.ndarray
    train_y: np.ndarray
    test_x: np.ndarray
    test_y: np.ndarray
    plane: bool = True  # the inputs are points of the plane
    holdout_x: np.ndarray | None = None  # the held-out test set, when one is kept aside
    holdout_y: np.ndarray | None = None
    # Problems with the split, in plain words, and what importing did to the data: English text, often
    # a `core.i18n.Message` that the window can show translated.
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    targets_standardised: bool = False  # regression targets in standard deviations of the training rows
    train_w: np.ndarray | None = None
    test_w: np.ndarray | None = None
    holdout_w: np.ndarray | None = None


def generate(cfg: DataConfig, seed: int) -> Dataset:
    """Generates (or reads) and splits the data. Same config and seed → same arrays. An imported
    file that cannot be read raises `imported.ImportFailed`; a drawing that cannot be trained on yet
    (one class, no test point) raises `drawn_points.NotReady` saying what to draw."""
    if cfg.name == DRAWN:
        drawn_points.check_enough(cfg.source)
        drawn_points.check_split(len(cfg.source["points"]), cfg.train_fraction, cfg.holdout)
    pool = split_pool(cfg, seed)
    return from_split(cfg, pool, pool.parts)


@dataclass
class Pool:
    """All samples before scaling, and the split `generate` makes of them."""

    x: np.ndarray
    y: np.ndarray
    problem: str  # the labels' problem: classification, multiclass or regression
    notes: list[str]
    parts: preprocessing.Split  # row numbers into x and y
    w: np.ndarray | None = None  # per-sample weights of x's rows, when the imported file gives them

    @property
    def classes(self) -> bool:
        return self.problem in ("classification", "multiclass")


def split_pool(cfg: DataConfig, seed: int) -> Pool:
    """The unscaled samples and `generate`'s split of them (the same rows for the same config and
    seed), for callers that split the rows again themselves, as K-fold validation does."""
    rng = np.random.default_rng(seed)
    x, y, problem, notes, w = _pool(cfg, rng)
    classes = problem in ("classification", "multiclass")
    parts = preprocessing.split(y, classes, cfg.train_fraction, cfg.holdout, cfg.shuffle, cfg.stratify, seed)
    return Pool(x, y, problem, notes, parts, w)


def input_scaling(cfg: DataConfig, ndim: int) -> str:
    """The scaling inputs of `ndim` dimensions (samples first) get: "auto" standardises a table's
    columns — not the plane's points, not word numbers — and leaves everything else as it comes."""
    table = ndim == 2 and not is_plane(cfg) and cfg.name not in TEXT_DATASETS
    return "standardise" if cfg.scaling == "auto" and table else cfg.scaling


def from_split(cfg: DataConfig, pool: Pool, parts: preprocessing.Split) -> Dataset:
    """The Dataset of `pool` split into `parts`: inputs (and regression targets off the plane)
    scaled with the statistics of `parts.train` only, so nothing leaks from the test rows."""
    x, y, problem = pool.x, pool.y, pool.problem
    plane = is_plane(cfg)
    scaling = input_scaling(cfg, x.ndim)
    xs = preprocessing.scale(scaling, *(x[rows] for rows in (parts.train, parts.test, parts.holdout)))
    ys = [y[rows].astype(np.float32) for rows in (parts.train, parts.test, parts.holdout)]
    standardised = problem == "regression" and not plane  # targets in their own units (prices…) swamp the loss
    if standardised:
        ys = [a.ravel() for a in preprocessing.scale("standardise", *(a[:, None] for a in ys))]
    if cfg.encoding == "multi_hot":
        xs = [multi_hot(a, vocabulary_size(cfg)) for a in xs]
    x_type = np.float32 if plane or scaling != "none" or cfg.encoding == "multi_hot" else x.dtype
    xs = [a.astype(x_type) for a in xs]
    ys = [a.reshape(-1, 1) for a in ys]
    held = len(parts.holdout) > 0
    names = class_names(cfg) if pool.classes else ()
    ws = [None] * 3 if pool.w is None else [pool.w[rows] for rows in (parts.train, parts.test, parts.holdout)]
    return Dataset(
        problem,
        xs[0],
        ys[0],
        xs[1],
        ys[1],
        plane=plane,
        holdout_x=xs[2] if held else None,
        holdout_y=ys[2] if held else None,
        warnings=preprocessing.warnings(parts, y, names, cfg.shuffle),
        notes=list(pool.notes),
        targets_standardised=standardised,
        train_w=ws[0],
        test_w=ws[1],
        holdout_w=ws[2] if held else None,
    )


def _pool(cfg: DataConfig, rng: np.random.Generator):
    """All samples before the split: (x, y, problem, notes, per-sample weights or None)."""
    if cfg.name == FILE:
        found = user_files.load(cfg.source)
        x, y, w = _subset(found.x, found.y, cfg, rng, noisy=True, w=found.sample_weight)
        return x, y, found.problem, list(found.notes), w
    if cfg.name in KERAS_DATASETS:
        return _keras_pool(cfg, rng)
    if cfg.name == DRAWN:  # the points as drawn: no noise, as many as there are
        x, y = drawn_points.arrays(cfg.source)
        return x, y, cfg.source.get("problem", "classification"), [], None
    make = _GENERATORS.get(cfg.name) or generated_data.GENERATORS.get(cfg.name) or tabular_data.GENERATORS[cfg.name]
    x, y = make(cfg.samples, cfg.noise, rng)
    return x, y, DATASETS[cfg.name], [], None


def _keras_pool(cfg: DataConfig, rng: np.random.Generator):
    """A random subset of a Keras book set's samples (the pool joins Keras's train and test parts)."""
    spec = keras_sets.KERAS_SETS[cfg.name]
    try:
        x, y = keras_sets.load(cfg.name)
    except keras_sets.NotPrepared as exc:  # its message, a Message, passed on so the window translates it
        raise imported.ImportFailed(exc.args[0]) from None
    total = len(y)
    x, y, _ = _subset(x, y.astype(np.float32), cfg, rng, noisy=not spec.text, pixels=x.dtype == np.uint8)
    note = Message(
        QT_TRANSLATE_NOOP("datasets", "{n} of {name}'s {total} samples"),
        n=len(y),
        name=Message.of("keras_sets", spec.short_title),
        total=total,
    )
    return x, y, spec.problem, [note], None


def _subset(x, y, cfg: DataConfig, rng: np.random.Generator, noisy: bool, pixels: bool = False, w=None):
    """A random subset of a pool's samples, as many as asked for and in pool order, with the
    noise setting's Gaussian noise (that many standard deviations of each feature) when `noisy`.
    `pixels`: 0–255 values, scaled to [0, 1] as the book does (x / 255). `w`: per-sample
    weights, kept for the same rows. Returns (x, y, w)."""
    if len(y) > cfg.samples:
        rows = np.sort(rng.permutation(len(y))[: cfg.samples])
        x, y = x[rows], y[rows]
        w = None if w is None else w[rows]
    if pixels:
        x = x.astype(np.float32) / 255.0
    if cfg.noise and noisy:
        x = x + rng.normal(0, cfg.noise, x.shape).astype(np.float32) * x.std(axis=0)
    return x, y, w


def multi_hot(ids: np.ndarray, words: int) -> np.ndarray:
    """The book's `vectorize_sequences`: 1 for each word a text holds, however often (padding 0
    is not a word)."""
    out = np.zeros((len(ids), words), np.float32)
    rows = np.repeat(np.arange(len(ids)), ids.shape[1])
    cols = np.asarray(ids, int).ravel()
    keep = (cols > 0) & (cols < words)
    out[rows[keep], cols[keep]] = 1.0
    return out


def features(xy: np.ndarray, names: list[str]) -> np.ndarray:
    """The input matrix: one column per chosen feature of the raw points."""
    if not names:
        return np.zeros((len(xy), 0), np.float32)
    x1, x2 = xy[:, 0], xy[:, 1]
    table = {
        "x1": lambda: x1,
        "x2": lambda: x2,
        "x1^2": lambda: x1 * x1,
        "x2^2": lambda: x2 * x2,
        "x1*x2": lambda: x1 * x2,
        "sin(x1)": lambda: np.sin(x1),
        "sin(x2)": lambda: np.sin(x2),
    }
    return np.stack([table[n]() for n in names], axis=1).astype(np.float32)


def grid(resolution: int) -> np.ndarray:
    """(resolution², 2) points covering the plane, row by row from the top (x2 = +DOMAIN) down,
    so `values.reshape(resolution, resolution)` is an image the right way up."""
    ticks = np.linspace(-DOMAIN, DOMAIN, resolution, dtype=np.float32)
    x1, x2 = np.meshgrid(ticks, ticks[::-1])
    return np.stack([x1.ravel(), x2.ravel()], axis=1)


def _uniform(rng, low, high, n):
    return rng.uniform(low, high, n)


def _circle(n, noise, rng):
    radius = 5.0
    half = n // 2
    r = np.concatenate([_uniform(rng, 0, radius * 0.5, half), _uniform(rng, radius * 0.7, radius, n - half)])
    angle = _uniform(rng, 0, 2 * np.pi, n)
    xy = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    jitter = _uniform(rng, -radius, radius, (n, 2)) * noise
    # As in TensorFlow Playground, noise moves the point used for the label, not the point drawn.
    y = (np.hypot(*(xy + jitter).T) < radius * 0.5).astype(np.float32)
    return xy, y


def _xor(n, noise, rng):
    padding = 0.3
    xy = _uniform(rng, -5, 5, (n, 2))
    xy += np.where(xy > 0, padding, -padding)
    jitter = _uniform(rng, -5, 5, (n, 2)) * noise
    shifted = xy + jitter
    y = (shifted[:, 0] * shifted[:, 1] >= 0).astype(np.float32)
    return xy, y


def _gauss(n, noise, rng):
    variance = 0.5 + noise / 0.5 * 3.5  # TF Playground: noise 0–50 % → variance 0.5–4
    half = n // 2
    pos = rng.normal(2, np.sqrt(variance), (half, 2))
    neg = rng.normal(-2, np.sqrt(variance), (n - half, 2))
    y = np.concatenate([np.ones(half), np.zeros(n - half)]).astype(np.float32)
    return np.concatenate([pos, neg]), y


def _spiral(n, noise, rng):
    half = n // 2
    parts, labels = [], []
    for count, delta, label in ((half, 0.0, 1.0), (n - half, np.pi, 0.0)):
        i = np.arange(count)
        r = i / count * 5
        t = 1.75 * i / count * 2 * np.pi + delta
        pts = np.stack([r * np.sin(t), r * np.cos(t)], axis=1) + _uniform(rng, -1, 1, (count, 2)) * noise
        parts.append(pts)
        labels.append(np.full(count, label))
    return np.concatenate(parts), np.concatenate(labels).astype(np.float32)


def _moons(n, noise, rng):
    from sklearn.datasets import make_moons

    xy, y = make_moons(n, noise=noise * 0.6, random_state=int(rng.integers(2**31)))
    # make_moons spans about x∈[-1, 2], y∈[-0.5, 1]; stretch it onto the playground's plane.
    xy = (xy - [0.5, 0.25]) * [3.2, 5.0]
    return xy, y.astype(np.float32)


def _plane(n, noise, rng):
    radius = 6.0
    xy = _uniform(rng, -radius, radius, (n, 2))
    jitter = _uniform(rng, -radius, radius, (n, 2)) * noise
    # TensorFlow Playground's label scale maps x + y ∈ [-10, 10] onto [-1, 1] and does not clamp:
    # corners reach ±1.2 (more with noise), and the model learns that range too.
    y = (xy + jitter).sum(axis=1) / 10.0
    return xy, y.astype(np.float32)


_BUMPS = ((-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1))


def multigauss_target(xy: np.ndarray) -> np.ndarray:
    """TF Playground's six-bump surface: the strongest signed bump at each point."""
    label = np.zeros(len(xy))
    for cx, cy, sign in _BUMPS:
        dist = np.hypot(xy[:, 0] - cx, xy[:, 1] - cy)
        value = sign * np.clip(1 - dist / 2, 0, 1)
        label = np.where(np.abs(value) > np.abs(label), value, label)
    return label


def _multigauss(n, noise, rng):
    radius = 6.0
    xy = _uniform(rng, -radius, radius, (n, 2))
    jitter = _uniform(rng, -radius, radius, (n, 2)) * noise
    return xy, multigauss_target(xy + jitter).astype(np.float32)


_GENERATORS = {
    "circle": _circle,
    "xor": _xor,
    "gauss": _gauss,
    "spiral": _spiral,
    "moons": _moons,
    "plane": _plane,
    "multigauss": _multigauss,
}
