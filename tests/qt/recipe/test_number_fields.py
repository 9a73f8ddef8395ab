"""Every numeric field refuses what it cannot take, visibly: text that is no number, or a number out of
range, leaves the experiment as it was; the field shows its old value again, turns red, and says why
and which range it takes (tooltip, the panel's message line). Each field's tooltip names its range, and
the ranges are the ones the core's checks accept."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox

from playground.core.data.data_config import MAX_SAMPLES, MIN_SAMPLES
from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import default_experiment
from playground.core.recipe import optimizer_specs
from playground.qt.recipe import training_panel
from playground.qt.recipe.optimizer_dialog import QtOptimizerDialog
from playground.qt.recipe.schedule_dialog import QtScheduleDialog
from playground.qt.widgets.number_field import WRONG_FIELD_STYLE, Bounds, NumberDoubleSpinBox, NumberSpinBox


def _type(qtbot, field, text: str) -> None:
    """Selects what the field holds, types `text` and presses Enter, as a person does."""
    editor = field.lineEdit() if hasattr(field, "lineEdit") else field
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _refused(field) -> bool:
    feedback = field.feedback
    return feedback.frame.styleSheet() == WRONG_FIELD_STYLE and feedback.problem and feedback.problem in field.toolTip()


def test_the_learning_rate_refuses_a_negative_number_and_text(qtbot, window):
    panel = window.training_panel
    edit = panel.learning_rate_edit
    lr = window.state.experiment.training.learning_rate
    assert lr == 0.03 and "Takes a number above 0, up to 100." in edit.toolTip()

    _type(qtbot, edit, "-5")  # the old validator dropped the "-" and made this 0.035
    assert window.state.experiment.training.learning_rate == lr and edit.text() == "0.03"
    assert _refused(edit)
    assert panel.error.text() == "-5 is out of range: Learning rate takes a number above 0, up to 100. It stays 0.03."
    assert panel.error.isVisible() and edit.feedback.problem == panel.error.text()
    assert window.statusBar().currentMessage() == panel.error.text()  # where the window's news is read

    _type(qtbot, edit, "abc")  # was dropped without a word
    assert window.state.experiment.training.learning_rate == lr and edit.text() == "0.03"
    assert panel.error.text().startswith("“abc” is not a number: Learning rate takes")
    assert _refused(edit)

    _type(qtbot, edit, "0.1")
    assert window.state.experiment.training.learning_rate == 0.1
    assert panel.error.text() == "" and not _refused(edit) and "not a number" not in edit.toolTip()
    window.undo.stack.undo()
    assert edit.text() == "0.03"


@pytest.mark.parametrize(
    ("name", "typed", "reason"),
    [
        ("batch_size", "500", "500 is out of range: Batch size takes a whole number from 1 to 250. It stays 10."),
        ("batch_size", "2.5", "2.5 is not a whole number: Batch size takes a whole number from 1 to 250."),
        ("epochs", "0", "0 is out of range: Epoch limit takes a whole number from 1 to 1000000."),
        ("momentum", "2", "2 is out of range: Momentum takes a number from 0 to 0.999. It stays 0.000."),
        ("momentum", "x", "“x” is not a number: Momentum takes a number from 0 to 0.999."),
    ],
)
def test_the_training_row_refuses_what_it_cannot_take(qtbot, window, name, typed, reason):
    panel = window.training_panel
    window.state.update_training(epochs=1000)
    before = window.state.experiment.copy()
    field = getattr(panel, name)
    shown = field.text()
    _type(qtbot, field, typed)
    assert window.state.experiment == before and field.text() == shown
    assert panel.error.text().startswith(reason) and _refused(field)
    assert field.feedback.range_tip() in field.toolTip()


def test_the_batch_size_takes_up_to_the_training_samples(qtbot, window):
    panel = window.training_panel
    _type(qtbot, panel.batch_size, "250")
    assert window.state.experiment.training.batch_size == 250 and panel.error.text() == ""
    window.state.update_data(samples=100)  # 50 training samples: the top follows, and says so
    assert panel.batch_size.maximum() == 250  # a batch size the file holds is shown as it is…
    window.state.update_training(batch_size=20)
    assert panel.batch_size.maximum() == 50 and "from 1 to 50" in panel.batch_size.toolTip()


def test_the_samples_field_refuses_with_a_message_under_it(qtbot, window):
    panel = window.data_panel
    field = panel.samples
    _type(qtbot, field, "5")
    assert window.state.experiment.data.samples == 500 and field.value() == 500
    label = field.feedback.label()
    assert label.isVisible() and label.text().startswith(
        f"5 is out of range: Samples takes a whole number from {MIN_SAMPLES} to {MAX_SAMPLES}"
    )
    _type(qtbot, field, "300")
    assert window.state.experiment.data.samples == 300 and not label.isVisible()


def test_a_layers_fields_refuse_and_say_so_in_the_editor(qtbot, window):
    editor = window.network_editor
    editor.select(0)  # a Dense layer
    units = editor.properties.controls["units"]
    assert isinstance(units, NumberSpinBox) and "Takes a whole number from 1 to 4096." in units.toolTip()
    _type(qtbot, units, "0")
    assert window.state.experiment.model.layers[0]["config"]["units"] == 4
    assert "0 is out of range: units takes a whole number from 1 to 4096. It stays 4." in editor.problem_label.text()
    assert _refused(units)
    l2 = editor.properties.controls["kernel_regularizer_l2"]
    assert isinstance(l2, NumberDoubleSpinBox) and "from 0 to 10" in l2.toolTip()

    window.state.update_data(name="digits")
    editor.add_layer("Conv2D", 0)
    size = editor.properties.controls["kernel_size"]
    shown = size.text()
    size.setText("three")
    size.editingFinished.emit()
    assert size.text() == shown and _refused(size)
    assert "kernel_size: write whole numbers" in editor.problem_label.text()


def test_every_number_field_of_the_panels_says_its_range(window):
    window.network_editor.select(0)  # a Dense layer: units, and L1 and L2 of its kernel and bias
    fields = [
        *window.training_panel.findChildren(QAbstractSpinBox),
        *window.data_panel.findChildren(QAbstractSpinBox),
        *window.network_editor.properties.findChildren(QAbstractSpinBox),
        window.training_panel.learning_rate_edit,
    ]
    assert len(fields) >= 8
    for field in fields:
        assert hasattr(field, "feedback"), field.objectName()
        assert field.toolTip().endswith(field.feedback.range_tip()) and "Takes " in field.toolTip()


def _invalid(exp) -> bool:
    try:
        validate(exp)
    except ExperimentError:
        return True
    return False


def test_the_ranges_are_the_ones_the_core_accepts():
    def with_training(**values):
        exp = default_experiment()
        for key, value in values.items():
            if key == "lr":
                exp.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": value}}
            else:
                setattr(exp.training, key, value)
        return exp

    rate = training_panel.LEARNING_RATE
    assert not _invalid(with_training(lr=rate.high)) and _invalid(with_training(lr=rate.high * 1.0001))
    assert _invalid(with_training(lr=rate.low)) and not _invalid(with_training(lr=1e-9))
    low, high = training_panel.EPOCHS
    assert not _invalid(with_training(epochs=low)) and not _invalid(with_training(epochs=high))
    assert _invalid(with_training(epochs=low - 1)) and _invalid(with_training(epochs=high + 1))
    n = default_experiment().n_train
    assert not _invalid(with_training(batch_size=n)) and _invalid(with_training(batch_size=n + 1))
    momentum = next(s for s in optimizer_specs.settings("SGD") if s.key == "momentum")
    assert (training_panel.MOMENTUM.low, training_panel.MOMENTUM.high) == (momentum.low, momentum.high)


def test_bounds_read_and_say_what_they_take():
    rate = Bounds(0.0, 100.0, above_low=True)
    assert rate.read("1e-3") == (0.001, None) and rate.read("100") == (100.0, None)
    assert rate.read("0")[1] == "0 is out of range" and rate.read("nan")[1] == "“nan” is not a number"
    assert rate.read(" ")[1] == "It is empty"
    assert Bounds(0.0, 1.0, above_low=True, below_high=True).takes() == "a number above 0 and below 1"
    assert Bounds(1, 1_000_000, whole=True).takes() == "a whole number from 1 to 1000000"
    assert Bounds(0.00001, 10).takes() == "a number from 0.00001 to 10"


def test_the_dialogs_fields_say_their_range_and_mark_a_wrong_value(qtbot):
    dialog = QtOptimizerDialog({"class_name": "Adam", "config": {"learning_rate": 0.001}})
    qtbot.addWidget(dialog)
    beta = dialog.fields["beta_1"]
    assert "Takes a number from 0 to 0.9999." in beta.toolTip()
    beta.setText("2")
    assert not dialog.ok_button.isEnabled() and _refused(beta) and "beta_1" in dialog.problem.text()
    beta.setText("0.8")
    assert dialog.ok_button.isEnabled() and beta.styleSheet() == ""

    schedule = QtScheduleDialog({"class_name": "ExponentialDecay", "config": {}}, None, 0.03, 25, 100)
    qtbot.addWidget(schedule)
    steps = schedule.fields["decay_steps"]
    assert "Takes a whole number from 1 to" in steps.toolTip()
    steps.setText("-3")
    assert not schedule.ok_button.isEnabled() and _refused(steps)
