"""Builds the compiled Keras model an experiment describes."""

from __future__ import annotations

from playground.core.experiment import Experiment, ExperimentError
from playground.training import serialization
from playground.training.tf_setup import import_keras


def build_model(exp: Experiment, input_dim: int, seed: int | None = None):
    """A compiled `keras.Sequential`: Input(input_dim) → the experiment's layers.

    Args:
        exp: the experiment; its layers, loss, optimizer and metrics are used.
        input_dim: number of input features.
        seed: seeds the weight initialisers. Defaults to `exp.seed`.
    """
    keras = import_keras()
    if input_dim < 1:
        raise ExperimentError("data.features", "choose at least one input feature")
    keras.utils.set_random_seed(exp.seed if seed is None else seed)
    layers = [serialization.layer(cfg, f"model.layers[{i}]") for i, cfg in enumerate(exp.model.layers)]
    try:
        model = keras.Sequential([keras.Input((input_dim,)), *layers], name="playground")
    except (TypeError, ValueError) as exc:
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
