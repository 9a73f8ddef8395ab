"""Functional models with several inputs and outputs: built, counted, trained, saved as .keras."""

import math

import numpy as np
import pytest

from playground.core.experiment.config import default_experiment
from playground.core.network import layer_edits as edits
from playground.core.recipe.training_config import default_loss
from playground.training.engine.session import Session
from playground.training.files.keras_io import read_keras, save_keras
from tests.core.network.test_several_io import two_inputs_two_outputs


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_two_inputs_two_outputs_train_with_a_weighted_loss_per_output(engine):
    exp = two_inputs_two_outputs()
    session = Session(exp, engine=engine)
    model = session.model
    assert [t.name for t in model.inputs] == ["input", "squares"]
    assert model.output_names == ["dense_2", "side"]
    assert model.count_params() == sum(n.params for n in exp.analyse())
    assert [x.shape for x in session.x_train] == [(250, 2), (250, 2)]
    # The second input really receives x1², x2² of the same points.
    assert np.allclose(session.x_train[1], session.x_train[0] ** 2, atol=1e-6)
    session.warm_up()
    rows = session.train(3)
    last = rows[-1]
    for key in ("dense_2_loss", "side_loss", "val_side_loss", "side_accuracy", "accuracy", "val_accuracy"):
        assert key in last, key
    # Keras's total: each output's loss times its weight.
    assert math.isclose(last["loss"], last["dense_2_loss"] + 0.5 * last["side_loss"], rel_tol=1e-3)
    assert last["accuracy"] == last["dense_2_accuracy"]


def test_a_classifier_with_an_autoencoder_head_learns_both():
    """digits: a shared Dense code feeds the 10-class softmax and a head that rebuilds the image."""
    exp = default_experiment()
    exp.data.name, exp.data.samples, exp.data.train_fraction = "digits", 600, 0.7
    exp.training.loss, exp.training.batch_size = default_loss("multiclass"), 32
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.01}}
    layers = [
        {"class_name": "Flatten", "config": {"name": "flat"}},
        {"class_name": "Dense", "config": {"name": "code", "units": 32, "activation": "relu"}},
        {"class_name": "Dense", "config": {"name": "classes", "units": 10, "activation": "softmax"}},
    ]
    layers = edits.branch(layers, 1, {"class_name": "Dense", "config": {"name": "pixels", "units": 64}})
    layers = edits.insert(layers, 3, {"class_name": "Reshape", "config": {"name": "image", "target_shape": [8, 8, 1]}})
    layers[3]["output"] = {"target": "inputs", "loss": "mse", "loss_weight": 0.2}
    exp.model.layers = layers
    session = Session(exp)
    assert session.y_train[1].shape == (420, 8, 8, 1)
    session.warm_up()
    first = session.train(1)[0]
    last = session.train(20)[-1]
    assert last["val_accuracy"] > 0.85
    assert last["val_image_loss"] < 0.5 * first["val_image_loss"]
    assert "val_image_mae" in last


def test_several_inputs_and_outputs_round_trip_through_a_keras_file(tmp_path):
    exp = two_inputs_two_outputs()
    exp.model.layers[3]["output"] = {"target": "labels", "loss": "mse", "loss_weight": 0.25, "metrics": ["mae"]}
    path = tmp_path / "two.keras"
    save_keras(exp, path)
    layers, shape, notes = read_keras(path)
    assert shape == (2,)
    by_name = {layer["config"]["name"]: layer for layer in layers}
    assert set(by_name) == {layer["config"]["name"] for layer in exp.model.layers}
    for layer in exp.model.layers:
        got = by_name[layer["config"]["name"]]
        assert got.get("inputs") == layer.get("inputs") and got["class_name"] == layer["class_name"]
        if layer["class_name"] != "Input":  # an Input's features are the playground's, not in the file
            assert got["config"] == layer["config"]
    assert by_name["side"]["output"] == exp.model.layers[3]["output"]
    assert layers[-1]["config"]["name"] == "dense_2"  # the main output stays last
    assert any("squares" in note for note in notes)
    again = exp.copy()
    again.model.layers = layers
    again.model.layers[[x["config"]["name"] for x in layers].index("squares")]["config"]["features"] = ["x1^2", "x2^2"]
    assert Session(again).model.count_params() == Session(exp).model.count_params()
