"""Learning-rate schedules: every schedule's settings, defaults, ranges and formula in one table, and
the checks of an experiment file's schedule against it, without TensorFlow.

A schedule is Keras's `{"class_name": ..., "config": {...}}` without `initial_learning_rate`: the
initial rate lr₀ is always the optimizer's `learning_rate`. `StepDecay` (the book's per-epoch drop)
and `NaturalExpDecay` (TF1's `natural_exp_decay`) are the playground's own; the others are Keras's.
The rate each one gives, step by step, is in `schedule_rates`.

Reduce-on-plateau is not a schedule (it watches a metric, so nothing can be drawn ahead of time):
it is Keras's `ReduceLROnPlateau` callback, and `PLATEAU` holds its settings for the same dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.numbers import is_int, is_number
from playground.core.recipe import callback_specs

MAX_STEPS = 1_000_000
MAX_RATE = 100.0  # the optimizer's learning_rate is at most this too


@dataclass(frozen=True)
class Setting:
    """One config key of a schedule (or of reduce-on-plateau).

    `kind` is "float", "int", "bool", "ints" (a list of whole numbers), "floats" (a list of
    numbers), "optional_float" (a number or None) or "choice" (one of `choices`). `low` and `high`
    bound the number, or every number of a list, both included.
    """

    key: str
    kind: str
    default: Any
    low: float = 0.0
    high: float = 1.0
    tip: str = ""  # marked with QT_TRANSLATE_NOOP("schedules", ...); reduce-on-plateau's: "callbacks"
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScheduleSpec:
    label: str  # what the window calls it, marked with QT_TRANSLATE_NOOP("schedules", ...)
    formula: str  # one line, for tooltips (a formula: not translated)
    settings: tuple[Setting, ...]


def _decay_steps(default: int) -> Setting:
    return Setting(
        "decay_steps",
        "int",
        default,
        1,
        MAX_STEPS,
        QT_TRANSLATE_NOOP("schedules", "steps (batches) over which the rate decays once"),
    )


_STAIRCASE = Setting(
    "staircase",
    "bool",
    False,
    tip=QT_TRANSLATE_NOOP("schedules", "decay in jumps: ⌊step / decay_steps⌋ instead of step / decay_steps"),
)
_ALPHA = Setting(
    "alpha",
    "float",
    0.0,
    0.0,
    1.0,
    QT_TRANSLATE_NOOP("schedules", "the lowest rate, as a fraction of the rate the cosine starts from"),
)

SCHEDULES: dict[str, ScheduleSpec] = {
    "StepDecay": ScheduleSpec(
        QT_TRANSLATE_NOOP("schedules", "Step decay"),
        "lr = lr₀ · drop^⌊(1 + epoch) / epochs_drop⌋",
        (
            Setting(
                "drop", "float", 0.5, 0.0, 1.0, QT_TRANSLATE_NOOP("schedules", "each drop multiplies the rate by this")
            ),
            Setting(
                "epochs_drop",
                "int",
                10,
                1,
                MAX_STEPS,
                QT_TRANSLATE_NOOP(
                    "schedules", "epochs between drops; with the book's 1 + epoch the first drop comes one epoch early"
                ),
            ),
        ),
    ),
    "ExponentialDecay": ScheduleSpec(
        QT_TRANSLATE_NOOP("schedules", "Exponential decay"),
        "lr = lr₀ · decay_rate^(step / decay_steps)",
        (
            _decay_steps(1000),
            Setting(
                "decay_rate",
                "float",
                0.9,
                0.0,
                1.0,
                QT_TRANSLATE_NOOP("schedules", "the rate is multiplied by this every decay_steps steps"),
            ),
            _STAIRCASE,
        ),
    ),
    "NaturalExpDecay": ScheduleSpec(
        QT_TRANSLATE_NOOP("schedules", "Natural exponential decay"),
        "lr = lr₀ · e^(−decay_rate · step / decay_steps)",
        (
            _decay_steps(1),
            Setting(
                "decay_rate",
                "float",
                1e-4,
                0.0,
                100.0,
                QT_TRANSLATE_NOOP("schedules", "the rate is multiplied by e^−decay_rate every decay_steps"),
            ),
            _STAIRCASE,
        ),
    ),
    "InverseTimeDecay": ScheduleSpec(
        QT_TRANSLATE_NOOP("schedules", "Inverse time decay"),
        "lr = lr₀ / (1 + decay_rate · step / decay_steps)",
        (
            _decay_steps(1000),
            Setting(
                "decay_rate",
                "float",
                0.5,
                0.0,
                100.0,
                QT_TRANSLATE_NOOP("schedules", "the divisor grows by this every decay_steps steps"),
            ),
            _STAIRCASE,
        ),
    ),
    "PolynomialDecay": ScheduleSpec(
        QT_TRANSLATE_NOOP("schedules", "Polynomial decay"),
        "lr = (lr₀ − end) · (1 − min(step, decay_steps) / decay_steps)^power + end",
        (
            _decay_steps(10000),
            Setting(
                "end_learning_rate",
                "float",
                1e-4,
                0.0,
                MAX_RATE,
                QT_TRANSLATE_NOOP("schedules", "the rate reached after decay_steps steps"),
            ),
            Setting(
                "power",
                "float",
                1.0,
                0.0,
                10.0,
                QT_TRANSLATE_NOOP("schedules", "1: a straight line; 2: a parabola; 0.5: a square root"),
            ),
            Setting(
                "cycle",
                "bool",
                False,
                tip=QT_TRANSLATE_NOOP(
                    "schedules",
                    "after decay_steps start again, over the next multiple of decay_steps: ⌈step / decay_steps⌉",
                ),
            ),
        ),
    ),
    "CosineDecay": ScheduleSpec(
        QT_TRANSLATE_NOOP("schedules", "Cosine decay"),
        "lr = lr₀ · ((1 − alpha) · ½(1 + cos(π · min(step, decay_steps) / decay_steps)) + alpha)",
        (
            _decay_steps(10000),
            _ALPHA,
            Setting(
                "warmup_target",
                "optional_float",
                None,
                0.0,
                MAX_RATE,
                QT_TRANSLATE_NOOP(
                    "schedules",
                    "empty: no warm-up. Otherwise the rate rises in a straight line from lr₀ to this over "
                    "warmup_steps steps, and the cosine then decays from this (not from lr₀)",
                ),
            ),
            Setting(
                "warmup_steps",
                "int",
                0,
                0,
                MAX_STEPS,
                QT_TRANSLATE_NOOP("schedules", "steps of warm-up before the cosine decay (only with a warmup_target)"),
            ),
        ),
    ),
    "CosineDecayRestarts": ScheduleSpec(
        QT_TRANSLATE_NOOP("schedules", "Cosine decay with restarts"),
        "lr = lr₀ · ((1 − alpha) · m_mulⁱ · ½(1 + cos(π · t)) + alpha); period i lasts first_decay_steps · t_mulⁱ",
        (
            Setting(
                "first_decay_steps",
                "int",
                1000,
                1,
                MAX_STEPS,
                QT_TRANSLATE_NOOP("schedules", "steps (batches) of the first cosine period"),
            ),
            Setting(
                "t_mul",
                "float",
                2.0,
                1.0,
                10.0,
                QT_TRANSLATE_NOOP("schedules", "each period lasts this many times longer than the one before"),
            ),
            Setting(
                "m_mul",
                "float",
                1.0,
                0.0,
                1.0,
                QT_TRANSLATE_NOOP("schedules", "each restart starts this many times lower than the one before"),
            ),
            Setting(
                "alpha",
                "float",
                0.0,
                0.0,
                1.0,
                QT_TRANSLATE_NOOP("schedules", "the lowest rate, as a fraction of lr₀ (the same in every period)"),
            ),
        ),
    ),
    "PiecewiseConstantDecay": ScheduleSpec(
        QT_TRANSLATE_NOOP("schedules", "Piecewise constant"),
        "lr = values[i] while boundaries[i−1] < step ≤ boundaries[i]",
        (
            Setting(
                "boundaries",
                "ints",
                [5000, 10000],
                0,
                MAX_STEPS,
                QT_TRANSLATE_NOOP("schedules", "the steps after which the rate changes, increasing, e.g. 5000, 10000"),
            ),
            Setting(
                "values",
                "floats",
                [0.01, 0.001, 0.0001],
                0.0,
                MAX_RATE,
                QT_TRANSLATE_NOOP(
                    "schedules",
                    "the rates themselves (lr₀ is not used), one more than boundaries, e.g. 0.01, 0.001, 0.0001",
                ),
            ),
        ),
    ),
}

PLATEAU_MONITORS = ("val_loss", "loss", "val_accuracy", "accuracy")
PLATEAU_FORMULA = QT_TRANSLATE_NOOP(
    "schedules", "after patience epochs without improving monitor by min_delta: lr ← max(lr · factor, min_lr)"
)


def plateau_settings(monitors=PLATEAU_MONITORS) -> tuple[Setting, ...]:
    """ReduceLROnPlateau's settings for the schedule dialog: the callbacks' own (`callback_specs`,
    one source for both dialogs), the monitor a choice among `monitors` (the run's recorded values)."""
    out = []
    for c in callback_specs.CALLBACKS["ReduceLROnPlateau"].settings:
        if c.kind == "monitor":
            out.append(Setting(c.key, "choice", c.default, tip=c.tip, choices=tuple(monitors)))
        else:  # an open range (factor: above 0, below 1) is kept inside by a step of 0.001
            step = 0.001 if c.open_range else 0.0
            out.append(Setting(c.key, c.kind, c.default, c.low + step, c.high - step, c.tip))
    return tuple(out)


PLATEAU: tuple[Setting, ...] = plateau_settings()
OTHER_KEYS = ("name",)  # Keras keys that are allowed and ignored


def default(name: str, lr0: float | None = None) -> dict:
    """Schedule `name` with its default config.

    Args:
        name: a key of `SCHEDULES`.
        lr0: if given, a piecewise-constant schedule's values start at it and drop tenfold (its
            values are absolute rates). Defaults to None (the table's values).
    """
    config = {s.key: _copy(s.default) for s in SCHEDULES[name].settings}
    if name == "PiecewiseConstantDecay" and lr0 is not None:
        config["values"] = [float(f"{lr0 * 10.0**-i:.6g}") for i in range(len(config["values"]))]
    return {"class_name": name, "config": config}


def default_plateau() -> dict:
    """ReduceLROnPlateau's config with the playground's defaults."""
    return callback_specs.default("ReduceLROnPlateau")


def with_defaults(schedule: dict) -> dict:
    """`schedule` with every config key its class knows (missing ones at their defaults); "name" dropped."""
    name = schedule["class_name"]
    config = schedule.get("config") or {}
    return {
        "class_name": name,
        "config": {s.key: _copy(config.get(s.key, s.default)) for s in SCHEDULES[name].settings},
    }


def check(schedule: dict | None) -> tuple[str, Message] | None:
    """(key, message) for the first thing `schedule` gets wrong, None if it is fine (None is fine).

    The key is the config key ("" for the class name or the whole schedule), so a caller can say
    `training.schedule.config.<key>: <message>`.
    """
    if schedule is None:
        return None
    if not isinstance(schedule, dict) or not isinstance(schedule.get("config", {}), dict):
        return "", Message(
            QT_TRANSLATE_NOOP(
                "schedules", 'must look like {"class_name": "ExponentialDecay", "config": {...}} or be null'
            )
        )
    name = schedule.get("class_name")
    if name not in SCHEDULES:
        return "", Message(
            QT_TRANSLATE_NOOP("schedules", "unknown schedule {name!r}; the schedules: {known}"),
            name=name,
            known=tuple(SCHEDULES),
        )
    config = schedule.get("config", {})
    specs = SCHEDULES[name].settings
    wrong = _check_config(name, specs, config)
    if wrong:
        return wrong
    if name == "PiecewiseConstantDecay":
        full = with_defaults(schedule)["config"]
        boundaries, values = full["boundaries"], full["values"]
        if not boundaries:
            return "boundaries", Message(QT_TRANSLATE_NOOP("schedules", "needs at least one boundary"))
        for a, b in zip(boundaries, boundaries[1:], strict=False):
            if b <= a:
                return "boundaries", Message(
                    QT_TRANSLATE_NOOP("schedules", "must increase: {b} comes after {a}"), b=b, a=a
                )
        if len(values) != len(boundaries) + 1:
            return "values", Message(
                QT_TRANSLATE_NOOP(
                    "schedules", "needs one value more than boundaries: {needed} for {boundaries} boundaries, got {got}"
                ),
                needed=len(boundaries) + 1,
                boundaries=len(boundaries),
                got=len(values),
            )
    return None


def check_plateau(plateau: dict | None, monitors=PLATEAU_MONITORS) -> tuple[str, Message] | None:
    """(key, message) for the first setting of a ReduceLROnPlateau config that is wrong; None if all
    fit. The callbacks' own rule (`callback_specs.check`), so both dialogs accept the same values."""
    if plateau is None:
        return None
    if not isinstance(plateau, dict):
        return "", Message(
            QT_TRANSLATE_NOOP("schedules", "must be a dict of {keys}, got {plateau}"),
            keys=tuple(s.key for s in PLATEAU),
            plateau=repr(plateau),
        )
    wrong = callback_specs.check([{"class_name": "ReduceLROnPlateau", "config": plateau}], list(monitors))
    if wrong is None:
        return None
    where, message = wrong
    key = where.rsplit(".config.", 1)[1] if ".config." in where else ""
    # The caller names the key: a setting's message is "{key} {problem}", so give the problem alone.
    problem = message.values.get("problem") if key and isinstance(message, Message) else None
    return key, problem if isinstance(problem, Message) else message


def _check_config(name: str, specs: tuple[Setting, ...], config: dict) -> tuple[str, Message] | None:
    known = {s.key: s for s in specs}
    for key, value in config.items():
        if key in OTHER_KEYS:
            continue
        spec = known.get(key)
        if spec is None:
            if key == "initial_learning_rate":
                return key, Message(
                    QT_TRANSLATE_NOOP(
                        "schedules",
                        "the initial rate is the optimizer's learning_rate: leave initial_learning_rate out",
                    )
                )
            return key, Message(
                QT_TRANSLATE_NOOP("schedules", "{name} has no setting {key!r}; its settings: {known}"),
                name=name,
                key=key,
                known=tuple(known),
            )
        message = check_value(spec, value)
        if message:
            return key, message
    return None


def check_value(spec: Setting, value: Any) -> Message | None:
    """What is wrong with `value` for setting `spec`, or None."""
    if spec.kind == "bool":
        if isinstance(value, bool):
            return None
        return Message(QT_TRANSLATE_NOOP("schedules", "must be true or false, got {value}"), value=repr(value))
    if spec.kind == "choice":
        if value in spec.choices:
            return None
        return Message(
            QT_TRANSLATE_NOOP("schedules", "must be one of {choices}, got {value}"),
            choices=tuple(spec.choices),
            value=repr(value),
        )
    if spec.kind == "int":
        if is_int(value) and spec.low <= value <= spec.high:
            return None
        return Message(
            QT_TRANSLATE_NOOP("schedules", "must be a whole number from {low} to {high}, got {value}"),
            low=int(spec.low),
            high=int(spec.high),
            value=repr(value),
        )
    if spec.kind in ("ints", "floats"):
        fits = is_int if spec.kind == "ints" else is_number
        if isinstance(value, list) and all(fits(v) and spec.low <= v <= spec.high for v in value):
            return None
        if spec.kind == "ints":
            template = QT_TRANSLATE_NOOP(
                "schedules", "must be a list of whole numbers from {low} to {high}, got {value}"
            )
            return Message(template, low=int(spec.low), high=int(spec.high), value=repr(value))
        template = QT_TRANSLATE_NOOP("schedules", "must be a list of numbers from {low:g} to {high:g}, got {value}")
        return Message(template, low=spec.low, high=spec.high, value=repr(value))
    if spec.kind == "optional_float" and value is None:
        return None
    if not is_number(value) or not spec.low <= value <= spec.high:
        if spec.kind == "optional_float":
            template = QT_TRANSLATE_NOOP(
                "schedules", "must be a number from {low:g} to {high:g}, or empty (null) for none, got {value}"
            )
        else:
            template = QT_TRANSLATE_NOOP("schedules", "must be a number from {low:g} to {high:g}, got {value}")
        return Message(template, low=spec.low, high=spec.high, value=repr(value))
    return None


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
