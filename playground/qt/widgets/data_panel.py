"""Data: which dataset, how many points, noise, train:test ratio, regenerate, input features."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.core import datasets
from playground.core.experiment import DATASETS, FEATURES, MAX_SAMPLES, MIN_SAMPLES, DataConfig
from playground.core.state import Change, ExperimentState

FEATURE_LABELS = {
    "x1": "X₁",
    "x2": "X₂",
    "x1^2": "X₁²",
    "x2^2": "X₂²",
    "x1*x2": "X₁X₂",
    "sin(x1)": "sin(X₁)",
    "sin(x2)": "sin(X₂)",
}
FEATURE_STYLE = (
    "QPushButton { padding: 4px; }"
    "QPushButton:checked { background: #0877bd; color: white; font-weight: bold; border-radius: 3px; }"
)
DATASET_LABELS = {
    "circle": "Circle",
    "xor": "Exclusive or",
    "gauss": "Gaussian",
    "spiral": "Spiral",
    "moons": "Two moons",
    "plane": "Plane (regression)",
    "multigauss": "Multi-Gaussian (regression)",
}


class QtDataPanel(QWidget):
    def __init__(self, state: ExperimentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        layout = QVBoxLayout(self)

        layout.addWidget(_heading(self.tr("Which dataset?")))
        grid = QGridLayout()
        self.dataset_buttons = QButtonGroup(self)
        for i, name in enumerate(DATASETS):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(QIcon(_thumbnail(name)))
            button.setIconSize(_thumbnail(name).size())
            button.setToolTip(self.tr(DATASET_LABELS[name]))
            button.setObjectName(f"dataset_{name}")
            self.dataset_buttons.addButton(button, i)
            grid.addWidget(button, i // 4, i % 4)
        self.dataset_buttons.idClicked.connect(self._on_dataset_clicked)
        layout.addLayout(grid)
        self.dataset_label = QLabel()
        layout.addWidget(self.dataset_label)

        form = QFormLayout()
        self.ratio = _slider(10, 90, 10)
        self.ratio_label = QLabel()
        form.addRow(self.tr("Training data:"), _row(self.ratio, self.ratio_label))
        self.noise = _slider(0, 50, 5)
        self.noise_label = QLabel()
        form.addRow(self.tr("Noise:"), _row(self.noise, self.noise_label))
        self.samples = QSpinBox()
        self.samples.setRange(MIN_SAMPLES, MAX_SAMPLES)
        self.samples.setSingleStep(50)
        self.samples.setKeyboardTracking(False)
        form.addRow(self.tr("Samples:"), self.samples)
        layout.addLayout(form)
        self.regenerate = QPushButton(self.tr("Regenerate"))
        self.regenerate.setToolTip(self.tr("New random points (and new initial weights)"))
        self.regenerate.clicked.connect(state.regenerate)
        layout.addWidget(self.regenerate)

        for slider, label in ((self.ratio, self.ratio_label), (self.noise, self.noise_label)):
            slider.valueChanged.connect(lambda v, lab=label: lab.setText(f"{v} %"))
            # Apply when the drag ends: each change rebuilds the model, not worth doing per pixel.
            slider.valueChanged.connect(self._on_slider_changed)
            slider.sliderReleased.connect(self._on_data_edited)
        self.samples.valueChanged.connect(self._on_data_edited)

        layout.addWidget(_heading(self.tr("Features")))
        layout.addWidget(QLabel(self.tr("Which properties do you want to feed in?")))
        features = QGridLayout()
        self.feature_buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(FEATURES):
            button = QPushButton(FEATURE_LABELS[name])
            button.setCheckable(True)
            button.setObjectName(f"feature_{name}")
            button.setStyleSheet(FEATURE_STYLE)
            button.toggled.connect(self._on_feature_toggled)
            self.feature_buttons[name] = button
            features.addWidget(button, i // 2, i % 2)
        layout.addLayout(features)
        layout.addStretch(1)

        state.subscribe(self._on_state_changed)
        self._refresh()

    def _on_dataset_clicked(self, index: int) -> None:
        name = list(DATASETS)[index]
        if name != self.state.experiment.data.name:
            self.state.update_data(label=f"Choose the {DATASET_LABELS[name]} data", name=name)

    def _on_slider_changed(self) -> None:
        slider = self.sender()
        if isinstance(slider, QSlider) and not slider.isSliderDown():
            self._on_data_edited()

    def _on_data_edited(self) -> None:
        data = self.state.experiment.data
        values = {
            "train_fraction": self.ratio.value() / 100,
            "noise": self.noise.value() / 100,
            "samples": self.samples.value(),
        }
        changed = {k: v for k, v in values.items() if getattr(data, k) != v}
        if changed:
            key = "_".join(sorted(changed))
            self.state.update_data(label="Change " + key.replace("_", " "), merge_key=key, **changed)

    def _on_feature_toggled(self) -> None:
        chosen = [n for n in FEATURES if self.feature_buttons[n].isChecked()]
        if chosen != self.state.experiment.data.features:
            self.state.update_data(label="Choose input features", features=chosen)

    def _on_state_changed(self, change: Change) -> None:
        if change.section in ("data", "experiment"):
            self._refresh()

    def _refresh(self) -> None:
        data: DataConfig = self.state.experiment.data
        blockers = [QSignalBlocker(w) for w in (self.ratio, self.noise, self.samples, *self.feature_buttons.values())]
        self.dataset_buttons.button(list(DATASETS).index(data.name)).setChecked(True)
        self.dataset_label.setText(self.tr(DATASET_LABELS[data.name]))
        self.ratio.setValue(round(data.train_fraction * 100))
        self.ratio_label.setText(f"{self.ratio.value()} %")
        self.noise.setValue(round(data.noise * 100))
        self.noise_label.setText(f"{self.noise.value()} %")
        self.samples.setValue(data.samples)
        for name, button in self.feature_buttons.items():
            button.setChecked(name in data.features)
        del blockers


def _heading(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setStyleSheet("font-weight: bold; color: #555; margin-top: 6px;")
    return label


def _slider(low: int, high: int, step: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setSingleStep(step)
    slider.setPageStep(step)
    slider.setTickInterval(step)
    slider.setTickPosition(QSlider.TickPosition.TicksBelow)
    return slider


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    return box


_thumb_cache: dict[str, QPixmap] = {}


def _thumbnail(name: str, size: int = 44) -> QPixmap:
    """A small picture of the dataset, as TensorFlow Playground shows, drawn from real points."""
    if name in _thumb_cache:
        return _thumb_cache[name]
    data = datasets.generate(DataConfig(name=name, samples=200, train_fraction=0.9), seed=1)
    xy = np.concatenate([data.train_xy, data.test_xy])
    y = np.concatenate([data.train_y, data.test_y]).ravel()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f4f5f6"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    signed = y * 2 - 1 if DATASETS[name] == "classification" else np.clip(y, -1, 1)
    for (x1, x2), v in zip(xy, signed, strict=False):
        color = QColor("#0877bd") if v > 0 else QColor("#f59322")
        color.setAlphaF(float(min(1.0, 0.35 + abs(v))))
        painter.setBrush(color)
        px = (x1 / datasets.DOMAIN + 1) / 2 * size
        py = (1 - (x2 / datasets.DOMAIN + 1) / 2) * size
        painter.drawEllipse(QPointF(px, py), 1.6, 1.6)
    painter.end()
    _thumb_cache[name] = QPixmap.fromImage(image)
    return _thumb_cache[name]
