import json

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment, default_experiment, dense
from playground.core.network.layer_graph import param_counts


def _raw(**edits):
    raw = default_experiment().to_dict()
    for path, value in edits.items():
        node = raw
        keys = path.split(".")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        last = keys[-1]
        if value is _DELETE:
            del node[last]
        elif last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value
    return raw


_DELETE = object()


def test_round_trip_is_identical(tmp_path):
    exp = default_experiment()
    exp.model.layers[0] = dense(8, "relu", l1=0.001, l2=0.01)
    path = tmp_path / "e.json"
    exp.save(path)
    again = Experiment.load(path)
    assert again == exp
    raw = json.loads(path.read_text())
    assert raw["format"] == "playground.experiment" and raw["version"] == 1
    assert raw["model"]["layers"][0] == {
        "class_name": "Dense",
        "config": {
            "units": 8,
            "activation": "relu",
            "kernel_regularizer": {"class_name": "L1L2", "config": {"l1": 0.001, "l2": 0.01}},
        },
    }
    assert raw["training"]["optimizer"] == {"class_name": "SGD", "config": {"learning_rate": 0.03}}


@pytest.mark.parametrize(
    "edits, field, words",
    [
        ({"format": "something"}, "format", "playground.experiment"),
        ({"version": 7}, "version", "version 1"),
        ({"colour": "red"}, "colour", "not a known field"),
        ({"data.name": "donut"}, "data.name", "circle"),
        ({"data.noise": 0.9}, "data.noise", "0 to 0.5"),
        ({"data.train_fraction": 0.95}, "data.train_fraction", "10 %–90 %"),
        ({"data.samples": 3}, "data.samples", "from 20"),
        ({"data.features": []}, "data.features", "at least one"),
        ({"data.features": ["x1", "x3"]}, "data.features[1]", "x1^2"),
        ({"model.layers.0.config.units": 0}, "model.layers[0].config.units", "from 1"),
        ({"model.layers.1.config.activation": "swoosh"}, "model.layers[1].config.activation", "relu"),
        ({"model.layers.0.class_name": "Lambda"}, "model.layers[0].class_name", "Dense"),
        ({"model.layers.0.config.colour": 3}, "model.layers[0].config.colour", "not a setting of Dense"),
        ({"model.layers.0.inputs": "dense_1"}, "model.layers[0].inputs", "list of layer names"),
        ({"data.target": "labels2"}, "data.target", "labels, inputs"),
        ({"data.target": "inputs"}, "data.target", "needs images or sequences"),
        ({"training.loss": "sparse_categorical_crossentropy"}, "training.loss", "does not fit classification"),
        ({"model.layers": []}, "model.layers", "output layer"),
        ({"training.loss": "kl"}, "training.loss", "binary_crossentropy"),
        ({"training.optimizer.class_name": "Lion"}, "training.optimizer.class_name", "Adam"),
        ({"training.optimizer.config.learning_rate": -1}, "training.optimizer.config.learning_rate", "above 0"),
        ({"training.batch_size": 1000}, "training.batch_size", "only 250 training samples"),
        ({"training.batch_size": 0}, "training.batch_size", "≥ 1"),
        ({"training.epochs": 0}, "training.epochs", "from 1"),
        ({"training.metrics": ["f1"]}, "training.metrics[0]", "accuracy"),
        ({"seed": -1}, "seed", "≥ 0"),
    ],
)
def test_wrong_fields_are_named(edits, field, words):
    with pytest.raises(ExperimentError) as info:
        Experiment.from_dict(_raw(**edits))
    assert info.value.field == field
    assert words in str(info.value)


def test_bad_json_says_where():
    with pytest.raises(ExperimentError) as info:
        Experiment.from_json('{"format": "playground.experiment",\n "version": 1,,}')
    assert "line 2" in str(info.value)


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(ExperimentError, match="cannot be read"):
        Experiment.load(tmp_path / "nope.json")


def test_regularizer_must_be_builtin():
    raw = _raw()
    raw["model"]["layers"][0]["config"]["kernel_regularizer"] = {"class_name": "MyReg", "config": {}}
    with pytest.raises(ExperimentError) as info:
        Experiment.from_dict(raw)
    assert info.value.field == "model.layers[0].config.kernel_regularizer"


def test_param_counts_without_keras():
    layers = [dense(4), dense(2), dense(1, "sigmoid")]
    assert param_counts((2,), layers) == [2 * 4 + 4, 4 * 2 + 2, 2 * 1 + 1]
    assert param_counts((7,), [dense(1)]) == [8]


@pytest.mark.parametrize("name, rate", [("SGD", 0.01), ("Adam", 0.001)])
def test_missing_learning_rate_gets_keras_default(name, rate):
    raw = _raw(**{"training.optimizer": {"class_name": name}})
    assert Experiment.from_dict(raw).training.learning_rate == rate
