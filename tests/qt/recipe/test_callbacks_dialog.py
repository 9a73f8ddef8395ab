"""The callbacks dialog: one checkable group per callback, built from core/recipe/callback_specs.py."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from playground.core.recipe import callback_specs
from playground.qt.recipe.callbacks_dialog import QtCallbacksDialog

MONITORS = callback_specs.monitors(["accuracy"])


def _dialog(qtbot, callbacks, **kwargs):
    dialog = QtCallbacksDialog(callbacks, MONITORS, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_groups_show_the_list_and_the_defaults(qtbot):
    given = [{"class_name": "TerminateOnNaN"}, {"class_name": "EarlyStopping", "config": {"patience": 3}}]
    dialog = _dialog(qtbot, given)
    assert list(dialog.groups) == list(callback_specs.CALLBACKS)
    assert {name: g.isChecked() for name, g in dialog.groups.items()} == {
        "EarlyStopping": True,
        "ReduceLROnPlateau": False,
        "ModelCheckpoint": False,
        "TerminateOnNaN": True,
    }
    assert dialog.groups["EarlyStopping"].title() == "Early stopping"
    assert "patience" in dialog.groups["EarlyStopping"].toolTip()
    early = dialog.fields["EarlyStopping"]
    assert early["patience"].text() == "3" and early["min_delta"].text() == "0"
    assert early["restore_best_weights"].isChecked() and early["monitor"].currentText() == "val_loss"
    assert [early["monitor"].itemText(i) for i in range(early["monitor"].count())] == MONITORS
    assert dialog.fields["ReduceLROnPlateau"]["min_delta"].text() == "0.0001"
    assert dialog.fields["ModelCheckpoint"]["filepath"].text() == "best.keras"
    assert early["patience"].toolTip() and dialog.ok_button.isEnabled() and dialog.problem.text() == ""
    # the table's order and complete configs
    assert dialog.callbacks() == [
        {"class_name": "EarlyStopping", "config": {**callback_specs.default("EarlyStopping"), "patience": 3}},
        {"class_name": "TerminateOnNaN", "config": {}},
    ]


def test_check_uncheck_and_edit(qtbot):
    dialog = _dialog(qtbot, [])
    assert dialog.callbacks() == []
    dialog.groups["ReduceLROnPlateau"].setChecked(True)
    plateau = dialog.fields["ReduceLROnPlateau"]
    plateau["factor"].setText("0.2")
    plateau["cooldown"].setText("2")
    plateau["monitor"].setCurrentText("val_accuracy")
    dialog.groups["ModelCheckpoint"].setChecked(True)
    dialog.fields["ModelCheckpoint"]["save_best_only"].setChecked(False)
    assert dialog.callbacks() == [
        {
            "class_name": "ReduceLROnPlateau",
            "config": {
                "monitor": "val_accuracy",
                "factor": 0.2,
                "patience": 10,
                "min_delta": 0.0001,
                "cooldown": 2,
                "min_lr": 0.0,
            },
        },
        {
            "class_name": "ModelCheckpoint",
            "config": {"filepath": "best.keras", "monitor": "val_loss", "save_best_only": False},
        },
    ]
    dialog.groups["ReduceLROnPlateau"].setChecked(False)
    assert [c["class_name"] for c in dialog.callbacks()] == ["ModelCheckpoint"]
    assert plateau["factor"].text() == "0.2"  # kept while unchecked


def test_a_wrong_value_disables_ok_and_keeps_the_text(qtbot):
    dialog = _dialog(qtbot, [{"class_name": "ReduceLROnPlateau"}])
    factor = dialog.fields["ReduceLROnPlateau"]["factor"]
    factor.setText("1.5")
    assert not dialog.ok_button.isEnabled() and dialog.callbacks() is None
    assert dialog.problem.text() == (
        "Reduce learning rate on plateau: factor must be a number above 0 and below 1, got 1.5"
    )
    assert factor.text() == "1.5" and factor.styleSheet()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    factor.setText("lots")
    assert "got 'lots'" in dialog.problem.text() and factor.text() == "lots"
    # a wrong value in an unchecked group does not count
    dialog.groups["ReduceLROnPlateau"].setChecked(False)
    assert dialog.ok_button.isEnabled() and dialog.problem.text() == "" and not factor.styleSheet()
    assert dialog.callbacks() == [] and factor.text() == "lots"
    dialog.groups["ReduceLROnPlateau"].setChecked(True)
    factor.setText("0.1")
    assert dialog.ok_button.isEnabled() and dialog.callbacks()[0]["config"]["factor"] == 0.1

    patience = dialog.fields["ReduceLROnPlateau"]["patience"]
    patience.setText("2.5")
    assert "Reduce learning rate on plateau: patience must be a whole number from 0 to" in dialog.problem.text()
    patience.setText("1e3")  # a whole number, however written
    assert dialog.callbacks()[0]["config"]["patience"] == 1000

    dialog.groups["ModelCheckpoint"].setChecked(True)
    dialog.fields["ModelCheckpoint"]["filepath"].setText("best.h5")
    assert dialog.problem.text().startswith("Save the best model (checkpoint): filepath must end in .keras")
    assert not dialog.ok_button.isEnabled()


def test_a_monitor_not_recorded_is_kept_and_named(qtbot):
    given = [{"class_name": "EarlyStopping", "config": {"monitor": "val_mae"}}]
    dialog = _dialog(qtbot, given)
    assert dialog.fields["EarlyStopping"]["monitor"].currentText() == "val_mae"
    assert "monitor 'val_mae' is not recorded here; choose from val_loss, loss" in dialog.problem.text()
    assert not dialog.ok_button.isEnabled()
    dialog.fields["EarlyStopping"]["monitor"].setCurrentText("loss")
    assert dialog.ok_button.isEnabled()


def test_the_list_round_trips(qtbot):
    given = [{"class_name": name, "config": {**callback_specs.default(name)}} for name in callback_specs.CALLBACKS]
    given[0]["config"].update(min_delta=0.001, patience=7, restore_best_weights=False, start_from_epoch=5)
    given[1]["config"].update(factor=0.25, min_lr=1e-05, monitor="accuracy")
    given[2]["config"].update(filepath="runs/model-{epoch:03d}.keras")
    dialog = _dialog(qtbot, given)
    assert dialog.callbacks() == given
    assert callback_specs.check(dialog.callbacks(), MONITORS) is None
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_browse_sets_the_path(qtbot, tmp_path, monkeypatch):
    calls = []

    def choose(parent, caption, path, filter):
        calls.append((path, filter))
        return str(tmp_path / "runs" / "best_model"), filter

    monkeypatch.setattr(QtCallbacksDialog, "get_save_file_name", staticmethod(choose))
    dialog = _dialog(qtbot, [{"class_name": "ModelCheckpoint"}], folder=str(tmp_path))
    qtbot.mouseClick(dialog.browse_buttons["ModelCheckpoint"], Qt.MouseButton.LeftButton)
    assert calls == [(str(tmp_path / "best.keras"), "Keras model (*.keras)")]
    path = dialog.fields["ModelCheckpoint"]["filepath"]
    assert path.text() == "runs/best_model.keras"  # inside the experiment's folder: kept relative
    assert dialog.callbacks()[0]["config"]["filepath"] == "runs/best_model.keras"

    outside = tmp_path.parent / "elsewhere.keras"
    dialog.get_save_file_name = lambda *args: (str(outside), "")
    dialog.browse_buttons["ModelCheckpoint"].click()
    assert path.text() == str(outside)
    dialog.get_save_file_name = lambda *args: ("", "")  # cancelled: unchanged
    dialog.browse_buttons["ModelCheckpoint"].click()
    assert path.text() == str(outside)
