"""The training doctor on made-up histories: each rule fires on the curve it is about, and none
fires on a healthy run or before the curves say anything."""

import math

import numpy as np
import pytest

from playground.core.teaching.doctor import RULES, diagnose
from playground.core.teaching.doctor_findings import SEVERITIES, Finding
from playground.core.teaching.doctor_layers import LayerHealth
from playground.core.teaching.doctor_run import MIN_EPOCHS

EPOCHS = 400


def _rows(loss, acc=None, val_loss=None, val_acc=None, lr=0.03, extra=None):
    rows = []
    for i, value in enumerate(loss):
        row = {"epoch": i + 1, "loss": float(value), "learning_rate": lr}
        for key, column in (("accuracy", acc), ("val_loss", val_loss), ("val_accuracy", val_acc)):
            if column is not None:
                row[key] = float(column[i])
        row.update(extra or {})
        rows.append(row)
    return rows


def _noise(n, scale, seed=0):
    return np.random.default_rng(seed).normal(0, scale, n)


def _healthy(n=EPOCHS, seed=0):
    """A run that learns: the loss falls from 0.7 and settles, accuracy reaches 99 %, validation
    follows with epoch-to-epoch noise of a few per cent."""
    t = np.arange(n)
    loss = (0.68 * np.exp(-t / 40) + 0.02) * (1 + _noise(n, 0.02, seed))
    val_loss = (0.68 * np.exp(-t / 40) + 0.03) * (1 + _noise(n, 0.04, seed + 1))
    acc = np.clip(0.5 + 0.49 * (1 - np.exp(-t / 25)) + _noise(n, 0.005, seed + 2), 0, 1)
    val_acc = np.clip(acc - 0.01 + _noise(n, 0.01, seed + 3), 0, 1)
    return _rows(loss, acc, val_loss, val_acc)


def _dense(name, activation="relu", units=16, std=1.0, dead=None, saturated=None, grad=0.1, weight=3.0):
    if dead is None and activation == "relu":
        dead = 0.0
    if saturated is None and activation in ("tanh", "sigmoid"):
        saturated = 0.0
    return LayerHealth(name, activation, units, std, dead, saturated, grad, weight)


def _healthy_layers():
    return [_dense("dense"), _dense("dense_1"), _dense("dense_2"), _dense("output", "sigmoid", 1, 0.4, grad=0.05)]


def _rules(findings):
    return [f.rule for f in findings]


def _only(findings, rule) -> Finding:
    matching = [f for f in findings if f.rule == rule]
    assert len(matching) == 1, _rules(findings)
    return matching[0]


# -- healthy and too early ----------------------------------------------------------------------


@pytest.mark.parametrize("n", [MIN_EPOCHS, 50, 100, 200, EPOCHS])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_healthy_run_is_healthy_at_every_stage(n, seed):
    rows = _healthy(EPOCHS, seed)[:n]
    found = diagnose(rows, "classification", 2, 0.03, _healthy_layers(), "SGD")
    assert _rules(found) == ["healthy"]
    assert found[0].severity == "info" and found[0].epoch == n
    assert "Training and validation agree" in found[0].text


def test_healthy_says_whether_the_loss_still_falls():
    falling = diagnose(_healthy(60), "classification", 2, 0.03)[0]
    settled = diagnose(_healthy(EPOCHS), "classification", 2, 0.03)[0]
    assert "still falling" in falling.text and "keep training" in falling.advice
    assert "settled" in settled.text and "stop here" in settled.advice


def test_too_early_names_no_curve_rule():
    # The first epochs of an overfitting run, and of one that has not started to learn.
    t = np.arange(MIN_EPOCHS - 1)
    overfit = _rows(np.exp(-t / 3), np.full(t.size, 1.0), 0.3 + t / 10, np.full(t.size, 0.6))
    stuck = _rows(np.full(t.size, 0.693), np.full(t.size, 0.5), np.full(t.size, 0.693), np.full(t.size, 0.5))
    for rows in (overfit, stuck, _healthy(5), _healthy(1)):
        found = diagnose(rows, "classification", 2, 1e-6, _healthy_layers())
        assert _rules(found) == ["too_early"]
        assert found[0].severity == "info"
    assert diagnose([], "classification", 2, 0.03) == []


