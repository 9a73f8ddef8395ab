"""Models with several inputs (Input entries) and several outputs (output marks), without Keras."""

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment, default_experiment, dense
from playground.core.network import layer_edits as edits
from playground.core.network.layer_graph import is_sequential, layer_inputs, output_indices


def _names(layers):
    return [layer["config"]["name"] for layer in layers]


def two_inputs_two_outputs() -> Experiment:
    """circle data: x1, x2 into one branch, x1², x2² into another; joined; a side output on the
    first branch learning the labels too, weighted 0.5."""
    exp = default_experiment()
    layers = edits.with_names([dense(4), dense(1, "sigmoid")])
    layers = edits.insert(
        layers, 0, {"class_name": "Input", "config": {"name": "squares", "features": ["x1^2", "x2^2"]}}
    )
    layers = edits.insert(
        layers, 1, {"class_name": "Dense", "config": {"name": "sq", "units": 3, "activation": "tanh"}}
    )
    layers = edits.insert(layers, 3, {"class_name": "Concatenate", "config": {"name": "join"}})
    layers, why = edits.connect(layers, "sq", "join")
    assert why is None
    layers = edits.branch(
        layers, 2, {"class_name": "Dense", "config": {"name": "side", "units": 1, "activation": "sigmoid"}}
    )
    layers[3]["output"] = {"target": "labels", "loss_weight": 0.5}
    exp.model.layers = layers
    return exp


def test_inputs_and_outputs_are_found_with_their_shapes():
    exp = two_inputs_two_outputs()
    assert _names(exp.model.layers) == ["squares", "sq", "dense_1", "side", "join", "dense_2"]
    validate(exp)
    nodes = exp.analyse()
    shapes = {n.name: n.shape for n in nodes}
    assert shapes == {
        "input": (2,),
        "squares": (2,),
        "sq": (3,),
        "dense_1": (4,),
        "side": (1,),
        "join": (7,),
        "dense_2": (1,),
    }
    assert sum(n.params for n in nodes) == 9 + 12 + 5 + 8 + 0
    assert output_indices(exp.model.layers) == [5, 3]
    main, side = exp.outputs
    assert (main.name, main.main, main.loss, main.loss_weight) == ("dense_2", True, "binary_crossentropy", 1.0)
    assert (side.name, side.loss, side.loss_weight, side.metrics) == ("side", "binary_crossentropy", 0.5, ("accuracy",))
    assert [layer["config"]["name"] for layer in exp.extra_inputs] == ["squares"]
    assert not is_sequential(exp.model.layers)
    assert Experiment.from_json(exp.to_json()) == exp


def test_an_input_takes_the_whole_sample_on_images():
    exp = two_inputs_two_outputs()
    exp.data.name = "digits"
    nodes = {n.name: n for n in exp.analyse()}
    assert nodes["squares"].shape == (8, 8, 1) and nodes["squares"].summary == "the whole sample"


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (lambda L: L[0]["config"].update(features=[]), "[0].config.features", "one or more different features"),
        (lambda L: L[3].pop("output"), "[3]", "goes nowhere"),
        (lambda L: L[3]["config"].update(units=3), "[3]", "this output has 3 units"),
        (lambda L: L[3]["config"].update(activation="tanh"), "[3]", "set this output's activation to sigmoid"),
        (lambda L: L[3]["output"].update(loss="sparse_categorical_crossentropy"), "[3]", "does not fit classification"),
        (lambda L: L[3]["output"].update(target="inputs", loss="mse"), "[3]", "the inputs it rebuilds are (2,)"),
    ],
)
def test_each_wrong_input_or_output_names_its_layer(change, where, words):
    exp = two_inputs_two_outputs()
    change(exp.model.layers)
    with pytest.raises(ExperimentError) as err:
        validate(exp)
    assert err.value.field == f"model.layers{where}" and words in err.value.message


def test_the_data_input_must_feed_a_layer():
    exp = default_experiment()
    layers = edits.insert(exp.model.layers, 0, {"class_name": "Input", "config": {"name": "other", "features": ["x1"]}})
    layers[1]["inputs"] = ["other"]
    exp.model.layers = edits.normalise(layers)
    with pytest.raises(ExperimentError, match="no layer takes the data's own input"):
        validate(exp)


def test_an_output_can_rebuild_the_inputs_next_to_the_labels():
    exp = two_inputs_two_outputs()
    exp.model.layers[3]["config"]["units"] = 2
    exp.model.layers[3]["config"]["activation"] = "linear"
    exp.model.layers[3]["output"] = {"target": "inputs", "loss": "mse"}
    validate(exp)
    side = exp.outputs[1]
    assert (side.problem, side.target_shape, side.metrics) == ("reconstruction", (2,), ("mae",))


@pytest.mark.parametrize(
    ("mark", "field"),
    [
        ({"target": "pixels"}, "output.target"),
        ({"loss": "cosine"}, "output.loss"),
        ({"loss_weight": -1}, "output.loss_weight"),
        ({"metrics": ["auc"]}, "output.metrics"),
        ({"weight": 1}, "output.weight"),
        ("yes", "output"),
    ],
)
def test_a_wrong_output_mark_in_a_file_names_the_field(mark, field):
    raw = two_inputs_two_outputs().to_dict()
    raw["model"]["layers"][3]["output"] = mark
    with pytest.raises(ExperimentError) as err:
        Experiment.from_dict(raw)
    assert err.value.field == f"model.layers[3].{field}"


def test_an_input_takes_nothing_and_is_not_an_output():
    raw = two_inputs_two_outputs().to_dict()
    raw["model"]["layers"][0]["inputs"] = ["input"]
    with pytest.raises(ExperimentError, match="an Input takes no inputs"):
        Experiment.from_dict(raw)
    raw["model"]["layers"][0]["config"]["features"] = ["x3"]
    del raw["model"]["layers"][0]["inputs"]
    with pytest.raises(ExperimentError) as err:
        Experiment.from_dict(raw)
    assert err.value.field == "model.layers[0].config.features"


def test_adding_an_input_rewires_nothing_and_deleting_it_leaves_a_working_model():
    layers = edits.with_names([dense(4), dense(1, "sigmoid")])
    with_input = edits.insert(layers, 0, {"class_name": "Input", "config": {"features": ["x1"]}})
    assert _names(with_input) == ["input_1", "dense_1", "dense_2"]
    assert [layer_inputs(with_input, i) for i in range(3)] == [(), ("input",), ("dense_1",)]
    assert "inputs" not in with_input[0]
    back = edits.delete(with_input, 0)
    assert back == layers and is_sequential(back)
    assert edits.shortcut(with_input, 0) == with_input  # nothing to go around


def test_a_branch_keeps_the_chain_and_unmarking_it_is_a_problem_not_a_crash():
    layers = edits.with_names([dense(4), dense(1, "sigmoid")])
    branched = edits.branch(layers, 0, dense(1, "sigmoid"))
    assert [layer_inputs(branched, i) for i in range(3)] == [("input",), ("dense_1",), ("dense_1",)]
    exp = default_experiment()
    exp.model.layers = branched
    with pytest.raises(ExperimentError, match="dense_3: the output of dense_3 goes nowhere"):
        validate(exp)
    branched[1]["output"] = {}
    validate(exp)
    assert [o.name for o in exp.outputs] == ["dense_2", "dense_3"]
