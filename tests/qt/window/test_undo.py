"""Undo and redo as a user meets them: every edit, one step per dragged control, no lost runs."""

import pytest
from PySide6.QtWidgets import QMessageBox

from playground.core.experiment.config import default_experiment
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS


def test_undo_redo_restores_exactly(qtbot, window):
    state, editor = window.state, window.network_editor
    start = state.experiment.copy()
    editor.add_layer()
    editor.set_activation(0, "relu")
    state.update_data(label="Change noise", noise=0.3)
    after = state.experiment.copy()
    assert window.undo_action.text() == "&Undo Change noise"
    for _ in range(3):
        window.undo_action.trigger()
    assert state.experiment == start
    editor.select(0)
    assert editor.stack.topLevelItemCount() == 3 and editor.properties.controls["activation"].currentText() == "tanh"
    assert window.data_panel.noise.value() == 0
    for _ in range(3):
        window.redo_action.trigger()
    assert state.experiment == after
    assert editor.stack.topLevelItemCount() == 4 and editor.properties.controls["activation"].currentText() == "relu"
    assert editor.stack.topLevelItem(0).text(2) == "4 relu"
    assert window.data_panel.noise.value() == 30


def _units_box(window):
    window.network_editor.select(0)
    return window.network_editor.properties.controls["units"]


def test_stepping_a_spin_box_is_one_undo_step(qtbot, window):
    units = _units_box(window)
    for _ in range(3):
        units.stepUp()
    assert window.state.experiment.model.layers[0]["config"]["units"] == 7
    assert window.undo.stack.count() == 1
    window.undo_action.trigger()
    assert window.state.experiment.model.layers[0]["config"]["units"] == 4 and units.value() == 4


def test_undoing_a_learning_rate_keeps_the_run(qtbot, window):
    c = window.controller
    qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=120_000)
    c.play()
    qtbot.waitUntil(lambda: len(c.history) >= 3, timeout=WAIT_MS)
    window.state.set_learning_rate(0.3)
    window.undo_action.trigger()
    assert window.state.experiment.training.learning_rate == pytest.approx(0.03)
    qtbot.waitUntil(lambda: c.history.last["learning_rate"] == pytest.approx(0.03), timeout=WAIT_MS)
    assert c.run_state == tc.RUNNING and c.history.rows[0]["epoch"] == 1


@pytest.mark.parametrize(
    "answer, new_run", [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)]
)
def test_edit_while_training_asks_first(qtbot, window, monkeypatch, answer, new_run):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    c = window.controller
    qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=120_000)
    window.state.set_learning_rate(0.05)  # before Play: never asks
    c.play()
    qtbot.waitUntil(lambda: len(c.history) >= 5, timeout=WAIT_MS)
    window.state.set_learning_rate(0.04)  # live change: never asks
    assert not asked
    _units_box(window).stepUp()
    assert len(asked) == 1 and "new run" in asked[0]
    units = window.state.experiment.model.layers[0]["config"]["units"]
    if new_run:
        assert units == 5 and c.run_state == tc.BUILDING and not c.history
    else:
        assert units == 4 and _units_box(window).value() == 4
        assert c.run_state == tc.RUNNING and len(c.history) >= 5
        assert window.undo.stack.count() == 2  # the two learning rates; the declined edit is not there


def test_opening_a_file_clears_undo(qtbot, window, tmp_path):
    window.network_editor.add_layer()
    assert window.undo.stack.canUndo()
    path = tmp_path / "e.json"
    default_experiment().save(path)
    assert window.open_path(str(path))
    assert not window.undo.stack.canUndo()
