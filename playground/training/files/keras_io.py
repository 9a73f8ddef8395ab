"""`.keras` files: save the experiment's model (built and compiled, with its weights), and read a
model's layers back into the experiment's form — stacks and branched models alike.

Reading uses Keras's safe mode, so a file cannot bring code with it (Lambda layers are refused).
The architecture is read; settings the playground has no control for are listed, not silently
kept or lost.
"""

from __future__ import annotations

import re
from pathlib import Path

from playground.core import atomic_files
from playground.core.data.data_config import FEATURES
from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import transfer
from playground.core.network.layer_configs import initializer_label
from playground.core.network.layer_edits import normalise
from playground.core.network.layer_graph import INPUT, INPUT_KIND
from playground.core.network.layer_params import IGNORED_KEYS
from playground.core.network.layer_specs import SPECS, snake
from playground.core.numbers import is_number
from playground.core.recipe.training_config import LOSSES, METRICS
from playground.training.files import keras_archive, self_contained
from playground.training.network.model_builder import build_model
from playground.training.tf_setup import import_keras


def save_keras(exp: Experiment, path: str | Path, model=None) -> list[Path]:
    """Writes `model` (by default, the experiment's model with fresh weights) to a .keras file,
    self-contained: it takes the raw input (the plane's point, the table's row, the image) and
    prepares it inside (`self_contained`). When that needs the playground's Sin or FillGaps layer,
    their standalone module is written beside the file. Returns the files written."""
    model = model if model is not None else build_model(exp)
    written = [Path(path)]
    wrapping = self_contained.wrappable(exp, model)
    try:
        if wrapping:  # the training model itself stays as it is
            # Keras's legacy .h5 writer leaves the model it saves without its compile settings: a fresh one
            legacy = str(path).lower().endswith(".h5")
            model = self_contained.wrap(exp, model) if legacy else self_contained.wrapped(exp, model)
        with atomic_files.replacing(path) as temporary:  # a full disk leaves the old file whole
            model.save(str(temporary))
        if wrapping and self_contained.uses_own_layers(model):
            written.append(self_contained.write_layers(Path(path).parent))
    except atomic_files.WriteFailed:  # a full disk or a read-only folder, worded for the user
        raise
    except (OSError, ValueError) as exc:  # ValueError: also the data file for the scaling is gone
        raise OSError(
            Message(QT_TRANSLATE_NOOP("keras_io", "could not write {path}: {error}"), path=str(path), error=str(exc))
        ) from None
    return written


def load_weights(model, path: str | Path) -> tuple[int, int]:
    """Puts a .keras file's trained weights into `model`, layer by layer by name where the shapes
    agree (Keras's safe mode: a file with code is refused). Returns (layers given weights, layers
    with weights in `model`).

    Raises:
        ExperimentError: the file cannot be read, or none of its layers fits `model`.
    """
    source = _load(path, "model.weights")
    by_name = {layer.name: layer for layer in source.layers}
    wanted = [layer for layer in model.layers if layer.weights]
    matched = 0
    for layer in wanted:
        other = by_name.get(layer.name)
        if other is None:
            continue
        values = other.get_weights()
        if [v.shape for v in values] == [tuple(w.shape) for w in layer.weights]:
            layer.set_weights(values)
            matched += 1
    if wanted and not matched:
        raise ExperimentError(
            "model.weights",
            Message(
                QT_TRANSLATE_NOOP(
                    "keras_io",
                    "{file}: none of its layers has the name and weight shapes of a layer here "
                    "(layers renamed or resized since the import?): untick “start from its weights” or import it again",
                ),
                file=Path(path).name,
            ),
        )
    return matched, len(wanted)


