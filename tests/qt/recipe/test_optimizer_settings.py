"""Every optimizer's Keras settings: edited in a dialog, checked without TensorFlow, built by Keras."""

import pytest
from PySide6.QtWidgets import QDialog

from playground.core.errors import ExperimentError
from playground.core.experiment.config import default_experiment, validate_structure
from playground.core.recipe import optimizer_specs
from playground.core.recipe.training_config import OPTIMIZERS
from playground.qt.recipe.optimizer_dialog import QtOptimizerDialog


def test_every_optimizer_with_every_setting_changed_is_built_by_keras():
    from playground.training.network import serialization

    for name in OPTIMIZERS:
        config = {"learning_rate": 0.01}
        for spec in optimizer_specs.settings(name):
            if spec.key == "clipvalue":  # Keras takes clipnorm or clipvalue, not both
                continue
            value = (not spec.default) if spec.kind == "bool" else round((spec.low + spec.high) / 2, 4)
            config = optimizer_specs.with_setting(name, config, spec.key, value)
        optimizer = serialization.optimizer({"class_name": name, "config": config})
        built = optimizer.get_config()
        for key, value in config.items():
            assert built[key] == pytest.approx(value), (name, key)


def test_wrong_settings_in_a_file_name_the_key():
    exp = default_experiment()
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.01, "beta_1": 1.5}}
    with pytest.raises(ExperimentError, match=r"training.optimizer.config.beta_1: must be a number from 0 to 0.9999"):
        validate_structure(exp)
    exp.training.optimizer["config"] = {"learning_rate": 0.01, "momentum": 0.9}
    with pytest.raises(ExperimentError, match="Adam has no setting 'momentum'; its settings: beta_1"):
        validate_structure(exp)
    exp.training.optimizer["config"] = {"learning_rate": 0.01, "clipnorm": 0}
    with pytest.raises(ExperimentError, match="clipnorm"):
        validate_structure(exp)
    exp.training.optimizer["config"] = {"learning_rate": 0.01, "clipnorm": 1.0, "clipvalue": 1.0}
    with pytest.raises(ExperimentError, match="by norm or by value, not both"):
        validate_structure(exp)


def test_the_dialog_edits_settings_and_keeps_wrong_text_open(qtbot):
    dialog = QtOptimizerDialog({"class_name": "AdamW", "config": {"learning_rate": 0.001}})
    qtbot.addWidget(dialog)
    assert dialog.fields["weight_decay"].text() == "0.004" and dialog.fields["clipnorm"].text() == ""
    dialog.fields["beta_2"].setText("0.99")
    dialog.fields["amsgrad"].setChecked(True)
    dialog.fields["clipnorm"].setText("1")
    assert dialog.optimizer() == {
        "class_name": "AdamW",
        "config": {"learning_rate": 0.001, "beta_2": 0.99, "amsgrad": True, "clipnorm": 1.0},
    }
    dialog.fields["epsilon"].setText("tiny")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "epsilon: 'tiny' is not a number" in dialog.problem.text()


def test_the_training_panel_applies_the_settings_as_one_undoable_edit(qtbot, window, monkeypatch):
    panel = window.training_panel
    window.state.update_training(optimizer={"class_name": "RMSprop", "config": {"learning_rate": 0.01}})

    def exec_(dialog):
        dialog.fields["rho"].setText("0.8")
        dialog.fields["centered"].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtOptimizerDialog, "exec", exec_)
    assert panel.edit_optimizer()
    assert window.state.experiment.training.optimizer["config"] == {"learning_rate": 0.01, "rho": 0.8, "centered": True}
    window.undo.stack.undo()
    assert window.state.experiment.training.optimizer["config"] == {"learning_rate": 0.01}
