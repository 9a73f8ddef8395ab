"""The layer palette: every layer the editor offers, its Keras arguments with defaults, ranges and
tooltips, and a new layer made from them. The property panel is built from these specs, new layers
start from their defaults, and `layer_configs` checks the experiment file's layer configs against
them (without TensorFlow).
"""

from __future__ import annotations

import re
from typing import Any

from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.core.network import transfer
from playground.core.network.layer_params import LayerSpec, Param

# The palette's families (shown translated; the English name is the key).
_CORE = QT_TRANSLATE_NOOP("layers", "Core")
_REGULARISATION = QT_TRANSLATE_NOOP("layers", "Regularisation")
_CONVOLUTION = QT_TRANSLATE_NOOP("layers", "Convolution")
_POOLING = QT_TRANSLATE_NOOP("layers", "Pooling")
_RESHAPING = QT_TRANSLATE_NOOP("layers", "Reshaping")
_RECURRENT = QT_TRANSLATE_NOOP("layers", "Recurrent")
_MERGING = QT_TRANSLATE_NOOP("layers", "Merging")
_PREPROCESSING = QT_TRANSLATE_NOOP("layers", "Preprocessing")
_AUGMENTATION = QT_TRANSLATE_NOOP("layers", "Augmentation")
_TRANSFER = QT_TRANSLATE_NOOP("layers", "Transfer")
_INPUTS = QT_TRANSLATE_NOOP("layers", "Inputs")


_UNITS_TIP = QT_TRANSLATE_NOOP("layers", "Output size: neurons in this layer")
_ACT_TIP = QT_TRANSLATE_NOOP("layers", "Applied to the layer's output")


def _units(default, tip=_UNITS_TIP):
    return Param("units", "int", default, tip, 1, 4096)


def _act(default, tip=_ACT_TIP):
    return Param("activation", "activation", default, tip)


_PADDING = Param(
    "padding",
    "choice",
    "valid",
    QT_TRANSLATE_NOOP("layers", "valid: no padding, the output shrinks; same: zero padding keeps the size"),
    choices=("valid", "same"),
)


def _conv(dims):
    return LayerSpec(
        _CONVOLUTION,
        QT_TRANSLATE_NOOP("layers", "Slides 2-D filters over the input; each filter makes one feature map")
        if dims == 2
        else QT_TRANSLATE_NOOP("layers", "Slides 1-D filters over the input; each filter makes one feature map"),
        (
            Param(
                "filters",
                "int",
                16 if dims == 2 else 32,
                QT_TRANSLATE_NOOP("layers", "Number of filters (output channels)"),
                1,
                1024,
            ),
            Param("kernel_size", "size", 3, QT_TRANSLATE_NOOP("layers", "Filter size"), 1, 64, dims=dims),
            Param("strides", "size", 1, QT_TRANSLATE_NOOP("layers", "Step between filter positions"), 1, 16, dims=dims),
            _PADDING,
            _act("relu"),
        ),
        weighted=True,
    )


_KEEPS = {
    "maximum": QT_TRANSLATE_NOOP("layers", "Keeps the maximum of each window, shrinking the feature maps"),
    "average": QT_TRANSLATE_NOOP("layers", "Keeps the average of each window, shrinking the feature maps"),
}


def _pool(dims, kind):
    return LayerSpec(
        _POOLING,
        _KEEPS[kind],
        (
            Param("pool_size", "size", 2, QT_TRANSLATE_NOOP("layers", "Window size"), 1, 64, dims=dims),
            Param(
                "strides",
                "size",
                None,
                QT_TRANSLATE_NOOP("layers", "Step between windows; empty means the pool size"),
                1,
                64,
                dims=dims,
            ),
            _PADDING,
        ),
    )


