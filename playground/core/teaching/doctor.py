"""The training doctor: what is going wrong in a run, in plain words, and what to try next.

`diagnose` reads the history rows of a run (and, when given, the health of each layer measured by
`playground.training.inspection.health.layer_health`) and returns findings, the most severe first. Every rule
looks at windows of recent epochs rather than single points, and the ones that read curves wait
for `MIN_EPOCHS` epochs, so a noisy epoch or a slow start is not mistaken for a problem.

A finding's text and advice are English; they are also kept sentence by sentence as `Message`s:
a template marked for Qt's translation system (context "doctor") and the values filled into it, so
the window can show them in its language (`Finding.text_in`, `Finding.advice_in`).

The rules on the layers are in `doctor_layers`; a finding and its wording in `doctor_findings`.
"""

from __future__ import annotations

import math

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.teaching.doctor_findings import CONTEXT, SEVERITIES, Finding
from playground.core.teaching.doctor_findings import finding as _finding
from playground.core.teaching.doctor_findings import num as _num
from playground.core.teaching.doctor_findings import pct as _pct
from playground.core.teaching.doctor_findings import sentence as _s
from playground.core.teaching.doctor_layers import LayerHealth, layer_findings

# The order findings of the same severity are listed in: the verdict, then causes before symptoms.
# A learning rate that throws the loss up is the cause of the layers' trouble it brings with it.
RULES = (
    "healthy",
    "too_early",
    "nonfinite",
    "learning_rate_too_high",
    "exploding_gradients",
    "dead_relu",
    "vanishing_gradients",
    "saturated",
    "not_learning",
    "oscillating",
    "overfitting",
    "underfitting",
)

MIN_EPOCHS = 20  # the curve rules wait for this many epochs
MIN_WINDOW, MAX_WINDOW, WINDOW_SHARE = 5, 50, 0.2  # "recent": the last 20 % of the epochs, 5 to 50 of them

# Accuracy is measured as the share of the way from chance (1 / classes) to 100 %.
NEAR_CHANCE = 0.1  # below this share: the model has learnt nothing (binary: under 55 %)
POOR = 0.7  # below this share: poor (binary: under 85 %; ten classes: under 73 %)
# Regression and autoencoders have no chance level: a loss above this share of the first epoch's is poor.
POOR_LOSS = {"regression": 0.3, "reconstruction": 0.6}
NO_PROGRESS = 0.05  # regression: less than 5 % of the first epoch's loss gone is no progress
FLAT = 0.02  # the loss changed less than 2 % between the last two windows: it has plateaued
SETTLED = 0.1  # a loss under 10 % of the first epoch's has nearly converged: its wiggles do not matter

JUMP_WINDOW = 15  # epochs the oscillation rule looks at, at least
OSCILLATION = 0.1  # median epoch-to-epoch change of the training loss, relative to its level
UPS = 0.3  # ... with at least this share of the epochs going up
ACCURACY_JUMP = 0.04  # or the training accuracy moving this much from epoch to epoch (median)…
STILL_FALLING = 0.2  # … unless the loss fell by a fifth from the first half of those epochs to the second

GAP, BIG_GAP = 0.1, 0.15  # training accuracy above validation by 10 (15) points: overfitting (badly)…
VALIDATION_GAIN = 0.02  # … once the validation accuracy gains less than 2 points from one window to the next
VALIDATION_RISE = 0.2  # the validation loss 20 % above its lowest (smoothed) value…
MIN_RISE = 0.05  # … and by 5 % of its first value: a tiny loss that doubles does not matter
DOUBLED = 2.0  # a validation loss twice its lowest value is a problem, not a warning
LOSS_RATIO = 3.0  # regression: validation loss three times the training loss
PATIENCE = 10  # what early stopping is quoted with
SMOOTH = 5  # epochs in the running median that finds the validation loss's lowest point
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


