"""A one-page HTML report of a run: its settings, how it went, its pictures and its curves as numbers.

The page stands alone (inline CSS, pictures embedded as base64 PNG or inline SVG), reads well on
screen and prints on A4 portrait. Every text taken from the experiment, the events or the caller is
HTML-escaped, so a title such as "<script>" shows as text.

`settings(experiment)` and `layer_rows(experiment)` are the readable settings the page shows; the
TensorBoard logs (`training/files/tensorboard.py`) reuse them for their text summary.

Every word the page writes itself is marked `QT_TRANSLATE_NOOP("report", …)` and shown through the
`translate(context, text)` the caller gives (Qt's translate, in the window); without one the page is
English. Sentences other modules make (`Message`s: a schedule's formula, an event's text) are
translated the same way; values (numbers, Keras class names, losses, metrics, paths, setting keys)
are left as they are.
"""

from __future__ import annotations

import base64
import datetime
import html as _html
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from playground.core.experiment.config import FILE, Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Message, Translate, english, translated
from playground.core.network.layer_graph import describe, is_sequential, layer_name, shape_text
from playground.core.network.layer_specs import regularizer_rates
from playground.core.recipe import callback_specs, optimizer_specs, schedules
from playground.core.runs.run_history import keras_object, percent, readable

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
# The settings' sections: their English names are also their keys ("Model" is followed by the layers).
DATA, MODEL, TRAINING = (
    QT_TRANSLATE_NOOP("report", "Data"),
    QT_TRANSLATE_NOOP("report", "Model"),
    QT_TRANSLATE_NOOP("report", "Training"),
)
PROBLEMS = {  # what the data's labels are (`Experiment.problem`), in words
    "classification": QT_TRANSLATE_NOOP("report", "classification"),
    "multiclass": QT_TRANSLATE_NOOP("report", "multiclass"),
    "regression": QT_TRANSLATE_NOOP("report", "regression"),
    "reconstruction": QT_TRANSLATE_NOOP("report", "reconstruction"),
}
EVENT_KINDS = {  # an event's kind as its tag shows it (the kind itself in English)
    "changed": QT_TRANSLATE_NOOP("report", "changed"),
    "early_stop": QT_TRANSLATE_NOOP("report", "early_stop"),
    "restored": QT_TRANSLATE_NOOP("report", "restored"),
    "lr_reduced": QT_TRANSLATE_NOOP("report", "lr_reduced"),
    "rewound": QT_TRANSLATE_NOOP("report", "rewound"),
    "nonfinite": QT_TRANSLATE_NOOP("report", "nonfinite"),
}
CAPTIONS = {  # the window's pictures (`qt/files/report_pictures.py`), by the name it gives them
    "Curves": QT_TRANSLATE_NOOP("report", "Curves"),
    "Output": QT_TRANSLATE_NOOP("report", "Output"),
    "Network": QT_TRANSLATE_NOOP("report", "Network"),
    "Inside the network": QT_TRANSLATE_NOOP("report", "Inside the network"),
}


