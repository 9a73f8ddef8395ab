"""The Pretrained layer in Keras (see playground.core.network.transfer): a small functional model that
resizes small images, turns their pixels into what the ImageNet base expects, and runs the
keras.applications base loaded from the cached weights file — Keras never downloads while
building. Also: which of the base's layers train (fine-tuning), and the weights' download.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from playground.core.data import keras_sets
from playground.core.errors import ExperimentError
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import transfer
from playground.training.data import keras_download
from playground.training.data.keras_download import DownloadFailed, Fetch, Progress
from playground.training.network.serialization import short_error
from playground.training.tf_setup import import_keras


def pretrained_layer(config: dict, input_shape: tuple[int, ...], where: str = "model.layers"):
    """The Keras layer (a functional sub-model named after the layer) for a Pretrained layer's
    `config` ({"application", "fine_tune", "name", "trainable"}) on images of `input_shape`.

    Raises:
        ExperimentError: at `where`, when the weights are not on this computer (the NoWeights
            message, saying how to get them) or cannot be read.
    """
    keras = import_keras()
    application = config.get("application", transfer.NAMES[0])
    name = config.get("name") or "pretrained"
    try:
        path = transfer.check_weights(application, input_shape)
    except transfer.NoWeights as exc:
        raise ExperimentError(where, Message.of("", "{name}: {problem}", name=name, problem=exc.message)) from None
    inputs = keras.Input(tuple(input_shape), name=f"{name}_images")
    x = inputs
    size = transfer.base_shape(input_shape)
    if tuple(size[:2]) != tuple(input_shape[:2]):
        x = keras.layers.Resizing(size[0], size[1], name=f"{name}_resize")(x)
    colours = keras.layers.Conv2D(3, 1, trainable=False, name=f"{name}_preprocess")
    x = colours(x)
    kernel, bias = preprocess_weights(transfer.APPLICATIONS[application].preprocessing, input_shape[-1])
    colours.set_weights([kernel, bias])
    try:
        images = keras.Input(size, name=f"{name}_base_images")  # named: the same config on every build
        base = getattr(keras.applications, application)(
            include_top=False, weights=str(path), input_shape=size, input_tensor=images
        )
    except (OSError, ValueError, KeyError) as exc:  # a damaged or foreign file
        raise ExperimentError(
            where,
            Message(
                QT_TRANSLATE_NOOP(
                    "transfer",
                    "{name}: {path} cannot be read as {application}'s weights ({error}): delete it and "
                    "press Download weights again",
                ),
                name=name,
                path=str(path),
                application=application,
                error=short_error(exc),
            ),
        ) from None
    for inner in base.layers:
        if isinstance(inner, keras.layers.Dropout):
            # EfficientNet's stochastic depth: off, so the base always runs as in inference, like the
            # guide's base(x, training=False) — which a Keras 3 functional model overrides when called.
            inner.rate = 0.0
    model = keras.Model(inputs, base(x), name=name)
    set_fine_tune(model, int(config.get("fine_tune", 0)), config.get("trainable") is not False)
    return model


def preprocess_weights(mode: str, channels: int) -> tuple[np.ndarray, np.ndarray]:
    """Kernel (1, 1, channels, 3) and bias (3,) of the fixed 1×1 convolution that maps [0, 1]
    pixels to the base's input: grey is repeated to three colours, then "tf" gives x·2 − 1,
    "caffe" BGR ×255 minus the ImageNet means, "raw" ×255 (a base that normalises itself)."""
    rgb = np.ones((channels, 3)) if channels == 1 else np.eye(3)
    if mode == "tf":
        kernel, bias = 2 * rgb, -np.ones(3)
    elif mode == "caffe":
        kernel, bias = 255 * rgb[:, ::-1], -np.array(transfer.IMAGENET_MEANS_BGR)
    else:
        kernel, bias = 255 * rgb, np.zeros(3)
    return kernel.reshape(1, 1, channels, 3).astype(np.float32), bias.astype(np.float32)


def base_of(layer):
    """The keras.applications base inside a Pretrained layer."""
    keras = import_keras()
    return next(inner for inner in layer.layers if isinstance(inner, keras.Model))


def set_fine_tune(layer, n: int, trainable: bool = True) -> None:
    """Lets the base's last `n` layers train and freezes the rest (n = 0: all, feature
    extraction); `trainable` False (the layer's own setting) freezes the whole layer. Batch
    normalization stays frozen, so it keeps ImageNet's statistics and runs in inference mode, as
    Keras's transfer-learning guide advises."""
    keras = import_keras()
    base = base_of(layer)
    layer.trainable = True
    base.trainable = True  # sets every sublayer; then each one is chosen
    first = len(base.layers) - max(0, int(n))
    for i, inner in enumerate(base.layers):
        inner.trainable = i >= first and not isinstance(inner, keras.layers.BatchNormalization)
    if n <= 0:
        base.trainable = False
    for inner in layer.layers:
        if inner is not base and inner.weights:  # the fixed preprocessing
            inner.trainable = False
    if not trainable:
        layer.trainable = False


def download_weights(
    application: str,
    input_shape: tuple[int, ...],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Puts the base's ImageNet weights where Keras caches them, checked with Keras's hash; returns
    the path. progress(done_bytes, total_bytes) and cancelled() as keras_download.prepare's.

    Raises:
        DownloadFailed: offline, a stalled or damaged download — the message says what to do.
        DownloadCancelled: cancelled() became true; nothing half-written is left.
    """
    app = transfer.APPLICATIONS[application]
    path = transfer.weights_path(application, input_shape)
    if path.is_file() and keras_download.hash_matches(path, app.md5):
        return path
    job = Fetch(transfer.weights_url(application, input_shape), path, int(app.mb * 1e6), app.md5)

    def failed(job: Fetch, reason: str) -> DownloadFailed:
        return DownloadFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "transfer",
                    "Could not download {application}'s ImageNet weights ({size}) from {host}: {reason}. "
                    "Check the internet connection and try again, or copy {file} into {folder}.",
                ),
                application=application,
                size=keras_sets.size_text(app.mb),
                host=job.url.split("/")[2],
                reason=reason,
                file=path.name,
                folder=str(path.parent),
            )
        )

    keras_download.fetch(
        [job], progress or (lambda done, total: None), cancelled or (lambda: False), failed, application
    )
    return path