def _load(path: str | Path, field: str = "(file)"):
    keras_archive.check(path, field)  # read as data first: nothing is built for a file refused here
    keras = import_keras()
    self_contained.register_layers()  # a model the playground saved may use its Sin layer
    try:
        # a model the playground saved takes raw inputs: the trained model is the one inside
        return self_contained.unwrap(keras.saving.load_model(str(path), safe_mode=True, compile=False))
    except Exception as exc:  # noqa: BLE001 — Keras raises many types for a bad file; all mean "cannot read"
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        unknown = re.search(r"Could not (?:locate class|locate function|deserialize) '(?:[\w.]+\.)?([^'.]+)'", str(exc))
        if unknown:
            text = Message(
                QT_TRANSLATE_NOOP(
                    "keras_io",
                    "it uses {name}, which is not one of Keras's own layers or objects (custom code, "
                    "or a newer Keras): the playground reads models made of Keras's own layers",
                ),
                name=unknown.group(1),
            )
        elif "Lambda" in str(exc) or "safe_mode" in str(exc):
            text = Message(
                QT_TRANSLATE_NOOP(
                    "keras_io", "it contains code (a Lambda layer or custom object), which the playground does not run"
                )
            )
        raise ExperimentError(
            "(file)",
            Message(
                QT_TRANSLATE_NOOP("keras_io", "{file} cannot be read as a Keras model: {reason}"),
                file=Path(path).name,
                reason=text,
            ),
        ) from None


def read_keras(path: str | Path) -> tuple[list[dict], tuple[int, ...], list[str]]:
    """(layers in the experiment's form, the model's input shape, notes on what was left out).

    Raises:
        ExperimentError: the file cannot be read, is not a Keras model, or uses layers or code
            the playground does not offer — the message says which.
    """
    model = _load(path)
    config = model.get_config()
    notes: list[str] = []
    layers = []
    input_shape = tuple(int(d) for d in model.inputs[0].shape[1:]) if model.inputs else ()
    raw_layers = config["layers"]
    main_input, *other_inputs = (
        _names(config.get("input_layers"))
        or [raw["config"]["name"] for raw in raw_layers if raw["class_name"] == "InputLayer"][:1]
    )
    outputs = _names(config.get("output_layers"))
    for raw in raw_layers:
        kind = raw["class_name"]
        name = raw["config"].get("name")
        if kind == "InputLayer":
            if name in other_inputs:
                layers.append(_extra_input(raw["config"], input_shape, notes))
            continue
        layer = _pretrained(raw) if kind == "Functional" else None
        if layer is None and (kind not in SPECS or kind in (INPUT_KIND, transfer.KIND)):
            raise ExperimentError(
                "(file)",
                Message(
                    QT_TRANSLATE_NOOP("keras_io", "layer {name!r} is a {kind}, which the editor does not offer"),
                    name=name,
                    kind=kind,
                ),
            )
        layer = layer or {"class_name": kind, "config": _clean(kind, raw["config"], notes)}
        inbound = _inbound(raw)
        if inbound:
            layer["inputs"] = [INPUT if n == main_input else n for n in inbound]
        layers.append(layer)
    shapes = {name: tuple(int(d) for d in t.shape[1:]) for name, t in zip(outputs, model.outputs, strict=False)}
    _mark_outputs(layers, outputs, _compiled(path), shapes, input_shape, notes)
    return normalise(layers), input_shape, notes


_BASES = {"mobilenetv2": "MobileNetV2", "resnet50": "ResNet50", "vgg16": "VGG16", "efficientnetb0": "EfficientNetB0"}


def _pretrained(raw: dict) -> dict | None:
    """A Pretrained layer from the sub-model the playground saves for one (see training.network.transfer),
    or None for another nested model. A fine_tune whose first layer is a batch normalization
    (always frozen) reads back one less: the same model."""
    inner = raw["config"].get("layers") or []
    kinds = [layer.get("class_name") for layer in inner]
    if kinds[-1:] != ["Functional"] or not set(kinds) <= {"InputLayer", "Resizing", "Conv2D", "Functional"}:
        return None
    base = inner[-1]
    prefix = str(base["config"].get("name", "")).split("_")[0]
    if prefix not in _BASES:
        return None
    layers = base["config"].get("layers") or []
    training = [
        i
        for i, layer in enumerate(layers)
        if layer["config"].get("trainable") and layer["class_name"] != "BatchNormalization"
    ]
    tuned = len(layers) - training[0] if training and base["config"].get("trainable", True) else 0
    config = {"name": raw["config"]["name"], "application": _BASES[prefix], "fine_tune": tuned}
    if raw["config"].get("trainable") is False:
        config["trainable"] = False
    return {"class_name": transfer.KIND, "config": config}


