"""The replays in core/recipe/callback_replays.py against real Keras: EarlyStopping and ReduceLROnPlateau are
driven by hand, epoch by epoch, on crafted sequences of monitored values, and must agree exactly on the
epoch training stops at, the weights restore_best_weights puts back, and the learning rate after each
epoch."""

import math

import numpy as np
import pytest

from playground.core.recipe import callback_replays, callback_specs
from playground.training.tf_setup import import_keras

NAN = math.nan
METRICS = ["accuracy", "mae", "mse"]


@pytest.fixture(scope="module")
def keras():
    return import_keras()


@pytest.fixture(scope="module")
def model(keras):
    """A tiny compiled classifier whose compiled metrics are built, as they are at the first epoch's end
    (Keras's mode="auto" looks them up then)."""
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="binary_crossentropy", metrics=METRICS)
    model.train_on_batch(np.zeros((4, 2), np.float32), np.array([0.0, 1.0, 0.0, 1.0], np.float32))
    return model


def _mark(model, epoch: int) -> None:
    """Every weight set to the epoch number, so the restored weights say which epoch they came from."""
    model.set_weights([np.full_like(w, epoch) for w in model.get_weights()])


def keras_early_stopping(keras, model, values, monitor="val_loss", **kwargs):
    """(1-based epoch training stops after or None, 1-based epoch whose weights were restored or None)."""
    callback = keras.callbacks.EarlyStopping(monitor=monitor, restore_best_weights=True, **kwargs)
    callback.set_model(model)
    model.stop_training = False
    callback.on_train_begin()
    stopped = None
    for epoch, value in enumerate(values):
        _mark(model, epoch + 1)  # the weights at this epoch's end
        callback.on_epoch_end(epoch, {monitor: value})
        if model.stop_training:  # fit ends the run after this epoch
            assert callback.stopped_epoch == epoch
            stopped = epoch + 1
            break
    if stopped is None:
        assert callback.stopped_epoch == 0
    _mark(model, -1)
    callback.on_train_end()
    restored = int(model.get_weights()[0].flat[0])
    model.stop_training = False
    return stopped, (None if restored == -1 else restored)


def replay_early_stopping(values, monitor="val_loss", patience=0, min_delta=0.0, start_from_epoch=0):
    mode = callback_replays.mode(monitor)
    stopped = callback_replays.early_stop_epoch(values, mode, patience, min_delta, start_from_epoch)
    ran = values if stopped is None else values[:stopped]
    return stopped, callback_replays.best_epoch(ran, mode, min_delta, start_from_epoch)


def keras_plateau(keras, model, values, lr0, monitor="val_loss", **kwargs):
    model.optimizer.learning_rate = lr0
    callback = keras.callbacks.ReduceLROnPlateau(monitor=monitor, **kwargs)
    callback.set_model(model)
    callback.on_train_begin()
    rates = []
    for epoch, value in enumerate(values):
        callback.on_epoch_end(epoch, {monitor: value})
        rates.append(float(keras.ops.convert_to_numpy(model.optimizer.learning_rate)))
    return rates


def replay_plateau(values, lr0, monitor="val_loss", factor=0.1, patience=10, min_delta=1e-4, cooldown=0, min_lr=0.0):
    mode = callback_replays.mode(monitor)
    return callback_replays.plateau_rates(values, lr0, factor, patience, min_delta, cooldown, min_lr, mode)


def _noisy(seed: int, n: int = 60, rising: bool = False) -> list[float]:
    rng = np.random.default_rng(seed)
    trend = 0.5 + 0.5 * np.exp(-np.arange(n) / 12)
    values = trend + rng.normal(0, 0.02, n)
    return [float(v) for v in (1 - values if rising else values)]


PLATEAU = [1.0, 0.8, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]
SLOW = [1.0, 0.95, 0.91, 0.9, 0.89, 0.885, 0.88, 0.87, 0.869, 0.868, 0.84, 0.839]
WARM_UP = [1.0, 2.0, 3.0, 0.5, 0.6, 0.7, 0.4, 0.45, 0.46, 0.47, 0.48]
ACCURACY = [0.5, 0.6, 0.6, 0.7, 0.65, 0.7, 0.69, 0.71, 0.71, 0.7, 0.705, 0.7]
# Below float32's resolution: float64 sees improvements here, Keras (float32) does not.
TINY = [1.0, 1.0 - 1e-9, 1.0 - 2e-9, 1.0 - 3e-9, 1.0 - 4e-9, 0.9, 0.9 - 1e-10, 0.9 - 2e-10, 0.9 - 3e-10]

