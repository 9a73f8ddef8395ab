"""Learning-rate schedules without TensorFlow: the table, its defaults and the checks of a schedule."""

import pytest

from playground.core.recipe import schedules
from playground.core.recipe.schedules import SCHEDULES, check, default


def test_every_default_is_accepted_and_has_a_label_formula_and_tips():
    assert list(SCHEDULES)[:2] == ["StepDecay", "ExponentialDecay"]
    for name, spec in SCHEDULES.items():
        assert check(default(name)) is None, name
        assert spec.label and spec.formula.startswith("lr ")
        assert all(s.tip for s in spec.settings)
        assert default(name)["config"].keys() == {s.key for s in spec.settings}
    assert check(None) is None
    assert schedules.check_plateau(schedules.default_plateau()) is None


def test_the_defaults_are_copies():
    a = default("PiecewiseConstantDecay")
    a["config"]["values"].append(1.0)
    assert default("PiecewiseConstantDecay")["config"]["values"] == [0.01, 0.001, 0.0001]
    assert default("PiecewiseConstantDecay", lr0=0.03)["config"]["values"] == [0.03, 0.003, 0.0003]


@pytest.mark.parametrize(
    ("schedule", "key", "message"),
    [
        ({"class_name": "Cyclic", "config": {}}, "", "unknown schedule 'Cyclic'; the schedules: StepDecay, Expon"),
        ("ExponentialDecay", "", "must look like"),
        (
            {"class_name": "ExponentialDecay", "config": {"decay_steps": 0}},
            "decay_steps",
            "must be a whole number from 1 to 1000000, got 0",
        ),
        ({"class_name": "ExponentialDecay", "config": {"decay_steps": 10.0}}, "decay_steps", "whole number"),
        (
            {"class_name": "ExponentialDecay", "config": {"decay_rate": 1.5}},
            "decay_rate",
            "must be a number from 0 to 1, got 1.5",
        ),
        ({"class_name": "ExponentialDecay", "config": {"staircase": 1}}, "staircase", "must be true or false, got 1"),
        (
            {"class_name": "ExponentialDecay", "config": {"cycle": True}},
            "cycle",
            "ExponentialDecay has no setting 'cycle'; its settings: decay_steps, decay_rate, staircase",
        ),
        (
            {"class_name": "ExponentialDecay", "config": {"initial_learning_rate": 0.1}},
            "initial_learning_rate",
            "the optimizer's learning_rate",
        ),
        (
            {"class_name": "CosineDecay", "config": {"warmup_target": "high"}},
            "warmup_target",
            "must be a number from 0 to 100, or empty (null) for none, got 'high'",
        ),
        ({"class_name": "CosineDecayRestarts", "config": {"t_mul": 0.5}}, "t_mul", "from 1 to 10"),
        (
            {"class_name": "PiecewiseConstantDecay", "config": {"boundaries": [10, 10], "values": [1, 2, 3]}},
            "boundaries",
            "must increase: 10 comes after 10",
        ),
        (
            {"class_name": "PiecewiseConstantDecay", "config": {"boundaries": [10, 5.5], "values": [1, 2, 3]}},
            "boundaries",
            "must be a list of whole numbers from 0 to 1000000, got [10, 5.5]",
        ),
        (
            {"class_name": "PiecewiseConstantDecay", "config": {"boundaries": [], "values": [1.0]}},
            "boundaries",
            "at least one",
        ),
        (
            {"class_name": "PiecewiseConstantDecay", "config": {"boundaries": [10, 20], "values": [0.1, 0.01]}},
            "values",
            "needs one value more than boundaries: 3 for 2 boundaries, got 2",
        ),
        (
            {"class_name": "PiecewiseConstantDecay", "config": {"boundaries": [10], "values": [0.1, -1]}},
            "values",
            "must be a list of numbers from 0 to 100",
        ),
    ],
)
def test_check_names_the_key_and_what_is_allowed(schedule, key, message):
    wrong = check(schedule)
    assert wrong is not None and wrong[0] == key and message in wrong[1], wrong


def test_check_plateau():
    p = schedules.default_plateau()
    assert p == {
        "monitor": "val_loss",
        "factor": 0.5,
        "patience": 10,
        "min_delta": 0.0001,
        "cooldown": 0,
        "min_lr": 0.0,
    }
    assert schedules.check_plateau({**p, "factor": 1.0}) == ("factor", "must be a number above 0 and below 1, got 1.0")
    wrong = schedules.check_plateau({**p, "monitor": "acc"})
    assert wrong[1].startswith("'acc' is not recorded here; choose from val_loss")
    assert schedules.check_plateau({**p, "monitor": "val_mae"}, ["val_loss", "loss", "val_mae", "mae"]) is None
    assert schedules.check_plateau({**p, "patience": -1})[0] == "patience"
