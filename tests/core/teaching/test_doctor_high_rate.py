"""The training doctor's rule for a learning rate that is too high, on made-up histories: it fires on
a loss thrown above what guessing costs or back above where it started, names the layer findings as
its effects, and stays quiet on a bad start that is being repaired or a rate already tiny."""

import numpy as np

from playground.core.teaching.doctor import RULES, diagnose
from playground.core.teaching.doctor_layers import LayerHealth


def _rows(loss, acc=None):
    rows = [{"epoch": i + 1, "loss": float(v)} for i, v in enumerate(loss)]
    for row, a in zip(rows, acc if acc is not None else [], strict=False):
        row["accuracy"] = float(a)
    return rows


def _noise(n, scale, seed=0):
    return np.random.default_rng(seed).normal(0, scale, n)


def _saturated_layers():
    return [
        LayerHealth("dense", "tanh", 4, 1.0, None, 1.0, 0.0, 700.0),
        LayerHealth("dense_1", "tanh", 2, 0.9, None, 1.0, 0.0, 250.0),
        LayerHealth("dense_2", "sigmoid", 1, 0.01, None, None, 0.4, 16.0),
    ]


def test_a_loss_far_above_guessing_names_the_rate_before_the_layers():
    n = 100
    loss = 11.8 + _noise(n, 0.05)  # as SGD at 50 leaves the circle: 17 × ln 2
    acc = 0.53 + _noise(n, 0.02, 1)
    found = diagnose(_rows(loss, acc), "classification", 2, 50.0, _saturated_layers(), "SGD")
    rules = [f.rule for f in found]
    assert rules[:3] == ["learning_rate_too_high", "vanishing_gradients", "saturated"], rules
    assert "17 times the 0.693" in found[0].text
    assert "Saturated units, Vanishing gradients" in found[0].text
    assert found[0].advice.startswith("Lower the learning rate ten-fold (from 50 to 5)")
    # Ten classes: guessing costs ln 10 = 2.3, and 5 is more than 1.5 times that.
    multi = diagnose(_rows(5.0 + _noise(n, 0.2), 0.1 + _noise(n, 0.01)), "multiclass", 10, 20.0, optimizer="SGD")
    assert multi[0].rule == "learning_rate_too_high" and "2.3" in multi[0].text


def test_a_regression_loss_that_climbs_back_above_its_start():
    t = np.arange(120)
    loss = np.where(t < 40, 2.0 * np.exp(-t / 10) + 0.1, 0.1 * 1.12 ** (t - 40))  # down to 0.1, then up past 2
    found = diagnose(_rows(loss), "regression", 0, 10.0, optimizer="SGD")
    assert found[0].rule == "learning_rate_too_high", [f.rule for f in found]
    assert "risen to" in found[0].text


def test_quiet_on_a_bad_start_being_repaired_a_tiny_rate_or_a_loss_near_guessing():
    n = 100
    falling = 30.0 * np.exp(-np.arange(n) / 20) + 0.1  # huge at first, coming down fast
    assert "learning_rate_too_high" not in [f.rule for f in diagnose(_rows(falling), "classification", 2, 0.5)]
    high = 11.6 * (1 + _noise(n, 0.1))
    assert "learning_rate_too_high" not in [
        f.rule for f in diagnose(_rows(high, np.full(n, 0.5)), "classification", 2, 1e-5)
    ]
    stuck = 0.693 * (1 + _noise(n, 0.05))  # stuck at guessing: not learning, but not thrown up
    assert "learning_rate_too_high" not in [
        f.rule for f in diagnose(_rows(stuck, np.full(n, 0.5)), "classification", 2, 5.0)
    ]


def test_the_rule_is_ranked_right_after_a_loss_that_is_no_number():
    assert RULES.index("learning_rate_too_high") == RULES.index("nonfinite") + 1
    assert RULES.index("learning_rate_too_high") < min(
        RULES.index(r) for r in ("dead_relu", "saturated", "vanishing_gradients", "exploding_gradients")
    )
