"""The callbacks table and the checks of an experiment's `training.callbacks`, without Keras."""

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
        *(
            (
                [{"class_name": "ModelCheckpoint", "config": {"filepath": path}}],
                "callbacks[0].config.filepath",
                f"filepath must stay in the run's folder: give a relative path without '..', got {path!r}",
            )
            for path in (
                "../../x.keras",
                "runs/../../x.keras",
                "runs\\..\\..\\x.keras",
                "/tmp/x.keras",
                "C:\\Users\\x.keras",
                "\\\\server\\share\\x.keras",
                "~/x.keras",
            )
        ),
    ],
)
def test_wrong_callbacks_name_the_place_and_the_fix(callbacks, where, message):
    wrong = check(callbacks, MONITORS)
    assert wrong is not None and wrong[0] == where and message in wrong[1], wrong


@pytest.mark.parametrize("path", ["best.keras", "runs/best-{epoch:03d}.keras", "a..b.keras", "runs\\best.keras"])
def test_a_checkpoint_inside_the_run_s_folder_is_taken(path):
    assert check([{"class_name": "ModelCheckpoint", "config": {"filepath": path}}], MONITORS) is None
