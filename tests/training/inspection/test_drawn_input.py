"""A drawn input through the model (probabilities, layer outputs, Grad-CAM, a unit's drivers) and
nudging an input until the model calls it another class."""

import numpy as np
import pytest

from playground.core.teaching.templates import TEMPLATES
from playground.training.engine.session import Session
from playground.training.inspection.drawn_input import DrawnInput, image_input_shape, input_scaling
from playground.training.inspection.input_nudge import Nudger
from playground.training.tf_setup import import_keras, import_tensorflow


@pytest.fixture(scope="module")
def lenet():
    experiment = TEMPLATES["lenet"][1]()
    session = Session(experiment, weight_seed=1)
    session.warm_up()
    session.train(15)
    return session


def _stroke() -> np.ndarray:
    x = np.zeros((8, 8, 1), np.float32)
    x[1:7, 4] = 1.0  # a "1"
    x[1, 3] = 0.5
    return x


def test_the_answer_is_the_models_own_on_that_input(lenet):
    keras = import_keras()

    model = lenet.model
    assert image_input_shape(model) == (8, 8, 1)
    drawn = DrawnInput(model, lenet.experiment.classes)
    x = _stroke()
    answer = drawn.compute(x)
    predicted = model.predict(x[None], verbose=0)[0]
    assert answer["probabilities"].sum() == pytest.approx(1.0, abs=1e-5)
    assert np.allclose(answer["probabilities"], predicted, atol=1e-5)
    assert answer["prediction"] == int(predicted.argmax())
    assert answer["cam_class"] == answer["prediction"]  # −1: the predicted class
    # every layer's output is that of this input, not of a test sample
    names = [name for name, _, _ in answer["activations"]]
    assert names == [layer.name for layer in model.layers]
    first = keras.Model(model.inputs[0], model.layers[0].output)(x[None], training=False).numpy()[0]
    assert np.allclose(answer["activations"][0][2], first, atol=1e-5)
    other = keras.Model(model.inputs[0], model.layers[0].output)(lenet.x_test[:1], training=False).numpy()[0]
    assert not np.allclose(answer["activations"][0][2], other, atol=1e-3)
    assert answer["cam"].shape == (8, 8) and 0 <= answer["cam"].min() and answer["cam"].max() <= 1 + 1e-6
    assert answer["cam_layer"] == "conv2d_2" and answer["unit_map"] is None


def test_a_chosen_unit_shows_which_pixels_drive_it(lenet):
    tf = import_tensorflow()

    model = lenet.model
    drawn = DrawnInput(model, lenet.experiment.classes)
    x = _stroke()
    answer = drawn.compute(x, cam_class=3, unit=(0, 5))
    assert answer["cam_class"] == 3 and answer["unit"] == (0, 5)
    first = model.layers[0]
    xt = tf.constant(x[None])
    with tf.GradientTape() as tape:
        tape.watch(xt)
        value = tf.reduce_mean(first(xt)[..., 5])
    gradient = np.abs(tape.gradient(value, xt).numpy()[0, ..., 0])
    assert answer["unit_value"] == pytest.approx(float(value), rel=1e-4, abs=1e-6)
    assert np.allclose(answer["unit_map"], gradient / gradient.max(), atol=1e-4)


def test_scaling_maps_pixels_as_the_training_images_were_scaled():
    experiment = TEMPLATES["lenet"][1]()
    assert input_scaling(experiment) == (0.0, 1.0)
    experiment.data.scaling = "standardise"
    offset, factor = input_scaling(experiment)
    session = Session(experiment)
    from playground.core.data import datasets

    pool = datasets.split_pool(experiment.data, experiment.seed)
    raw = pool.x[pool.parts.test]
    assert np.allclose(offset + factor * raw, session.x_test, atol=1e-4)


def test_nudging_raises_the_targets_probability_until_the_prediction_flips(lenet):
    model = lenet.model
    labels = lenet.dataset.test_y.ravel().astype(int)
    predicted = model.predict(lenet.x_test, verbose=0).argmax(axis=1)
    i = int(np.flatnonzero((labels == 1) & (predicted == 1))[0])
    nudge = Nudger(model).nudge(lenet.x_test[i], target=8)
    p8 = nudge.probabilities[:, 8]
    assert nudge.flipped and nudge.probabilities[-1].argmax() == 8
    assert p8[-1] > p8[0] and nudge.probabilities[0].argmax() == 1
    assert 1 <= nudge.steps < 60
    assert nudge.inputs.min() >= 0 and nudge.inputs.max() <= 1  # kept within the pixels' range
    assert nudge.max_change() == pytest.approx(float(np.abs(nudge.inputs[-1] - nudge.inputs[0]).max()))
    assert nudge.max_change() <= 0.02 * nudge.steps + 1e-6
    # the probabilities noted are the model's own for the inputs noted
    assert np.allclose(model.predict(nudge.inputs, verbose=0), nudge.probabilities, atol=1e-5)
