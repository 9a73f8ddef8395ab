from playground.core.experiment import default_experiment
from playground.core.state import ExperimentState


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