EARLY_STOPPING_CASES = [
    ("plateau", PLATEAU, "val_loss", dict(patience=3)),
    ("plateau, patience 0", PLATEAU, "val_loss", dict(patience=0)),
    ("plateau, never long enough", PLATEAU, "val_loss", dict(patience=8)),
    ("slow, min_delta", SLOW, "val_loss", dict(patience=2, min_delta=0.02)),
    ("slow, min_delta exactly the step", [1.0, 0.5, 0.25, 0.125, 0.0625], "loss", dict(patience=1, min_delta=0.125)),
    ("slow, negative min_delta is its size", SLOW, "val_loss", dict(patience=2, min_delta=-0.02)),
    ("warm-up", WARM_UP, "val_loss", dict(patience=2, start_from_epoch=3)),
    ("warm-up, patience 0", WARM_UP, "val_loss", dict(patience=0, start_from_epoch=2)),
    ("warm-up longer than the run", WARM_UP, "val_loss", dict(patience=1, start_from_epoch=20)),
    ("accuracy rises", ACCURACY, "val_accuracy", dict(patience=2)),
    ("accuracy, min_delta", ACCURACY, "accuracy", dict(patience=2, min_delta=0.01)),
    ("mae falls", SLOW, "val_mae", dict(patience=2, min_delta=0.005)),
    ("NaN later", [1.0, 0.9, NAN, NAN, 0.8, NAN, NAN, NAN], "val_loss", dict(patience=2)),
    ("NaN first", [NAN, 1.0, 0.5, 0.4, 0.3, 0.2], "val_loss", dict(patience=3)),
    ("NaN first, patience 0", [NAN, 1.0, 0.5], "val_loss", dict(patience=0)),
    ("infinite", [math.inf, 1.0, 0.9, 0.95, 0.96], "val_loss", dict(patience=2)),
    ("below float32 resolution", TINY, "val_loss", dict(patience=3)),
    ("noisy", _noisy(0), "val_loss", dict(patience=5)),
    ("noisy, min_delta", _noisy(1), "val_loss", dict(patience=4, min_delta=0.01)),
    ("noisy, warm-up", _noisy(2), "val_loss", dict(patience=6, start_from_epoch=10)),
    ("noisy accuracy", _noisy(3, rising=True), "val_accuracy", dict(patience=5, min_delta=0.002)),
]


@pytest.mark.parametrize(
    "values,monitor,kwargs", [c[1:] for c in EARLY_STOPPING_CASES], ids=[c[0] for c in EARLY_STOPPING_CASES]
)
def test_early_stopping_replay_matches_keras(keras, model, values, monitor, kwargs):
    assert replay_early_stopping(values, monitor, **kwargs) == keras_early_stopping(
        keras, model, values, monitor, **kwargs
    )


def test_early_stopping_replay_matches_keras_on_random_runs(keras, model):
    rng = np.random.default_rng(7)
    for _ in range(60):
        n = int(rng.integers(1, 30))
        values = [float(v) for v in np.round(rng.uniform(0, 1, n), 1)]  # rounded: ties and plateaus
        for i in np.flatnonzero(rng.uniform(size=n) < 0.05):
            values[i] = NAN
        monitor = str(rng.choice(["val_loss", "val_accuracy"]))
        kwargs = dict(
            patience=int(rng.integers(0, 6)),
            min_delta=float(rng.choice([0.0, 0.05, 0.1, 0.2])),
            start_from_epoch=int(rng.choice([0, 0, 2, 5])),
        )
        expected = keras_early_stopping(keras, model, values, monitor, **kwargs)
        assert replay_early_stopping(values, monitor, **kwargs) == expected, (values, monitor, kwargs)


def test_an_epoch_without_the_monitored_value_is_skipped_like_keras(keras, model):
    callback = keras.callbacks.EarlyStopping(patience=1)
    callback.set_model(model)
    callback.on_train_begin()
    model.stop_training = False
    with pytest.warns(UserWarning, match="not available"):
        for epoch, value in enumerate([1.0, None, 1.5, 2.0]):
            callback.on_epoch_end(epoch, {} if value is None else {"val_loss": value})
            if model.stop_training:
                break
    model.stop_training = False
    assert callback.stopped_epoch + 1 == callback_replays.early_stop_epoch([1.0, None, 1.5, 2.0], "min", 1) == 3


