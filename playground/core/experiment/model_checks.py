"""The checks of what the model is: the layer list with the outputs some of its layers are marked
as, and the weights file it starts from.

These are the parts of `validate_structure` that belong to the network; whether the network works
on its data (shapes, output activations) is `checks.check_network`.
"""

from __future__ import annotations

from typing import Any

from playground.core.data.data_config import TARGETS
from playground.core.errors import ExperimentError, check_choice, names, reject_unknown
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import model_size
from playground.core.network.layer_configs import check_config
from playground.core.network.layer_graph import INPUT_KIND
from playground.core.network.layer_specs import LAYERS
from playground.core.numbers import is_int, is_number
from playground.core.recipe.training_config import LOSSES, METRICS

OUTPUT_KEYS = ("target", "loss", "loss_weight", "metrics")
MAX_LOSS_WEIGHT = 1000.0


def validate_weights(weights: Any) -> None:
    """`model.weights`: the .keras file the model starts from, or None."""
    if weights is not None and (not isinstance(weights, str) or not weights.endswith(".keras")):
        raise ExperimentError(
            "model.weights",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be the path of a .keras file or null, got {got}"),
                got=repr(weights),
            ),
        )


def validate_layers(layers: Any) -> None:
    """`model.layers`: each layer's kind and settings, its inputs and its output mark."""
    if not isinstance(layers, list) or not layers:
        raise ExperimentError(
            "model.layers", Message(QT_TRANSLATE_NOOP("experiment", "must list at least the output layer"))
        )
    too_many = model_size.layer_count_problem(len(layers))
    if too_many:
        raise ExperimentError("model.layers", too_many)
    for i, layer in enumerate(layers):
        where = f"model.layers[{i}]"
        if not isinstance(layer, dict) or not isinstance(layer.get("config"), dict):
            raise ExperimentError(
                where,
                Message(QT_TRANSLATE_NOOP("experiment", 'must look like {"class_name": "Dense", "config": {...}}')),
            )
        reject_unknown(f"{where}.", layer, {"class_name", "config", "inputs", "output", "module", "registered_name"})
        if layer.get("class_name") not in LAYERS:
            raise ExperimentError(
                f"{where}.class_name",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "{name} is not available; use one of {choices}"),
                    name=repr(layer.get("class_name")),
                    choices=names(LAYERS),
                ),
            )
        wrong = check_config(layer["class_name"], layer["config"])
        if wrong:
            raise ExperimentError(f"{where}.config.{wrong[0]}", wrong[1])
        if layer["class_name"] == INPUT_KIND and ("inputs" in layer or "output" in layer):
            raise ExperimentError(
                where,
                Message(
                    QT_TRANSLATE_NOOP(
                        "experiment", "an Input takes no inputs and is not an output: connect layers after it"
                    )
                ),
            )
        if "output" in layer:
            _validate_output_mark(f"{where}.output", layer["output"])
        inputs = layer.get("inputs")
        if inputs is not None and (
            not isinstance(inputs, list) or not inputs or not all(isinstance(n, str) for n in inputs)
        ):
            raise ExperimentError(
                f"{where}.inputs",
                Message(QT_TRANSLATE_NOOP("experiment", 'must be a list of layer names, e.g. ["conv2d_1", "input"]')),
            )


def _validate_output_mark(where: str, mark: Any) -> None:
    """One more output's settings; whether its loss fits its target is a network check, so a file
    whose data changed still opens and shows the output to fix."""
    if not isinstance(mark, dict):
        raise ExperimentError(
            where,
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", 'must look like {"target": "labels", "loss": "mse", "loss_weight": 1.0}'
                )
            ),
        )
    reject_unknown(f"{where}.", mark, set(OUTPUT_KEYS))
    check_choice(f"{where}.target", mark.get("target", "labels"), TARGETS)
    if "loss" in mark and mark["loss"] not in LOSSES:
        raise ExperimentError(
            f"{where}.loss",
            Message(
                QT_TRANSLATE_NOOP("experiment", "unknown loss {loss}; choose from {choices}"),
                loss=repr(mark["loss"]),
                choices=names(LOSSES),
            ),
        )
    weight = mark.get("loss_weight", 1.0)
    if not is_number(weight) or not 0 <= weight <= MAX_LOSS_WEIGHT:
        raise ExperimentError(
            f"{where}.loss_weight",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a number from 0 to {high:g}, got {got}"),
                high=MAX_LOSS_WEIGHT,
                got=repr(weight),
            ),
        )
    metrics = mark.get("metrics", [])
    if not isinstance(metrics, list) or any(m not in METRICS for m in metrics):
        wrong = QT_TRANSLATE_NOOP("experiment", "must be a list chosen from {choices}, got {got}")
        raise ExperimentError(f"{where}.metrics", Message(wrong, choices=names(METRICS), got=repr(metrics)))


MAX_SILENCED_UNIT = 1_000_000  # beyond any layer the playground builds


def silenced_units(raw: Any) -> dict[str, list[int]]:
    """`silenced`: {layer name: [unit indices]} — the units held at zero, in order, each once."""
    example = '{"dense": [0, 2]}'
    if not isinstance(raw, dict):
        raise ExperimentError(
            "silenced",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must map layer names to lists of units, like {example}; got {got}"),
                example=example,
                got=repr(raw),
            ),
        )
    found = {}
    for name, units in raw.items():
        ok = isinstance(units, list) and all(is_int(u) and 0 <= u <= MAX_SILENCED_UNIT for u in units)
        if not ok:
            raise ExperimentError(
                f"silenced.{name}",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "must be a list of unit numbers from 0 to {most}, got {got}"),
                    most=MAX_SILENCED_UNIT,
                    got=repr(units),
                ),
            )
        if units:
            found[str(name)] = sorted({int(u) for u in units})
    return found
