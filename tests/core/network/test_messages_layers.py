"""The layers' shape problems, settings checks, the Pretrained layer's errors, the Keras file errors
and the script export's refusals are Messages the window can translate (no TensorFlow needed)."""

from __future__ import annotations

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import default_experiment
from playground.core.files import export_script
from playground.core.i18n import Message
from playground.core.network import layer_configs, layer_shapes, transfer
from playground.core.network.layer_graph import analyse
from playground.core.recipe import optimizer_specs
from tests.core.messages import assert_translates, bracketed


def test_a_layer_problem_is_a_message_and_its_text():
    with pytest.raises(layer_shapes.LayerProblem) as info:
        layer_shapes.infer("Dense", {"units": 4}, (28, 28, 1))
    msg = info.value.args[0]
    assert_translates(msg, "layer_shapes")
    assert msg == (
        "Dense receives a 4-D input (28, 28, 1) from the input: insert Flatten or GlobalAveragePooling2D before it"
    )
    assert info.value.message is msg and str(info.value) is msg  # str() keeps the Message
    assert "<the input>" in msg.translated(bracketed)  # "the input" is translated too


def test_the_editors_node_keeps_the_message():
    nodes = analyse((10,), [{"class_name": "Conv2D", "config": {"filters": 4}}])
    assert_translates(nodes[1].problem, "layer_shapes")
    assert nodes[1].problem.startswith("Conv2D needs images (height, width, channels); it receives (10,)")


def test_settings_checks_return_messages():
    key, msg = layer_configs.check_config("Dense", {"units": 0})
    assert key == "units"
    assert_translates(msg, "layer_specs")
    assert msg == "must be a whole number from 1 to 4096, got 0"
    assert_translates(layer_configs.check_config("Dense", {"colour": 1})[1], "layer_specs")
    assert_translates(layer_configs.check_regularizer({"class_name": "L3"}), "layer_specs")
    assert layer_configs.check_regularizer({"class_name": "L3"}) == (
        'must be null or {"class_name": one of L1, L2, L1L2, "config": {...}}'
    )
    inner = layer_configs.check_config("Bidirectional", {"layer": {"class_name": "LSTM", "config": {"units": -1}}})
    assert inner == ("layer", "units must be a whole number from 1 to 4096, got -1")
    assert isinstance(inner[1], Message) and "<must be" in inner[1].translated(bracketed)

    key, msg = optimizer_specs.check("Adam", {"beta_1": 2})
    assert key == "beta_1"
    assert_translates(msg, "optimizer_specs")
    assert msg == "must be a number from 0 to 0.9999, got 2"
    assert_translates(optimizer_specs.check("SGD", {"clipnorm": 1.0, "clipvalue": 1.0})[1], "optimizer_specs")


def test_missing_weights_are_a_message(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    with pytest.raises(transfer.NoWeights) as info:
        transfer.check_weights("VGG16", (32, 32, 3))
    assert_translates(info.value.args[0], "transfer")
    assert info.value.message is info.value.args[0]

    from playground.training.network import transfer as training_transfer

    monkeypatch.setattr(training_transfer, "import_keras", lambda: None)
    with pytest.raises(ExperimentError) as info:
        training_transfer.pretrained_layer({"application": "VGG16", "name": "base"}, (32, 32, 3), "model.layers[0]")
    assert info.value.message.startswith("base: VGG16's ImageNet weights are not on this computer")
    assert "<VGG16's ImageNet weights" in info.value.message.translated(bracketed)


def test_keras_errors_are_messages(tmp_path, monkeypatch):
    from playground.training.files import keras_io
    from playground.training.network import model_builder, serialization

    with pytest.raises(ExperimentError) as info:
        serialization._check_builtin({"class_name": "Lambda", "config": {}}, "model.layers[0]")
    assert_translates(info.value.message, "serialization")

    class Unwritable:
        def save(self, path):
            raise OSError("disk full")

    with pytest.raises(OSError) as info:
        keras_io.save_keras(default_experiment(), tmp_path / "m.keras", Unwritable())
    assert_translates(info.value.args[0], "files")  # every failed write is worded by atomic_files
    assert str(info.value) == f"Could not write {tmp_path / 'm.keras'}: disk full. Check the folder and save again."

    notes: list[str] = []
    keras_io._extra_input({"name": "extra", "batch_shape": (None, 2)}, (2,), notes)
    assert notes == ["extra: takes 2 value(s); on plane data it gets x1, x2"]
    assert_translates(notes[0], "keras_io")

    exp = default_experiment()  # plane data: the Conv2D has a problem, so the Pretrained gets no images
    conv = {"class_name": "Conv2D", "config": {"filters": 4, "name": "conv"}}
    exp.model.layers = [conv, {"class_name": "Pretrained", "config": {"name": "base"}}, *exp.model.layers]
    monkeypatch.setattr(serialization, "layer", lambda spec, where: None)  # no Keras needed
    with pytest.raises(ExperimentError) as info:
        model_builder._layers(exp)
    assert info.value.field == "model.layers[1]"
    assert_translates(info.value.message, "model_builder")


def test_script_refusals_are_messages():
    exp = default_experiment()
    exp.training.validation = {"method": "kfold", "folds": 3}
    with pytest.raises(ExperimentError) as info:
        export_script.check(exp)
    assert info.value.field == "training.validation"
    assert_translates(info.value.message, "export_script")
