"""Builds the compiled Keras model an experiment describes."""

from __future__ import annotations

from playground.core.experiment import Experiment, ExperimentError
from playground.core.layer_graph import INPUT, MERGES, is_sequential, layer_inputs, layer_name
from playground.training import serialization
from playground.training.tf_setup import import_keras


def build_model(exp: Experiment, seed: int | None = None):
    """A compiled Keras model: `keras.Sequential` for a plain stack, a functional `keras.Model`
    when layers branch or merge.

    Args:
        exp: the experiment; its data's input shape, layers, loss, optimizer and metrics are used.
        seed: seeds the weight initialisers. Defaults to `exp.seed`.
    """
    keras = import_keras()
    keras.utils.set_random_seed(exp.seed if seed is None else seed)
    specs = exp.model.layers
    layers = [serialization.layer(cfg, f"model.layers[{i}]") for i, cfg in enumerate(specs)]
    try:
        if is_sequential(specs):
            model = keras.Sequential([keras.Input(exp.input_shape), *layers], name="playground")
        else:
            inputs = keras.Input(exp.input_shape, name=INPUT)
            tensors = {INPUT: inputs}
            for i, (spec, layer) in enumerate(zip(specs, layers, strict=True)):
                sources = [tensors[name] for name in layer_inputs(specs, i)]
                tensors[layer_name(spec, i)] = layer(sources if spec["class_name"] in MERGES else sources[0])
            model = keras.Model(inputs, tensors[layer_name(specs[-1], len(specs) - 1)], name="playground")
    except (TypeError, ValueError, KeyError) as exc:
        raise ExperimentError("model.layers", serialization.short_error(exc)) from None
    model.compile(
        optimizer=serialization.optimizer(exp.training.optimizer),
        loss=serialization.loss(exp.training.loss),
        metrics=serialization.metrics(exp),
    )
    return model


def dense_layers(model) -> list:
    """The model's Dense layers in order (what the network view draws)."""
    return [layer for layer in model.layers if type(layer).__name__ == "Dense"]


def summary_text(model) -> str:
    """`model.summary()` as plain text (Keras draws it with rich; colour codes are removed)."""
    import re

    parts: list[str] = []
    model.summary(print_fn=lambda text, **_: parts.append(text))
    return re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(parts)).strip() + "\n"
