"""Ready-made networks from the Keras courses, each with the data and settings it trains on.

Every template is a whole experiment, so one click gives something that trains well; the
numbers in the comments were measured on a 2-core laptop.
"""

from __future__ import annotations

from collections.abc import Callable

from playground.core.data.data_config import DataConfig
from playground.core.data.generated_data import VOCABULARY
from playground.core.experiment.config import Experiment, ModelConfig, default_experiment
from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.core.recipe.training_config import TrainingConfig


def _layer(kind: str, name: str, inputs: list[str] | None = None, **config) -> dict:
    layer = {"class_name": kind, "config": {**config, "name": name}}
    if inputs:
        layer["inputs"] = inputs
    return layer


def _adam(lr: float) -> dict:
    return {"class_name": "Adam", "config": {"learning_rate": lr}}


def _experiment(
    data: DataConfig, layers: list[dict], loss: str, optimizer: dict, batch: int, epochs: int, metrics=None
):
    return Experiment(
        seed=0,
        data=data,
        model=ModelConfig(layers=layers),
        training=TrainingConfig(
            loss=loss, optimizer=optimizer, batch_size=batch, epochs=epochs, metrics=metrics or ["accuracy"]
        ),
    )


def tfp_mlp() -> Experiment:
    """TensorFlow Playground's start: two small tanh layers on the circle."""
    exp = default_experiment()
    for i, layer in enumerate(exp.model.layers):
        layer["config"]["name"] = f"dense_{i + 1}"
    return exp


def deep_mlp() -> Experiment:
    """Ten layers of 100: change the initializer or activation and watch training stall or fly."""
    layers = [_layer("Flatten", "flatten")]
    layers += [_layer("Dense", f"dense_{i + 1}", units=100, activation="tanh") for i in range(10)]
    layers.append(_layer("Dense", "output", units=10, activation="softmax"))
    data = DataConfig(name="digits", samples=1797, train_fraction=0.7)
    opt = {"class_name": "SGD", "config": {"learning_rate": 0.01}}
    return _experiment(data, layers, "sparse_categorical_crossentropy", opt, 32, 100)


def lenet() -> Experiment:
    """LeNet-style: convolution and pooling twice, then Dense layers, on 8×8 digits."""
    layers = [
        _layer("Conv2D", "conv2d_1", filters=8, kernel_size=3, padding="same", activation="relu"),
        _layer("MaxPooling2D", "max_pooling2d_1", pool_size=2),
        _layer("Conv2D", "conv2d_2", filters=16, kernel_size=3, activation="relu"),
        _layer("Flatten", "flatten"),
        _layer("Dense", "dense_1", units=32, activation="relu"),
        _layer("Dropout", "dropout", rate=0.25),
        _layer("Dense", "output", units=10, activation="softmax"),
    ]
    data = DataConfig(name="digits", samples=1797, train_fraction=0.7)
    return _experiment(data, layers, "sparse_categorical_crossentropy", _adam(0.003), 32, 60)


def small_vgg() -> Experiment:
    """VGG-style blocks (two 3×3 convolutions, batch norm, pooling) with dropout, on drawn shapes."""
    layers = []
    for block, filters in ((1, 8), (2, 16)):
        layers += [
            _layer("Conv2D", f"block{block}_conv1", filters=filters, kernel_size=3, padding="same", activation="relu"),
            _layer("Conv2D", f"block{block}_conv2", filters=filters, kernel_size=3, padding="same", activation="relu"),
            _layer("BatchNormalization", f"block{block}_bn", momentum=0.9),
            _layer("MaxPooling2D", f"block{block}_pool", pool_size=2),
        ]
    layers += [
        _layer("Flatten", "flatten"),
        _layer("Dropout", "dropout", rate=0.5),
        _layer("Dense", "dense_1", units=32, activation="relu"),
        _layer("Dense", "output", units=4, activation="softmax"),
    ]
    data = DataConfig(name="shapes", samples=1200, train_fraction=0.7)
    return _experiment(data, layers, "sparse_categorical_crossentropy", _adam(0.003), 32, 40)


def residual() -> Experiment:
    """A residual block: two convolutions whose output is added to their input (a shortcut)."""
    layers = [
        _layer("Conv2D", "stem", filters=16, kernel_size=3, padding="same", activation="relu"),
        _layer("Conv2D", "res_conv1", ["stem"], filters=16, kernel_size=3, padding="same", activation="relu"),
        _layer("Conv2D", "res_conv2", ["res_conv1"], filters=16, kernel_size=3, padding="same"),
        _layer("Add", "add", ["res_conv2", "stem"]),
        _layer("Activation", "relu", ["add"], activation="relu"),
        _layer("GlobalAveragePooling2D", "pool", ["relu"]),
        _layer("Dense", "output", ["pool"], units=10, activation="softmax"),
    ]
    layers[0]["inputs"] = ["input"]
    data = DataConfig(name="digits", samples=1797, train_fraction=0.7)
    return _experiment(data, layers, "sparse_categorical_crossentropy", _adam(0.003), 32, 60)


