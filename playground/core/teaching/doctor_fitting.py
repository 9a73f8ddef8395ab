"""The training doctor's rules on how a model fits its data: overfitting (validation falling behind
or its loss rising again) and underfitting (even the training data fit poorly once the loss is flat).

They read the training and validation curves (`doctor_run.Run`); `doctor.diagnose` decides when they run.
"""

from __future__ import annotations

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.core.teaching.doctor_findings import Finding
from playground.core.teaching.doctor_findings import finding as _finding
from playground.core.teaching.doctor_findings import num as _num
from playground.core.teaching.doctor_findings import pct as _pct
from playground.core.teaching.doctor_findings import sentence as _s
from playground.core.teaching.doctor_learning import large_lr as _large_lr
from playground.core.teaching.doctor_run import FLAT, POOR_LOSS, SMOOTH, Run
from playground.core.teaching.doctor_run import fall as _fall
from playground.core.teaching.doctor_run import mean as _mean
from playground.core.teaching.doctor_run import median as _median
from playground.core.teaching.doctor_run import rolling_median as _rolling_median

GAP, BIG_GAP = 0.1, 0.15  # training accuracy above validation by 10 (15) points: overfitting (badly)…
VALIDATION_GAIN = 0.02  # … once the validation accuracy gains less than 2 points from one window to the next
VALIDATION_RISE = 0.2  # the validation loss 20 % above its lowest (smoothed) value…
MIN_RISE = 0.05  # … and by 5 % of its first value: a tiny loss that doubles does not matter
DOUBLED = 2.0  # a validation loss twice its lowest value is a problem, not a warning
LOSS_RATIO = 3.0  # regression: validation loss three times the training loss
PATIENCE = 10  # what early stopping is quoted with


def overfitting(run: Run) -> Finding | None:
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


def _validation_rise(run: Run) -> tuple[int, float, float] | None:
    """(index of the validation loss's lowest point, its smoothed value there, its recent value)
    when it has clearly risen since, while the training loss fell; else None."""
    val = run.val_loss
    smooth = _rolling_median(val, SMOOTH // 2)
    if not np.any(np.isfinite(smooth)):
        return None
    best = int(np.nanargmin(smooth))
    low, now = float(smooth[best]), _median(run.recent(val))
    if best >= len(val) - run.window or not now > low * (1 + VALIDATION_RISE):
        return None
    if not now - low > MIN_RISE * _median(val[:SMOOTH]):  # tiny losses: a rise that does not matter
        return None
    train_then = _median(run.loss[max(0, best - SMOOTH // 2) : best + SMOOTH // 2 + 1])
    if not _median(run.recent(run.loss)) < 0.9 * train_then:
        return None
    return best, low, now


def underfitting(run: Run, lr: float, optimizer: str) -> Finding | None:
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
