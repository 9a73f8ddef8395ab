"""The callbacks table, the checks of an experiment's `training.callbacks` and the replays, without Keras
(tests/training/recipe/test_callback_replay.py compares the replays with Keras itself)."""

import math

import pytest

from playground.core.recipe import callback_specs
from playground.core.recipe.callback_specs import CALLBACKS, check, default, get, monitors

MONITORS = monitors(["accuracy"])
NAN = math.nan


def test_defaults_and_monitors():
    assert list(CALLBACKS) == ["EarlyStopping", "ReduceLROnPlateau", "ModelCheckpoint", "TerminateOnNaN"]
    assert default("EarlyStopping") == {
        "monitor": "val_loss",
        "min_delta": 0.0,
        "patience": 10,
        "restore_best_weights": True,
        "start_from_epoch": 0,
    }
    assert default("ReduceLROnPlateau") == {
        "monitor": "val_loss",
        "factor": 0.5,
        "patience": 10,
        "min_delta": 0.0001,
        "cooldown": 0,
        "min_lr": 0.0,
    }
    assert default("ModelCheckpoint") == {"filepath": "best.keras", "monitor": "val_loss", "save_best_only": True}
    assert default("TerminateOnNaN") == {}
    for spec in CALLBACKS.values():
        assert spec.label and spec.explanation and all(s.tip for s in spec.settings)
        for s in spec.settings:  # every default passes the check
            assert callback_specs._check_value(s, s.default, MONITORS) is None, s.key
    assert MONITORS == ["val_loss", "loss", "val_accuracy", "accuracy"]
    assert monitors([]) == ["val_loss", "loss"]
    assert monitors(["mae", "mse"]) == ["val_loss", "loss", "val_mae", "mae", "val_mse", "mse"]


def test_get_fills_the_defaults():
    callbacks = [{"class_name": "TerminateOnNaN"}, {"class_name": "EarlyStopping", "config": {"patience": 3}}]
    assert get(callbacks, "EarlyStopping") == {**default("EarlyStopping"), "patience": 3}
    assert get(callbacks, "TerminateOnNaN") == {}
    assert get(callbacks, "ReduceLROnPlateau") is None
    assert get([], "EarlyStopping") is None and get(None, "EarlyStopping") is None


def test_mode_follows_kerass_auto_rule():
    assert callback_specs.mode("val_loss") == callback_specs.mode("loss") == "min"
    assert callback_specs.mode("val_accuracy") == callback_specs.mode("accuracy") == "max"
    assert callback_specs.mode("val_mae") == callback_specs.mode("mse") == "min"
    assert callback_specs.mode("val_auc") == "max"
    with pytest.raises(ValueError, match="cannot tell whether 'val_out_loss'"):
        callback_specs.mode("val_out_loss")


def test_a_complete_list_passes():
    callbacks = [{"class_name": name, "config": default(name)} for name in CALLBACKS]
    assert check(callbacks, MONITORS) is None
    assert check([], MONITORS) is None
    assert check([{"class_name": "EarlyStopping"}], MONITORS) is None  # config left out: the defaults
    keras_form = {"module": "keras.callbacks", "class_name": "TerminateOnNaN", "config": {}, "registered_name": None}
    assert check([keras_form], MONITORS) is None
    path = {"class_name": "ModelCheckpoint", "config": {"filepath": "runs/best-{epoch:03d}-{val_loss:.3f}.keras"}}
    assert check([path], MONITORS) is None


@pytest.mark.parametrize(
    "callbacks,where,message",
    [
        ({"class_name": "EarlyStopping"}, "callbacks", "must be a list of"),
        (["EarlyStopping"], "callbacks[0]", 'must look like {"class_name": "EarlyStopping"'),
        (
            [{"class_name": "TerminateOnNaN"}, {"class_name": "CSVLogger"}],
            "callbacks[1].class_name",
            "unknown callback 'CSVLogger'; choose from EarlyStopping, ReduceLROnPlateau, ModelCheckpoint, "
            "TerminateOnNaN",
        ),
        ([{"class_name": "EarlyStopping"}] * 2, "callbacks", "EarlyStopping appears twice; keep one"),
        ([{"class_name": "EarlyStopping", "settings": {}}], "callbacks[0]", "unexpected key 'settings'"),
        ([{"class_name": "EarlyStopping", "config": [3]}], "callbacks[0].config", "must be an object of settings"),
        (
            [{"class_name": "EarlyStopping", "config": {"mode": "max"}}],
            "callbacks[0].config.mode",
            "EarlyStopping has no setting 'mode'; its settings: monitor, min_delta, patience, restore_best_weights, "
            "start_from_epoch",
        ),
        (
            [{"class_name": "TerminateOnNaN", "config": {"raise_error": True}}],
            "callbacks[0].config.raise_error",
            "TerminateOnNaN has no setting 'raise_error'; its settings: none",
        ),
        (
            [{"class_name": "TerminateOnNaN"}, {"class_name": "EarlyStopping", "config": {"monitor": "val_acc"}}],
            "callbacks[1].config.monitor",
            "monitor 'val_acc' is not recorded here; choose from val_loss, loss, val_accuracy, accuracy",
        ),
        (
            [{"class_name": "ReduceLROnPlateau", "config": {"factor": 1.5}}],
            "callbacks[0].config.factor",
            "factor must be a number above 0 and below 1, got 1.5",
        ),
        (
            [{"class_name": "ReduceLROnPlateau", "config": {"factor": 0}}],
            "callbacks[0].config.factor",
            "factor must be a number above 0 and below 1, got 0",
        ),
        (
            [{"class_name": "EarlyStopping", "config": {"patience": 2.5}}],
            "callbacks[0].config.patience",
            "patience must be a whole number from 0 to 1000000, got 2.5",
        ),
        (
            [{"class_name": "EarlyStopping", "config": {"patience": -1}}],
            "callbacks[0].config.patience",
            "patience must be a whole number from 0 to 1000000, got -1",
        ),
        (
            [{"class_name": "EarlyStopping", "config": {"min_delta": -0.1}}],
            "callbacks[0].config.min_delta",
            "min_delta must be a number from 0 to 1000, got -0.1",
        ),
        (
            [{"class_name": "EarlyStopping", "config": {"min_delta": NAN}}],
            "callbacks[0].config.min_delta",
            "min_delta must be a number from 0 to 1000, got nan",
        ),
        (
            [{"class_name": "ReduceLROnPlateau", "config": {"cooldown": True}}],
            "callbacks[0].config.cooldown",
            "cooldown must be a whole number",
        ),
        (
            [{"class_name": "EarlyStopping", "config": {"restore_best_weights": 1}}],
            "callbacks[0].config.restore_best_weights",
            "restore_best_weights must be true or false, got 1",
        ),
        (
            [{"class_name": "ModelCheckpoint", "config": {"filepath": "best.h5"}}],
            "callbacks[0].config.filepath",
            "filepath must end in .keras",
        ),
        (
            [{"class_name": "ModelCheckpoint", "config": {"filepath": ""}}],
            "callbacks[0].config.filepath",
            "filepath must be the path of a .keras file",
        ),
        (
            [{"class_name": "ModelCheckpoint", "config": {"filepath": "best-{val_acc}.keras"}}],
            "callbacks[0].config.filepath",
            "filepath has a {…} Keras cannot fill; use one of epoch, val_loss",
        ),
        (
            [{"class_name": "ModelCheckpoint", "config": {"filepath": "best-{}.keras"}}],
            "callbacks[0].config.filepath",
            "Keras cannot fill",
        ),
    ],
)
def test_wrong_callbacks_name_the_place_and_the_fix(callbacks, where, message):
    wrong = check(callbacks, MONITORS)
    assert wrong is not None and wrong[0] == where and message in wrong[1], wrong


