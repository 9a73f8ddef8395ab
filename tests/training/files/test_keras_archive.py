"""A .keras file is checked as data before Keras opens it: the checks that need no TensorFlow.
The hostile files themselves are in tests/test_hostile_files.py and test_keras_hostile.py."""

import json
import zipfile

import pytest

from playground.core.errors import ExperimentError
from playground.training.files import keras_archive
from tests.core.messages import assert_translates


def _keras(path, layers, input_shape=(32, 32, 3)) -> None:
    inputs = {"class_name": "InputLayer", "config": {"name": "input", "batch_shape": [None, *input_shape]}}
    config = {"class_name": "Functional", "config": {"name": "m", "layers": [inputs, *layers]}}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("config.json", json.dumps(config))


def _layer(kind, name, **config):
    return {"class_name": kind, "config": {"name": name, "trainable": True, **config}}


def test_a_pretrained_base_with_wide_inner_layers_passes(tmp_path):
    # ResNet50's inner convolutions have 2,048 filters, more than the editor offers: a nested base is fine
    base = _layer("Functional", "resnet50", layers=[_layer("Conv2D", f"c{i}", filters=2048) for i in range(300)])
    path = tmp_path / "m.keras"
    _keras(path, [base, _layer("Dense", "out", units=10)])
    assert keras_archive.check(path)["class_name"] == "Functional"


def test_a_refusal_is_translated_whole(tmp_path):
    path = tmp_path / "m.keras"
    _keras(path, [_layer("Lambda", "f")])
    with pytest.raises(ExperimentError) as info:
        keras_archive.check(path)
    assert_translates(info.value.message, "keras_io")
    assert_translates(info.value.message.values["reason"], "keras_io")


def test_a_branched_model_is_counted_along_its_graph(tmp_path):
    # a second input makes it no stack: its layers are still followed, and the two wide ones counted
    inputs2 = {"class_name": "InputLayer", "config": {"name": "input2", "batch_shape": [None, 4]}}
    path = tmp_path / "m.keras"
    _keras(path, [inputs2, _layer("Dense", "d", units=60_000), _layer("Dense", "e", units=60_000)], (4,))
    with pytest.raises(ExperimentError, match="e would hold 3,600,060,000 weights"):
        keras_archive.check(path)


def test_a_layer_the_editor_cannot_follow_is_counted_at_its_largest(tmp_path):
    path = tmp_path / "m.keras"
    odd = _layer("Dense", "d", units=60_000)
    odd["inbound_nodes"] = [
        {"args": [{"class_name": "__keras_tensor__", "config": {"keras_history": ["nowhere", 0, 0]}}]}
    ]
    _keras(path, [_layer("Dense", "a", units=60_000), odd], (4,))
    with pytest.raises(ExperimentError, match="would hold 3,600,000,000 weights"):
        keras_archive.check(path)