def diagnose(
    rows: list[dict],
    problem: str,
    classes: int,
    learning_rate: float,
    layers: list[LayerHealth] | None = None,
    optimizer: str = "",
) -> list[Finding]:
    """What is going wrong in a run, most severe first.

    Args:
        rows: the history rows, one per epoch: "epoch", "loss", "val_loss" and the metrics
            ("accuracy", "val_accuracy"…); other columns are ignored.
        problem: "classification", "multiclass", "regression" or "reconstruction".
        classes: the number of classes (chance accuracy is 1 / classes); ignored for regression.
        learning_rate: the optimizer's current learning rate.
        layers: each kernel layer's health now, from `layer_health`. Defaults to None (the layer
            rules are skipped).
        optimizer: the optimizer's class name ("SGD", "Adam"…), which sets what counts as a large
            learning rate. Defaults to "" (as SGD).

    Returns:
        Findings sorted by severity, then by RULES. A run with nothing wrong after MIN_EPOCHS
        epochs gets one "healthy" finding; before that, "too_early" says the curves are not read yet.

    Example:
        >>> diagnose(session.history.rows, "classification", 2, 0.03)[0].rule
        'healthy'
    """
    run = _Run(rows, problem, classes)
    if run.n == 0 or run.loss is None:
        return []
    broken = _nonfinite(run, learning_rate)
    if broken is not None:
        return [broken]
    found: list[Finding] = []
    if layers:
        large = _large_lr(learning_rate, optimizer)
        found += layer_findings(layers, run.last_epoch, learning_rate, large, run.fits())
    if run.n >= MIN_EPOCHS:
        found += _curve_findings(run, learning_rate, optimizer, {f.rule: f for f in found})
        if not any(f.severity != "info" for f in found):
            found.append(_healthy(run))
    else:
        seen = (
            _s(QT_TRANSLATE_NOOP("doctor", "Only one epoch so far."))
            if run.n == 1
            else _s(QT_TRANSLATE_NOOP("doctor", "Only {n} epochs so far."), n=run.n)
        )
        advice = _s(
            QT_TRANSLATE_NOOP("doctor", "The doctor reads the curves after {n} epochs: keep training."), n=MIN_EPOCHS
        )
        title = QT_TRANSLATE_NOOP("doctor", "Too early to tell")
        found.append(_finding("too_early", title, [seen], [advice], "info", run.last_epoch))
    return sorted(found, key=lambda f: (SEVERITIES.index(f.severity), RULES.index(f.rule)))


class _Run:
    """The columns of a history the rules read, as float arrays (NaN where a row lacks one)."""

    def __init__(self, rows: list[dict], problem: str, classes: int):
        self.n = len(rows)
        self.problem = problem
        self.epochs = [int(row.get("epoch", i + 1)) for i, row in enumerate(rows)]
        self.loss = _column(rows, "loss")
        self.val_loss = _column(rows, "val_loss")
        labelled = problem in ("classification", "multiclass")
        self.acc = _column(rows, "accuracy") if labelled else None
        self.val_acc = _column(rows, "val_accuracy") if labelled else None
        self.chance = 1.0 / max(int(classes), 2) if labelled else math.nan
        self.window = int(min(MAX_WINDOW, max(MIN_WINDOW, self.n * WINDOW_SHARE)))

    @property
    def last_epoch(self) -> int:
        return self.epochs[-1] if self.epochs else 0

    def recent(self, values: np.ndarray, window: int | None = None) -> np.ndarray:
        return values[-(window or self.window) :]

    def progress(self, accuracy: float) -> float:
        """The share of the way from chance to 100 % an accuracy has come."""
        return (accuracy - self.chance) / (1.0 - self.chance)

    def poor_accuracy(self) -> float:
        return self.chance + POOR * (1.0 - self.chance)

    def fits(self) -> bool:
        """The model fits its training data well by now (MIN_EPOCHS read): what a layer looks like
        then matters less."""
        if self.n < MIN_EPOCHS:
            return False
        if self.acc is not None:
            return _mean(self.recent(self.acc)) >= self.poor_accuracy()
        share = POOR_LOSS.get(self.problem, POOR_LOSS["regression"])
        return _median(self.recent(self.loss)) < share * self.loss[0]


def _column(rows: list[dict], key: str) -> np.ndarray | None:
    if not any(key in row for row in rows):
        return None
    return np.array([_number(row.get(key)) for row in rows], dtype=float)


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _median(values: np.ndarray) -> float:
    finite = values[np.isfinite(values)]
    return float(np.median(finite)) if finite.size else math.nan


