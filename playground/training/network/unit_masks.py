"""Masks that hold hidden units at zero — the units a student silences (issue 19) — kept out of
the weights.

Every Dense or convolution layer that is not one of the model's outputs gets a mask over its
output's units (a Dense layer's neurons, a convolution's channels), put in when the model is built
so that every compiled function (the engine, the views, the drawing pad) has it from its first
trace: silencing a unit is then one variable assignment, never a new compile. The mask multiplies
the layer's output after its activation, so a silenced unit outputs exactly 0 whatever its
activation (a sigmoid's 0.5 included) and passes no gradient back: training goes on, correctly,
around it. The masks are plain TensorFlow variables kept here, not attributes of the layers, so
Keras never saves them: a .keras file, its weights and the exported script know nothing of them.
"""

from __future__ import annotations

import weakref

import numpy as np

from playground.training.tf_setup import import_tensorflow

# The layers whose units can be silenced: each output unit is a neuron or a channel.
KINDS = frozenset(
    {
        "Dense",
        "Conv1D",
        "Conv2D",
        "Conv3D",
        "SeparableConv1D",
        "SeparableConv2D",
        "DepthwiseConv1D",
        "DepthwiseConv2D",
        "Conv1DTranspose",
        "Conv2DTranspose",
        "Conv3DTranspose",
    }
)

_MASKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # model -> {layer name: tf.Variable}
_KERAS_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # model -> {layer name: Keras's}


def install(model, layers=None, names=None) -> dict:
    """Puts a mask of ones on every hidden Dense or convolution layer of the built `model` (once;
    again is a no-op) and returns them, {layer name: variable of shape (units,)}.

    A layer goes by the name the experiment gives it (`names[i]` for `layers[i]`, as
    `layer_graph.layer_name` makes them: a file names its layers the same in every session),
    which Keras's own may not be ("dense_7" for the first unnamed Dense of a later model)."""
    if model in _MASKS:
        return _MASKS[model]
    tf = import_tensorflow()
    ends = _output_layers(model)
    given = {id(layer): name for layer, name in zip(layers or [], names or [], strict=False) if layer is not None}
    masks, keras_names = {}, {}
    for layer in model.layers:
        if type(layer).__name__ not in KINDS or id(layer) in ends:
            continue
        shape = getattr(getattr(layer, "output", None), "shape", None)
        channels_first = getattr(layer, "data_format", "channels_last") == "channels_first"
        axis = 1 if channels_first else -1
        if not shape or len(shape) < 2 or not shape[axis]:
            continue
        units = int(shape[axis])
        mask = tf.Variable(np.ones(units, np.float32), trainable=False, name=f"{layer.name}_silenced")
        layer.call = _masked(layer.call, mask, len(shape) if channels_first else 0)
        name = given.get(id(layer), layer.name)
        masks[name], keras_names[name] = mask, layer.name
    _MASKS[model], _KERAS_NAMES[model] = masks, keras_names
    return masks


def keras_names(model) -> dict[str, str]:
    """{layer name as the experiment gives it: Keras's name of that layer} (the views use Keras's)."""
    return dict(_KERAS_NAMES.get(model, {}))


def masks(model) -> dict:
    """{layer name: mask variable} of `model` (empty for a model built without `install`)."""
    return _MASKS.get(model, {})


def units(model) -> dict[str, int]:
    """How many units each layer that can be silenced has, in the model's order."""
    return {name: int(mask.shape[0]) for name, mask in masks(model).items()}


def silence(model, silenced: dict) -> dict[str, list[int]]:
    """Sets every mask: the units of `silenced` ({layer name: [unit indices]}) at zero, all others
    at one. Layers the model does not have and units beyond a layer's are left out; returns what
    was applied, sorted."""
    applied = {}
    for name, mask in masks(model).items():
        n = int(mask.shape[0])
        chosen = sorted({int(u) for u in silenced.get(name, ()) if 0 <= int(u) < n})
        values = np.ones(n, np.float32)
        values[chosen] = 0.0
        mask.assign(values)
        if chosen:
            applied[name] = chosen
    return applied


def silenced(model) -> dict[str, list[int]]:
    """The units held at zero now, {layer name: [unit indices]}."""
    found = {}
    for name, mask in masks(model).items():
        off = np.flatnonzero(mask.numpy() == 0).tolist()
        if off:
            found[name] = off
    return found


def _masked(call, mask, rank: int):
    """`call` with its output multiplied by `mask` on the units' axis (the last; for channels-first
    data the second, then `rank` is the output's rank)."""
    tf = import_tensorflow()

    def masked_call(*args, **kwargs):
        out = call(*args, **kwargs)
        m = tf.cast(mask, out.dtype)
        if rank:
            m = tf.reshape(m, [-1] + [1] * (rank - 2))
        return out * m

    return masked_call


def _output_layers(model) -> set[int]:
    """The ids of the layers whose outputs are the model's: their units are the answer, not hidden."""
    found = set()
    for tensor in getattr(model, "outputs", None) or []:
        history = getattr(tensor, "_keras_history", None)
        if history is not None:
            found.add(id(history[0]))
    if not found and model.layers:
        found.add(id(model.layers[-1]))
    return found
