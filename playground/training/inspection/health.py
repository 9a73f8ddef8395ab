"""How healthy each layer of a Keras model is, for the training doctor (`playground.core.teaching.doctor`).

For every layer with a kernel (Dense, Conv*, the recurrent layers, Embedding): how spread its
outputs are, how many ReLU units are dead, how many tanh/sigmoid outputs are saturated, and how
large its kernel and the loss's gradient with respect to it are. The numbers come from one
compiled call per model (the forward pass, the loss and the gradients together), built on first
use and kept while the model lives.
"""

from __future__ import annotations

import weakref

import numpy as np

from playground.core.teaching.doctor_layers import LayerHealth
from playground.training.network.model_builder import output_of
from playground.training.tf_setup import import_keras, import_tensorflow

MAX_SAMPLES = 256
DEAD_ACTIVATIONS = ("relu", "relu6")  # zero gradient below 0: a unit never positive never learns again
SATURATING = {"tanh": (-0.99, 0.99), "sigmoid": (0.01, 0.99)}  # outside these, the slope is under ~2 %
_RECURRENT = ("SimpleRNN", "LSTM", "GRU")

# model -> (what the function was traced for, the function); a recompiled model gets a new one.
_probes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def layer_health(model, x, y, max_samples: int = MAX_SAMPLES) -> list[LayerHealth]:
    """The `LayerHealth` of each layer with a kernel, in model order, on the first samples.

    Meant to be called every few seconds from the training thread: the first call for a model
    traces one TensorFlow function (a forward pass through a `keras.Model` that returns every
    layer's output, the loss from `model.compute_loss`, and its gradients, all in inference mode:
    dropout off, batch norm on its moving statistics); later calls only run it, a few
    milliseconds for the playground's networks.

    Args:
        model: a built Keras model, compiled for the gradients.
        x: the inputs as the model takes them (an array, or a list of arrays for several inputs).
        y: the matching targets as the model is trained on them, or None for no gradients.
            Ignored (no gradients) when the model has several outputs or is not compiled.
        max_samples: how many samples to look at, from the start. Defaults to 256.

    Returns:
        One LayerHealth per Dense, Conv, SimpleRNN/LSTM/GRU (their input kernel; Bidirectional:
        the forward one) and Embedding layer. `grad_norm` is None without gradients;
        `saturated_fraction` is None for the model's outputs, whose sigmoid or tanh is meant to
        reach 0 and 1.

    Example:
        >>> session = Session(exp); session.train(100)
        >>> layers = layer_health(session.model, session.x_test, session.y_test)
        >>> diagnose(session.history.rows, exp.problem, len(exp.classes), exp.training.learning_rate, layers)
    """
    tf = import_tensorflow()
    token = (id(getattr(model, "optimizer", None)), id(getattr(model, "_compile_loss", None)))
    probe = _probes.get(model)
    if probe is None or probe[0] != token:
        probe = (token, _Probe(model))
        _probes[model] = probe
    fn = probe[1]
    xs = tf.nest.map_structure(lambda a: tf.constant(_cut(a, max_samples)), x)
    ys = tf.constant(_cut(y, max_samples)) if fn.gradients and y is not None else None
    return fn.compute(xs, ys)