def _rolling_median(values: np.ndarray, half: int) -> np.ndarray:
    """The median of the finite values in values[i - half : i + half + 1] for every i (NaN where
    there are none) — vectorised: the doctor runs on the GUI thread, over runs of 10,000+ epochs."""
    finite = np.where(np.isfinite(values), values, np.nan)
    padded = np.concatenate([np.full(half, np.nan), finite, np.full(half, np.nan)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1)
    out = np.full(len(values), np.nan)
    some = np.isfinite(windows).any(axis=1)
    out[some] = np.nanmedian(windows[some], axis=1)
    return out


def _mean(values: np.ndarray) -> float:
    finite = values[np.isfinite(values)]
    return float(np.mean(finite)) if finite.size else math.nan


# -- a loss that is no number -----------------------------------------------------------------------


def _nonfinite(run: _Run, lr: float) -> Finding | None:
    columns = [c for c in (run.loss, run.val_loss) if c is not None]
    bad = [int(np.argmax(~np.isfinite(c))) for c in columns if not np.all(np.isfinite(c))]
    if not bad:
        return None
    i = min(bad)
    value = run.loss[i] if run.loss is not None and not np.isfinite(run.loss[i]) else run.val_loss[i]
    training = run.loss is not None and not np.isfinite(run.loss[i])
    if math.isnan(value):
        seen = (
            QT_TRANSLATE_NOOP("doctor", "The loss became NaN (not a number) at epoch {epoch}.")
            if training
            else QT_TRANSLATE_NOOP("doctor", "The validation loss became NaN (not a number) at epoch {epoch}.")
        )
    else:
        seen = (
            QT_TRANSLATE_NOOP("doctor", "The loss became infinite at epoch {epoch}.")
            if training
            else QT_TRANSLATE_NOOP("doctor", "The validation loss became infinite at epoch {epoch}.")
        )
    sentences = [_s(seen, epoch=run.epochs[i])]
    before = run.loss[:i][np.isfinite(run.loss[:i])] if run.loss is not None else np.array([])
    if before.size >= 2 and before[-1] > 10 * before.min():
        sentences.append(
            _s(
                QT_TRANSLATE_NOOP("doctor", "It had grown from {low} to {high} before that: the updates overshoot."),
                low=_num(before.min()),
                high=_num(before[-1]),
            )
        )
    advice = [
        _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "Lower the learning rate ten-fold (from {lr} to {lower}) or clip the gradients "
                "(clipnorm 1 in Optimizer settings), then press Reset: the weights are broken now.",
            ),
            lr=f"{lr:g}",
            lower=f"{lr / 10:g}",
        )
    ]
    if lr <= 1e-3:
        advice.append(
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor",
                    "The learning rate is already small: check that the inputs are scaled and the loss fits the data.",
                )
            )
        )
    title = QT_TRANSLATE_NOOP("doctor", "The loss blew up")
    return _finding("nonfinite", title, sentences, advice, "problem", run.epochs[i])


# -- rules on the curves ----------------------------------------------------------------------------


def _curve_findings(run: _Run, lr: float, optimizer: str, causes: dict[str, Finding]) -> list[Finding]:
    """The rules on the curves; `causes` are the layer findings already made, which explain a
    model that does not learn."""
    thrown, stuck = _thrown_up(run, lr, causes), _not_learning(run, lr, optimizer, causes)
    jumpy = _oscillating(run, lr)
    found = [f for f in (thrown, stuck, jumpy) if f is not None]
    if stuck is None:
        found += [f for f in (_overfitting(run),) if f is not None]
    if stuck is None and jumpy is None and thrown is None:  # a run thrown about underfits because of its steps
        found += [f for f in (_underfitting(run, lr, optimizer),) if f is not None]
    return found


