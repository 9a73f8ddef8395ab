"""Reading an experiment file: paths inside it are read beside it, its seed fits numpy, and a
layer without a setting Keras needs is named."""

import json
import os

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import MAX_SEED, Experiment, default_experiment
from tests.core.messages import assert_translates


def _file_experiment(path: str, weights: str | None = None) -> dict:
    raw = default_experiment().to_dict()
    raw["data"] = {
        "name": "file",
        "samples": 20,
        "source": {"kind": "csv", "path": path, "problem": "classification", "classes": ["0", "1"], "input_shape": [2]},
    }
    if weights:
        raw["model"]["weights"] = weights
    return raw


def test_relative_paths_are_read_beside_the_experiment(tmp_path, monkeypatch):
    (tmp_path / "lesson").mkdir()
    path = tmp_path / "lesson" / "exp.json"
    path.write_text(json.dumps(_file_experiment("data/t.csv", "../models/m.keras")))
    monkeypatch.chdir(tmp_path)
    exp = Experiment.load("lesson/exp.json")
    assert exp.data.source["path"] == os.path.join(tmp_path, "lesson", "data", "t.csv")
    assert exp.model.weights == os.path.join(tmp_path, "models", "m.keras")  # reading from anywhere is fine


def test_absolute_paths_stay_as_they_are(tmp_path):
    path = tmp_path / "exp.json"
    path.write_text(json.dumps(_file_experiment("/data/t.csv", "/models/m.keras")))
    exp = Experiment.load(path)
    assert exp.data.source["path"] == "/data/t.csv" and exp.model.weights == "/models/m.keras"


def test_a_seed_beyond_32_bits_is_refused():
    raw = default_experiment().to_dict()
    raw["seed"] = MAX_SEED
    assert Experiment.from_dict(raw).seed == MAX_SEED
    raw["seed"] = MAX_SEED + 1
    with pytest.raises(ExperimentError) as info:
        Experiment.from_dict(raw)
    assert str(info.value) == "seed: must be at most 2147483647, got 2147483648"
    assert_translates(info.value.message, "experiment")


def test_a_layer_without_a_setting_keras_needs_is_named():
    exp = default_experiment()
    del exp.model.layers[0]["config"]["units"]
    with pytest.raises(ExperimentError) as info:
        validate(exp)
    assert str(info.value) == "model.layers[0]: dense_1: has no units, which it needs: give it one in its properties"


def test_too_many_layers_are_refused_before_their_shapes_are_worked_out():
    raw = default_experiment().to_dict()
    raw["model"]["layers"] = raw["model"]["layers"][:1] * 201
    with pytest.raises(ExperimentError) as info:
        Experiment.from_dict(raw)
    assert info.value.field == "model.layers" and "has 201 layers" in str(info.value)
