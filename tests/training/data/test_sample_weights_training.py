"""An imported file's sample weights reach training: samples weighted 0 are ignored."""

import numpy as np
import pytest

from playground.core.data import preprocessing
from playground.training.engine.session import Session
from tests.training.data.test_imported_training import dense, file_experiment

N = 200


def noisy_file(tmp_path, weighted: bool):
    """Two features, the class x1 + x2 > 0. Every other sample is a clean one twice as far out with
    its label flipped, and weight 0: unweighted, those outweigh the clean samples and turn the rule
    round; weighted, they are left out."""
    rng = np.random.default_rng(7)
    clean = rng.uniform(-3, 3, (N // 2, 2))
    x = np.empty((N, 2))
    x[0::2], x[1::2] = clean, 2 * clean
    y = (x.sum(axis=1) > 0).astype(int)
    flipped = np.arange(N) % 2 == 1
    y[flipped] = 1 - y[flipped]
    arrays = {"x": x, "y": y}
    if weighted:
        arrays["sample_weight"] = np.where(flipped, 0.0, 1.0)
    path = tmp_path / ("weighted.npz" if weighted else "plain.npz")
    np.savez(path, **arrays)
    return {"kind": "npz", "path": str(path)}


def clean_accuracy(session, clean):
    p = session.model.predict(session.x_train[clean], verbose=0).ravel()
    return float(np.mean((p > 0.5) == (session.dataset.train_y.ravel()[clean] > 0.5)))


def trained(source, engine="fast", epochs=30):
    exp = file_experiment(source, [dense(1, "sigmoid")], "binary_crossentropy", N, lr=0.05)
    session = Session(exp, engine=engine)
    session.train(epochs)
    return session


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_samples_weighted_zero_are_left_out_of_training(tmp_path, engine):
    weighted = trained(noisy_file(tmp_path, True), engine)
    clean = weighted.dataset.train_w == 1
    assert 0.3 < clean.mean() < 0.7 and set(weighted.dataset.train_w.tolist()) == {0.0, 1.0}
    assert weighted.history.last["loss"] < 0.3  # the loss of the weighted samples only
    assert clean_accuracy(weighted, clean) > 0.9
    plain = trained(noisy_file(tmp_path, False), engine)
    assert plain.dataset.train_w is None
    assert np.array_equal(plain.dataset.train_x, weighted.dataset.train_x)  # the same rows
    assert clean_accuracy(plain, clean) < 0.6  # the flipped labels win


def test_balanced_class_weights_multiply_the_sample_weights(tmp_path):
    exp = file_experiment(noisy_file(tmp_path, True), [dense(1, "sigmoid")], "binary_crossentropy", N)
    exp.training.class_weight = "balanced"
    session = Session(exp)
    data = session.dataset
    balanced = preprocessing.class_weights(data.train_y, 2)
    per_class = np.array([balanced[int(c)] for c in data.train_y.ravel()], np.float32)
    x, y, w = session._train
    assert np.allclose(w, data.train_w * per_class)
    assert w.min() == 0 and len(w) == len(x)
