"""What the status bar says about a run: that it is ready, went back or is fine-tuned, how it
ended, the held-out test set's scores, a loss that is no longer a number, where in the model an
error lies.

Plain functions of the run's figures, apart from the controller that decides when to say them.
They translate in the context "QtTrainingController", where they were first written, so the
translations made for it still match.
"""

from __future__ import annotations

import math
import re

from playground.core.runs.epoch_history import History
from playground.qt.i18n import say, translate


def stop_message(
    reason: str, history: History, events: list[dict], holdout: dict | None, standardised: bool, learning_rate: float
) -> str:
    """Why the worker stopped the run (`reason`: "paused", "finished", "nonfinite", "early_stopped"
    or "terminated"), with the restored epoch and the held-out scores when there are some."""
    epoch = len(history)
    restored = next((e for e in reversed(events) if e["kind"] == "restored"), None)
    restored_text = f" {say(restored['text'])}." if restored else ""  # the event's text, as the curves show it
    held_out = holdout_text(holdout, standardised)
    # Each sentence is its own string; the ones that follow another start with a space.
    if reason == "nonfinite":
        return nonfinite_message(history.last, learning_rate)
    if reason == "early_stopped":
        stop = next(e for e in reversed(events) if e["kind"] == "early_stop")
        return (
            translate("QtTrainingController", "Stopped early at epoch {0}: {1}.").format(epoch, say(stop["text"]))
            + restored_text
            + held_out
            + translate("QtTrainingController", " Reset to train again.")
        )
    if reason == "terminated":
        return translate(
            "QtTrainingController", "TerminateOnNaN ended the run at epoch {0}: the loss is not a number."
        ).format(epoch) + advice_nan(learning_rate)
    if reason == "finished":
        return (
            translate("QtTrainingController", "Finished {0} epochs.").format(epoch)
            + restored_text
            + held_out
            + translate("QtTrainingController", " Raise the epoch limit or Reset to train more.")
        )
    return paused_message(epoch) + held_out


def play_wish(wished: bool) -> str:
    """Play pressed (`wished`), or pressed again, while TensorFlow loads."""
    if wished:
        return translate("QtTrainingController", "Loading TensorFlow… training starts as soon as it has loaded.")
    return translate("QtTrainingController", "Loading TensorFlow… (Play cancelled)")


def ready(params: int, trainable: int) -> str:
    """The model is built and compiled."""
    if trainable < params:
        return translate("QtTrainingController", "Ready: {0:,} parameters ({1:,} trainable). Press Play.").format(
            params, trainable
        )
    return translate("QtTrainingController", "Ready: {0:,} parameters. Press Play.").format(params)


def fine_tuned(trainable: int, epoch: int, learning_rate: float) -> str:
    return translate(
        "QtTrainingController",
        "Fine-tuning: {0} trainable parameters; training goes on from epoch {1} at learning rate {2:g}.",
    ).format(f"{trainable:,}", epoch, learning_rate)


def went_back(epoch: int, end: int) -> str:
    """The run went back to `epoch` of the `end` it had trained."""
    return translate(
        "QtTrainingController",
        "Went back to epoch {0}: Play goes on from there. The run until epoch {1} is kept under Runs.",
    ).format(epoch, end)


def paused_message(epoch: int) -> str:
    return translate("QtTrainingController", "Paused at epoch {0}.").format(epoch)


def holdout_text(scores: dict | None, standardised: bool = False) -> str:
    """ " Held-out test set: accuracy 95.3 %, loss 0.121." — or nothing without one."""
    if not scores:
        return ""
    parts = []
    if "accuracy" in scores:
        parts.append(
            translate("QtTrainingController", "accuracy {0}").format(f"{scores['accuracy']:.1%}".replace("%", " %"))
        )
    if "mae" in scores:
        parts.append(f"mae {scores['mae']:.3g}")  # Keras's name for the metric
    if "loss" in scores:
        parts.append(translate("QtTrainingController", "loss {0:.3g}").format(scores["loss"]))
    if standardised:
        return translate("QtTrainingController", " Held-out test set: {0} (targets in standard deviations).").format(
            ", ".join(parts)
        )
    return translate("QtTrainingController", " Held-out test set: {0}.").format(", ".join(parts))


def nonfinite_message(row: dict | None, learning_rate: float) -> str:
    """The run paused on a loss that is NaN or infinite (`row`: the history's last), and what to do."""
    epoch = int(row["epoch"]) if row else 0
    value = row.get("loss", math.nan) if row else math.nan
    if math.isnan(value):
        message = translate("QtTrainingController", "Training paused: the loss became NaN (not a number) at epoch {0}.")
    else:
        message = translate("QtTrainingController", "Training paused: the loss became infinite at epoch {0}.")
    return message.format(epoch) + advice_nan(learning_rate)


def advice_nan(learning_rate: float) -> str:
    """ " The learning rate (…) is probably too high …", to follow the sentence that says what happened."""
    return translate(
        "QtTrainingController", " The learning rate ({0:g}) is probably too high — lower it (try ÷10) and press Reset."
    ).format(learning_rate)


def where(error: str) -> str:
    """An experiment error ("field: message") as a sentence: "layer 3, dense_2: …" rather than
    "model.layers[2]: dense_2: …"."""
    found = re.fullmatch(r"model\.layers\[(\d+)\]: (.*)", error, re.DOTALL)
    if not found:
        return error
    return translate("QtTrainingController", "layer {0}, {1}").format(int(found.group(1)) + 1, found.group(2))