def _rnn(kind, tip):
    return LayerSpec(
        _RECURRENT,
        tip,
        (
            _units(32, QT_TRANSLATE_NOOP("layers", "Size of the hidden state")),
            _act("tanh"),
            Param(
                "return_sequences",
                "bool",
                False,
                QT_TRANSLATE_NOOP("layers", "Output every time step (needed before another RNN layer)"),
            ),
            Param(
                "dropout",
                "float",
                0.0,
                QT_TRANSLATE_NOOP("layers", "Fraction of the inputs dropped while training"),
                0,
                0.95,
            ),
            Param(
                "recurrent_dropout",
                "float",
                0.0,
                QT_TRANSLATE_NOOP("layers", "Fraction of the recurrent state dropped while training"),
                0,
                0.95,
            ),
        ),
        weighted=True,
        recurrent=True,
    )


_FACTOR = QT_TRANSLATE_NOOP("layers", "Fraction of the range, e.g. 0.1; applied at random, only while training")

# What BatchNormalization and LayerNormalization share.
_NORMALISATION = (
    Param(
        "epsilon",
        "float",
        0.001,
        QT_TRANSLATE_NOOP("layers", "Added to the variance to avoid dividing by 0"),
        1e-7,
        1,
    ),
    Param("center", "bool", True, QT_TRANSLATE_NOOP("layers", "Learn an offset (beta)")),
    Param("scale", "bool", True, QT_TRANSLATE_NOOP("layers", "Learn a scale (gamma)")),
)

