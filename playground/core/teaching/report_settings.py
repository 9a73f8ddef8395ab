"""A run's settings in readable words, for the HTML report (`report`) and TensorBoard's text summary.

`settings(experiment)` gives the data, model and training settings section by section, and
`layer_rows(experiment)` one row per layer; both in the language of the `translate` they are given
(English by default). Values (numbers, Keras class names, losses, metrics, paths) stay as they are.
"""

from __future__ import annotations

from typing import Any

from playground.core.data.data_config import FILE
from playground.core.experiment.config import Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Translate, english
from playground.core.network.layer_configs import regularizer_rates
from playground.core.network.layer_graph import describe, is_sequential, layer_name, shape_text
from playground.core.recipe import callback_specs, optimizer_specs, schedule_rates
from playground.core.runs.run_history import keras_object, percent, readable
from playground.core.teaching.report_words import say as _say
from playground.core.teaching.report_words import tr as _tr

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


def value_text(value: Any) -> str:
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
    parts = ", ".join(f"{k} {value_text(v)}" for k, v in shown.items())
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
    return [(_tr(translate, name), pairs) for name, pairs in sections(experiment, translate)]


def sections(experiment: Experiment, translate: Translate = english) -> list[tuple[str, list[tuple[str, str]]]]:
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
            (tr(QT_TRANSLATE_NOOP("report", "noise")), value_text(d.noise)),
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
        (tr(QT_TRANSLATE_NOOP("report", "learning rate")), value_text(lr0)),
    ]
    constant = tr(QT_TRANSLATE_NOOP("report", "constant"))
    try:
        schedule = schedule_rates.description(t.schedule, float(lr0)).translated(translate) if t.schedule else constant
    except (KeyError, TypeError, ValueError):
        schedule = keras_object(t.schedule) if t.schedule else constant
    epochs = f"{t.epochs:,}" if isinstance(t.epochs, int) else value_text(t.epochs)
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
