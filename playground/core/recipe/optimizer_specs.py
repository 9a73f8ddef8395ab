"""Every optimizer's Keras settings, with defaults, ranges and the formula each one enters, so the
settings dialog is built from one table and an experiment file's optimizer is checked without
TensorFlow. `clipnorm` and `clipvalue` apply to every optimizer (0 or absent: no clipping).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.numbers import is_number


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str  # "float" or "bool"
    default: Any
    low: float = 0.0
    high: float = 1.0
    tip: str = ""  # marked with QT_TRANSLATE_NOOP("optimizers", ...) unless it is only a formula


_MOMENTUM = Setting("momentum", "float", 0.0, 0.0, 0.999, "v ← momentum·v − lr·g;  w ← w + v")
_EPSILON = Setting(
    "epsilon", "float", 1e-7, 0.0, 1.0, QT_TRANSLATE_NOOP("optimizers", "added to the denominator so it is never 0")
)
_BETA_1 = Setting(
    "beta_1",
    "float",
    0.9,
    0.0,
    0.9999,
    QT_TRANSLATE_NOOP("optimizers", "decay of the mean of gradients: m ← β₁·m + (1−β₁)·g"),
)
_BETA_2 = Setting(
    "beta_2",
    "float",
    0.999,
    0.0,
    0.99999,
    QT_TRANSLATE_NOOP("optimizers", "decay of the mean of squares: v ← β₂·v + (1−β₂)·g²"),
)
_RHO = Setting(
    "rho",
    "float",
    0.9,
    0.0,
    0.9999,
    QT_TRANSLATE_NOOP("optimizers", "decay of the mean of squared gradients: v ← ρ·v + (1−ρ)·g²"),
)

SETTINGS: dict[str, tuple[Setting, ...]] = {
    "SGD": (
        _MOMENTUM,
        Setting(
            "nesterov", "bool", False, tip=QT_TRANSLATE_NOOP("optimizers", "look ahead: the gradient at w + momentum·v")
        ),
    ),
    "RMSprop": (
        _RHO,
        _MOMENTUM,
        _EPSILON,
        Setting(
            "centered",
            "bool",
            False,
            tip=QT_TRANSLATE_NOOP("optimizers", "divide by the gradients' variance, not their mean square"),
        ),
    ),
    "Adagrad": (
        Setting(
            "initial_accumulator_value",
            "float",
            0.1,
            0.0,
            10.0,
            QT_TRANSLATE_NOOP("optimizers", "the sum of squares starts here"),
        ),
        _EPSILON,
    ),
    "Adadelta": (Setting("rho", "float", 0.95, 0.0, 0.9999, _RHO.tip), _EPSILON),
    "Adam": (
        _BETA_1,
        _BETA_2,
        _EPSILON,
        Setting("amsgrad", "bool", False, tip=QT_TRANSLATE_NOOP("optimizers", "use the largest v so far (AMSGrad)")),
    ),
    "AdamW": (
        _BETA_1,
        _BETA_2,
        _EPSILON,
        Setting("amsgrad", "bool", False, tip=QT_TRANSLATE_NOOP("optimizers", "use the largest v so far (AMSGrad)")),
        Setting(
            "weight_decay",
            "float",
            0.004,
            0.0,
            1.0,
            QT_TRANSLATE_NOOP("optimizers", "w ← w − lr·weight_decay·w, apart from the gradient"),
        ),
    ),
    "Adamax": (_BETA_1, _BETA_2, _EPSILON),
    "Nadam": (_BETA_1, _BETA_2, _EPSILON),
}
CLIPPING = (
    # From just above 0: Keras would clip to a norm of 0 (no learning) rather than not at all.
    Setting(
        "clipnorm",
        "float",
        0.0,
        1e-6,
        1000.0,
        QT_TRANSLATE_NOOP("optimizers", "each weight's gradient is scaled down to this norm at most"),
    ),
    Setting(
        "clipvalue",
        "float",
        0.0,
        1e-6,
        1000.0,
        QT_TRANSLATE_NOOP("optimizers", "each gradient value is clipped to ±this"),
    ),
)
OTHER_KEYS = ("learning_rate", "name")  # Keras keys the dialog leaves alone


def settings(name: str) -> tuple[Setting, ...]:
    """The settings the dialog shows for optimizer `name`: its own, then clipping."""
    return (*SETTINGS.get(name, ()), *CLIPPING)


def check(name: str, config: dict) -> tuple[str, Message] | None:
    """(key, message) for the first setting `config` gets wrong; None if all fit."""
    known = {s.key: s for s in settings(name)}
    if config.get("clipnorm") and config.get("clipvalue"):
        return "clipvalue", Message(
            QT_TRANSLATE_NOOP(
                "optimizer_specs", "Keras clips by norm or by value, not both: clear clipnorm or clipvalue"
            )
        )
    for key, value in config.items():
        if key in OTHER_KEYS:
            continue
        spec = known.get(key)
        if spec is None:
            return key, Message(
                QT_TRANSLATE_NOOP("optimizer_specs", "{name} has no setting {key!r}; its settings: {known}"),
                name=name,
                key=key,
                known=", ".join(known),
            )
        if spec.kind == "bool":
            if not isinstance(value, bool):
                return key, Message(
                    QT_TRANSLATE_NOOP("optimizer_specs", "must be true or false, got {value!r}"), value=value
                )
        elif value is not None and (not is_number(value) or not spec.low <= value <= spec.high):
            return key, Message(
                QT_TRANSLATE_NOOP("optimizer_specs", "must be a number from {low:g} to {high:g}, got {value!r}"),
                low=spec.low,
                high=spec.high,
                value=value,
            )
    return None


def with_setting(name: str, config: dict, key: str, value) -> dict:
    """`config` with one setting changed; a clipping of 0, or a setting at its Keras default, is
    left out so the file says only what differs."""
    out = {k: v for k, v in config.items() if k != key}
    spec = {s.key: s for s in settings(name)}[key]
    if value != spec.default:
        out[key] = value
    return out


def slots(name: str, config: dict) -> int:
    """How many values Keras's optimizer `name` keeps beside each weight (its slot variables):
    Adam its two moments (three with AMSGrad), SGD a velocity only with momentum. What a model
    needs in memory follows from it (`core.network.model_size`)."""
    if name == "SGD":
        return 1 if config.get("momentum") else 0
    if name == "RMSprop":
        return 1 + bool(config.get("momentum")) + bool(config.get("centered"))
    if name in ("Adam", "AdamW"):
        return 3 if config.get("amsgrad") else 2
    return {"Adagrad": 1, "Adadelta": 2, "Adamax": 2, "Nadam": 2}.get(name, 2)
