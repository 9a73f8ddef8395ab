"""The training recipe of an experiment: the loss, the optimizer, the batches, the schedule, the
callbacks and how the model is validated.

`TrainingConfig` is the `training` section of an experiment file. Beside it are the choices the
window offers (losses by problem, optimizers, metrics), the defaults a file may leave out, and the
checks of that section; the settings of each optimizer, schedule and callback are checked by
`optimizer_specs`, `schedules` and `callback_specs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from playground.core.errors import ExperimentError, check_choice, check_whole, names, reject_unknown
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.numbers import is_int, is_number
from playground.core.recipe import callback_specs, optimizer_specs, schedules

# Losses by problem, the default first.
MAX_EPOCHS = 1_000_000  # a whole lesson at full speed is fewer

LOSSES_FOR = {
    "classification": ("binary_crossentropy", "hinge", "squared_hinge", "mse", "mae", "huber"),
    "multiclass": ("sparse_categorical_crossentropy", "categorical_crossentropy", "mse"),
    "regression": ("mse", "mae", "huber"),
    "reconstruction": ("mse", "mae", "binary_crossentropy"),
}
LOSSES = tuple(dict.fromkeys(loss for losses in LOSSES_FOR.values() for loss in losses))
OPTIMIZERS = ("SGD", "RMSprop", "Adagrad", "Adadelta", "Adam", "AdamW", "Adamax", "Nadam")
METRICS = ("accuracy", "mae", "mse")
CLASS_WEIGHTS = ("none", "balanced")
MAX_FOLDS, MAX_REPEATS = 20, 10
# Keras's own default learning rates, for files that leave the rate out.
DEFAULT_LEARNING_RATES = {"SGD": 0.01}  # every other optimizer here: 0.001


@dataclass
class TrainingConfig:
    loss: str = "binary_crossentropy"
    optimizer: dict = field(default_factory=lambda: {"class_name": "SGD", "config": {"learning_rate": 0.03}})
    batch_size: int = 10
    epochs: int = 1000
    metrics: list[str] = field(default_factory=lambda: ["accuracy"])
    class_weight: str = "none"  # "balanced": Keras's class_weight, n / (classes × count)
    # A Keras learning-rate schedule {"class_name": "ExponentialDecay", "config": {...}} without its
    # initial rate (the optimizer's learning_rate is that); None: constant. See core/recipe/schedules.py.
    schedule: dict | None = None
    # Keras callbacks [{"class_name": "EarlyStopping", "config": {...}}, ...]; see core/recipe/callback_specs.py.
    callbacks: list = field(default_factory=list)
    # How the model is validated: {"method": "holdout"} (the train/test split), or K-fold:
    # {"method": "kfold", "k": 5, "repeats": 1} — K models, each validated on one fold.
    validation: dict = field(default_factory=lambda: {"method": "holdout"})

    @property
    def learning_rate(self) -> float:
        return float(self.optimizer["config"]["learning_rate"])


def default_loss(problem: str) -> str:
    return LOSSES_FOR[problem][0]


def default_metrics(problem: str) -> list[str]:
    return ["mae"] if problem in ("regression", "reconstruction") else ["accuracy"]


def fill_default_learning_rate(optimizer: Any) -> None:
    """Gives an optimizer that leaves its learning rate out the rate Keras would use, and makes a
    whole number written where Keras wants a float (`"learning_rate": 1`) that float: JSON has one
    number type, Keras's optimizer variables do not."""
    if isinstance(optimizer, dict) and optimizer.get("class_name") in OPTIMIZERS:
        config = optimizer.setdefault("config", {})
        if isinstance(config, dict):
            config.setdefault("learning_rate", DEFAULT_LEARNING_RATES.get(optimizer["class_name"], 0.001))
            floats = {"learning_rate"} | {
                s.key for s in optimizer_specs.settings(optimizer["class_name"]) if s.kind == "float"
            }
            for key in floats & config.keys():
                if isinstance(config[key], int) and not isinstance(config[key], bool):
                    config[key] = float(config[key])


def validate_class_weight(weight: Any, problem: str) -> None:
    """`training.class_weight`: none, or balanced for data with classes."""
    check_choice("training.class_weight", weight, CLASS_WEIGHTS)
    if weight != "none" and problem not in ("classification", "multiclass"):
        raise ExperimentError(
            "training.class_weight",
            Message(
                QT_TRANSLATE_NOOP("experiment", "weighs classes, but this is {problem}: choose none"),
                problem=problem,
            ),
        )


