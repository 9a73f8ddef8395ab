"""The Keras callbacks an experiment may use, with their settings, defaults and ranges, so the callbacks
dialog is built from one table and an experiment file's `training.callbacks` is checked without
TensorFlow; and pure replays of EarlyStopping and ReduceLROnPlateau on a list of recorded values, so a
run's curves can say where Keras stopped or lowered the learning rate and why.

An entry is Keras's own form, `{"class_name": "EarlyStopping", "config": {...}}`, at most one of each.
`mode` is always Keras's "auto" (see `mode()`); EarlyStopping's `baseline` is not offered.

The replays follow Keras 3 (`keras/src/callbacks/monitor_callback.py`, `early_stopping.py`,
`reduce_lr_on_plateau.py`) step by step:

- A value improves on the best so far when `value + min_delta < best` ("min" mode) or
  `value - min_delta > best` ("max" mode), compared in float32 (`keras.ops.less` / `greater` turn
  Python floats into float32 tensors); the first watched value always improves. A NaN never improves,
  and a NaN taken as the first best is never beaten.
- EarlyStopping counts an epoch without improvement (`wait += 1`, reset to 0 on an improvement) and
  stops after the epoch where `wait >= patience`; epochs before `start_from_epoch` (0-based) are not
  watched at all. With `restore_best_weights`, on_train_end puts back the best epoch's weights
  whenever an epoch was watched, whether or not training stopped early.
- ReduceLROnPlateau, at each epoch's end: in cooldown, counts it down and clears `wait`; then an
  improvement clears `wait`, otherwise, out of cooldown, `wait += 1` and at `wait >= patience` the rate
  becomes `max(rate * factor, min_lr)` (stored in float32) if it is above `min_lr`, which starts a
  cooldown and clears `wait`. So after a reduction `cooldown - 1` epochs are not counted (1 acts as 0);
  at `min_lr` the rate stays and `wait` keeps growing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_specs import is_int, is_number


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str  # "float", "int", "bool", "monitor" (one of the recorded values) or "path" (a .keras file)
    default: Any
    low: float = 0.0
    high: float = 1.0
    tip: str = ""
    open_range: bool = False  # low and high themselves are not allowed


@dataclass(frozen=True)
class CallbackSpec:
    """A callback for the dialog. Its label, explanation and settings' tips are marked with
    QT_TRANSLATE_NOOP("callbacks", ...); the window shows them through `translate("callbacks", text)`."""

    label: str
    explanation: str  # one plain sentence, for the tooltip
    settings: tuple[Setting, ...]


_EPOCHS = 1_000_000  # an experiment's epoch limit


def _monitor(tip: str) -> Setting:
    return Setting("monitor", "monitor", "val_loss", tip=tip)


_MONITOR_TO_WATCH = QT_TRANSLATE_NOOP(
    "callbacks",
    "the recorded value to watch (val_… is measured on the test set); losses and errors should fall, "
    "accuracy should rise",
)


def _min_delta(default: float) -> Setting:
    return Setting(
        "min_delta",
        "float",
        default,
        0.0,
        1000.0,
        QT_TRANSLATE_NOOP("callbacks", "a change smaller than this does not count as an improvement"),
    )


CALLBACKS: dict[str, CallbackSpec] = {
    "EarlyStopping": CallbackSpec(
        QT_TRANSLATE_NOOP("callbacks", "Early stopping"),
        QT_TRANSLATE_NOOP(
            "callbacks",
            "Stops training when the monitored value has not improved by min_delta for patience epochs; "
            "restore_best_weights puts back the best epoch's weights at the end.",
        ),
        (
            _monitor(_MONITOR_TO_WATCH),
            _min_delta(0.0),
            Setting(
                "patience",
                "int",
                10,
                0,
                _EPOCHS,
                QT_TRANSLATE_NOOP("callbacks", "epochs without improvement before training stops"),
            ),
            Setting(
                "restore_best_weights",
                "bool",
                True,
                tip=QT_TRANSLATE_NOOP(
                    "callbacks", "when training ends (stopped early or not), put back the weights of the best epoch"
                ),
            ),
            Setting(
                "start_from_epoch",
                "int",
                0,
                0,
                _EPOCHS,
                QT_TRANSLATE_NOOP("callbacks", "epochs of warm-up that are not watched at all"),
            ),
        ),
    ),
    "ReduceLROnPlateau": CallbackSpec(
        QT_TRANSLATE_NOOP("callbacks", "Reduce learning rate on plateau"),
        QT_TRANSLATE_NOOP(
            "callbacks",
            "Multiplies the learning rate by factor when the monitored value has not improved by min_delta for "
            "patience epochs, never below min_lr; cooldown pauses the counting after a reduction.",
        ),
        (
            _monitor(_MONITOR_TO_WATCH),
            Setting(
                "factor",
                "float",
                0.5,
                0.0,
                1.0,
                QT_TRANSLATE_NOOP("callbacks", "new learning rate = learning rate × factor"),
                open_range=True,
            ),
            Setting(
                "patience",
                "int",
                10,
                0,
                _EPOCHS,
                QT_TRANSLATE_NOOP("callbacks", "epochs without improvement before the rate is lowered"),
            ),
            _min_delta(0.0001),
            Setting(
                "cooldown",
                "int",
                0,
                0,
                _EPOCHS,
                QT_TRANSLATE_NOOP(
                    "callbacks",
                    "after a reduction, the next cooldown − 1 epochs do not count toward patience "
                    "(Keras counts the cooldown down first, so 1 acts as 0)",
                ),
            ),
            Setting(
                "min_lr",
                "float",
                0.0,
                0.0,
                100.0,
                QT_TRANSLATE_NOOP("callbacks", "the learning rate is never lowered below this"),
            ),
        ),
    ),
    "ModelCheckpoint": CallbackSpec(
        QT_TRANSLATE_NOOP("callbacks", "Save the best model (checkpoint)"),
        QT_TRANSLATE_NOOP(
            "callbacks",
            "Saves the model to a .keras file after each epoch whose monitored value is the best so far "
            "(after every epoch if save_best_only is off).",
        ),
        (
            Setting(
                "filepath",
                "path",
                "best.keras",
                tip=QT_TRANSLATE_NOOP(
                    "callbacks", "the .keras file to write; a relative path is relative to the experiment file's folder"
                ),
            ),
            _monitor(
                QT_TRANSLATE_NOOP(
                    "callbacks",
                    "the recorded value that decides which model is best (val_… is measured on the test set); "
                    "losses and errors should fall, accuracy should rise",
                )
            ),
            Setting(
                "save_best_only",
                "bool",
                True,
                tip=QT_TRANSLATE_NOOP(
                    "callbacks", "save only when the monitored value is the best so far; off: after every epoch"
                ),
            ),
        ),
    ),
    "TerminateOnNaN": CallbackSpec(
        QT_TRANSLATE_NOOP("callbacks", "Stop on NaN"),
        QT_TRANSLATE_NOOP("callbacks", "Stops training at the first batch whose loss is NaN or infinite."),
        (),
    ),
}

_ENTRY_KEYS = ("class_name", "config", "module", "registered_name")  # the last two: as Keras serializes
# Keras's "auto" mode: the compiled metric's direction. These identifiers (and Keras's class names
# for them) name metrics that rise; "loss" and the other built-in metrics fall.
_RISING = frozenset(
    {
        "accuracy",
        "acc",
        "binary_accuracy",
        "categorical_accuracy",
        "sparse_categorical_accuracy",
        "top_k_categorical_accuracy",
        "sparse_top_k_categorical_accuracy",
        "auc",
        "precision",
        "recall",
        "f1_score",
        "f_beta_score",
        "fbeta_score",
        "r2_score",
        "cosine_similarity",
        "pearson_correlation",
        "concordance_correlation",
        "binary_io_u",
        "io_u",
        "one_hot_io_u",
    }
    | {
        "Accuracy",
        "BinaryAccuracy",
        "CategoricalAccuracy",
        "SparseCategoricalAccuracy",
        "TopKCategoricalAccuracy",
        "SparseTopKCategoricalAccuracy",
        "AUC",
        "Precision",
        "Recall",
        "F1Score",
        "FBetaScore",
        "R2Score",
        "CosineSimilarity",
        "PearsonCorrelation",
        "ConcordanceCorrelation",
        "BinaryIoU",
        "IoU",
        "OneHotIoU",
    }
)
_FALLING = frozenset(
    {
        "loss",
        "mae",
        "mse",
        "mape",
        "msle",
        "bce",
        "mean_absolute_error",
        "mean_squared_error",
        "mean_absolute_percentage_error",
        "mean_squared_logarithmic_error",
        "root_mean_squared_error",
        "binary_crossentropy",
        "categorical_crossentropy",
        "sparse_categorical_crossentropy",
        "hinge",
        "squared_hinge",
        "categorical_hinge",
        "kl_divergence",
        "log_cosh_error",
        "logcosh",
        "poisson",
    }
    | {
        "MAE",
        "MSE",
        "MAPE",
        "MSLE",
        "BCE",
        "MeanAbsoluteError",
        "MeanSquaredError",
        "MeanAbsolutePercentageError",
        "MeanSquaredLogarithmicError",
        "RootMeanSquaredError",
        "BinaryCrossentropy",
        "CategoricalCrossentropy",
        "SparseCategoricalCrossentropy",
        "Hinge",
        "SquaredHinge",
        "CategoricalHinge",
        "KLDivergence",
        "LogCoshError",
        "Poisson",
    }
)


def default(name: str) -> dict:
    """Every setting of callback `name` at its default, e.g. `{"monitor": "val_loss", "patience": 10, ...}`."""
    return {s.key: s.default for s in CALLBACKS[name].settings}


def get(callbacks: Any, name: str) -> dict | None:
    """The config of callback `name` in `callbacks`, with every key (the ones left out take the defaults
    here, not Keras's); None if it is not in the list."""
    if not isinstance(callbacks, list):
        return None
    for entry in callbacks:
        if isinstance(entry, dict) and entry.get("class_name") == name and name in CALLBACKS:
            config = entry.get("config") or {}
            return {**default(name), **(config if isinstance(config, dict) else {})}
    return None


def monitors(metrics: list[str]) -> list[str]:
    """What can be monitored with these compiled metrics: "val_loss", "loss", then "val_<m>", "<m>"."""
    out = ["val_loss", "loss"]
    for m in metrics:
        for name in (f"val_{m}", m):
            if name not in out:
                out.append(name)
    return out


def mode(monitor: str) -> str:
    """ "min" or "max", as Keras's mode="auto" decides for `monitor`.

    Keras 3 drops one "val_" prefix; "loss" is minimized, and a metric follows its compiled metric's
    direction (accuracy, AUC, precision… rise; errors and crossentropies fall). Keras cannot decide for
    any other name (e.g. a per-output "dense_1_loss") and raises; so does this.
    """
    name = monitor.removeprefix("val_")
    if name in _RISING:
        return "max"
    if name in _FALLING:
        return "min"
    raise ValueError(
        Message(
            QT_TRANSLATE_NOOP(
                "callback_specs",
                "Keras cannot tell whether {monitor!r} should fall or rise; "
                "monitor val_loss, loss or a compiled metric",
            ),
            monitor=monitor,
        )
    )


def check(callbacks: Any, monitors: list[str]) -> tuple[str, Message] | None:
    """(where, message) for the first thing `callbacks` gets wrong, where is e.g. "callbacks[1].config.patience";
    None if all fit. `monitors` are the values the run records (see `monitors()`)."""
    if not isinstance(callbacks, list):
        return "callbacks", Message(
            QT_TRANSLATE_NOOP(
                "callback_specs",
                'must be a list of {{"class_name": ..., "config": {{...}}}} entries, got {callbacks}',
            ),
            callbacks=repr(callbacks),
        )
    seen: set[str] = set()
    for i, entry in enumerate(callbacks):
        where = f"callbacks[{i}]"
        if not isinstance(entry, dict) or "class_name" not in entry:
            return where, Message(
                QT_TRANSLATE_NOOP(
                    "callback_specs", 'must look like {"class_name": "EarlyStopping", "config": {"patience": 10}}'
                )
            )
        name = entry["class_name"]
        if name not in CALLBACKS:
            return f"{where}.class_name", Message(
                QT_TRANSLATE_NOOP("callback_specs", "unknown callback {name!r}; choose from {known}"),
                name=name,
                known=tuple(CALLBACKS),
            )
        if name in seen:
            return "callbacks", Message(
                QT_TRANSLATE_NOOP("callback_specs", "{name} appears twice; keep one"), name=name
            )
        seen.add(name)
        extra = [key for key in entry if key not in _ENTRY_KEYS]
        if extra:
            return where, Message(
                QT_TRANSLATE_NOOP("callback_specs", "unexpected key {key!r}; an entry has class_name and config"),
                key=extra[0],
            )
        config = entry.get("config", {})
        if not isinstance(config, dict):
            return f"{where}.config", Message(
                QT_TRANSLATE_NOOP("callback_specs", "must be an object of settings, got {config}"), config=repr(config)
            )
        specs = {s.key: s for s in CALLBACKS[name].settings}
        for key, value in config.items():
            spec = specs.get(key)
            if spec is None:
                if specs:
                    message = Message(
                        QT_TRANSLATE_NOOP("callback_specs", "{name} has no setting {key!r}; its settings: {settings}"),
                        name=name,
                        key=key,
                        settings=tuple(specs),
                    )
                else:
                    message = Message(
                        QT_TRANSLATE_NOOP("callback_specs", "{name} has no setting {key!r}; its settings: none"),
                        name=name,
                        key=key,
                    )
                return f"{where}.config.{key}", message
            wrong = _check_value(spec, value, monitors)
            if wrong:
                return f"{where}.config.{key}", wrong
    return None


def _check_value(spec: Setting, value: Any, monitors: list[str]) -> Message | None:
    """What is wrong with `value` for `spec`, as "<key> <problem>" (the problem alone is `.values["problem"]`,
    which the schedule dialog shows beside the key)."""
    problem = _problem(spec, value, monitors)
    if problem is None:
        return None
    return Message(QT_TRANSLATE_NOOP("callback_specs", "{key} {problem}"), key=spec.key, problem=problem)


def _problem(spec: Setting, value: Any, monitors: list[str]) -> Message | None:
    if spec.kind == "bool":
        if isinstance(value, bool):
            return None
        return Message(QT_TRANSLATE_NOOP("callback_specs", "must be true or false, got {value}"), value=repr(value))
    if spec.kind == "monitor":
        if isinstance(value, str) and value in monitors:
            return None
        return Message(
            QT_TRANSLATE_NOOP("callback_specs", "{value} is not recorded here; choose from {monitors}"),
            value=repr(value),
            monitors=tuple(monitors),
        )
    if spec.kind == "path":
        if not isinstance(value, str) or not value.strip():
            return Message(
                QT_TRANSLATE_NOOP("callback_specs", "must be the path of a .keras file, got {value}"), value=repr(value)
            )
        if not value.endswith(".keras"):
            return Message(QT_TRANSLATE_NOOP("callback_specs", "must end in .keras, got {value}"), value=repr(value))
        return _check_placeholders(value, monitors)
    if spec.kind == "int":
        if is_int(value) and spec.low <= value <= spec.high:
            return None
        return Message(
            QT_TRANSLATE_NOOP("callback_specs", "must be a whole number from {low} to {high}, got {value}"),
            low=spec.low,
            high=spec.high,
            value=repr(value),
        )
    if spec.open_range:
        if is_number(value) and spec.low < value < spec.high:
            return None
        return Message(
            QT_TRANSLATE_NOOP("callback_specs", "must be a number above {low:g} and below {high:g}, got {value}"),
            low=spec.low,
            high=spec.high,
            value=repr(value),
        )
    if is_number(value) and spec.low <= value <= spec.high:
        return None
    return Message(
        QT_TRANSLATE_NOOP("callback_specs", "must be a number from {low:g} to {high:g}, got {value}"),
        low=spec.low,
        high=spec.high,
        value=repr(value),
    )


def _check_placeholders(path: str, monitors: list[str]) -> Message | None:
    """Keras fills `{epoch}` and the recorded values into the path (`path.format(epoch=..., **logs)`)."""
    try:
        path.format(epoch=1, **dict.fromkeys(monitors, 0.5))
    except (KeyError, IndexError, ValueError):
        return Message(
            QT_TRANSLATE_NOOP(
                "callback_specs",
                "has a {{…}} Keras cannot fill; use one of {names}, e.g. best-{{epoch}}.keras, got {path!r}",
            ),
            names=("epoch", *monitors),
            path=path,
        )
    return None


# The replays: pure functions of the recorded values.


def _improves(current: float, best: float | None, mode: str, min_delta: float) -> bool:
    """Keras's MonitorCallback._is_improvement: `monitor_op(current - min_delta, best)`, with min_delta
    made negative in "min" mode and the comparison done on float32 tensors."""
    if best is None:
        return True
    if mode == "min":
        return bool(np.float32(current + abs(min_delta)) < np.float32(best))
    return bool(np.float32(current - abs(min_delta)) > np.float32(best))


def _check_mode(mode: str) -> None:
    if mode not in ("min", "max"):
        raise ValueError(f'mode must be "min" or "max", got {mode!r}')  # internal: mode() gives it


def _values(values) -> list[float | None]:
    # Keras's CallbackList hands callbacks Python floats (pythonify_logs); None: not recorded that epoch.
    return [None if v is None else float(v) for v in values]


def early_stop_epoch(values, mode: str, patience: int, min_delta: float = 0.0, start_from_epoch: int = 0) -> int | None:
    """The epoch (1-based) after which Keras's EarlyStopping would stop training, or None if it would not.

    Args:
        values: the monitored value after each epoch (index 0 is epoch 1); None where it was not recorded
            (Keras skips that epoch with a warning).
        mode: "min" or "max", see `mode()`.
        patience: epochs without improvement before stopping.
        min_delta: the least change that counts as an improvement. Defaults to 0.
        start_from_epoch: how many epochs are not watched at all. Defaults to 0.

    Example: `early_stop_epoch([1.0, 0.9, 0.95, 0.93], "min", patience=2)` is 4.
    """
    _check_mode(mode)
    best, wait = None, 0
    for epoch, current in enumerate(_values(values)):
        if current is None or epoch < start_from_epoch:
            continue
        wait += 1
        if _improves(current, best, mode, min_delta):
            best, wait = current, 0
            continue
        if wait >= patience and epoch > 0:
            return epoch + 1
    return None


def best_epoch(values, mode: str, min_delta: float = 0.0, start_from_epoch: int = 0) -> int | None:
    """The epoch (1-based) whose weights EarlyStopping's restore_best_weights would put back: the last one
    that improved by Keras's rule, i.e. the first to reach the best value. None if no epoch was watched.

    Pass the values up to the epoch training ended at (see `early_stop_epoch`). Args as there.
    """
    _check_mode(mode)
    best, found = None, None
    for epoch, current in enumerate(_values(values)):
        if current is None or epoch < start_from_epoch:
            continue
        if _improves(current, best, mode, min_delta):
            best, found = current, epoch + 1
    return found


def plateau_rates(
    values,
    lr0: float,
    factor: float,
    patience: int,
    min_delta: float,
    cooldown: int,
    min_lr: float,
    mode: str,
) -> list[float]:
    """The learning rate in force after each epoch's end under Keras's ReduceLROnPlateau (what the
    optimizer's learning_rate reads then: float32 values), starting from `lr0`.

    Args:
        values: the monitored value after each epoch (index 0 is epoch 1); None where not recorded.
        lr0: the optimizer's learning rate before training.
        factor: new rate = rate × factor, above 0 and below 1.
        patience: epochs without improvement before the rate is lowered.
        min_delta: the least change that counts as an improvement.
        cooldown: counted down at each epoch's end before the value is looked at; epochs that find it
            above 0 do not count, so after a reduction cooldown − 1 epochs are skipped.
        min_lr: the rate is never lowered below this.
        mode: "min" or "max", see `mode()`.

    Example: `plateau_rates([1.0, 1.0, 1.0], 0.1, 0.5, 2, 0.0, 0, 0.0, "min")` is [0.1, 0.1, 0.05] (in float32).
    """
    _check_mode(mode)
    if not factor < 1.0:
        raise ValueError(f"ReduceLROnPlateau does not support a factor >= 1.0, got {factor!r}")  # internal
    rate = float(np.float32(lr0))
    best, wait, cooling = None, 0, 0
    rates = []
    for current in _values(values):
        if current is not None:
            if cooling > 0:
                cooling -= 1
                wait = 0
            if _improves(current, best, mode, min_delta):
                best, wait = current, 0
            elif not cooling > 0:
                wait += 1
                if wait >= patience and np.float32(rate) > np.float32(min_lr):
                    rate = float(np.float32(max(rate * factor, min_lr)))
                    cooling, wait = cooldown, 0
        rates.append(rate)
    return rates
