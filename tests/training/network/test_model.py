import numpy as np
import pytest

from playground.core.data import datasets
from playground.core.errors import ExperimentError
from playground.core.experiment.config import default_experiment, dense
from playground.core.network.layer_graph import param_counts
from playground.training.engine.session import Session
from playground.training.network import serialization
from playground.training.network.model_builder import build_model


@pytest.mark.parametrize("features", [["x1", "x2"], ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]])
def test_param_counts_equal_keras(features):
    exp = default_experiment()
    exp.data.features = features
    exp.model.layers = [dense(6, "relu", l2=0.1), dense(3, "gelu"), dense(1, "sigmoid")]
    model = build_model(exp)
    counts = param_counts((len(features),), exp.model.layers)
    assert sum(counts) == model.count_params()
    assert [layer.count_params() for layer in model.layers] == counts


@pytest.mark.parametrize(
    "config, words",
    [
        ({"class_name": "Dense", "config": {"units": 2, "module": "os"}, "module": "os"}, "built-in"),
        ({"class_name": "Dense", "config": {"units": 2}, "registered_name": "evil>Dense"}, "custom object"),
        (
            {
                "class_name": "Dense",
                "config": {"units": 2, "kernel_initializer": {"class_name": "Lambda", "config": {}}},
            },
            "code",
        ),
        ({"class_name": "Dense", "config": {"units": 2, "unitz": 2}}, "unitz"),
    ],
)
def test_only_builtin_keras_objects(config, words):
    with pytest.raises(ExperimentError) as info:
        serialization.layer(config, "model.layers[0]")
    assert info.value.field.startswith("model.layers[0]")
    assert words in str(info.value)


def test_optimizer_settings_reach_keras():
    opt = serialization.optimizer(
        {"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9, "nesterov": True}}
    )
    assert type(opt).__name__ == "SGD" and opt.nesterov and float(opt.momentum) == pytest.approx(0.9)
    with pytest.raises(ExperimentError, match="training.optimizer"):
        serialization.optimizer({"class_name": "Adam", "config": {"learning_rate": 0.1, "bogus": 1}})


def test_regularisation_is_in_the_loss():
    exp = default_experiment()
    exp.model.layers[0] = dense(4, "tanh", l1=0.5)
    model = build_model(exp)
    assert len(model.losses) == 1 and float(model.losses[0]) > 0


def test_snapshot_shapes_and_ranges():
    exp = default_experiment()
    session = Session(exp, resolution=20)
    session.train(3)
    snap = session.snapshot()
    assert snap.epoch == 3 and snap.row["epoch"] == 3
    assert [g.shape for g in snap.neuron_grids] == [(4, 20, 20), (2, 20, 20), (1, 20, 20)]
    assert [k.shape for k in snap.kernels] == [(2, 4), (4, 2), (2, 1)]
    assert 0 <= snap.output_grid.min() and snap.output_grid.max() <= 1
    assert np.abs(snap.neuron_grids[0]).max() <= 1  # tanh
    # The grid's first row is the top of the plane: compare with calling the model directly.
    corner = datasets.features(np.array([[-6.0, 6.0]], np.float32), exp.data.features)
    assert float(session.model(corner)[0, 0]) == pytest.approx(float(snap.output_grid[0, 0]), rel=1e-4)


@pytest.mark.parametrize(
    "name, features, layers, optimizer, epochs, minimum",
    [
        # xor needs no hidden layer once x1·x2 is an input.
        ("xor", ["x1*x2"], [dense(1, "sigmoid")], {"class_name": "SGD", "config": {"learning_rate": 0.1}}, 60, 0.9),
        # spiral learns with a deeper network.
        (
            "spiral",
            ["x1", "x2", "sin(x1)", "sin(x2)"],
            [dense(8, "tanh"), dense(8, "tanh"), dense(6, "tanh"), dense(1, "sigmoid")],
            {"class_name": "Adam", "config": {"learning_rate": 0.01}},
            400,
            0.85,
        ),
    ],
)
def test_playground_problems_learn(name, features, layers, optimizer, epochs, minimum):
    exp = default_experiment()
    exp.data.name, exp.data.features = name, features
    exp.model.layers = layers
    exp.training.optimizer = optimizer
    session = Session(exp)
    while session.epoch < epochs:
        session.train(100)
    assert session.history.last["val_accuracy"] >= minimum


def test_summary_text_is_whole_and_plain():
    from playground.training.network.model_builder import summary_text

    text = summary_text(build_model(default_experiment()))
    assert "\x1b[" not in text and "Param #" in text
    rows = [line for line in text.splitlines() if "(Dense)" in line]
    assert [line.rstrip().rsplit("│", 2)[-2].strip() for line in rows] == ["12", "10", "3"]