def validate_training(t: TrainingConfig, n_train: int, problem: str) -> None:
    """The `training` section, for `n_train` training samples of `problem` data."""
    if t.loss not in LOSSES:
        raise ExperimentError(
            "training.loss",
            Message(
                QT_TRANSLATE_NOOP("experiment", "unknown loss {loss}; choose from {choices}"),
                loss=repr(t.loss),
                choices=names(LOSSES),
            ),
        )
    if t.loss not in LOSSES_FOR[problem]:
        raise ExperimentError(
            "training.loss",
            Message(
                QT_TRANSLATE_NOOP("experiment", "{loss} does not fit {problem} data; choose from {choices}"),
                loss=t.loss,
                problem=problem,
                choices=names(LOSSES_FOR[problem]),
            ),
        )
    opt = t.optimizer
    if not isinstance(opt, dict) or not isinstance(opt.get("config", {}), dict):
        raise ExperimentError(
            "training.optimizer",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", 'must look like {"class_name": "SGD", "config": {"learning_rate": 0.03}}'
                )
            ),
        )
    if opt.get("class_name") not in OPTIMIZERS:
        raise ExperimentError(
            "training.optimizer.class_name",
            Message(
                QT_TRANSLATE_NOOP("experiment", "{name} is not available; use one of {choices}"),
                name=repr(opt.get("class_name")),
                choices=names(OPTIMIZERS),
            ),
        )
    lr = opt.get("config", {}).get("learning_rate")
    if not is_number(lr) or not 0 < lr <= 100:
        raise ExperimentError(
            "training.optimizer.config.learning_rate",
            Message(QT_TRANSLATE_NOOP("experiment", "must be a number above 0 (at most 100), got {got}"), got=repr(lr)),
        )
    wrong = optimizer_specs.check(opt["class_name"], opt.get("config", {}))
    if wrong:
        raise ExperimentError(f"training.optimizer.config.{wrong[0]}", wrong[1])
    if not is_int(t.batch_size) or t.batch_size < 1:
        raise ExperimentError(
            "training.batch_size",
            Message(QT_TRANSLATE_NOOP("experiment", "must be a whole number ≥ 1, got {got}"), got=repr(t.batch_size)),
        )
    if t.batch_size > n_train:
        raise ExperimentError(
            "training.batch_size",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment",
                    "is {batch_size} but there are only {n} training samples: lower the batch size or use more data",
                ),
                batch_size=t.batch_size,
                n=n_train,
            ),
        )
    check_whole("training.epochs", t.epochs, 1, MAX_EPOCHS)
    if not isinstance(t.metrics, list):
        raise ExperimentError(
            "training.metrics",
            Message(QT_TRANSLATE_NOOP("experiment", "must be a list chosen from {choices}"), choices=names(METRICS)),
        )
    for i, m in enumerate(t.metrics):
        if m not in METRICS:
            unknown = QT_TRANSLATE_NOOP("experiment", "unknown metric {metric}; choose from {choices}")
            raise ExperimentError(f"training.metrics[{i}]", Message(unknown, metric=repr(m), choices=names(METRICS)))
    _validate_schedule_and_callbacks(t)
    _validate_validation(t.validation, n_train)


def _validate_schedule_and_callbacks(t: TrainingConfig) -> None:
    wrong = schedules.check(t.schedule)
    if wrong:
        key, message = wrong
        raise ExperimentError(f"training.schedule.config.{key}" if key else "training.schedule", message)
    wrong = callback_specs.check(t.callbacks, callback_specs.monitors(t.metrics))
    if wrong:
        raise ExperimentError(f"training.{wrong[0]}", wrong[1])
    if t.schedule and callback_specs.get(t.callbacks, "ReduceLROnPlateau"):
        raise ExperimentError(
            "training.schedule",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment",
                    "ReduceLROnPlateau sets the learning rate itself and Keras cannot combine it with a schedule: "
                    "choose the schedule or the callback",
                )
            ),
        )


def _validate_validation(v: Any, n_train: int) -> None:
    if not isinstance(v, dict) or v.get("method") not in ("holdout", "kfold"):
        raise ExperimentError(
            "training.validation",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", 'must be {"method": "holdout"} or {"method": "kfold", "k": 5, "repeats": 1}'
                )
            ),
        )
    reject_unknown("training.validation.", v, {"method", "k", "repeats"})
    k, repeats = v.get("k", 5), v.get("repeats", 1)
    check_whole("training.validation.k", k, 2, MAX_FOLDS)
    check_whole("training.validation.repeats", repeats, 1, MAX_REPEATS)
