"""Turns the experiment's Keras-serialized dicts into Keras objects, accepting built-ins only.

Keras's own `deserialize` does the work inside a safe-mode scope; before it, we refuse any nested
object that names a module outside Keras or a registered (custom) class, so a file can never
bring code with it.
"""

from __future__ import annotations

from typing import Any

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment, Output
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.training.tf_setup import import_keras


def layer(config: dict, where: str):
    keras = import_keras()
    # The graph's wiring and output marks are the experiment's, not Keras's.
    config = {k: v for k, v in config.items() if k not in ("inputs", "output")}
    _check_builtin(config, where)
    try:
        with _safe_mode():
            return keras.layers.deserialize(_with_modules(config, "keras.layers"))
    except (TypeError, ValueError, KeyError) as exc:
        raise ExperimentError(where, short_error(exc)) from None


def optimizer(config: dict, where: str = "training.optimizer"):
    keras = import_keras()
    _check_builtin(config, where)
    try:
        with _safe_mode():
            return keras.optimizers.deserialize(_with_modules(config, "keras.optimizers"))
    except (TypeError, ValueError, KeyError) as exc:
        raise ExperimentError(where, short_error(exc)) from None


def loss(name: str):
    return import_keras().losses.get(name)


def metrics(exp: Experiment, out: Output | None = None) -> list:
    """Metric objects of an output (by default the main one), named as the history columns.
    Accuracy's threshold follows the output layer: 0.5 for a probability (sigmoid), 0 for a signed
    margin (tanh or linear, e.g. hinge); with several classes it compares the most probable class
    with the label."""
    keras = import_keras()
    out = out or exp.outputs[0]
    threshold = decision_threshold(exp, out)

    def accuracy():
        if out.problem == "multiclass":
            cls = keras.metrics.CategoricalAccuracy if out.one_hot else keras.metrics.SparseCategoricalAccuracy
            return cls(name="accuracy")
        return keras.metrics.BinaryAccuracy(name="accuracy", threshold=threshold)

    make = {
        "accuracy": accuracy,
        "mae": lambda: keras.metrics.MeanAbsoluteError(name="mae"),
        "mse": lambda: keras.metrics.MeanSquaredError(name="mse"),
    }
    return [make[m]() for m in out.metrics]


def decision_threshold(exp: Experiment, out: Output) -> float:
    """Where a one-unit output splits its two classes: 0.5 for a probability (sigmoid), 0 for a
    signed margin (tanh or linear, e.g. hinge)."""
    activation = exp.model.layers[out.index]["config"].get("activation", "linear")
    return 0.5 if activation == "sigmoid" else 0.0


def _safe_mode():
    # Keras exports no public safe-mode scope; this is the one `keras.saving.load_model` uses.
    from keras.src.saving.serialization_lib import SafeModeScope

    return SafeModeScope(True)


def _check_builtin(obj: Any, where: str) -> None:
    if isinstance(obj, dict):
        module = obj.get("module")
        if module is not None and not str(module).startswith("keras"):
            raise ExperimentError(
                where,
                Message(
                    QT_TRANSLATE_NOOP(
                        "serialization", "refers to module {module!r}; only built-in Keras objects are allowed"
                    ),
                    module=module,
                ),
            )
        registered = obj.get("registered_name")
        if registered not in (None, obj.get("class_name")):
            raise ExperimentError(
                where,
                Message(
                    QT_TRANSLATE_NOOP(
                        "serialization", "refers to custom object {name!r}; only built-in Keras objects are allowed"
                    ),
                    name=registered,
                ),
            )
        if obj.get("class_name") in ("Lambda", "__lambda__", "function", "__numpy__"):
            raise ExperimentError(
                where, Message(QT_TRANSLATE_NOOP("serialization", "may not contain code (Lambda layers or functions)"))
            )
        for key, value in obj.items():
            _check_builtin(value, f"{where}.{key}" if key != "config" else f"{where}.config")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            _check_builtin(value, f"{where}[{i}]")


_NESTED_MODULES = {
    "_regularizer": "keras.regularizers",
    "_initializer": "keras.initializers",
    "_constraint": "keras.constraints",
    "layer": "keras.layers",  # the layer a Bidirectional wraps
}


def _with_modules(config: dict, module: str) -> dict:
    """A deep copy with Keras's `module` filled in where the compact file form leaves it out
    (Keras needs it to find a built-in class, and edits the dict it is given)."""
    out = {**config, "config": dict(config.get("config", {}))}
    out.setdefault("module", module)
    for key, value in out["config"].items():
        suffix = next((s for s in _NESTED_MODULES if key.endswith(s)), None)
        if suffix and isinstance(value, dict) and "class_name" in value:
            out["config"][key] = _with_modules(value, _NESTED_MODULES[suffix])
    return out


def short_error(exc: Exception) -> str:
    """The useful line of a Keras error: Keras wraps the real cause in "Exception encountered: …"."""
    text = str(exc).strip() or type(exc).__name__
    text = text.rsplit("Exception encountered:", 1)[-1].strip()
    return text.splitlines()[0][:300]
