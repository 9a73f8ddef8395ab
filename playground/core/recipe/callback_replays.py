"""Pure replays of Keras's EarlyStopping and ReduceLROnPlateau on a list of recorded values, and
Keras's "auto" rule for whether a monitored value should fall or rise, so a run's curves can say
where Keras stopped or lowered the learning rate and why. Apart from the callbacks' table
(`callback_specs`): this is what Keras does with those settings during a run.

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

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message

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
