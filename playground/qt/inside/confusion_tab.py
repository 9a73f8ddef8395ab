"""The Confusion tab of "Inside the network": which classes the model mixes up, and the test samples
it gets wrong.

The matrix is drawn by `confusion_view`; this tab puts it beside (or above) a gallery of the
misclassified samples, so a count in a cell and the pictures behind it are seen together.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.qt.i18n import translate
from playground.qt.inside import pages
from playground.qt.inside.confusion_view import QtConfusionView
from playground.qt.widgets.adaptive_box import QtAdaptiveBox
from playground.qt.widgets.mosaic import mosaic

MAX_GALLERY = 24
GALLERY_COLUMNS = 8


class QtConfusionTab(QWidget):
    """The confusion matrix and up to MAX_GALLERY misclassified test samples."""

    def __init__(self, text_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gallery_indices = np.zeros(0, dtype=int)
        self.matrix = QtConfusionView(text_font, pages.FONT_PT)
        self.matrix.setMinimumSize(pages.MIN_VIEW, pages.MIN_VIEW)
        self.image = self.matrix.image
        self.stack, self.message = pages.message_stack(self.matrix)
        self.gallery_caption = QLabel()
        self.gallery_caption.setWordWrap(True)
        self.gallery_view, self.gallery_image = pages.image_view()
        self.gallery_stack, self.gallery_message = pages.message_stack(self.gallery_view)
        self.gallery_message.setStyleSheet("color: #555; padding: 2px;")
        self.gallery_view.setMinimumHeight(24)  # may shrink to a strip: the matrix comes first
        gallery = QWidget()
        column = QVBoxLayout(gallery)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.gallery_caption)
        column.addWidget(self.gallery_stack, 1)
        # The matrix (square) gets most of the room, its cells must hold their counts: beside the
        # misclassified samples in a low, wide dock, above them in a tall one.
        self.box = QtAdaptiveBox(self.stack, gallery)
        pages.lay_out_page(self, [], self.box)

    def draw_matrix(self, views: dict, names: tuple[str, ...]) -> None:
        cm = views.get("confusion")
        if cm is None:
            text = translate(
                "QtInsideView", "The confusion matrix (true class × predicted class) appears for classification models."
            )
            pages.explain(self.stack, text)
            return
        cm = np.asarray(cm)
        self.matrix.set_matrix(cm, tuple(pages.class_name(names, i) for i in range(cm.shape[0])))
        self.stack.setCurrentWidget(self.matrix)

    def draw_gallery(self, views: dict, names: tuple[str, ...], samples: pages.SampleSet) -> None:
        preds = pages.predictions(views, names)
        self.gallery_indices = np.zeros(0, dtype=int)
        self.gallery_caption.setText("")
        if samples.images is None:
            pages.explain(self.gallery_stack, translate("QtInsideView", "Samples are drawn for image data"))
            return
        if preds is None:
            text = translate("QtInsideView", "Misclassified test samples appear once the model predicts classes.")
            pages.explain(self.gallery_stack, text)
            return
        labels = samples.labels
        n = min(len(preds), len(labels))
        wrong = np.flatnonzero(preds[:n] != labels[:n])
        self.gallery_indices = wrong[:MAX_GALLERY]
        if not len(wrong):
            pages.explain(self.gallery_stack, translate("QtInsideView", "No misclassified test samples."))
            return
        tiles = mosaic(samples.rgb(self.gallery_indices), GALLERY_COLUMNS, 2, 255)
        pages.show_image(self.gallery_image, tiles, (0, 255))
        self.gallery_stack.setCurrentWidget(self.gallery_view)
        name = pages.class_name
        pairs = ", ".join(f"{name(names, labels[i])}→{name(names, preds[i])}" for i in wrong[:6])
        caption = translate("QtInsideView", "Misclassified: {wrong} of {n} test samples (true→predicted: {pairs}…)")
        self.gallery_caption.setText(caption.format(wrong=len(wrong), n=n, pairs=pairs))
