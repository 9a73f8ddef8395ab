import json

import pytest

from playground.core.experiment.config import (
    Experiment,
    ExperimentError,
    default_experiment,
    dense,
    validate,
)
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


def _conv(filters=4, kernel=3, **cfg):
    return {"class_name": "Conv2D", "config": {"filters": filters, "kernel_size": kernel, **cfg}}


def _layer(kind, **cfg):
    return {"class_name": kind, "config": cfg}


def _named(layer, name, inputs=None):
    out = {**layer, "config": {**layer["config"], "name": name}}
    if inputs:
        out["inputs"] = inputs
    return out


@pytest.mark.parametrize(
    "data, layers, index, words",
    [
        ("digits", [_conv(), dense(10, "softmax")], 1, "Dense receives a 4-D input (6, 6, 4) from Conv2D: insert"),
        ("digits", [_conv(kernel=9), _layer("Flatten"), dense(10, "softmax")], 0, "kernel 9×9 is larger than its 8×8"),
        ("circle", [_layer("LSTM", units=4), dense(1, "sigmoid")], 0, "LSTM needs a sequence (batch, time, features)"),
        ("digits", [_layer("Flatten"), dense(1, "sigmoid")], 1, "1 unit(s) but the data has 10 classes"),
        ("digits", [_layer("Flatten"), dense(10, "relu")], 1, "set the last activation to softmax"),
        ("circle", [dense(4), dense(1, "softmax")], 1, "softmax over one unit always outputs 1"),
        ("sequences", [_layer("LSTM", units=4, return_sequences=True)], 0, "turn return_sequences off"),
        ("reviews", [_layer("Embedding", input_dim=60, output_dim=4), dense(1, "sigmoid")], 1, "outputs (12, 1)"),
        (
            "circle",
            [_named(dense(4), "a"), _named(dense(3), "b"), _named(_layer("Add"), "s", ["a", "b"]), dense(1)],
            2,
            "Add needs equal shapes but receives (4,) from a and (3,) from b",
        ),
        ("circle", [_named(dense(4), "a"), _named(dense(4), "b", ["input"]), dense(1, "sigmoid")], 0, "goes nowhere"),
        ("circle", [_named(dense(4), "a", ["c"]), dense(1, "sigmoid")], 0, "'c', which is not a layer above it"),
        ("circle", [_named(dense(4), "a"), _named(_layer("Add"), "add", ["a"]), dense(1, "sigmoid")], 1, "merges two"),
    ],
)
def test_a_network_that_cannot_work_names_the_layer_and_the_fix(data, layers, index, words):
    raw = _raw(**{"data.name": data, "model.layers": layers})
    if data != "circle":
        raw["training"]["loss"] = "sparse_categorical_crossentropy" if data != "reviews" else "binary_crossentropy"
    exp = Experiment.from_dict(raw)  # it opens (and saves): the editor shows what is wrong
    with pytest.raises(ExperimentError) as info:
        validate(exp)
    assert info.value.field == f"model.layers[{index}]"
    assert words in str(info.value)


def test_an_autoencoder_must_rebuild_the_input_shape():
    raw = _raw(**{"data.name": "digits", "data.target": "inputs", "training.loss": "mse"})
    raw["model"]["layers"] = [_layer("Flatten"), dense(16), dense(64, "sigmoid")]
    exp = Experiment.from_dict(raw)
    assert exp.problem == "reconstruction" and exp.target_shape == (8, 8, 1)
    with pytest.raises(ExperimentError, match=r"end with Reshape to \(8, 8, 1\)"):
        validate(exp)
    exp.model.layers.append(_layer("Reshape", target_shape=[8, 8, 1]))
    validate(exp)
