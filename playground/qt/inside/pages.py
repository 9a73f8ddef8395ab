"""What every tab of "Inside the network" is built from: a still image view, a quiet plot, a page of
controls over a body, a stack that says why there is nothing to draw, and the test set they share.

The tabs (activations, filters, statistics, Grad-CAM, confusion, samples) each live in their own
module; these pieces keep them alike — same sizes, same explanations in place of errors, the same
in-place image updates that keep training smooth.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from playground.qt.widgets.adaptive_box import QtAdaptiveBox
from playground.qt.widgets.flow_layout import QtFlowLayout
from playground.qt.widgets.mosaic import to_rgb8
from playground.qt.widgets.plot_style import style_axes

FONT_PT = 12
TEXT_PT = 11  # counts and tile labels: the smallest size that still reads on a projector
MIN_VIEW = 40  # pixels: the least an image view may shrink to
VIRIDIS = pg.colormap.get("viridis").getLookupTable(0.0, 1.0, 256)  # perceptual: brighter means more


class ClickableImage(pg.ImageItem):
    """An ImageItem that reports left clicks in its own pixel coordinates (x = column, y = row)."""

    sigPixelClicked = Signal(float, float)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.sigPixelClicked.emit(ev.pos().x(), ev.pos().y())


class SampleSet:
    """The test set as the tabs show it: labels as class indices, the class names, and — for
    image-like sets only, kept by reference — the images and their value range."""

    def __init__(self, images: np.ndarray, labels: np.ndarray, class_names: tuple[str, ...]) -> None:
        self.labels = labels
        self.class_names = class_names
        self.n = len(images)
        self.images: np.ndarray | None = None
        self.range = (0.0, 1.0)
        if images.ndim == 4 and images.shape[-1] in (1, 3) and self.n:
            self.images = images
            self.range = (float(np.nanmin(images)), float(np.nanmax(images)))

    @classmethod
    def empty(cls) -> SampleSet:
        return cls(np.zeros(0), np.zeros(0, dtype=int), ())

    def rgb(self, indices: np.ndarray) -> np.ndarray:
        return to_rgb8(self.images[indices], *self.range)


def class_name(names: tuple[str, ...], value) -> str:
    """A class index by its name when there is one; other values (regression) as numbers."""
    if names and float(value).is_integer() and 0 <= int(value) < len(names):
        return names[int(value)]
    return str(int(value)) if float(value).is_integer() else f"{float(value):.3g}"


def predictions(views: dict, names: tuple[str, ...]) -> np.ndarray | None:
    """The predicted class of every test sample; None without classes to compare with."""
    preds = views.get("test_predictions")
    return None if preds is None or not names else np.asarray(preds).reshape(-1)


def image_view(background: str = "w") -> tuple[pg.GraphicsView, ClickableImage]:
    view = pg.GraphicsView(background=background)
    view.setMinimumSize(MIN_VIEW, MIN_VIEW)  # (Qt's own minimum is larger) a low dock shows it whole
    # Row 0 at the top, as images are read; no panning or zooming to lose the picture with.
    box = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
    box.disableAutoRange()  # the range moves only when a mosaic changes shape (see show_image)
    view.setCentralItem(box)
    image = ClickableImage(axisOrder="row-major")
    box.addItem(image)
    return view, image


def style_plot(item: pg.PlotItem, text_font: QFont) -> pg.PlotItem:
    """No mouse, no menu, no buttons: the plot only shows; axes in `text_font`."""
    item.setMouseEnabled(x=False, y=False)
    item.setMenuEnabled(False)
    item.hideButtons()
    style_axes(item, text_font)
    return item


def plot_widget(text_font: QFont) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w")
    style_plot(plot.getPlotItem(), text_font)
    return plot


def message_stack(*pages: QWidget) -> tuple[QStackedWidget, QLabel]:
    """The pages plus a last one: a message saying why there is nothing to draw."""
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    message = QLabel()
    message.setWordWrap(True)
    message.setAlignment(Qt.AlignmentFlag.AlignCenter)
    message.setStyleSheet("color: #555; padding: 8px;")
    stack.addWidget(message)
    return stack, message


def lay_out_page(page: QWidget, controls: list[QWidget], *body: QWidget) -> QVBoxLayout:
    """`page` as a row of controls over its body; a stack (or adaptive box) takes the height left."""
    layout = QVBoxLayout(page)
    row = QtFlowLayout()  # the controls wrap in a narrow dock rather than widen it
    for widget in controls:
        row.addWidget(widget)
    layout.addLayout(row)
    for widget in body:
        layout.addWidget(widget, 1 if isinstance(widget, (QStackedWidget, QtAdaptiveBox)) else 0)
    return layout


def sync_combo(combo: QComboBox, names: list[str], default: int) -> None:
    """Rebuilds the items only when the names change, so the user's choice survives updates."""
    if [combo.itemText(i) for i in range(combo.count())] == names:
        return
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItems(names)
        combo.setCurrentIndex(min(default, len(names) - 1))


def show_image(image: pg.ImageItem, data: np.ndarray, levels: tuple[float, float]) -> None:
    old = None if image.image is None else image.image.shape[:2]
    image.setImage(data, autoLevels=False, levels=levels)
    if old != data.shape[:2]:
        image.getViewBox().setRange(QRectF(0, 0, data.shape[1], data.shape[0]), padding=0.02)
    image.setVisible(True)


def explain(stack: QStackedWidget, text: str) -> None:
    """Shows `text` on the stack's message page in place of a picture."""
    message = stack.widget(stack.count() - 1)
    message.setText(text)
    stack.setCurrentWidget(message)