def test_early_stop_epoch_counts_epochs_without_improvement():
    stop = callback_specs.early_stop_epoch
    assert stop([1.0, 0.9, 0.95, 0.93], "min", patience=2) == 4
    assert stop([1.0, 0.9, 0.95, 0.93], "min", patience=3) is None
    assert stop([1.0, 0.9, 0.95], "min", patience=0) == 3
    assert stop([0.5, 0.6, 0.6, 0.6], "max", patience=2) == 4
    # min_delta: 0.95 is 0.05 better than 1.0, not more than 0.1
    assert stop([1.0, 0.95, 0.92], "min", patience=2, min_delta=0.1) == 3
    assert stop([1.0, 0.95, 0.92], "min", patience=2, min_delta=0.01) is None
    # the first start_from_epoch epochs are not watched: 3.0 is the first best
    assert stop([1.0, 2.0, 3.0, 3.5, 4.0], "min", patience=2, start_from_epoch=2) == 5
    assert stop([1.0, 2.0, 3.0, 3.5, 4.0], "min", patience=2) == 3
    # a NaN never improves, and a NaN taken as the first best is never beaten
    assert stop([1.0, NAN, NAN], "min", patience=2) == 3
    assert stop([NAN, 1.0, 0.5], "min", patience=2) == 3
    assert stop([1.0, None, 1.5, 2.0], "min", patience=1) == 3  # no value: the epoch is skipped
    assert stop([], "min", patience=0) is None
    with pytest.raises(ValueError, match='mode must be "min" or "max"'):
        stop([1.0], "auto", patience=1)


def test_best_epoch_is_the_first_to_reach_the_best():
    best = callback_specs.best_epoch
    assert best([1.0, 0.5, 0.5, 0.7], "min") == 2
    assert best([0.5, 0.9, 0.8, 0.9], "max") == 2
    assert best([1.0, 0.95, 0.5], "min", min_delta=0.1) == 3
    assert best([1.0, 0.95, 0.92], "min", min_delta=0.1) == 1
    assert best([0.1, 2.0, 3.0], "min", start_from_epoch=1) == 2
    assert best([NAN, 0.1], "min") == 1
    assert best([], "min") is None and best([1.0], "min", start_from_epoch=1) is None


def test_plateau_rates_lower_the_rate_after_patience_epochs():
    rates = callback_specs.plateau_rates
    f32 = callback_specs.np.float32
    assert rates([1.0, 1.0, 1.0], 0.1, 0.5, 2, 0.0, 0, 0.0, "min") == [float(f32(0.1))] * 2 + [float(f32(0.05))]
    # cooldown: Keras counts it down before it looks at the value, so cooldown − 1 epochs are not counted
    got = rates([1.0] * 8, 1.0, 0.5, 1, 0.0, 2, 0.0, "min")
    assert got == [1.0, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125, 0.0625]
    assert rates([1.0] * 8, 1.0, 0.5, 1, 0.0, 1, 0.0, "min") == rates([1.0] * 8, 1.0, 0.5, 1, 0.0, 0, 0.0, "min")
    # never below min_lr
    assert rates([1.0] * 6, 1.0, 0.5, 1, 0.0, 0, 0.2, "min")[-1] == float(f32(0.2))
    assert rates([0.5, 0.6, 0.7, 0.7], 1.0, 0.5, 1, 0.0, 0, 0.0, "max") == [1.0, 1.0, 1.0, 0.5]
    assert rates([], 1.0, 0.5, 1, 0.0, 0, 0.0, "min") == []
    with pytest.raises(ValueError, match="factor >= 1.0"):
        rates([1.0], 1.0, 1.0, 1, 0.0, 0, 0.0, "min")
