"""Downloads behind a progress dialog: a Keras book dataset (see playground.training.data.keras_download)
or a Pretrained layer's ImageNet weights (playground.training.network.transfer).

The download runs on a Python thread; its progress and its end reach the GUI thread as queued
signals, so the window keeps painting while the dialog waits in a local event loop.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from playground.core.data import keras_sets
from playground.core.network import transfer
from playground.qt.i18n import say, translate

STEPS = 1000  # progress bar resolution


def download_keras_set(parent: QWidget, name: str, prepare=None) -> bool:
    """Makes the prepared copy of Keras set `name`, downloading it if needed; True once it exists.

    `prepare(name, progress, cancelled)` defaults to keras_download.prepare (tests pass a fake).
    A failure is shown in a message box; Cancel returns False without one.
    """
    if keras_sets.is_prepared(name):
        return True
    if prepare is None:
        from playground.training.data.keras_download import prepare
    short = translate("keras_sets", keras_sets.keras_set(name).short_title)
    done = run_download(parent, short, lambda progress, cancelled: prepare(name, progress, cancelled), name)
    return done and keras_sets.is_prepared(name)


def download_weights(parent: QWidget, application: str, input_shape: tuple[int, ...], download=None) -> bool:
    """Puts a Pretrained layer's ImageNet weights in Keras's cache; True once they are there.

    `download(application, input_shape, progress, cancelled)` defaults to
    training.network.transfer.download_weights (tests pass a fake).
    """
    if transfer.has_weights(application, input_shape):
        return True
    if download is None:
        from playground.training.network.transfer import download_weights as download

    def fetch(progress, cancelled):
        return download(application, input_shape, progress, cancelled)

    done = run_download(parent, translate("download_dialog", "{0} weights").format(application), fetch, application)
    return done and transfer.has_weights(application, input_shape)


def run_download(parent: QWidget, short: str, prepare, name: str = "") -> bool:
    """Runs `prepare(progress, cancelled)` on a thread (named "download <name>") behind a progress
    dialog titled "Download <short>"; True when it ended without an error. A failure is shown in a
    message box; Cancel returns False without one."""
    from playground.training.data import keras_download

    cancel = translate("download_dialog", "Cancel")
    dialog = QProgressDialog(translate("download_dialog", "Preparing {0}…").format(short), cancel, 0, 0, parent)
    title = translate("download_dialog", "Download {0}").format(short)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)

    job = _Job(name or short, short, prepare, dialog)
    loop = QEventLoop()
    job.sigDone.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(job.cancel)
    dialog.show()
    job.start()
    loop.exec()  # until the thread has ended, also after Cancel: no half-written file remains
    job.thread.join()
    dialog.canceled.disconnect(job.cancel)  # closing a QProgressDialog emits canceled
    dialog.close()
    dialog.deleteLater()

    error = job.error
    if error is None:
        return True
    if isinstance(error, keras_download.DownloadCancelled) or job.cancelled.is_set():
        return False
    if isinstance(error, keras_download.DownloadFailed):
        text = say(error)
    else:  # a bug or a damaged file: say so rather than lose it in a thread
        text = translate("download_dialog", "Could not prepare {0}: {1}").format(short, error)
    QMessageBox.warning(parent, title, text)
    return False


def progress_text(short: str, done: int, total: int) -> str:
    """ "Downloading MNIST… 3.2 of 11 MB"."""
    if total <= 0:
        return translate("download_dialog", "Downloading {name}… {done} MB").format(name=short, done=_mb(done))
    return translate("download_dialog", "Downloading {name}… {done} of {total} MB").format(
        name=short, done=_mb(done), total=_mb(total)
    )


def _mb(n: int) -> str:
    mb = n / 1e6
    return f"{mb:.1f}" if mb < 10 else f"{mb:.0f}"


class _Job(QObject):
    """Runs prepare on a thread; lives in the GUI thread, so its slots run there."""

    sigProgress = Signal(object, object)  # done bytes, total bytes (object: may exceed 2**31)
    sigDone = Signal()

    def __init__(self, name: str, short: str, prepare, dialog: QProgressDialog) -> None:
        super().__init__()
        self.short = short
        self.prepare = prepare
        self.dialog = dialog
        self.cancelled = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name=f"download {name}", daemon=True)
        self.sigProgress.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.thread.start()

    @Slot()
    def cancel(self) -> None:
        self.cancelled.set()
        self.dialog.setLabelText(translate("download_dialog", "Cancelling {0}…").format(self.short))

    def _run(self) -> None:  # on the download thread: touch no widget here
        try:
            self.prepare(self.sigProgress.emit, self.cancelled.is_set)
        except BaseException as e:
            self.error = e
        finally:
            self.sigDone.emit()

    @Slot(object, object)
    def _show(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            return
        if total > 0 and done >= total:  # downloaded; Keras now unpacks and converts
            self.dialog.setRange(0, 0)
            self.dialog.setLabelText(translate("download_dialog", "Preparing {0}…").format(self.short))
            return
        if total > 0:
            self.dialog.setRange(0, STEPS)
            self.dialog.setValue(min(STEPS - 1, done * STEPS // total))
        self.dialog.setLabelText(progress_text(self.short, done, total))
