"""Importing data in the window: the dialogs ask what they must, the data panel shows the file,
its class counts and the split's warnings, and a run trains on it. Broken files get a message and
leave the experiment as it was."""

import numpy as np
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from playground.core.data.data_config import FILE
from playground.qt.data import import_dialog
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS

CSV = "size,colour,weight,label\n" + "\n".join(
    ",".join(
        (
            str((i * 7) % 10),
            "red" if i % 3 else "blue",
            "" if i % 11 == 0 else str(i % 5),
            "big" if (i * 7) % 10 > 4 else "small",
        )
    )  # fmt: skip
    for i in range(120)
)


@pytest.fixture
def accept(monkeypatch):
    """Dialogs accept at once, after `choose(dialog)` has set them up."""
    choices = {}

    def exec_(dialog):
        if type(dialog).__name__ in choices:
            choices[type(dialog).__name__](dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_dialog.QtCsvDialog, "exec", exec_)
    monkeypatch.setattr(import_dialog.QtImageFolderDialog, "exec", exec_)
    return choices


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_csv_dialog_detects_the_problem_and_reports_gaps(qtbot, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(CSV)
    from playground.core.data import csv_import

    dialog = import_dialog.QtCsvDialog(csv_import.read(str(path)))
    qtbot.addWidget(dialog)
    assert dialog.target.currentText() == "label" and dialog.problem.currentData() == "classification"
    assert "Text columns one-hot encoded: colour" in dialog.report.text()
    assert "Missing values: weight 11" in dialog.report.text()
    assert dialog.findChild(object, "csv_preview").rowCount() == import_dialog.PREVIEW_ROWS
    dialog.target.setCurrentText("size")
    assert dialog.problem.currentData() == "classification"  # ten whole numbers
    dialog.missing.setCurrentIndex(dialog.missing.findData("drop"))
    assert dialog.source() == {"kind": "csv", "path": str(path), "target": "size", "problem": "classification",
                               "missing": "drop"}  # fmt: skip


def test_import_a_csv_and_train_on_it(qtbot, window, tmp_path, accept):
    path = tmp_path / "t.csv"
    path.write_text(CSV)
    panel = window.data_panel
    assert panel.import_file("csv", str(path))
    data = window.state.experiment.data
    assert data.name == FILE and data.source["classes"] == ["big", "small"] and data.samples == 120
    assert data.source["input_shape"] == [4]  # size, colour=blue, colour=red, weight
    assert "Imported: t.csv" in panel.dataset_label.text()
    assert "Training: big 30 · small 30" in panel.counts.text()
    assert "gaps filled" in panel.counts.text()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    window.controller.play()
    qtbot.waitUntil(lambda: len(window.controller.history) >= 200, timeout=120_000)
    window.controller.pause()
    assert window.controller.history.last["val_accuracy"] > 0.9
    window.undo.stack.undo()
    assert window.state.experiment.data.name == "circle"


def test_shuffle_off_warns_when_a_part_holds_one_class(qtbot, window):
    panel = window.data_panel
    panel.shuffle.setChecked(False)
    assert window.state.experiment.data.shuffle is False
    qtbot.waitUntil(lambda: "holds only class" in panel.warning.text(), timeout=WAIT_MS)
    assert "turn shuffling on" in panel.warning.text()
    panel.shuffle.setChecked(True)
    qtbot.waitUntil(lambda: panel.warning.text() == "", timeout=WAIT_MS)


def test_held_out_set_is_scored_when_training_pauses(qtbot, window):
    window.state.update_data(name="breast_cancer", samples=400, holdout=0.25)
    panel = window.data_panel
    assert panel.holdout.value() == 25 and "Held-out: malignant" in panel.counts.text()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    window.controller.play()
    qtbot.waitUntil(lambda: len(window.controller.history) >= 20, timeout=60_000)
    window.controller.pause()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)
    assert "Held-out test set: accuracy" in window.controller.message
    assert window.controller.holdout["accuracy"] > 0.8


def test_class_weights_are_offered_for_imbalanced_classes(qtbot, window, tmp_path, accept):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    np.savez(tmp_path / "rare.npz", x=x, y=(x[:, 0] > 1.2).astype(int))
    panel = window.data_panel
    assert panel.import_file("npz", str(tmp_path / "rare.npz"))
    assert "imbalanced" in panel.counts.text() and panel.class_weight.isVisible()
    panel.class_weight.setChecked(True)
    assert window.state.experiment.training.class_weight == "balanced"


def test_image_folder_import_gives_images_and_a_flatten(qtbot, window, tmp_path, accept):
    from tests.core.data.test_imports import make_images

    folder = make_images(tmp_path / "pics", per_class=12)
    accept["QtImageFolderDialog"] = lambda d: d.size.setCurrentIndex(d.size.findData(16))
    assert window.data_panel.import_file("images", folder)
    exp = window.state.experiment
    assert exp.input_shape == (16, 16, 1) and exp.classes == ("circle", "square")
    assert exp.model.layers[0]["class_name"] == "Flatten"  # the Dense stack met images
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)


