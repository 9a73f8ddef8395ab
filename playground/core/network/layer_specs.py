"""The layer palette: every layer the editor offers, its Keras arguments with defaults, ranges and
tooltips. The property panel is built from these specs, new layers start from their defaults,
and the experiment file's layer configs are checked against them (without TensorFlow).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import transfer

ACTIVATIONS = (
    "tanh",
    "relu",
    "sigmoid",
    "linear",
    "softmax",
    "elu",
    "selu",
    "gelu",
    "silu",
    "softplus",
    "softsign",
    "leaky_relu",
    "relu6",
    "hard_sigmoid",
    "mish",
    "exponential",
    "log_softmax",
)

# Initializers by the name shown; the value is what goes in the file (Keras accepts both forms).
INITIALIZERS = {
    "zeros": "zeros",
    "ones": "ones",
    QT_TRANSLATE_NOOP("layers", "small random normal (σ 0.01)"): {
        "class_name": "RandomNormal",
        "config": {"mean": 0.0, "stddev": 0.01},
    },
    QT_TRANSLATE_NOOP("layers", "random normal (σ 0.05)"): "random_normal",
    QT_TRANSLATE_NOOP("layers", "random uniform (±0.05)"): "random_uniform",
    QT_TRANSLATE_NOOP("layers", "Glorot uniform"): "glorot_uniform",
    QT_TRANSLATE_NOOP("layers", "Glorot normal"): "glorot_normal",
    QT_TRANSLATE_NOOP("layers", "He uniform"): "he_uniform",
    QT_TRANSLATE_NOOP("layers", "He normal"): "he_normal",
    QT_TRANSLATE_NOOP("layers", "LeCun normal"): "lecun_normal",
    "orthogonal": "orthogonal",
}
REGULARIZERS = ("L1", "L2", "L1L2")
MAX_RATE = 10.0
NAME_PATTERN = r"[A-Za-z_][A-Za-z0-9_.\-]{0,63}"  # what Keras and the graph accept as a layer name
# The inputs TensorFlow Playground computes from a point (x1, x2) of the plane.
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")

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


@dataclass(frozen=True)
class Param:
    """One Keras argument of a layer.

    kind: "int", "float", "bool", "choice", "size" (an int or one per spatial axis), "shape" (a
    tuple of ints, -1 allowed once), "activation", "initializer", "regularizer", "recurrent"
    (the layer a Bidirectional wraps) or "features" (names from FEATURES, for an Input).
    """

    key: str
    kind: str
    default: Any
    tip: str = ""
    low: float | None = None
    high: float | None = None
    choices: tuple = ()
    dims: int = 1  # for "size": how many spatial axes


@dataclass(frozen=True)
class LayerSpec:
    family: str
    tip: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    weighted: bool = False  # has kernel/bias: initializers, regularizers, use_bias apply
    recurrent: bool = False  # has a recurrent kernel too

    def param(self, key: str) -> Param | None:
        return next((p for p in self.all_params if p.key == key), None)

    @property
    def all_params(self) -> tuple[Param, ...]:
        extra: tuple[Param, ...] = ()
        if self.weighted:
            extra = (
                Param(
                    "use_bias", "bool", True, QT_TRANSLATE_NOOP("layers", "Add a bias to each output (Keras: use_bias)")
                ),
                Param(
                    "kernel_initializer",
                    "initializer",
                    "glorot_uniform",
                    QT_TRANSLATE_NOOP("layers", "How the weights start"),
                ),
                Param("bias_initializer", "initializer", "zeros", QT_TRANSLATE_NOOP("layers", "How the biases start")),
                Param(
                    "kernel_regularizer",
                    "regularizer",
                    None,
                    QT_TRANSLATE_NOOP("layers", "Penalty on the weights, added to the loss"),
                ),
                Param(
                    "bias_regularizer",
                    "regularizer",
                    None,
                    QT_TRANSLATE_NOOP("layers", "Penalty on the biases, added to the loss"),
                ),
            )
            if self.recurrent:
                extra += (
                    Param(
                        "recurrent_initializer",
                        "initializer",
                        "orthogonal",
                        QT_TRANSLATE_NOOP("layers", "How the recurrent weights start"),
                    ),
                )
        return self.params + extra


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
COMMON = (
    Param("name", "name", None, QT_TRANSLATE_NOOP("layers", "Unique name of the layer in the model")),
    Param("trainable", "bool", True, QT_TRANSLATE_NOOP("layers", "Untick to freeze the layer's weights")),
)
# Keys Keras writes into every config that say nothing a user chose.
IGNORED_KEYS = ("dtype", "autocast", "seed", "value_range", "fill_mode", "interpolation", "data_format")


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


def check_config(kind: str, cfg: dict) -> tuple[str, Message] | None:
    """(key, message) for the first setting of a `kind` layer that is wrong, else None."""
    spec = SPECS[kind]
    for key, value in cfg.items():
        if key in IGNORED_KEYS:
            continue
        param = spec.param(key) or next((p for p in COMMON if p.key == key), None)
        if param is None:
            known = ", ".join(p.key for p in spec.all_params + COMMON)
            return key, Message(
                QT_TRANSLATE_NOOP("layer_specs", "is not a setting of {kind}; it has: {known}"), kind=kind, known=known
            )
        message = _check_value(param, value)
        if message:
            return key, message
    return None


def _check_value(p: Param, v: Any) -> Message | None:
    if p.kind == "name":
        ok = isinstance(v, str) and re.fullmatch(NAME_PATTERN, v or "") is not None
        return (
            None
            if ok
            else Message(
                QT_TRANSLATE_NOOP(
                    "layer_specs", "must be a name of letters, digits and _ (not starting with a digit), got {v!r}"
                ),
                v=v,
            )
        )
    if p.kind == "bool":
        return (
            None
            if isinstance(v, bool)
            else Message(QT_TRANSLATE_NOOP("layer_specs", "must be true or false, got {v!r}"), v=v)
        )
    if p.kind in ("int", "float"):
        number = is_int(v) if p.kind == "int" else is_number(v)
        if not number or (p.low is not None and v < p.low) or (p.high is not None and v > p.high):
            template = (
                QT_TRANSLATE_NOOP("layer_specs", "must be a whole number from {low:g} to {high:g}, got {v!r}")
                if p.kind == "int"
                else QT_TRANSLATE_NOOP("layer_specs", "must be a number from {low:g} to {high:g}, got {v!r}")
            )
            return Message(template, low=p.low, high=p.high, v=v)
        return None
    if p.kind == "choice":
        if v in p.choices:
            return None
        return Message(
            QT_TRANSLATE_NOOP("layer_specs", "must be one of {choices}, got {v!r}"), choices=", ".join(p.choices), v=v
        )
    if p.kind == "activation":
        if v in ACTIVATIONS:
            return None
        return Message(
            QT_TRANSLATE_NOOP("layer_specs", "unknown activation {v!r}; choose from {known}"),
            v=v,
            known=", ".join(ACTIVATIONS),
        )
    if p.kind == "size":
        values = [v] if is_int(v) else v
        if v is None and p.default is None:
            return None
        ok = isinstance(values, (list, tuple)) and len(values) in (1, p.dims) and all(is_int(x) for x in values)
        if not ok or not all(p.low <= x <= p.high for x in values):
            return Message(
                QT_TRANSLATE_NOOP(
                    "layer_specs", "must be a whole number from {low:g} to {high:g}, or {dims} of them, got {v!r}"
                ),
                low=p.low,
                high=p.high,
                dims=p.dims,
                v=v,
            )
        return None
    if p.kind == "shape":
        ok = isinstance(v, (list, tuple)) and v and all(is_int(x) and (x >= 1 or x == -1) for x in v)
        if not ok or list(v).count(-1) > 1:
            return Message(
                QT_TRANSLATE_NOOP("layer_specs", "must be a list of sizes ≥ 1 (one of them may be -1), got {v!r}"), v=v
            )
        return None
    if p.kind == "initializer":
        if v in INITIALIZERS.values() or _initializer_name(v):
            return None
        return Message(QT_TRANSLATE_NOOP("layer_specs", "unknown initializer {v!r}"), v=v)
    if p.kind == "regularizer":
        return check_regularizer(v)
    if p.kind == "features":
        ok = isinstance(v, (list, tuple)) and v and all(f in FEATURES for f in v) and len(set(v)) == len(v)
        if ok:
            return None
        return Message(
            QT_TRANSLATE_NOOP("layer_specs", "must list one or more different features from {known}, got {v!r}"),
            known=", ".join(FEATURES),
            v=v,
        )
    if p.kind == "recurrent":
        if not isinstance(v, dict) or v.get("class_name") not in ("SimpleRNN", "LSTM", "GRU"):
            return Message(
                QT_TRANSLATE_NOOP("layer_specs", 'must be {"class_name": "LSTM" (or GRU, SimpleRNN), "config": {...}}')
            )
        inner = check_config(v["class_name"], v.get("config", {}))
        return Message.of("", "{key} {message}", key=inner[0], message=inner[1]) if inner else None
    return None


_INITIALIZER_CLASSES = {
    "Zeros", "Ones", "RandomNormal", "RandomUniform", "TruncatedNormal", "GlorotUniform", "GlorotNormal",
    "HeUniform", "HeNormal", "LecunNormal", "LecunUniform", "Orthogonal", "Constant", "VarianceScaling",
    "Identity",
}  # fmt: skip


def _initializer_name(v: Any) -> bool:
    if isinstance(v, str):
        return v in {snake(c) for c in _INITIALIZER_CLASSES} | {"lecun_normal", "he_normal", "he_uniform"}
    return isinstance(v, dict) and v.get("class_name") in _INITIALIZER_CLASSES and isinstance(v.get("config", {}), dict)


def initializer_label(value: Any) -> str | None:
    """The palette's name for an initializer value, or None for one it does not list."""
    if isinstance(value, dict) and value.get("class_name") == "RandomNormal":
        std = value.get("config", {}).get("stddev", 0.05)
        return "small random normal (σ 0.01)" if std == 0.01 else ("random normal (σ 0.05)" if std == 0.05 else None)
    for label, known in INITIALIZERS.items():
        if known == value or (isinstance(value, dict) and snake(str(value.get("class_name"))) == known):
            return label
    return None


