"""Weights set by hand and weights carried into a resized model: the values, exactly."""

import math

import numpy as np
import pytest

from playground.core.experiment.config import default_experiment
from playground.core.i18n import Message
from playground.core.network import dense_edits
from playground.training.network import weight_edits
from playground.training.network.model_builder import build_model, dense_layers


def _model(layers=None, seed=1):
    exp = default_experiment()
    if layers is not None:
        exp.model.layers = layers
    return build_model(exp, seed=seed)


def test_one_weight_and_one_bias_are_set_and_nothing_else_moves():
    model = _model()
    before = [w.numpy().copy() for w in model.weights]
    first = dense_layers(model)[0]
    old = weight_edits.set_weight(model, first.name, 1, 2, 0.0)
    assert old == pytest.approx(before[0][1, 2])
    kernel = first.kernel.numpy()
    assert kernel[1, 2] == 0.0
    kernel[1, 2] = before[0][1, 2]
    np.testing.assert_array_equal(kernel, before[0])
    weight_edits.set_bias(model, dense_layers(model)[1].name, 1, -2.5)
    assert weight_edits.bias_of(model, dense_layers(model)[1].name, 1) == -2.5
    assert dense_layers(model)[1].bias.numpy()[0] == before[3][0]
    # The output moves with the weight: every input now meets a different network.
    x = np.array([[1.0, 2.0], [-3.0, 0.5]], np.float32)
    assert not np.allclose(model(x).numpy(), _model()(x).numpy())


@pytest.mark.parametrize("value", ["abc", math.nan, math.inf, -math.inf, 1e6 + 1, -2e7, None])
def test_a_value_no_weight_can_take_is_refused_with_the_range(value):
    model = _model()
    name = dense_layers(model)[0].name
    before = dense_layers(model)[0].kernel.numpy().copy()
    with pytest.raises(ValueError) as refused:
        weight_edits.set_weight(model, name, 0, 0, value)
    message = refused.value.args[0]
    assert isinstance(message, Message) and "from -1000000 to 1000000" in str(message)
    np.testing.assert_array_equal(dense_layers(model)[0].kernel.numpy(), before)
    assert weight_edits.check_value(1e6) == 1e6 and weight_edits.check_value("-0.5") == -0.5


def test_layers_go_by_name_or_by_their_place_among_the_dense_layers():
    model = _model()
    weight_edits.set_weight(model, 2, 1, 0, 3.0)  # the output layer, as the picture counts
    assert dense_layers(model)[2].kernel.numpy()[1, 0] == 3.0
    for missing in ("nothing", 3, -1):
        with pytest.raises(KeyError):
            weight_edits.set_weight(model, missing, 0, 0, 1.0)


def _carried(edit, *args):
    """The old model, the new one built from the edited layers with the old weights carried."""
    layers = default_experiment().model.layers
    old = _model(layers, seed=1)
    new_layers, plan = edit(layers, *args)
    new = _model(new_layers, seed=2)
    fresh = [w.numpy().copy() for w in new.weights]
    taken = weight_edits.carry_over(weight_edits.dense_weights(old), new, plan)
    return weight_edits.dense_weights(old), weight_edits.dense_weights(new), fresh, taken


def test_a_neuron_added_keeps_every_old_weight_and_its_own_are_fresh():
    old, new, fresh, taken = _carried(dense_edits.add_unit, 0)
    assert taken == 3
    np.testing.assert_array_equal(new[0][0][:, :4], old[0][0])
    np.testing.assert_array_equal(new[0][1][:4], old[0][1])
    np.testing.assert_array_equal(new[0][0][:, 4], fresh[0][:, 4])  # the new neuron's inputs
    np.testing.assert_array_equal(new[1][0][:4], old[1][0])
    np.testing.assert_array_equal(new[1][0][4], fresh[2][4])  # what it feeds on
    np.testing.assert_array_equal(new[1][1], old[1][1])
    np.testing.assert_array_equal(new[2][0], old[2][0])


