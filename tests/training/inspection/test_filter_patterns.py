"""Filter patterns by gradient ascent: each pattern excites its own filter more than the start does."""

import numpy as np
import pytest

from playground.training.inspection.filter_patterns import ascend, display, patterns, responses
from playground.training.tf_setup import import_keras, import_tensorflow


@pytest.fixture(scope="module")
def cnn():
    keras = import_keras()
    init = keras.initializers.GlorotUniform
    inputs = keras.Input((8, 8, 1))
    x = keras.layers.Conv2D(6, 3, padding="same", activation="tanh", kernel_initializer=init(1), name="c1")(inputs)
    x = keras.layers.MaxPooling2D(2, name="pool")(x)
    x = keras.layers.Conv2D(20, 3, activation="relu", kernel_initializer=init(2), name="c2")(x)
    x = keras.layers.Flatten(name="flat")(x)
    outputs = keras.layers.Dense(3, activation="softmax", name="out")(x)
    return keras.Model(inputs, outputs)


def _before_activation(model, name, x):
    """Filter means of the convolution before its activation, computed directly."""
    tf = import_tensorflow()
    keras = import_keras()
    layer = model.get_layer(name)
    z = tf.nn.conv2d(keras.Model(model.inputs[0], layer.input)(x), layer.kernel, 1, layer.padding.upper())
    return (z + layer.bias).numpy().mean(axis=(1, 2))


def test_patterns_have_one_image_per_filter_in_the_unit_range(cnn):
    p = patterns(cnn, "c1")
    assert p.shape == (6, 8, 8, 1) and p.dtype == np.float32
    assert p.min() >= 0 and p.max() <= 1 and p.max() - p.min() > 0.5
    assert patterns(cnn, "c2", count=16, steps=5).shape == (16, 8, 8, 1)  # at most `count`
    assert patterns(cnn, "c2", count=40, steps=5).shape == (20, 8, 8, 1)  # at most the filters


def test_each_pattern_excites_its_filter_more_than_the_start(cnn):
    k = np.arange(6)
    start, found = ascend(cnn, "c1", steps=40)
    assert start.shape == found.shape == (6, 8, 8, 1)
    before, after = responses(cnn, "c1", start)[k, k], responses(cnn, "c1", found)[k, k]
    assert np.all(after > before + 0.1)

    k = np.arange(16)
    start, found = ascend(cnn, "c2")
    np.testing.assert_array_less(_before_activation(cnn, "c2", start)[k, k], _before_activation(cnn, "c2", found)[k, k])
    before, after = responses(cnn, "c2", start)[k, k], responses(cnn, "c2", found)[k, k]
    assert np.all(after >= before)  # a ReLU filter that stays below zero stays at 0
    assert np.mean(after > before) > 0.8


def test_patterns_of_a_trained_lenet():
    from playground.core.teaching.templates import TEMPLATES
    from playground.training.engine.session import Session

    session = Session(TEMPLATES["lenet"][1]())
    session.warm_up()
    session.train(2)
    for name, filters in (("conv2d_1", 8), ("conv2d_2", 16)):
        start, found = ascend(session.model, name)
        k = np.arange(filters)
        before, after = (_before_activation(session.model, name, x)[k, k] for x in (start, found))
        gain = after - before
        assert found.shape == (filters, 8, 8, 1) and np.all(gain > 0)


def test_a_layer_that_is_not_a_conv2d_is_refused_by_name(cnn):
    with pytest.raises(ValueError, match="'out' is a Dense layer, not a Conv2D"):
        patterns(cnn, "out")
    with pytest.raises(ValueError, match="no layer named 'nope'"):
        patterns(cnn, "nope")


def test_display_centres_each_image_on_grey():
    x = np.stack([np.linspace(-1, 1, 16).reshape(4, 4, 1), np.full((4, 4, 1), 7.0)])
    shown = display(x)
    assert shown[0].mean() == pytest.approx(0.5) and shown[1].min() == shown[1].max() == 0.5
    assert 0 < shown[0].min() < shown[0].max() < 1
