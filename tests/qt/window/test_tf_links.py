"""TensorFlow Playground links in the window: given on the command line, opened from the File menu,
pasted, dropped, and copied back out with what the link cannot say."""

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from playground.core.files.tf_playground_link import from_link, to_link
from playground.qt.app import open_given
from playground.qt.training import run_states
from playground.qt.window import tf_links
from tests.helpers import WAIT_MS, wait_for, wait_for_state

LINK = (
    "https://playground.tensorflow.org/#activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane"
    "&learningRate=0.1&regularizationRate=0&noise=10&networkShape=5&seed=0.00003&percTrainData=60"
    "&x=true&y=true&xTimesY=true&problem=classification&initZero=false&stepButton_hide=true"
)
REGRESSION = "#regDataset=reg-plane&problem=regression&networkShape=&learningRate=0.01"


def _action(window, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text() == text]
    assert len(found) == 1, text
    return found[0]


def _layers(window) -> list[int]:
    return [layer["config"]["units"] for layer in window.state.experiment.model.layers]


def test_a_link_on_the_command_line_opens_its_experiment(window):
    open_given(window, LINK)
    exp = window.state.experiment
    assert exp.to_dict() == from_link(LINK)[0].to_dict()
    assert (exp.data.name, _layers(window), exp.data.features) == ("xor", [5, 1], ["x1", "x2", "x1*x2"])
    assert "stepButton_hide" in window.status.text()
    window.undo_action.trigger()  # one undo step back to the circle
    assert window.state.experiment.data.name == "circle" and _layers(window) == [4, 2, 1]


def test_a_path_still_opens(window, tmp_path):
    exp = from_link(REGRESSION)[0]
    path = tmp_path / "plane.json"
    exp.save(path)
    open_given(window, str(path))
    assert window.state.experiment.data.name == "plane" and window.path == str(path)


def test_a_malformed_link_is_refused_with_a_message(window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    assert not tf_links.open_link(window, "https://playground.tensorflow.org/#learningRate=fast")
    assert len(said) == 1 and "learningRate" in said[0] and "number" in said[0]
    assert window.state.experiment.data.name == "circle"


def test_file_menu_opens_a_pasted_link(window, monkeypatch):
    asked = []

    def get_text(parent, title, label, mode, text):
        asked.append(text)
        return REGRESSION, True

    QApplication.clipboard().setText(LINK)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    _action(window, "Open TensorFlow Playground link…").trigger()
    assert asked == [LINK]  # the clipboard's link is offered in the line
    assert window.state.experiment.data.name == "plane" and _layers(window) == [1]
    assert window.state.experiment.problem == "regression"


def test_paste_and_drop_open_a_link(window):
    QApplication.clipboard().setText(REGRESSION)
    _action(window, "Paste TensorFlow Playground link").trigger()
    assert window.state.experiment.data.name == "plane"
    QApplication.clipboard().setText("not a link")
    _action(window, "Paste TensorFlow Playground link").trigger()
    assert window.state.experiment.data.name == "plane" and "no TensorFlow Playground link" in window.status.text()

    data = QMimeData()
    data.setText(LINK)
    actions, buttons, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(window.rect().center(), actions, data, buttons, keys)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(window.rect().center()), actions, data, buttons, keys))
    assert window.state.experiment.data.name == "xor"


def test_copy_as_link_says_what_it_cannot(window):
    open_given(window, LINK)
    _action(window, "Copy as TensorFlow Playground link").trigger()
    url = QApplication.clipboard().text()
    assert url == to_link(window.state.experiment)[0]
    assert from_link(url)[0].to_dict() == window.state.experiment.to_dict()
    assert window.status.text() == "Copied the TensorFlow Playground link."
    exp = window.state.experiment.copy()
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.001}}
    window.state.load(exp, "Adam")
    _action(window, "Copy as TensorFlow Playground link").trigger()
    assert "cannot say" in window.status.text() and "Adam" in window.status.text()


def test_a_pasted_link_trains_as_its_browser_rule_and_says_how(qtbot, window):
    QApplication.clipboard().setText(LINK)
    _action(window, "Paste TensorFlow Playground link").trigger()
    exp = window.state.experiment
    assert (exp.training.loss, exp.model.layers[-1]["config"]["activation"]) == ("squared_hinge", "tanh")
    assert exp.training.learning_rate == 0.05  # the link's 0.1: Keras's (y − t)² is twice its ½(y − t)²
    wait_for_state(qtbot, window, run_states.READY)
    # "Ready…" does not wipe the note: it is said after it
    wait_for(qtbot, lambda: "Ready" in window.status.text() and "0.05" in window.status.text(), window.status.text)
    status = window.status.text()
    assert "0.1" in status and "0.05" in status and "stepButton_hide" in status
    c = window.controller
    c.play()
    wait_for(qtbot, lambda: len(c.history) >= 30, lambda: f"{len(c.history)} epochs", timeout=4 * WAIT_MS)
    c.pause()
    wait_for_state(qtbot, window, run_states.READY)
    rows = c.history.rows
    # the xor set with x·y among the inputs: the tanh output learns it at once
    assert rows[-1]["loss"] < 0.5 * rows[0]["loss"] and rows[-1]["val_accuracy"] >= 0.9
