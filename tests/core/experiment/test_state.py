import pytest

from playground.core.experiment.config import default_experiment, dense
from playground.core.experiment.state import Change, ExperimentState, needs_new_run


def test_problem_change_sets_output_loss_and_metrics():
    state = ExperimentState(default_experiment())
    changes = []
    state.subscribe(changes.append)
    state.update_data(name="plane")
    exp = state.experiment
    assert exp.training.loss == "mse" and exp.training.metrics == ["mae"]
    assert exp.model.layers[-1]["config"]["activation"] == "linear"
    assert {c.section for c in changes} == {"data", "model", "training"}
    assert state.error is None


def test_hinge_gets_a_tanh_output():
    state = ExperimentState(default_experiment())
    state.update_training(loss="hinge")
    assert state.experiment.model.layers[-1]["config"]["activation"] == "tanh"


def test_impossible_edit_is_reported_not_lost():
    state = ExperimentState(default_experiment())
    state.update_data(features=[])
    assert state.error is not None and state.error.field == "data.features"
    assert state.experiment.data.features == []
    state.update_data(features=["x1"])
    assert state.error is None


def test_learning_rate_keeps_other_settings():
    state = ExperimentState(default_experiment())
    state.update_training(optimizer={"class_name": "SGD", "config": {"learning_rate": 0.03, "momentum": 0.9}})
    state.set_learning_rate(0.1)
    assert state.experiment.training.optimizer == {
        "class_name": "SGD",
        "config": {"learning_rate": 0.1, "momentum": 0.9},
    }


def test_regenerate_moves_the_seed():
    state = ExperimentState(default_experiment())
    changes = []
    state.subscribe(changes.append)
    state.regenerate()
    assert state.experiment.seed == 1 and changes[-1].section == "data"


def test_apply_announces_only_what_differs():
    state = ExperimentState(default_experiment())
    target = state.experiment.copy()
    target.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": 0.1}}
    changes = []
    state.subscribe(changes.append)
    state.apply(target)
    assert changes == [Change("training", ("optimizer",))]
    assert state.experiment == target and state.experiment is not target


def test_edits_are_reported_with_before_and_after():
    state = ExperimentState(default_experiment())
    edits = []
    state.subscribe_edits(edits.append)
    before = state.experiment.copy()
    state.update_data(label="Change noise", merge_key="noise", noise=0.2)
    state.update_data(noise=0.2)  # no change: no edit
    assert len(edits) == 1
    assert edits[0].label == "Change noise" and edits[0].merge_key == "noise"
    assert edits[0].before == before and edits[0].after.data.noise == 0.2


def test_declined_edit_changes_nothing_and_asks_views_to_refresh():
    state = ExperimentState(default_experiment())
    before = state.experiment.copy()
    asked, changes, edits = [], [], []
    state.confirm = lambda b, a: asked.append((b, a)) or False
    state.subscribe(changes.append)
    state.subscribe_edits(edits.append)
    state.set_layers([dense(3), dense(1, "sigmoid")])
    assert state.experiment == before and not edits
    assert asked[0][1].model.layers[0]["config"]["units"] == 3
    assert changes == [Change("experiment", revert=True)]


@pytest.mark.parametrize(
    "edit, new_run",
    [
        (lambda e: e.training.optimizer["config"].update(learning_rate=0.5), False),
        (lambda e: setattr(e.training, "epochs", 5000), False),
        (lambda e: e.training.optimizer["config"].update(momentum=0.9), False),
        (lambda e: e.training.optimizer.update(class_name="Adam"), False),
        (lambda e: setattr(e.training, "schedule", {"class_name": "ExponentialDecay", "config": {}}), False),
        (lambda e: setattr(e.training, "callbacks", [{"class_name": "TerminateOnNaN", "config": {}}]), False),
        (lambda e: setattr(e.training, "validation", {"method": "kfold", "k": 5, "repeats": 1}), False),
        (lambda e: setattr(e.training, "batch_size", 20), True),
        (lambda e: setattr(e.data, "noise", 0.1), True),
        (lambda e: setattr(e, "seed", 9), True),
        (lambda e: e.model.layers.pop(0), True),
    ],
)
def test_needs_new_run(edit, new_run):
    before = default_experiment()
    after = before.copy()
    edit(after)
    assert needs_new_run(before, after) is new_run


def test_choosing_other_data_drops_choices_that_belonged_to_the_data_before():
    from playground.core.data.data_config import FILE, DataConfig
    from playground.core.experiment.config import default_experiment
    from playground.core.experiment.state import ExperimentState

    exp = default_experiment()
    exp.data = DataConfig(name="iris", samples=150, scaling="minmax")
    exp.training.loss, exp.training.class_weight = "sparse_categorical_crossentropy", "balanced"
    state = ExperimentState(exp)
    state.update_data(name="circle")
    assert state.error is None and state.experiment.data.scaling == "auto"
    state.update_data(name="diabetes")
    assert state.error is None and state.experiment.training.class_weight == "none"
    source = {"kind": "npz", "path": "x.npz", "problem": "regression", "classes": [], "input_shape": [3]}
    state.update_data(name=FILE, source=source)
    state.update_data(name="reviews", encoding="multi_hot")
    assert state.experiment.data.source == {} and state.error is None
    state.update_data(name="wine")
    assert state.experiment.data.encoding == "sequence" and state.error is None


def test_an_autoencoder_on_data_it_cannot_rebuild_goes_back_to_learning_labels():
    from playground.core.experiment.state import ExperimentState
    from playground.core.teaching.templates import TEMPLATES

    state = ExperimentState(TEMPLATES["autoencoder"][1]())
    assert state.experiment.data.target == "inputs"
    state.update_data(name="iris")
    assert state.experiment.data.target == "labels"
    # What is left is the network, which the editor marks on its layer, not a hidden data setting.
    assert state.error.field == "model.layers[5]" and "add Flatten" in state.error.message
