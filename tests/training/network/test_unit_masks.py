"""Masks that silence hidden units: exactly zero, gradients stop there, never in the weights."""

import numpy as np

from playground.core.experiment.config import default_experiment, dense, output_layer
from playground.core.teaching.templates import lenet
from playground.training.network import unit_masks
from playground.training.network.model_builder import build_model
from playground.training.tf_setup import import_keras


def _model(units=(4, 3)):
    exp = default_experiment()
    exp.model.layers = [*(dense(u, "sigmoid") for u in units), output_layer("classification", exp.training.loss)]
    return build_model(exp, seed=3)


def _outputs(model, x):
    keras = import_keras()
    return [keras.Model(model.inputs[0], layer.output)(x).numpy() for layer in model.layers]


def test_every_hidden_layer_has_a_mask_and_the_output_none():
    _model()  # Keras numbers the layers of each new model on: "dense_3", "dense_4", ...
    model = _model()
    # named as the experiment names them, the same in every session
    assert unit_masks.units(model) == {"dense_1": 4, "dense_2": 3}
    assert unit_masks.keras_names(model) == {
        name: layer.name for name, layer in zip(["dense_1", "dense_2"], model.layers[:2], strict=True)
    }
    assert unit_masks.silenced(model) == {}


def test_a_silenced_unit_outputs_exactly_zero_and_the_weights_stay():
    model = _model()
    x = np.random.default_rng(0).normal(size=(20, 2)).astype(np.float32)
    before = [w.numpy().copy() for w in model.weights]
    open_outputs = _outputs(model, x)
    applied = unit_masks.silence(model, {"dense_1": [2, 0], "dense_2": [9], "nowhere": [1]})
    assert applied == {"dense_1": [0, 2]}  # unknown layers and units beyond a layer are left out
    first, second, final = _outputs(model, x)
    # a sigmoid unit would give 0.5 for zero weights: the mask holds the output itself at zero
    assert np.all(first[:, [0, 2]] == 0.0)
    np.testing.assert_array_equal(first[:, [1, 3]], open_outputs[0][:, [1, 3]])
    assert not np.allclose(final, open_outputs[2])
    for weight, old in zip(model.weights, before, strict=True):
        np.testing.assert_array_equal(weight.numpy(), old)
    assert unit_masks.silenced(model) == {"dense_1": [0, 2]}
    unit_masks.silence(model, {})
    np.testing.assert_array_equal(_outputs(model, x)[2], open_outputs[2])


def test_training_goes_around_a_silenced_unit():
    """Plain SGD: no gradient reaches the silenced unit's weights in or out; the others learn."""
    model = _model()
    unit_masks.silence(model, {"dense_1": [1]})
    rng = np.random.default_rng(1)
    x = rng.normal(size=(64, 2)).astype(np.float32)
    y = (x[:, :1] > 0).astype(np.float32)
    first, second = model.layers[0], model.layers[1]
    k_in, k_out = first.kernel.numpy().copy(), second.kernel.numpy().copy()
    model.fit(x, y, epochs=3, batch_size=16, verbose=0)
    np.testing.assert_array_equal(first.kernel.numpy()[:, 1], k_in[:, 1])
    np.testing.assert_array_equal(second.kernel.numpy()[1], k_out[1])
    assert not np.allclose(first.kernel.numpy()[:, 0], k_in[:, 0])


def test_saved_models_and_weights_know_nothing_of_the_masks(tmp_path):
    keras = import_keras()
    model = _model()
    x = np.random.default_rng(2).normal(size=(10, 2)).astype(np.float32)
    intact = model(x).numpy()
    unit_masks.silence(model, {"dense_1": [0, 1, 2, 3]})
    assert not np.allclose(model(x).numpy(), intact)
    assert len(model.weights) == 6  # kernels and biases only
    model.save(tmp_path / "m.keras")
    model.save_weights(tmp_path / "m.weights.h5")
    loaded = keras.models.load_model(tmp_path / "m.keras")
    np.testing.assert_allclose(loaded(x).numpy(), intact, rtol=1e-6)
    fresh = _model()
    fresh.load_weights(tmp_path / "m.weights.h5")
    np.testing.assert_allclose(fresh(x).numpy(), intact, rtol=1e-6)
    assert unit_masks.silenced(fresh) == {}


def test_a_convolution_channel_is_silenced_map_by_map():
    exp = lenet()
    model = build_model(exp, seed=0)
    units = unit_masks.units(model)
    assert units == {"conv2d_1": 8, "conv2d_2": 16, "dense_1": 32}  # not the output
    unit_masks.silence(model, {"conv2d_1": [3]})
    x = np.random.default_rng(0).uniform(size=(4, *exp.input_shape)).astype(np.float32)
    maps = import_keras().Model(model.inputs[0], model.get_layer("conv2d_1").output)(x).numpy()
    assert np.all(maps[..., 3] == 0.0)
    assert np.count_nonzero(maps[..., 2]) > 0
