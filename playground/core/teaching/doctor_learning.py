"""The training doctor's rules on whether a run learns: a learning rate that throws the loss up,
a loss that does not fall at all, and a loss that jumps about from epoch to epoch.

They read the training curves (`doctor_run.Run`); `doctor.diagnose` decides when they run.
"""

from __future__ import annotations

import math

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.teaching.doctor_findings import CONTEXT, Finding
from playground.core.teaching.doctor_findings import finding as _finding
from playground.core.teaching.doctor_findings import num as _num
from playground.core.teaching.doctor_findings import pct as _pct
from playground.core.teaching.doctor_findings import sentence as _s
from playground.core.teaching.doctor_run import FLAT, SMOOTH, Run
from playground.core.teaching.doctor_run import fall as _fall
from playground.core.teaching.doctor_run import mean as _mean
from playground.core.teaching.doctor_run import median as _median
from playground.core.teaching.doctor_run import rolling_median as _rolling_median

# Accuracy is measured as the share of the way from chance (1 / classes) to 100 %.
NEAR_CHANCE = 0.1  # below this share: the model has learnt nothing (binary: under 55 %)
NO_PROGRESS = 0.05  # regression: less than 5 % of the first epoch's loss gone is no progress
SETTLED = 0.1  # a loss under 10 % of the first epoch's has nearly converged: its wiggles do not matter

JUMP_WINDOW = 15  # epochs the oscillation rule looks at, at least
OSCILLATION = 0.1  # median epoch-to-epoch change of the training loss, relative to its level
UPS = 0.3  # ... with at least this share of the epochs going up
ACCURACY_JUMP = 0.04  # or the training accuracy moving this much from epoch to epoch (median)…
STILL_FALLING = 0.2  # … unless the loss fell by a fifth from the first half of those epochs to the second

# Gradient descent with steps that fit never ends worse than knowing nothing: a classifier that gives
# every class the same probability has a cross-entropy of ln(classes), the most a constant guess can
# cost (mse and hinge on probabilities stay below it). A training loss this many times that has been
# thrown up by steps that are too large; so has one (of any problem: regression has no guessing level)
# that climbed back above the first epoch's loss and to RISEN times its own lowest.
ABOVE_GUESSING = 1.5
RISEN = 3.0

SMALL_LR = 1e-4
LARGE_LR = {"SGD": 1.0, "Adagrad": 1.0, "Adadelta": 10.0}  # the adaptive rest: LARGE_ADAPTIVE_LR
LARGE_ADAPTIVE_LR = 0.1


def thrown_up(run: Run, lr: float, causes: dict[str, Finding]) -> Finding | None:
    """The learning rate, when the loss has been thrown up (above what guessing costs, or far above
    its own lowest) and stays there: the steps overshoot. It is the cause, so it is named first, and
    the layer trouble that such steps bring (saturated or dead units, no gradient) is named as its effect."""
    if run.loss is None or lr <= SMALL_LR:
        return None
    level = _median(run.recent(run.loss))
    lowest = float(np.nanmin(_rolling_median(run.loss, SMOOTH // 2)))
    guessing = -math.log(run.chance) if run.acc is not None else math.nan
    if _fall(run, run.loss) >= STILL_FALLING:  # a bad start that is being repaired
        return None
    if level > ABOVE_GUESSING * guessing:
        seen = _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "The training loss is {loss}, {times} times the {guessing} that giving every class the same "
                "probability would cost.",
            ),
            loss=_num(level),
            times=f"{level / guessing:.0f}" if level >= 10 * guessing else f"{level / guessing:.1f}",
            guessing=_num(guessing),
        )
    elif lowest > 0 and level > RISEN * lowest and level > run.loss[0]:
        seen = _s(
            QT_TRANSLATE_NOOP("doctor", "The training loss has risen to {loss}, from {lowest} at its lowest."),
            loss=_num(level),
            lowest=_num(lowest),
        )
    else:
        return None
    sentences = [
        seen,
        _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "The learning rate {lr} is too high: each step overshoots the valley of the loss and throws "
                "the weights further out.",
            ),
            lr=f"{lr:g}",
        ),
    ]
    effects = [
        rule for rule in ("dead_relu", "saturated", "vanishing_gradients", "exploding_gradients") if rule in causes
    ]
    if effects:
        sentences.append(
            _s(
                QT_TRANSLATE_NOOP("doctor", "What the layers show comes from these steps: {findings}."),
                findings=tuple(Message.of(CONTEXT, causes[rule].title) for rule in effects),
            )
        )
    advice = [
        _s(
            QT_TRANSLATE_NOOP(
                "doctor", "Lower the learning rate ten-fold (from {lr} to {lower}) and press Reset to start again."
            ),
            lr=f"{lr:g}",
            lower=f"{lr / 10:g}",
        ),
        _s(QT_TRANSLATE_NOOP("doctor", "Find…, beside the learning rate, tries a range of rates and suggests one.")),
    ]
    title = QT_TRANSLATE_NOOP("doctor", "Learning rate too high")
    return _finding("learning_rate_too_high", title, sentences, advice, "problem", run.last_epoch)


def large_lr(lr: float, optimizer: str) -> bool:
    return lr >= LARGE_LR.get(optimizer or "SGD", LARGE_ADAPTIVE_LR)


