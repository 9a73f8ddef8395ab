"""Every template builds, counts its parameters as Keras does, trains, and survives a round trip
through the experiment file and through a .keras file (a pretrained base on fake weights)."""

import numpy as np
import pytest

from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment
from playground.core.network.layer_graph import analyse, is_sequential
from playground.core.teaching.templates import TEMPLATES
from playground.training.engine.session import Session
from playground.training.files.keras_io import read_keras, save_keras
from playground.training.network.model_builder import build_model


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_template_builds_trains_and_round_trips(name, tmp_path, request):
    exp = TEMPLATES[name][1]()
    validate(exp)
    if any(layer["class_name"] == "Pretrained" for layer in exp.model.layers):
        request.getfixturevalue("pretrained_home")  # fake ImageNet weights: no download
    path = tmp_path / "e.json"
    exp.save(path)
    assert Experiment.load(path) == exp
    session = Session(exp)
    ours = [n.params for n in analyse(exp.input_shape, exp.model.layers)[1:]]
    assert sum(ours) == session.model.count_params()
    rows = session.train(3)
    assert len(rows) == 3 and all(np.isfinite(r["loss"]) for r in rows)
    assert rows[-1]["loss"] < rows[0]["loss"] * 1.05
    save_keras(exp, tmp_path / "m.keras", session.model)
    layers, input_shape, notes = read_keras(tmp_path / "m.keras")
    several = len(exp.outputs) > 1 or exp.extra_inputs  # the file tells which outputs, not their targets
    assert input_shape == exp.input_shape and (several or notes == [])
    back = exp.copy()
    back.model.layers = layers
    features = {x["config"]["name"]: x["config"].get("features") for x in exp.extra_inputs}
    for extra in back.extra_inputs:  # an Input's features are the playground's, not in the file
        extra["config"]["features"] = features[extra["config"]["name"]]
    assert [o.name for o in back.outputs] == [o.name for o in exp.outputs]

    def configs(model):
        return sorted((layer.get_config() for layer in model.layers), key=lambda c: c["name"])

    assert configs(build_model(back)) == configs(build_model(exp))


@pytest.mark.parametrize("name, epochs, at_least", [("lenet", 15, 0.9), ("lstm", 10, 0.8), ("gru", 10, 0.8)])
def test_templates_learn_well_beyond_chance(name, epochs, at_least):
    session = Session(TEMPLATES[name][1]())
    rows = session.train(epochs)
    assert rows[-1]["val_accuracy"] >= at_least


def test_the_residual_template_is_a_branched_model_that_reads_back_branched(tmp_path):
    exp = TEMPLATES["residual"][1]()
    assert not is_sequential(exp.model.layers)
    save_keras(exp, tmp_path / "r.keras")
    layers, _, _ = read_keras(tmp_path / "r.keras")
    assert layers == exp.model.layers  # the same names and the same wiring, exactly
    assert [layer["inputs"] for layer in layers if layer["class_name"] == "Add"] == [["res_conv2", "stem"]]


def test_a_keras_file_with_code_is_refused(tmp_path):
    from playground.core.errors import ExperimentError
    from playground.training.tf_setup import import_keras

    keras = import_keras()
    model = keras.Sequential([keras.Input((2,)), keras.layers.Lambda(lambda x: x * 2), keras.layers.Dense(1)])
    model.save(tmp_path / "lambda.keras")
    with pytest.raises(ExperimentError, match="code"):
        read_keras(tmp_path / "lambda.keras")
    (tmp_path / "junk.keras").write_text("not a zip")
    with pytest.raises(ExperimentError, match="junk.keras cannot be read"):
        read_keras(tmp_path / "junk.keras")
