"""The epoch timeline's controls: a slider over the epochs whose weights are kept, and the way back.

Dragging it to an earlier epoch shows that epoch's boundary, neurons, activations and filters;
"Go on from here" trains on from that epoch (the run as it was is kept under Runs).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from playground.qt.widgets.flow_layout import QtFlowLayout


class QtTimelineBar(QWidget):
    sigView = Signal(int)  # show this earlier epoch
    sigNow = Signal()  # back to the model as it is now
    sigGoOn = Signal(int)  # train on from this earlier epoch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.epochs: list[int] = []  # kept epochs; the slider's last position is "now"
        self.now = 0  # the run's epoch
        self.shown: int | None = None  # the earlier epoch on show
        self._wanted: int | None = None  # the earlier epoch asked for, until it is on show
        title = QLabel(self.tr("Timeline"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setToolTip(
            self.tr(
                "Drag back to an earlier epoch to see its boundary, neurons, activations and filters. "
                "Weights are kept every few epochs (closer together early on)."
            )
        )
        self.slider.setPageStep(1)
        self.slider.valueChanged.connect(self._on_moved)
        self.label = QLabel()
        self.label.setObjectName("timeline_label")
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.setObjectName("timeline_now")
        self.now_button.setToolTip(self.tr("Back to the model as it is now"))
        self.now_button.clicked.connect(self.sigNow)
        self.go_on_button = QPushButton(self.tr("Go on from here"))
        self.go_on_button.setObjectName("timeline_go_on")
        self.go_on_button.setToolTip(
            self.tr(
                "Put this epoch's weights and optimizer state back and train on from it. "
                "The run as it was is kept under Runs."
            )
        )
        self.go_on_button.clicked.connect(lambda: self.shown is not None and self.sigGoOn.emit(self.shown))
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 2)
        column.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.slider, 1)
        column.addLayout(top)
        # The epoch and the two buttons wrap onto another row rather than widen a narrow dock.
        row = QtFlowLayout()
        for widget in (self.label, self.now_button, self.go_on_button):
            row.addWidget(widget)
        column.addLayout(row)
        self._update()

    @Slot(object)
    def set_epochs(self, epochs: list[int]) -> None:
        """The epochs whose weights the run keeps (epoch 0 first)."""
        self.epochs = sorted(epochs)
        self._update()

    def set_now(self, epoch: int) -> None:
        """The run's current epoch (the slider's last position)."""
        if epoch != self.now:
            self.now = int(epoch)
            self._update()

    @Slot(int)
    def set_shown(self, epoch: int) -> None:
        """The earlier epoch the views show now (-1: the live model)."""
        self.shown = None if epoch < 0 else int(epoch)
        self._wanted = None
        self._update()

    def nearest(self, epoch: float) -> int | None:
        """The kept epoch closest to `epoch`, None for the present (or nothing kept)."""
        positions = [*self.epochs, self.now]
        best = min(range(len(positions)), key=lambda i: (abs(positions[i] - epoch), i))
        return None if best == len(positions) - 1 or not self.epochs else self.epochs[best]

    def _positions(self) -> list[int]:
        past = [e for e in self.epochs if e < self.now]
        return [*past, self.now]

    def _update(self) -> None:
        positions = self._positions()
        at = self.shown if self._wanted is None else self._wanted
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(positions) - 1)
        self.slider.setValue(positions.index(at) if at in positions[:-1] else len(positions) - 1)
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(positions) > 1)
        past = self.shown is not None
        self.now_button.setEnabled(past)
        self.go_on_button.setEnabled(past)
        if past:
            self.label.setText(self.tr("Showing epoch {0} of {1}").format(self.shown, self.now))
            self.label.setStyleSheet("color: #b35900; font-weight: bold;")
        else:
            self.label.setText(self.tr("Now: epoch {0}").format(self.now))
            self.label.setStyleSheet("")

    @Slot(int)
    def _on_moved(self, index: int) -> None:
        positions = self._positions()
        if index >= len(positions) - 1:
            self._wanted = None
            self.sigNow.emit()
        else:
            self._wanted = positions[index]
            self.sigView.emit(self._wanted)
