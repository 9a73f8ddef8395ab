"""Pretrained convolutional bases from keras.applications, as in Chollet's "Deep Learning with
Python": first feature extraction (the ImageNet base frozen, a new head trained on its features),
then fine-tuning (the base's top layers unfrozen, at a low learning rate).

This module knows each base without TensorFlow: its output shape, its parameter count, its
preprocessing, and the ImageNet weights file Keras would download for it (include_top=False),
which the playground keeps where Keras does, keras_home()/"models". The numbers are checked
against Keras in tests/training/network/test_transfer.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from playground.core.data import keras_sets
from playground.core.i18n import QT_TRANSLATE_NOOP, Message

KIND = "Pretrained"
MIN_SIZE = 32  # keras.applications refuse smaller images; smaller ones are resized up to it
_GOOGLE = "https://storage.googleapis.com/"


@dataclass(frozen=True)
class Application:
    """One keras.applications base with include_top=False and no pooling.

    preprocessing: how pixels in [0, 1] become what the base was trained on — "tf": x·2 − 1;
    "caffe": RGB → BGR, ×255, minus the ImageNet channel means; "raw": ×255 (the base normalises
    itself).
    """

    name: str
    channels: int  # feature maps of the last layer
    params: int  # Keras's count_params() of the base
    layers: int  # len(base.layers), the InputLayer included
    pooling: str  # how the five halvings round odd sizes: "ceil" (strided convs) or "floor" (max pools)
    preprocessing: str
    folder: str  # URL of the weights' folder
    file: str  # the weights file; "{rows}" is filled in for MobileNetV2
    md5: str  # the hash Keras checks ("" where it checks none)
    mb: float  # download size
    sizes: tuple[int, ...] = ()  # square sizes with their own weights file (else the largest)

    def file_name(self, base_shape: tuple[int, ...]) -> str:
        """Keras's name for the weights of a base that takes `base_shape` (h, w, 3)."""
        if not self.sizes:
            return self.file
        h, w = base_shape[:2]
        rows = h if h == w and h in self.sizes else self.sizes[-1]
        return self.file.format(rows=rows)


APPLICATIONS: dict[str, Application] = {
    app.name: app
    for app in (
        Application(
            "MobileNetV2", 1280, 2_257_984, 154, "ceil", "tf",
            _GOOGLE + "tensorflow/keras-applications/mobilenet_v2/",
            "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_{rows}_no_top.h5", "", 9.4,
            sizes=(96, 128, 160, 192, 224),
        ),
        Application(
            "ResNet50", 2048, 23_587_712, 175, "ceil", "caffe",
            _GOOGLE + "tensorflow/keras-applications/resnet/",
            "resnet50_weights_tf_dim_ordering_tf_kernels_notop.h5", "4d473c1dd8becc155b73f8504c6f6626", 94.8,
        ),
        Application(
            "VGG16", 512, 14_714_688, 19, "floor", "caffe",
            _GOOGLE + "tensorflow/keras-applications/vgg16/",
            "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5", "6d6bbae143d832006294945121d1f1fc", 58.9,
        ),
        Application(
            "EfficientNetB0", 1280, 4_049_571, 237, "ceil", "raw",
            _GOOGLE + "keras-applications/",
            "efficientnetb0_notop.h5", "50bc09e76180e00e4465e1a485ddc09d", 16.7,
        ),
    )
}  # fmt: skip
NAMES = tuple(APPLICATIONS)
IMAGENET_MEANS_BGR = (103.939, 116.779, 123.68)  # what "caffe" preprocessing subtracts


class NoWeights(ValueError):
    """The ImageNet weights a Pretrained layer needs are not in Keras's cache."""

    def __init__(self, application: str, input_shape: tuple[int, ...]):
        app = APPLICATIONS[application]
        path = weights_path(application, input_shape)
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "transfer",
                    "{name}'s ImageNet weights are not on this computer: press Download weights in the layer's "
                    "properties (about {mb:.0f} MB), or copy {file} into {folder}.",
                ),
                name=app.name,
                mb=app.mb,
                file=path.name,
                folder=str(path.parent),
            )
        )
        self.message: Message = self.args[0]
        self.application = application
        self.path = path


def base_shape(input_shape: tuple[int, ...]) -> tuple[int, int, int]:
    """What the base itself takes: the images resized up to MIN_SIZE where smaller, in colour."""
    h, w = input_shape[:2]
    return max(h, MIN_SIZE), max(w, MIN_SIZE), 3


def output_shape(application: str, input_shape: tuple[int, ...]) -> tuple[int, int, int]:
    """The base's last feature maps (h', w', channels) for images of `input_shape`."""
    app = APPLICATIONS[application]
    halve = (lambda n: math.ceil(n / 2)) if app.pooling == "ceil" else (lambda n: n // 2)
    sizes = []
    for n in base_shape(input_shape)[:2]:
        for _ in range(5):
            n = halve(n)
        sizes.append(n)
    return sizes[0], sizes[1], app.channels


def param_count(application: str, input_shape: tuple[int, ...]) -> int:
    """Keras's count_params() of the whole layer: the base and the fixed 1×1 convolution that
    turns the input's channels into the base's preprocessed colours."""
    return APPLICATIONS[application].params + 3 * input_shape[-1] + 3


def weights_path(application: str, input_shape: tuple[int, ...]) -> Path:
    """Where Keras caches the weights the layer loads (keras_home()/models/<Keras's file name>)."""
    return keras_sets.keras_home() / "models" / APPLICATIONS[application].file_name(base_shape(input_shape))


def weights_url(application: str, input_shape: tuple[int, ...]) -> str:
    app = APPLICATIONS[application]
    return app.folder + app.file_name(base_shape(input_shape))


def has_weights(application: str, input_shape: tuple[int, ...]) -> bool:
    path = weights_path(application, input_shape)
    return path.is_file() and path.stat().st_size > 0


def check_weights(application: str, input_shape: tuple[int, ...]) -> Path:
    """The weights file's path; raises NoWeights when it is not there."""
    if not has_weights(application, input_shape):
        raise NoWeights(application, input_shape)
    return weights_path(application, input_shape)


def only_fine_tune_differs(before: list[dict], after: list[dict]) -> bool:
    """Whether the two layer lists differ, and only in the fine_tune of Pretrained layers: the
    book's second step, which continues from the trained weights instead of starting again."""
    if before == after or len(before) != len(after):
        return False

    def without_fine_tune(layer: dict) -> dict:
        if layer.get("class_name") != KIND:
            return layer
        return {**layer, "config": {k: v for k, v in layer.get("config", {}).items() if k != "fine_tune"}}

    return all(without_fine_tune(a) == without_fine_tune(b) for a, b in zip(before, after, strict=True))
