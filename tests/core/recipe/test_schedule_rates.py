"""The rate each learning-rate schedule gives, without TensorFlow: the formulas, the preview, the per-epoch
rates and the sentence describing them (tests/training/recipe/test_schedules_keras.py compares the rates
with Keras's own schedules)."""

import math

import numpy as np

from playground.core.recipe.schedule_rates import describe, epoch_rates, lr_at, preview, steps_per_epoch
from playground.core.recipe.schedules import SCHEDULES, default


def rates(schedule, steps, lr0=0.1, spe=10):
    return lr_at(schedule, lr0, np.asarray(steps), spe)


def test_constant():
    assert rates(None, [0, 5, 1000]).tolist() == [0.1, 0.1, 0.1]


def test_step_decay_follows_the_books_formula():
    s = {"class_name": "StepDecay", "config": {"drop": 0.5, "epochs_drop": 3}}
    # 10 steps an epoch: epochs 0, 1 -> 0.1; epoch 2 ((1+2)/3 = 1) -> 0.05; epoch 5 -> 0.025
    got = rates(s, [0, 19, 20, 49, 50, 59, 60])
    np.testing.assert_allclose(got, [0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.025])


def test_exponential_natural_and_inverse_time_decay():
    c = {"decay_steps": 100, "decay_rate": 0.5, "staircase": False}
    exp = {"class_name": "ExponentialDecay", "config": c}
    np.testing.assert_allclose(rates(exp, [0, 50, 100, 250]), [0.1, 0.1 * 0.5**0.5, 0.05, 0.1 * 0.5**2.5])
    stairs = {"class_name": "ExponentialDecay", "config": {**c, "staircase": True}}
    np.testing.assert_allclose(rates(stairs, [0, 99, 100, 250]), [0.1, 0.1, 0.05, 0.025])
    nat = {"class_name": "NaturalExpDecay", "config": c}
    np.testing.assert_allclose(rates(nat, [0, 100, 150]), [0.1, 0.1 * math.exp(-0.5), 0.1 * math.exp(-0.75)])
    nat_stairs = {"class_name": "NaturalExpDecay", "config": {**c, "staircase": True}}
    np.testing.assert_allclose(rates(nat_stairs, [150]), [0.1 * math.exp(-0.5)])
    inv = {"class_name": "InverseTimeDecay", "config": c}
    np.testing.assert_allclose(rates(inv, [0, 100, 300]), [0.1, 0.1 / 1.5, 0.1 / 2.5])
    inv_stairs = {"class_name": "InverseTimeDecay", "config": {**c, "staircase": True}}
    np.testing.assert_allclose(rates(inv_stairs, [199, 200]), [0.1 / 1.5, 0.1 / 2.0])
    # decay_steps left out: NaturalExpDecay's default of 1 (per step)
    np.testing.assert_allclose(
        rates({"class_name": "NaturalExpDecay", "config": {"decay_rate": 0.01}}, [10]), [0.1 * math.exp(-0.1)]
    )


def test_polynomial_decay_stops_at_the_end_or_cycles():
    c = {"decay_steps": 100, "end_learning_rate": 0.01, "power": 2.0, "cycle": False}
    s = {"class_name": "PolynomialDecay", "config": c}
    np.testing.assert_allclose(rates(s, [0, 50, 100, 500]), [0.1, 0.09 * 0.25 + 0.01, 0.01, 0.01])
    cyc = {"class_name": "PolynomialDecay", "config": {**c, "cycle": True}}
    # step 150: decay over 200 steps -> (1 - 0.75)^2; step 100: over 100 -> the end; step 0: the start
    np.testing.assert_allclose(
        rates(cyc, [0, 100, 101, 150]), [0.1, 0.01, 0.09 * (1 - 101 / 200) ** 2 + 0.01, 0.09 / 16 + 0.01]
    )


def test_cosine_decay_with_and_without_warm_up():
    c = {"decay_steps": 100, "alpha": 0.1, "warmup_target": None, "warmup_steps": 50}
    s = {"class_name": "CosineDecay", "config": c}
    # no warm-up: warmup_steps is ignored
    np.testing.assert_allclose(rates(s, [0, 50, 100, 400]), [0.1, 0.1 * (0.9 * 0.5 + 0.1), 0.01, 0.01])
    warm = {"class_name": "CosineDecay", "config": {**c, "warmup_target": 0.5}}
    # from lr0 = 0.1 up to 0.5 in 50 steps, then the cosine from 0.5 (not lr0) to 0.5 · alpha
    np.testing.assert_allclose(
        rates(warm, [0, 25, 50, 100, 150, 1000]), [0.1, 0.3, 0.5, 0.5 * (0.9 * 0.5 + 0.1), 0.05, 0.05]
    )
    no_steps = {"class_name": "CosineDecay", "config": {**c, "warmup_target": 0.5, "warmup_steps": 0}}
    np.testing.assert_allclose(rates(no_steps, [0, 100]), [0.5, 0.05])  # lr0 is then never used


