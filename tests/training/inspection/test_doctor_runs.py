"""The training doctor on real runs: each setup built to go wrong in one way is diagnosed so, and
a sensible run is not. Also `layer_health`'s numbers against Keras's own, on every kind of layer."""

import numpy as np
import pytest

from playground.core.experiment.config import default_experiment, dense, output_layer
from playground.core.teaching import templates
from playground.training.engine.session import Session
from playground.training.inspection.health import layer_health
from playground.training.tf_setup import import_keras, import_tensorflow
from tests.training.inspection.doctor_runs import sgd, train_and_diagnose


def _adam(lr):
    return {"class_name": "Adam", "config": {"learning_rate": lr}}


def _rules(found, severities=("problem", "warning")):
    return [f.rule for f in found if f.severity in severities]


def _with_layers(layers: list[dict], **config) -> list[dict]:
    for layer in layers:
        layer["config"].update(config)
    return layers


# -- runs -----------------------------------------------------------------------------------------


def test_a_sensible_run_is_healthy():
    _, found, layers = train_and_diagnose(default_experiment(), 400)
    assert [f.rule for f in found] == ["healthy"], found
    assert [h.activation for h in layers] == ["tanh", "tanh", "sigmoid"]


def test_a_huge_learning_rate():
    exp = default_experiment()
    exp.training.optimizer = sgd(10.0)
    _, found, _ = train_and_diagnose(exp)
    assert {"nonfinite", "oscillating"} & set(_rules(found)), found
    assert "healthy" not in _rules(found, ("info",))

    regression = default_experiment()  # a linear output has nothing to stop it: the loss becomes NaN
    regression.data.name = "plane"
    regression.training.loss, regression.training.metrics = "mse", ["mae"]
    regression.model.layers = [dense(8, "relu"), dense(8, "relu"), output_layer("regression", "mse")]
    regression.training.optimizer = sgd(10.0)
    session, found, _ = train_and_diagnose(regression)
    assert [f.rule for f in found] == ["nonfinite"]
    assert found[0].epoch == session.epoch and "from 10 to 1" in found[0].advice


def test_a_tiny_learning_rate_does_not_learn():
    exp = default_experiment()
    exp.training.optimizer = sgd(1e-6)
    _, found, _ = train_and_diagnose(exp)
    assert _rules(found) == ["not_learning"], found
    assert "Raise the learning rate" in found[0].advice


def test_a_big_network_on_few_noisy_points_overfits():
    exp = default_experiment()
    exp.data.name, exp.data.noise, exp.data.samples, exp.data.train_fraction = "xor", 0.5, 100, 0.3
    exp.model.layers = [
        dense(64, "relu"),
        dense(64, "relu"),
        dense(64, "relu"),
        output_layer("classification", "binary_crossentropy"),
    ]
    exp.training.optimizer = _adam(0.01)
    _, found, _ = train_and_diagnose(exp, 500)
    assert "overfitting" in _rules(found), found
    overfitting = next(f for f in found if f.rule == "overfitting")
    assert overfitting.severity == "problem" and "Training accuracy 100 %" in overfitting.text


def test_one_linear_unit_underfits_the_spiral():
    exp = default_experiment()
    exp.data.name = "spiral"
    exp.model.layers = [dense(1, "linear"), output_layer("classification", "binary_crossentropy")]
    exp.training.optimizer = _adam(0.03)
    _, found, _ = train_and_diagnose(exp)
    assert _rules(found) == ["underfitting"], found


def test_a_large_negative_bias_kills_relu_units():
    exp = default_experiment()
    hidden = _with_layers(
        [dense(16, "relu") for _ in range(4)], bias_initializer={"class_name": "Constant", "config": {"value": -5.0}}
    )
    exp.model.layers = [*hidden, output_layer("classification", "binary_crossentropy")]
    _, found, layers = train_and_diagnose(exp)
    assert _rules(found) == ["dead_relu", "not_learning"], found
    assert [h.dead_fraction for h in layers[:4]] == [1.0] * 4
    assert "dead" in found[1].text


@pytest.mark.parametrize("activation", ["sigmoid", "tanh"])
def test_ten_layers_of_tiny_weights_vanish(activation):
    exp = default_experiment()
    tiny = {"class_name": "RandomNormal", "config": {"mean": 0.0, "stddev": 0.01}}
    hidden = _with_layers([dense(16, activation) for _ in range(10)], kernel_initializer=tiny)
    exp.model.layers = [*hidden, output_layer("classification", "binary_crossentropy")]
    _, found, layers = train_and_diagnose(exp)
    assert _rules(found) == ["vanishing_gradients", "not_learning"], found
    assert layers[0].grad_norm < 1e-3 * layers[-1].grad_norm


