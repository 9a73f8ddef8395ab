"""The runs table: what each row says, the overlay ticks and the buttons' signals."""

from PySide6.QtCore import Qt

from playground.core.experiment.config import default_experiment
from playground.core.runs.run_history import RunHistory
from playground.qt.runs.runs_view import ENDED, LABEL, NUMBER, OVERLAY, SETTINGS, QtRunsView


def _history() -> RunHistory:
    history = RunHistory()
    base = default_experiment()
    rows = [
        {"epoch": 1, "loss": 0.6, "val_loss": 0.7, "accuracy": 0.7, "val_accuracy": 0.65},
        {"epoch": 2, "loss": 0.4, "val_loss": 0.5, "accuracy": 0.9, "val_accuracy": 0.953},
        {"epoch": 3, "loss": 0.3, "val_loss": 0.55, "accuracy": 0.95, "val_accuracy": 0.9},
    ]
    history.add(base, rows, [], "finished", label="baseline")
    adam = base.copy()
    adam.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.001}}
    adam.model.layers.insert(1, {"class_name": "Dropout", "config": {"rate": 0.3}})
    history.add(adam, [{"epoch": 1, "loss": 0.5, "val_loss": 0.25}], [], "early_stopped")
    history.add(base, [], [], "nonfinite", label="fold 2/5", group="K-fold 5×1")
    return history


def _view(qtbot, runs, current=None) -> QtRunsView:
    view = QtRunsView()
    qtbot.addWidget(view)
    view.set_runs(runs, current)
    return view


def _text(view, row, column):
    return view.table.item(row, column).text()


def test_rows_show_the_run_what_differs_its_best_score_and_end(qtbot):
    runs = _history().runs
    view = _view(qtbot, runs, current=2)
    table = view.table
    assert table.rowCount() == 3
    assert [_text(view, r, NUMBER) for r in range(3)] == ["1", "2", "3"]
    assert [_text(view, r, LABEL) for r in range(3)] == ["baseline", "run 2", "K-fold 5×1: fold 2/5"]
    assert _text(view, 0, SETTINGS) == "dropout none · SGD · lr 0.03"
    assert _text(view, 1, SETTINGS) == "dropout 0.3 · Adam · lr 0.001"
    assert [_text(view, r, 4) for r in range(3)] == ["accuracy 95.3 % (epoch 2)", "loss 0.25 (epoch 1)", "—"]
    assert [_text(view, r, 5) for r in range(3)] == ["3", "1", "0"]
    assert [_text(view, r, ENDED) for r in range(3)] == ["finished", "early stopping", "loss not a number"]
    assert table.item(1, LABEL).font().bold() and not table.item(0, LABEL).font().bold()
    assert view.font().pointSize() >= 12
    assert not view.open_button.isEnabled() and view.clear_button.isEnabled()


def test_ticks_emit_the_overlaid_run_numbers_and_survive_new_runs(qtbot):
    history = _history()
    view = _view(qtbot, history.runs)
    with qtbot.waitSignal(view.sigOverlayChanged) as blocker:
        view.table.item(2, OVERLAY).setCheckState(Qt.CheckState.Checked)
    assert blocker.args == [[3]]
    with qtbot.waitSignal(view.sigOverlayChanged) as blocker:
        view.table.item(0, OVERLAY).setCheckState(Qt.CheckState.Checked)
    assert blocker.args == [[1, 3]]
    history.add(default_experiment(), [], [], "finished", label="new")
    with qtbot.assertNotEmitted(view.sigOverlayChanged):
        view.set_runs(history.runs)
    assert view.table.rowCount() == 4 and view.checked() == [1, 3]
    states = [view.table.item(r, OVERLAY).checkState() for r in range(4)]
    assert states == [Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    history.remove(1)
    with qtbot.waitSignal(view.sigOverlayChanged) as blocker:  # a ticked run that is gone is unticked
        view.set_runs(history.runs)
    assert blocker.args == [[3]]
    with qtbot.waitSignal(view.sigOverlayChanged) as blocker:
        view.table.item(1, OVERLAY).setCheckState(Qt.CheckState.Unchecked)
    assert blocker.args == [[]]


def test_buttons_emit_the_selected_run(qtbot):
    history = _history()
    view = _view(qtbot, history.runs)
    view.table.selectRow(1)
    assert view.selected_run() == 2 and view.open_button.isEnabled() and view.remove_button.isEnabled()
    with qtbot.waitSignal(view.sigOpenRun) as blocker:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    with qtbot.waitSignal(view.sigRemoveRun) as blocker:
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    with qtbot.waitSignal(view.sigClear):
        qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.sigOpenRun) as blocker:
        view.table.cellDoubleClicked.emit(2, LABEL)
    assert blocker.args == [3]
    view.set_runs(history.runs)  # the selection stays with its run
    assert view.selected_run() == 2
    view.set_runs([])
    assert view.table.rowCount() == 0 and not view.open_button.isEnabled() and not view.clear_button.isEnabled()


def test_the_tensorboard_button_and_context_menu_ask_for_every_run(qtbot):
    view = _view(qtbot, [])
    assert not view.tensorboard_button.isEnabled() and not view.tensorboard_action.isEnabled()
    view.set_runs(_history().runs)
    assert view.tensorboard_button.isEnabled() and view.tensorboard_action in view.table.actions()
    assert view.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    with qtbot.waitSignal(view.sigExportTensorBoard):
        view.tensorboard_button.click()
    with qtbot.waitSignal(view.sigExportTensorBoard):
        view.tensorboard_action.trigger()
    view.table.selectRow(0)
    with qtbot.waitSignal(view.sigRemoveRun) as blocker:
        view.remove_action.trigger()
    assert blocker.args == [1]