def test_cosine_decay_restarts():
    c = {"first_decay_steps": 10, "t_mul": 2.0, "m_mul": 0.5, "alpha": 0.1}
    s = {"class_name": "CosineDecayRestarts", "config": c}

    def cos(t, m):
        return 0.1 * (0.9 * m * 0.5 * (1 + math.cos(math.pi * t)) + 0.1)

    # periods: [0, 10), [10, 30), [30, 70), [70, 150)...; alpha is not scaled by m_mul
    expected = [cos(0, 1), cos(0.5, 1), cos(0, 0.5), cos(0.5, 0.5), cos(0, 0.25), cos(0, 0.125), cos(0, 0.0625)]
    np.testing.assert_allclose(rates(s, [0, 5, 10, 20, 30, 70, 150]), expected)
    same = {"class_name": "CosineDecayRestarts", "config": {**c, "t_mul": 1.0}}
    np.testing.assert_allclose(rates(same, [10, 25, 30]), [cos(0, 0.5), cos(0.5, 0.25), cos(0, 0.125)])
    # exactly on every restart of a long run, despite the logarithm's rounding
    steps = np.array([10 * (2**k - 1) for k in range(1, 18)])
    np.testing.assert_allclose(rates(s, steps), [cos(0, 0.5**k) for k in range(1, 18)])


def test_piecewise_constant_keeps_the_earlier_value_on_a_boundary():
    s = {"class_name": "PiecewiseConstantDecay", "config": {"boundaries": [10, 20], "values": [1.0, 0.5, 0.1]}}
    assert rates(s, [0, 10, 11, 20, 21, 1000], lr0=7.0).tolist() == [1.0, 1.0, 0.5, 0.5, 0.1, 0.1]


def test_steps_per_epoch_counts_the_last_smaller_batch():
    assert steps_per_epoch(250, 10) == 25
    assert steps_per_epoch(251, 10) == 26
    assert steps_per_epoch(5, 32) == 1


def test_preview_draws_step_s_at_s_plus_1_over_steps_per_epoch():
    s = default("ExponentialDecay")
    x, lr = preview(s, 0.1, 4, 3)
    assert x.tolist() == [(k + 1) / 4 for k in range(12)]
    np.testing.assert_allclose(lr, lr_at(s, 0.1, np.arange(12), 4))
    assert x[3] == 1.0 and x[-1] == 3.0


def test_preview_subsamples_but_keeps_every_epochs_last_step_and_the_final_one():
    s = {"class_name": "StepDecay", "config": {"drop": 0.5, "epochs_drop": 2}}
    x, lr = preview(s, 0.1, 250, 40, max_points=200)
    assert len(x) <= 202 and np.all(np.diff(x) > 0)
    assert set(range(1, 41)) <= set(x.tolist()) and x[-1] == 40.0
    steps = np.rint(x * 250).astype(int) - 1
    np.testing.assert_allclose(lr, lr_at(s, 0.1, steps, 250))
    # more epochs than points: evenly spread, the first and the final step still there
    x, _ = preview(s, 0.1, 3, 1000, max_points=100)
    assert len(x) <= 101 and x[0] == 1 / 3 and x[-1] == 1000.0


def test_epoch_rates_are_the_last_step_of_each_epoch_and_lie_on_the_preview():
    s = {"class_name": "StepDecay", "config": {"drop": 0.5, "epochs_drop": 2}}
    np.testing.assert_allclose(epoch_rates(s, 0.1, 10, 5), [0.1, 0.05, 0.05, 0.025, 0.025])
    exp = {"class_name": "ExponentialDecay", "config": {"decay_steps": 10, "decay_rate": 0.5}}
    np.testing.assert_allclose(epoch_rates(exp, 1.0, 10, 3), [0.5**0.9, 0.5**1.9, 0.5**2.9])
    x, lr = preview(exp, 1.0, 10, 3)
    np.testing.assert_allclose(lr[np.isin(x, [1.0, 2.0, 3.0])], epoch_rates(exp, 1.0, 10, 3))
    assert epoch_rates(None, 0.03, 7, 2).tolist() == [0.03, 0.03]


def test_describe_says_it_with_numbers():
    assert describe(None, 0.1) == "Constant: 0.1"
    s = {"class_name": "ExponentialDecay", "config": {"decay_steps": 100, "decay_rate": 0.96}}
    assert describe(s, 0.1) == "Exponential decay: 0.1 · 0.96^(step / 100)"
    s["config"]["staircase"] = True
    assert describe(s, 0.1) == "Exponential decay: 0.1 · 0.96^(⌊step / 100⌋)"
    pw = {"class_name": "PiecewiseConstantDecay", "config": {"boundaries": [10, 20], "values": [1.0, 0.5, 0.1]}}
    assert describe(pw, 0.1) == "Piecewise constant: 1 up to step 10, 0.5 up to step 20, then 0.1"
    warm = {"class_name": "CosineDecay", "config": {"decay_steps": 100, "warmup_target": 0.5, "warmup_steps": 10}}
    assert describe(warm, 0.1) == "Cosine decay: warm-up from 0.1 to 0.5 over 10 steps, then down to 0 over 100 steps"
    for name in SCHEDULES:
        assert describe(default(name), 0.1).startswith(SCHEDULES[name].label + ": ")
