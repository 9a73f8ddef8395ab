"""The experiment's, the run history's, the sweeps' and the command line's errors are Messages the
window can translate, with the same English text as before."""

from __future__ import annotations

import pytest

from playground import cli
from playground.core.errors import ExperimentError
from playground.core.experiment.checks import output_problems, validate
from playground.core.experiment.config import Experiment, default_experiment
from playground.core.i18n import Message
from playground.core.runs import sweeps
from playground.core.runs.run_history import RunHistory
from playground.core.teaching import templates
from tests.core.messages import assert_translates, bracketed


def test_experiment_errors_are_messages():
    raw = default_experiment().to_dict()
    raw["seed"] = [1, 2]
    with pytest.raises(ExperimentError) as info:
        Experiment.from_dict(raw)
    assert str(info.value) == "seed: must be a whole number ≥ 0, got [1, 2]"  # a list stays a list
    assert isinstance(info.value.args[0], Message)
    assert_translates(info.value.message, "experiment")
    assert info.value.args[0].translated(bracketed) == "seed: <must be a whole number ≥ 0, got [1, 2]>"

    with pytest.raises(ExperimentError) as info:
        Experiment.from_json("{")
    assert_translates(info.value.message, "experiment")
    assert str(info.value).startswith("(file): is not valid JSON: ")

    raw = default_experiment().to_dict()
    raw["training"]["validation"] = {"method": "nope"}
    with pytest.raises(ExperimentError) as info:
        Experiment.from_dict(raw)
    assert info.value.message == 'must be {"method": "holdout"} or {"method": "kfold", "k": 5, "repeats": 1}'
    assert_translates(info.value.message, "experiment")


def test_network_and_output_problems_are_messages():
    exp = default_experiment()
    exp.model.layers[-1]["config"]["units"] = 3
    problems = output_problems(exp, exp.analyse())
    assert list(problems) == [2]
    assert problems[2] == "the last layer has 3 units but this classification data has one target: set it to 1"
    assert_translates(problems[2], "experiment")
    with pytest.raises(ExperimentError) as info:
        validate(exp)
    assert str(info.value) == f"model.layers[2]: {info.value.message}"
    assert info.value.message == f"dense_3: {problems[2]}"
    assert isinstance(info.value.message, Message)
    assert (
        info.value.message.translated(bracketed)
        == "dense_3: <" + problems[2].template.format(units=3, problem="classification") + ">"
    )

    exp = default_experiment()
    exp.model.layers[-1]["config"]["activation"] = "relu"
    found = output_problems(exp, exp.analyse())
    assert found[2] == "binary_crossentropy needs a probability: set the last activation to sigmoid (it is relu)"
    assert_translates(found[2], "experiment")


def test_runs_errors_are_messages():
    with pytest.raises(ExperimentError) as info:
        RunHistory.from_json({})
    assert str(info.value) == "runs: must be a list of runs"
    assert_translates(info.value.message, "runs")
    with pytest.raises(ExperimentError) as info:
        RunHistory.from_json([{"number": 1, "experiment": {"format": "nope"}}])
    assert str(info.value).startswith('runs[0].experiment.format: must be "playground.experiment", got ')
    assert_translates(info.value.message, "experiment")  # the experiment's own message is passed on


def test_sweeps_errors_are_messages():
    with pytest.raises(ExperimentError) as info:
        sweeps.capacity_variants(templates.lstm(), "units", [8])
    assert_translates(info.value.message, "sweeps")
    with pytest.raises(ExperimentError) as info:
        sweeps.capacity_variants(default_experiment(), "kind", [8])
    assert str(info.value) == "kind: must be units or layers, got 'kind'"
    assert_translates(info.value.message, "sweeps")
    with pytest.raises(ExperimentError) as info:
        sweeps.rate_variants(default_experiment(), [-1])
    assert info.value.message == "lr -1: must be a number above 0 (at most 100), got -1"
    assert info.value.message.translated(bracketed) == "lr -1: <must be a number above 0 (at most 100), got -1>"


def test_cli_epochs_error_is_a_message(tmp_path, monkeypatch, capsys):
    path = tmp_path / "exp.json"
    default_experiment().save(path)
    seen = []
    init = ExperimentError.__init__

    def spy(self, field_path, message):
        seen.append(message)
        init(self, field_path, message)

    monkeypatch.setattr(ExperimentError, "__init__", spy)
    assert cli.main(["train", str(path), "--epochs", "0", "--out", str(tmp_path / "out")]) == 2
    assert f"error: {path}: --epochs: must be at least 1, got 0" in capsys.readouterr().err
    assert_translates(seen[-1], "cli")
