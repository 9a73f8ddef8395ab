"""What excites a convolution filter: the input that a filter responds to most, found by gradient
ascent on the input (Chollet, Deep Learning with Python, "Visualizing convnet filters").

Starting from a grey image with a little noise, each step moves the input along the gradient of the
filter's mean response. The gradient is normalised to unit RMS per pixel, so `step_size` is how far
each pixel moves per step whatever the gradient's scale. All filters climb at once, one image per
filter in one batch, inside one compiled loop.

The response climbed is the filter's output before its activation: a ReLU filter that is off
everywhere on the start image has a zero gradient there and would never move.
"""

from __future__ import annotations

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.training.tf_setup import import_keras, import_tensorflow

STEP_SIZE = 0.02  # per pixel and step; the playground's images lie in [0, 1]
GREY, NOISE = 0.5, 0.1


def patterns(
    model, layer_name: str, count: int = 16, steps: int = 40, step_size: float = STEP_SIZE, seed: int = 0
) -> np.ndarray:
    """(min(count, filters), h, w, c) inputs that excite the first filters of Conv2D `layer_name`,
    each scaled to [0, 1] for display (mean at grey, ±2 standard deviations to black and white)."""
    _, found = ascend(model, layer_name, count, steps, step_size, seed)
    return display(found)


def ascend(
    model, layer_name: str, count: int = 16, steps: int = 40, step_size: float = STEP_SIZE, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """(start, patterns): the inputs before and after the ascent, as the model takes them; image k
    climbs filter k's mean response."""
    tf = import_tensorflow()
    layer = _conv2d(model, layer_name)
    n = max(1, min(int(count), layer.filters))
    shape = tuple(model.inputs[0].shape[1:])
    rng = np.random.default_rng(seed)
    start = (GREY + rng.uniform(-NOISE, NOISE, (n, *shape))).astype(np.float32)
    found = _compiled(model, layer_name)(tf.constant(start), tf.constant(int(steps)), tf.constant(float(step_size)))
    return start, found.numpy()


def responses(model, layer_name: str, x: np.ndarray) -> np.ndarray:
    """(n, filters): each filter's mean output (after its activation) on each input."""
    keras = import_keras()
    layer = _conv2d(model, layer_name)
    out = keras.Model(model.inputs[0], layer.output)(np.asarray(x, np.float32), training=False)
    axes = (1, 2) if layer.data_format == "channels_last" else (2, 3)
    return np.asarray(out).mean(axis=axes)


def display(x: np.ndarray) -> np.ndarray:
    """Each image centred on grey with ±2 standard deviations spread to [0, 1]."""
    x = np.nan_to_num(np.asarray(x, np.float32))
    axes = tuple(range(1, x.ndim))
    mean, std = x.mean(axis=axes, keepdims=True), x.std(axis=axes, keepdims=True)
    return np.clip(0.5 + (x - mean) / (4 * np.where(std > 0, std, 1.0)), 0.0, 1.0)


def _conv2d(model, layer_name: str):
    keras = import_keras()
    try:
        layer = model.get_layer(layer_name)
    except ValueError:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("filter_patterns", "The model has no layer named {name!r}."), name=layer_name)
        ) from None
    if not isinstance(layer, keras.layers.Conv2D):
        kind = type(layer).__name__
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "filter_patterns",
                    "{name!r} is a {kind} layer, not a Conv2D: only convolution filters have patterns.",
                ),
                name=layer_name,
                kind=kind,
            )
        )
    return layer


_cache: dict = {}


def _compiled(model, layer_name: str):
    """The compiled ascent for one layer of the current model. Only one model's functions are kept:
    a new run's model drops the old ones (and the old model with them, which may be large)."""
    if any(m is not model for m, _ in _cache):
        _cache.clear()
    key = (model, layer_name)
    if key not in _cache:
        _cache[key] = _compile(model, layer_name)
    return _cache[key]


def _compile(model, layer_name: str):
    tf = import_tensorflow()
    keras = import_keras()
    layer = model.get_layer(layer_name)
    feed = keras.Model(model.inputs[0], layer.input)  # what reaches the layer
    last = layer.data_format == "channels_last"
    spatial = (1, 2) if last else (2, 3)
    bias_shape = (1, 1, 1, -1) if last else (1, -1, 1, 1)

    def score(x, pick):
        z = layer.convolution_op(feed(x, training=False), layer.kernel)
        if layer.use_bias:
            z = z + tf.reshape(layer.bias, bias_shape)
        return tf.reduce_sum(tf.reduce_mean(z, axis=spatial) * pick)  # filter k on image k

    def run(x, steps, step_size):
        pick = tf.one_hot(tf.range(tf.shape(x)[0]), layer.filters)
        axes = list(range(1, len(x.shape)))

        def step(i, x):
            with tf.GradientTape() as tape:
                tape.watch(x)
                s = score(x, pick)
            g = tape.gradient(s, x)
            rms = tf.sqrt(tf.reduce_mean(tf.square(g), axis=axes, keepdims=True))
            return i + 1, x + step_size * g / (rms + 1e-12)

        # An explicit while_loop, not AutoGraph: AutoGraph needs the source file as it was imported.
        return tf.while_loop(lambda i, x: i < steps, step, (tf.constant(0), x))[1]

    return tf.function(run, reduce_retracing=True, autograph=False)