def test_layer_rules_need_no_epochs():
    layers = [_dense("dense", dead=1.0, grad=0.0), _dense("dense_1", dead=1.0, grad=0.0), _dense("out", "sigmoid", 1)]
    assert _rules(diagnose(_healthy(3), "classification", 2, 0.03, layers)) == ["dead_relu", "too_early"]


# -- nonfinite ----------------------------------------------------------------------------------


def test_nonfinite_loss():
    loss = [0.7, 0.9, 3.0, 40.0, 900.0, math.nan]
    found = diagnose(_rows(loss), "classification", 2, 10.0, _healthy_layers(), "SGD")
    assert _rules(found) == ["nonfinite"]
    f = found[0]
    assert f.severity == "problem" and f.epoch == 6
    assert "NaN" in f.text and "epoch 6" in f.text and "0.7 to 900" in f.text
    assert "from 10 to 1" in f.advice and "clip" in f.advice


def test_infinite_validation_loss_from_the_first_epoch():
    found = diagnose(_rows([1.0, 2.0], val_loss=[1.0, math.inf]), "regression", 0, 1e-4)
    assert _rules(found) == ["nonfinite"]
    assert "infinite" in found[0].text and "already small" in found[0].advice


# -- not learning ---------------------------------------------------------------------------------


def _stuck(n=200, level=0.693, jump=0.005):
    loss = level * (1 + _noise(n, jump))
    acc = 0.5 + _noise(n, 0.02, 1)
    return _rows(loss, acc, level * (1 + _noise(n, jump, 2)), 0.5 + _noise(n, 0.02, 3))


def test_not_learning_with_a_tiny_learning_rate():
    found = diagnose(_stuck(), "classification", 2, 1e-6, _healthy_layers(), "SGD")
    f = _only(found, "not_learning")
    assert found[0] is f and f.severity == "problem"
    assert "50 %" in f.text and "very small" in f.text
    assert "Raise the learning rate" in f.advice and "0.0001" in f.advice
    assert "healthy" not in _rules(found) and "underfitting" not in _rules(found)


def test_not_learning_with_a_large_learning_rate_that_jumps():
    found = diagnose(_stuck(jump=0.3), "classification", 2, 5.0, optimizer="SGD")
    f = _only(found, "not_learning")
    assert "jumps around" in f.text and "Lower the learning rate ten-fold (to 0.5)" in f.advice
    assert "is large" in _only(diagnose(_stuck(), "multiclass", 2, 0.5, optimizer="Adam"), "not_learning").text


def test_not_learning_with_dead_units_points_at_them():
    layers = [_dense("dense", dead=0.9, grad=0.0), _dense("dense_1", dead=1.0, grad=0.0), _dense("out", "sigmoid", 1)]
    found = diagnose(_stuck(), "classification", 2, 0.03, layers, "SGD")
    assert _rules(found) == ["dead_relu", "not_learning"]
    assert "dead" in found[1].text and "He initialisation" in found[1].advice


def test_not_learning_uses_the_number_of_classes():
    n = 100
    loss, acc = 2.30 + _noise(n, 0.005), 0.1 + _noise(n, 0.01, 1)
    found = diagnose(_rows(loss, acc, loss, acc), "multiclass", 10, 0.01)
    assert "10 %" in _only(found, "not_learning").text
    # 40 % is poor, but far above guessing with ten classes.
    assert "not_learning" not in _rules(diagnose(_rows(loss, acc + 0.3, loss, acc + 0.3), "multiclass", 10, 0.01))


