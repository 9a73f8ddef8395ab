"""Learning-rate schedules: every schedule's settings, defaults, ranges and formula in one table, and
the exact rate each one gives, in numpy, so the dialog previews a run and an experiment file is
checked without TensorFlow.

A schedule is Keras's `{"class_name": ..., "config": {...}}` without `initial_learning_rate`: the
initial rate lr₀ is always the optimizer's `learning_rate`. It is a function of the optimizer step
(Keras's `optimizer.iterations`, counted from 0): the update of step s uses the rate schedule(s).
`StepDecay` (the book's per-epoch drop) and `NaturalExpDecay` (TF1's `natural_exp_decay`) are the
playground's own; the others are Keras's and follow its code in
`keras/src/optimizers/schedules/learning_rate_schedule.py`, including where it differs from its
docstrings.

Reduce-on-plateau is not a schedule (it watches a metric, so nothing can be drawn ahead of time):
it is Keras's `ReduceLROnPlateau` callback, and `PLATEAU` holds its settings for the same dialog.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_specs import is_int, is_number
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


def steps_per_epoch(n_train: int, batch_size: int) -> int:
    """Optimizer steps in one epoch: ⌈n_train / batch_size⌉ (Keras trains on the last, smaller batch too)."""
    return max(1, math.ceil(n_train / batch_size))


def lr_at(schedule: dict | None, lr0: float, steps: np.ndarray, steps_per_epoch: int) -> np.ndarray:
    """The rate the update of each optimizer step in `steps` (counted from 0) uses, as Keras computes it.

    Args:
        schedule: a schedule that `check` accepts, or None for the constant lr0.
        lr0: the optimizer's learning_rate.
        steps: whole step numbers, any shape.
        steps_per_epoch: only StepDecay uses it (its drops count epochs).

    Returns:
        float64 rates, the shape of `steps`.
    """
    s = np.asarray(steps, dtype=np.float64)
    lr0 = float(lr0)
    if schedule is None:
        return np.full(s.shape, lr0)
    name = schedule["class_name"]
    c = with_defaults(schedule)["config"]
    if name == "StepDecay":
        epoch = np.floor(s / steps_per_epoch)
        return lr0 * np.power(float(c["drop"]), np.floor((1.0 + epoch) / c["epochs_drop"]))
    if name in ("ExponentialDecay", "NaturalExpDecay", "InverseTimeDecay"):
        p = s / c["decay_steps"]
        if c["staircase"]:
            p = np.floor(p)
        rate = float(c["decay_rate"])
        if name == "ExponentialDecay":
            return lr0 * np.power(rate, p)
        if name == "NaturalExpDecay":
            return lr0 * np.exp(-rate * p)
        return lr0 / (1.0 + rate * p)
    if name == "PolynomialDecay":
        end, decay_steps = float(c["end_learning_rate"]), float(c["decay_steps"])
        if c["cycle"]:  # decay over the first multiple of decay_steps at or above the step
            decay_steps = decay_steps * np.where(s == 0, 1.0, np.ceil(s / decay_steps))
        else:
            s = np.minimum(s, decay_steps)
        return (lr0 - end) * np.power(1.0 - s / decay_steps, float(c["power"])) + end
    if name == "CosineDecay":
        alpha, decay_steps, target = float(c["alpha"]), float(c["decay_steps"]), c["warmup_target"]
        if target is None:  # warmup_steps is then ignored, as in Keras
            return lr0 * _cosine(np.minimum(s, decay_steps) / decay_steps, alpha)
        warmup = float(c["warmup_steps"])
        s = np.minimum(s, decay_steps + warmup)
        rising = lr0 + (target - lr0) * s / max(warmup, 1.0)
        return np.where(s < warmup, rising, target * _cosine((s - warmup) / decay_steps, alpha))
    if name == "CosineDecayRestarts":
        return lr0 * _restarts(s / c["first_decay_steps"], float(c["t_mul"]), float(c["m_mul"]), float(c["alpha"]))
    if name == "PiecewiseConstantDecay":
        # values[i] while boundaries[i-1] < step <= boundaries[i]: a step on a boundary keeps the value before.
        index = np.searchsorted(np.asarray(c["boundaries"], dtype=np.float64), s, side="left")
        return np.asarray(c["values"], dtype=np.float64)[index]
    raise ValueError(f"unknown schedule {name!r}")  # internal: check() accepted the schedule


def _cosine(fraction: np.ndarray, alpha: float) -> np.ndarray:
    return (1.0 - alpha) * 0.5 * (1.0 + np.cos(np.pi * fraction)) + alpha


def _restarts(fraction: np.ndarray, t_mul: float, m_mul: float, alpha: float) -> np.ndarray:
    """Keras's CosineDecayRestarts factor, with `fraction` = step / first_decay_steps."""
    if t_mul == 1.0:
        i = np.floor(fraction)
        t = fraction - i
    else:
        # Period i starts at (1 − t_mulⁱ) / (1 − t_mul) first periods. The logarithm may land a
        # hair below a whole number exactly at a restart: correct the period by one either way.
        def start(k):
            return (1.0 - np.power(t_mul, k)) / (1.0 - t_mul)

        i = np.floor(np.log(1.0 - fraction * (1.0 - t_mul)) / np.log(t_mul))
        i = np.where(start(i + 1) <= fraction, i + 1, i)
        i = np.where(start(i) > fraction, i - 1, i)
        t = (fraction - start(i)) / np.power(t_mul, i)
    return (1.0 - alpha) * np.power(m_mul, i) * 0.5 * (1.0 + np.cos(np.pi * t)) + alpha


