"""scikit-learn's bundled tables (no download): iris, wine and breast cancer to classify, diabetes
to regress. Rows are drawn at random up to the number asked for; the noise setting adds Gaussian
noise of that many standard deviations to every feature, to make a set harder on purpose.

Features and the diabetes target are standardised afterwards, with the training rows' mean and
spread only (`datasets.generate`), as a course teaches: the test set must not leak into training.
"""

from __future__ import annotations

import functools

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP

LOADERS = {
    "iris": "load_iris",
    "wine": "load_wine",
    "breast_cancer": "load_breast_cancer",
    "diabetes": "load_diabetes",
}
FEATURE_COUNTS = {"iris": 4, "wine": 13, "breast_cancer": 30, "diabetes": 10}
CLASS_NAMES = {
    "iris": ("setosa", "versicolor", "virginica"),
    "wine": ("class_0", "class_1", "class_2"),
    "breast_cancer": (QT_TRANSLATE_NOOP("class_names", "malignant"), QT_TRANSLATE_NOOP("class_names", "benign")),
    "diabetes": (),
}


@functools.cache
def table(name: str) -> tuple[np.ndarray, np.ndarray]:
    """(features, targets) of a bundled table."""
    import sklearn.datasets

    bunch = getattr(sklearn.datasets, LOADERS[name])()
    return bunch.data.astype(np.float64), bunch.target.astype(np.float64)


def generator(name: str):
    def make(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        x, y = table(name)
        rows = rng.permutation(len(y))[: min(n, len(y))]
        x, y = x[rows], y[rows]
        if noise:
            x = x + rng.normal(0, noise, x.shape) * x.std(axis=0)
        return x, y

    return make


GENERATORS = {name: generator(name) for name in LOADERS}
