"""How a run went, read from its history rows, for the HTML report (`report`): the numbers it shows
(final and best values, the history sampled to a table's length) and how the run ended, in a sentence.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from playground.core.experiment.config import Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Translate, english, translated
from playground.core.teaching.report_words import say as _say
from playground.core.teaching.report_words import tr as _tr

MAX_HISTORY_ROWS = 50  # the history table shows every row up to this many, else this many sampled
_SKIPPED_COLUMNS = ("epoch", "learning_rate")


ENDINGS = {
    "finished": QT_TRANSLATE_NOOP("report", "Finished: reached the epoch limit"),
    "stopped": QT_TRANSLATE_NOOP("report", "Stopped by hand"),
    "early_stopped": QT_TRANSLATE_NOOP("report", "Stopped early"),
    "nonfinite": QT_TRANSLATE_NOOP("report", "The loss became NaN or infinite"),
    "paused": QT_TRANSLATE_NOOP("report", "Paused"),
    "went_back": QT_TRANSLATE_NOOP("report", "Went back to an earlier epoch"),
}


def higher_is_better(column: str) -> bool:
    """Accuracy-like columns improve upwards; losses and errors downwards."""
    name = column.removeprefix("val_")
    return any(word in name for word in ("accuracy", "auc", "precision", "recall"))


def number(value: Any, column: str = "") -> str:
    """A history value as the report shows it: accuracy as a percentage, the rest with 4 figures."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if column == "epoch":
        return str(int(value))
    if "accuracy" in column:
        return f"{value * 100:.1f} %"
    if column == "learning_rate":
        return f"{value:.3g}"
    return f"{value:.4g}"


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def best(rows: Sequence[Mapping[str, Any]], column: str) -> tuple[float, int] | None:
    """The best finite value of a column and its epoch (the first epoch reaching it); None if none."""
    found: tuple[float, int] | None = None
    higher = higher_is_better(column)
    for i, row in enumerate(rows):
        value = row.get(column)
        if not _finite(value):
            continue
        if found is None or (value > found[0] if higher else value < found[0]):
            found = (float(value), int(row.get("epoch", i + 1)))
    return found


def columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every column of the rows, in the order they first appear."""
    found: dict[str, None] = {}
    for row in rows:
        for key in row:
            found.setdefault(key, None)
    return list(found)


def measures(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """The training columns that have a score: "loss", "accuracy"… (not "val_…", the epoch or the rate)."""
    return [c for c in columns(rows) if not c.startswith("val_") and c not in _SKIPPED_COLUMNS]


def ending(
    experiment: Experiment,
    rows: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping],
    reason=None,
    translate: Translate = english,
) -> str:
    """How the run ended, in a sentence (in the language of `translate`)."""
    if not rows:
        return _tr(translate, QT_TRANSLATE_NOOP("report", "Not trained yet"))
    epoch = int(rows[-1].get("epoch", len(rows)))
    kinds = [e.get("kind") for e in events]
    if reason is None:
        if "early_stop" in kinds:
            reason = "early_stopped"
        elif "nonfinite" in kinds or not _finite(rows[-1].get("loss", 0.0)):
            reason = "nonfinite"
        elif epoch >= experiment.training.epochs:
            reason = "finished"
        else:
            reason = "paused"
    text = _tr(translate, ENDINGS[reason]) if reason in ENDINGS else str(reason)
    if reason == "finished":
        text = _say(
            translate, QT_TRANSLATE_NOOP("report", "{ending} ({epochs} epochs)"), ending=text, epochs=f"{epoch:,}"
        )
    elif reason == "paused":
        text = _say(
            translate,
            QT_TRANSLATE_NOOP("report", "{ending} at epoch {epoch} of {epochs}"),
            ending=text,
            epoch=f"{epoch:,}",
            epochs=f"{experiment.training.epochs:,}",
        )
    else:
        text = _say(
            translate, QT_TRANSLATE_NOOP("report", "{ending} at epoch {epoch}"), ending=text, epoch=f"{epoch:,}"
        )
    stop = next((e for e in reversed(events) if e.get("kind") == "early_stop"), None)
    if reason == "early_stopped" and stop:
        why = translated(stop.get("text", ""), translate)
        text = _say(translate, QT_TRANSLATE_NOOP("report", "{ending}: {why}"), ending=text, why=why)
    restored = next((e for e in reversed(events) if e.get("kind") == "restored"), None)
    if restored:
        then = translated(restored.get("text", ""), translate)
        text = _say(translate, QT_TRANSLATE_NOOP("report", "{ending}. {then}"), ending=text, then=then)
    return text


def sample_rows(rows: Sequence[Mapping[str, Any]], most: int = MAX_HISTORY_ROWS) -> list[Mapping[str, Any]]:
    """Every row if there are at most `most`, else `most` rows spread evenly, the first and the last included."""
    n = len(rows)
    if n <= most:
        return list(rows)
    picks = sorted({round(i * (n - 1) / (most - 1)) for i in range(most)} | {n - 1})
    return [rows[i] for i in picks]
