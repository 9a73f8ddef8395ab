"""Builds the compiled Keras model an experiment describes."""

from __future__ import annotations

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import transfer
from playground.core.network.layer_graph import INPUT, INPUT_KIND, MERGES, is_sequential, layer_inputs, layer_name
from playground.training.network import serialization, unit_masks
from playground.training.network.transfer import pretrained_layer
from playground.training.tf_setup import import_keras


def build_model(exp: Experiment, seed: int | None = None):
    """A compiled Keras model: `keras.Sequential` for a plain stack, a functional `keras.Model`
    when layers branch or merge, or the model has several inputs or outputs (then its inputs are
    the data's input and each `Input` in list order, its outputs as `exp.outputs`).

    Args:
        exp: the experiment; its data's input shape, layers, loss, optimizer and metrics are used.
        seed: seeds the weight initialisers. Defaults to `exp.seed`.
    """
    keras = import_keras()
    keras.utils.set_random_seed(exp.seed if seed is None else seed)
    specs = exp.model.layers
    layers = _layers(exp)
    outputs = exp.outputs
    try:
        if is_sequential(specs):
            model = keras.Sequential([keras.Input(exp.input_shape), *layers], name="playground")
        else:
            model = _functional(keras, exp, layers, outputs)
    except (TypeError, ValueError, KeyError) as exc:
        raise ExperimentError("model.layers", serialization.short_error(exc)) from None
    # before any compiled call traces the model: silencing a unit never compiles again
    unit_masks.install(model, layers, [layer_name(spec, i) for i, spec in enumerate(specs)])
    compile_model(model, exp)
    return model


def compile_model(model, exp: Experiment) -> None:
    """Compiles `model` with the experiment's optimizer (a new one), losses and metrics."""
    outputs = exp.outputs
    several = len(outputs) > 1
    model.compile(
        optimizer=serialization.optimizer(exp.training.optimizer),
        loss=[serialization.loss(o.loss) for o in outputs] if several else serialization.loss(exp.training.loss),
        loss_weights=[o.loss_weight for o in outputs] if several else None,
        metrics=[serialization.metrics(exp, o) for o in outputs] if several else serialization.metrics(exp),
    )


def _layers(exp: Experiment) -> list:
    """The Keras layer of each entry (None for an extra Input). A Pretrained layer is built for
    the shape it receives, with its weights from Keras's cache."""
    specs = exp.model.layers
    shapes = None
    layers = []
    for i, spec in enumerate(specs):
        where = f"model.layers[{i}]"
        if spec["class_name"] == INPUT_KIND:
            layers.append(None)
        elif spec["class_name"] == transfer.KIND:
            shapes = shapes or {node.name: node.shape for node in exp.analyse()}
            shape = shapes.get(layer_inputs(specs, i)[0])
            if shape is None:
                raise ExperimentError(
                    where, Message(QT_TRANSLATE_NOOP("model_builder", "receives no images: fix the layers before it"))
                )
            config = {**spec.get("config", {}), "name": layer_name(spec, i)}
            layers.append(pretrained_layer(config, shape, where))
        else:
            layers.append(serialization.layer(spec, where))
    return layers


def _functional(keras, exp: Experiment, layers: list, outputs: list):
    specs = exp.model.layers
    nodes = exp.analyse()  # an extra Input's shape
    inputs = [keras.Input(exp.input_shape, name=INPUT)]
    tensors = {INPUT: inputs[0]}
    for i, (spec, layer) in enumerate(zip(specs, layers, strict=True)):
        name = layer_name(spec, i)
        if layer is None:  # one more input
            tensors[name] = keras.Input(nodes[i + 1].shape, name=name)
            inputs.append(tensors[name])
            continue
        sources = [tensors[n] for n in layer_inputs(specs, i)]
        tensors[name] = layer(sources if spec["class_name"] in MERGES else sources[0])
    ends = [tensors[o.name] for o in outputs]
    return keras.Model(inputs if len(inputs) > 1 else inputs[0], ends if len(ends) > 1 else ends[0], name="playground")


def output_of(layer):
    """A layer's output tensor in the model it belongs to. A sub-model (a Pretrained layer) gives
    its own inner graph's output as `.output`; its call in the model is its first inbound node."""
    nodes = getattr(layer, "_inbound_nodes", None)
    if nodes and isinstance(layer, import_keras().Model):
        outputs = nodes[0].output_tensors
        return outputs[0] if len(outputs) == 1 else outputs
    return layer.output


def dense_layers(model) -> list:
    """The model's Dense layers in order (what the network view draws)."""
    return [layer for layer in model.layers if type(layer).__name__ == "Dense"]


def summary_text(model) -> str:
    """`model.summary()` as plain text (Keras draws it with rich; colour codes are removed)."""
    import re

    parts: list[str] = []
    model.summary(print_fn=lambda text, **_: parts.append(text))
    return re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(parts)).strip() + "\n"