# -- layer_health -----------------------------------------------------------------------------------


def test_layer_health_matches_keras():
    keras, tf = import_keras(), import_tensorflow()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 5)).astype(np.float32)
    y = rng.integers(0, 2, (300, 1)).astype(np.float32)
    inputs = keras.Input((5,))
    h1 = keras.layers.Dense(8, "relu", bias_initializer=keras.initializers.Constant(-0.5), name="h1")(inputs)
    h2 = keras.layers.Dense(6, "tanh", kernel_initializer=keras.initializers.RandomNormal(stddev=2.0), name="h2")(h1)
    dropped = keras.layers.Dropout(0.5)(h2)
    out = keras.layers.Dense(1, "sigmoid", name="out")(dropped)
    model = keras.Model(inputs, out)
    model.compile(optimizer="sgd", loss="binary_crossentropy")

    found = layer_health(model, x, y, max_samples=200)
    assert [h.name for h in found] == ["h1", "h2", "out"]
    assert [h.activation for h in found] == ["relu", "tanh", "sigmoid"]
    assert [h.units for h in found] == [8, 6, 1]

    xb, yb = x[:200], y[:200]
    a1 = keras.Model(inputs, h1)(xb, training=False).numpy()
    a2 = keras.Model(inputs, h2)(xb, training=False).numpy()
    kernels = [model.get_layer(n).kernel for n in ("h1", "h2", "out")]
    with tf.GradientTape() as tape:
        loss = keras.losses.binary_crossentropy(yb, model(xb, training=False))
        loss = tf.reduce_mean(loss)
    grads = tape.gradient(loss, kernels)
    assert found[0].act_std == pytest.approx(a1.std(), rel=1e-4)
    assert found[0].dead_fraction == pytest.approx(np.mean(a1.max(axis=0) <= 0))
    assert found[0].saturated_fraction is None
    assert found[1].saturated_fraction == pytest.approx(np.mean(np.abs(a2) > 0.99))
    assert found[1].dead_fraction is None
    assert found[2].saturated_fraction is None  # the output's sigmoid is meant to reach 0 and 1
    for h, g, k in zip(found, grads, kernels, strict=True):
        assert h.grad_norm == pytest.approx(np.linalg.norm(g.numpy()), rel=1e-4)
        assert h.weight_norm == pytest.approx(np.linalg.norm(k.numpy()), rel=1e-5)
    # Called again (as every few seconds while training) it reuses its compiled function.
    assert layer_health(model, x, y, max_samples=200) == found
    without = layer_health(model, x, None, max_samples=200)  # no targets: the same, without gradients
    assert [h.grad_norm for h in without] == [None] * 3
    assert [h.act_std for h in without] == [h.act_std for h in found]


def _session(make):
    """A session of a template, built but not trained: its model, test inputs and targets."""
    return Session(make())


def test_layer_health_on_convolutions_recurrent_layers_and_several_outputs():
    lenet = _session(templates.lenet)
    found = layer_health(lenet.model, lenet.x_test, lenet.y_test)
    assert [(h.name, h.activation, h.units) for h in found] == [
        ("conv2d_1", "relu", 8),
        ("conv2d_2", "relu", 16),
        ("dense_1", "relu", 32),
        ("output", "softmax", 10),
    ]
    assert all(h.grad_norm > 0 and h.act_std > 0 for h in found)

    gru = _session(templates.gru)
    found = layer_health(gru.model, gru.x_test, gru.y_test)
    assert [(h.name, h.activation) for h in found] == [("embedding", "linear"), ("gru", "tanh"), ("output", "sigmoid")]
    assert found[1].units == 16 and found[1].saturated_fraction is not None
    assert all(h.grad_norm is not None and h.grad_norm > 0 for h in found)

    two = _session(templates.two_inputs_two_outputs)
    found = layer_health(two.model, two.x_test, two.y_test)
    assert {h.name for h in found} == {"xy", "sq", "output", "xy_only"}
    assert all(h.grad_norm is None for h in found)  # several outputs: no gradients
    outputs = [h for h in found if h.name in ("output", "xy_only")]
    assert all(h.saturated_fraction is None for h in outputs)
