"""The Grad-CAM tab of "Inside the network": where the model looked for a class, over the sample.

The heatmap itself is drawn by `gradcam_view`; this tab holds the class to explain and the caption,
and asks for another class through `sigClassChosen` (the heatmap comes from the training thread).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from playground.qt.i18n import translate
from playground.qt.inside import pages
from playground.qt.inside.gradcam_view import QtGradCamView


class QtCamTab(QWidget):
    """A class to choose, a caption, and the sample with its Grad-CAM heatmap."""

    sigClassChosen = Signal(int)  # the user chose a class; setting the views never emits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("cam_class")
        self.combo.currentIndexChanged.connect(self._on_class_changed)
        self.caption = QLabel()
        self.caption.setObjectName("cam_caption")
        self.caption.setWordWrap(True)
        self.view = QtGradCamView()
        self.view.setMinimumSize(pages.MIN_VIEW, pages.MIN_VIEW)
        self.image = self.view.image
        self.stack, self.message = pages.message_stack(self.view)
        pages.lay_out_page(self, [QLabel(translate("QtInsideView", "Class")), self.combo], self.caption, self.stack)

    def set_classes(self, names: tuple[str, ...], cam_class: int) -> None:
        """The classes to choose from, `cam_class` chosen: it follows what the heatmap shows."""
        pages.sync_combo(self.combo, list(names), cam_class)
        if self.combo.currentIndex() != cam_class and cam_class < self.combo.count():
            with QSignalBlocker(self.combo):  # only the user emits
                self.combo.setCurrentIndex(cam_class)

    def clear(self) -> None:
        pages.sync_combo(self.combo, [], 0)
        self.view.clear()

    def draw(self, views: dict, names: tuple[str, ...], cam_class: int) -> None:
        image = views.get("image")
        if image is None or np.ndim(image) != 3 or np.shape(image)[-1] not in (1, 3):
            self.caption.setText("")
            text = translate("QtInsideView", "Grad-CAM is drawn for image data, once the model is training.")
            pages.explain(self.stack, text)
            return
        cam = views.get("cam")
        self.view.show_cam(image, None if cam is None or np.ndim(cam) != 2 or not np.size(cam) else cam)
        self.stack.setCurrentWidget(self.view)
        if self.view.heat is None:
            self.caption.setText(translate("QtInsideView", "Grad-CAM needs a convolutional layer"))
            return
        caption = translate("QtInsideView", "Where the model looked for “{cls}” (layer {layer})")
        self.caption.setText(caption.format(cls=pages.class_name(names, cam_class), layer=views.get("cam_layer", "?")))

    def _on_class_changed(self, index: int) -> None:
        if index >= 0:
            self.sigClassChosen.emit(index)
