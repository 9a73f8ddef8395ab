import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from playground.core.data import keras_sets
from playground.qt.widgets import download_dialog
from playground.qt.widgets.download_dialog import download_keras_set
from playground.training.data.keras_download import DownloadCancelled, DownloadFailed

MNIST_BYTES = 11_490_434


@pytest.fixture
def parent(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def shown_labels(monkeypatch):
    labels = []
    set_label = QProgressDialog.setLabelText

    def record(self, text):
        labels.append(text)
        set_label(self, text)

    monkeypatch.setattr(QProgressDialog, "setLabelText", record)
    return labels


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text)))
    return shown


def write_prepared(name="mnist"):
    path = keras_sets.prepared_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, x=np.zeros((3, 28, 28, 1), np.uint8), y=np.zeros(3, np.int64))


def test_progress_is_shown_and_the_gui_stays_responsive(parent, shown_labels, warnings):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    threads = []

    def prepare(name, progress, cancelled):
        import threading

        threads.append(threading.current_thread())
        for done in (0, 3_200_000, 6_400_000, 9_600_000):
            progress(done, MNIST_BYTES)
            # Goes on once the GUI's timer has ticked twice more (however busy the machine): the
            # event loop runs while the download does, and has shown this progress.
            seen, end = len(ticks), time.monotonic() + 60
            while len(ticks) < seen + 2 and time.monotonic() < end:
                time.sleep(0.01)
        progress(MNIST_BYTES, MNIST_BYTES)
        write_prepared(name)
        return keras_sets.prepared_path(name)

    assert download_keras_set(parent, "mnist", prepare=prepare) is True
    timer.stop()
    assert threads and threads[0].name == "download mnist"  # not the GUI thread
    assert len(ticks) >= 5  # the event loop ran while the download did
    assert "Downloading MNIST… 3.2 of 11 MB" in shown_labels
    assert "Downloading MNIST… 9.6 of 11 MB" in shown_labels
    assert shown_labels[-1] == "Preparing MNIST…"  # while Keras unpacks
    assert warnings == []
    assert parent.findChildren(QProgressDialog) == [] or not parent.findChild(QProgressDialog).isVisible()


def test_already_prepared_needs_no_dialog(parent, shown_labels):
    write_prepared()

    def prepare(*args):
        raise AssertionError("prepare should not run")

    assert download_keras_set(parent, "mnist", prepare=prepare) is True
    assert shown_labels == []


def test_a_failure_is_shown_in_a_message_box(parent, warnings):
    message = "Could not download MNIST (11 MB) from storage.googleapis.com: offline. Check the internet connection."

    def prepare(name, progress, cancelled):
        progress(0, MNIST_BYTES)
        raise DownloadFailed(message)

    assert download_keras_set(parent, "mnist", prepare=prepare) is False
    assert warnings == [("Download MNIST", message)]


def test_an_unexpected_error_is_shown_too(parent, warnings):
    def prepare(name, progress, cancelled):
        raise RuntimeError("disk full")

    assert download_keras_set(parent, "cifar10", prepare=prepare) is False
    assert warnings == [("Download CIFAR-10", "Could not prepare CIFAR-10: disk full")]


def test_cancel_returns_false_quietly(parent, warnings):
    saw_cancel = []

    def prepare(name, progress, cancelled):
        end = time.monotonic() + 60
        while time.monotonic() < end:
            progress(1_000_000, MNIST_BYTES)
            if cancelled():
                saw_cancel.append(True)
                raise DownloadCancelled(name)
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    QTimer.singleShot(100, lambda: parent.findChild(QProgressDialog).findChild(QPushButton).click())
    assert download_keras_set(parent, "mnist", prepare=prepare) is False
    assert saw_cancel == [True]
    assert warnings == []
    assert not keras_sets.is_prepared("mnist")


def test_progress_text():
    assert download_dialog.progress_text("MNIST", 3_200_000, MNIST_BYTES) == "Downloading MNIST… 3.2 of 11 MB"
    assert download_dialog.progress_text("CIFAR-10", 50_000_000, 170_498_071) == "Downloading CIFAR-10… 50 of 170 MB"
    assert download_dialog.progress_text("IMDB", 1_500_000, 0) == "Downloading IMDB… 1.5 MB"
