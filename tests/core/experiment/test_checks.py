"""Whether a network works on its data: each wrong layer is named with its cause and the fix."""

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment, default_experiment, dense


def _raw(data, layers, loss=None, target="labels"):
    raw = default_experiment().to_dict()
    raw["data"].update(name=data, target=target)
    raw["model"]["layers"] = layers
    if loss:
        raw["training"]["loss"] = loss
    return raw


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
    losses = {"circle": None, "reviews": "binary_crossentropy"}
    raw = _raw(data, layers, losses.get(data, "sparse_categorical_crossentropy"))
    exp = Experiment.from_dict(raw)  # it opens (and saves): the editor shows what is wrong
    with pytest.raises(ExperimentError) as info:
        validate(exp)
    assert info.value.field == f"model.layers[{index}]"
    assert words in str(info.value)


def test_an_autoencoder_must_rebuild_the_input_shape():
    raw = _raw("digits", [_layer("Flatten"), dense(16), dense(64, "sigmoid")], "mse", target="inputs")
    exp = Experiment.from_dict(raw)
    assert exp.problem == "reconstruction" and exp.target_shape == (8, 8, 1)
    with pytest.raises(ExperimentError, match=r"end with Reshape to \(8, 8, 1\)"):
        validate(exp)
    exp.model.layers.append(_layer("Reshape", target_shape=[8, 8, 1]))
    validate(exp)
