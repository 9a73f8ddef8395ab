"""A Pretrained layer's row in the property panel: whether its ImageNet weights are on this
computer, and a button that downloads them (behind download_dialog's progress dialog)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from playground.core.data import keras_sets
from playground.core.network import transfer
from playground.qt.widgets import download_dialog


class QtWeightsRow(QWidget):
    sigDownloaded = Signal()  # the weights arrived: the model can be built

    def __init__(self, parent=None, download=download_dialog.download_weights):
        super().__init__(parent)
        self.setObjectName("pretrained_weights")
        # download(parent, application, input_shape) -> True once the file is there (tests inject one)
        self.download = download
        self.status = QLabel()
        self.status.setObjectName("weights_status")
        self.status.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("download_weights")
        self.button.clicked.connect(self._on_download)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status)
        column.addWidget(self.button)
        self._target: tuple[str, tuple[int, ...]] | None = None

    def show_weights(self, application: str, input_shape: tuple[int, ...] | None) -> None:
        """Shows the state of `application`'s weights for layer input `input_shape` (None: the
        layer receives no images, so which file it needs is not known)."""
        if application not in transfer.APPLICATIONS or input_shape is None or len(input_shape) != 3:
            self._target = None
            self.status.setText(self.tr("Which ImageNet weights it loads shows once it receives images."))
            self.button.hide()
            return
        self._target = (application, tuple(input_shape))
        path = transfer.weights_path(application, input_shape)
        self.status.setToolTip(str(path))
        if transfer.has_weights(application, input_shape):
            self.status.setText(self.tr("ImageNet weights: on this computer ({0}).").format(path.name))
            self.button.hide()
            return
        mb = keras_sets.size_text(transfer.APPLICATIONS[application].mb)
        self.status.setText(self.tr("ImageNet weights: not on this computer yet. Training needs them."))
        self.button.setText(self.tr("Download weights ({0})").format(mb))
        self.button.setToolTip(
            self.tr("Downloads {0} once into Keras's cache ({1}); no connection? Copy the file there.").format(
                path.name, path.parent
            )
        )
        self.button.show()

    def _on_download(self) -> None:
        if self._target is None:
            return
        application, shape = self._target
        done = self.download(self, application, shape)
        self.show_weights(application, shape)
        if done:
            self.sigDownloaded.emit()