def test_not_learning_in_regression():
    n = 100
    found = diagnose(_rows(1.5 * (1 + _noise(n, 0.003))), "regression", 0, 1e-6, optimizer="Adam")
    assert "hardly below" in _only(found, "not_learning").text


# -- oscillating ------------------------------------------------------------------------------------


def test_oscillating_loss():
    n = 200
    t = np.arange(n)
    loss = 0.4 + 0.15 * (t % 2) + 0.1 * np.exp(-t / 20) + _noise(n, 0.02)
    acc = 0.8 - 0.1 * (t % 2)
    found = diagnose(_rows(loss, acc, loss, acc), "classification", 2, 3.0, optimizer="SGD")
    f = _only(found, "oscillating")
    assert f.severity == "warning"
    assert "went up" in f.text and "accuracy jumps by 10 points" in f.text
    assert "Lower the learning rate" in f.advice and "batch size" in f.advice
    assert "underfitting" not in _rules(found)  # the steps, not the network, are the cause


def test_small_wiggles_of_a_converged_loss_are_not_oscillating():
    n = 200
    loss = 0.002 + 0.002 * (np.arange(n) % 2)  # doubling every other epoch, but at 0.3 % of the start
    loss[0] = 0.7
    acc = np.full(n, 1.0)
    assert _rules(diagnose(_rows(loss, acc, loss, acc), "classification", 2, 0.03)) == ["healthy"]


# -- overfitting ------------------------------------------------------------------------------------


def _overfit(n=EPOCHS):
    t = np.arange(n)
    loss = 0.68 * np.exp(-t / 30) + 0.005
    acc = np.minimum(0.5 + t / 100, 0.99)
    # The validation loss falls until epoch 120, then climbs back.
    val_loss = 0.3 + 0.4 * np.exp(-t / 30) + np.where(t > 119, (t - 119) / 1000, 0) + _noise(n, 0.005)
    val_acc = np.minimum(0.5 + t / 100, 0.81)
    return _rows(loss, acc, val_loss, val_acc)


def test_overfitting():
    found = diagnose(_overfit(), "classification", 2, 0.01, _healthy_layers(), "Adam")
    assert _rules(found) == ["overfitting"]
    f = found[0]
    assert f.severity == "problem" and f.epoch == EPOCHS
    assert "Training accuracy 99 % but validation 81 % at epoch 400" in f.text
    epoch = int(f.text.split("risen since epoch ")[1].split(" ")[0])
    assert 100 <= epoch <= 125  # the noise blurs where exactly
    assert "Dropout" in f.advice and "more data" in f.advice
    assert f"stopped at epoch {epoch + 10}" in f.advice


def test_overfitting_by_accuracy_alone_is_a_warning():
    n = 200
    t = np.arange(n)
    loss = 0.5 * np.exp(-t / 30) + 0.05
    acc = np.minimum(0.5 + t / 100, 0.97)
    val_acc = np.minimum(0.5 + t / 100, 0.85)
    f = _only(diagnose(_rows(loss, acc, loss + 0.1, val_acc), "classification", 2, 0.01), "overfitting")
    assert f.severity == "warning" and "Early stopping" not in f.advice


def test_overfitting_in_regression():
    n = 300
    t = np.arange(n)
    loss = 1.0 * np.exp(-t / 20) + 0.01
    val_loss = 0.2 + 0.8 * np.exp(-t / 20) + _noise(n, 0.002)
    f = _only(diagnose(_rows(loss, val_loss=val_loss), "regression", 0, 0.01), "overfitting")
    assert "times the training loss" in f.text


def test_a_noisy_validation_loss_that_does_not_rise_is_not_overfitting():
    rows = _healthy()
    for row, noise in zip(rows, _noise(len(rows), 0.15, 9), strict=True):
        row["val_loss"] *= 1 + noise
    assert "overfitting" not in _rules(diagnose(rows, "classification", 2, 0.03))


# -- underfitting ---------------------------------------------------------------------------------