def test_a_neuron_removed_takes_its_column_and_row_with_it():
    old, new, _, taken = _carried(dense_edits.remove_unit, 0, 1)
    assert taken == 3
    np.testing.assert_array_equal(new[0][0], old[0][0][:, [0, 2, 3]])
    np.testing.assert_array_equal(new[0][1], old[0][1][[0, 2, 3]])
    np.testing.assert_array_equal(new[1][0], old[1][0][[0, 2, 3]])
    np.testing.assert_array_equal(new[2][0], old[2][0])


def test_a_layer_added_or_removed_keeps_the_other_layers():
    old, new, fresh, _ = _carried(dense_edits.add_layer, 1)
    np.testing.assert_array_equal(new[0][0], old[0][0])
    np.testing.assert_array_equal(new[1][0], fresh[2])  # the new layer: as built
    np.testing.assert_array_equal(new[2][0], fresh[4])  # its inputs are new…
    np.testing.assert_array_equal(new[2][1], old[1][1])  # …its neurons' biases stay
    np.testing.assert_array_equal(new[3][0], old[2][0])
    old, new, fresh, _ = _carried(dense_edits.remove_layer, 0)
    np.testing.assert_array_equal(new[0][0], fresh[0])
    np.testing.assert_array_equal(new[0][1], old[1][1])
    np.testing.assert_array_equal(new[1][0], old[2][0])


def test_a_plan_that_does_not_fit_leaves_the_model_as_built():
    layers = default_experiment().model.layers
    old = weight_edits.dense_weights(_model(layers))
    grown, plan = dense_edits.add_unit(layers, 0)
    twice, _ = dense_edits.add_unit(grown, 0)  # edited again before the first edit was built
    new = _model(twice, seed=2)
    fresh = [w.numpy().copy() for w in new.weights]
    assert weight_edits.carry_over(old, new, plan) == 1  # only the output layer fits
    np.testing.assert_array_equal(new.weights[0].numpy(), fresh[0])


def _there_and_back(edit, *args):
    """The old model's Dense weights, and those of a model built from the old layers again after
    the edit, carried there and back (with its own fresh ones, what it had as built)."""
    layers = default_experiment().model.layers
    old = _model(layers, seed=1)
    new_layers, plan = edit(layers, *args)
    edited = _model(new_layers, seed=2)
    weight_edits.carry_over(weight_edits.dense_weights(old), edited, plan)
    back = _model(layers, seed=3)
    fresh = weight_edits.dense_weights(back)
    taken = weight_edits.carry_over(weight_edits.dense_weights(edited), back, dense_edits.inverse(plan, layers))
    return weight_edits.dense_weights(old), weight_edits.dense_weights(back), fresh, taken


def test_undoing_a_neuron_added_gives_back_every_weight_as_it_was():
    old, back, _, taken = _there_and_back(dense_edits.add_unit, 0)
    assert taken == 3
    for (kernel, bias), (old_kernel, old_bias) in zip(back, old, strict=True):
        np.testing.assert_array_equal(kernel, old_kernel)
        np.testing.assert_array_equal(bias, old_bias)


def test_undoing_a_neuron_removed_brings_it_back_new_and_keeps_the_others():
    old, back, fresh, taken = _there_and_back(dense_edits.remove_unit, 0, 1)
    assert taken == 3
    np.testing.assert_array_equal(back[0][0][:, [0, 2, 3]], old[0][0][:, [0, 2, 3]])
    np.testing.assert_array_equal(back[0][1][[0, 2, 3]], old[0][1][[0, 2, 3]])
    np.testing.assert_array_equal(back[0][0][:, 1], fresh[0][0][:, 1])  # neuron 1: new
    np.testing.assert_array_equal(back[1][0][[0, 2, 3]], old[1][0][[0, 2, 3]])
    np.testing.assert_array_equal(back[1][0][1], fresh[1][0][1])
    np.testing.assert_array_equal(back[1][1], old[1][1])
    np.testing.assert_array_equal(back[2][0], old[2][0])


def test_undoing_a_layer_added_keeps_the_other_layers():
    old, back, fresh, _ = _there_and_back(dense_edits.add_layer, 1)
    np.testing.assert_array_equal(back[0][0], old[0][0])
    np.testing.assert_array_equal(back[1][0], fresh[1][0])  # its inputs were the added layer's: new
    np.testing.assert_array_equal(back[1][1], old[1][1])
    np.testing.assert_array_equal(back[2][0], old[2][0])
