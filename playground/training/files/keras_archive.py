"""A `.keras` file, checked as data before Keras opens it.

Keras builds the model a file describes before it loads a single weight: a Dense layer of 10⁹
units takes gigabytes before anything can be refused, and a zip whose members unpack to
terabytes (a zip bomb) fills the disk. `check` reads the archive's directory and its config.json
only — no code runs, nothing is built — and refuses what is not a Keras file, what holds code
(a Lambda layer), and what is too large to build, naming the layer. Keras's safe mode then refuses
code again as it loads (`keras_io`).
"""

from __future__ import annotations

import math
import zipfile
from pathlib import Path
from typing import Any

from playground.core import json_files
from playground.core.errors import ExperimentError
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import model_size
from playground.core.network.layer_graph import INPUT, INPUT_KIND, analyse
from playground.core.network.layer_specs import SPECS

MAX_MEMBERS = 1000  # a .keras holds config.json, metadata.json and model.weights.h5 (and a few assets)
MAX_UNPACKED = 4_000_000_000  # bytes, all members unpacked: the largest pretrained base is far less
CONFIG_MB = 20  # config.json: a model's description, without its weights
MAX_WIDTH = 65_536  # units or filters of any layer, nested bases included (ResNet50's widest: 2,048)
MAX_ALL_LAYERS = 2000  # every layer, nested bases included (EfficientNetB0 has about 240)
CODE_KINDS = {"Lambda", "TFOpLambda"}  # layers that carry Python code


def check(path: str | Path, field: str = "(file)") -> dict:
    """The parsed config.json of the .keras file at `path`, once the archive and the model it
    describes pass every check.

    Raises:
        ExperimentError: the file is missing, not a zip archive, a zip bomb, has no or a broken
            config.json, holds code, or describes a model too large to build.
    """
    path = Path(path)
    file = path.name
    if not path.is_file():
        raise ExperimentError(
            field, Message(QT_TRANSLATE_NOOP("keras_io", "{path} does not exist (moved or deleted?)"), path=str(path))
        )
    if not zipfile.is_zipfile(path):
        raise _refused(field, file, QT_TRANSLATE_NOOP("keras_io", "it is not a Keras .keras file (not a zip archive)"))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise _refused(
                    field,
                    file,
                    QT_TRANSLATE_NOOP("keras_io", "it holds {n} files; a .keras file holds a few"),
                    n=f"{len(members):,}",
                )
            unpacked = sum(m.file_size for m in members)
            if unpacked > MAX_UNPACKED:
                raise _refused(
                    field,
                    file,
                    QT_TRANSLATE_NOOP("keras_io", "it would unpack to {size}, more than the {most} a model may take"),
                    size=model_size.size_text(unpacked),
                    most=model_size.size_text(MAX_UNPACKED),
                )
            names = {m.filename: m for m in members}
            if "config.json" not in names:
                raise _refused(field, file, QT_TRANSLATE_NOOP("keras_io", "it has no config.json: not a Keras model"))
            if names["config.json"].file_size > CONFIG_MB * 1e6:
                raise _refused(
                    field,
                    file,
                    QT_TRANSLATE_NOOP("keras_io", "its config.json is larger than {most} MB"),
                    most=CONFIG_MB,
                )
            text = archive.read("config.json")
    except (OSError, zipfile.BadZipFile, RuntimeError) as exc:  # RuntimeError: an encrypted member
        raise _refused(
            field, file, QT_TRANSLATE_NOOP("keras_io", "its zip archive is damaged: {error}"), error=str(exc)
        ) from None
    try:
        config = json_files.loads(text, CONFIG_MB)
    except ExperimentError as exc:
        raise _refused(
            field, file, QT_TRANSLATE_NOOP("keras_io", "its config.json {problem}"), problem=exc.message
        ) from None
    if not isinstance(config, dict) or not isinstance(config.get("config"), dict):
        raise _refused(field, file, QT_TRANSLATE_NOOP("keras_io", "its config.json does not describe a model"))
    _check_layers(config, field, file)
    _check_size(_trained(config["config"]), field, file)
    return config


WRAPPED = "raw_input_model"  # the model the playground saves: raw input, its preparation, the trained model


def _trained(model: dict) -> dict:
    """The trained model's config inside a file the playground saved (`self_contained`), whose
    size is what counts; any other model's as it is."""
    if model.get("name") != WRAPPED:
        return model
    inner = [raw for raw in model.get("layers") or [] if _kind(raw) in ("Functional", "Sequential")]
    found = inner[0].get("config") if len(inner) == 1 and isinstance(inner[0], dict) else None
    return found if isinstance(found, dict) else model


