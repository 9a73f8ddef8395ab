"""Whether an experiment's network works on its data, and the whole check of an experiment.

`validate_structure` (in `config`) is what a file must get right to be opened or saved; a network
that cannot work yet passes it, so the editor can show where it is wrong. The checks here go on:
each layer's shape, and whether each output fits its target and loss, with the fix to make.
"""

from __future__ import annotations

import math

from playground.core.errors import ExperimentError, names
from playground.core.experiment.config import Experiment, Output, validate_structure
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import model_size
from playground.core.network.layer_graph import INPUT_KIND, Node, layer_name
from playground.core.recipe import optimizer_specs
from playground.core.recipe.training_config import LOSSES_FOR


def validate(exp: Experiment) -> None:
    """Everything `validate_structure` checks, and that the network works on this data: raises
    ExperimentError naming the first layer that cannot work, the cause and the fix."""
    validate_structure(exp)
    check_network(exp)


def check_network(exp: Experiment) -> None:
    layers = exp.model.layers
    nodes = exp.analyse()
    for node in nodes[1:]:
        if node.problem:
            raise ExperimentError(
                f"model.layers[{node.index}]", Message.of("", "{name}: {problem}", name=node.name, problem=node.problem)
            )
    names = [node.name for node in nodes[1:]]
    optimizer = exp.training.optimizer
    slots = optimizer_specs.slots(optimizer.get("class_name"), optimizer.get("config") or {})
    too_large = model_size.size_problem(names, [node.params for node in nodes[1:]], slots, optimizer.get("class_name"))
    if too_large:
        raise ExperimentError(f"model.layers[{nodes[too_large[0] + 1].index}]", too_large[1])
    for index, problem in output_problems(exp, nodes).items():
        raise ExperimentError(
            f"model.layers[{index}]",
            Message.of("", "{name}: {problem}", name=layer_name(layers[index], index), problem=problem),
        )


def output_problems(exp: Experiment, nodes: list[Node]) -> dict[int, Message]:
    """Layer index → why that output does not fit its target and loss, and the fix."""
    found = {}
    for out in exp.outputs:
        node = nodes[out.index + 1]
        layer = exp.model.layers[out.index]
        if node.kind == INPUT_KIND:
            found[out.index] = Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "an Input cannot be an output: add the layers that turn it into a prediction after it"
                )
            )
        elif out.loss not in LOSSES_FOR[out.problem]:
            found[out.index] = Message(
                QT_TRANSLATE_NOOP("experiment", "its loss {loss} does not fit {problem} targets: choose {losses}"),
                loss=out.loss,
                problem=out.problem,
                losses=names(LOSSES_FOR[out.problem]),
            )
        elif node.problem is None:
            problem = output_problem(out, node.shape, layer)
            if problem:
                found[out.index] = problem
    return found


def output_problem(out: Output, shape: tuple | None, last: dict) -> Message | None:
    """Why an output layer's shape and activation do not fit its target and loss, and the fix;
    None if they fit."""
    want = out.target_shape
    if shape is None or tuple(shape) == tuple(want):
        return _output_activation_problem(out, last)
    shape = tuple(shape)
    if out.problem == "reconstruction":
        if math.prod(shape) == math.prod(want):
            return Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "outputs {shape} but the inputs it rebuilds are {want}: end with Reshape to {want}"
                ),
                shape=str(shape),
                want=str(want),
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "experiment",
                "outputs {shape} but the inputs it rebuilds are {want} ({n} values): end with "
                "Dense({n}) and Reshape to {want}",
            ),
            shape=str(shape),
            want=str(want),
            n=math.prod(want),
        )
    if len(shape) > 1:
        fix = (
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "turn return_sequences off on the last recurrent layer, or add GlobalAveragePooling1D"
                )
            )
            if len(shape) == 2
            else Message(QT_TRANSLATE_NOOP("experiment", "add Flatten or GlobalAveragePooling2D and a Dense layer"))
        )
        return Message(
            QT_TRANSLATE_NOOP("experiment", "outputs {shape} but the model must give {n} value(s) per sample: {fix}"),
            shape=str(shape),
            n=want[0],
            fix=fix,
        )
    if out.problem == "multiclass":
        template = (
            QT_TRANSLATE_NOOP(
                "experiment",
                "the last layer has {units} unit(s) but the data has {classes} classes: "
                "set its units to {classes} (softmax gives one probability per class)",
            )
            if out.main
            else QT_TRANSLATE_NOOP(
                "experiment",
                "this output has {units} unit(s) but the data has {classes} classes: "
                "set its units to {classes} (softmax gives one probability per class)",
            )
        )
        return Message(template, units=shape[0], classes=want[0])
    template = (
        QT_TRANSLATE_NOOP(
            "experiment", "the last layer has {units} units but this {problem} data has one target: set it to 1"
        )
        if out.main
        else QT_TRANSLATE_NOOP(
            "experiment", "this output has {units} units but this {problem} data has one target: set it to 1"
        )
    )
    return Message(template, units=shape[0], problem=out.problem)


def _output_activation_problem(out: Output, last: dict) -> Message | None:
    act = last.get("config", {}).get("activation") if last.get("class_name") == "Dense" else None
    loss = out.loss
    if act is None:
        return None
    if out.problem == "classification" and act == "softmax":
        return Message(
            QT_TRANSLATE_NOOP("experiment", "softmax over one unit always outputs 1: use sigmoid for two classes")
        )
    if out.problem == "classification" and loss == "binary_crossentropy" and act != "sigmoid":
        template = (
            QT_TRANSLATE_NOOP(
                "experiment",
                "binary_crossentropy needs a probability: set the last activation to sigmoid (it is {act})",
            )
            if out.main
            else QT_TRANSLATE_NOOP(
                "experiment",
                "binary_crossentropy needs a probability: set this output's activation to sigmoid (it is {act})",
            )
        )
        return Message(template, act=act)
    if out.problem == "multiclass" and loss.endswith("categorical_crossentropy") and act != "softmax":
        template = (
            QT_TRANSLATE_NOOP(
                "experiment",
                "{loss} needs probabilities that sum to 1: set the last activation to softmax (it is {act})",
            )
            if out.main
            else QT_TRANSLATE_NOOP(
                "experiment",
                "{loss} needs probabilities that sum to 1: set this output's activation to softmax (it is {act})",
            )
        )
        return Message(template, loss=loss, act=act)
    return None