def _names(refs) -> list[str]:
    """Layer names from a functional config's `input_layers` / `output_layers` ([name, 0, 0] each,
    or one such triple for a single tensor)."""
    if not refs:
        return []
    if isinstance(refs[0], str):
        return [refs[0]]
    return [ref[0] for ref in refs]


def _extra_input(config: dict, main_shape: tuple, notes: list[str]) -> dict:
    name = config["name"]
    shape = tuple(config.get("batch_shape", (None, *main_shape))[1:])
    layer = {"class_name": INPUT_KIND, "config": {"name": name}}
    if len(shape) == 1 and shape[0] <= len(FEATURES):
        layer["config"]["features"] = list(FEATURES[: shape[0]])
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("keras_io", "{name}: takes {n} value(s); on plane data it gets {features}"),
                name=name,
                n=shape[0],
                features=", ".join(FEATURES[: shape[0]]),
            )
        )
    elif shape != tuple(main_shape):
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "keras_io",
                    "{name}: takes {shape}; here every extra input takes the whole sample, as the first does",
                ),
                name=name,
                shape=str(shape),
            )
        )
    return layer


def _mark_outputs(layers, outputs, compiled: dict, shapes: dict, input_shape, notes: list[str]) -> None:
    """The main output is the last layer; the model's other outputs are marked with the loss,
    weight and metrics the file was compiled with, learning the inputs when they have the input's
    shape and the labels otherwise (their properties can change that)."""
    order = [layer["config"]["name"] for layer in layers]
    main = outputs[0] if outputs else None
    if main in order and not any(main in layer.get("inputs", ()) for layer in layers):
        layers.append(layers.pop(order.index(main)))  # Keras's first output is the main one: last
        order = [layer["config"]["name"] for layer in layers]
    losses, weights, metrics = (
        _per_output(compiled.get(key), len(outputs)) for key in ("loss", "loss_weights", "metrics")
    )
    for k, name in enumerate(outputs):
        i = order.index(name) if name in order else -1
        if not 0 <= i < len(layers) - 1:
            continue
        mark = {"target": "inputs" if shapes.get(name) == tuple(input_shape) != (1,) else "labels"}
        loss = _loss_name(losses[k])
        if loss in LOSSES:
            mark["loss"] = loss
        if is_number(weights[k]) and weights[k] != 1:
            mark["loss_weight"] = float(weights[k])
        names = [m.get("config", {}).get("name") if isinstance(m, dict) else m for m in metrics[k] or []]
        if names:
            mark["metrics"] = [m for m in names if m in METRICS]
        layers[i]["output"] = mark
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "keras_io", "{name}: one more output, learning the {target}; its Properties can change that"
                ),
                name=name,
                target=mark["target"],
            )
        )


def _compiled(path) -> dict:
    """The file's compile settings (losses, weights, metrics), read as data: nothing is run."""
    import json
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return json.loads(archive.read("config.json")).get("compile_config") or {}
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return {}


def _per_output(value, n: int) -> list:
    return list(value) if isinstance(value, (list, tuple)) and len(value) == n else [None] * n


_LOSS_ALIASES = {"mean_squared_error": "mse", "mean_absolute_error": "mae"}


def _loss_name(loss) -> str | None:
    if isinstance(loss, dict):
        cfg = loss.get("config")
        loss = cfg if isinstance(cfg, str) else snake(str(loss.get("class_name") or ""))
    return _LOSS_ALIASES.get(loss, loss) if isinstance(loss, str) else None


def _inbound(raw: dict) -> list[str]:
    """Names of the layers feeding a functional model's layer (Keras 3 `inbound_nodes`)."""
    names: list[str] = []

    def walk(value):
        if isinstance(value, dict):
            if value.get("class_name") == "__keras_tensor__":
                names.append(value["config"]["keras_history"][0])
            else:
                for v in value.values():
                    walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for node in raw.get("inbound_nodes", []):
        walk(node.get("args", []))
    return names


