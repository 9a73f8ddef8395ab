"""The training doctor names a learning rate that is too high first, on real runs: the loss it throws
up, and the saturated or dead units and missing gradients it brings, are read from a real short
training as the window records them (history rows and `layer_health`)."""

import numpy as np

from playground.core.experiment.config import Experiment, default_experiment, dense, output_layer
from tests.training.inspection.doctor_runs import sgd, train_and_diagnose

LAYER_RULES = {"dead_relu", "saturated", "vanishing_gradients", "exploding_gradients"}


def _run(exp: Experiment, epochs: int):
    session, found, _ = train_and_diagnose(exp, epochs)
    return session.history.rows, found


def test_learning_rate_50_on_the_circle_is_named_first():
    exp = default_experiment()  # the circle, 4-2 tanh, SGD
    exp.training.optimizer = sgd(50.0)
    rows, found = _run(exp, 150)
    losses = np.array([row["loss"] for row in rows])
    assert np.all(np.isfinite(losses)) and np.median(losses[-30:]) > 2 * np.log(2)  # thrown far above guessing
    first = found[0]
    assert first.rule == "learning_rate_too_high" and first.severity == "problem", [f.rule for f in found]
    assert "The learning rate 50 is too high" in first.text and "from 50 to 5" in first.advice
    # The layer trouble such steps bring is listed after it, and named in it as its effect.
    effects = [f for f in found[1:] if f.rule in LAYER_RULES]
    assert effects, [f.rule for f in found]
    assert all(f.title in first.text for f in effects)


def test_learning_rate_50_with_relu_units_is_named_before_the_dead_units():
    exp = default_experiment()
    exp.model.layers = [dense(8, "relu"), dense(8, "relu"), output_layer("classification", "binary_crossentropy")]
    exp.training.optimizer = sgd(50.0)
    _, found = _run(exp, 150)
    rules = [f.rule for f in found]
    assert rules[0] == "learning_rate_too_high", rules
    assert "dead_relu" in rules and "Dead ReLU units" in found[0].text


def test_a_rate_that_only_wobbles_a_learnt_model_is_not_called_too_high():
    exp = default_experiment()
    exp.data.name = "xor"
    exp.training.optimizer = sgd(0.3)  # the loss jumps between 0.02 and 0.2 late on, at 95 %+ accuracy
    rows, found = _run(exp, 300)
    assert np.mean([row["accuracy"] for row in rows[-50:]]) > 0.9
    assert "learning_rate_too_high" not in [f.rule for f in found]
