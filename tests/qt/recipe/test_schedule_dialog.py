"""The learning-rate schedule dialog: built from core.recipe.schedules, previewing exactly core's rates."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from playground.core.recipe import schedule_rates, schedules
from playground.qt.recipe.schedule_dialog import PLATEAU, QtScheduleDialog

LR0, SPE, EPOCHS = 0.05, 25, 40


@pytest.fixture
def make(qtbot):
    def make(schedule=None, plateau=None, epochs=EPOCHS):
        dialog = QtScheduleDialog(schedule, plateau, LR0, SPE, epochs)
        qtbot.addWidget(dialog)
        return dialog

    return make


def choose(dialog, kind):
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def assert_preview(dialog, schedule):
    x, lr = schedule_rates.preview(schedule, LR0, SPE, dialog.epochs)
    np.testing.assert_array_equal(dialog.curve.xData, x)
    np.testing.assert_array_equal(dialog.curve.yData, lr)


def test_the_choices_carry_their_formulas_and_start_constant(make):
    dialog = make()
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert labels == ["Constant", *(s.label for s in schedules.SCHEDULES.values()), "Reduce on plateau"]
    i = dialog.kind.findData("ExponentialDecay")
    assert dialog.kind.itemData(i, Qt.ItemDataRole.ToolTipRole) == "lr = lr₀ · decay_rate^(step / decay_steps)"
    assert dialog.kind.itemData(dialog.kind.count() - 1, Qt.ItemDataRole.ToolTipRole) == schedules.PLATEAU_FORMULA
    assert dialog.fields == {} and dialog.result() == (None, None)
    assert dialog.steps.text() == "1 epoch = 25 steps (batches); 40 epochs = 1000 steps"
    assert_preview(dialog, None)


def test_choosing_and_typing_updates_the_preview(make):
    dialog = make()
    choose(dialog, "ExponentialDecay")
    assert set(dialog.fields) == {"decay_steps", "decay_rate", "staircase"}
    assert "every decay_steps steps" in dialog.fields["decay_rate"].toolTip()
    assert "decay_rate^(step / decay_steps)" in dialog.fields["decay_rate"].toolTip()
    dialog.fields["decay_steps"].setText("100")
    dialog.fields["decay_rate"].setText("0.5")
    dialog.fields["staircase"].setChecked(True)
    expected = {"class_name": "ExponentialDecay", "config": {"decay_steps": 100, "decay_rate": 0.5, "staircase": True}}
    assert dialog.result() == (expected, None)
    assert_preview(dialog, expected)
    assert dialog.summary.text().startswith("Exponential decay: 0.05 · 0.5^(⌊step / 100⌋)")
    assert dialog.ok_button.isEnabled() and dialog.problem.text() == ""


def test_a_wrong_value_names_the_field_disables_ok_and_keeps_the_text(make):
    dialog = make(schedules.default("CosineDecay"))
    dialog.show()
    dialog.fields["decay_steps"].setText("0")
    assert dialog.problem.text() == "decay_steps: must be a whole number from 1 to 1000000, got 0"
    assert not dialog.ok_button.isEnabled() and dialog.fields["decay_steps"].styleSheet()
    dialog.accept()
    assert dialog.isVisible() and QDialog.result(dialog) != QDialog.DialogCode.Accepted
    assert dialog.fields["decay_steps"].text() == "0"
    assert dialog.result() == (schedules.default("CosineDecay"), None)  # a wrong value changes nothing
    dialog.fields["decay_steps"].setText("500")
    dialog.fields["warmup_target"].setText("fast")
    assert (
        "warmup_target: must be a number from 0 to 100, or empty (null) for none, got 'fast'" in dialog.problem.text()
    )
    assert dialog.fields["decay_steps"].styleSheet() == ""
    dialog.fields["warmup_target"].setText("")
    assert dialog.ok_button.isEnabled() and dialog.result()[0]["config"]["warmup_target"] is None
    dialog.fields["warmup_target"].setText("0.2")
    dialog.fields["warmup_steps"].setText("250")
    schedule, _ = dialog.result()
    assert schedule["config"] == {"decay_steps": 500, "alpha": 0.0, "warmup_target": 0.2, "warmup_steps": 250}
    assert_preview(dialog, schedule)


def test_piecewise_lists_are_typed_with_commas(make):
    dialog = make()
    choose(dialog, "PiecewiseConstantDecay")
    assert dialog.fields["values"].text() == "0.05, 0.005, 0.0005"  # from the optimizer's rate down
    dialog.fields["boundaries"].setText("500, 200")
    assert dialog.problem.text() == "boundaries: must increase: 200 comes after 500"
    dialog.fields["boundaries"].setText("200 500")
    dialog.fields["values"].setText("0.1, 0.01")
    assert "values: needs one value more than boundaries: 3 for 2 boundaries, got 2" == dialog.problem.text()
    dialog.fields["values"].setText("0.1, 0.01, 1e-3")
    expected = {
        "class_name": "PiecewiseConstantDecay",
        "config": {"boundaries": [200, 500], "values": [0.1, 0.01, 0.001]},
    }
    assert dialog.result() == (expected, None)
    assert_preview(dialog, expected)


@pytest.mark.parametrize("name", list(schedules.SCHEDULES))
def test_every_schedule_round_trips(make, name):
    given = schedules.default(name)
    for spec in schedules.SCHEDULES[name].settings:  # away from the defaults where that is simple
        if spec.kind == "bool":
            given["config"][spec.key] = True
        elif spec.kind == "int" and spec.key != "warmup_steps":
            given["config"][spec.key] = 37
        elif spec.kind == "float":
            given["config"][spec.key] = round((spec.low + spec.high) / 3, 5)
    dialog = make(given)
    assert dialog.current_kind() == name
    assert dialog.result() == (given, None)
    assert_preview(dialog, given)
    assert dialog.ok_button.isEnabled()


def test_switching_choices_keeps_what_was_typed(make):
    dialog = make({"class_name": "StepDecay", "config": {"drop": 0.25, "epochs_drop": 5}})
    dialog.fields["epochs_drop"].setText("7")
    choose(dialog, "InverseTimeDecay")
    assert dialog.result() == (schedules.default("InverseTimeDecay"), None)
    choose(dialog, "StepDecay")
    assert dialog.fields["epochs_drop"].text() == "7"
    assert dialog.result() == ({"class_name": "StepDecay", "config": {"drop": 0.25, "epochs_drop": 7}}, None)
    choose(dialog, "")
    assert dialog.result() == (None, None)


def test_reduce_on_plateau_returns_its_config_and_draws_the_flat_rate(make):
    dialog = make(schedules.default("ExponentialDecay"))
    choose(dialog, PLATEAU)
    assert list(dialog.fields) == ["monitor", "factor", "patience", "min_delta", "cooldown", "min_lr"]
    assert dialog.fields["monitor"].count() == 4
    assert dialog.result() == (None, schedules.default_plateau())
    assert_preview(dialog, None)
    assert "depend on the validation loss during training" in dialog.summary.text()
    dialog.fields["monitor"].setCurrentText("val_accuracy")
    dialog.fields["patience"].setText("3")
    dialog.fields["factor"].setText("1")
    assert dialog.problem.text() == "factor: must be a number above 0 and below 1, got 1.0"
    assert not dialog.ok_button.isEnabled()
    dialog.fields["factor"].setText("0.2")
    plateau = {**schedules.default_plateau(), "monitor": "val_accuracy", "factor": 0.2, "patience": 3}
    assert dialog.result() == (None, plateau)
    again = make(None, plateau)
    assert again.current_kind() == PLATEAU and again.result() == (None, plateau)


def test_log_scale_with_a_rate_that_reaches_zero(make, qtbot):
    dialog = make(schedules.default("CosineDecay"), epochs=500)  # alpha 0: the rate ends at exactly 0
    assert dialog.curve.yData[-1] == 0.0
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.log_scale.setChecked(True)
    dialog.plot.grab()  # draws the log of 0 without a warning
    assert dialog.plot.getPlotItem().ctrl.logYCheck.isChecked()
    dialog.fields["alpha"].setText("0.1")
    assert_preview(dialog, dialog.result()[0])
    dialog.log_scale.setChecked(False)


def test_ok_accepts_when_every_value_fits(make):
    dialog = make()
    choose(dialog, "NaturalExpDecay")
    dialog.show()
    dialog.accept()
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted
    assert dialog.result() == (schedules.default("NaturalExpDecay"), None)


def test_reduce_on_plateau_watches_what_the_run_records(qtbot):
    """A regression run records mae, not accuracy: the dialog offers what the callbacks dialog offers."""
    monitors = ["val_loss", "loss", "val_mae", "mae"]
    dialog = QtScheduleDialog(None, {"monitor": "val_mae"}, LR0, SPE, EPOCHS, None, monitors)
    qtbot.addWidget(dialog)
    combo = dialog.fields["monitor"]
    assert [combo.itemText(i) for i in range(combo.count())] == monitors
    assert dialog.result() == (None, {**schedules.default_plateau(), "monitor": "val_mae"})
