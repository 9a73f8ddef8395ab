"""Every training run kept: its settings, curves and how it ended, to compare and overlay.

A run is an experiment (copied when the run is added, so later edits do not change it), its
history rows, what happened along the way (events) and why it ended. Runs of one sweep share a
group name. `differing_settings` says, in readable words, what sets runs apart.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from playground.core import json_files
from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_configs import regularizer_rates
from playground.core.network.layer_graph import describe, layer_name
from playground.core.runs.epoch_history import History, as_history

REASONS = ("finished", "stopped", "early_stopped", "nonfinite", "paused", "went_back")
# The reason of the run on screen, not kept yet (`current_run`): training now, or not.
TRAINING, CURRENT = "training", "current"


@dataclass
class Run:
    """One training run.

    Attributes:
        number: its number in the history, from 1; never reused.
        label: what the run is ("fold 3/5", "lr 0.01"); may be empty.
        experiment: the settings it trained with.
        rows: history rows {"epoch", "loss", "val_loss", <metric>, "val_<metric>", "learning_rate", …}.
        events: what happened along the way, each {"epoch": int, "kind": str, "text": str}.
        reason: how it ended: one of REASONS.
        group: the sweep it belongs to ("K-fold 5×1"); empty for a single run.
    """

    number: int
    label: str
    experiment: Experiment
    rows: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    reason: str = "finished"
    group: str = ""

    @property
    def epochs(self) -> int:
        """Epochs trained: the last row's epoch number."""
        return int(self.rows[-1].get("epoch", len(self.rows))) if self.rows else 0

    @property
    def title(self) -> str:
        """The label, or "run 3" when it has none."""
        return self.label or f"run {self.number}"


class RunHistory:
    """The runs kept, oldest first; at most MAX_RUNS (the oldest go first)."""

    MAX_RUNS = 50

    def __init__(self) -> None:
        self.runs: list[Run] = []
        self._next = 1

    def __len__(self) -> int:
        return len(self.runs)

    def add(
        self,
        experiment: Experiment,
        rows: Sequence[dict],
        events: Sequence[dict] = (),
        reason: str = "finished",
        label: str = "",
        group: str = "",
    ) -> Run:
        """Keeps a run with a copy of its settings and rows (kept as compactly as a History keeps
        them: a long run's rows as dicts would take ~500 bytes an epoch); returns it with its new number."""
        run = Run(
            self._next,
            label,
            experiment.copy(),
            History(rows).rows,  # a copy, column by column when `rows` are a history's
            [dict(event) for event in events],
            reason,
            group,
        )
        self._next += 1
        self.runs.append(run)
        del self.runs[: max(0, len(self.runs) - self.MAX_RUNS)]
        return run

    def get(self, number: int) -> Run | None:
        return next((run for run in self.runs if run.number == number), None)

    def remove(self, number: int) -> None:
        self.runs = [run for run in self.runs if run.number != number]

    @property
    def next_number(self) -> int:
        """The number the next run added will get."""
        return self._next

    def take(self, other: RunHistory) -> None:
        """Holds `other`'s runs instead of its own (a restored autosave); numbers go on from there."""
        self.runs = list(other.runs)
        self._next = max(self._next, other._next)

    def clear(self) -> None:
        """Forgets every run; numbers go on from where they were."""
        self.runs.clear()

    def group(self, name: str) -> list[Run]:
        """The runs of one sweep, in order."""
        return [run for run in self.runs if name and run.group == name]

    def to_json(self) -> list:
        """Plain JSON data: each run with its experiment's file form; NaN written as null and
        infinities as "inf" / "-inf" (JSON has neither)."""
        return [run_json(run) for run in self.runs]

    @classmethod
    def from_json(cls, data: Any) -> RunHistory:
        """The history `to_json` wrote. Raises ExperimentError naming the run and field if wrong."""
        history = cls()
        if not isinstance(data, list):
            raise ExperimentError("runs", Message(QT_TRANSLATE_NOOP("runs", "must be a list of runs")))
        for i, raw in enumerate(data):
            if not isinstance(raw, dict) or not isinstance(raw.get("number"), int):
                raise ExperimentError(
                    f"runs[{i}]",
                    Message(
                        QT_TRANSLATE_NOOP("runs", 'must look like {"number": 1, "experiment": {...}, "rows": [...]}')
                    ),
                )
            try:
                experiment = Experiment.from_dict(raw.get("experiment"))
            except ExperimentError as exc:
                raise ExperimentError(f"runs[{i}].experiment.{exc.field}", exc.message) from None
            rows = raw.get("rows", [])
            if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
                raise ExperimentError(f"runs[{i}].rows", Message(QT_TRANSLATE_NOOP("runs", "must be a list of rows")))
            history.runs.append(
                Run(
                    raw["number"],
                    str(raw.get("label", "")),
                    experiment,
                    History({k: _from_json_value(v) for k, v in row.items()} for row in rows).rows,
                    [dict(event) for event in raw.get("events", []) if isinstance(event, dict)],
                    str(raw.get("reason", "finished")),
                    str(raw.get("group", "")),
                )
            )
        history._next = max((run.number for run in history.runs), default=0) + 1
        return history

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, allow_nan=False)

    @classmethod
    def loads(cls, text: str) -> RunHistory:
        """The history `dumps` wrote; raises ExperimentError for text that is not JSON or goes beyond
        `json_files`' limits, as for a wrong run."""
        return cls.from_json(json_files.loads(text, json_files.RUNS_MB, "runs"))


