"""Inside the network: what the model computes on one test sample while it trains.

Feature maps, filters (and the inputs that excite them), where the model looked (Grad-CAM), which
classes it mixes up, which test samples it gets wrong, and per-layer statistics of activations,
weights and gradients — each on its own tab, in its own module (`activations_tab`, `filters_tab`,
`stats_tab`, `cam_tab`, `confusion_tab`, `samples_tab`). This view holds the tabs, the title and the
sample chosen, and routes the test set and each views dict to them. The data arrive as plain numpy
arrays several times a second, so every view is one mosaic image in one pg.ImageItem that is
updated in place: creating widgets or graphics items per update would make the whole window
stutter during training.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from playground.qt.i18n import say
from playground.qt.inside.activations_tab import QtActivationsTab
from playground.qt.inside.cam_tab import QtCamTab
from playground.qt.inside.confusion_tab import QtConfusionTab
from playground.qt.inside.draw_tab import QtDrawTab
from playground.qt.inside.filters_tab import QtFiltersTab
from playground.qt.inside.pages import FONT_PT, TEXT_PT, SampleSet, class_name
from playground.qt.inside.samples_tab import QtSamplesTab
from playground.qt.inside.stats_tab import QtStatsTab
from playground.qt.widgets.number_field import NumberSpinBox
from playground.qt.widgets.picture import save_picture
from playground.qt.widgets.tab_buttons import QtTabButtons


class QtInsideView(QWidget):
    """Activations, filters, Grad-CAM, confusion matrix, test samples and per-layer statistics; fed
    by `set_views` (and `set_patterns` for what excites the filters)."""

    sigProbeChosen = Signal(int)  # index into the test set
    sigCamClassChosen = Signal(int)  # class index for Grad-CAM
    sigPatternsRequested = Signal(str)  # a Conv2D layer's name: find what excites its filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSize(FONT_PT)
        self.setFont(font)
        text_font = QFont(font.family(), TEXT_PT)
        self.probe_index = 0
        self.cam_class = 0
        self._views: dict = {}
        self._samples = SampleSet.empty()

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

        self.activations_tab = QtActivationsTab(text_font)
        self.filters_tab = QtFiltersTab()
        self.filters_tab.sigPatternsRequested.connect(self.sigPatternsRequested)
        self.stats_tab = QtStatsTab(text_font)
        self.cam_tab = QtCamTab()
        self.cam_tab.sigClassChosen.connect(self._on_cam_class_chosen)
        self.confusion_tab = QtConfusionTab(text_font)
        self.samples_tab = QtSamplesTab(text_font)
        self.samples_tab.sigSampleClicked.connect(self._choose_probe)
        self.draw_tab = draw = QtDrawTab(text_font)  # the controller's `drawing` answers it
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inside_tabs")
        self.tabs.addTab(self.activations_tab, self.tr("Activations"))
        self.tabs.addTab(self.filters_tab, self.tr("Filters"))
        self.tabs.addTab(self.stats_tab, self.tr("Statistics"))
        self.tabs.addTab(self.cam_tab, self.tr("Grad-CAM"))
        self.tabs.addTab(self.confusion_tab, self.tr("Confusion"))
        self.tabs.addTab(self.samples_tab, self.tr("Samples"))
        self.tabs.addTab(self.draw_tab, self.tr("Draw"))
        # One button after the tabs serves every tab: it exports whichever is showing.
        export = QPushButton(self.tr("Export PNG…"))
        export.setObjectName("export_png")
        export.clicked.connect(self._on_export_clicked)
        self.tab_buttons = QtTabButtons(self.tabs, (export,))  # they wrap in a narrow dock
        self.tabs.currentChanged.connect(self._draw_stats_if_shown)
        # The title speaks of the test sample; the Draw tab is about the drawing, and on a short
        # screen needs those rows for the pad.
        self.tabs.currentChanged.connect(lambda _i: self.title.setVisible(self.tabs.currentWidget() is not draw))

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

    # -- public -----------------------------------------------------------------------------------

    def set_samples(self, images: np.ndarray, labels: np.ndarray, class_names: tuple[str, ...]) -> None:
        """The test set as the sample browser shows it: images (n, H, W, C) or any other array
        (n, ...), labels (n,) or (n,1) ints, class names (may be empty for regression)."""
        images, labels = np.asarray(images), np.asarray(labels)
        if labels.ndim == 2 and labels.shape[1] > 1:
            labels = labels.argmax(axis=1)  # one-hot
        self._samples = SampleSet(images, labels.reshape(-1), tuple(class_names))
        with QSignalBlocker(self.probe_spin):
            self.probe_spin.set_bounds(0, max(0, self._samples.n - 1))
        self.samples_tab.set_samples(self._samples)
        self._draw_samples()
        self.confusion_tab.draw_gallery(self._views, self._names(), self._samples)

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
        self.activations_tab.set_views(v)
        self.filters_tab.set_views(v)
        self.draw_tab.set_views(v)
        self.cam_tab.set_classes(self._names(), self.cam_class)
        self._draw_all()

    def set_patterns(self, layer_name: str, images: np.ndarray, epoch: int | None = None) -> None:
        """Shows what excites the filters of Conv2D `layer_name`: images (n, h, w, c) in [0, 1], one
        per filter, found at `epoch` (defaults to the epoch of the views shown)."""
        self.filters_tab.set_patterns(layer_name, images, epoch)

    def clear(self) -> None:
        """Back to the empty state (no run). The test set from `set_samples` stays: the data do not
        change with a new run, and the samples can be browsed before training."""
        self._views = {}
        self.probe_index = self.cam_class = 0
        with QSignalBlocker(self.probe_spin):
            self.probe_spin.setValue(0)
        for tab in (self.activations_tab, self.filters_tab, self.cam_tab, self.draw_tab):
            tab.clear()
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
        if widget is self.stats_tab:
            widget = self.stats_tab.picture_widget()
        try:
            save_picture(widget, str(path))  # PNG (SVG if the name ends so)
        except OSError as exc:  # a full disk or a read-only folder: said, and nothing else is lost
            QMessageBox.warning(self, self.tr("Cannot save"), say(exc))
            return False
        return True

    # -- drawing ----------------------------------------------------------------------------------

    def _draw_all(self) -> None:
        names = self._names()
        self._draw_title()
        self.activations_tab.draw()
        self.filters_tab.draw()
        self.stats_tab.set_views(self._views)
        self._draw_stats_if_shown()
        self.cam_tab.draw(self._views, names, self.cam_class)
        self.confusion_tab.draw_matrix(self._views, names)
        self.confusion_tab.draw_gallery(self._views, names, self._samples)
        self._draw_samples()

    def _draw_stats_if_shown(self) -> None:
        if self.tabs.currentWidget() is self.stats_tab:
            self.stats_tab.draw_if_dirty()

    def _draw_samples(self) -> None:
        self.samples_tab.draw(self._views, self._names(), self._samples.labels, self.probe_index)

    def _names(self) -> tuple[str, ...]:
        return tuple(self._views.get("class_names") or self._samples.class_names)

    def _name(self, value) -> str:
        return class_name(self._names(), value)

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

    # -- user actions -----------------------------------------------------------------------------

    def _choose_probe(self, index: int) -> None:
        if not 0 <= index < max(self._samples.n, 1):
            return
        self.probe_index = index
        with QSignalBlocker(self.probe_spin):
            self.probe_spin.setValue(index)
        self._draw_samples()
        self.sigProbeChosen.emit(index)

    def _on_cam_class_chosen(self, index: int) -> None:
        self.cam_class = index
        self.sigCamClassChosen.emit(index)

    def _on_export_clicked(self) -> None:
        self.export_png()
