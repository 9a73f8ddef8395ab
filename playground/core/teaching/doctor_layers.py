"""The training doctor's rules on the layers: dead ReLU units, saturated units, vanishing and
exploding gradients, read from each kernel layer's health (`playground.training.inspection.health`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.teaching.doctor_findings import Finding
from playground.core.teaching.doctor_findings import finding as _finding
from playground.core.teaching.doctor_findings import num as _num
from playground.core.teaching.doctor_findings import pct as _pct
from playground.core.teaching.doctor_findings import sentence as _s
from playground.core.teaching.doctor_findings import times as _times

DEAD, MOSTLY_DEAD = 0.5, 0.8  # share of a ReLU layer's units that never fire
SATURATED, MOSTLY_SATURATED = 0.5, 0.9  # share of a tanh/sigmoid hidden layer's outputs at the flat ends
VANISHING, EXPLODING = 1e-3, 1e3  # first layer's gradient norm over the last layer's
HUGE_GRADIENT = 1e4  # a gradient norm above this is exploding, whatever the ratio
COLLAPSED = 1e-2  # the deepest hidden layer's output spread under 1 % of the first's
MIN_DEPTH = 3  # layers with a kernel needed before gradients can be said to vanish or explode


@dataclass(frozen=True)
class LayerHealth:
    """How one layer with a kernel looks on a batch of samples.

    Args:
        name: the layer's name.
        activation: its activation's name ("relu", "tanh", "linear"…).
        units: neurons, filters or units.
        act_std: the standard deviation of its outputs on the batch.
        dead_fraction: ReLU layers: the share of units never positive on the batch; None otherwise.
        saturated_fraction: tanh/sigmoid layers: the share of outputs with |tanh| > 0.99 or a sigmoid
            within 0.01 of 0 or 1; None otherwise.
        grad_norm: the L2 norm of the loss's gradient with respect to the kernel; None if unknown.
        weight_norm: the L2 norm of the kernel.
    """

    name: str
    activation: str
    units: int
    act_std: float
    dead_fraction: float | None
    saturated_fraction: float | None
    grad_norm: float | None
    weight_norm: float


def layer_findings(layers: list[LayerHealth], epoch: int, lr: float, large: bool, fits: bool) -> list[Finding]:
    """Dead, saturated, vanishing or exploding, at `epoch`; `large`: the learning rate is large for
    its optimizer; `fits`: the model fits its training data (dead and saturated units then only
    waste capacity, so they are "info")."""
    found = []
    dead = [h for h in layers if h.dead_fraction is not None and h.dead_fraction > DEAD]
    if dead:
        found.append(_dead_relu(dead, epoch, lr, fits))
    gradients = _gradientFinding(layers, epoch, lr)
    if gradients is not None and not (dead and gradients.rule == "vanishing_gradients"):
        found.append(gradients)
    hidden = layers[:-1]  # the output's sigmoid is meant to reach 0 and 1
    saturated = [h for h in hidden if h.saturated_fraction is not None and h.saturated_fraction > SATURATED]
    if saturated:
        found.append(_saturated(saturated, epoch, lr, large, fits))
    return found


def _saturated(saturated: list[LayerHealth], epoch: int, lr: float, large: bool, fits: bool) -> Finding:
    names = tuple(
        _s(
            QT_TRANSLATE_NOOP("doctor", "{name} ({activation}, {share})"),
            name=h.name,
            activation=h.activation,
            share=_pct(h.saturated_fraction),
        )
        for h in saturated
    )
    sentences = [
        _s(
            QT_TRANSLATE_NOOP(
                "doctor", "Most outputs of these layers sit at the flat ends of their activation: {layers}."
            ),
            layers=names,
        ),
        _s(QT_TRANSLATE_NOOP("doctor", "There the slope is almost zero, so they learn very slowly.")),
    ]
    advice = [
        _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "Start from smaller weights (Glorot initialisation), scale the inputs (standardise), "
                "or add BatchNormalization before the activation.",
            )
        )
    ]
    if large:
        advice.insert(
            0,
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor", "Lower the learning rate (now {lr}): large steps push the weights far out."
                ),
                lr=f"{lr:g}",
            ),
        )
    worst = max(h.saturated_fraction for h in saturated)
    severity = "problem" if worst > MOSTLY_SATURATED else "warning"
    if fits:
        sentences.append(
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor", "The model fits the training data anyway, so this only matters if it must learn more."
                )
            )
        )
        severity = "info"
    title = QT_TRANSLATE_NOOP("doctor", "Saturated units")
    return _finding("saturated", title, sentences, advice, severity, epoch)


def _dead_relu(dead: list[LayerHealth], epoch: int, lr: float, fits: bool) -> Finding:
    names = tuple(
        _s(
            QT_TRANSLATE_NOOP("doctor", "{name} ({dead} of {units} units, {share})"),
            name=h.name,
            dead=round(h.dead_fraction * h.units),
            units=h.units,
            share=_pct(h.dead_fraction),
        )
        for h in dead
    )
    sentences = [
        _s(
            QT_TRANSLATE_NOOP(
                "doctor", "ReLU units that never output anything positive on the samples are dead: {layers}."
            ),
            layers=names,
        ),
        _s(QT_TRANSLATE_NOOP("doctor", "A dead unit passes nothing on and gets no gradient, so it never recovers.")),
    ]
    advice = _s(
        QT_TRANSLATE_NOOP(
            "doctor",
            "Lower the learning rate (now {lr}), start from He initialisation with zero biases, "
            "use LeakyReLU or ELU instead of ReLU, or add BatchNormalization; then press Reset.",
        ),
        lr=f"{lr:g}",
    )
    worst = max(h.dead_fraction for h in dead)
    severity = "problem" if worst >= MOSTLY_DEAD else "warning"
    if fits:
        sentences.append(
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor", "The model fits the training data anyway: the dead units are only wasted capacity."
                )
            )
        )
        severity = "info"
    title = QT_TRANSLATE_NOOP("doctor", "Dead ReLU units")
    return _finding("dead_relu", title, sentences, [advice], severity, epoch)


def _gradientFinding(layers: list[LayerHealth], epoch: int, lr: float) -> Finding | None:
    if len(layers) < MIN_DEPTH:
        return None
    first, last = layers[0], layers[-1]
    grads = [h.grad_norm for h in layers if h.grad_norm is not None]
    if len(grads) == len(layers):
        if not all(math.isfinite(g) for g in grads) or max(grads) > HUGE_GRADIENT:
            worst = max(layers, key=lambda h: h.grad_norm if math.isfinite(h.grad_norm) else math.inf)
            seen = _s(
                QT_TRANSLATE_NOOP("doctor", "The gradient at {layer} is {norm}."),
                layer=worst.name,
                norm=_num(worst.grad_norm),
            )
            return _exploding(seen, epoch, lr)
        if last.grad_norm > 0 and first.grad_norm / last.grad_norm < VANISHING:
            if first.grad_norm == 0:
                seen = _s(
                    QT_TRANSLATE_NOOP(
                        "doctor",
                        "The first layer ({first}) gets no gradient at all, against {norm} at the last ({last}).",
                    ),
                    first=first.name,
                    norm=_num(last.grad_norm),
                    last=last.name,
                )
            else:
                seen = _s(
                    QT_TRANSLATE_NOOP(
                        "doctor",
                        "The gradient at the first layer ({first}, {first_norm}) is {times} times smaller than at "
                        "the last ({last}, {last_norm}).",
                    ),
                    first=first.name,
                    first_norm=_num(first.grad_norm),
                    times=_times(last.grad_norm / first.grad_norm),
                    last=last.name,
                    last_norm=_num(last.grad_norm),
                )
            return _vanishing(seen, epoch)
        if last.grad_norm > 0 and first.grad_norm / last.grad_norm > EXPLODING:
            seen = _s(
                QT_TRANSLATE_NOOP(
                    "doctor",
                    "The gradient at the first layer ({first}, {first_norm}) is {times} times larger than at "
                    "the last ({last}, {last_norm}).",
                ),
                first=first.name,
                first_norm=_num(first.grad_norm),
                times=_times(first.grad_norm / last.grad_norm),
                last=last.name,
                last_norm=_num(last.grad_norm),
            )
            return _exploding(seen, epoch, lr)
    hidden = layers[:-1]
    if len(hidden) >= MIN_DEPTH and hidden[0].act_std > 0 and hidden[-1].act_std < COLLAPSED * hidden[0].act_std:
        seen = _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "The outputs of the deepest hidden layer ({deepest}) spread only {spread}, against {first_spread} "
                "at the first ({first}): the signal fades layer by layer.",
            ),
            deepest=hidden[-1].name,
            spread=_num(hidden[-1].act_std),
            first_spread=_num(hidden[0].act_std),
            first=hidden[0].name,
        )
        return _vanishing(seen, epoch)
    return None


def _vanishing(seen: Message, epoch: int) -> Finding:
    return _finding(
        "vanishing_gradients",
        QT_TRANSLATE_NOOP("doctor", "Vanishing gradients"),
        [seen, _s(QT_TRANSLATE_NOOP("doctor", "The first layers barely learn."))],
        [
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor",
                    "Use ReLU in the hidden layers, start from Glorot or He initialisation instead of tiny weights, "
                    "add BatchNormalization, or use fewer layers.",
                )
            )
        ],
        "problem",
        epoch,
    )


def _exploding(seen: Message, epoch: int, lr: float) -> Finding:
    return _finding(
        "exploding_gradients",
        QT_TRANSLATE_NOOP("doctor", "Exploding gradients"),
        [seen, _s(QT_TRANSLATE_NOOP("doctor", "Such large gradients throw the weights far off with every step."))],
        [
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor",
                    "Lower the learning rate (now {lr}), clip the gradients (clipnorm 1 in Optimizer settings), "
                    "start from smaller weights (Glorot or He initialisation), or add BatchNormalization.",
                ),
                lr=f"{lr:g}",
            )
        ],
        "problem",
        epoch,
    )
