"""Neurons and hidden layers added and removed on the picture: the new layer list, and which old
weights each new Dense layer keeps."""

import pytest

from playground.core.experiment.config import default_experiment, dense
from playground.core.i18n import Message
from playground.core.network import dense_edits
from playground.core.network.dense_edits import Carry


def _layers():
    return default_experiment().model.layers  # 2 → 4 → 2 → 1


def test_adding_a_neuron_keeps_every_weight_and_the_new_one_is_new():
    layers, plan = dense_edits.add_unit(_layers(), 0)
    assert dense_edits.dense_units(layers) == [5, 2, 1]
    assert plan == [Carry(0, cols=(0, 1, 2, 3, -1)), Carry(1, rows=(0, 1, 2, 3, -1)), Carry(2)]
    assert dense_edits.dense_units(_layers()) == [4, 2, 1]  # the old list is left as it was


def test_removing_a_neuron_drops_its_column_and_the_next_layers_row():
    layers, plan = dense_edits.remove_unit(_layers(), 0, unit=1)
    assert dense_edits.dense_units(layers) == [3, 2, 1]
    assert plan == [Carry(0, cols=(0, 2, 3)), Carry(1, rows=(0, 2, 3)), Carry(2)]
    _, plan = dense_edits.remove_unit(_layers(), 1)  # the last neuron by default
    assert plan == [Carry(0), Carry(1, cols=(0,)), Carry(2, rows=(0,))]


def test_the_output_and_a_last_neuron_are_refused_with_a_reason():
    with pytest.raises(ValueError) as refused:
        dense_edits.add_unit(_layers(), 2)
    assert isinstance(refused.value.args[0], Message) and "output" in str(refused.value.args[0])
    layers, _ = dense_edits.remove_unit(_layers(), 1)
    with pytest.raises(ValueError, match="at least one neuron"):
        dense_edits.remove_unit(layers, 1)
    full = [dense(dense_edits.most_units()), dense(1, "sigmoid")]
    with pytest.raises(ValueError, match="at most 4096 neurons"):
        dense_edits.add_unit(full, 0)


def test_a_layer_added_between_takes_its_neighbours_width_and_activation():
    layers, plan = dense_edits.add_layer(_layers(), 1)
    assert dense_edits.dense_units(layers) == [4, 4, 2, 1]
    new = layers[dense_edits.dense_positions(layers)[1]]["config"]
    names = [layer["config"]["name"] for layer in layers]
    assert new["activation"] == "tanh" and len(set(names)) == 4
    assert plan == [Carry(0), Carry(None), Carry(1, rows=()), Carry(2)]
    # Right after the inputs of a network with no hidden layer: TF Playground's 4 neurons.
    layers, plan = dense_edits.add_layer([dense(1, "sigmoid")], 0)
    assert dense_edits.dense_units(layers) == [4, 1] and plan == [Carry(None), Carry(0, rows=())]


def test_removing_a_layer_keeps_the_others_and_the_next_takes_new_inputs():
    layers, plan = dense_edits.remove_layer(_layers(), 0)
    assert dense_edits.dense_units(layers) == [2, 1]
    assert plan == [Carry(1, rows=()), Carry(2)]
    layers, plan = dense_edits.remove_layer(_layers(), 1)
    assert dense_edits.dense_units(layers) == [4, 1]
    assert plan == [Carry(0), Carry(2, rows=())]
    with pytest.raises(ValueError):
        dense_edits.remove_layer(_layers(), 2)  # the output stays


def test_the_plan_back_keeps_what_the_edit_kept_and_brings_back_the_rest_new():
    before = _layers()  # 2 → 4 → 2 → 1
    _, plan = dense_edits.add_unit(before, 0)
    assert dense_edits.inverse(plan, before) == [
        Carry(0, cols=(0, 1, 2, 3)),
        Carry(1, rows=(0, 1, 2, 3)),
        Carry(2),
    ]
    _, plan = dense_edits.remove_unit(before, 0, unit=1)  # undone: neuron 1 comes back, new
    assert dense_edits.inverse(plan, before) == [Carry(0, cols=(0, -1, 1, 2)), Carry(1, rows=(0, -1, 1, 2)), Carry(2)]
    _, plan = dense_edits.add_layer(before, 1)  # undone: the added layer goes, the next keeps its biases
    assert dense_edits.inverse(plan, before) == [Carry(0), Carry(2, rows=()), Carry(3)]
    _, plan = dense_edits.remove_layer(before, 0)  # undone: the removed layer comes back new
    assert dense_edits.inverse(plan, before) == [Carry(None), Carry(0, rows=()), Carry(1)]


def test_silenced_units_follow_the_edit():
    before = _layers()
    first, second, _ = dense_edits.dense_names(before)
    silenced = {first: [1, 3], second: [1], "conv": [0]}
    after, plan = dense_edits.add_unit(before, 0)  # the new neuron is not silenced; the rest as they were
    assert dense_edits.silenced_after(silenced, before, after, plan) == silenced
    after, plan = dense_edits.remove_unit(before, 0, unit=1)  # 1 goes with its neuron; 3 is now 2
    assert dense_edits.silenced_after(silenced, before, after, plan) == {first: [2], second: [1], "conv": [0]}
    after, plan = dense_edits.remove_unit(before, 1)  # the second layer's last neuron, silenced, goes
    assert dense_edits.silenced_after(silenced, before, after, plan) == {first: [1, 3], "conv": [0]}
    after, plan = dense_edits.remove_layer(before, 0)  # the layer's silencing goes with it
    assert dense_edits.silenced_after(silenced, before, after, plan) == {second: [1], "conv": [0]}
    after, plan = dense_edits.add_layer(before, 1)
    assert dense_edits.dense_names(after)[0] == first and dense_edits.dense_names(after)[2] == second
    assert dense_edits.silenced_after(silenced, before, after, plan) == silenced
