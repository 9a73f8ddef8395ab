"""The network editor as a student uses it: palette, stack, properties, problems, graph, templates."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from playground.core.experiment.config import Experiment
from playground.core.network.layer_graph import is_sequential
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS, wait_for_state

_wait_state = wait_for_state


def _palette_item(editor, kind):
    items = editor.palette.findItems(kind, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    return items[0]


def test_building_a_cnn_by_clicking_shows_shapes_params_and_trains(qtbot, window, tmp_path):
    state, editor = window.state, window.network_editor
    state.update_data(name="digits")
    kinds = [layer["class_name"] for layer in state.experiment.model.layers]
    assert kinds[0] == "Flatten" and state.experiment.model.layers[-1]["config"]["units"] == 10
    # Replace the MLP by Conv2D → MaxPooling2D → Flatten → Dense(10) with palette double-clicks.
    while len(state.experiment.model.layers) > 1:
        editor.delete_layer(0)
    editor.select(None)
    for kind in ("Conv2D", "MaxPooling2D", "Flatten"):
        editor.palette.itemDoubleClicked.emit(_palette_item(editor, kind), 0)
    stack = editor.stack
    rows = [[stack.topLevelItem(i).text(c) for c in (1, 3, 4)] for i in range(stack.topLevelItemCount())]
    assert rows == [
        ["Conv2D", "(6, 6, 16)", "160"],
        ["MaxPooling2D", "(3, 3, 16)", "0"],
        ["Flatten", "(144,)", "0"],
        ["Dense", "(10,)", "1,450"],
    ]
    assert editor.total_label.text() == "Total: 1,610 parameters"
    assert editor.problem_label.text() == ""
    _wait_state(qtbot, window, tc.READY)
    assert window.play_action.isEnabled()
    window.controller.step()
    qtbot.waitUntil(lambda: len(window.controller.history) == 1, timeout=WAIT_MS)
    path = tmp_path / "cnn.json"
    assert window.save_path(str(path))
    assert Experiment.load(path) == state.experiment


def test_an_invalid_network_marks_the_layer_and_disables_play(qtbot, window):
    editor = window.network_editor
    window.state.update_data(name="digits")
    _wait_state(qtbot, window, tc.READY)
    editor.delete_layer(0)  # the Flatten: Dense now meets an image
    assert editor.stack.topLevelItem(0).text(0) == "⚠"
    assert "Dense receives a 4-D input (8, 8, 1) from the input: insert Flatten" in editor.problem_label.text()
    assert "Layer 1" in editor.problem_label.text()
    assert window.controller.run_state == tc.INVALID and not window.play_action.isEnabled()
    assert "insert Flatten" in window.status.text()
    window.undo_action.trigger()
    assert editor.stack.topLevelItem(0).text(1) == "Flatten" and editor.problem_label.text() == ""
    _wait_state(qtbot, window, tc.READY)


def test_wrong_output_units_are_explained_on_the_last_row(qtbot, window):
    editor = window.network_editor
    window.state.update_data(name="digits")
    last = len(window.state.experiment.model.layers) - 1
    editor.select(last)
    editor.properties.controls["units"].setValue(1)
    assert editor.stack.topLevelItem(last).text(0) == "⚠"
    assert "1 unit(s) but the data has 10 classes: set its units to 10" in editor.problem_label.text()
    assert window.controller.run_state == tc.INVALID


def test_properties_edit_the_selected_layer_and_bad_text_is_refused(qtbot, window):
    editor = window.network_editor
    window.state.update_data(name="digits")
    editor.add_layer("Conv2D", 0)
    controls = editor.properties.controls
    assert editor.properties.title.text().startswith("Conv2D")
    controls["kernel_size"].setText("9")
    controls["kernel_size"].editingFinished.emit()
    assert "kernel 9×9 is larger than its 8×8 input" in editor.problem_label.text()
    controls["kernel_size"].setText("three")
    controls["kernel_size"].editingFinished.emit()
    assert "kernel_size: write whole numbers" in editor.problem_label.text()
    assert window.state.experiment.model.layers[0]["config"]["kernel_size"] == 9  # unchanged
    controls["kernel_size"].setText("3, 3")
    controls["kernel_size"].editingFinished.emit()
    controls["kernel_initializer"].setCurrentText("He normal")
    controls["trainable"].setChecked(False)
    cfg = window.state.experiment.model.layers[0]["config"]
    assert cfg["kernel_size"] == 3 and cfg["kernel_initializer"] == "he_normal" and cfg["trainable"] is False
    assert "not)" in editor.total_label.text()  # frozen weights are counted apart


def test_drag_drop_reorder_copy_paste_and_duplicate(qtbot, window):
    editor, state = window.network_editor, window.state
    names = lambda: [layer["config"].get("name") for layer in state.experiment.model.layers]  # noqa: E731
    editor.stack.sigDropRequested.emit("Dropout", 1)  # as a drop from the palette does
    assert [layer["class_name"] for layer in state.experiment.model.layers][1] == "Dropout"
    editor.stack.sigMoveRequested.emit(1, 3)  # drag the Dropout below the second Dense
    assert names()[2] == "dropout_1"
    editor.select(2)
    editor.copy_layer()
    editor.paste_layers()
    assert names()[3] == "dropout_2"
    editor.duplicate_layer(0)
    assert len(names()) == 6 and len(set(names())) == 6
    QApplication.clipboard().setText("hello")
    editor.paste_layers()
    assert "clipboard holds no layers" in editor.problem_label.text() and len(names()) == 6


def test_a_shortcut_makes_a_branched_model_the_graph_can_rewire(qtbot, window, tmp_path):
    editor, state = window.network_editor, window.state
    editor.set_units(1, 4)  # 4 → 4 so the shortcut's shapes match
    editor.select(1)
    editor.buttons["shortcut"].click()
    layers = state.experiment.model.layers
    assert not is_sequential(layers) and layers[2]["class_name"] == "Add"
    assert window.network_tabs.currentIndex() == 1 and not window.network_tabs.isTabEnabled(0)
    assert editor.problem_label.text() == ""
    graph = window.graph_view
    graph.sigConnect.emit("input", "dense_3")  # a Dense takes one input
    assert "takes one input" in editor.problem_label.text()
    graph.sigDisconnect.emit("dense_1", "add_1")
    assert "needs an input" not in editor.problem_label.text()
    assert state.experiment.model.layers[2]["inputs"] == ["dense_2"]
    assert "merges two or more branches" in editor.problem_label.text()
    graph.sigConnect.emit("dense_1", "add_1")
    assert editor.problem_label.text() == ""
    _wait_state(qtbot, window, tc.READY)
    path = tmp_path / "branch.json"
    window.save_path(str(path))
    assert Experiment.load(path) == state.experiment
    for _ in range(3):
        window.undo_action.trigger()
    assert is_sequential(state.experiment.model.layers)


def test_templates_load_in_one_click_and_undo(qtbot, window):
    before = window.state.experiment.copy()
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "templates_menu")
    action = next(a for a in menu.actions() if a.text().startswith("LSTM"))
    action.trigger()
    exp = window.state.experiment
    assert exp.data.name == "sequences" and exp.model.layers[0]["class_name"] == "LSTM"
    _wait_state(qtbot, window, tc.READY)
    assert window.controller.message.startswith("Ready: 2,571 parameters") or "2571" in window.controller.message
    window.undo_action.trigger()
    assert window.state.experiment == before
