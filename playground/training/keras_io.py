"""`.keras` files: save the experiment's model (built and compiled, with its weights), and read a
model's layers back into the experiment's form — stacks and branched models alike.

Reading uses Keras's safe mode, so a file cannot bring code with it (Lambda layers are refused).
The architecture is read; settings the playground has no control for are listed, not silently
kept or lost.
"""

from __future__ import annotations

from pathlib import Path

from playground.core.experiment import Experiment, ExperimentError
from playground.core.layer_edits import normalise
from playground.core.layer_graph import INPUT
from playground.core.layer_specs import IGNORED_KEYS, SPECS, initializer_label, snake
from playground.training.model_builder import build_model
from playground.training.tf_setup import import_keras


def save_keras(exp: Experiment, path: str | Path, model=None) -> None:
    """Writes `model` (by default, the experiment's model with fresh weights) to a .keras file."""
    model = model if model is not None else build_model(exp)
    try:
        model.save(str(path))
    except (OSError, ValueError) as exc:
        raise OSError(f"could not write {path}: {exc}") from None


def read_keras(path: str | Path) -> tuple[list[dict], tuple[int, ...], list[str]]:
    """(layers in the experiment's form, the model's input shape, notes on what was left out).

    Raises:
        ExperimentError: the file cannot be read, is not a Keras model, or uses layers or code
            the playground does not offer — the message says which.
    """
    keras = import_keras()
    try:
        model = keras.saving.load_model(str(path), safe_mode=True, compile=False)
    except Exception as exc:  # noqa: BLE001 — Keras raises many types for a bad file; all mean "cannot read"
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "Lambda" in str(exc) or "safe_mode" in str(exc):
            text = "it contains code (a Lambda layer or custom object), which the playground does not run"
        raise ExperimentError("(file)", f"{Path(path).name} cannot be read as a Keras model: {text}") from None
    config = model.get_config()
    notes: list[str] = []
    layers = []
    input_shape = tuple(int(d) for d in model.inputs[0].shape[1:]) if model.inputs else ()
    if len(model.inputs) > 1 or len(model.outputs) > 1:
        raise ExperimentError("(file)", "the model has several inputs or outputs; the playground trains one of each")
    raw_layers = config["layers"]
    input_names = {raw["config"]["name"] for raw in raw_layers if raw["class_name"] == "InputLayer"}
    for raw in raw_layers:
        kind = raw["class_name"]
        if kind == "InputLayer":
            continue
        if kind not in SPECS:
            raise ExperimentError(
                "(file)", f"layer {raw['config'].get('name')!r} is a {kind}, which the editor does not offer"
            )
        layer = {"class_name": kind, "config": _clean(kind, raw["config"], notes)}
        inbound = _inbound(raw)
        if inbound:
            layer["inputs"] = [INPUT if name in input_names else name for name in inbound]
        layers.append(layer)
    return normalise(layers), input_shape, notes


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
                notes.append(f"{config['name']}: {key} = {_plain(value)!r} has no control in the editor; left out")
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
        from playground.core.layer_specs import new_layer
        from playground.training import serialization

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
