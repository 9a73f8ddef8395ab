"""What a layer's argument is (`Param`, and `LayerSpec`, a layer's arguments) and the vocabularies its
values come from: activations, initializers, regularizers, names and the plane's input features.

The palette's table (`layer_specs`) is written in these terms; the property panel shows them and
`layer_configs` checks an experiment file's values against them. Kept apart from the table so the
words a setting may take are in one short place, readable without the 30 layers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from playground.core.i18n import QT_TRANSLATE_NOOP

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


# The settings every layer has, besides its own.
COMMON = (
    Param("name", "name", None, QT_TRANSLATE_NOOP("layers", "Unique name of the layer in the model")),
    Param("trainable", "bool", True, QT_TRANSLATE_NOOP("layers", "Untick to freeze the layer's weights")),
)
# Keys Keras writes into every config that say nothing a user chose.
IGNORED_KEYS = ("dtype", "autocast", "seed", "value_range", "fill_mode", "interpolation", "data_format")