def not_learning(run: Run, lr: float, optimizer: str, causes: dict[str, Finding]) -> Finding | None:
    if run.loss is None:
        return None
    first, now = run.loss[0], _median(run.recent(run.loss))
    epoch = run.last_epoch
    if run.acc is not None:
        acc = _mean(run.recent(run.acc))
        if not run.progress(acc) < NEAR_CHANCE:
            return None
        seen = _s(
            QT_TRANSLATE_NOOP(
                "doctor", "After {n} epochs the training accuracy is {accuracy}, about what guessing gives ({chance})."
            ),
            n=run.n,
            accuracy=_pct(acc),
            chance=_pct(run.chance),
        )
    else:
        if not (first > 0 and (first - now) / first < NO_PROGRESS and _fall(run, run.loss) < FLAT):
            return None
        seen = _s(
            QT_TRANSLATE_NOOP("doctor", "After {n} epochs the loss is {loss}, hardly below the first epoch's {first}."),
            n=run.n,
            loss=_num(now),
            first=_num(first),
        )
    sentences = [seen]
    large = large_lr(lr, optimizer)
    if lr <= SMALL_LR:
        sentences.append(
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor", "The learning rate {lr} is very small: each step changes the weights too little."
                ),
                lr=f"{lr:g}",
            )
        )
        advice = _s(
            QT_TRANSLATE_NOOP("doctor", "Raise the learning rate, e.g. to {higher}, or use Adam."),
            higher=f"{lr * 100:g}",
        )
    elif large:
        jumping = _relative_jumps(run) > OSCILLATION
        sentences.append(
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor", "The learning rate {lr} is large: the loss jumps around instead of going down."
                )
                if jumping
                else QT_TRANSLATE_NOOP(
                    "doctor", "The learning rate {lr} is large: the loss stays stuck instead of going down."
                ),
                lr=f"{lr:g}",
            )
        )
        advice = _s(
            QT_TRANSLATE_NOOP("doctor", "Lower the learning rate ten-fold (to {lower}) and press Reset."),
            lower=f"{lr / 10:g}",
        )
    else:
        advice = _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "Check that the chosen input features can separate the classes, try a learning rate ten times "
                "larger or smaller, or switch to Adam.",
            )
        )
    # A cause the layers show comes first; a large learning rate stays the advice, as it is often that cause.
    if "dead_relu" in causes:
        sentences.append(
            _s(QT_TRANSLATE_NOOP("doctor", "Most ReLU units are dead and pass nothing on (see Dead ReLU units)."))
        )
        if not large:
            advice = _s(
                QT_TRANSLATE_NOOP(
                    "doctor",
                    "Bring the dead units back first: use He initialisation with zero biases, LeakyReLU "
                    "or a lower learning rate.",
                )
            )
    elif "vanishing_gradients" in causes:
        sentences.append(
            _s(QT_TRANSLATE_NOOP("doctor", "The gradient hardly reaches the first layers (see Vanishing gradients)."))
        )
        if not large:
            advice = _s(
                QT_TRANSLATE_NOOP(
                    "doctor",
                    "Let the gradient through first: ReLU activations, Glorot or He initialisation, or fewer layers.",
                )
            )
    elif "saturated" in causes:
        sentences.append(_s(QT_TRANSLATE_NOOP("doctor", "Most hidden units are saturated (see Saturated units).")))
    title = QT_TRANSLATE_NOOP("doctor", "Not learning")
    return _finding("not_learning", title, sentences, [advice], "problem", epoch)


def _relative_jumps(run: Run) -> float:
    """The median change of the training loss from one recent epoch to the next, relative to its level."""
    loss = run.recent(run.loss, max(run.window, JUMP_WINDOW))
    level = _median(loss)
    return _median(np.abs(np.diff(loss))) / level if level > 0 else 0.0


def oscillating(run: Run, lr: float) -> Finding | None:
    if run.loss is None:
        return None
    window = max(run.window, JUMP_WINDOW)
    loss = run.recent(run.loss, window)
    steps = np.diff(loss)
    jumps, ups = _relative_jumps(run), float(np.mean(steps > 0)) if steps.size else 0.0
    settled = _median(loss) < SETTLED * run.loss[0]
    by_loss = jumps > OSCILLATION and ups >= UPS and not settled
    acc_jump = _median(np.abs(np.diff(run.recent(run.acc, window)))) if run.acc is not None else 0.0
    by_accuracy = acc_jump > ACCURACY_JUMP
    half = loss.size // 2
    earlier = _median(loss[:half])
    if not (by_loss or by_accuracy) or (earlier - _median(loss[half:])) > STILL_FALLING * earlier:
        return None  # bumps on a loss that falls fast anyway are no reason to slow down
    sentences = [
        _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "Over the last {n} epochs the training loss went up {ups} times "
                "and changed by {change} from one epoch to the next (median).",
            ),
            n=loss.size,
            ups=int(np.sum(steps > 0)),
            change=_pct(jumps),
        )
    ]
    if by_accuracy:
        sentences.append(
            _s(
                QT_TRANSLATE_NOOP("doctor", "The training accuracy jumps by {points} points from epoch to epoch."),
                points=f"{100 * acc_jump:.0f}",
            )
        )
    sentences.append(_s(QT_TRANSLATE_NOOP("doctor", "The steps are too large: they overshoot the valley of the loss.")))
    advice = _s(
        QT_TRANSLATE_NOOP("doctor", "Lower the learning rate (e.g. to {lower}) or raise the batch size."),
        lower=f"{lr / 3:.2g}",
    )
    title = QT_TRANSLATE_NOOP("doctor", "Oscillating")
    return _finding("oscillating", title, sentences, [advice], "warning", run.last_epoch)
