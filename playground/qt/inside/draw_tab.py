"""The Draw tab of "Inside the network": draw a digit (or a shape) and watch the model answer as
the pen moves — the class probabilities, every layer's maps, and where the model looked (Grad-CAM);
click a map or a unit to see what in the drawing drives it; nudge the drawing (or the test sample
looked at) until the model calls it another class.

The answers come from the training thread: the tab asks with `sigAsk` (pixels, Grad-CAM class,
unit) and `sigNudge` (pixels or None for the test sample, target class), and is answered through
`show_answer` and `show_nudge`. Every picture is one image item updated in place, as in the other
tabs, so the pen does not wait for widgets to be made.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from playground.core.data.imported import ImportFailed
from playground.core.data.picture_file import read_picture
from playground.qt import theme
from playground.qt.i18n import say
from playground.qt.inside import pages
from playground.qt.inside.drawing_pad import QtDrawingPad
from playground.qt.inside.gradcam_view import QtGradCamView
from playground.qt.inside.layer_maps import QtLayerMaps
from playground.qt.widgets.flow_layout import QtFlowLayout
from playground.qt.widgets.mosaic import to_rgb8

CARD = 260  # a card's side, in pixels at the normal text size
LEAST_PAD = 140  # px: the pad shrinks to the height in sight (a projector's short dock), not below
FRAME_MS = 90  # a nudge plays back at about eleven steps a second
_BAR = "#26828e"
_PREDICTED = "#e76f51"


def change_rgb(change: np.ndarray, strongest: float) -> np.ndarray:
    """(h, w) changes → (h, w, 3) uint8: white where nothing changed, red where ink was added, blue
    where it was taken away, full colour at `strongest`."""
    d = np.clip(np.nan_to_num(change) / (strongest if strongest > 0 else 1.0), -1.0, 1.0)
    rgb = np.stack([1 - np.maximum(-d, 0), 1 - np.abs(d), 1 - np.maximum(d, 0)], axis=-1)
    return (rgb * 255).round().astype(np.uint8)


class _Card(QWidget):
    """One part of the tab, a square-ish card of a set size (larger in presentation mode): the
    cards wrap like words, so the tab reads in a narrow dock and a wide one alike."""

    def __init__(self, *widgets: QWidget, wide: bool = False) -> None:
        super().__init__()
        self.wide = wide
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)

    def sizeHint(self) -> QSize:
        side = round(CARD * theme.text_scale())
        return QSize(2 * side if self.wide else side, side)


class _PadCard(_Card):
    """The pad's card: a card's side for the pad, and room beside it for the tools' column."""

    def __init__(self, tools, *widgets: QWidget) -> None:
        super().__init__(*widgets)
        self.tools = tools
        self.limit: int | None = None  # the height in sight (px): the pad no taller, so never cut

    def fit_to(self, height: int) -> None:
        """No taller than `height` (the tab's visible height), down to `LEAST_PAD` px."""
        limit = max(LEAST_PAD, height, self.tools.sizeHint().height())
        if limit != self.limit:
            self.limit = limit
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        side = hint.height() if self.limit is None else min(hint.height(), self.limit)
        return QSize(side + self.tools.sizeHint().width() + 6, side)