def _fall(run: _Run, values: np.ndarray) -> float:
    """How much a loss fell from the window before the last to the last one, relative to its
    level (≤ 0 when it did not fall; compare with FLAT)."""
    w = min(run.window, run.n // 2)
    before, now = _median(values[-2 * w : -w]), _median(values[-w:])
    return (before - now) / before if before > 0 else 0.0


def _thrown_up(run: _Run, lr: float, causes: dict[str, Finding]) -> Finding | None:
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


def _large_lr(lr: float, optimizer: str) -> bool:
    return lr >= LARGE_LR.get(optimizer or "SGD", LARGE_ADAPTIVE_LR)


def _not_learning(run: _Run, lr: float, optimizer: str, causes: dict[str, Finding]) -> Finding | None:
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
    large = _large_lr(lr, optimizer)
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


def _relative_jumps(run: _Run) -> float:
    """The median change of the training loss from one recent epoch to the next, relative to its level."""
    loss = run.recent(run.loss, max(run.window, JUMP_WINDOW))
    level = _median(loss)
    return _median(np.abs(np.diff(loss))) / level if level > 0 else 0.0


def _oscillating(run: _Run, lr: float) -> Finding | None:
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


def _overfitting(run: _Run) -> Finding | None:
    if run.loss is None or run.val_loss is None:
        return None
    epoch, sentences = run.last_epoch, []
    severity = "warning"
    if run.acc is not None and run.val_acc is not None:
        acc, val = _mean(run.recent(run.acc)), _mean(run.recent(run.val_acc))
        gap = acc - val
        w = min(run.window, run.n // 2)
        rising = _mean(run.val_acc[-w:]) - _mean(run.val_acc[-2 * w : -w]) > VALIDATION_GAIN
        if gap > GAP and not rising:  # validation lagging while it still improves is no overfitting yet
            sentences.append(
                _s(
                    QT_TRANSLATE_NOOP(
                        "doctor", "Training accuracy {accuracy} but validation {validation} at epoch {epoch}."
                    ),
                    accuracy=_pct(acc),
                    validation=_pct(val),
                    epoch=epoch,
                )
            )
            severity = "problem" if gap > BIG_GAP else "warning"
    rise = _validation_rise(run)
    if rise is not None:
        best, low, now = rise
        sentences.append(
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor",
                    "The validation loss has risen since epoch {epoch} (from {low} to {now}) "
                    "while the training loss kept falling.",
                ),
                epoch=run.epochs[best],
                low=_num(low),
                now=_num(now),
            )
        )
        if now > DOUBLED * low:
            severity = "problem"
    elif run.acc is None:
        train, val = _median(run.recent(run.loss)), _median(run.recent(run.val_loss))
        if train > 0 and val > LOSS_RATIO * train and _fall(run, run.val_loss) < FLAT:
            sentences.append(
                _s(
                    QT_TRANSLATE_NOOP(
                        "doctor", "The validation loss ({validation}) is {ratio} times the training loss ({training})."
                    ),
                    validation=_num(val),
                    ratio=f"{val / train:.0f}",
                    training=_num(train),
                )
            )
    if not sentences:
        return None
    advice = [
        _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "Add Dropout or L2 regularisation, get more data (raise the training fraction or the samples), "
                "or shrink the network.",
            )
        )
    ]
    if rise is not None:
        best = run.epochs[rise[0]]
        stop = min(best + PATIENCE, run.last_epoch)
        advice.append(
            _s(
                QT_TRANSLATE_NOOP(
                    "doctor",
                    "Early stopping on the validation loss (patience {patience}) would have stopped at epoch {stop} "
                    "and kept the weights of epoch {best}.",
                ),
                patience=PATIENCE,
                stop=stop,
                best=best,
            )
        )
    title = QT_TRANSLATE_NOOP("doctor", "Overfitting")
    return _finding("overfitting", title, sentences, advice, severity, epoch)