def current_run(history: RunHistory, experiment: Experiment, rows: list[dict], training: bool) -> Run:
    """The run on screen as a Run to list with the kept ones: the number it will get when it is kept,
    reason TRAINING or CURRENT. Its rows are `rows` itself, not a copy: read it at once."""
    return Run(history.next_number, "", experiment, rows, [], TRAINING if training else CURRENT)


def run_json(run: Run, rows: bool = True) -> dict:
    """One run as `RunHistory.to_json` writes it; `rows=False` leaves "rows" out (a caller that
    writes them itself, row by row — see `row_json`)."""
    out = {
        "number": run.number,
        "label": run.label,
        "group": run.group,
        "reason": run.reason,
        "experiment": run.experiment.to_dict(),
        "events": [dict(event) for event in run.events],
    }
    if rows:
        out["rows"] = [row_json(row) for row in run.rows]
    return out


def row_json(row: dict) -> dict:
    """A history row as JSON can hold it (NaN → null, ±inf → "inf" / "-inf")."""
    return {k: _to_json_value(v) for k, v in row.items()}


def _to_json_value(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else ("inf" if value > 0 else "-inf")
    return value


def _from_json_value(value: Any) -> Any:
    if value is None:
        return math.nan
    if value in ("inf", "-inf"):
        return float(value)
    return value


def best_score(run: Run) -> tuple[str, float, int] | None:
    """The run's best validation score: ("val_accuracy", 0.953, epoch) — the highest validation
    accuracy if it was recorded, else ("val_loss", lowest, epoch); None with no finite value.
    Read from the columns: the runs table asks every second of a run of a million epochs."""
    history = as_history(run.rows)
    for column, higher in (("val_accuracy", True), ("val_loss", False)):
        if not history.has(column):
            continue
        values = history.column(column)
        finite = np.isfinite(values)
        if not finite.any():
            continue
        best = int(
            np.argmax(np.where(finite, values, -np.inf)) if higher else np.argmin(np.where(finite, values, np.inf))
        )
        return column, float(values[best]), int(history.row(best).get("epoch", 0))
    return None


# --- what sets runs apart ---------------------------------------------------------------------


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Nested dicts and lists as {"training.optimizer.config.learning_rate": 0.03, "model.layers[0].config.units": 4,
    …}; an empty dict or list is a value of its own."""
    if isinstance(value, dict) and value:
        found: dict[str, Any] = {}
        for key, item in value.items():
            found.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return found
    if isinstance(value, list) and value:
        found = {}
        for i, item in enumerate(value):
            found.update(flatten(item, f"{prefix}[{i}]"))
        return found
    return {prefix: value}


def readable(value: Any) -> str:
    """A setting's value in a few characters: on/off, 0.03, none, compact JSON for lists."""
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, float):
        return f"{value:g}"
    if value is None:
        return "none"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False) if value else "none"
    return str(value)


def percent(value: Any) -> str:
    return f"{value * 100:g} %" if isinstance(value, (int, float)) else readable(value)


def keras_object(obj: Any) -> str:
    """{"class_name": "ExponentialDecay", "config": {"decay_rate": 0.9}} → "ExponentialDecay (decay_rate 0.9)"."""
    if not isinstance(obj, dict):
        return readable(obj)
    config = obj.get("config") or {}
    settings = ", ".join(f"{k} {readable(v)}" for k, v in config.items() if k != "name")
    return f"{obj.get('class_name')}" + (f" ({settings})" if settings else "")


