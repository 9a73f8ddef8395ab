"""scikit-learn's bundled tables: sizes, classes, and standardising with training statistics only."""

import numpy as np
import pytest

from playground.core.data import datasets, tabular_data
from playground.core.data.data_config import DataConfig
from playground.core.experiment.config import Experiment, default_experiment


@pytest.mark.parametrize(
    ("name", "features", "classes", "rows"),
    [("iris", 4, 3, 150), ("wine", 13, 3, 178), ("breast_cancer", 30, 2, 500), ("diabetes", 10, 0, 442)],
)
def test_tables_split_standardised_by_the_training_rows(name, features, classes, rows):
    data = datasets.generate(DataConfig(name=name, samples=500, train_fraction=0.6), seed=3)
    assert not data.plane
    assert data.train_x.shape[1] == features and len(data.train_x) + len(data.test_x) == rows
    # Training columns have mean 0 and spread 1; the test set is scaled with those, not its own.
    assert np.allclose(data.train_x.mean(axis=0), 0, atol=1e-5)
    assert np.allclose(data.train_x.std(axis=0), 1, atol=1e-4)
    assert not np.allclose(data.test_x.mean(axis=0), 0, atol=1e-3)
    exp = default_experiment()
    exp.data.name = name
    assert exp.input_shape == (features,) and len(exp.classes) == classes
    if classes:
        labels = np.concatenate([data.train_y, data.test_y]).ravel()
        assert set(np.unique(labels)) == set(range(classes))
        # Stratified: each class keeps its share in both parts (within one row).
        counts = np.bincount(data.train_y.ravel().astype(int)) / len(data.train_y)
        test_counts = np.bincount(data.test_y.ravel().astype(int)) / len(data.test_y)
        assert np.allclose(counts, test_counts, atol=2 / len(data.test_y))
    else:
        assert abs(float(data.train_y.mean())) < 1e-5 and abs(float(data.train_y.std()) - 1) < 1e-4


def test_the_same_seed_draws_the_same_rows_and_noise_changes_them():
    a = tabular_data.GENERATORS["iris"](50, 0.0, np.random.default_rng(1))
    b = tabular_data.GENERATORS["iris"](50, 0.0, np.random.default_rng(1))
    c = tabular_data.GENERATORS["iris"](50, 0.3, np.random.default_rng(1))
    assert np.array_equal(a[0], b[0]) and a[0].shape == (50, 4)
    assert np.array_equal(a[1], c[1]) and not np.allclose(a[0], c[0])


def test_a_table_experiment_round_trips():
    exp = default_experiment()
    exp.data.name, exp.training.loss = "wine", "sparse_categorical_crossentropy"
    exp.model.layers[-1]["config"].update(units=3, activation="softmax")
    assert Experiment.from_json(exp.to_json()) == exp
