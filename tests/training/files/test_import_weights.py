"""An imported .keras model goes on from its trained weights, with frozen layers kept as they are."""

import numpy as np
import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment, default_experiment
from playground.training.engine.session import Session
from playground.training.files.keras_io import read_keras, save_keras


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    exp = default_experiment()
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.02}}
    session = Session(exp)
    session.train(40)
    path = tmp_path_factory.mktemp("model") / "trained.keras"
    save_keras(exp, path, session.model)
    return exp, session, path


def _imported(exp, path) -> Experiment:
    layers, _shape, _notes = read_keras(path)
    new = exp.copy()
    new.model.layers = layers
    new.model.weights = str(path)
    return Experiment.from_dict(new.to_dict())  # as saved in and read back from a file


def test_the_run_starts_where_the_file_left_off(trained):
    exp, session, path = trained
    new = _imported(exp, path)
    again = Session(new)
    for mine, theirs in zip(again.model.weights, session.model.weights, strict=True):
        np.testing.assert_array_equal(mine.numpy(), theirs.numpy())
    first = again.train(1)[0]
    assert first["val_accuracy"] > 0.9  # a fresh model starts near 0.5 on the circle


def test_a_frozen_layer_keeps_its_trained_weights(trained):
    exp, session, path = trained
    new = _imported(exp, path)
    new.model.layers[0]["config"]["trainable"] = False
    again = Session(new)
    before = [w.numpy() for w in again.model.layers[0].weights]
    again.train(5)
    for value, weight in zip(before, again.model.layers[0].weights, strict=True):
        np.testing.assert_array_equal(value, weight.numpy())
    assert not np.array_equal(again.model.layers[1].weights[0].numpy(), session.model.layers[1].weights[0].numpy())


def test_missing_or_unfitting_files_say_what_to_do(trained, tmp_path):
    exp, _session, path = trained
    new = _imported(exp, path)
    new.model.weights = str(tmp_path / "gone.keras")
    with pytest.raises(ExperimentError, match="gone.keras does not exist"):
        Session(new)
    other = _imported(exp, path)
    for layer in other.model.layers:
        layer["config"]["name"] = "renamed_" + layer["config"].get("name", "x")
    with pytest.raises(ExperimentError, match="none of its layers has the name and weight shapes"):
        Session(other)
    with pytest.raises(ExperimentError, match="model.weights: must be the path of a .keras file"):
        bad = default_experiment().to_dict()
        bad["model"]["weights"] = "weights.h5"
        Experiment.from_dict(bad)
