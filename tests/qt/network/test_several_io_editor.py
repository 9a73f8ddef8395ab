"""Building a model with two inputs and two outputs by clicking, as a student would."""

from PySide6.QtCore import Qt

from playground.core.experiment.config import Experiment
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS


def _palette_item(editor, kind):
    return editor.palette.findItems(kind, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]


def _add(editor, kind):
    editor.palette.itemDoubleClicked.emit(_palette_item(editor, kind), 0)


def _tick(list_widget, names):
    """Ticks `names` first, then unticks the others (a list that must keep one ticked)."""
    items = [list_widget.item(i) for i in range(list_widget.count())]
    for item in sorted(items, key=lambda item: item.text() not in names):
        want = Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked
        if item.checkState() != want:
            item.setCheckState(want)


def _row(editor, name):
    return [n.name for n in editor.nodes[1:]].index(name)


def test_two_inputs_and_two_outputs_built_by_clicking_train_and_save(qtbot, window, tmp_path):
    state, editor = window.state, window.network_editor
    before = state.experiment.copy()

    # A second input goes on top, selected, with its features in the properties.
    _add(editor, "Input")
    layers = state.experiment.model.layers
    assert layers[0]["class_name"] == "Input" and editor.selected == 0
    features = editor.properties.controls["features"]
    _tick(features, ["x1^2", "x2^2"])
    assert state.experiment.model.layers[0]["config"]["features"] == ["x1^2", "x2^2"]
    assert editor.stack.topLevelItem(0).text(3) == "(2,)"
    _tick(features, [])  # the last untick is refused: an input needs a feature
    assert state.experiment.model.layers[0]["config"]["features"] == ["x2^2"]
    assert "at least one feature" in editor.problem_label.text()
    _tick(features, ["x1^2", "x2^2"])

    # A Dense after it takes it; until it is connected, its row says what to do.
    _add(editor, "Dense")
    assert "goes nowhere" in editor.problem_label.text()
    assert not window.play_action.isEnabled()
    # Join the branches before the last layer.
    editor.select(_row(editor, "dense_2"))
    _add(editor, "Concatenate")
    editor.connect_layers("dense_4", "concatenate_1")
    assert editor.problem_label.text() == ""

    # A side output on the first hidden layer: branch, one unit, sigmoid, marked as an output.
    editor.select(_row(editor, "dense_1"))
    editor.palette.setCurrentItem(_palette_item(editor, "Dense"))
    editor.buttons["branch"].click()
    side = editor.selected
    editor.properties.controls["units"].setValue(1)
    editor.properties.controls["activation"].setCurrentText("sigmoid")
    assert "goes nowhere" in editor.problem_label.text()
    editor.properties.controls["output"].setChecked(True)
    editor.properties.controls["output_loss_weight"].setValue(0.5)
    mark = state.experiment.model.layers[side]["output"]
    assert mark == {"target": "labels", "loss_weight": 0.5}
    assert editor.problem_label.text() == ""
    assert editor.stack.topLevelItem(side).text(2).endswith("→ output")
    exp = state.experiment
    assert [o.name for o in exp.outputs] == ["dense_3", "dense_5"]
    assert [t.text for t in (window.graph_view.output_label,)] == ["output"]

    # A wrong loss for the side output is shown on its row, and Play waits for the fix.
    editor.properties.controls["output_target"].setCurrentText("inputs")
    assert "inputs it rebuilds are (2,)" in editor.problem_label.text()
    assert editor.stack.topLevelItem(side).text(0) == "⚠"
    window.undo_action.trigger()
    assert state.experiment.model.layers[side]["output"] == mark

    # It trains, and the curves get each output's loss.
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    assert window.play_action.isEnabled()
    window.controller.step()
    qtbot.waitUntil(lambda: len(window.controller.history) == 1, timeout=60_000)
    row = window.controller.history.last
    assert {"dense_3_loss", "dense_5_loss", "val_accuracy"} <= set(row)
    qtbot.waitUntil(lambda: {"dense_3_loss", "dense_5_loss"} <= set(window.loss_plot._output_curves), timeout=WAIT_MS)

    path = tmp_path / "two.json"
    assert window.save_path(str(path))
    assert Experiment.load(path) == state.experiment

    # Undo all the way back gives exactly the model we started from.
    while window.undo.stack.canUndo():
        window.undo_action.trigger()
    assert state.experiment == before
