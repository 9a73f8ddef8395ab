"""The playground's datasets: TensorFlow Playground's 2-D sets (domain about [-6, 6]) and the
generated image, sequence and text sets of `generated_data`.

Classification labels are class numbers (0/1 for two classes: Keras's convention; hinge maps them
to ±1 itself); regression targets lie in [-1, 1]. Everything is generated from a seed so a run
can be reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.core import generated_data, tabular_data
from playground.core.experiment import DATASETS, PLANE_DATASETS, TABULAR_DATASETS, DataConfig

DOMAIN = 6.0  # the input plane shown in the views is [-DOMAIN, DOMAIN]²


@dataclass
class Dataset:
    """Raw inputs with targets, already split. For the plane sets the inputs are points (x1, x2),
    which `features` turns into the model's inputs; otherwise they are the model's inputs
    (images (n, h, w, c), sequences (n, time, features), word numbers (n, words), table rows
    (n, features), standardised with the training rows' statistics)."""

    problem: str
    train_x: np.ndarray
    train_y: np.ndarray
    test_x: np.ndarray
    test_y: np.ndarray
    plane: bool = True  # the inputs are points of the plane


def generate(cfg: DataConfig, seed: int) -> Dataset:
    """Generates and splits `cfg.samples` points. Same config and seed → same arrays."""
    rng = np.random.default_rng(seed)
    make = _GENERATORS.get(cfg.name) or generated_data.GENERATORS.get(cfg.name) or tabular_data.GENERATORS[cfg.name]
    xy, y = make(cfg.samples, cfg.noise, rng)
    problem = DATASETS[cfg.name]
    n_train = max(1, min(len(y) - 1, round(len(y) * cfg.train_fraction)))
    # A shuffled split, stratified for classes, so a small train fraction still sees both classes.
    from sklearn.model_selection import train_test_split

    counts = np.bincount(y.astype(int)) if problem != "regression" else np.zeros(0)
    classes = np.count_nonzero(counts)
    fits = min(n_train, len(y) - n_train) >= classes and counts[counts > 0].min(initial=len(y)) >= 2
    stratify = y if problem != "regression" and fits else None
    tr_xy, te_xy, tr_y, te_y = train_test_split(xy, y, train_size=n_train, random_state=seed, stratify=stratify)
    if cfg.name in TABULAR_DATASETS:
        tr_xy, te_xy = tabular_data.standardise(tr_xy, te_xy)
        if problem == "regression":
            tr_y, te_y = (a.ravel() for a in tabular_data.standardise(tr_y[:, None], te_y[:, None]))
    f32 = np.float32
    x_type = f32 if cfg.name in PLANE_DATASETS else tr_xy.dtype
    return Dataset(
        problem,
        tr_xy.astype(x_type),
        tr_y.astype(f32).reshape(-1, 1),
        te_xy.astype(x_type),
        te_y.astype(f32).reshape(-1, 1),
        plane=cfg.name in PLANE_DATASETS,
    )


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
    y = np.clip((xy + jitter).sum(axis=1) / 10.0, -1, 1)
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