def _tr(translate: Translate, text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP("report", …) in the reader's language."""
    return translate("report", text)


def _say(translate: Translate, template: str, /, **values) -> str:
    """A sentence marked QT_TRANSLATE_NOOP("report", …), translated and then filled in."""
    return Message(template, **values).translated(translate)


# --- readable settings ---------------------------------------------------------------------------


def _value(value: Any) -> str:
    """A setting's value as the run table writes it; Keras objects by name and settings."""
    if isinstance(value, dict) and "class_name" in value:
        return keras_object(value)
    return readable(value)


def optimizer_text(experiment: Experiment) -> str:
    """The optimizer with every one of its settings, defaults included: "Adam (beta_1 0.9, beta_2 0.999, …)"."""
    opt = experiment.training.optimizer
    name = str(opt.get("class_name"))
    config = opt.get("config") or {}
    clipping = {s.key for s in optimizer_specs.CLIPPING}
    shown = {s.key: config.get(s.key, s.default) for s in optimizer_specs.SETTINGS.get(name, ())}
    # Clipping only when it is on; anything else the file gives, as it is.
    shown.update({k: v for k, v in config.items() if k not in shown and k not in optimizer_specs.OTHER_KEYS})
    shown = {k: v for k, v in shown.items() if k not in clipping or v}
    parts = ", ".join(f"{k} {_value(v)}" for k, v in shown.items())
    return name + (f" ({parts})" if parts else "")


def _callbacks_text(experiment: Experiment, translate: Translate = english) -> str:
    callbacks = experiment.training.callbacks or []
    texts = []
    for entry in callbacks:
        name = entry.get("class_name") if isinstance(entry, dict) else None
        if not name:
            continue
        config = callback_specs.get(callbacks, name) or (entry.get("config") or {})
        texts.append(keras_object({"class_name": name, "config": config}))
    return "; ".join(texts) or _tr(translate, QT_TRANSLATE_NOOP("report", "none"))


def _validation_text(experiment: Experiment, translate: Translate = english) -> str:
    v = experiment.training.validation or {}
    if v.get("method") == "kfold":
        repeats = v.get("repeats", 1)
        text = _say(translate, QT_TRANSLATE_NOOP("report", "{k}-fold cross-validation"), k=v.get("k", 5))
        if repeats != 1:
            text += _say(translate, QT_TRANSLATE_NOOP("report", ", repeated {repeats} times"), repeats=repeats)
        return text
    return _tr(translate, QT_TRANSLATE_NOOP("report", "hold-out: the validation part of the split"))


def _split_text(experiment: Experiment, translate: Translate = english) -> str:
    d = experiment.data
    text = _say(
        translate,
        QT_TRANSLATE_NOOP("report", "{training} training / {validation} validation"),
        training=percent(d.train_fraction),
        validation=percent(round(1 - d.train_fraction, 6)),
    )
    if d.holdout:
        text += _say(
            translate,
            QT_TRANSLATE_NOOP("report", ", after {holdout} kept aside as a held-out test set"),
            holdout=percent(d.holdout),
        )
    extras = []
    if not d.shuffle:
        extras.append(_tr(translate, QT_TRANSLATE_NOOP("report", "not shuffled")))
    if d.stratify and experiment.classes:
        extras.append(_tr(translate, QT_TRANSLATE_NOOP("report", "stratified")))
    return text + (f" ({', '.join(extras)})" if extras else "")


def _total_params(experiment: Experiment) -> int | None:
    try:
        nodes = experiment.analyse()
    except Exception:  # a model the graph cannot read: the table says "?"
        return None
    if any(node.problem for node in nodes):
        return None
    return sum(node.params for node in nodes)


def settings(experiment: Experiment, translate: Translate = english) -> list[tuple[str, list[tuple[str, str]]]]:
    """The experiment's settings in readable words, by section: [("Data", [("dataset", "circle"), …]),
    ("Model", […]), ("Training", […])], in the language of `translate` (English by default)."""
    return [(_tr(translate, name), pairs) for name, pairs in _sections(experiment, translate)]


def _sections(experiment: Experiment, translate: Translate = english) -> list[tuple[str, list[tuple[str, str]]]]:
    """`settings`, each section under its English name (DATA, MODEL, TRAINING)."""

    def tr(text: str) -> str:
        return _tr(translate, text)

    none = tr(QT_TRANSLATE_NOOP("report", "none"))
    exp = experiment
    d, t = exp.data, exp.training
    if d.name != FILE:
        dataset = d.name
    else:
        dataset = _say(translate, QT_TRANSLATE_NOOP("report", "imported {kind}"), kind=d.source.get("kind", "file"))
    data = [(tr(QT_TRANSLATE_NOOP("report", "dataset")), dataset)]
    if d.name == FILE:
        data.append((tr(QT_TRANSLATE_NOOP("report", "file")), str(d.source.get("path", ""))))
    try:
        problem = exp.problem
    except (KeyError, ValueError):
        problem = "?"
    problem = tr(PROBLEMS[problem]) if problem in PROBLEMS else problem
    data += [(tr(QT_TRANSLATE_NOOP("report", "problem")), problem)]
    data += [(tr(QT_TRANSLATE_NOOP("report", "samples")), str(d.samples))]
    if exp.plane:
        data += [
            (tr(QT_TRANSLATE_NOOP("report", "noise")), _value(d.noise)),
            (tr(QT_TRANSLATE_NOOP("report", "features")), ", ".join(d.features) or none),
        ]
    data.append((tr(QT_TRANSLATE_NOOP("report", "split")), _split_text(exp, translate)))
    try:
        classes = exp.classes
    except (KeyError, ValueError):
        classes = ()
    if classes:
        data.append((tr(QT_TRANSLATE_NOOP("report", "classes")), ", ".join(classes)))
    if d.target != "labels":
        target = tr(QT_TRANSLATE_NOOP("report", "the inputs themselves (an autoencoder)"))
        data.append((tr(QT_TRANSLATE_NOOP("report", "target")), target))
    if not exp.plane:
        data.append((tr(QT_TRANSLATE_NOOP("report", "scaling")), d.scaling))
    if exp.text:
        if d.encoding == "sequence":
            encoding = tr(QT_TRANSLATE_NOOP("report", "word numbers"))
        else:
            encoding = tr(QT_TRANSLATE_NOOP("report", "a bag of words"))
        data.append((tr(QT_TRANSLATE_NOOP("report", "text as")), encoding))
    data.append((tr(QT_TRANSLATE_NOOP("report", "seed")), str(exp.seed)))

    layers = exp.model.layers
    total = _total_params(exp)
    if layers and is_sequential(layers):
        structure = tr(QT_TRANSLATE_NOOP("report", "a sequential stack"))
    else:
        structure = tr(QT_TRANSLATE_NOOP("report", "branched (functional)"))
    model = [
        (tr(QT_TRANSLATE_NOOP("report", "layers")), str(len(layers))),
        (tr(QT_TRANSLATE_NOOP("report", "parameters")), f"{total:,}" if total is not None else "?"),
        (tr(QT_TRANSLATE_NOOP("report", "structure")), structure),
    ]
    try:
        outputs = exp.outputs
    except (KeyError, ValueError):
        outputs = []
    if len(outputs) > 1:
        text = ", ".join(f"{o.name} ({o.loss} × {o.loss_weight:g})" for o in outputs)
        model.append((tr(QT_TRANSLATE_NOOP("report", "outputs")), text))

    lr0 = t.optimizer.get("config", {}).get("learning_rate")
    training = [
        (tr(QT_TRANSLATE_NOOP("report", "loss")), t.loss),
        (tr(QT_TRANSLATE_NOOP("report", "metrics")), ", ".join(t.metrics) or none),
        (tr(QT_TRANSLATE_NOOP("report", "optimizer")), optimizer_text(exp)),
        (tr(QT_TRANSLATE_NOOP("report", "learning rate")), _value(lr0)),
    ]
    constant = tr(QT_TRANSLATE_NOOP("report", "constant"))
    try:
        schedule = schedules.description(t.schedule, float(lr0)).translated(translate) if t.schedule else constant
    except (KeyError, TypeError, ValueError):
        schedule = keras_object(t.schedule) if t.schedule else constant
    epochs = f"{t.epochs:,}" if isinstance(t.epochs, int) else _value(t.epochs)
    training += [
        (tr(QT_TRANSLATE_NOOP("report", "schedule")), schedule),
        (tr(QT_TRANSLATE_NOOP("report", "batch size")), str(t.batch_size)),
        (tr(QT_TRANSLATE_NOOP("report", "epochs")), epochs),
        (tr(QT_TRANSLATE_NOOP("report", "callbacks")), _callbacks_text(exp, translate)),
        (tr(QT_TRANSLATE_NOOP("report", "validation")), _validation_text(exp, translate)),
    ]
    if t.class_weight != "none":
        training.append((tr(QT_TRANSLATE_NOOP("report", "class weight")), t.class_weight))
    return [(DATA, data), (MODEL, model), (TRAINING, training)]


def layer_rows(experiment: Experiment, translate: Translate = english) -> list[dict[str, str]]:
    """One row per layer, the input first: {"name", "kind", "units", "activation", "settings", "shape",
    "params"}; "?" where the shape or parameters cannot be known (a layer that cannot work). The words
    of "settings" that the report adds ("frozen", "extra output"…) are in the language of `translate`."""
    layers = experiment.model.layers
    try:
        nodes = {node.index: node for node in experiment.analyse()}
    except Exception:  # a model the graph cannot read: every layer is still listed
        nodes = {}
    rows = []
    first = nodes.get(-1)
    if first is not None:
        rows.append(
            {
                "name": "input",
                "kind": "Input",
                "units": "",
                "activation": "",
                "settings": first.summary if experiment.plane else "",
                "shape": shape_text(first.shape),
                "params": "0",
            }
        )
    sequential = bool(layers) and is_sequential(layers)
    for i, layer in enumerate(layers):
        cfg = layer.get("config", {}) or {}
        kind = str(layer.get("class_name", "?"))
        node = nodes.get(i)
        units = cfg.get("units", cfg.get("filters", ""))
        extra = []
        text = describe(layer)
        if kind not in ("Dense",) and text:
            extra.append(text)
        for key, template in (
            ("kernel_regularizer", "{penalty} {rate}"),  # no words: nothing to translate
            ("bias_regularizer", _tr(translate, QT_TRANSLATE_NOOP("report", "{penalty} bias {rate}"))),
            ("activity_regularizer", _tr(translate, QT_TRANSLATE_NOOP("report", "{penalty} act. {rate}"))),
        ):
            reg = cfg.get(key)
            l1, l2 = regularizer_rates(reg) if isinstance(reg, dict) else (0.0, 0.0)
            if l1:
                extra.append(template.format(penalty="L1", rate=f"{l1:g}"))
            if l2:
                extra.append(template.format(penalty="L2", rate=f"{l2:g}"))
        if cfg.get("trainable") is False:
            extra.append(_tr(translate, QT_TRANSLATE_NOOP("report", "frozen")))
        if "output" in layer and i != len(layers) - 1:
            extra.append(_tr(translate, QT_TRANSLATE_NOOP("report", "extra output")))
        if not sequential and layer.get("inputs"):
            extra.append("← " + ", ".join(str(n) for n in layer["inputs"]))
        known = node is not None and node.problem is None and node.shape is not None
        rows.append(
            {
                "name": layer_name(layer, i),
                "kind": kind,
                "units": str(units),
                "activation": str(cfg.get("activation", "")) if "activation" in cfg else "",
                "settings": ", ".join(extra),
                "shape": shape_text(node.shape) if known else "?",
                "params": f"{node.params:,}" if known else "?",
            }
        )
    return rows


# --- the result ----------------------------------------------------------------------------------


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


# --- the page ------------------------------------------------------------------------------------

_CSS = """
@page { size: A4 portrait; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", sans-serif; color: #1d2430;
  background: #fff; margin: 0 auto; padding: 18px 24px 32px; max-width: 190mm; line-height: 1.4;
  font-size: 10.5pt; }
header { border-bottom: 3px solid #2c6fbb; margin-bottom: 12px; padding-bottom: 6px; }
h1 { font-size: 24pt; margin: 0 0 2px; color: #163a63; overflow-wrap: anywhere; }
.subtitle { color: #566173; font-size: 10pt; margin: 0; }
.headline { font-size: 12pt; margin: 6px 0 0; }
h2 { font-size: 16pt; color: #163a63; border-bottom: 1px solid #c9d3e0; margin: 20px 0 8px;
  padding-bottom: 2px; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12pt; margin: 12px 0 4px; color: #2c4a70; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 9.5pt; }
th, td { border: 1px solid #d5dce6; padding: 3px 6px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: #eef3f9; font-weight: 600; }
table.settings th { width: 28%; background: #f5f7fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
.ending { font-size: 12pt; font-weight: 600; margin: 4px 0 8px; }
ul.events { margin: 4px 0; padding-left: 20px; }
ul.events li { margin: 2px 0; }
.kind { display: inline-block; font-size: 8pt; padding: 0 5px; border-radius: 3px; background: #eef3f9;
  color: #2c4a70; margin-right: 4px; }
figure { margin: 10px 0 14px; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figure img, figure svg { max-width: 100%; max-height: 120mm; height: auto; border: 1px solid #e1e6ee; }
figcaption { font-size: 10pt; color: #44505f; margin-top: 3px; font-weight: 600; }
table.history { font-size: 8.5pt; }
table.history td, table.history th { padding: 2px 5px; }
footer { margin-top: 18px; font-size: 8.5pt; color: #7a8494; border-top: 1px solid #d5dce6; padding-top: 4px; }
.none { color: #7a8494; font-style: italic; }
@media print {
  body { padding: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
}
"""


def _e(text: Any) -> str:
    return _html.escape(str(text), quote=True)


def _settings_table(pairs: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th scope='row'>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in pairs)
    return f"<table class='settings'>{body}</table>"


def _layers_table(rows: Sequence[Mapping[str, str]], translate: Translate = english) -> str:
    if not rows:
        return _nothing(_tr(translate, QT_TRANSLATE_NOOP("report", "No layers.")))
    head = "".join(
        f"<th{' class=num' if c in ('units', 'params') else ''}>{_e(_tr(translate, t))}</th>"
        for c, t in (
            ("name", QT_TRANSLATE_NOOP("report", "Layer")),
            ("kind", QT_TRANSLATE_NOOP("report", "Kind")),
            ("units", QT_TRANSLATE_NOOP("report", "Units")),
            ("activation", QT_TRANSLATE_NOOP("report", "Activation")),
            ("settings", QT_TRANSLATE_NOOP("report", "Settings")),
            ("shape", QT_TRANSLATE_NOOP("report", "Output shape")),
            ("params", QT_TRANSLATE_NOOP("report", "Parameters")),
        )
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{' class=num' if c in ('units', 'params') else ''}>{_e(row.get(c, ''))}</td>"
            for c in ("name", "kind", "units", "activation", "settings", "shape", "params")
        )
        + "</tr>"
        for row in rows
    )
    return f"<table class='layers'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _nothing(text: str) -> str:
    """Where a part of the page has nothing to show."""
    return f"<p class='none'>{_e(text)}</p>"


