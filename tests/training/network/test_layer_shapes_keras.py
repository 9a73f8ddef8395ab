"""The editor's shape and parameter rules, held to what Keras builds."""

import pytest

from playground.core.network.layer_graph import analyse
from playground.training.tf_setup import import_keras


def L(name, **config):  # noqa: N802
    return {"class_name": name, "config": config}


CASES = [
    ((7,), [L("Dense", units=5), L("Dense", units=3, use_bias=False)]),
    ((6,), [L("BatchNormalization"), L("LayerNormalization"), L("Activation", activation="relu")]),
    ((28, 28, 3), [L("Conv2D", filters=8, kernel_size=3, strides=2, padding="same"), L("MaxPooling2D", pool_size=3)]),
    ((28, 28, 3), [L("Conv2D", filters=8, kernel_size=[5, 3], strides=[2, 1]), L("AveragePooling2D", pool_size=2)]),
    ((9, 9, 2), [L("Conv2D", filters=4, kernel_size=2, padding="same"), L("GlobalMaxPooling2D")]),
    ((8, 8, 3), [L("BatchNormalization"), L("GlobalAveragePooling2D"), L("Dropout", rate=0.5)]),
    (
        (30, 4),
        [L("Conv1D", filters=6, kernel_size=5, strides=2), L("MaxPooling1D"), L("AveragePooling1D", pool_size=2)],
    ),
    ((30, 4), [L("Conv1D", filters=6, kernel_size=3, padding="same"), L("GlobalAveragePooling1D")]),
    (
        (12, 5),
        [L("SimpleRNN", units=7, return_sequences=True), L("LSTM", units=6, return_sequences=True), L("GRU", units=4)],
    ),
    (
        (12, 5),
        [
            L("Bidirectional", layer=L("LSTM", units=3, return_sequences=True)),
            L("Bidirectional", layer=L("GRU", units=2)),
        ],
    ),
    ((15,), [L("Embedding", input_dim=50, output_dim=8), L("GRU", units=4)]),
    ((24,), [L("Reshape", target_shape=[6, 4]), L("Flatten"), L("Reshape", target_shape=[-1, 2])]),
    (
        (16, 16, 3),
        [
            L("Rescaling", scale=0.5, offset=0.0),
            L("RandomFlip"),
            L("RandomRotation", factor=0.1),
            L("RandomZoom", height_factor=0.1),
            L("RandomTranslation", height_factor=0.1, width_factor=0.1),
        ],
    ),
]


@pytest.mark.parametrize(
    "shape, layers", CASES, ids=lambda v: "-".join(x["class_name"] for x in v) if isinstance(v, list) else None
)
def test_shapes_and_params_equal_keras(shape, layers):
    keras = import_keras()
    model = keras.Sequential([keras.Input(shape), *(keras.layers.deserialize(_keras_config(x)) for x in layers)])
    results = analyse(shape, layers)[1:]
    assert [r.problem for r in results] == [None] * len(layers)
    assert [r.shape for r in results] == [tuple(layer.output.shape[1:]) for layer in model.layers]
    assert [r.params for r in results] == [layer.count_params() for layer in model.layers]


def _keras_config(layer):
    config = dict(layer["config"])
    if "layer" in config:
        config["layer"] = _keras_config(config["layer"])
    return {"module": "keras.layers", "class_name": layer["class_name"], "config": config}
