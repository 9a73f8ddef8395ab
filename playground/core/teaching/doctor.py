"""The training doctor: what is going wrong in a run, in plain words, and what to try next.

`diagnose` reads the history rows of a run (and, when given, the health of each layer measured by
`playground.training.inspection.health.layer_health`) and returns findings, the most severe first. Every rule
looks at windows of recent epochs rather than single points, and the ones that read curves wait
for `MIN_EPOCHS` epochs, so a noisy epoch or a slow start is not mistaken for a problem.

A finding's text and advice are English; they are also kept sentence by sentence as `Message`s:
a template marked for Qt's translation system (context "doctor") and the values filled into it, so
the window can show them in its language (`Finding.text_in`, `Finding.advice_in`).

Here: which rules run and how their findings are ranked, and the verdicts on the whole run (a loss
that is no number, too early to tell, healthy). The rules on the layers are in `doctor_layers`; on
whether the run learns in `doctor_learning`; on how it fits in `doctor_fitting`; the history as
they read it in `doctor_run`; a finding and its wording in `doctor_findings`.
"""

from __future__ import annotations

import math

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.core.teaching.doctor_findings import SEVERITIES, Finding
from playground.core.teaching.doctor_findings import finding as _finding
from playground.core.teaching.doctor_findings import num as _num
from playground.core.teaching.doctor_findings import pct as _pct
from playground.core.teaching.doctor_findings import sentence as _s
from playground.core.teaching.doctor_fitting import overfitting as _overfitting
from playground.core.teaching.doctor_fitting import underfitting as _underfitting
from playground.core.teaching.doctor_layers import LayerHealth, layer_findings
from playground.core.teaching.doctor_learning import large_lr as _large_lr
from playground.core.teaching.doctor_learning import not_learning as _not_learning
from playground.core.teaching.doctor_learning import oscillating as _oscillating
from playground.core.teaching.doctor_learning import thrown_up as _thrown_up
from playground.core.teaching.doctor_run import FLAT, MIN_EPOCHS, Run
from playground.core.teaching.doctor_run import fall as _fall
from playground.core.teaching.doctor_run import mean as _mean
from playground.core.teaching.doctor_run import median as _median

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
    run = Run(rows, problem, classes)
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


# -- a loss that is no number -----------------------------------------------------------------------


def _nonfinite(run: Run, lr: float) -> Finding | None:
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


def _curve_findings(run: Run, lr: float, optimizer: str, causes: dict[str, Finding]) -> list[Finding]:
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


def _healthy(run: Run) -> Finding:
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