PLATEAU_CASES = [
    ("plateau", PLATEAU, 0.1, "val_loss", dict(factor=0.5, patience=2)),
    ("plateau, patience 0", PLATEAU, 0.1, "val_loss", dict(factor=0.5, patience=0)),
    ("plateau, cooldown", PLATEAU * 2, 0.1, "val_loss", dict(factor=0.5, patience=2, cooldown=3)),
    ("plateau, cooldown 1 acts as 0", PLATEAU * 2, 0.1, "val_loss", dict(factor=0.5, patience=1, cooldown=1)),
    ("plateau, cooldown, patience 0", PLATEAU * 2, 0.1, "val_loss", dict(factor=0.5, patience=0, cooldown=2)),
    ("min_lr reached", PLATEAU * 3, 0.1, "val_loss", dict(factor=0.5, patience=1, min_lr=0.01)),
    ("min_lr not a float32", PLATEAU * 3, 0.1, "val_loss", dict(factor=0.3, patience=1, min_lr=0.001)),
    ("min_lr above the start", PLATEAU, 0.01, "val_loss", dict(factor=0.5, patience=1, min_lr=0.05)),
    ("min_lr reached, cooldown", PLATEAU * 3, 1.0, "val_loss", dict(factor=0.1, patience=1, min_lr=1e-3, cooldown=1)),
    ("slow, min_delta", SLOW * 2, 0.01, "val_loss", dict(factor=0.2, patience=2, min_delta=0.02)),
    ("slow, default min_delta", SLOW, 0.01, "loss", dict(factor=0.5, patience=1)),
    ("accuracy rises", ACCURACY, 0.05, "val_accuracy", dict(factor=0.5, patience=2)),
    ("accuracy, cooldown", ACCURACY * 2, 0.05, "accuracy", dict(factor=0.5, patience=1, cooldown=2)),
    ("NaN later", [1.0, 0.9, NAN, NAN, 0.8, NAN, NAN, NAN], 0.1, "val_loss", dict(factor=0.5, patience=2)),
    ("NaN first", [NAN, 1.0, 0.5, 0.4, 0.3, 0.2], 0.1, "val_loss", dict(factor=0.5, patience=2)),
    ("below float32 resolution", TINY, 0.1, "val_loss", dict(factor=0.5, patience=2, min_delta=0.0)),
    ("noisy", _noisy(4, 80), 0.1, "val_loss", dict(factor=0.5, patience=4, cooldown=2, min_delta=0.001)),
    ("noisy accuracy", _noisy(5, 80, True), 0.1, "val_accuracy", dict(factor=0.7, patience=3, min_lr=0.02)),
]


@pytest.mark.parametrize("values,lr0,monitor,kwargs", [c[1:] for c in PLATEAU_CASES], ids=[c[0] for c in PLATEAU_CASES])
def test_plateau_replay_matches_keras(keras, model, values, lr0, monitor, kwargs):
    assert replay_plateau(values, lr0, monitor, **kwargs) == keras_plateau(keras, model, values, lr0, monitor, **kwargs)


def test_plateau_replay_matches_keras_on_random_runs(keras, model):
    rng = np.random.default_rng(11)
    for _ in range(60):
        n = int(rng.integers(1, 40))
        values = [float(v) for v in np.round(rng.uniform(0, 1, n), 1)]
        for i in np.flatnonzero(rng.uniform(size=n) < 0.05):
            values[i] = NAN
        monitor = str(rng.choice(["val_loss", "val_accuracy"]))
        lr0 = float(rng.choice([1.0, 0.1, 0.03, 0.001]))
        kwargs = dict(
            factor=float(rng.choice([0.1, 0.5, 0.9])),
            patience=int(rng.integers(0, 5)),
            min_delta=float(rng.choice([0.0, 1e-4, 0.1])),
            cooldown=int(rng.integers(0, 4)),
            min_lr=float(rng.choice([0.0, 1e-3, 0.02])),
        )
        expected = keras_plateau(keras, model, values, lr0, monitor, **kwargs)
        assert replay_plateau(values, lr0, monitor, **kwargs) == expected, (values, lr0, monitor, kwargs)


def test_mode_is_kerass_auto_mode(keras, model):
    for monitor in callback_specs.monitors(METRICS):
        callback = keras.callbacks.EarlyStopping(monitor=monitor)
        callback.set_model(model)
        callback._set_monitor_op()
        expected = "max" if callback.monitor_op is keras.ops.greater else "min"
        assert callback_replays.mode(monitor) == expected, monitor
    assert [callback_replays.mode(m) for m in ("val_loss", "val_accuracy", "mae")] == ["min", "max", "min"]
    callback = keras.callbacks.EarlyStopping(monitor="val_dense_loss")
    callback.set_model(model)
    with pytest.raises(ValueError, match="automatically determine"):
        callback._set_monitor_op()
    with pytest.raises(ValueError, match="cannot tell"):
        callback_replays.mode("val_dense_loss")


def test_defaults_build_keras_callbacks(keras, tmp_path):
    for name in callback_specs.CALLBACKS:
        config = callback_specs.default(name)
        if name == "ModelCheckpoint":
            config["filepath"] = str(tmp_path / config["filepath"])
        callback = getattr(keras.callbacks, name)(**config)
        for key, value in config.items():
            assert getattr(callback, key) == (abs(value) if key == "min_delta" else value), (name, key)
