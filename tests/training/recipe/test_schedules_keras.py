"""Keras's schedule objects give exactly the rates the playground draws (core.recipe.schedule_rates.lr_at)."""

import numpy as np
import pytest

from playground.core.recipe import schedule_rates, schedules
from playground.training.recipe.schedules import custom_objects, keras_schedule
from playground.training.tf_setup import import_keras

LR0 = 0.1
SPE = 7  # steps per epoch
# Every schedule with settings away from the defaults, including staircase, cycle, warm-up and restarts;
# the decays are short so the 400 steps checked cross many drops, cycles and restarts.
CASES = {
    "step": {"class_name": "StepDecay", "config": {"drop": 0.7, "epochs_drop": 3}},
    "exponential": {"class_name": "ExponentialDecay", "config": {"decay_steps": 30, "decay_rate": 0.8}},
    "exponential_staircase": {
        "class_name": "ExponentialDecay",
        "config": {"decay_steps": 30, "decay_rate": 0.8, "staircase": True},
    },
    "natural": {"class_name": "NaturalExpDecay", "config": {"decay_steps": 5, "decay_rate": 0.05}},
    "natural_staircase": {
        "class_name": "NaturalExpDecay",
        "config": {"decay_steps": 20, "decay_rate": 0.3, "staircase": True},
    },
    "inverse_time": {"class_name": "InverseTimeDecay", "config": {"decay_steps": 10, "decay_rate": 0.3}},
    "inverse_time_staircase": {
        "class_name": "InverseTimeDecay",
        "config": {"decay_steps": 10, "decay_rate": 0.3, "staircase": True},
    },
    "polynomial": {
        "class_name": "PolynomialDecay",
        "config": {"decay_steps": 150, "end_learning_rate": 0.01, "power": 2.0},
    },
    "polynomial_cycle": {
        "class_name": "PolynomialDecay",
        "config": {"decay_steps": 60, "end_learning_rate": 0.02, "power": 0.5, "cycle": True},
    },
    "cosine": {"class_name": "CosineDecay", "config": {"decay_steps": 200, "alpha": 0.1}},
    "cosine_warmup": {
        "class_name": "CosineDecay",
        "config": {"decay_steps": 200, "alpha": 0.05, "warmup_target": 0.5, "warmup_steps": 40},
    },
    "restarts": {
        "class_name": "CosineDecayRestarts",
        "config": {"first_decay_steps": 10, "t_mul": 2.0, "m_mul": 0.7, "alpha": 0.1},
    },
    "restarts_fractional": {
        "class_name": "CosineDecayRestarts",
        "config": {"first_decay_steps": 7, "t_mul": 1.5, "m_mul": 0.5, "alpha": 0.05},
    },
    "restarts_even": {
        "class_name": "CosineDecayRestarts",
        "config": {"first_decay_steps": 25, "t_mul": 1.0, "m_mul": 0.9},
    },
    "piecewise": {
        "class_name": "PiecewiseConstantDecay",
        "config": {"boundaries": [20, 50, 120], "values": [0.3, 0.1, 0.05, 0.001]},
    },
}


def test_the_cases_cover_every_schedule():
    assert {c["class_name"] for c in CASES.values()} == set(schedules.SCHEDULES)
    for case in CASES.values():
        assert schedules.check(case) is None


@pytest.mark.parametrize("name", CASES)
def test_keras_gives_the_rates_core_draws(name):
    keras = import_keras()
    schedule = CASES[name]
    built = keras_schedule(schedule, LR0, SPE)
    assert isinstance(built, keras.optimizers.schedules.LearningRateSchedule)
    steps = np.arange(400)
    got = np.array([float(built(keras.ops.convert_to_tensor(s, dtype="int64"))) for s in steps])
    np.testing.assert_allclose(got, schedule_rates.lr_at(schedule, LR0, steps, SPE), rtol=1e-5, atol=0)


def test_the_defaults_are_built_by_keras():
    for name in schedules.SCHEDULES:
        schedule = schedules.default(name)
        built = keras_schedule(schedule, LR0, SPE)
        steps = np.array([0, 1, 999, 5000, 20000])
        got = np.array([float(built(int(s))) for s in steps])
        # Keras computes in float32: 1 + cos(π · 0.999) loses digits, and 0.5^286 underflows to 0.
        np.testing.assert_allclose(got, schedule_rates.lr_at(schedule, LR0, steps, SPE), rtol=1e-5, atol=1e-6 * LR0)


def test_none_is_constant_and_a_wrong_schedule_is_refused():
    assert keras_schedule(None, LR0, SPE) is None
    with pytest.raises(ValueError, match="training.schedule.config.decay_steps: must be a whole number"):
        keras_schedule({"class_name": "ExponentialDecay", "config": {"decay_steps": 0}}, LR0, SPE)


@pytest.mark.parametrize("name", ["step", "natural_staircase"])
def test_the_playgrounds_own_schedules_serialize_and_deserialize(name):
    keras = import_keras()
    built = keras_schedule(CASES[name], LR0, SPE)
    data = keras.saving.serialize_keras_object(built)
    assert data["registered_name"] == f"playground>{CASES[name]['class_name']}"
    again = keras.saving.deserialize_keras_object(data)
    assert type(again) is type(built) and again.get_config() == built.get_config()
    copy = type(built).from_config(built.get_config())
    for step in (0, 20, 21, 100):
        assert float(again(step)) == float(built(step)) == float(copy(step))
    # an optimizer carrying the schedule round-trips too (what model.keras stores)
    optimizer = keras.optimizers.SGD(learning_rate=built)
    restored = keras.optimizers.deserialize(keras.optimizers.serialize(optimizer))
    assert float(restored.learning_rate) == pytest.approx(LR0)
    assert set(custom_objects()) == {"playground>StepDecay", "playground>NaturalExpDecay"}


@pytest.mark.parametrize("name", ["step", "exponential_staircase", "cosine_warmup", "restarts", "piecewise"])
def test_an_optimizer_uses_rate_s_for_step_s(name):
    keras = import_keras()
    schedule = CASES[name]
    optimizer = keras.optimizers.SGD(learning_rate=keras_schedule(schedule, LR0, SPE))
    w = keras.Variable(np.zeros(1, dtype="float32"))
    k = 45
    used = []
    for _ in range(k):
        before = float(w.numpy()[0])
        optimizer.apply_gradients([(keras.ops.ones(1), w)])  # w ← w − lr · 1
        used.append(before - float(w.numpy()[0]))
    assert int(optimizer.iterations) == k
    expected = schedule_rates.lr_at(schedule, LR0, np.arange(k + 1), SPE)
    np.testing.assert_allclose(used, expected[:k], rtol=1e-4)  # the update of step s used schedule(s)
    assert float(optimizer.learning_rate) == pytest.approx(expected[k], rel=1e-5)  # the next step's rate