SPECS: dict[str, LayerSpec] = {
    "Dense": LayerSpec(
        _CORE,
        QT_TRANSLATE_NOOP("layers", "Every input connects to every neuron"),
        (_units(32), _act("relu")),
        weighted=True,
    ),
    "Activation": LayerSpec(
        _CORE,
        QT_TRANSLATE_NOOP("layers", "Applies an activation function on its own"),
        (_act("relu"),),
    ),
    "Dropout": LayerSpec(
        _REGULARISATION,
        QT_TRANSLATE_NOOP("layers", "Sets a random fraction of inputs to 0 while training (not when predicting)"),
        (Param("rate", "float", 0.5, QT_TRANSLATE_NOOP("layers", "Fraction of inputs dropped"), 0, 0.95),),
    ),
    "BatchNormalization": LayerSpec(
        _REGULARISATION,
        QT_TRANSLATE_NOOP("layers", "Normalises each channel over the batch; learns a scale and offset"),
        (
            Param(
                "momentum",
                "float",
                0.99,
                QT_TRANSLATE_NOOP("layers", "How slowly the moving mean and variance follow the batches"),
                0,
                0.9999,
            ),
            *_NORMALISATION,
        ),
    ),
    "LayerNormalization": LayerSpec(
        _REGULARISATION,
        QT_TRANSLATE_NOOP("layers", "Normalises each sample over its features"),
        (*_NORMALISATION,),
    ),
    "Conv1D": _conv(1),
    "Conv2D": _conv(2),
    "MaxPooling1D": _pool(1, "maximum"),
    "MaxPooling2D": _pool(2, "maximum"),
    "AveragePooling1D": _pool(1, "average"),
    "AveragePooling2D": _pool(2, "average"),
    "GlobalAveragePooling1D": LayerSpec(
        _POOLING, QT_TRANSLATE_NOOP("layers", "Averages over time: one value per channel")
    ),
    "GlobalAveragePooling2D": LayerSpec(
        _POOLING,
        QT_TRANSLATE_NOOP("layers", "Averages each feature map: one value per channel"),
    ),
    "GlobalMaxPooling2D": LayerSpec(
        _POOLING,
        QT_TRANSLATE_NOOP("layers", "The maximum of each feature map: one value per channel"),
    ),
    "Flatten": LayerSpec(
        _RESHAPING,
        QT_TRANSLATE_NOOP("layers", "Lays the input out as one long vector (for Dense layers)"),
    ),
    "Reshape": LayerSpec(
        _RESHAPING,
        QT_TRANSLATE_NOOP("layers", "Gives the same values a new shape"),
        (
            Param(
                "target_shape",
                "shape",
                (-1, 1),
                QT_TRANSLATE_NOOP("layers", "New shape without the batch axis; -1 once means 'the rest'"),
            ),
        ),
    ),
    "SimpleRNN": _rnn("SimpleRNN", QT_TRANSLATE_NOOP("layers", "The simplest recurrent layer: forgets quickly")),
    "LSTM": _rnn(
        "LSTM", QT_TRANSLATE_NOOP("layers", "Long short-term memory: gates decide what to keep over long sequences")
    ),
    "GRU": _rnn("GRU", QT_TRANSLATE_NOOP("layers", "Gated recurrent unit: like LSTM with fewer weights")),
    "Bidirectional": LayerSpec(
        _RECURRENT,
        QT_TRANSLATE_NOOP("layers", "Runs a recurrent layer forwards and backwards over the sequence"),
        (
            Param(
                "layer",
                "recurrent",
                {"class_name": "LSTM", "config": {"units": 16}},
                QT_TRANSLATE_NOOP("layers", "The recurrent layer"),
            ),
            Param(
                "merge_mode",
                "choice",
                "concat",
                QT_TRANSLATE_NOOP("layers", "How the two directions are joined"),
                choices=("concat", "sum", "mul", "ave"),
            ),
        ),
    ),
    "Embedding": LayerSpec(
        _RECURRENT,
        QT_TRANSLATE_NOOP("layers", "Turns word numbers into learned vectors"),
        (
            Param(
                "input_dim",
                "int",
                100,
                QT_TRANSLATE_NOOP("layers", "Vocabulary size: the largest word number + 1"),
                2,
                100000,
            ),
            Param("output_dim", "int", 16, QT_TRANSLATE_NOOP("layers", "Length of each word vector"), 1, 1024),
            Param(
                "embeddings_initializer",
                "initializer",
                "random_uniform",
                QT_TRANSLATE_NOOP("layers", "How the vectors start"),
            ),
        ),
    ),
    "Add": LayerSpec(
        _MERGING,
        QT_TRANSLATE_NOOP("layers", "Adds its inputs (same shapes): a residual or shortcut connection"),
    ),
    "Concatenate": LayerSpec(
        _MERGING,
        QT_TRANSLATE_NOOP("layers", "Joins its inputs along an axis"),
        (
            Param(
                "axis", "int", -1, QT_TRANSLATE_NOOP("layers", "Axis to join along (-1: the last, the channels)"), -4, 4
            ),
        ),
    ),
    "Rescaling": LayerSpec(
        _PREPROCESSING,
        QT_TRANSLATE_NOOP("layers", "Multiplies by a scale and adds an offset, e.g. 1/255 for pixels"),
        (
            Param("scale", "float", 1.0, QT_TRANSLATE_NOOP("layers", "Multiplier"), -1e6, 1e6),
            Param("offset", "float", 0.0, QT_TRANSLATE_NOOP("layers", "Added after scaling"), -1e6, 1e6),
        ),
    ),
    "RandomFlip": LayerSpec(
        _AUGMENTATION,
        QT_TRANSLATE_NOOP("layers", "Flips images at random while training"),
        (
            Param(
                "mode",
                "choice",
                "horizontal",
                QT_TRANSLATE_NOOP("layers", "Which flips"),
                choices=("horizontal", "vertical", "horizontal_and_vertical"),
            ),
        ),
    ),
    "RandomRotation": LayerSpec(
        _AUGMENTATION,
        QT_TRANSLATE_NOOP("layers", "Rotates images at random while training"),
        (
            Param(
                "factor",
                "float",
                0.1,
                QT_TRANSLATE_NOOP("layers", "Fraction of a full turn, e.g. 0.1 = up to ±36°"),
                0,
                1,
            ),
        ),
    ),
    "RandomZoom": LayerSpec(
        _AUGMENTATION,
        QT_TRANSLATE_NOOP("layers", "Zooms images in or out at random while training"),
        (Param("height_factor", "float", 0.1, _FACTOR, -0.99, 1),),
    ),
    "RandomTranslation": LayerSpec(
        _AUGMENTATION,
        QT_TRANSLATE_NOOP("layers", "Shifts images at random while training"),
        (
            Param("height_factor", "float", 0.1, _FACTOR, 0, 1),
            Param("width_factor", "float", 0.1, _FACTOR, 0, 1),
        ),
    ),
    transfer.KIND: LayerSpec(
        _TRANSFER,
        QT_TRANSLATE_NOOP(
            "layers",
            "A convolutional base trained on ImageNet (keras.applications, include_top=False), as in "
            "Chollet's Deep Learning with Python. Step 1, feature extraction: keep the base frozen "
            "(fine_tune 0) and train a new head after it (GlobalAveragePooling2D, Dropout, Dense). "
            "Step 2, fine-tuning: once the head has learned, unfreeze the base's last layers and "
            "lower the learning rate (e.g. 1e-5); training goes on from the trained weights. Takes "
            "grey or colour images in [0, 1]; smaller than 32×32 they are resized up to it.",
        ),
        (
            Param(
                "application",
                "choice",
                "MobileNetV2",
                QT_TRANSLATE_NOOP(
                    "layers",
                    "The ImageNet base. MobileNetV2 (9 MB) and EfficientNetB0 (17 MB) are small and quick; "
                    "VGG16 (59 MB) is the book's; ResNet50 (95 MB) the deepest. Its weights are downloaded once.",
                ),
                choices=transfer.NAMES,
            ),
            Param(
                "fine_tune",
                "int",
                0,
                QT_TRANSLATE_NOOP(
                    "layers",
                    "How many of the base's last layers train. 0: the whole base is frozen (step 1, feature "
                    "extraction). Raise it once the head has trained (step 2, fine-tuning, e.g. 20): training "
                    "continues from the current weights; lower the learning rate first. Batch normalization "
                    "layers stay frozen.",
                ),
                0,
                1000,
            ),
        ),
    ),
    # One more input of a functional model (the data's own input is always there, named "input").
    "Input": LayerSpec(
        _INPUTS,
        QT_TRANSLATE_NOOP(
            "layers",
            "Another input of the model. On plane data it receives the features you tick; on images, "
            "sequences and text it receives the whole sample. Connect it to a layer, and merge the "
            "branches with Concatenate or Add.",
        ),
        (
            Param(
                "features",
                "features",
                ("x1", "x2"),
                QT_TRANSLATE_NOOP("layers", "Plane data: the features this input receives"),
            ),
        ),
    ),
}
LAYERS = tuple(SPECS)
FAMILIES = tuple(dict.fromkeys(spec.family for spec in SPECS.values()))


def snake(kind: str) -> str:
    """Keras's default layer name for a class: Conv2D → conv2d, MaxPooling2D → max_pooling2d."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z][a-z])", "_", kind).lower()


def new_layer(kind: str, taken: set[str] = frozenset()) -> dict:
    """A layer of `kind` with the palette's defaults and a name not in `taken`."""
    spec = SPECS[kind]
    config: dict[str, Any] = {}
    for p in spec.params:
        if p.default is not None:
            config[p.key] = list(p.default) if isinstance(p.default, tuple) else _copy(p.default)
    config["name"] = unique_name(kind, taken)
    return {"class_name": kind, "config": config}


def unique_name(kind: str, taken: set[str]) -> str:
    """Keras's style of name for a new `kind` layer, not in `taken`: conv2d_1, conv2d_2…"""
    base = snake(kind)
    n = 1
    while f"{base}_{n}" in taken:
        n += 1
    return f"{base}_{n}"


def _copy(value):
    import copy

    return copy.deepcopy(value)