class QtDrawTab(QWidget):
    """The pad with its tools, the model's answer beside it, and the nudge below."""

    sigAsk = Signal(object)  # (pixels (h, w, 1) in [0, 1], Grad-CAM class or −1, (layer, channel) or None)
    sigNudge = Signal(object)  # (pixels (h, w, 1) or None: the test sample looked at, target class)

    def __init__(self, text_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answers_shown = 0  # how many answers were drawn (the bench and tests count them)
        self.answer: dict = {}
        self.unit: tuple[int, int] | None = None  # the map or unit whose drivers are shown
        self.cam_class = -1  # the class Grad-CAM looks for; −1: the predicted one
        self.class_names: tuple[str, ...] = ()
        self._layers: list = []
        self._frames: dict | None = None
        self._frame = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._next_frame)

        self.pad = QtDrawingPad()
        self.pad.sigChanged.connect(self.ask)
        self.pad.sigFileDropped.connect(self.open_picture)
        self.pen_button = QPushButton(self.tr("Pen"))
        self.eraser_button = QPushButton(self.tr("Eraser"))
        tools = QButtonGroup(self)
        for button in (self.pen_button, self.eraser_button):
            button.setCheckable(True)
            tools.addButton(button)
        self.pen_button.setChecked(True)
        self.eraser_button.toggled.connect(lambda on: setattr(self.pad, "erasing", on))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clear_drawing")
        # Not `connect(self.pad.clear)`: `clicked` would pass its `checked` (False) as `emit`, and
        # a Clear would neither be asked about nor be undoable.
        self.clear_button.clicked.connect(lambda: self.pad.clear())
        self.undo_button = QPushButton(self.tr("Undo stroke"))
        self.undo_button.setObjectName("undo_stroke")
        self.undo_button.setToolTip(self.tr("Take back the last stroke, clear or picture (Ctrl+Z on the pad)"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.pad.undo)
        self.pad.sigUndoAvailable.connect(self.undo_button.setEnabled)
        self.open_button = QPushButton(self.tr("Picture…"))
        self.open_button.setToolTip(self.tr("Put a picture file on the pad (or drop one on it)"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.notice = QLabel()  # a picture that could not be read
        self.notice.setObjectName("drawing_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b3261e;")
        self.notice.hide()

        self.verdict = QLabel()
        self.verdict.setObjectName("drawing_verdict")
        self.verdict.setWordWrap(True)
        bigger = QFont(self.font())
        bigger.setPointSize(max(bigger.pointSize(), pages.FONT_PT) + 2)
        bigger.setBold(True)
        self.verdict.setFont(bigger)
        self.bar_plot = pages.plot_widget(text_font)
        self.bar_plot.setMinimumSize(pages.MIN_VIEW * 3, pages.MIN_VIEW * 2)
        self.bar_plot.setYRange(0, 1, padding=0.02)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush=_BAR, pen=None)
        self.bar_plot.addItem(self.bars)
        self.bar_plot.setToolTip(self.tr("Click a class's bar to see where the model looks for it"))
        self.bar_plot.scene().sigMouseClicked.connect(self._on_bars_clicked)
        self.heat_caption = QLabel()
        self.heat_caption.setWordWrap(True)
        self.heat = QtGradCamView()
        self.heat.setMinimumSize(pages.MIN_VIEW * 2, pages.MIN_VIEW * 2)

        self.layer_maps = QtLayerMaps()  # every layer at once, a row each
        self.layer_maps.sigUnitClicked.connect(self._on_unit_clicked)
        maps_hint = QLabel(
            self.tr(
                "Every layer on the drawing, first to last. Click a map (or a unit) to see what in the drawing "
                "drives it; again to go back."
            )
        )
        maps_hint.setWordWrap(True)

        self.target_combo = QComboBox()
        self.target_combo.setObjectName("nudge_target")
        self.source_combo = QComboBox()
        self.source_combo.addItems([self.tr("the drawing"), self.tr("the test sample looked at")])
        self.nudge_button = QPushButton(self.tr("Nudge"))
        self.nudge_button.setObjectName("nudge")
        self.nudge_button.setToolTip(
            self.tr("Small steps on every pixel, each the way that makes the class more likely, until the model agrees")
        )
        self.nudge_button.clicked.connect(self._on_nudge_clicked)
        self.keep_button = QPushButton(self.tr("Draw on it"))
        self.keep_button.setToolTip(self.tr("Put the nudged picture on the pad"))
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(self._keep_nudged)
        self.nudged_view, self.nudged_image = pages.image_view()
        self.change_view, self.change_image = pages.image_view()
        for view in (self.nudged_view, self.change_view):
            view.setMinimumSize(pages.MIN_VIEW * 2, pages.MIN_VIEW * 2)
        self.nudge_caption = QLabel(self.tr("Make the model see another class: choose it and press Nudge."))
        self.nudge_caption.setObjectName("nudge_caption")
        self.nudge_caption.setWordWrap(True)

        nudge_controls = QWidget()
        controls = QtFlowLayout(nudge_controls)  # wraps in a narrow dock
        for widget in (
            QLabel(self.tr("Make")),
            self.source_combo,
            QLabel(self.tr("look like")),
            self.target_combo,
            self.nudge_button,
            self.keep_button,
        ):
            controls.addWidget(widget)
        pictures = QWidget()
        pair = QHBoxLayout(pictures)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.nudged_view)
        pair.addWidget(self.change_view)
        # Cards side by side in a wide dock, one under another in a narrow one; every layer's maps
        # below them, the whole width, so a deep model's rows stay wide enough to read.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        card_box = QWidget()
        cards = QtFlowLayout(card_box)
        cards.setContentsMargins(0, 0, 0, 0)  # every pixel of a short dock for the pad
        # The tools in a column beside the pad, not a row over the tab: in a short dock (a laptop's
        # right column is ~330 px) the pad then starts right under the tabs, in sight.
        pad_box = QWidget()
        beside = QHBoxLayout(pad_box)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.pad, 1)
        tool_column = QVBoxLayout()
        for button in (self.pen_button, self.eraser_button, self.undo_button, self.clear_button, self.open_button):
            tool_column.addWidget(button)
        tool_column.addStretch(1)
        beside.addLayout(tool_column)
        self._pad_card = _PadCard(tool_column, pad_box, self.notice)
        cards.addWidget(self._pad_card)
        cards.addWidget(_Card(self.verdict, self.bar_plot))
        cards.addWidget(_Card(self.heat_caption, self.heat))
        cards.addWidget(_Card(nudge_controls, self.nudge_caption, pictures, wide=True))
        column.addWidget(card_box)
        column.addWidget(maps_hint)
        column.addWidget(self.layer_maps)
        column.addStretch(1)
        # Its own scroll area: in a small dock the tab scrolls rather than making the whole view tall.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.viewport().installEventFilter(self)  # its height in sight bounds the pad's
        self.stack, self.message = pages.message_stack(scroll)
        self._body = scroll
        pages.lay_out_page(self, [], self.stack)
        self.clear()

    # -- what the model takes -------------------------------------------------------------------

    def set_views(self, views: dict) -> None:
        """Learns the model's input size and classes from a views dict (its sample image)."""
        image = views.get("image")
        names = tuple(views.get("class_names") or ())
        if image is None or np.ndim(image) != 3 or len(names) < 2:
            text = self.tr(
                "Draw here once a model that sorts pictures into classes is built (a template such as LeNet)."
            )
            pages.explain(self.stack, text)
            return
        height, width = np.shape(image)[:2]
        if self.pad.input_size != (height, width):
            self.pad.set_size(height, width)
            self.unit = None
        if names != self.class_names:
            self.class_names = names
            self.cam_class = -1
            pages.sync_combo(self.target_combo, list(names), min(8, len(names) - 1))
            self.bar_plot.getAxis("bottom").setTicks([list(enumerate(names))])
            self.bar_plot.setXRange(-0.6, len(names) - 0.4, padding=0)
        if self.stack.currentWidget() is not self._body:
            self.stack.setCurrentWidget(self._body)

    def clear(self) -> None:
        self.answer, self.unit, self._layers, self._frames = {}, None, [], None
        self.cam_class = -1
        self._timer.stop()
        self.verdict.setText(self.tr("Draw a digit or a shape on the pad."))
        self.heat_caption.setText("")
        for image in (self.nudged_image, self.change_image):
            image.clear()
        self.heat.clear()
        self.layer_maps.clear()
        self.set_views({})

    def request(self) -> tuple:
        """What to ask about the drawing now: (pixels (h, w, 1), Grad-CAM class −1: the predicted, unit)."""
        return self.pad.pixels()[..., None], self.cam_class, self.unit

    def ask(self) -> None:
        self.sigAsk.emit(self.request())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and watched is self._body.viewport():
            self._pad_card.fit_to(event.size().height())
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.class_names:
            self.ask()  # the answer shown may be of a model trained on since

    # -- the model's answers --------------------------------------------------------------------

    def show_answer(self, answer: dict) -> None:
        """Draws one answer of the worker to a drawing (see `drawn_input.DrawnInput.compute`)."""
        self.answer = answer
        self._timer.stop()  # the pen moved: a nudge's playback gives way
        names = tuple(answer.get("class_names") or self.class_names)
        probs = np.asarray(answer["probabilities"], np.float64)
        predicted = int(answer["prediction"])
        self._show_bars(probs, predicted)
        self.verdict.setText(
            self.tr("The model sees “{cls}” ({p:.0%})").format(
                cls=pages.class_name(names, predicted), p=float(probs[predicted])
            )
        )
        self._layers = answer.get("activations") or []
        self.layer_maps.show_layers(self._layers)
        self.layer_maps.mark(self.unit)
        self._draw_heat()
        self.answers_shown += 1

    def _show_bars(self, probs: np.ndarray, marked: int) -> None:
        brushes = [_PREDICTED if i == marked else _BAR for i in range(len(probs))]
        self.bars.setOpts(x=np.arange(len(probs)), height=np.nan_to_num(probs), width=0.8, brushes=brushes)

    def _draw_heat(self) -> None:
        a = self.answer
        image = np.asarray(a["image"], np.float32)
        unit, drive = a.get("unit"), a.get("unit_map")
        if unit is not None and drive is not None and self.unit is not None:
            layer = self._layers[unit[0]][0] if unit[0] < len(self._layers) else "?"
            self.heat.show_cam(image, drive)
            self.heat_caption.setText(
                self.tr(
                    "What in the drawing drives unit {unit} of {layer} (brighter: a change there moves it more)"
                ).format(unit=unit[1], layer=layer)
            )
            return
        cam = a.get("cam")
        self.heat.show_cam(image, None if cam is None or not np.size(cam) else cam)
        if self.heat.heat is None:
            self.heat_caption.setText(self.tr("Grad-CAM needs a convolutional layer"))
        else:
            self.heat_caption.setText(
                self.tr("Where the model looked for “{cls}” (layer {layer})").format(
                    cls=pages.class_name(self.class_names, a.get("cam_class", 0)), layer=a.get("cam_layer", "?")
                )
            )

    # -- the user's choices ---------------------------------------------------------------------

    def _on_unit_clicked(self, layer: int, k: int) -> None:
        """A click on map (or unit) k of a layer: what drives it; the same again: back to Grad-CAM."""
        unit = (layer, k)
        self.unit = None if self.unit == unit else unit
        self.layer_maps.mark(self.unit)
        self.ask()

    def _on_bars_clicked(self, event) -> None:
        """A click on a class's bar: Grad-CAM looks for that class; on it again: the predicted one."""
        if not self.class_names:
            return
        x = self.bar_plot.getPlotItem().vb.mapSceneToView(event.scenePos()).x()
        k = int(round(x))
        if 0 <= k < len(self.class_names) and abs(x - k) <= 0.4:
            self.cam_class = -1 if self.cam_class == k else k
            self.unit = None
            self.ask()

    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Put a picture on the pad"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)")
        )
        if path:
            self.open_picture(path)

    def open_picture(self, path: str) -> bool:
        """Puts a picture file on the pad, resized to the model's input; a file that is not a picture,
        or too large, is refused with a message under the pad. False when refused."""
        height, width = self.pad.input_size
        try:
            pixels = read_picture(path, height, width, 1)
        except ImportFailed as exc:
            self.notice.setText(say(exc))
            self.notice.show()
            return False
        self.notice.hide()
        self.pad.set_pixels(pixels[..., 0])
        return True

    def _on_nudge_clicked(self) -> None:
        target = self.target_combo.currentIndex()
        if target < 0:
            return
        pixels = self.pad.pixels()[..., None] if self.source_combo.currentIndex() == 0 else None
        self.nudge_caption.setText(self.tr("Nudging…"))
        self.sigNudge.emit((pixels, target))

    # -- a nudge played back --------------------------------------------------------------------

    def show_nudge(self, nudge: dict) -> None:
        """Plays back the steps of a nudge (see `drawing_commands`): the input as it changes, the
        change beside it, the probabilities, and at the end how large the change was."""
        self._frames, self._frame = nudge, 0
        self.keep_button.setEnabled(True)
        self._show_frame()
        if len(nudge["images"]) > 1:
            self._timer.start()

    def _next_frame(self) -> None:
        if self._frames is None or self._frame >= len(self._frames["images"]) - 1:
            self._timer.stop()
            return
        self._frame += 1
        self._show_frame()

    def _show_frame(self) -> None:
        f, i = self._frames, self._frame
        images = np.asarray(f["images"], np.float32)
        target, names = int(f["target"]), tuple(f.get("class_names") or self.class_names)
        probs = np.asarray(f["probabilities"][i], np.float64)
        self._show_bars(probs, target)
        pages.show_image(self.nudged_image, to_rgb8(images[i : i + 1], 0.0, 1.0)[0], (0, 255))
        change = (images[i] - images[0]).mean(axis=-1)
        strongest = float(np.abs(images[-1] - images[0]).max())
        pages.show_image(self.change_image, change_rgb(change, strongest), (0, 255))
        cls = pages.class_name(names, target)
        steps = len(images) - 1
        if i < steps:
            text = self.tr("Step {i} of {n}: P({cls}) = {p:.0%}").format(i=i, n=steps, cls=cls, p=float(probs[target]))
        elif f["flipped"]:
            text = self.tr(
                "The model sees “{cls}” ({p:.0%}) after {n} steps; no pixel moved more than {change:.0%} of its range. "
                "Red: ink added, blue: ink taken away."
            ).format(cls=cls, p=float(probs[target]), n=steps, change=f["max_change"])
        else:
            text = self.tr(
                "After {n} steps the model still does not see “{cls}” (P = {p:.0%}); pixels moved up to "
                "{change:.0%} of their range."
            ).format(cls=cls, p=float(probs[target]), n=steps, change=f["max_change"])
        self.nudge_caption.setText(text)

    def _keep_nudged(self) -> None:
        if self._frames is not None:
            self._timer.stop()
            self.pad.set_pixels(np.asarray(self._frames["images"][-1], np.float32).mean(axis=-1))

    def explain(self, text: str) -> None:
        """Why there is nothing to draw on (the model does not take pictures), or what failed."""
        self.nudge_caption.setText(text)
        self.verdict.setText(text)