def preview(
    schedule: dict | None, lr0: float, steps_per_epoch: int, epochs: int, max_points: int = 2000
) -> tuple[np.ndarray, np.ndarray]:
    """The rate over a planned run, to draw: (x in epochs, rate).

    Step s is drawn at x = (s + 1) / steps_per_epoch, so the last step of epoch e is at x = e.
    With more steps than `max_points`, the steps are subsampled evenly, but the last step of every
    epoch is kept while there are at most `max_points` epochs, and the final step always.
    """
    total = steps_per_epoch * epochs
    if total <= max_points:
        steps = np.arange(total)
    else:
        if epochs <= max_points:
            kept = np.arange(1, epochs + 1) * steps_per_epoch - 1
        else:
            kept = np.array([total - 1])
        even = np.linspace(0, total - 1, max(max_points - len(kept), 2)).round().astype(np.int64)
        steps = np.union1d(kept, even)
    return (steps + 1) / steps_per_epoch, lr_at(schedule, lr0, steps, steps_per_epoch)


def epoch_rates(schedule: dict | None, lr0: float, steps_per_epoch: int, epochs: int) -> np.ndarray:
    """The rate the last step of each epoch 1..epochs uses: one number per epoch, as the history records it."""
    return lr_at(schedule, lr0, np.arange(1, epochs + 1) * steps_per_epoch - 1, steps_per_epoch)


def describe(schedule: dict | None, lr0: float) -> str:
    """A short sentence with the numbers, e.g. "Exponential decay: 0.1 · 0.96^(step / 100)"."""
    return str(description(schedule, lr0))


def description(schedule: dict | None, lr0: float) -> Message:
    """`describe`'s sentence as a template and its values, for the window to translate."""
    if schedule is None:
        return Message(QT_TRANSLATE_NOOP("schedules", "Constant: {lr0}"), lr0=f"{lr0:g}")
    name = schedule["class_name"]
    c = with_defaults(schedule)["config"]
    values: dict[str, Any] = {"label": Message(SCHEDULES[name].label), "lr0": f"{lr0:g}"}
    if name == "StepDecay":
        values.update(drop=f"{c['drop']:g}", epochs_drop=str(c["epochs_drop"]))
        return Message("{label}: {lr0} · {drop}^⌊(epoch + 1) / {epochs_drop}⌋", **values)
    if name in ("ExponentialDecay", "NaturalExpDecay", "InverseTimeDecay"):
        p = f"⌊step / {c['decay_steps']}⌋" if c["staircase"] else f"step / {c['decay_steps']}"
        values.update(decay_rate=f"{c['decay_rate']:g}", p=p)
        if name == "ExponentialDecay":
            return Message("{label}: {lr0} · {decay_rate}^({p})", **values)
        if name == "NaturalExpDecay":
            return Message("{label}: {lr0} · e^(−{decay_rate} · {p})", **values)
        return Message("{label}: {lr0} / (1 + {decay_rate} · {p})", **values)
    if name == "PolynomialDecay":
        values.update(end=f"{c['end_learning_rate']:g}", steps=str(c["decay_steps"]), power=f"{c['power']:g}")
        if c["cycle"]:
            template = QT_TRANSLATE_NOOP(
                "schedules",
                "{label}: from {lr0} to {end} over {steps} steps, power {power}, then again over each next multiple",
            )
        else:
            template = QT_TRANSLATE_NOOP("schedules", "{label}: from {lr0} to {end} over {steps} steps, power {power}")
        return Message(template, **values)
    if name == "CosineDecay":
        target, alpha = c["warmup_target"], c["alpha"]
        values["steps"] = str(c["decay_steps"])
        if target is None:
            values["end"] = f"{lr0 * alpha:g}"
            return Message(QT_TRANSLATE_NOOP("schedules", "{label}: from {lr0} to {end} over {steps} steps"), **values)
        values.update(target=f"{target:g}", warmup_steps=str(c["warmup_steps"]), end=f"{target * alpha:g}")
        return Message(
            QT_TRANSLATE_NOOP(
                "schedules",
                "{label}: warm-up from {lr0} to {target} over {warmup_steps} steps, "
                "then down to {end} over {steps} steps",
            ),
            **values,
        )
    if name == "CosineDecayRestarts":
        values.update(
            end=f"{lr0 * c['alpha']:g}",
            steps=str(c["first_decay_steps"]),
            t_mul=f"{c['t_mul']:g}",
            m_mul=f"{c['m_mul']:g}",
        )
        return Message(
            QT_TRANSLATE_NOOP(
                "schedules",
                "{label}: from {lr0} to {end} over {steps} steps, then again, "
                "each period {t_mul}× as long and {m_mul}× as high",
            ),
            **values,
        )
    if name == "PiecewiseConstantDecay":
        values["parts"] = [
            Message(QT_TRANSLATE_NOOP("schedules", "{value} up to step {step}"), value=f"{v:g}", step=b)
            for b, v in zip(c["boundaries"], c["values"], strict=False)
        ]
        values["last"] = f"{c['values'][-1]:g}"
        return Message(QT_TRANSLATE_NOOP("schedules", "{label}: {parts}, then {last}"), **values)
    raise ValueError(f"unknown schedule {name!r}")  # internal: check() accepted the schedule


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