def test_underfitting():
    n = 300
    t = np.arange(n)
    loss = 0.6 + 0.1 * np.exp(-t / 20) + _noise(n, 0.003)
    acc = np.minimum(0.5 + t / 200, 0.66) + _noise(n, 0.01, 1)
    found = diagnose(_rows(loss, acc, loss + 0.01, acc - 0.01), "classification", 2, 0.03, _healthy_layers(), "SGD")
    assert _rules(found) == ["underfitting"]
    f = found[0]
    assert f.severity == "warning"
    assert "Training accuracy 66 % and validation 65 %" in f.text and "stopped falling" in f.text
    assert "bigger" in f.advice and "raise the learning rate (now 0.03)" in f.advice


def test_still_improving_is_not_underfitting():
    n = 100
    t = np.arange(n)
    loss = 0.7 - 0.003 * t  # falls steadily
    acc = 0.55 + 0.002 * t
    assert _rules(diagnose(_rows(loss, acc, loss, acc), "classification", 2, 0.03)) == ["healthy"]


def test_underfitting_in_regression():
    n = 200
    loss = 1.0 * np.exp(-np.arange(n) / 10) * 0.5 + 0.5
    f = _only(diagnose(_rows(loss, val_loss=loss * 1.05), "regression", 0, 0.01, optimizer="Adam"), "underfitting")
    assert "50 %" in f.text


# -- layers ---------------------------------------------------------------------------------------


def _poor(n=300):
    """A run stuck at 70 % accuracy."""
    t = np.arange(n)
    loss = 0.6 + 0.1 * np.exp(-t / 20) + _noise(n, 0.003)
    acc = np.minimum(0.5 + t / 100, 0.7) + _noise(n, 0.01, 1)
    return _rows(loss, acc, loss + 0.01, acc - 0.01)


def test_dead_relu():
    layers = [_dense("dense", dead=0.25), _dense("dense_1", units=64, dead=0.9), _dense("out", "sigmoid", 1)]
    found = diagnose(_poor(), "classification", 2, 0.03, layers)
    assert _rules(found) == ["dead_relu", "underfitting"]
    f = found[0]
    assert f.severity == "problem"
    assert "dense_1 (58 of 64 units, 90 %)" in f.text and "dense (" not in f.text
    assert "LeakyReLU" in f.advice and "He" in f.advice and "BatchNormalization" in f.advice
    half = [_dense("dense", dead=0.5), _dense("dense_1", dead=0.6), _dense("out", "sigmoid", 1)]
    assert _only(diagnose(_poor(), "classification", 2, 0.03, half), "dead_relu").severity == "warning"


def test_dead_or_saturated_units_in_a_model_that_fits_are_only_info():
    layers = [_dense("dense", dead=0.9), _dense("dense_1", "tanh", saturated=0.95), _dense("out", "sigmoid", 1)]
    found = diagnose(_healthy(), "classification", 2, 0.03, layers)
    assert _rules(found) == ["healthy", "dead_relu", "saturated"]
    assert {f.severity for f in found} == {"info"}
    assert all("fits the training data anyway" in f.text for f in found[1:])


def test_vanishing_gradients():
    grads = [10.0**-k for k in range(9, -1, -1)]  # 1e-9 at the first layer … 1 at the last
    layers = [_dense(f"dense_{i}", "sigmoid", grad=g, std=0.01) for i, g in enumerate(grads)]
    found = diagnose(_stuck(), "classification", 2, 0.03, layers)
    assert _rules(found) == ["vanishing_gradients", "not_learning"]
    assert "over a million times smaller" in found[0].text
    assert "ReLU" in found[0].advice and "Glorot" in found[0].advice and "BatchNormalization" in found[0].advice
    assert "Vanishing gradients" in found[1].text
    layers[0] = _dense("dense_0", "sigmoid", grad=0.0)
    assert (
        "no gradient at all" in _only(diagnose(_stuck(), "classification", 2, 0.03, layers), "vanishing_gradients").text
    )