def _layers(exp: Experiment) -> str:
    """The stack in a few words: "8-8-1 tanh" for Dense layers (the hidden activation when they share
    one); with other layers, each by kind and key settings, "Flatten → 100 (×10) → 10 tanh".
    Dropout rates are their own setting."""
    tokens = []
    hidden_acts = set()
    layers = exp.model.layers
    for i, layer in enumerate(layers):
        kind = layer.get("class_name")
        if kind == "Dropout":
            continue
        if kind == "Dense":
            tokens.append(str(layer.get("config", {}).get("units")))
            if i < len(layers) - 1:
                hidden_acts.add(layer.get("config", {}).get("activation", "linear"))
        else:
            text = describe(layer)
            tokens.append(f"{kind} {text}" if text else str(kind))
    groups: list[list] = []  # [token, count]: ten layers of 100 read "100 (×10)"
    for token in tokens:
        if groups and groups[-1][0] == token:
            groups[-1][1] += 1
        else:
            groups.append([token, 1])
    tokens = [t for token, n in groups for t in ([f"{token} (×{n})"] if n >= 3 else [token] * n)]
    act = f" {hidden_acts.pop()}" if len(hidden_acts) == 1 else ""
    plain = all(layer.get("class_name") in ("Dense", "Dropout") for layer in layers)
    return ("-" if plain else " → ").join(tokens) + act


def _activations(exp: Experiment) -> str:
    acts = [str(layer["config"]["activation"]) for layer in exp.model.layers if "activation" in layer.get("config", {})]
    return "-".join(acts) or "none"


def _dropout(exp: Experiment) -> str:
    rates = []
    for layer in exp.model.layers:
        cfg = layer.get("config", {})
        if layer.get("class_name") == "Dropout":
            rates.append(readable(cfg.get("rate", 0.5)))
        for key in ("dropout", "recurrent_dropout"):
            if cfg.get(key):
                rates.append(f"{readable(cfg[key])} ({layer.get('class_name')} {key.replace('_', ' ')})")
    return ", ".join(rates) or "none"


_REGULARIZERS = ("kernel_regularizer", "bias_regularizer", "activity_regularizer")


def _regularizer(which: int) -> Callable[[Experiment], str]:
    """L1 (which=0) or L2 (1) rates per layer: "0.001" when every Dense layer's kernel has it,
    else "0.001 (dense_1, dense_2 bias)"."""

    def summary(exp: Experiment) -> str:
        by_rate: dict[str, list[str]] = {}
        for i, layer in enumerate(exp.model.layers):
            cfg = layer.get("config", {})
            for key in _REGULARIZERS:
                reg = cfg.get(key)
                rate = regularizer_rates(reg)[which] if isinstance(reg, dict) else 0.0
                if rate:
                    where = "" if key == "kernel_regularizer" else f" {key.split('_')[0]}"
                    by_rate.setdefault(readable(rate), []).append(layer_name(layer, i) + where)
        dense = [layer_name(layer, i) for i, layer in enumerate(exp.model.layers) if layer.get("class_name") == "Dense"]
        if len(by_rate) == 1 and next(iter(by_rate.values())) == dense:
            return next(iter(by_rate))
        return ", ".join(f"{rate} ({', '.join(names)})" for rate, names in by_rate.items()) or "none"

    return summary


def _validation(exp: Experiment) -> str:
    v = exp.training.validation or {}
    if v.get("method") == "kfold":
        repeats = v.get("repeats", 1)
        return f"{v.get('k', 5)}-fold" + (f" × {repeats}" if repeats != 1 else "")
    return str(v.get("method", "holdout"))


def _layer_names(exp: Experiment) -> str:
    return ", ".join(layer_name(layer, i) for i, layer in enumerate(exp.model.layers))


# Readable name → how to show it. The order is the order of a run's cell.
_ASPECTS: dict[str, Callable[[Experiment], str]] = {
    "dataset": lambda e: e.data.name,
    "data file": lambda e: str(e.data.source.get("path", "")),
    "samples": lambda e: str(e.data.samples),
    "noise": lambda e: readable(e.data.noise),
    "features": lambda e: ", ".join(e.data.features),
    "training fraction": lambda e: percent(e.data.train_fraction),
    "held-out test set": lambda e: percent(e.data.holdout),
    "target": lambda e: e.data.target,
    "scaling": lambda e: e.data.scaling,
    "encoding": lambda e: e.data.encoding,
    "shuffle": lambda e: readable(e.data.shuffle),
    "stratify": lambda e: readable(e.data.stratify),
    "seed": lambda e: str(e.seed),
    "layers": _layers,
    "activation": _activations,
    "dropout": _dropout,
    "L1": _regularizer(0),
    "L2": _regularizer(1),
    "layer names": _layer_names,
    "optimizer": lambda e: str(e.training.optimizer.get("class_name")),
    "learning rate": lambda e: readable(e.training.optimizer.get("config", {}).get("learning_rate")),
    "schedule": lambda e: keras_object(e.training.schedule) if e.training.schedule else "constant",
    "batch size": lambda e: str(e.training.batch_size),
    "epochs": lambda e: str(e.training.epochs),
    "loss": lambda e: e.training.loss,
    "metrics": lambda e: ", ".join(e.training.metrics) or "none",
    "class weight": lambda e: e.training.class_weight,
    "callbacks": lambda e: ", ".join(keras_object(c) for c in e.training.callbacks) or "none",
    "validation": _validation,
}

