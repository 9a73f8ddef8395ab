"""The exact rate each learning-rate schedule gives, in numpy, and a sentence saying it with the
numbers, so the dialog previews a run, the curves mark the planned rate and the report and the
exported script describe it, all without TensorFlow.

A schedule is a function of the optimizer step (Keras's `optimizer.iterations`, counted from 0):
the update of step s uses the rate schedule(s). Keras's schedules follow its code in
`keras/src/optimizers/schedules/learning_rate_schedule.py`, including where it differs from its
docstrings. Apart from the table (`schedules`): this is the arithmetic, that is what there is.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.recipe.schedules import SCHEDULES, with_defaults


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
