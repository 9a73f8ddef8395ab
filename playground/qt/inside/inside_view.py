"""Inside the network: what the model computes on one test sample while it trains.

Feature maps, filters (and the inputs that excite them), where the model looked (Grad-CAM), which
classes it mixes up, which test samples it gets wrong, and per-layer statistics of activations,
weights and gradients. The data arrive as plain numpy arrays several times a second, so every view is
one mosaic image in one pg.ImageItem that is updated in place: creating widgets or graphics items per
update would make the whole window stutter during training. The statistics' plots are made only when
the model's layers change, and drawn only while their tab shows.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from playground.qt.inside.confusion_view import QtConfusionView
from playground.qt.inside.gradcam_view import QtGradCamView
from playground.qt.widgets.adaptive_box import QtAdaptiveBox
from playground.qt.widgets.flow_layout import QtFlowLayout
from playground.qt.widgets.mosaic import frame, mosaic, tile, to_rgb8
from playground.qt.widgets.number_field import NumberSpinBox
from playground.qt.widgets.plot_style import style_axes
from playground.qt.widgets.tab_buttons import QtTabButtons

_FONT_PT = 12
_TEXT_PT = 11  # counts and tile labels: the smallest size that still reads on a projector
MAX_SAMPLES = 64
MAX_GALLERY = 24
MAX_FILTER_ROWS = 8
GALLERY_COLUMNS = 8
SAMPLE_GAP = 2  # the least gap between sample tiles; larger images get half their height, for the label
RING = 2  # pixels around each sample tile: the outer ring marks the probe, the inner one a mistake
_WRONG_RGB = (229, 57, 53)
_PROBE_RGB = (17, 17, 17)
_VIRIDIS = pg.colormap.get("viridis").getLookupTable(0.0, 1.0, 256)  # perceptual: brighter means more
# Weights are signed: blue negative, white zero, red positive, so a filter's pattern reads at a glance.
_DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(33, 102, 172), (247, 247, 247), (178, 24, 43)])
_DIVERGING_LUT = _DIVERGING.getLookupTable(0.0, 1.0, 256)
_WEIGHT_RGB = "#26828e"
_GRADIENT_RGB = "#e6550d"
DEPTH_HEIGHT = 220  # pixels for the activations-across-depth plot
HISTOGRAM_HEIGHT = 130  # pixels per layer row of histograms; more rows scroll
MIN_VIEW = 40  # pixels: the least an image view may shrink to


def _follow(plot: pg.PlotItem, x: tuple[float, float], y: tuple[float, float]) -> None:
    """Moves the plot's range only when the data leave it or fill less than half of it: a range that
    changed with every refresh would lay out and repaint the axes every time."""
    view = plot.getViewBox()
    for axis, (lo, hi), (a, b) in zip("xy", (x, y), view.viewRange(), strict=True):
        lo, hi = float(np.nan_to_num(lo)), float(np.nan_to_num(hi))
        if hi - lo <= 0:
            lo, hi = lo - 0.5, hi + 0.5
        if lo < a or hi > b or hi - lo < 0.5 * (b - a):
            view.setRange(**{f"{axis}Range": (lo, hi)}, padding=0.05)


class _ClickableImage(pg.ImageItem):
    """An ImageItem that reports left clicks in its own pixel coordinates (x = column, y = row)."""

    sigPixelClicked = Signal(float, float)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.sigPixelClicked.emit(ev.pos().x(), ev.pos().y())


class _HistogramRow(NamedTuple):
    """One layer's row on the Statistics tab."""

    name: str
    weights: pg.PlotItem
    weight_curve: pg.PlotDataItem
    gradients: pg.PlotItem
    gradient_curve: pg.PlotDataItem


