"""Transfer learning in the window: the weights' state and download in the layer's properties,
a clear status without them, and fine-tuning that goes on from the trained model."""

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from playground.core.experiment.state import ExperimentState
from playground.core.network import transfer
from playground.core.teaching.templates import TEMPLATES
from playground.qt.network.network_editor import QtNetworkEditor
from playground.qt.training import training_controller as tc
from playground.qt.widgets import download_dialog
from playground.training.data.keras_download import DownloadFailed
from tests.helpers import wait_for_state

SHAPE = (28, 28, 1)  # the shapes data the template uses


@pytest.fixture
def empty_home(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    return tmp_path


_wait_state = wait_for_state


def test_the_properties_show_the_weights_and_download_them(qtbot, empty_home):
    state = ExperimentState(TEMPLATES["transfer"][1]())
    changes = []
    state.subscribe(changes.append)
    editor = QtNetworkEditor(state)
    qtbot.addWidget(editor)
    editor.select(0)
    row = editor.properties.weights
    assert "not on this computer" in row.status.text()
    assert not row.button.isHidden() and row.button.text() == "Download weights (9 MB)"
    calls = []

    def download(parent, application, input_shape):
        calls.append((application, input_shape))
        path = transfer.weights_path(application, input_shape)
        path.parent.mkdir(parents=True)
        path.write_bytes(b"fake")
        return True

    row.download = download
    row.button.click()
    assert calls == [("MobileNetV2", SHAPE)]
    assert editor.properties.weights.status.text().startswith("ImageNet weights: on this computer (mobilenet_v2_")
    assert editor.properties.weights.button.isHidden()
    assert [c.rebuild for c in changes] == [True]  # the controller builds the model again
    editor.set_config(0, "application", "VGG16")  # another base: its own file, not here yet
    assert "not on this computer" in editor.properties.weights.status.text()
    assert editor.properties.weights.button.text() == "Download weights (59 MB)"


def test_the_download_dialog_shows_progress_and_failures(qtbot, empty_home, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    labels, warnings = [], []
    set_label = QProgressDialog.setLabelText
    monkeypatch.setattr(
        QProgressDialog, "setLabelText", lambda self, text: (labels.append(text), set_label(self, text))
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append((title, text)))

    def download(application, input_shape, progress, cancelled):
        for done in (0, 3_200_000, 9_400_000):
            progress(done, 9_400_000)
        path = transfer.weights_path(application, input_shape)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"fake")
        return path

    assert download_dialog.download_weights(parent, "MobileNetV2", SHAPE, download=download)
    assert "Downloading MobileNetV2 weights… 3.2 of 9.4 MB" in labels and warnings == []

    message = "Could not download VGG16's ImageNet weights (59 MB) from storage.googleapis.com: offline. Check…"

    def offline(application, input_shape, progress, cancelled):
        raise DownloadFailed(message)

    assert not download_dialog.download_weights(parent, "VGG16", SHAPE, download=offline)
    assert warnings == [("Download VGG16 weights", message)]


def test_without_weights_the_status_says_what_to_do_then_fine_tuning_continues(
    qtbot, window, empty_home, fake_weights_dir, monkeypatch
):
    window.files.load_template("transfer")
    _wait_state(qtbot, window, tc.FAILED)
    assert window.controller.message.startswith(
        "Cannot train: layer 1, pretrained: MobileNetV2's ImageNet weights are not on this computer: press Download"
    )
    assert not window.play_action.isEnabled()

    monkeypatch.setenv("KERAS_HOME", str(fake_weights_dir))  # as if the download had put them there
    editor = window.network_editor
    editor.select(0)
    editor.properties.weights.download = lambda parent, application, shape: True
    editor.properties.weights.button.click()
    _wait_state(qtbot, window, tc.READY)
    assert window.controller.message.startswith("Ready: 2,263,114 parameters (5,124 trainable)")

    window.controller.step()
    qtbot.waitUntil(
        lambda: len(window.controller.history) == 1 and window.controller.run_state == tc.READY, timeout=60_000
    )
    window.state.set_learning_rate(1e-4)
    editor.set_config(0, "fine_tune", 5)  # the book's second step: no new run
    assert window.controller.message.startswith("Fine-tuning: compiling the model again")
    qtbot.waitUntil(lambda: "trainable parameters" in window.controller.message, timeout=60_000)
    assert window.controller.message.startswith("Fine-tuning: 721,924 trainable parameters")  # head, 2 convs
    assert window.controller.message.endswith("training goes on from epoch 1 at learning rate 0.0001.")
    assert len(window.controller.history) == 1 and window.controller.run_state == tc.READY
    window.controller.step()
    qtbot.waitUntil(
        lambda: len(window.controller.history) == 2 and window.controller.run_state == tc.READY, timeout=60_000
    )
    assert [row["epoch"] for row in window.controller.history.rows] == [1, 2]


def test_fine_tuning_a_finished_run_waits_for_a_higher_epoch_limit(qtbot, window):
    """Play on a finished run starts afresh; after fine-tuning it must not throw the head away."""
    c = window.controller
    c._set_run_state(tc.FINISHED, "Finished 20 epochs.")
    c._on_fine_tuned((c._token, 1234))
    assert c.run_state == tc.READY
    assert c.message.endswith("Raise the epoch limit, then press Play.") and "1,234 trainable" in c.message