def _validation_rise(run: _Run) -> tuple[int, float, float] | None:
    """(index of the validation loss's lowest point, its smoothed value there, its recent value)
    when it has clearly risen since, while the training loss fell; else None."""
    val = run.val_loss
    smooth = _rolling_median(val, SMOOTH // 2)
    if not np.any(np.isfinite(smooth)):
        return None
    best = int(np.nanargmin(smooth))
    low, now = float(smooth[best]), _median(run.recent(val))
    if best >= run.n - run.window or not now > low * (1 + VALIDATION_RISE):
        return None
    if not now - low > MIN_RISE * _median(val[:SMOOTH]):  # tiny losses: a rise that does not matter
        return None
    train_then = _median(run.loss[max(0, best - SMOOTH // 2) : best + SMOOTH // 2 + 1])
    if not _median(run.recent(run.loss)) < 0.9 * train_then:
        return None
    return best, low, now


def _underfitting(run: _Run, lr: float, optimizer: str) -> Finding | None:
    if run.loss is None or _fall(run, run.loss) >= FLAT:
        return None
    epoch = run.last_epoch
    if run.acc is not None:
        acc = _mean(run.recent(run.acc))
        val = _mean(run.recent(run.val_acc)) if run.val_acc is not None else acc
        poor = run.poor_accuracy()
        if not (acc < poor and val < poor):
            return None
        seen = _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "Training accuracy {accuracy} and validation {validation} at epoch {epoch}, "
                "and the training loss has stopped falling.",
            ),
            accuracy=_pct(acc),
            validation=_pct(val),
            epoch=epoch,
        )
    else:
        share = POOR_LOSS.get(run.problem)
        first, now = run.loss[0], _median(run.recent(run.loss))
        if share is None or not now > share * first:
            return None
        seen = _s(
            QT_TRANSLATE_NOOP(
                "doctor", "The training loss has stopped falling at {loss}, still {share} of the first epoch's {first}."
            ),
            loss=_num(now),
            share=_pct(now / first),
            first=_num(first),
        )
    text = [
        seen,
        _s(
            QT_TRANSLATE_NOOP(
                "doctor", "The network cannot fit even the training data: it is too simple for it or has stalled."
            )
        ),
    ]
    advice = [
        _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "Make the network bigger (more units or layers, a non-linear activation), add input features "
                "or train longer.",
            )
        )
        if _large_lr(lr, optimizer)
        else _s(
            QT_TRANSLATE_NOOP(
                "doctor",
                "Make the network bigger (more units or layers, a non-linear activation), add input features, "
                "train longer or raise the learning rate (now {lr}).",
            ),
            lr=f"{lr:g}",
        ),
        _s(QT_TRANSLATE_NOOP("doctor", "If the data are very noisy, this may be as good as it gets.")),
    ]
    title = QT_TRANSLATE_NOOP("doctor", "Underfitting")
    return _finding("underfitting", title, text, advice, "warning", epoch)


def _healthy(run: _Run) -> Finding:
    epoch = run.last_epoch
    if run.acc is not None and run.val_acc is not None:
        seen = _s(
            QT_TRANSLATE_NOOP(
                "doctor", "Training and validation agree: accuracy {training} and {validation} at epoch {epoch}."
            ),
            training=_pct(_mean(run.recent(run.acc))),
            validation=_pct(_mean(run.recent(run.val_acc))),
            epoch=epoch,
        )
    elif run.val_loss is not None:
        seen = _s(
            QT_TRANSLATE_NOOP(
                "doctor", "Training and validation agree: loss {training} and {validation} at epoch {epoch}."
            ),
            training=_num(_median(run.recent(run.loss))),
            validation=_num(_median(run.recent(run.val_loss))),
            epoch=epoch,
        )
    else:
        seen = _s(
            QT_TRANSLATE_NOOP("doctor", "The loss is {loss} at epoch {epoch}."),
            loss=_num(_median(run.recent(run.loss))),
            epoch=epoch,
        )
    falling = _fall(run, run.loss) >= FLAT
    trend = _s(
        QT_TRANSLATE_NOOP("doctor", "The loss is still falling.")
        if falling
        else QT_TRANSLATE_NOOP("doctor", "The loss has settled.")
    )
    advice = _s(
        QT_TRANSLATE_NOOP("doctor", "Nothing to fix: keep training while the loss falls.")
        if falling
        else QT_TRANSLATE_NOOP(
            "doctor", "Nothing to fix: you can stop here, or try a smaller network to see how little is enough."
        )
    )
    return _finding("healthy", QT_TRANSLATE_NOOP("doctor", "Healthy"), [seen, trend], [advice], "info", epoch)