class _Probe:
    """The compiled call for one model."""

    def __init__(self, model):
        tf = import_tensorflow()
        keras = import_keras()
        self.layers = [(layer, kernel) for layer in model.layers if (kernel := _kernel(layer)) is not None]
        self.activations = [_activation(layer) for layer, _ in self.layers]
        # A sigmoid or tanh output is meant to reach its ends on samples it is sure of.
        self.outputs = [any(output_of(layer) is out for out in model.outputs) for layer, _ in self.layers]
        compiled = bool(getattr(model, "compiled", False)) and getattr(model, "loss", None) is not None
        self.gradients = len(model.outputs) == 1 and compiled
        inputs = model.inputs[0] if len(model.inputs) == 1 else model.inputs
        outputs = [_first(output_of(layer)) for layer, _ in self.layers]
        extractor = keras.Model(inputs, [*outputs, model.outputs[0]])
        kernels = [kernel for _, kernel in self.layers]
        kinds = [
            "dead" if act in DEAD_ACTIVATIONS else ("saturated" if act in SATURATING else "")
            for act in self.activations
        ]
        limits = [SATURATING.get(act, (0.0, 0.0)) for act in self.activations]

        # Weakly: the traced function is kept in the cache keyed by this model, and a strong
        # reference from its closure would keep every model the doctor ever looked at alive.
        owner = weakref.ref(model)

        def run(x, y, gradients):  # `gradients` is a Python bool: one trace with, one without
            with tf.GradientTape() as tape:
                *acts, y_pred = extractor(x, training=False)
                loss = owner().compute_loss(x=x, y=y, y_pred=y_pred, training=False) if gradients else None
            grads = (
                tape.gradient(loss, kernels, unconnected_gradients=tf.UnconnectedGradients.ZERO) if gradients else []
            )
            rows = []
            for i, a in enumerate(acts):
                a = tf.reshape(tf.cast(a, tf.float32), [-1, a.shape[-1]])
                std = tf.math.reduce_std(a)
                share = tf.constant(-1.0)
                if kinds[i] == "dead":  # a unit (last axis) never positive, anywhere, on any sample
                    share = tf.reduce_mean(tf.cast(tf.reduce_max(a, axis=0) <= 0, tf.float32))
                elif kinds[i] == "saturated":
                    low, high = limits[i]
                    share = tf.reduce_mean(tf.cast((a < low) | (a > high), tf.float32))
                grad = tf.norm(tf.cast(grads[i], tf.float32)) if gradients else tf.constant(-1.0)
                rows.append(tf.stack([std, share, grad, tf.norm(tf.cast(kernels[i], tf.float32))]))
            return tf.stack(rows) if rows else tf.zeros([0, 4])

        self._fn = tf.function(run, reduce_retracing=True)

    def compute(self, x, y) -> list[LayerHealth]:
        """Runs the compiled call on inputs `x` and targets `y` (None: no gradients)."""
        gradients = self.gradients and y is not None
        table = self._fn(x, y if gradients else import_tensorflow().zeros([0]), gradients).numpy().astype(float)
        found = []
        rows = zip(self.layers, self.activations, self.outputs, table, strict=True)
        for (layer, kernel), act, output, (std, share, grad, norm) in rows:
            dead = share if act in DEAD_ACTIVATIONS else None
            saturated = share if act in SATURATING and not output else None
            found.append(
                LayerHealth(
                    name=layer.name,
                    activation=act,
                    units=_units(layer, kernel),
                    act_std=float(std),
                    dead_fraction=None if dead is None else float(dead),
                    saturated_fraction=None if saturated is None else float(saturated),
                    grad_norm=float(grad) if gradients else None,
                    weight_norm=float(norm),
                )
            )
        return found


def _kernel(layer):
    """The weights the layer's outputs depend on most: the kernel, an RNN cell's input kernel
    (Bidirectional: the forward layer's), an Embedding's vectors; None for other layers."""
    kind = type(layer).__name__
    if kind == "Bidirectional":
        return _kernel(layer.forward_layer)
    if kind in _RECURRENT:
        return getattr(layer.cell, "kernel", None)
    if kind == "Embedding":
        return getattr(layer, "embeddings", None)
    kernel = getattr(layer, "kernel", None)
    return kernel if kernel is not None and hasattr(kernel, "shape") else None


def _units(layer, kernel) -> int:
    """Neurons, filters or an RNN's units (its input kernel holds one block per gate)."""
    if type(layer).__name__ == "Bidirectional":
        return _units(layer.forward_layer, kernel)
    for key in ("units", "filters", "output_dim"):
        value = getattr(layer, key, None)
        if isinstance(value, int):
            return value
    return int(kernel.shape[-1])


def _activation(layer) -> str:
    kind = type(layer).__name__
    if kind == "Bidirectional":
        return _activation(layer.forward_layer)
    if kind == "Embedding":
        return "linear"
    fn = getattr(layer, "activation", None)
    return getattr(fn, "__name__", "linear") if fn is not None else "linear"


def _first(output):
    """A layer with several outputs (an RNN returning its state) is described by its first."""
    return output[0] if isinstance(output, (list, tuple)) else output


def _cut(a, n: int) -> np.ndarray:
    a = np.asarray(a)[:n]
    return a.astype(np.float32) if a.dtype.kind == "f" else a
