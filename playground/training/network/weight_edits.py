"""A Dense layer's weights set by hand (one weight or one bias, by layer name and indices), and the
weights that remain carried into a model built anew after neurons or layers were added or removed
(`core.network.dense_edits` says which): the maths behind editing the network on its picture
(issue 19). No Qt; TensorFlow only through the models given.
"""

from __future__ import annotations

import math

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.dense_edits import Carry
from playground.training.network.model_builder import dense_layers

WEIGHT_LIMIT = 1e6  # a weight or bias typed by hand is at most this large either way


def check_value(value) -> float:
    """`value` as a float if a weight can take it; else ValueError with the range."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or abs(number) > WEIGHT_LIMIT:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("weight_edits", "{value} cannot be a weight: it takes a number from {low} to {high}"),
                value=str(value),
                low=f"{-WEIGHT_LIMIT:.0f}",
                high=f"{WEIGHT_LIMIT:.0f}",
            )
        )
    return number


def dense_layer(model, key: int | str):
    """The Dense layer of `model` called `key`, or, for a number, its `key`-th Dense layer counted
    from 0 as the network picture counts them (KeyError if there is none)."""
    layers = dense_layers(model)
    if isinstance(key, int):
        if 0 <= key < len(layers):
            return layers[key]
        raise KeyError(key)
    for layer in layers:
        if layer.name == key:
            return layer
    raise KeyError(key)


def set_weight(model, name: int | str, row: int, col: int, value) -> float:
    """Sets the weight from input `row` to neuron `col` of Dense layer `name` (a name, or a number:
    see `dense_layer`); returns the old one."""
    kernel = dense_layer(model, name).kernel
    values = np.array(kernel.numpy())
    old = float(values[row, col])
    values[row, col] = check_value(value)
    kernel.assign(values)
    return old


def set_bias(model, name: int | str, unit: int, value) -> float:
    """Sets the bias of neuron `unit` of Dense layer `name`; returns the old one."""
    layer = dense_layer(model, name)
    if layer.bias is None:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("weight_edits", "Layer {name} has no biases (use_bias is off)"), name=name)
        )
    values = np.array(layer.bias.numpy())
    old = float(values[unit])
    values[unit] = check_value(value)
    layer.bias.assign(values)
    return old


def bias_of(model, name: int | str, unit: int) -> float | None:
    """The bias of neuron `unit` of Dense layer `name` (None when the layer has none)."""
    layer = dense_layer(model, name)
    return None if layer.bias is None else float(layer.bias.numpy()[unit])


def dense_weights(model) -> list[tuple[np.ndarray, np.ndarray | None]]:
    """(kernel, bias or None) of every Dense layer, copied: what `carry_over` takes."""
    return [
        (np.array(layer.kernel.numpy()), None if layer.bias is None else np.array(layer.bias.numpy()))
        for layer in dense_layers(model)
    ]


def carry_over(old: list[tuple[np.ndarray, np.ndarray | None]], model, plan: list[Carry]) -> int:
    """Puts the weights that remain of the old model (`dense_weights` of it) into `model`, built
    anew from the edited layer list: each new Dense layer keeps the kernel rows and columns and the
    biases `plan` names; what is new keeps the fresh initial values. A plan that does not fit the
    shapes (the layers changed again meanwhile) leaves the layer as built. Returns how many layers
    took old weights."""
    layers = dense_layers(model)
    if len(plan) != len(layers):
        return 0
    taken = 0
    for layer, carry in zip(layers, plan, strict=True):
        if carry.source is None or not 0 <= carry.source < len(old):
            continue
        old_kernel, old_bias = old[carry.source]
        kernel = np.array(layer.kernel.numpy())
        rows = _index(carry.rows, kernel.shape[0], old_kernel.shape[0])
        cols = _index(carry.cols, kernel.shape[1], old_kernel.shape[1])
        if rows is None or cols is None:
            continue
        r_new, r_old = rows
        c_new, c_old = cols
        kernel[np.ix_(r_new, c_new)] = old_kernel[np.ix_(r_old, c_old)]
        layer.kernel.assign(kernel)
        if layer.bias is not None and old_bias is not None:
            bias = np.array(layer.bias.numpy())
            bias[c_new] = old_bias[c_old]
            layer.bias.assign(bias)
        taken += 1
    return taken


def _index(mapping: tuple[int, ...] | None, new: int, old: int) -> tuple[np.ndarray, np.ndarray] | None:
    """(new positions, old positions) kept by `mapping` (None: the same `new` = `old` positions;
    empty: none kept); None when the mapping does not fit the sizes."""
    if mapping is None:
        if new != old:
            return None
        every = np.arange(new)
        return every, every
    if (mapping and len(mapping) != new) or any(m >= old for m in mapping):
        return None
    pairs = [(i, m) for i, m in enumerate(mapping) if m >= 0]
    positions = np.array([p for p, _ in pairs], dtype=int)
    sources = np.array([m for _, m in pairs], dtype=int)
    return positions, sources
