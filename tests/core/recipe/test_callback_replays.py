"""Keras's "auto" mode and the replays of EarlyStopping and ReduceLROnPlateau, without Keras
(tests/training/recipe/test_callback_replay.py compares the replays with Keras itself)."""

import math

import numpy as np
import pytest

from playground.core.recipe import callback_replays

NAN = math.nan


def test_mode_follows_kerass_auto_rule():
    assert callback_replays.mode("val_loss") == callback_replays.mode("loss") == "min"
    assert callback_replays.mode("val_accuracy") == callback_replays.mode("accuracy") == "max"
    assert callback_replays.mode("val_mae") == callback_replays.mode("mse") == "min"
    assert callback_replays.mode("val_auc") == "max"
    with pytest.raises(ValueError, match="cannot tell whether 'val_out_loss'"):
        callback_replays.mode("val_out_loss")


def test_early_stop_epoch_counts_epochs_without_improvement():
    stop = callback_replays.early_stop_epoch
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
    best = callback_replays.best_epoch
    assert best([1.0, 0.5, 0.5, 0.7], "min") == 2
    assert best([0.5, 0.9, 0.8, 0.9], "max") == 2
    assert best([1.0, 0.95, 0.5], "min", min_delta=0.1) == 3
    assert best([1.0, 0.95, 0.92], "min", min_delta=0.1) == 1
    assert best([0.1, 2.0, 3.0], "min", start_from_epoch=1) == 2
    assert best([NAN, 0.1], "min") == 1
    assert best([], "min") is None and best([1.0], "min", start_from_epoch=1) is None


def test_plateau_rates_lower_the_rate_after_patience_epochs():
    rates = callback_replays.plateau_rates
    f32 = np.float32
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
