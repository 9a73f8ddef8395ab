"""Model summary and pictures of the views, as a teacher would take them for slides."""

import re

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from playground.core.experiment.config import default_experiment
from playground.qt.training import training_controller as tc
from playground.qt.widgets import picture
from playground.qt.window.main_window import QtMainWindow
from tests.helpers import WAIT_MS, wait_for_views


@pytest.fixture
def window(qtbot):
    w = QtMainWindow(default_experiment())
    w.resize(1400, 860)
    w.show()
    qtbot.waitUntil(lambda: w.controller.run_state == tc.READY, timeout=120_000)
    yield w
    w.close()
    qtbot.waitUntil(lambda: not w.controller.thread_running, timeout=60_000)


def test_summary_shows_keras_summary_and_copies(qtbot, window, tmp_path):
    window.side_windows.show_summary()
    qtbot.waitUntil(lambda: window.side_windows.summary_dialog is not None, timeout=WAIT_MS)
    text = window.side_windows.summary_dialog.text.toPlainText()
    assert "Dense" in text and "\x1b[" not in text
    trainable = int(re.search(r"Trainable params: ([\d,]+)", text).group(1).replace(",", ""))
    assert trainable == 25  # 2→4→2→1: 12 + 10 + 3 (Keras's total also counts the optimizer's variables)
    window.side_windows.summary_dialog.copy()
    assert QGuiApplication.clipboard().text() == text
    out = tmp_path / "summary.txt"
    assert window.side_windows.summary_dialog.save(str(out)) and out.read_text() == text


def test_summary_before_the_model_exists_says_so(qtbot):
    w = QtMainWindow(default_experiment())
    try:
        w.state.update_data(features=[])  # invalid: there is no model
        w.side_windows.show_summary()
        assert "once the model is built" in w.status.text()
    finally:
        w.close()
        qtbot.waitUntil(lambda: not w.controller.thread_running, timeout=60_000)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_pictures_of_the_views(qtbot, window, tmp_path, suffix):
    window.controller.step()
    qtbot.waitUntil(lambda: len(window.controller.history) == 1, timeout=WAIT_MS)
    wait_for_views(qtbot, window)  # the step's neurons are drawn
    path = tmp_path / f"network{suffix}"
    picture.save_picture(window.network_view, str(path), "Network")
    if suffix == ".png":
        image = QImage(str(path))
        assert image.width() == window.network_view.width() and image.height() == window.network_view.height()
        colours = {
            image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
        }
        assert len(colours) > 20  # heatmaps and links, not a blank picture
    else:
        text = path.read_text()
        assert text.lstrip().startswith("<?xml") and "<svg" in text and "<image" in text


def test_picture_to_a_missing_folder_is_an_error(qtbot, window, tmp_path):
    with pytest.raises(OSError, match="Could not write .*out.png: No such file or directory. Check the folder"):
        picture.save_picture(window.boundary_view, str(tmp_path / "no" / "such" / "out.png"))
