"""Per-layer statistics on a batch of test samples: how large each layer's outputs, weights and
gradients are.

They show what the initialisation scale does to a deep network (Glorot & Bengio 2010): with weights
too small the activations shrink layer after layer until the last ones carry nothing, and the
gradients vanish with them; too large and tanh units saturate at ±1. ReLU units that are never
positive on any sample ("dead") are counted too.

Activations, loss and gradients come from one compiled call, built once per model.
"""

from __future__ import annotations

import numpy as np

from playground.training.network.model_builder import output_of
from playground.training.tf_setup import import_keras, import_tensorflow

MAX_SAMPLES = 128
BINS = 30
_SKIP = ("InputLayer",)


class LayerStats:
    """Statistics of every layer (but the inputs) on one fixed batch.

    Args:
        model: the built Keras model (compiled, for the gradients).
        x_batch: up to MAX_SAMPLES samples as the model takes them (more are cut).
        y_batch: the matching targets as the model is trained on them, or None for no gradients.
            Models with several outputs get no gradients either.
    """

    def __init__(self, model, x_batch, y_batch=None):
        tf = import_tensorflow()
        keras = import_keras()
        self.model = model
        self.layers = described_layers(model)
        self._weights = [_weights_of(layer) for layer in self.layers]
        relu = [_is_relu(layer) for layer in self.layers]
        inputs = model.inputs[0] if len(model.inputs) == 1 else model.inputs  # one input: not a list (Keras warns)
        outputs = [_first(output_of(layer)) for layer in self.layers]
        extractor = keras.Model(inputs, [*outputs, model.outputs[0]])
        self._x = tf.nest.map_structure(lambda a: tf.constant(_cut(a)), x_batch)
        compiled = bool(getattr(model, "compiled", False)) and getattr(model, "loss", None) is not None
        self.gradients = y_batch is not None and len(model.outputs) == 1 and compiled
        self._y = tf.constant(_cut(y_batch)) if self.gradients else tf.zeros([0])
        variables = [v for ws in self._weights for v in ws]
        sizes = [len(ws) for ws in self._weights]
        with_grads = self.gradients

        def run(x, y):
            with tf.GradientTape() as tape:
                # Inference mode: batch norm must not update its moving statistics, dropout must not
                # make every refresh different.
                *acts, y_pred = extractor(x, training=False)
                loss = model.compute_loss(x=x, y=y, y_pred=y_pred) if with_grads else None
            moments = []
            for a, is_relu in zip(acts, relu, strict=True):
                a = tf.cast(a, tf.float32)
                mean, var = tf.nn.moments(tf.reshape(a, [-1]), axes=[0])
                dead = tf.constant(-1.0)
                if is_relu:  # a unit (last axis) is dead if it is never positive, anywhere, on any sample
                    peak = tf.reduce_max(tf.reshape(a, [-1, a.shape[-1]]), axis=0)
                    dead = tf.reduce_mean(tf.cast(peak <= 0, tf.float32))
                moments.append(tf.stack([mean, tf.sqrt(var), dead]))
            grads = []
            if with_grads and variables:
                grads = tape.gradient(loss, variables, unconnected_gradients=tf.UnconnectedGradients.ZERO)
            weights, layer_grads, start = [], [], 0
            for size in sizes:
                weights.append(_flat(tf, variables[start : start + size]))
                layer_grads.append(_flat(tf, grads[start : start + size]) if grads else tf.zeros([0]))
                start += size
            return tf.stack(moments), weights, layer_grads

        self._fn = tf.function(run)

    def compute(self) -> list[dict]:
        """One dict per layer, in model order: see the module doc string and `Views`."""
        moments, weights, grads = self._fn(self._x, self._y)
        moments = moments.numpy()
        rows = []
        for i, layer in enumerate(self.layers):
            mean, std, dead = (float(v) for v in moments[i])
            w = weights[i].numpy() if self._weights[i] else None
            g = grads[i].numpy() if self._weights[i] and self.gradients else None
            rows.append(
                {
                    "name": layer.name,
                    "kind": type(layer).__name__,
                    "act_mean": mean,
                    "act_std": std,
                    "weights": None if w is None else histogram(w),
                    "gradients": None if g is None else histogram(g),
                    "grad_norm": None if g is None else float(np.linalg.norm(g)),
                    "weight_std": None if w is None else float(np.std(w)),
                    "dead": None if dead < 0 else dead,
                }
            )
        return rows


def described_layers(model) -> list:
    """The layers the views describe: every one but the inputs."""
    return [layer for layer in model.layers if type(layer).__name__ not in _SKIP]


def histogram(values: np.ndarray, bins: int = BINS) -> tuple[np.ndarray, np.ndarray]:
    """(counts, edges) of the finite values: a diverged model must not break the view."""
    values = np.asarray(values, np.float64).ravel()
    return np.histogram(values[np.isfinite(values)], bins=bins)


def _weights_of(layer) -> list:
    """The kernel, the weights that learn the most; else all trainable weights (batch norm's scale
    and offset, an embedding, an LSTM's kernels)."""
    kernel = getattr(layer, "kernel", None)
    trainable = list(layer.trainable_weights)
    if kernel is not None and any(kernel is w for w in trainable):
        return [kernel]
    return trainable


def _is_relu(layer) -> bool:
    if type(layer).__name__ == "ReLU":
        return True
    return getattr(getattr(layer, "activation", None), "__name__", "") == "relu"


def _first(output):
    """A layer with several outputs (an RNN returning its state) is described by its first."""
    return output[0] if isinstance(output, (list, tuple)) else output


def _cut(a) -> np.ndarray:
    return np.asarray(a, np.float32)[:MAX_SAMPLES]


def _flat(tf, tensors) -> object:
    return tf.concat([tf.reshape(tf.cast(t, tf.float32), [-1]) for t in tensors], axis=0) if tensors else tf.zeros([0])