def _clean(kind: str, config: dict, notes: list[str]) -> dict:
    """The settings the palette knows, in the file's compact form; other values that differ from
    Keras's defaults are noted (they are left out)."""
    spec = SPECS[kind]
    main = {p.key: p for p in spec.params}
    extras = {p.key: p for p in spec.all_params if p.key not in main}
    defaults = _keras_defaults(kind)
    signature = _signature_defaults(kind)
    out: dict = {"name": config["name"]}
    if config.get("trainable") is False:
        out["trainable"] = False
    for key, value in config.items():
        if key in ("name", "trainable") or key in IGNORED_KEYS:
            continue
        param = main.get(key) or extras.get(key)
        if param is None:
            if key in defaults and _plain(value) != _plain(defaults[key]):
                notes.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "keras_io", "{name}: {key} = {value!r} has no control in the editor; left out"
                        ),
                        name=config["name"],
                        key=key,
                        value=_plain(value),
                    )
                )
            continue
        if param.kind == "initializer":
            value = _initializer(value)
        elif param.kind == "regularizer" and isinstance(value, dict):
            value = {"class_name": value["class_name"], "config": dict(value.get("config", {}))}
        elif param.kind == "recurrent" and isinstance(value, dict):
            value = {"class_name": value["class_name"], "config": _clean(value["class_name"], value["config"], notes)}
            value["config"].pop("name", None)
        elif isinstance(value, tuple):
            value = list(value)
        if param.kind == "size" and isinstance(value, list) and len(set(value)) == 1:
            value = value[0]
        if key == "strides" and "Pooling" in kind and _plain(config[key]) == _plain(config.get("pool_size")):
            continue  # Keras writes the pool size as the strides; the palette leaves them empty
        if key in extras and (value == param.default or value is None):
            continue
        if key in signature and _same_setting(value, signature[key]):
            continue  # Keras's own default: the compact file leaves it out, as a person would
        out[key] = value
    return out


_defaults_cache: dict[str, dict] = {}


def _signature_defaults(kind: str) -> dict:
    """The defaults of the Keras layer's constructor arguments."""
    import inspect

    cls = getattr(import_keras().layers, kind)
    return {
        name: p.default
        for name, p in inspect.signature(cls.__init__).parameters.items()
        if p.default is not inspect.Parameter.empty
    }


def _same_setting(value, default) -> bool:
    if default is None and value == "linear":
        return True  # activation=None is linear
    if isinstance(default, (tuple, list)) and len(set(default)) == 1:
        default = default[0]
    if isinstance(default, str) and isinstance(value, str):
        return {"uniform": "random_uniform", "normal": "random_normal"}.get(default, default) == value
    return _plain(value) == _plain(default)


def _keras_defaults(kind: str) -> dict:
    """Keras's config of a `kind` layer made from the palette's defaults."""
    if kind not in _defaults_cache:
        from playground.core.network.layer_specs import new_layer
        from playground.training.network import serialization

        layer = serialization.layer(new_layer(kind), kind)
        _defaults_cache[kind] = layer.get_config()
    return _defaults_cache[kind]


def _plain(value):
    """Keras's nested dicts without the bookkeeping keys, tuples as lists, for comparing."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k not in ("module", "registered_name", "seed")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _initializer(value):
    if isinstance(value, dict):
        cls = value.get("class_name", "")
        cfg = {k: v for k, v in value.get("config", {}).items() if k != "seed"}
        if cls == "RandomNormal":
            return {
                "class_name": "RandomNormal",
                "config": {"mean": cfg.get("mean", 0.0), "stddev": cfg.get("stddev", 0.05)},
            }
        plain = snake(cls)
        if initializer_label(plain) is not None and not (cls == "RandomUniform" and cfg.get("maxval", 0.05) != 0.05):
            return plain
        return {"class_name": cls, "config": cfg}
    return value