_DATA_FIELDS = {
    "name": "dataset",
    "source": "data file",
    "samples": "samples",
    "noise": "noise",
    "features": "features",
    "train_fraction": "training fraction",
    "holdout": "held-out test set",
    "target": "target",
    "scaling": "scaling",
    "encoding": "encoding",
    "shuffle": "shuffle",
    "stratify": "stratify",
}
_TRAINING_FIELDS = {
    "schedule": "schedule",
    "batch_size": "batch size",
    "epochs": "epochs",
    "loss": "loss",
    "metrics": "metrics",
    "class_weight": "class weight",
    "callbacks": "callbacks",
    "validation": "validation",
}
_PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?\.?(.*)$")
_LAYER_PATH = re.compile(r"^model\.layers\[([^\]]+)\]\.?(.*)$")
_MODEL_ASPECTS = ("layers", "activation", "dropout", "L1", "L2")


def _keyed_layers(exp: Experiment) -> tuple[dict[str, dict], list[str], dict[str, str]]:
    """The layers by a key that follows a layer when others are inserted before it — its name, or
    "Dense#2" (the second Dense) when it has none — their order, and each key's shown name."""
    keyed: dict[str, dict] = {}
    shown: dict[str, str] = {}
    seen: dict[str, int] = {}
    for i, layer in enumerate(exp.model.layers):
        kind = str(layer.get("class_name"))
        seen[kind] = seen.get(kind, 0) + 1
        name = layer.get("config", {}).get("name")
        key = f"{name}" if name else f"{kind}#{seen[kind]}"
        keyed[key] = layer
        shown[key] = layer_name(layer, i)
    return keyed, list(keyed), shown


def _comparable(exp: Experiment) -> dict[str, Any]:
    """The experiment's file form, flattened, with layers keyed by `_keyed_layers`."""
    raw = {k: v for k, v in exp.to_dict().items() if k not in ("format", "version")}
    keyed, order, _ = _keyed_layers(exp)
    raw["model"] = {**raw["model"], "layers": {}, "order": order}
    flat = flatten(raw)
    flat.pop("model.layers", None)
    for key, layer in keyed.items():
        flat.update(flatten(layer, f"model.layers[{key}]"))
    return flat


def _aspects_of(path: str, kinds: dict[str, str], whole_layer: bool) -> tuple[str, ...]:
    """The readable settings a flattened path belongs to; () for none. `whole_layer`: the path's
    layer is missing from some of the runs."""
    if path.startswith("model.order"):
        return ("layers", "dropout", "layer names")
    layer = _LAYER_PATH.match(path)
    if layer:
        if whole_layer:
            return ("dropout" if kinds.get(layer.group(1)) == "Dropout" else "layers", "layer names")
        tail = layer.group(2)
        key = tail.removeprefix("config.").split(".")[0].split("[")[0]
        if tail == "class_name" or key in ("units", "filters", "kernel_size", "pool_size", "strides"):
            return ("layers",)
        if key == "activation":
            return ("activation",)
        if key in ("rate", "dropout", "recurrent_dropout"):
            return ("dropout",)
        if key.endswith("_regularizer"):
            return ("L1", "L2")
        if key == "name" or tail.startswith("inputs"):
            return ("layer names",)
        return ()
    section, _, rest = path.partition(".")
    head = _PATH.match(rest)
    if section == "seed":
        return ("seed",)
    if section == "data" and head:
        name = _DATA_FIELDS.get(head.group(1))
        return (name,) if name else ()
    if section == "training" and head:
        key, tail = head.group(1), head.group(3)
        if key == "optimizer":
            if tail == "class_name":
                return ("optimizer",)
            return ("learning rate",) if tail == "config.learning_rate" else ()
        name = _TRAINING_FIELDS.get(key)
        return (name,) if name else ()
    return ()