def check_regularizer(reg: Any) -> Message | None:
    if reg is None:
        return None
    if (
        not isinstance(reg, dict)
        or reg.get("class_name") not in REGULARIZERS
        or not isinstance(reg.get("config", {}), dict)
    ):
        return Message(
            QT_TRANSLATE_NOOP("layer_specs", 'must be null or {{"class_name": one of {names}, "config": {{...}}}}'),
            names=", ".join(REGULARIZERS),
        )
    for key, rate in reg.get("config", {}).items():
        if key not in ("l1", "l2") or not is_number(rate) or not 0 <= rate <= MAX_RATE:
            return Message(
                QT_TRANSLATE_NOOP("layer_specs", "{key} must be l1 or l2 with a rate from 0 to {high:g}, got {rate!r}"),
                key=key,
                high=MAX_RATE,
                rate=rate,
            )
    return None


def regularizer(l1: float, l2: float) -> dict | None:
    """The Keras regularizer for these rates; None when both are 0."""
    if l1 and l2:
        return {"class_name": "L1L2", "config": {"l1": l1, "l2": l2}}
    if l1:
        return {"class_name": "L1", "config": {"l1": l1}}
    if l2:
        return {"class_name": "L2", "config": {"l2": l2}}
    return None


def regularizer_rates(reg: dict | None) -> tuple[float, float]:
    if not reg:
        return 0.0, 0.0
    cfg = reg.get("config", {})
    return float(cfg.get("l1", 0.0)), float(cfg.get("l2", 0.0))


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