class QtInsideView(QWidget):
    """Activations, filters, Grad-CAM, confusion matrix, test samples and per-layer statistics; fed
    by `set_views` (and `set_patterns` for what excites the filters)."""

    sigProbeChosen = Signal(int)  # index into the test set
    sigCamClassChosen = Signal(int)  # class index for Grad-CAM
    sigPatternsRequested = Signal(str)  # a Conv2D layer's name: find what excites its filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)
        self._text_font = QFont(font.family(), _TEXT_PT)
        self.probe_index = 0
        self.cam_class = 0
        self._views: dict = {}
        self._n = 0
        self._images: np.ndarray | None = None  # only image-like test sets, kept by reference
        self._range = (0.0, 1.0)
        self._labels = np.zeros(0, dtype=int)
        self._class_names: tuple[str, ...] = ()
        self._sample_rgb: np.ndarray | None = None  # the first MAX_SAMPLES, converted once per data set
        self._sample_texts: list[pg.TextItem] = []
        self._sample_gap = SAMPLE_GAP
        self.gallery_indices = np.zeros(0, dtype=int)
        self._patterns: tuple[str, int | None] | None = None  # the layer and epoch the patterns are of
        self.stats_rows: list[_HistogramRow] = []
        self._depth_names: list[str] = []
        self._stats_dirty = False
        self._weighted: list[dict] = []  # the stats of the layers with weights, one per row
        self._stale_rows: set[int] = set()  # rows not drawn since the views changed

        self.title = QLabel()
        self.title.setObjectName("inside_title")
        self.title.setWordWrap(True)  # the dock shares the right column: wrap rather than widen it
        self.probe_spin = NumberSpinBox(self.tr("The test sample"), 0, 0)
        self.probe_spin.setObjectName("probe_index")
        self.probe_spin.setToolTip(self.tr("The test sample the views show"))
        self.probe_spin.valueChanged.connect(self._choose_probe)
        self._top = top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Sample")))
        top.addWidget(self.probe_spin)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inside_tabs")
        self.tabs.addTab(self._activations_tab(), self.tr("Activations"))
        self.tabs.addTab(self._filters_tab(), self.tr("Filters"))
        self.stats_page = self._stats_tab()
        self.tabs.addTab(self.stats_page, self.tr("Statistics"))
        self.tabs.addTab(self._cam_tab(), self.tr("Grad-CAM"))
        self.tabs.addTab(self._confusion_tab(), self.tr("Confusion"))
        self.tabs.addTab(self._samples_tab(), self.tr("Samples"))
        # One button after the tabs serves every tab: it exports whichever is showing.
        export = QPushButton(self.tr("Export PNG…"))
        export.setObjectName("export_png")
        export.clicked.connect(self._on_export_clicked)
        self.tab_buttons = QtTabButtons(self.tabs, (export,))  # they wrap in a narrow dock
        self.tabs.currentChanged.connect(self._draw_stats_if_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tab_buttons)
        layout.addWidget(self.tabs, 1)
        self.clear()

    def heightForWidth(self, width: int) -> int:
        """The wrapped title and rows of tab buttons at `width`, over the least the pages need: in a
        scrolling dock the views then fill the height instead of being laid out for their (much
        taller) preferred height and scrolled past."""
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        rows = self._top.heightForWidth(inner) + self.tab_buttons.heightForWidth(inner)
        return rows + self.tabs.minimumSizeHint().height() + 2 * layout.spacing() + margins.top() + margins.bottom()

    # -- building ---------------------------------------------------------------------------------

    @staticmethod
    def _image_view(background: str = "w") -> tuple[pg.GraphicsView, _ClickableImage]:
        view = pg.GraphicsView(background=background)
        view.setMinimumSize(MIN_VIEW, MIN_VIEW)  # (Qt's own minimum is larger) a low dock shows it whole
        # Row 0 at the top, as images are read; no panning or zooming to lose the picture with.
        box = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
        box.disableAutoRange()  # the range moves only when a mosaic changes shape (see _show)
        view.setCentralItem(box)
        image = _ClickableImage(axisOrder="row-major")
        box.addItem(image)
        return view, image

    def _plot(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(background="w")
        self._style(plot.getPlotItem())
        return plot

    def _style(self, item: pg.PlotItem) -> pg.PlotItem:
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        style_axes(item, self._text_font)
        return item

    @staticmethod
    def _stack(*pages: QWidget) -> tuple[QStackedWidget, QLabel]:
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

    @staticmethod
    def _page(controls: list[QWidget], *body: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QtFlowLayout()  # the controls wrap in a narrow dock rather than widen it
        for widget in controls:
            row.addWidget(widget)
        layout.addLayout(row)
        for widget in body:
            layout.addWidget(widget, 1 if isinstance(widget, (QStackedWidget, QtAdaptiveBox)) else 0)
        return page

    def _activations_tab(self) -> QWidget:
        self.activation_combo = QComboBox()
        self.activation_combo.setObjectName("activation_layer")
        self.activation_combo.currentIndexChanged.connect(self._draw_activations)
        self.per_layer_box = QCheckBox(self.tr("One scale"))
        self.per_layer_box.setToolTip(
            self.tr("One colour scale for the whole layer (compare maps); unticked, each map has its own")
        )
        self.per_layer_box.setObjectName("per_layer_scale")
        self.per_layer_box.toggled.connect(self._draw_activations)
        self.activation_view, self.activation_image = self._image_view()
        self.activation_image.setLookupTable(_VIRIDIS)
        self.bar_plot = self._plot()
        self.activation_bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush="#26828e", pen=None)
        self.bar_plot.addItem(self.activation_bars)
        self.activation_stack, self.activation_message = self._stack(self.activation_view, self.bar_plot)
        return self._page([QLabel(self.tr("Layer")), self.activation_combo, self.per_layer_box], self.activation_stack)

    def _filters_tab(self) -> QWidget:
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("filter_layer")
        self.filter_combo.currentIndexChanged.connect(self._draw_filters)
        self.filter_caption = QLabel()
        self.filter_caption.setWordWrap(True)
        # Grey behind the tiles: white already means a zero weight.
        self.filter_view, self.filter_image = self._image_view("#b0bec5")
        self.filter_image.setLookupTable(_DIVERGING_LUT)
        self.filter_stack, self.filter_message = self._stack(self.filter_view)
        self.patterns_button = QPushButton(self.tr("What excites them?"))
        self.patterns_button.setObjectName("patterns_button")
        self.patterns_button.setToolTip(
            self.tr("Finds, by gradient ascent, the input that each filter of this layer responds to most")
        )
        self.patterns_button.clicked.connect(self._on_patterns_clicked)
        self.patterns_caption = QLabel()
        self.patterns_caption.setObjectName("patterns_caption")
        self.patterns_caption.setWordWrap(True)
        self.patterns_view, self.patterns_image = self._image_view("#b0bec5")
        # The caption under the controls, not beside them: the dock must stay narrow on a laptop.
        controls = [QLabel(self.tr("Layer")), self.filter_combo, self.patterns_button]
        page = self._page(controls, self.filter_caption, self.filter_stack, self.patterns_caption, self.patterns_view)
        page.layout().setStretch(4, 1)  # the patterns share the height with the kernels
        return page

    def _stats_tab(self) -> QWidget:
        hint = QLabel(
            self.tr(
                "Each layer's output on up to 128 test samples (mean ± standard deviation), and the spread of its "
                "weights and of their gradients. Outputs that shrink to zero with depth, or pile up at ±1, "
                "learn slowly."
            )
        )
        hint.setWordWrap(True)
        self.stats_plots = pg.GraphicsLayoutWidget()
        self.stats_plots.setBackground("w")
        self.depth_plot = self._style(self.stats_plots.addPlot(row=0, col=0, colspan=2))
        self.depth_plot.setTitle(self.tr("Activations across depth"), size=f"{_FONT_PT}pt", color="#222")
        self.depth_plot.setLabel("left", self.tr("mean ± std"), **{"font-size": f"{_TEXT_PT}pt", "color": "#222"})
        self.depth_plot.setLabel("bottom", self.tr("layer"), **{"font-size": f"{_TEXT_PT}pt", "color": "#222"})
        self.depth_plot.setMinimumHeight(DEPTH_HEIGHT)
        self.depth_plot.disableAutoRange()  # see _follow
        self.depth_plot.addLine(y=0, pen=pg.mkPen("#bbb"))
        pen = pg.mkPen(_WEIGHT_RGB, width=2)
        self.depth_band = pg.ErrorBarItem(x=np.zeros(1), y=np.zeros(1), height=np.zeros(1), beam=0.25, pen=pen)
        self.depth_curve = pg.PlotDataItem(pen=pen, symbol="o", symbolSize=8, symbolBrush=_WEIGHT_RGB, symbolPen=None)
        self.depth_plot.addItem(self.depth_band)
        self.depth_plot.addItem(self.depth_curve)
        self.stats_scroll = QScrollArea()
        self.stats_scroll.setWidgetResizable(True)
        self.stats_scroll.setWidget(self.stats_plots)
        self.stats_scroll.verticalScrollBar().valueChanged.connect(self._on_stats_scrolled)
        self.stats_plots.installEventFilter(self)  # resized: rows may come into sight
        self.stats_stack, self.stats_message = self._stack(self.stats_scroll)
        return self._page([hint], self.stats_stack)

    def _cam_tab(self) -> QWidget:
        self.cam_combo = QComboBox()
        self.cam_combo.setObjectName("cam_class")
        self.cam_combo.currentIndexChanged.connect(self._on_cam_class_changed)
        self.cam_caption = QLabel()
        self.cam_caption.setObjectName("cam_caption")
        self.cam_caption.setWordWrap(True)
        self.cam_view = QtGradCamView()
        self.cam_view.setMinimumSize(MIN_VIEW, MIN_VIEW)
        self.cam_image = self.cam_view.image
        self.cam_stack, self.cam_message = self._stack(self.cam_view)
        return self._page([QLabel(self.tr("Class")), self.cam_combo], self.cam_caption, self.cam_stack)

    def _confusion_tab(self) -> QWidget:
        self.confusion_plot = QtConfusionView(self._text_font, _FONT_PT)
        self.confusion_plot.setMinimumSize(MIN_VIEW, MIN_VIEW)
        self.confusion_image = self.confusion_plot.image
        self.confusion_stack, self.confusion_message = self._stack(self.confusion_plot)
        self.gallery_caption = QLabel()
        self.gallery_caption.setWordWrap(True)
        self.gallery_view, self.gallery_image = self._image_view()
        self.gallery_stack, self.gallery_message = self._stack(self.gallery_view)
        self.gallery_message.setStyleSheet("color: #555; padding: 2px;")
        self.gallery_view.setMinimumHeight(24)  # may shrink to a strip: the matrix comes first
        gallery = QWidget()
        column = QVBoxLayout(gallery)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.gallery_caption)
        column.addWidget(self.gallery_stack, 1)
        # The matrix (square) gets most of the room, its cells must hold their counts: beside the
        # misclassified samples in a low, wide dock, above them in a tall one.
        self.confusion_box = QtAdaptiveBox(self.confusion_stack, gallery)
        return self._page([], self.confusion_box)

    def _samples_tab(self) -> QWidget:
        hint = QLabel(self.tr("Click a sample to look inside the network with it."))
        hint.setWordWrap(True)
        self.samples_view, self.samples_image = self._image_view()
        self.samples_image.sigPixelClicked.connect(self._on_sample_clicked)
        self.samples_stack, self.samples_message = self._stack(self.samples_view)
        return self._page([hint], self.samples_stack)

    # -- public -----------------------------------------------------------------------------------

    def set_samples(self, images: np.ndarray, labels: np.ndarray, class_names: tuple[str, ...]) -> None:
        """The test set as the sample browser shows it: images (n, H, W, C) or any other array
        (n, ...), labels (n,) or (n,1) ints, class names (may be empty for regression)."""
        images, labels = np.asarray(images), np.asarray(labels)
        if labels.ndim == 2 and labels.shape[1] > 1:
            labels = labels.argmax(axis=1)  # one-hot
        self._labels = labels.reshape(-1)
        self._class_names = tuple(class_names)
        self._n = len(images)
        with QSignalBlocker(self.probe_spin):
            self.probe_spin.set_bounds(0, max(0, self._n - 1))
        box = self.samples_image.getViewBox()
        for text in self._sample_texts:
            box.removeItem(text)
        self._sample_texts = []
        if images.ndim == 4 and images.shape[-1] in (1, 3) and self._n:
            self._images = images
            self._range = (float(np.nanmin(images)), float(np.nanmax(images)))
            self._sample_rgb = self._rgb(np.arange(min(self._n, MAX_SAMPLES)))
            count, h, w = self._sample_rgb.shape[:3]
            columns = self._sample_columns()
            # Labels go in the gap under each tile, so they never hide the sample.
            self._sample_gap = gap = max(SAMPLE_GAP, (h + 2 * RING) // 2)
            for k in range(count):  # made once per data set, only re-texted per update
                text = pg.TextItem(anchor=(0, 0))
                text.setFont(self._text_font)
                row, col = divmod(k, columns)
                text.setPos(col * (w + 2 * RING + gap), row * (h + 2 * RING + gap) + h + 2 * RING - 0.5)
                box.addItem(text, ignoreBounds=True)
                self._sample_texts.append(text)
        else:
            self._images = self._sample_rgb = None
        self._draw_samples()
        self._draw_gallery()

    def set_views(self, views: dict) -> None:
        """Redraws from one views dict (see the module that makes it); cheap, called several times a
        second. Missing or None entries show a short explanation in their tab."""
        self._views = v = dict(views or {})
        if v.get("probe_index") is not None:
            self.probe_index = int(v["probe_index"])
            with QSignalBlocker(self.probe_spin):
                self.probe_spin.setValue(self.probe_index)
        if v.get("cam_class") is not None:
            self.cam_class = int(v["cam_class"])
        acts = v.get("activations") or []
        conv = next((i for i, layer in enumerate(acts) if np.ndim(layer[2]) == 3), 0)
        self._sync_combo(self.activation_combo, [layer[0] for layer in acts], conv)
        self._sync_combo(self.filter_combo, [f[0] for f in v.get("filters") or []], 0)
        self._sync_combo(self.cam_combo, list(self._names()), self.cam_class)
        if self.cam_combo.currentIndex() != self.cam_class and self.cam_class < self.cam_combo.count():
            with QSignalBlocker(self.cam_combo):  # follows what the heatmap shows; only the user emits
                self.cam_combo.setCurrentIndex(self.cam_class)
        self._draw_all()

    def set_patterns(self, layer_name: str, images: np.ndarray, epoch: int | None = None) -> None:
        """Shows what excites the filters of Conv2D `layer_name`: images (n, h, w, c) in [0, 1], one
        per filter, found at `epoch` (defaults to the epoch of the views shown)."""
        images = np.asarray(images, dtype=np.float32)
        if images.ndim == 3:
            images = images[..., None]
        if images.shape[-1] not in (1, 3):  # neither grey nor colour: their mean, in grey
            images = images.mean(axis=-1, keepdims=True)
        self._patterns = (layer_name, self._views.get("epoch") if epoch is None else int(epoch))
        rgb = to_rgb8(images, 0.0, 1.0)
        self._show(self.patterns_image, mosaic(rgb, min(len(rgb), GALLERY_COLUMNS), 1, 255), (0, 255))
        self._draw_patterns()

    def clear(self) -> None:
        """Back to the empty state (no run). The test set from `set_samples` stays: the data do not
        change with a new run, and the samples can be browsed before training."""
        self._views = {}
        self._patterns = None
        self.patterns_image.clear()
        self.probe_index = self.cam_class = 0
        with QSignalBlocker(self.probe_spin):
            self.probe_spin.setValue(0)
        for combo in (self.activation_combo, self.filter_combo, self.cam_combo):
            self._sync_combo(combo, [], 0)
        for image in (self.activation_image, self.filter_image):
            image.clear()
        self.cam_view.clear()
        self._draw_all()

    def export_png(self, path: str | None = None) -> bool:
        """Saves the current tab as a PNG, asking where when `path` is None; False if cancelled or failed."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export PNG"), "inside.png", self.tr("PNG images (*.png)")
            )
            if not path:
                return False
        widget = self.tabs.currentWidget()
        if widget is self.stats_page and self.stats_stack.currentWidget() is self.stats_scroll:
            self._draw_stale_rows(every_row=True)
            widget = self.stats_plots  # every layer's row, also those scrolled out of sight
        return widget.grab().save(str(path), "PNG")

    def sample_at(self, x: float, y: float) -> int | None:
        """The sample whose tile covers pixel (x = column, y = row) of the samples mosaic, or None."""
        if self._sample_rgb is None or x < 0 or y < 0:
            return None
        count, h, w = self._sample_rgb.shape[:3]
        cell_h, cell_w = h + 2 * RING, w + 2 * RING
        gap = self._sample_gap
        col, row = int(x // (cell_w + gap)), int(y // (cell_h + gap))
        columns = self._sample_columns()
        in_cell = x % (cell_w + gap) < cell_w and y % (cell_h + gap) < cell_h
        index = row * columns + col
        return index if in_cell and col < columns and index < count else None

    # -- drawing ----------------------------------------------------------------------------------

    def _draw_all(self) -> None:
        self._draw_title()
        self._draw_activations()
        self._draw_filters()
        self._stats_dirty = True
        self._draw_stats_if_shown()
        self._draw_cam()
        self._draw_confusion()
        self._draw_gallery()
        self._draw_samples()

    @staticmethod
    def _sync_combo(combo: QComboBox, names: list[str], default: int) -> None:
        """Rebuilds the items only when the names change, so the user's choice survives updates."""
        if [combo.itemText(i) for i in range(combo.count())] == names:
            return
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(min(default, len(names) - 1))

    @staticmethod
    def _show(image: pg.ImageItem, data: np.ndarray, levels: tuple[float, float]) -> None:
        old = None if image.image is None else image.image.shape[:2]
        image.setImage(data, autoLevels=False, levels=levels)
        if old != data.shape[:2]:
            image.getViewBox().setRange(QRectF(0, 0, data.shape[1], data.shape[0]), padding=0.02)
        image.setVisible(True)

    @staticmethod
    def _say(stack: QStackedWidget, text: str) -> None:
        message = stack.widget(stack.count() - 1)
        message.setText(text)
        stack.setCurrentWidget(message)

    def _names(self) -> tuple[str, ...]:
        return tuple(self._views.get("class_names") or self._class_names)

    def _name(self, value) -> str:
        names = self._names()
        if names and float(value).is_integer() and 0 <= int(value) < len(names):
            return names[int(value)]
        return str(int(value)) if float(value).is_integer() else f"{float(value):.3g}"

    def _rgb(self, indices: np.ndarray) -> np.ndarray:
        return to_rgb8(self._images[indices], *self._range)

    def _sample_columns(self) -> int:
        return math.ceil(math.sqrt(len(self._sample_rgb)))

    def _draw_title(self) -> None:
        v = self._views
        if v.get("epoch") is None:
            self.title.setText(self.tr("Train the model to look inside it."))
            return
        label, pred, probs = v.get("label"), v.get("prediction"), v.get("probabilities")
        fields = {
            "epoch": v["epoch"],
            "index": self.probe_index,
            "label": "?" if label is None else self._name(label),
            "prediction": "?" if pred is None else self._name(pred),
        }
        if probs is not None and pred is not None and 0 <= int(pred) < len(probs):
            template = self.tr("Epoch {epoch} · sample {index}: label {label}, predicted {prediction} ({p:.0%})")
            fields["p"] = float(probs[int(pred)])
        else:
            template = self.tr("Epoch {epoch} · sample {index}: label {label}, predicted {prediction}")
        self.title.setText(template.format(**fields))

    def _draw_activations(self) -> None:
        layers = self._views.get("activations") or []
        i = self.activation_combo.currentIndex()
        if not 0 <= i < len(layers):
            self._say(self.activation_stack, self.tr("The layers' outputs appear once the model is training."))
            return
        name, _, a = layers[i]
        a = np.asarray(a, dtype=np.float32)
        per_map = not self.per_layer_box.isChecked()
        if a.ndim == 3:  # (H, W, channels): one tile per feature map
            maps = np.moveaxis(a, -1, 0)
            self._show(self.activation_image, tile(maps, math.ceil(math.sqrt(len(maps))), per_map=per_map), (0, 1))
            self.activation_stack.setCurrentWidget(self.activation_view)
        elif a.ndim == 2:  # (time, features): time runs left to right
            self._show(self.activation_image, tile(a.T[None], 1, per_map=per_map), (0, 1))
            self.activation_stack.setCurrentWidget(self.activation_view)
        elif a.ndim == 1 and a.size:
            self.activation_bars.setOpts(x=np.arange(a.size), height=np.nan_to_num(a), width=0.8)
            self.activation_stack.setCurrentWidget(self.bar_plot)
        else:
            text = self.tr("The output of {name} has shape {shape}: only maps, sequences and vectors are drawn.")
            self._say(self.activation_stack, text.format(name=name, shape=a.shape))

    def _draw_filters(self) -> None:
        filters = self._views.get("filters") or []
        i = self.filter_combo.currentIndex()
        self.filter_caption.setText("")
        self._draw_patterns()
        if not 0 <= i < len(filters) or np.ndim(filters[i][1]) != 4:
            self._say(self.filter_stack, self.tr("Filters are drawn for convolutional (Conv2D) layers."))
            return
        name, kernel = filters[i]
        k = np.nan_to_num(np.asarray(kernel, dtype=np.float32))
        kh, kw, n_in, n_out = k.shape
        rows = min(n_in, MAX_FILTER_ROWS)
        maps = k[:, :, :rows, :].transpose(2, 3, 0, 1).reshape(rows * n_out, kh, kw)
        top = float(np.abs(maps).max()) or 1.0  # symmetric, so white is exactly zero
        self._show(self.filter_image, mosaic(maps, n_out), (-top, top))
        self.filter_stack.setCurrentWidget(self.filter_view)
        if rows < n_in:
            text = self.tr("{n} filters of {kh}×{kw}; one row per input channel (the first {rows} of {n_in})")
        else:
            text = self.tr("{n} filters of {kh}×{kw}; one row per input channel")
        self.filter_caption.setText(text.format(n=n_out, kh=kh, kw=kw, rows=rows, n_in=n_in))

    def _draw_patterns(self) -> None:
        """The patterns show under the kernels of their own layer only; the button is for Conv2D."""
        name = self.filter_combo.currentText()
        kinds = {layer[0]: layer[1] for layer in self._views.get("activations") or []}
        self.patterns_button.setEnabled(bool(name) and kinds.get(name, "Conv2D") == "Conv2D")
        shown = self._patterns is not None and self._patterns[0] == name
        self.patterns_caption.setVisible(shown)
        self.patterns_view.setVisible(shown)
        if shown:
            layer, epoch = self._patterns
            if epoch is None:
                text = self.tr("What excites each filter of {layer}: the input it responds to most")
            else:
                text = self.tr("What excites each filter of {layer} at epoch {epoch}: the input it responds to most")
            self.patterns_caption.setText(text.format(layer=layer, epoch=epoch))

    def _draw_stats_if_shown(self) -> None:
        if self._stats_dirty and self.tabs.currentWidget() is self.stats_page:
            self._draw_stats()

    def _draw_stats(self) -> None:
        self._stats_dirty = False
        stats = self._views.get("stats") or []
        if not stats:
            self._say(self.stats_stack, self.tr("Per-layer statistics appear once the model is training."))
            return
        self.stats_stack.setCurrentWidget(self.stats_scroll)
        names = [row["name"] for row in stats]
        x = np.arange(len(stats), dtype=float)
        means = np.nan_to_num(np.array([row["act_mean"] for row in stats], dtype=float))
        stds = np.nan_to_num(np.array([row["act_std"] for row in stats], dtype=float))
        self.depth_curve.setData(x, means)
        self.depth_band.setData(x=x, y=means, height=2 * stds)
        _follow(self.depth_plot, (-0.5, len(stats) - 0.5), (min(0.0, (means - stds).min()), (means + stds).max()))
        if names != self._depth_names:  # new ticks only when the layers change
            self._depth_names = names
            # Layer numbers: names would run into each other; the rows below name each layer.
            self.depth_plot.getAxis("bottom").setTicks([[(i, str(i + 1)) for i in range(len(names))]])
        self._weighted = [row for row in stats if row.get("weights") is not None]
        if [row.name for row in self.stats_rows] != [row["name"] for row in self._weighted]:
            self._build_stats_rows([row["name"] for row in self._weighted])
        self._stale_rows = set(range(len(self._weighted)))
        self._draw_stale_rows()

    def _draw_stale_rows(self, every_row: bool = False) -> None:
        """Draws the rows in sight whose data changed; the others wait until they are scrolled to, so
        a deep network costs no more per refresh than a shallow one."""
        top = self.stats_scroll.verticalScrollBar().value()
        bottom = top + self.stats_scroll.viewport().height()
        for i in sorted(self._stale_rows):
            box = self.stats_rows[i].weights.geometry()
            if every_row or box.height() == 0 or (box.bottom() >= top and box.top() <= bottom):
                self._draw_stats_row(self.stats_rows[i], self._weighted[i])
                self._stale_rows.discard(i)

    def _draw_stats_row(self, plots: _HistogramRow, row: dict) -> None:
        counts, edges = np.asarray(row["weights"][0]), np.asarray(row["weights"][1])
        plots.weight_curve.setData(edges, counts)
        _follow(plots.weights, (edges[0], edges[-1]), (0, counts.max()))
        number = [r["name"] for r in self._views.get("stats") or []].index(row["name"]) + 1
        # Short titles: a title wider than its plot widens the whole grid past the dock's edge.
        if row.get("dead") is not None:
            title = self.tr("{number}. {name} weights · std {std:.2g} · {dead:.0%} dead")
        else:
            title = self.tr("{number}. {name} weights · std {std:.2g}")
        fields = {"number": number, "name": row["name"], "std": row.get("weight_std") or 0.0, "dead": row.get("dead")}
        self._set_title(plots.weights, title.format(**fields))
        if row.get("gradients") is None:
            plots.gradient_curve.clear()
            self._set_title(plots.gradients, self.tr("no gradients (no targets)"))
            return
        counts, edges = np.asarray(row["gradients"][0]), np.asarray(row["gradients"][1])
        plots.gradient_curve.setData(edges, counts)
        _follow(plots.gradients, (edges[0], edges[-1]), (0, counts.max()))
        norm = row.get("grad_norm") or 0.0
        self._set_title(plots.gradients, self.tr("gradients · norm {norm:.2g}").format(norm=norm))

    def _build_stats_rows(self, names: list[str]) -> None:
        """Two histograms per layer with weights; made again only when the layers change."""
        for row in self.stats_rows:
            self.stats_plots.removeItem(row.weights)
            self.stats_plots.removeItem(row.gradients)
        self.stats_rows = []
        for r, name in enumerate(names, start=1):
            plots = []
            for col, rgb in enumerate((_WEIGHT_RGB, _GRADIENT_RGB)):
                plot = self._style(self.stats_plots.addPlot(row=r, col=col))
                plot.hideAxis("left")  # counts: the shape matters, not the numbers
                plot.setMinimumHeight(HISTOGRAM_HEIGHT)
                plot.disableAutoRange()
                curve = pg.PlotDataItem(
                    stepMode="center", fillLevel=0, fillOutline=True, brush=rgb, pen=pg.mkPen(rgb, width=1)
                )
                plot.addItem(curve)
                plots += [plot, curve]
            self.stats_rows.append(_HistogramRow(name, *plots))
        self.stats_plots.setMinimumHeight(DEPTH_HEIGHT + 40 + (HISTOGRAM_HEIGHT + 10) * len(names))

    @staticmethod
    def _set_title(plot: pg.PlotItem, text: str) -> None:
        if plot.titleLabel.text != text:  # a new title lays the plot out again
            plot.setTitle(text, size=f"{_TEXT_PT}pt", color="#222")

    def _draw_cam(self) -> None:
        v = self._views
        image = v.get("image")
        if image is None or np.ndim(image) != 3 or np.shape(image)[-1] not in (1, 3):
            self.cam_caption.setText("")
            self._say(self.cam_stack, self.tr("Grad-CAM is drawn for image data, once the model is training."))
            return
        cam = v.get("cam")
        self.cam_view.show_cam(image, None if cam is None or np.ndim(cam) != 2 or not np.size(cam) else cam)
        self.cam_stack.setCurrentWidget(self.cam_view)
        if self.cam_view.heat is None:
            self.cam_caption.setText(self.tr("Grad-CAM needs a convolutional layer"))
            return
        caption = self.tr("Where the model looked for “{cls}” (layer {layer})")
        self.cam_caption.setText(caption.format(cls=self._name(self.cam_class), layer=v.get("cam_layer", "?")))

    def _draw_confusion(self) -> None:
        cm = self._views.get("confusion")
        if cm is None:
            text = self.tr("The confusion matrix (true class × predicted class) appears for classification models.")
            self._say(self.confusion_stack, text)
            return
        cm = np.asarray(cm)
        self.confusion_plot.set_matrix(cm, tuple(self._name(i) for i in range(cm.shape[0])))
        self.confusion_stack.setCurrentWidget(self.confusion_plot)

    def _predictions(self) -> np.ndarray | None:
        preds = self._views.get("test_predictions")
        return None if preds is None or not self._names() else np.asarray(preds).reshape(-1)

    def _draw_gallery(self) -> None:
        preds = self._predictions()
        self.gallery_indices = np.zeros(0, dtype=int)
        self.gallery_caption.setText("")
        if self._images is None:
            self._say(self.gallery_stack, self.tr("Samples are drawn for image data"))
            return
        if preds is None:
            self._say(self.gallery_stack, self.tr("Misclassified test samples appear once the model predicts classes."))
            return
        n = min(len(preds), len(self._labels))
        wrong = np.flatnonzero(preds[:n] != self._labels[:n])
        self.gallery_indices = wrong[:MAX_GALLERY]
        if not len(wrong):
            self._say(self.gallery_stack, self.tr("No misclassified test samples."))
            return
        self._show(self.gallery_image, mosaic(self._rgb(self.gallery_indices), GALLERY_COLUMNS, 2, 255), (0, 255))
        self.gallery_stack.setCurrentWidget(self.gallery_view)
        pairs = ", ".join(f"{self._name(self._labels[i])}→{self._name(preds[i])}" for i in wrong[:6])
        caption = self.tr("Misclassified: {wrong} of {n} test samples (true→predicted: {pairs}…)")
        self.gallery_caption.setText(caption.format(wrong=len(wrong), n=n, pairs=pairs))

    def _draw_samples(self) -> None:
        if self._sample_rgb is None:
            self._say(self.samples_stack, self.tr("Samples are drawn for image data"))
            return
        rgb = self._sample_rgb
        count, h, w = rgb.shape[:3]
        cells = np.full((count, h + 2 * RING, w + 2 * RING, 3), 255, dtype=np.uint8)
        cells[:, RING:-RING, RING:-RING] = rgb
        preds = self._predictions()
        labels = self._labels[:count]
        wrong = np.zeros(count, dtype=bool)
        if preds is not None and len(preds) >= count:
            wrong = preds[:count] != labels
        for k in np.flatnonzero(wrong):
            frame(cells[k], 1, _WRONG_RGB)
        if 0 <= self.probe_index < count:
            frame(cells[self.probe_index], 0, _PROBE_RGB)
        self._show(self.samples_image, mosaic(cells, self._sample_columns(), self._sample_gap, 255), (0, 255))
        self.samples_stack.setCurrentWidget(self.samples_view)
        for k, text in enumerate(self._sample_texts):
            label = self._name(labels[k])
            string = f"{label}→{self._name(preds[k])}" if wrong[k] else label
            if text.toPlainText() != string:  # re-laying out 64 texts per update is wasted work
                text.setText(string, color=_WRONG_RGB if wrong[k] else "#222")

    # -- user actions -----------------------------------------------------------------------------

    def _choose_probe(self, index: int) -> None:
        if not 0 <= index < max(self._n, 1):
            return
        self.probe_index = index
        with QSignalBlocker(self.probe_spin):
            self.probe_spin.setValue(index)
        self._draw_samples()
        self.sigProbeChosen.emit(index)

    def _on_sample_clicked(self, x: float, y: float) -> None:
        index = self.sample_at(x, y)
        if index is not None:
            self._choose_probe(index)

    def _on_cam_class_changed(self, index: int) -> None:
        if index >= 0:
            self.cam_class = index
            self.sigCamClassChosen.emit(index)

    def _on_export_clicked(self) -> None:
        self.export_png()

    def _on_stats_scrolled(self, _value: int) -> None:
        self._draw_stale_rows()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.stats_plots and event.type() == QEvent.Type.Resize and self._stale_rows:
            QTimer.singleShot(0, self, self._draw_stale_rows)  # after the rows are laid out at the new size
        return super().eventFilter(watched, event)

    def _on_patterns_clicked(self) -> None:
        name = self.filter_combo.currentText()
        if name:
            self.sigPatternsRequested.emit(name)