@pytest.mark.parametrize(
    ("kind", "content", "message"),
    [
        ("csv", "a,b\n1,2\n3\n", "row 3: 1 values"),
        ("npz", b"not a zip", "is not an .npz file (not a zip archive of arrays)"),
        ("images", None, "needs one sub-folder per class"),
    ],
)
def test_broken_files_get_a_message_and_change_nothing(
    qtbot, window, tmp_path, accept, warnings, kind, content, message
):
    path = tmp_path / ("bad." + kind if kind != "images" else "folder")
    if content is None:
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    before = window.state.experiment.copy()
    assert not window.data_panel.import_file(kind, str(path))
    assert len(warnings) == 1 and message in warnings[0]
    assert window.state.experiment == before


def test_a_too_small_file_is_refused(qtbot, window, tmp_path, accept, warnings):
    np.savez(tmp_path / "tiny.npz", x=np.zeros((5, 2)), y=np.arange(5) % 2)
    assert not window.data_panel.import_file("npz", str(tmp_path / "tiny.npz"))
    assert "holds 5 samples; the playground needs at least 20" in warnings[0]


def test_keras_book_sets_download_on_request_then_train(qtbot, window, tmp_path, monkeypatch):
    """Choosing MNIST when it is not here asks to download it (faked: no test downloads); a
    refused download changes nothing."""
    from playground.core.data import keras_sets

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    panel = window.data_panel
    panel._refresh()
    item = panel.keras_sets.itemText(panel.keras_sets.findData("mnist"))
    assert item.startswith("MNIST (download")
    before = window.state.experiment.copy()
    assert not panel.choose_keras_set("mnist", download=lambda parent, name: False)
    assert window.state.experiment == before

    def download(parent, name):
        path = keras_sets.prepared_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        digits = np.random.default_rng(0).integers(0, 256, (400, 28, 28, 1), dtype=np.uint8)
        np.savez(path, x=digits, y=np.arange(400) % 10)
        return True

    assert panel.choose_keras_set("mnist", download=download)
    exp = window.state.experiment
    assert exp.data.name == "mnist" and exp.input_shape == (28, 28, 1) and exp.data.samples == 400  # all it holds
    assert panel.keras_sets.currentText() == "MNIST" and "MNIST" in panel.dataset_label.text()
    assert exp.model.layers[0]["class_name"] == "Flatten" and exp.model.layers[-1]["config"]["units"] == 10
    qtbot.waitUntil(lambda: "400 of MNIST's 400 samples" in panel.counts.text(), timeout=WAIT_MS)


def test_the_label_form_follows_the_loss(qtbot, window):
    window.state.update_data(name="iris")
    panel = window.data_panel
    assert panel.label_form.text().startswith("Labels: class numbers 0–2")
    window.state.update_training(loss="categorical_crossentropy")
    assert panel.label_form.text().startswith("Labels: one-hot rows of 3")


def test_after_an_import_a_built_in_dataset_is_one_click_away(qtbot, window, tmp_path, accept):
    np.savez(tmp_path / "r.npz", x=np.random.default_rng(0).normal(size=(50, 3)), y=np.arange(50) % 2)
    panel = window.data_panel
    assert panel.import_file("npz", str(tmp_path / "r.npz"))
    panel.dataset_buttons.button(1).click()  # xor
    assert window.state.experiment.data.name == "xor" and window.state.experiment.data.source == {}
    assert window.state.error is None


def test_a_current_keras_set_that_went_missing_is_downloaded_when_chosen_again(qtbot, window, tmp_path, monkeypatch):
    from playground.core.data import keras_sets

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    path = keras_sets.prepared_path("boston_housing")
    path.parent.mkdir(parents=True)
    rng = np.random.default_rng(0)
    np.savez(path, x=rng.normal(size=(80, 13)).astype(np.float32), y=rng.normal(size=80).astype(np.float32))
    panel = window.data_panel
    assert panel.choose_keras_set("boston_housing")
    assert window.state.experiment.data.samples == 80  # not more than the set holds
    saved = path.read_bytes()
    path.unlink()
    window.state.regenerate()
    qtbot.waitUntil(lambda: "not on this computer" in window.controller.message, timeout=WAIT_MS)
    calls = []

    def download(parent, name):
        calls.append(name)
        path.write_bytes(saved)
        return True

    assert panel.choose_keras_set("boston_housing", download=download)
    assert calls == ["boston_housing"]
    qtbot.waitUntil(lambda: window.controller.dataset is not None, timeout=WAIT_MS)
    assert window.controller.data_error is None