def _raw_name(path: str, names: dict[str, str]) -> str:
    """A path no readable setting covers, named as plainly as it can be: "dense_1 kernel_initializer",
    "optimizer beta_1"; otherwise the path itself ("data.source.target")."""
    layer = _LAYER_PATH.match(path)
    if layer:
        return f"{names.get(layer.group(1), layer.group(1))} {layer.group(2).removeprefix('config.')}"
    if path.startswith("training.optimizer.config."):
        return "optimizer " + path.removeprefix("training.optimizer.config.")
    if path.startswith("model.order"):
        return "layer order"
    return path


_FOLD = re.compile(r"(?:repeat \d+, )?fold \d+/\d+")


def settings(exp: Experiment) -> dict[str, str]:
    """Every setting the Runs table can show, by its readable name, as its cell writes it
    (TensorBoard's HParams session of a run uses these)."""
    return {name: show(exp) for name, show in _ASPECTS.items()}


def differing_settings(runs: Sequence[Run]) -> dict[int, dict[str, str]]:
    """For each run's number, the settings that differ between `runs`, by readable name.

    Every field of the experiments is compared; a difference is shown under its readable name
    ("optimizer": "Adam", "learning rate": "0.03", "layers": "8-8-1 tanh", "dropout": "0.3"…), or
    under its own path when no readable name says it ("dense_1 kernel_initializer"), so nothing
    that differs is ever hidden. Layers are matched by name (or as "the second Dense"), so an
    inserted Dropout reads as dropout, not as every layer below it changing. "fold" (from the label)
    and "sweep" (the group) are included when they differ.
    """
    experiments = [run.experiment for run in runs]
    flats = [_comparable(e) for e in experiments]
    kinds: dict[str, str] = {}
    names: dict[str, str] = {}
    layer_keys = []
    for exp in experiments:
        keyed, order, shown_names = _keyed_layers(exp)
        layer_keys.append(set(order))
        for key, layer in keyed.items():
            kinds.setdefault(key, str(layer.get("class_name")))
            names.setdefault(key, shown_names[key])
    paths = list(dict.fromkeys(p for flat in flats for p in flat))
    differ = [p for p in paths if len({json.dumps(f[p], sort_keys=True) if p in f else None for f in flats}) > 1]
    triggered: dict[str, list[str]] = {}
    raw: list[str] = []
    for path in differ:
        layer = _LAYER_PATH.match(path)
        whole = bool(layer) and any(layer.group(1) not in keys for keys in layer_keys)
        aspects = _aspects_of(path, kinds, whole)
        for name in aspects:
            triggered.setdefault(name, []).append(path)
        if not aspects:
            raw.append(path)
    shown: dict[str, list[str]] = {}
    for name in _ASPECTS:
        if name in triggered:
            values = [_ASPECTS[name](e) for e in experiments]
            if len(set(values)) > 1:
                shown[name] = values
    covered: set[str] = set()
    if any(name in shown for name in _MODEL_ASPECTS):
        # Layers added or removed bring new names of their own: the other settings say what changed.
        shown.pop("layer names", None)
        covered.update(triggered.get("layer names", []))
    for name in shown:
        covered.update(triggered[name])
    # A difference no readable summary shows (two regularizers that read alike…), by its path.
    raw += [p for ps in triggered.values() for p in ps if p not in covered and p not in raw]
    for path in sorted(set(raw), key=paths.index):
        # A key one file leaves out takes its default.
        shown[_raw_name(path, names)] = [readable(flat[path]) if path in flat else "default" for flat in flats]
    found: dict[int, dict[str, str]] = {run.number: {} for run in runs}
    folds = [(_FOLD.search(run.label) or _FOLD.search(run.group)) for run in runs]
    fold_texts = [m.group(0) if m else "" for m in folds]
    if len(set(fold_texts)) > 1:
        for run, text in zip(runs, fold_texts, strict=True):
            found[run.number]["fold"] = text or "—"
    if len({run.group for run in runs}) > 1:
        for run in runs:
            found[run.number]["sweep"] = run.group or "—"
    for name, values in shown.items():
        for run, value in zip(runs, values, strict=True):
            found[run.number][name] = value
    return found


# Names a run's one-line summary leaves out or shortens: the value says it ("Adam", "fold 2/5").
_BARE = ("optimizer", "dataset", "fold", "sweep")
_SHORT = {"learning rate": "lr", "batch size": "batch"}


def settings_text(settings: dict[str, str], separator: str = " · ") -> str:
    """One run's differing settings in one line: "Adam · lr 0.001 · dropout 0.3"."""
    return separator.join(
        value if name in _BARE else f"{_SHORT.get(name, name)} {value}"
        for name, value in settings.items()
        if not (name in _BARE and value == "—")
    )