def test_vanishing_activations_without_gradients():
    layers = [_dense(f"dense_{i}", "tanh", std=0.5 * 0.1**i, grad=None) for i in range(5)] + [
        _dense("out", "sigmoid", 1, grad=None)
    ]
    f = _only(diagnose(_healthy(), "classification", 2, 0.03, layers), "vanishing_gradients")
    assert "(dense_4) spread only 5.0e-05, against 0.5" in f.text and "fades" in f.text


def test_exploding_gradients():
    layers = [_dense("dense", grad=5e3), _dense("dense_1", grad=50.0), _dense("out", "sigmoid", 1, grad=1.0)]
    f = _only(diagnose(_healthy(), "classification", 2, 0.03, layers), "exploding_gradients")
    assert "(dense, 5,000) is about 5,000 times larger" in f.text and "clip" in f.advice
    huge = [_dense("dense", grad=math.inf), _dense("dense_1"), _dense("out", "sigmoid", 1)]
    assert "exploding_gradients" in _rules(diagnose(_healthy(), "classification", 2, 0.03, huge))


def test_saturated():
    layers = [_dense("dense", "tanh", saturated=0.95), _dense("dense_1", "tanh", saturated=0.3)]
    layers.append(_dense("out", "sigmoid", 1, saturated=1.0))  # the output's sigmoid may saturate
    found = diagnose(_poor(), "classification", 2, 0.03, layers)
    assert _rules(found) == ["saturated", "underfitting"]
    f = found[0]
    assert f.severity == "problem" and "dense (tanh, 95 %)" in f.text and "dense_1" not in f.text
    assert "smaller weights" in f.advice and "standardise" in f.advice and "BatchNormalization" in f.advice
    large = _only(diagnose(_poor(), "classification", 2, 5.0, layers), "saturated")
    assert large.advice.startswith("Lower the learning rate (now 5)")


def test_shallow_networks_are_not_judged_on_gradient_ratios():
    layers = [_dense("dense", grad=1e-6), _dense("out", "sigmoid", 1, grad=1.0)]
    assert _rules(diagnose(_healthy(), "classification", 2, 0.03, layers)) == ["healthy"]


# -- the whole list -------------------------------------------------------------------------------


def test_findings_are_sorted_and_well_formed():
    layers = [
        _dense("dense", dead=1.0, grad=0.0),
        _dense("dense_1", "tanh", saturated=0.7),
        _dense("out", "sigmoid", 1),
    ]
    found = diagnose(_poor(), "classification", 2, 0.01, layers, "Adam")
    assert _rules(found) == ["dead_relu", "saturated", "underfitting"]
    assert [f.severity for f in found] == ["problem", "warning", "warning"]
    found += diagnose(_overfit(), "classification", 2, 0.01, layers, "Adam")
    for f in found:
        assert isinstance(f, Finding) and f.severity in SEVERITIES and f.rule in RULES
        assert f.title and f.text.endswith(".") and f.advice.endswith(".") and f.epoch in (300, EPOCHS)
        assert "nan" not in f.text.lower()


def test_other_columns_are_ignored():
    extra = {"out_loss": math.nan, "out_accuracy": 0.0, "val_out_loss": math.inf, "mae": 0.3}
    rows = _healthy()
    for row in rows:
        row.update(extra)
    assert _rules(diagnose(rows, "classification", 2, 0.03)) == ["healthy"]
    n = 200
    t = np.arange(n)
    loss = 2.0 * np.exp(-t / 20) + 0.02
    regression = _rows(loss, val_loss=loss * 1.1, extra={"mae": 0.1, "val_mae": 0.12})
    assert _rules(diagnose(regression, "regression", 0, 0.01)) == ["healthy"]
    assert _rules(diagnose(regression, "reconstruction", 0, 0.01)) == ["healthy"]
