"""Splits, scaling fitted on the training rows, class counts and weights, split warnings."""

import numpy as np
import pytest

from playground.core.data import datasets, preprocessing
from playground.core.data.data_config import DataConfig
from playground.core.errors import ExperimentError
from playground.core.experiment.config import default_experiment, validate_structure


def test_split_parts_are_disjoint_and_sized():
    y = np.arange(200) % 2
    parts = preprocessing.split(y, True, train_fraction=0.75, holdout=0.2, seed=3)
    assert (len(parts.train), len(parts.test), len(parts.holdout)) == (120, 40, 40)
    everything = np.concatenate([parts.train, parts.test, parts.holdout])
    assert sorted(everything.tolist()) == list(range(200))
    for rows in (parts.train, parts.test, parts.holdout):  # stratified: half of each class
        assert np.bincount(y[rows]).tolist() == [len(rows) // 2] * 2


def test_without_shuffling_the_split_takes_rows_in_order_and_warns_on_sorted_classes():
    y = np.repeat([0, 1], 50)  # sorted by class, as many files are
    parts = preprocessing.split(y, True, train_fraction=0.5, shuffle=False)
    assert parts.train.tolist() == list(range(50)) and parts.test.tolist() == list(range(50, 100))
    found = preprocessing.warnings(parts, y, ("cat", "dog"), shuffle=False)
    assert found[0].startswith("the training data holds only class cat") and "turn shuffling on" in found[0]
    assert found[1].startswith("the test data holds only class dog")
    shuffled = preprocessing.split(y, True, train_fraction=0.5)
    assert preprocessing.warnings(shuffled, y, ("cat", "dog"), shuffle=True) == []


def test_the_circle_without_shuffling_trains_on_one_class():
    cfg = DataConfig(name="circle", samples=200, shuffle=False)
    data = datasets.generate(cfg, seed=0)
    assert len(np.unique(data.train_y)) == 1 and data.warnings
    assert not datasets.generate(DataConfig(name="circle", samples=200), seed=0).warnings


@pytest.mark.parametrize("kind", ["standardise", "minmax", "pixel_mean", "channel_mean"])
def test_scaling_uses_training_statistics_only(kind):
    rng = np.random.default_rng(0)
    train = rng.normal(5, 3, (40, 4, 4, 3)).astype(np.float32)
    test = rng.normal(50, 3, (10, 4, 4, 3)).astype(np.float32)  # far away: must not move the fit
    a, b = preprocessing.scale(kind, train, test)
    if kind == "standardise":
        assert np.allclose(a.mean(axis=0), 0, atol=1e-4) and np.allclose(a.std(axis=0), 1, atol=1e-3)
    elif kind == "minmax":
        assert a.min() == pytest.approx(0) and a.max() == pytest.approx(1) and b.min() > 1
    elif kind == "pixel_mean":
        assert np.allclose(a.mean(axis=0), 0, atol=1e-4) and np.allclose(a.std(), train.std(), rtol=0.1)
    else:
        assert np.allclose(a.mean(axis=(0, 1, 2)), 0, atol=1e-4) and not np.allclose(a.mean(axis=0), 0, atol=0.1)
    assert b.mean() > 2  # the test rows were shifted by the training statistics, not their own


def test_class_counts_weights_and_imbalance():
    y = np.array([0] * 90 + [1] * 10)
    counts = preprocessing.class_counts(y, 3)
    assert counts.tolist() == [90, 10, 0] and preprocessing.imbalanced(counts)
    weights = preprocessing.class_weights(y, 3)
    assert weights == pytest.approx({0: 100 / (2 * 90), 1: 100 / (2 * 10), 2: 1.0})
    assert not preprocessing.imbalanced(np.array([50, 45]))


def test_preprocessing_choices_are_checked_in_the_experiment():
    exp = default_experiment()
    exp.data.scaling = "minmax"
    with pytest.raises(ExperimentError, match="data.scaling: the plane's points"):
        validate_structure(exp)
    exp.data = DataConfig(name="iris", samples=150, scaling="pixel_mean")
    exp.training.loss = "sparse_categorical_crossentropy"
    with pytest.raises(ExperimentError, match="is for images: choose standardise or min-max"):
        validate_structure(exp)
    exp.data.scaling, exp.data.holdout = "minmax", 0.7
    with pytest.raises(ExperimentError, match="data.holdout"):
        validate_structure(exp)
    exp.data.holdout, exp.data.encoding = 0.2, "multi_hot"
    with pytest.raises(ExperimentError, match="a bag of words is for text"):
        validate_structure(exp)
    exp.data.encoding = "sequence"
    exp.training.class_weight = "balanced"
    validate_structure(exp)
    data = datasets.generate(exp.data, exp.seed)
    assert len(data.holdout_y) == 30 and len(data.train_y) == 60 and len(data.test_y) == 60
    assert data.train_x.min() == pytest.approx(0) and data.train_x.max() == pytest.approx(1)


def test_reviews_as_a_bag_of_words():
    exp = default_experiment()
    exp.data = DataConfig(name="reviews", samples=100, encoding="multi_hot")
    data = datasets.generate(exp.data, 0)
    seq = datasets.generate(DataConfig(name="reviews", samples=100), 0)
    assert data.train_x.shape == (50, exp.input_shape[0]) and set(np.unique(data.train_x)) <= {0.0, 1.0}
    for bag, ids in zip(data.train_x[:5], seq.train_x[:5], strict=True):
        assert set(np.flatnonzero(bag)) == set(ids[ids > 0].tolist())


def test_a_prepared_keras_set_is_a_dataset(tmp_path, monkeypatch):
    """MNIST as the playground keeps it once downloaded (here: a small fake file, no network)."""
    from playground.core.data import keras_sets
    from playground.core.errors import ExperimentError

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    exp = default_experiment()
    exp.data = DataConfig(name="imdb", samples=300, encoding="multi_hot")
    exp.model.layers[0]["config"]["units"] = 4
    validate_structure(exp)
    assert exp.input_shape == (keras_sets.WORDS,) and exp.classes == ("negative", "positive")
    with pytest.raises(Exception, match="IMDB is not on this computer"):
        datasets.generate(exp.data, 0)
    path = keras_sets.prepared_path("mnist")
    path.parent.mkdir(parents=True)
    rng = np.random.default_rng(0)
    np.savez(path, x=rng.integers(0, 256, (500, 28, 28, 1), dtype=np.uint8), y=np.arange(500) % 10)
    data = datasets.generate(DataConfig(name="mnist", samples=200), 0)
    assert data.train_x.shape == (100, 28, 28, 1) and data.train_x.dtype == np.float32
    assert 0 <= data.train_x.min() and data.train_x.max() <= 1 and data.problem == "multiclass"
    assert data.notes == ["200 of MNIST's 500 samples"]
    with pytest.raises(ExperimentError, match="data.encoding"):
        exp.data = DataConfig(name="mnist", encoding="multi_hot")
        validate_structure(exp)
