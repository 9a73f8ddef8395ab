import numpy as np
import pytest

from playground.core.data import datasets
from playground.core.data.data_config import DATASETS, FEATURES, PLANE_DATASETS, TABULAR_DATASETS, DataConfig
from playground.core.experiment.config import Experiment


@pytest.mark.parametrize("name", PLANE_DATASETS)
def test_generation_is_seeded_and_split(name):
    cfg = DataConfig(name=name, samples=400, noise=0.2, train_fraction=0.3)
    a, b, c = datasets.generate(cfg, 1), datasets.generate(cfg, 1), datasets.generate(cfg, 2)
    assert np.array_equal(a.train_x, b.train_x) and np.array_equal(a.test_y, b.test_y)
    assert not np.array_equal(a.train_x, c.train_x)
    assert a.train_x.shape == (120, 2) and a.test_x.shape == (280, 2)
    assert a.train_y.shape == (120, 1)
    assert np.abs(np.concatenate([a.train_x, a.test_x])).max() <= 7.5
    if DATASETS[name] == "classification":
        assert set(np.unique(a.train_y)) == {0.0, 1.0}
    else:
        assert a.train_y.min() >= -1.8 and a.train_y.max() <= 1.8 and a.train_y.std() > 0.05


def test_plane_targets_span_tensorflow_playgrounds_whole_range():
    # Its label scale maps x + y in [-10, 10] onto [-1, 1] without clamping: corners reach ±1.2.
    data = datasets.generate(DataConfig(name="plane", samples=2000, train_fraction=0.5), 3)
    xy, y = np.concatenate([data.train_x, data.test_x]), np.concatenate([data.train_y, data.test_y]).ravel()
    np.testing.assert_allclose(y, xy.sum(axis=1) / 10, atol=1e-6)
    assert y.max() > 1.1 and y.min() < -1.1


def test_multigauss_targets_are_the_six_bumps_over_minus_one_to_one():
    data = datasets.generate(DataConfig(name="multigauss", samples=2000, train_fraction=0.5), 3)
    y = np.concatenate([data.train_y, data.test_y]).ravel()
    assert y.max() > 0.9 and y.min() < -0.9 and np.abs(y).max() <= 1
    centre = datasets.multigauss_target(np.array([[-4.0, 2.5], [0.0, 2.5], [1.0, 2.5], [0.0, 0.0]]))
    np.testing.assert_allclose(centre, [1.0, -1.0, -0.5, 0.0])


def test_circle_labels_follow_radius_without_noise():
    data = datasets.generate(DataConfig(name="circle", samples=300), 0)
    inside = np.hypot(*data.train_x.T) < 2.5
    assert np.array_equal(inside, data.train_y.ravel() == 1)


def test_xor_labels_follow_quadrant():
    data = datasets.generate(DataConfig(name="xor", samples=300), 0)
    same_sign = data.train_x[:, 0] * data.train_x[:, 1] >= 0
    assert np.array_equal(same_sign, data.train_y.ravel() == 1)


def test_noise_flips_some_circle_labels():
    data = datasets.generate(DataConfig(name="circle", samples=1000, noise=0.5), 0)
    inside = np.hypot(*data.train_x.T) < 2.5
    flipped = np.mean(inside != (data.train_y.ravel() == 1))
    assert 0.02 < flipped < 0.4


def test_features_values_and_order():
    xy = np.array([[1.0, 2.0], [-0.5, 3.0]], np.float32)
    x = datasets.features(xy, list(FEATURES))
    expected = [[1, 2, 1, 4, 2, np.sin(1), np.sin(2)], [-0.5, 3, 0.25, 9, -1.5, np.sin(-0.5), np.sin(3)]]
    assert np.allclose(x, expected)
    assert x.dtype == np.float32


def test_grid_is_an_upright_image():
    g = datasets.grid(5)
    assert g.shape == (25, 2)
    assert np.allclose(g[0], [-6, 6]) and np.allclose(g[4], [6, 6]) and np.allclose(g[-1], [6, -6])


@pytest.mark.parametrize("name", [n for n in DATASETS if n not in PLANE_DATASETS + TABULAR_DATASETS])
def test_generated_sets_split_stratified_with_the_experiments_input_shape(name):
    exp = Experiment(data=DataConfig(name=name, samples=300, train_fraction=0.5))
    data = datasets.generate(exp.data, 3)
    assert data.train_x.shape == (150, *exp.input_shape) and data.test_x.shape == (150, *exp.input_shape)
    assert data.train_y.shape == (150, 1)
    counts = np.bincount(data.train_y.astype(int).ravel(), minlength=len(exp.classes))
    assert len(counts) == len(exp.classes) and counts.min() >= 0.6 * 150 / len(exp.classes)


def test_a_split_too_small_to_stratify_still_splits():
    data = datasets.generate(DataConfig(name="digits", samples=20, train_fraction=0.1), 0)
    assert len(data.train_y) == 2 and len(data.test_y) == 18
