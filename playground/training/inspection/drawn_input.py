"""One input the user made (a digit drawn on the pad, a dropped picture) through the model, in one
compiled call: the class probabilities, every layer's output, the Grad-CAM heatmap for a class (as
`views.Views` computes it for a test sample), and what in the input drives one chosen unit or
filter — the gradient of that unit's mean output with respect to the input pixels.

The pad draws in the pixels' own range, [0, 1] (ink 1, paper 0), as the bundled digits, the shapes
and MNIST come; `input_scaling` gives the affine map the training data went through after that
(standardising, min-max, a mean image subtracted), so the drawing reaches the model scaled alike.
"""

from __future__ import annotations

import numpy as np

from playground.training.inspection.layer_stats import described_layers
from playground.training.inspection.views import _cam_layer
from playground.training.network.model_builder import output_of
from playground.training.tf_setup import import_keras, import_tensorflow


def image_input_shape(model) -> tuple[int, int, int] | None:
    """(height, width, channels) of a one-input model that takes images of 1 or 3 channels; else None."""
    if len(model.inputs) != 1:
        return None
    shape = tuple(model.inputs[0].shape[1:])
    if len(shape) != 3 or shape[-1] not in (1, 3) or not all(shape):
        return None
    return int(shape[0]), int(shape[1]), int(shape[2])


def input_scaling(experiment) -> tuple[np.ndarray, np.ndarray]:
    """(offset, factor): the model sees `offset + factor * pixels` for pixels in [0, 1], as the
    training images were scaled (statistics of the training rows only, as `datasets` fits them)."""
    from playground.core.data import datasets, preprocessing

    cfg = experiment.data
    if cfg.scaling in ("auto", "none"):
        return np.float32(0.0), np.float32(1.0)
    pool = datasets.split_pool(cfg, experiment.seed)
    train = np.asarray(pool.x[pool.parts.train], np.float32)
    zeros = np.zeros((1, *train.shape[1:]), np.float32)
    # Every scaling is affine per pixel: where 0 and 1 land gives the whole map.
    _, low, high = preprocessing.scale(cfg.scaling, train, zeros, zeros + 1)
    return low[0], (high - low)[0]


def final_activation(model) -> str:
    """The name of the last layer's activation ("softmax", "sigmoid", "linear"…)."""
    activation = getattr(model.layers[-1], "activation", None)
    return getattr(activation, "__name__", "linear")


def probabilities_tensor(final, activation: str):
    """(batch, classes) probabilities from the model's output: a softmax output as it is, logits
    through a softmax, one unit as (1 − p, p) (through a sigmoid unless it is one already)."""
    tf = import_tensorflow()
    if final.shape[-1] == 1:
        p = final[:, 0] if activation == "sigmoid" else tf.sigmoid(final[:, 0])
        p = tf.clip_by_value(p, 0.0, 1.0)
        return tf.stack([1.0 - p, p], axis=-1)
    return final if activation == "softmax" else tf.nn.softmax(final, axis=-1)


class DrawnInput:
    """Answers one input (h, w, c), already scaled as the model takes it.

    Args:
        model: the built Keras model (one image input).
        classes: class names (at least two).
    """

    def __init__(self, model, classes) -> None:
        tf = import_tensorflow()
        keras = import_keras()
        self.model = model
        self.classes = tuple(classes)
        self.layers = described_layers(model)
        self.cam_index = _cam_layer(self.layers)
        self.activation = final_activation(model)
        outputs = [output_of(layer) for layer in self.layers]
        extractor_model = keras.Model(model.inputs[0], outputs)
        cam_index, activation, n_layers = self.cam_index, self.activation, len(self.layers)

        def run(x, cls, unit_layer, unit_channel):
            with tf.GradientTape(persistent=True) as tape:
                tape.watch(x)
                outs = tf.nest.flatten(extractor_model(x, training=False))
                probs = probabilities_tensor(outs[-1], activation)
                # −1: the predicted class, found in the same call
                cls = tf.where(cls < 0, tf.argmax(probs[0], output_type=tf.int32), cls)
                score = tf.gather(probs, cls, axis=-1)[0]

                def unit_of(o):
                    last = tf.minimum(unit_channel, o.shape[-1] - 1)
                    return lambda: tf.reduce_mean(tf.gather(o, last, axis=-1))

                unit = tf.switch_case(tf.clip_by_value(unit_layer, 0, n_layers - 1), [unit_of(o) for o in outs])
            cam = tf.zeros([0, 0])
            if cam_index is not None:
                maps = outs[cam_index]
                weights = tf.reduce_mean(tape.gradient(score, maps), axis=(1, 2))
                cam = tf.nn.relu(tf.reduce_sum(maps * weights[:, None, None, :], axis=-1))[0]
                cam = cam / (tf.reduce_max(cam) + 1e-8)
                cam = tf.image.resize(cam[:, :, None], x.shape[1:3])[:, :, 0]
            drive = tf.reduce_max(tf.abs(tape.gradient(unit, x)[0]), axis=-1)
            drive = drive / (tf.reduce_max(drive) + 1e-12)
            return [o[0] for o in outs], probs[0], cam, drive, unit, cls

        self._fn = tf.function(run, reduce_retracing=True)

    def compute(self, x: np.ndarray, cam_class: int = -1, unit: tuple[int, int] | None = None) -> dict:
        """The answer for input `x` (h, w, c) as the model takes it: a dict with the keys of a
        views dict that describe one sample ("probabilities", "prediction", "activations", "cam",
        "cam_class", "cam_layer", "class_names") and "unit", "unit_map" (h, w: how much each pixel
        drives the chosen unit, 0–1; None when no unit is chosen) and "unit_value". `cam_class`
        −1: Grad-CAM for the predicted class."""
        tf = import_tensorflow()
        x = np.asarray(x, np.float32)[None]
        n = len(self.classes)
        layer, channel = unit if unit is not None else (len(self.layers) - 1, 0)
        cls = int(cam_class) if 0 <= int(cam_class) < n else -1
        args = (tf.constant(cls, tf.int32), tf.constant(layer, tf.int32), tf.constant(channel, tf.int32))
        outs, probs, cam, drive, value, cls = self._fn(tf.constant(x), *args)
        probs = probs.numpy().astype(np.float64)
        return {
            "probabilities": probs,
            "prediction": int(np.argmax(probs)),
            "class_names": self.classes,
            "activations": [
                (lay.name, type(lay).__name__, o.numpy()) for lay, o in zip(self.layers, outs, strict=True)
            ],
            "cam": None if self.cam_index is None else cam.numpy(),
            "cam_class": int(cls),
            "cam_layer": "" if self.cam_index is None else self.layers[self.cam_index].name,
            "unit": None if unit is None else (int(layer), int(channel)),
            "unit_map": None if unit is None else drive.numpy(),
            "unit_value": None if unit is None else float(value.numpy()),
        }