def _no_epochs(translate: Translate) -> str:
    return _nothing(_tr(translate, QT_TRANSLATE_NOOP("report", "No epochs trained.")))


def _result(
    rows: Sequence[Mapping[str, Any]], holdout: Mapping[str, float] | None, translate: Translate = english
) -> str:
    if not rows:
        return _no_epochs(translate)
    last = rows[-1]
    names = measures(rows)
    hold = {k: v for k, v in (holdout or {}).items() if isinstance(v, (int, float))}
    head = [
        "",
        _tr(translate, QT_TRANSLATE_NOOP("report", "Training (final)")),
        _tr(translate, QT_TRANSLATE_NOOP("report", "Validation (final)")),
        _tr(translate, QT_TRANSLATE_NOOP("report", "Best validation")),
        _tr(translate, QT_TRANSLATE_NOOP("report", "at epoch")),
    ]
    if hold:
        head.append(_tr(translate, QT_TRANSLATE_NOOP("report", "Held-out test")))
    cells = "".join(f"<th{' class=num' if i else ''}>{_e(h)}</th>" for i, h in enumerate(head))
    body = []
    for name in names:
        val = f"val_{name}"
        found = best(rows, val)
        row = [
            f"<th scope='row'>{_e(name)}</th>",
            f"<td class='num'>{_e(number(last.get(name), name))}</td>",
            f"<td class='num'>{_e(number(last.get(val), name))}</td>",
            f"<td class='num'>{_e(number(found[0], name)) if found else '—'}</td>",
            f"<td class='num'>{found[1] if found else '—'}</td>",
        ]
        if hold:
            row.append(f"<td class='num'>{_e(number(hold.get(name), name)) if name in hold else '—'}</td>")
        body.append("<tr>" + "".join(row) + "</tr>")
    table = f"<table class='result'><thead><tr>{cells}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    extra = []
    if "learning_rate" in last:
        label = _tr(translate, QT_TRANSLATE_NOOP("report", "final learning rate"))
        extra.append((label, number(last["learning_rate"], "learning_rate")))
    others = [k for k in hold if k not in names]
    held_out = QT_TRANSLATE_NOOP("report", "held-out {measure}")
    extra += [(_say(translate, held_out, measure=k), number(hold[k], k)) for k in others]
    return table + (_settings_table(extra) if extra else "")