def two_inputs_two_outputs() -> Experiment:
    """The functional API's several inputs and outputs: the points (x1, x2) and their squares come
    in as two inputs, each through its own layer, joined by Concatenate. The main output sees both
    (95.6 % test accuracy after 100 epochs); a second output (loss weight 0.3) sees only the two
    tanh units of the x1, x2 branch, which cannot draw a circle (78 %): compare their loss curves."""
    layers = [
        _layer("Input", "squares", features=["x1^2", "x2^2"]),
        _layer("Dense", "xy", ["input"], units=2, activation="tanh"),
        _layer("Dense", "xy_only", ["xy"], units=1, activation="sigmoid"),
        _layer("Dense", "sq", ["squares"], units=4, activation="tanh"),
        _layer("Concatenate", "join", ["xy", "sq"]),
        _layer("Dense", "output", ["join"], units=1, activation="sigmoid"),
    ]
    layers[2]["output"] = {"target": "labels", "loss": "binary_crossentropy", "loss_weight": 0.3}
    data = DataConfig(name="circle", samples=500, train_fraction=0.5, noise=0.1)
    return _experiment(data, layers, "binary_crossentropy", _adam(0.01), 10, 100)


def lstm() -> Experiment:
    """An LSTM reads 20-step waves and tells rising, falling and steady pitch apart."""
    layers = [_layer("LSTM", "lstm", units=24), _layer("Dense", "output", units=3, activation="softmax")]
    data = DataConfig(name="sequences", samples=1200, train_fraction=0.7, noise=0.1)
    return _experiment(data, layers, "sparse_categorical_crossentropy", _adam(0.01), 32, 40)


def gru() -> Experiment:
    """Word vectors (Embedding) and a GRU read short reviews: positive or negative?"""
    layers = [
        _layer("Embedding", "embedding", input_dim=len(VOCABULARY), output_dim=16),
        _layer("GRU", "gru", units=16),
        _layer("Dense", "output", units=1, activation="sigmoid"),
    ]
    data = DataConfig(name="reviews", samples=1500, train_fraction=0.7, noise=0.05)
    return _experiment(data, layers, "binary_crossentropy", _adam(0.01), 32, 30)


def autoencoder() -> Experiment:
    """A dense autoencoder squeezes each digit through 8 numbers and rebuilds it."""
    layers = [
        _layer("Flatten", "flatten"),
        _layer("Dense", "encode_1", units=32, activation="relu"),
        _layer("Dense", "code", units=8, activation="relu"),
        _layer("Dense", "decode_1", units=32, activation="relu"),
        _layer("Dense", "decode_2", units=64, activation="sigmoid"),
        _layer("Reshape", "image", target_shape=[8, 8, 1]),
    ]
    data = DataConfig(name="digits", samples=1797, train_fraction=0.7, target="inputs")
    return _experiment(data, layers, "mse", _adam(0.003), 32, 100, metrics=["mae"])


def transfer_mobilenet() -> Experiment:
    """Chollet's transfer learning, step 1: ImageNet features from a frozen MobileNetV2 (the drawn
    shapes resized to 32×32 and made colour inside the layer), a new head trained on them. Step 2:
    lower the learning rate to 1e-5 and raise the base's fine_tune; training goes on."""
    layers = [
        _layer("Pretrained", "pretrained", application="MobileNetV2", fine_tune=0),
        _layer("GlobalAveragePooling2D", "pool"),
        _layer("Dropout", "dropout", rate=0.5),
        _layer("Dense", "output", units=4, activation="softmax"),
    ]
    data = DataConfig(name="shapes", samples=500, train_fraction=0.7)
    return _experiment(data, layers, "sparse_categorical_crossentropy", _adam(1e-3), 32, 20)


# name -> (menu title, builder); the menu shows them in this order. The window translates a title with
# `translate("templates", title)`.
TEMPLATES: dict[str, tuple[str, Callable[[], Experiment]]] = {
    "tfp_mlp": (QT_TRANSLATE_NOOP("templates", "TensorFlow Playground MLP (circle)"), tfp_mlp),
    "deep_mlp": (QT_TRANSLATE_NOOP("templates", "Deep MLP, 10 × 100 units (digits)"), deep_mlp),
    "lenet": (QT_TRANSLATE_NOOP("templates", "LeNet-style CNN (digits)"), lenet),
    "small_vgg": (
        QT_TRANSLATE_NOOP("templates", "Small VGG-style CNN with batch norm and dropout (shapes)"),
        small_vgg,
    ),
    "residual": (QT_TRANSLATE_NOOP("templates", "Residual block: branch and Add (digits)"), residual),
    "two_io": (
        QT_TRANSLATE_NOOP("templates", "Two inputs, two outputs: functional API (circle)"),
        two_inputs_two_outputs,
    ),
    "lstm": (QT_TRANSLATE_NOOP("templates", "LSTM sequence classifier (sequences)"), lstm),
    "gru": (QT_TRANSLATE_NOOP("templates", "Embedding + GRU sentiment (reviews)"), gru),
    "autoencoder": (QT_TRANSLATE_NOOP("templates", "Dense autoencoder (digits)"), autoencoder),
    "transfer": (
        QT_TRANSLATE_NOOP("templates", "Transfer learning: MobileNetV2 features (shapes)"),
        transfer_mobilenet,
    ),
}
