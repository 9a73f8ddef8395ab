"""The data modules' errors are `core.i18n.Message`s (their English text unchanged), so the window
can show them translated."""

from __future__ import annotations

import numpy as np
import pytest

from playground.core.data import csv_import, datasets, image_import, imported, keras_sets, npz_import, user_files
from playground.core.data.data_config import DataConfig
from playground.core.data.imported import ImportFailed
from playground.core.i18n import Message
from tests.core.messages import bracketed


def _failure(call, *args, **kwargs) -> Message:
    with pytest.raises(ImportFailed) as info:
        call(*args, **kwargs)
    msg = info.value.args[0]
    assert isinstance(msg, Message)
    return msg


def test_csv_import_errors_are_messages(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("a\n1\n2\n")
    msg = _failure(csv_import.read, str(path))
    assert msg.context == "csv_import"
    assert msg == f"{path}: the first row names one column; a table needs inputs and a target column"
    assert (
        msg.translated(bracketed)
        == f"<{path}: the first row names one column; a table needs inputs and a target column>"
    )


def test_csv_weights_nest_messages(tmp_path):
    path = tmp_path / "w.csv"
    path.write_text("a,sample_weight,y\n1,x,0\n2,1,1\n")
    msg = _failure(csv_import.load, str(path))
    assert msg.context == "csv_import" and msg.values["what"] == "'x' is not a weight"
    assert msg.translated(bracketed).startswith("<") and "<'x' is not a weight>" in msg.translated(bracketed)


def test_a_one_class_target_names_it_translated(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("a,y\n1,cat\n2,cat\n3,cat\n")
    msg = _failure(csv_import.load, str(path), problem="classification")
    assert msg.context == "imported"
    assert msg == f"{path}: the target 'y' has only one class (cat): a classifier needs two"
    assert msg.translated(bracketed) == f"<<{path}: the target 'y'> has only one class (cat): a classifier needs two>"


def test_npz_import_errors_are_messages(tmp_path):
    path = tmp_path / "d.npz"
    np.savez(path, a=np.zeros(3))
    msg = _failure(npz_import.load, str(path))
    assert msg.context == "npz_import"
    assert msg == f"{path} needs arrays named x and y (or x_train, y_train, x_test, y_test); it holds a"
    assert msg.translated(bracketed).startswith("<")


def test_npz_shapes_stay_as_python_writes_them(tmp_path):
    path = tmp_path / "d.npz"
    np.savez(path, x=np.zeros((4, 2, 2, 2, 2)), y=np.zeros(4))
    msg = _failure(npz_import.load, str(path))
    assert msg == f"{path}: x has shape (4, 2, 2, 2, 2); use (n, features), (n, time, features) or (n, h, w, c)"


def test_image_import_errors_are_messages(tmp_path):
    msg = _failure(image_import.classes_in, str(tmp_path / "nowhere"))
    assert msg.context == "image_import"
    assert msg.translated(bracketed).startswith("<")
    msg = _failure(image_import.load, str(tmp_path), size=7)
    assert msg == "image size must be one of 8, 16, 28, 32, 48, 64, 96, 128, not 7"


def test_imported_errors_are_messages():
    msg = _failure(user_files.load, {"kind": "csv", "path": ""})
    assert msg.context == "imported" and msg == "no file chosen: choose Import… in the Data panel"
    assert msg.translated(bracketed) == "<no file chosen: choose Import… in the Data panel>"
    msg = _failure(imported.check_weights, np.array([1.0, -0.5]), 2, "w")
    assert msg == "w is negative at sample 1 (-0.5): weights must be 0 or more"


def test_keras_sets_messages(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    with pytest.raises(keras_sets.NotPrepared) as info:
        keras_sets.load("mnist")
    msg = info.value.args[0]
    assert isinstance(msg, Message) and msg.context == "keras_sets"
    assert isinstance(msg.values["hint"], Message) and isinstance(keras_sets.copy_hint("cifar10"), Message)
    assert msg.translated(bracketed).startswith("<<MNIST> is not on this computer yet")
    with pytest.raises(ValueError) as info:
        keras_sets.check_arrays("mnist", np.zeros((2, 28, 28), np.uint8), np.zeros(3, np.int64))
    msg = info.value.args[0]
    assert isinstance(msg, Message)
    assert msg == "x is uint8 (2, 28, 28), expected uint8 (n, 28, 28, 1); y is int64 (3,), expected int64 (2,)"
    assert msg.translated(bracketed) == (
        "<<x is uint8 (2, 28, 28), expected uint8 (n, 28, 28, 1)>; <y is int64 (3,), expected int64 (2,)>>"
    )


def test_keras_damaged_file_passes_the_reason_on(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    path = keras_sets.prepared_path("mnist")
    path.parent.mkdir(parents=True)
    np.savez(path, x=np.zeros((2, 28, 28, 1), np.uint8))
    with pytest.raises(ValueError) as info:
        keras_sets.load("mnist")
    msg = info.value.args[0]
    assert isinstance(msg, Message) and msg.values["reason"] == "it lacks y"
    assert "(<it lacks y>)" in msg.translated(bracketed)


def test_datasets_pass_the_keras_message_on(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    with pytest.raises(ImportFailed) as info:
        datasets.generate(DataConfig(name="mnist", samples=100), seed=1)
    msg = info.value.args[0]
    assert isinstance(msg, Message) and msg.context == "keras_sets"
    assert str(info.value).startswith("MNIST is not on this computer yet")