def _events(events: Sequence[Mapping[str, Any]], translate: Translate = english) -> str:
    if not events:
        return _nothing(_tr(translate, QT_TRANSLATE_NOOP("report", "Nothing happened along the way.")))
    at = QT_TRANSLATE_NOOP("report", "epoch {epoch}")

    def kind(e: Mapping[str, Any]) -> str:
        name = e.get("kind", "")
        return _tr(translate, EVENT_KINDS[name]) if isinstance(name, str) and name in EVENT_KINDS else str(name)

    items = "".join(
        f"<li><strong>{_e(_say(translate, at, epoch=e.get('epoch', '?')))}</strong> "
        f"<span class='kind'>{_e(kind(e))}</span>{_e(translated(e.get('text', ''), translate))}</li>"
        for e in sorted(events, key=lambda e: e.get("epoch", 0) if isinstance(e.get("epoch"), int) else 0)
    )
    return f"<ul class='events'>{items}</ul>"


_SVG_PROLOG = re.compile(r"^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?", re.IGNORECASE)
_SVG_SCRIPT = re.compile(r"<script\b.*?(</script\s*>|/>)", re.IGNORECASE | re.DOTALL)
_SVG_HANDLER = re.compile(r"\son\w+\s*=\s*(\"[^\"]*\"|'[^']*')", re.IGNORECASE)