def _check_layers(config: dict, field: str, file: str) -> None:
    """Every layer, nested ones too: no code, a count and widths Keras can build."""
    layers = list(_layers(config))
    if len(layers) > MAX_ALL_LAYERS:
        raise _refused(
            field,
            file,
            QT_TRANSLATE_NOOP("keras_io", "it has {n} layers; the playground builds at most {most}"),
            n=f"{len(layers):,}",
            most=f"{MAX_ALL_LAYERS:,}",
        )
    top = _trained(config["config"]).get("layers")
    if isinstance(top, list):
        problem = model_size.layer_count_problem(sum(1 for raw in top if _kind(raw) != "InputLayer"))
        if problem:
            raise _refused(field, file, QT_TRANSLATE_NOOP("keras_io", "its model {problem}"), problem=problem)
    for kind, cfg in layers:
        name = cfg.get("name", kind)
        if kind in CODE_KINDS:
            raise _refused(
                field,
                file,
                QT_TRANSLATE_NOOP(
                    "keras_io",
                    "layer {name!r} is a {kind}: it contains code, which the playground does not run",
                ),
                name=name,
                kind=kind,
            )
        needs = [key for key in ("units", "filters") if SPECS.get(kind) and SPECS[kind].param(key)]
        for key in needs:
            value = cfg.get(key)
            if value is None:
                raise _refused(
                    field,
                    file,
                    QT_TRANSLATE_NOOP("keras_io", "layer {name!r} is a {kind} without {key}: the file is damaged"),
                    name=name,
                    kind=kind,
                    key=key,
                )
        for key in ("units", "filters"):
            value = cfg.get(key)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WIDTH
            ):
                raise _refused(
                    field,
                    file,
                    QT_TRANSLATE_NOOP(
                        "keras_io", "layer {name!r} has {key} = {value}; a layer takes a whole number from 1 to {most}"
                    ),
                    name=name,
                    key=key,
                    value=f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else repr(value),
                    most=f"{MAX_WIDTH:,}",
                )


def _check_size(model: dict, field: str, file: str) -> None:
    """The weights of the model's own layers against the memory a model may take (`model_size`):
    counted as the editor counts them, following the graph as `keras_io.read_keras` reads it. A
    layer the editor cannot follow (an unknown kind, a shape it cannot work out) is counted at its
    largest: its units or filters times the widest layer or input of the model."""
    raw_layers = [raw for raw in model.get("layers") or [] if isinstance(raw, dict)]
    inputs = [raw for raw in raw_layers if _kind(raw) == "InputLayer"]
    shape = _input_shape(inputs[0]) if inputs else None
    if shape is None:
        return  # no input shape to follow: the widths' bound stays
    main = (inputs[0].get("config") or {}).get("name")
    layers = []
    for raw in raw_layers:
        kind, cfg = _kind(raw), raw.get("config") or {}
        if kind == "InputLayer":
            if cfg.get("name") != main:
                layers.append({"class_name": INPUT_KIND, "config": {"name": cfg.get("name")}})
            continue
        spec = SPECS.get(kind) if kind != INPUT_KIND else None
        layer = {
            "class_name": kind,
            "config": {k: v for k, v in cfg.items() if k == "name" or (spec and spec.param(k))},
        }
        sources = [t["config"]["keras_history"][0] for t in _tensors(raw.get("inbound_nodes") or [])]
        if sources:
            layer["inputs"] = [INPUT if name == main else name for name in sources]
        layers.append(layer)
    try:
        nodes = analyse(shape, layers)[1:]
    except Exception:  # noqa: BLE001 — a graph the editor cannot read at all: every layer at its largest
        nodes = [None] * len(layers)
    widest = max([*shape, *(_width(layer["config"]) for layer in layers)])
    params = [
        node.params if node is not None and node.problem is None else _width(layer["config"]) * widest
        for node, layer in zip(nodes, layers, strict=True)
    ]
    names = [str(layer["config"].get("name", layer["class_name"])) for layer in layers]
    problem = model_size.size_problem(names, params, 0, "SGD")
    if problem:
        raise _refused(field, file, problem[1])


def _width(config: dict) -> int:
    """A layer's units or filters; 0 for one without."""
    value = config.get("units") or config.get("filters") or 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _tensors(value: Any):
    """The Keras tensors (`__keras_tensor__` dicts) a layer's inbound nodes refer to, in order."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("class_name") == "__keras_tensor__":
                history = (item.get("config") or {}).get("keras_history")
                if isinstance(history, list) and history:
                    yield item
            else:
                stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _input_shape(raw: dict) -> tuple[int, ...] | None:
    cfg = raw.get("config") or {}
    shape = cfg.get("batch_shape") or cfg.get("batch_input_shape")
    if not isinstance(shape, list) or len(shape) < 2:
        return None
    dims = shape[1:]
    if not all(isinstance(d, int) and not isinstance(d, bool) and 0 < d <= MAX_WIDTH for d in dims):
        return None
    if math.prod(dims) > 10**9:
        return None
    return tuple(dims)


def _layers(config: Any):
    """(class name, config) of every layer in a Keras config, nested models too, walked without
    recursion."""
    stack = [config]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            kind, cfg = value.get("class_name"), value.get("config")
            # a layer has `trainable`; dtype policies, initializers and optimizers have not
            if isinstance(kind, str) and isinstance(cfg, dict) and ("trainable" in cfg or kind in CODE_KINDS):
                yield kind, cfg
            stack.extend(v for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, (dict, list)))


def _kind(raw: Any) -> str | None:
    return raw.get("class_name") if isinstance(raw, dict) else None


def _refused(field: str, file: str, reason: str, **values) -> ExperimentError:
    """`reason`: a marked template filled with `values`, or a Message as it is."""
    return ExperimentError(
        field,
        Message(
            QT_TRANSLATE_NOOP("keras_io", "{file} cannot be read as a Keras model: {reason}"),
            file=file,
            reason=reason if isinstance(reason, Message) else Message(reason, **values),
        ),
    )
