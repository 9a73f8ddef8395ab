""".keras files a stranger could hand over, read with `read_keras` as File → Import reads them: each
is refused with a message naming the problem before Keras builds anything, and a file with code is
refused by Keras's safe mode too when the check before it is skipped (issue 18)."""

from __future__ import annotations

import json
import resource
import zipfile

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import default_experiment
from playground.training.files import keras_archive, keras_io
from playground.training.tf_setup import import_keras


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A plain Keras file, as a stranger's is (the playground's own wrap their model: see
    test_self_contained_model for one of those made hostile)."""
    from playground.training.network.model_builder import build_model

    path = tmp_path_factory.mktemp("model") / "ok.keras"
    build_model(default_experiment()).save(path)
    return path


def _rewritten(source, target, change=None, drop=()):
    """A copy of the .keras file `source` with its config.json changed (or members left out)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            if name in drop:
                continue
            data = old.read(name)
            if name == "config.json" and change:
                config = json.loads(data)
                change(config["config"]["layers"])
                data = json.dumps(config).encode()
            new.writestr(name, data)
    return target


def _set(index, key, value):
    def change(layers):
        layers[index]["config"][key] = value

    return change


def _drop(index, key):
    def change(layers):
        del layers[index]["config"][key]

    return change


def _lambda(layers):
    dense = layers[1]
    dense.update(class_name="Lambda", module="keras.layers")
    dense["config"] = {"name": "code", "trainable": True, "function": {"class_name": "__lambda__", "config": {}}}


CASES = [
    ("units-1e9", _set(1, "units", 10**9), "layer '{1}' has units = 1,000,000,000"),
    (
        "units-60000-twice",
        lambda ls: (_set(1, "units", 60_000)(ls), _set(2, "units", 60_000)(ls)),
        "{2} would hold 3,600,060,000 weights",
    ),
    ("no-units", _drop(1, "units"), "layer '{1}' is a Dense without units"),
    ("lambda", _lambda, "layer 'code' is a Lambda: it contains code"),
    ("unknown-layer", lambda ls: ls[1].update(class_name="MyLayer"), "it uses MyLayer, which is not one of Keras"),
]


@pytest.mark.parametrize("change, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_hostile_keras_file_is_refused_before_anything_is_built(saved, tmp_path, change, expected):
    path = _rewritten(saved, tmp_path / "m.keras", change)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ExperimentError) as info:
        keras_io.read_keras(path)
    with zipfile.ZipFile(saved) as archive:  # Keras numbers layer names across a session's models
        names = [layer["config"]["name"] for layer in json.loads(archive.read("config.json"))["config"]["layers"]]
    assert expected.format(*names) in str(info.value) and "m.keras" in str(info.value)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 500  # nothing of 10⁹ units was allocated


def test_a_file_that_is_not_a_zip_says_so(tmp_path):
    path = tmp_path / "notes.keras"
    path.write_text("not a model")
    with pytest.raises(ExperimentError) as info:
        keras_io.read_keras(path)
    assert (
        str(info.value)
        == "(file): notes.keras cannot be read as a Keras model: it is not a Keras .keras file (not a zip archive)"
    )


def test_a_file_without_config_json_says_so(saved, tmp_path):
    path = _rewritten(saved, tmp_path / "m.keras", drop=("config.json",))
    with pytest.raises(ExperimentError, match="it has no config.json: not a Keras model"):
        keras_io.read_keras(path)


def test_a_missing_weights_file_names_the_field(tmp_path):
    model = keras_io.build_model(default_experiment())
    with pytest.raises(ExperimentError) as info:
        keras_io.load_weights(model, tmp_path / "gone.keras")
    assert info.value.field == "model.weights" and "does not exist" in str(info.value)


def test_keras_safe_mode_refuses_a_real_lambda_even_past_the_check(tmp_path, monkeypatch):
    keras = import_keras()
    inputs = keras.Input((2,))
    outputs = keras.layers.Dense(1)(keras.layers.Lambda(lambda x: x * 2)(inputs))
    path = tmp_path / "lambda.keras"
    keras.Model(inputs, outputs).save(path)
    with pytest.raises(ExperimentError, match="is a Lambda: it contains code"):
        keras_io.read_keras(path)
    monkeypatch.setattr(keras_archive, "check", lambda path, field="(file)": {})
    with pytest.raises(ExperimentError, match="it contains code"):
        keras_io.read_keras(path)


def test_a_good_file_is_read(saved):
    layers, shape, _notes = keras_io.read_keras(saved)
    assert shape == (2,) and [layer["config"]["units"] for layer in layers] == [4, 2, 1]