def _svg(data: bytes) -> str:
    """An SVG drawing to put in the page as it is, without its XML prolog and without scripts."""
    text = data.decode("utf-8", errors="replace")
    text = _SVG_PROLOG.sub("", text, count=1)
    return _SVG_HANDLER.sub("", _SVG_SCRIPT.sub("", text))


def _mime(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return "image/png"


def caption(name: str) -> str:
    """A picture's caption: its name without the file suffix ("Curves.svg" → "Curves")."""
    return re.sub(r"\.(svg|png|jpe?g|gif)$", "", name, flags=re.IGNORECASE)


def _figures(pictures: Mapping[str, bytes], translate: Translate = english) -> str:
    figures = []
    for name, data in pictures.items():
        if not data:
            continue
        text = caption(name)
        label = _e(_tr(translate, CAPTIONS[text]) if text in CAPTIONS else text)
        if name.lower().endswith(".svg"):
            body = _svg(data)
        else:
            encoded = base64.b64encode(data).decode("ascii")
            body = f"<img src='data:{_mime(data)};base64,{encoded}' alt='{label}'>"
        figures.append(f"<figure>{body}<figcaption>{label}</figcaption></figure>")
    return "".join(figures)


def _history(rows: Sequence[Mapping[str, Any]], translate: Translate = english) -> str:
    if not rows:
        return _no_epochs(translate)
    cols = columns(rows)
    shown = sample_rows(rows)
    note = ""
    if len(shown) != len(rows):
        sampled = QT_TRANSLATE_NOOP("report", "{shown} of {total} epochs, evenly spaced.")
        note = f"<p>{_e(_say(translate, sampled, shown=len(shown), total=f'{len(rows):,}'))}</p>"
    # The epoch and the rate in words; the other columns are the metrics' names, as Keras writes them.
    words = {
        "epoch": QT_TRANSLATE_NOOP("report", "epoch"),
        "learning_rate": QT_TRANSLATE_NOOP("report", "learning rate"),
    }
    head = "".join(
        f"<th class='num'>{_e(_tr(translate, words[c]) if c in words else c.replace('_', ' '))}</th>" for c in cols
    )
    body = "".join(
        "<tr>" + "".join(f"<td class='num'>{_e(number(row.get(c), c))}</td>" for c in cols) + "</tr>" for row in shown
    )
    return f"{note}<table class='history'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _headline(experiment: Experiment, translate: Translate = english) -> str:
    t = experiment.training
    dense = [str(layer.get("config", {}).get("units")) for layer in experiment.model.layers]
    plain = all(layer.get("class_name") == "Dense" for layer in experiment.model.layers)
    if plain and dense:
        stack = "-".join(dense)
    else:
        stack = _say(translate, QT_TRANSLATE_NOOP("report", "{n} layers"), n=len(experiment.model.layers))
    lr = t.optimizer.get("config", {}).get("learning_rate")
    optimizer = _say(
        translate,
        QT_TRANSLATE_NOOP("report", "{optimizer} lr {lr}"),
        optimizer=t.optimizer.get("class_name"),
        lr=_value(lr),
    )
    batch = _say(translate, QT_TRANSLATE_NOOP("report", "batch {size}"), size=t.batch_size)
    return f"{experiment.data.name} · {stack} · {optimizer} · {batch}"


def html(
    experiment: Experiment,
    rows: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]] = (),
    pictures: Mapping[str, bytes] | None = None,
    title: str | None = None,
    holdout: Mapping[str, float] | None = None,
    versions: Mapping[str, str] | None = None,
    reason: str | None = None,
    date: datetime.datetime | None = None,
    translate: Translate = english,
    lang: str = "en",
) -> str:
    """The report of one run as a standalone HTML page.

    Args:
        experiment: the settings the run trained with.
        rows: its history rows {"epoch", "loss", "val_loss", <metric>, "val_<metric>", "learning_rate"}.
        events: what happened along the way, each {"epoch", "kind", "text"}.
        pictures: caption → image bytes ("Curves", "Output", "Network"…); PNG (or JPEG) bytes are
            embedded as base64 <img>, bytes under a name ending in ".svg" as inline SVG.
        title: the page's title, e.g. the experiment file's name. Defaults to "<dataset> experiment".
        holdout: scores on the held-out test set ({"loss": …, "accuracy": …}) if it was evaluated.
        versions: library versions to note at the bottom ({"tensorflow": "2.21.0", "keras": "3.15.1"}).
        reason: how the run ended, one of `ENDINGS`; defaults to a guess from the events and rows.
        date: when the report is made. Defaults to now.
        translate: `translate(context, text)` gives a marked text in the reader's language (Qt's
            translate, in the window); the default leaves every text in English.
        lang: the page's language as HTML names it ("en", "zh-CN", "zh-TW").
    """

    def opening(key: str, heading: str) -> str:
        return f"<section id='{key}'><h2>{_e(_tr(translate, heading))}</h2>"

    pictures = pictures or {}
    title = title or _say(translate, QT_TRANSLATE_NOOP("report", "{dataset} experiment"), dataset=experiment.data.name)
    when = (date or datetime.datetime.now()).strftime("%Y-%m-%d %H:%M")
    subtitle = _say(translate, QT_TRANSLATE_NOOP("report", "Neural-network playground report · {date}"), date=when)
    parts = [
        "<!DOCTYPE html>",
        f"<html lang='{_e(lang)}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(title)}</h1>",
        f"<p class='subtitle'>{_e(subtitle)}</p>",
        f"<p class='headline'>{_e(_headline(experiment, translate))}</p></header>",
    ]
    parts.append(opening("settings", QT_TRANSLATE_NOOP("report", "Settings")))
    for name, pairs in _sections(experiment, translate):
        parts += [f"<h3>{_e(_tr(translate, name))}</h3>", _settings_table(pairs)]
        if name == MODEL:
            parts.append(_layers_table(layer_rows(experiment, translate), translate))
    parts += [
        "</section>",
        opening("result", QT_TRANSLATE_NOOP("report", "Result")),
        f"<p class='ending'>{_e(ending(experiment, rows, events, reason, translate))}</p>",
        _result(rows, holdout, translate),
        "</section>",
        opening("events", QT_TRANSLATE_NOOP("report", "Events")),
        _events(events, translate),
        "</section>",
    ]
    if pictures:
        parts += [opening("pictures", QT_TRANSLATE_NOOP("report", "Pictures")), _figures(pictures, translate)]
        parts.append("</section>")
    parts += [opening("history", QT_TRANSLATE_NOOP("report", "History")), _history(rows, translate), "</section>"]
    made = _tr(translate, QT_TRANSLATE_NOOP("report", "Made with the neural-network playground"))
    if versions:
        made += " · " + " · ".join(f"{k} {v}" for k, v in versions.items())
    parts += [f"<footer>{_e(made)}</footer>", "</body></html>"]
    return "\n".join(parts) + "\n"


def write(path: str | Path, experiment: Experiment, rows: Sequence[Mapping[str, Any]], **options) -> Path:
    """Writes `html(experiment, rows, **options)` to `path` (UTF-8) and returns the path.

    Raises:
        OSError: the file could not be written.
    """
    target = Path(path)
    target.write_text(html(experiment, rows, **options), encoding="utf-8")
    return target
