"""What the "Inside the network" view shows, computed by one compiled call per refresh: every
layer's output for the probe sample, a Grad-CAM heatmap for a chosen class, and the predicted
class of every test sample (for the confusion matrix and the sample browser). Per-layer statistics
(see `layer_stats`) come from a second compiled call on the first test samples. Conv kernels are
read from the weights as they are.

Grad-CAM (Selvaraju et al. 2017): the gradient of the class score with respect to the last
convolutional feature maps, averaged over each map, weights the maps; their weighted sum, made
positive and scaled to the input, shows where the model looked.
"""

from __future__ import annotations

import numpy as np

from playground.training.inspection.layer_stats import MAX_SAMPLES, LayerStats, described_layers
from playground.training.network.model_builder import output_of
from playground.training.tf_setup import import_keras, import_tensorflow


class Views:
    """Computes the views' arrays for a single-input model.

    Args:
        model: the built Keras model.
        test_x: the test inputs, as the model takes them.
        test_labels: class numbers (n,) for classification; None for regression.
        classes: class names (empty for regression).
        sigmoid_threshold: for a one-unit output: the score above which it means class 1.
        test_targets: the test targets as the model is trained on them, for the per-layer gradients;
            None leaves the gradients out.
    """

    def __init__(
        self,
        model,
        test_x: np.ndarray,
        test_labels: np.ndarray | None,
        classes,
        sigmoid_threshold=0.5,
        *,
        test_targets=None,
    ):
        tf = import_tensorflow()
        keras = import_keras()
        self.classes = tuple(classes)
        self.test_x = np.asarray(test_x, np.float32)
        self.labels = None if test_labels is None else np.asarray(test_labels).astype(int).ravel()
        self.threshold = float(sigmoid_threshold)
        self.layers = described_layers(model)
        self.cam_index = _cam_layer(self.layers) if self.classes else None  # a class to look for
        outputs = [output_of(layer) for layer in self.layers]
        model_of_outputs = keras.Model(model.inputs[0], outputs)  # one input: not a list (Keras warns)

        def extractor(x, training):  # a list even for one layer, which Keras would return bare
            return tf.nest.flatten(model_of_outputs(x, training=training))

        self._test = tf.constant(self.test_x)
        image_like = self.test_x.ndim == 4
        cam_index = self.cam_index

        def run(x, cls):
            with tf.GradientTape() as tape:
                outs = extractor(x, training=False)
                final = outs[-1]
                if final.shape[-1] == 1:  # one unit: class 1 up, class 0 down
                    score = tf.where(cls == 1, final[:, 0], -final[:, 0])
                else:
                    score = tf.gather(final, cls, axis=-1)
            cam = tf.zeros([0, 0])
            if cam_index is not None:
                maps = outs[cam_index]
                grads = tape.gradient(score, maps)
                weights = tf.reduce_mean(grads, axis=(1, 2))
                cam = tf.nn.relu(tf.reduce_sum(maps * weights[:, None, None, :], axis=-1))[0]
                cam = cam / (tf.reduce_max(cam) + 1e-8)
                if image_like:
                    cam = tf.image.resize(cam[:, :, None], x.shape[1:3])[:, :, 0]
            predicted = extractor(self._test, training=False)[-1]
            return [o[0] for o in outs], cam, predicted

        self._fn = tf.function(run, reduce_retracing=True)
        self.stats = LayerStats(model, self.test_x[:MAX_SAMPLES], test_targets)

    def compute(self, probe_index: int, cam_class: int = 0, epoch: int = 0) -> dict:
        """The views dict (numpy only) for test sample `probe_index`."""
        tf = import_tensorflow()
        i = int(np.clip(probe_index, 0, len(self.test_x) - 1))
        cls = int(np.clip(cam_class, 0, max(0, len(self.classes) - 1)))
        outs, cam, predicted = self._fn(tf.constant(self.test_x[i : i + 1]), tf.constant(cls))
        outs = [o.numpy() for o in outs]
        scores = predicted.numpy()
        predictions = self._classes_of(scores)
        probabilities = _probabilities(outs[-1])
        views = {
            "epoch": int(epoch),
            "probe_index": i,
            "image": self.test_x[i] if self.test_x.ndim == 4 else None,
            "label": None if self.labels is None else int(self.labels[i]),
            "prediction": None if predictions is None else int(predictions[i]),
            "probabilities": probabilities,
            "class_names": self.classes,
            "activations": [
                (layer.name, type(layer).__name__, out) for layer, out in zip(self.layers, outs, strict=True)
            ],
            "filters": self.filters(),
            "cam": None if self.cam_index is None else cam.numpy(),
            "cam_class": cls,
            "cam_layer": "" if self.cam_index is None else self.layers[self.cam_index].name,
            "confusion": None,
            "test_predictions": predictions,
            "stats": self.stats.compute(),
        }
        if predictions is not None and self.labels is not None:
            from sklearn.metrics import confusion_matrix

            views["confusion"] = confusion_matrix(self.labels, predictions, labels=range(len(self.classes)))
        return views

    def filters(self) -> list[tuple[str, np.ndarray]]:
        """(layer name, kernel (kh, kw, in, out)) of each convolution; a Conv1D kernel (k, in,
        out) is shown as one row of width k."""
        found = []
        for layer in self.layers:
            kind = type(layer).__name__
            if kind in ("Conv2D", "Conv1D") and getattr(layer, "kernel", None) is not None:
                kernel = np.asarray(layer.kernel.numpy())
                found.append((layer.name, kernel if kind == "Conv2D" else kernel[None]))
        return found

    def _classes_of(self, scores: np.ndarray) -> np.ndarray | None:
        if not self.classes:
            return None
        if scores.shape[-1] == 1:
            return (scores[:, 0] > self.threshold).astype(int)
        return scores.argmax(axis=-1)


class Budget:
    """When to refresh the views while training: at most every `min_seconds`, and so rarely that
    computing them takes at most `share` of the time — training keeps ≥ 1 − share of its speed
    however costly the model's views are."""

    def __init__(self, min_seconds: float = 0.2, share: float = 0.05):
        self.min_seconds, self.share = min_seconds, share
        self.last, self.cost = -1e9, 0.0

    def due(self, now: float) -> bool:
        return now - self.last >= max(self.min_seconds, self.cost / self.share)

    def spent(self, start: float, end: float) -> None:
        self.cost, self.last = end - start, end


def _probabilities(final: np.ndarray) -> np.ndarray:
    final = np.asarray(final, np.float64).ravel()
    if final.size == 1:
        p = float(np.clip(final[0], 0, 1))
        return np.array([1 - p, p])
    return final


def _cam_layer(layers) -> int | None:
    """The last layer with spatial feature maps (batch, h, w, channels) before the maps are
    flattened or pooled away: where Grad-CAM looks."""
    found = None
    for i, layer in enumerate(layers):
        shape = getattr(layer, "output", None)
        shape = getattr(shape, "shape", ())
        if len(shape) == 4 and shape[1] and shape[1] > 1:
            found = i
    return found
