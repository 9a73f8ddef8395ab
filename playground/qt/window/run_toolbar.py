"""The top row: Play, Step, Reset, Stop, the speed, and the big epoch counter with the latest
losses — what a class watches. It fits the window's width: on a narrow laptop or a projector in
presentation mode the buttons drop their words (the icons and tooltips stay) before anything
would be pushed behind the toolbar's » menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QToolBar, QWidget

SPEEDS = (10, 30, 100, 300, 1000, 0)  # epochs per second; 0 = as fast as the engine goes


class QtRunToolbar(QToolBar):
    _wide = 0  # the row's width with the buttons' words, measured while they show
    metrics_label: QLabel | None = None  # None until built: setFont below already sends FontChange

    def __init__(self, actions: list[QAction], speed: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Run"))
        self.setObjectName("run_toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        for action in actions:
            self.addAction(action)
        self.addSeparator()
        self.speed_label = QLabel(self.tr(" Speed: "))
        self.speed_label_action = self.addWidget(self.speed_label)
        self.speed = QComboBox()
        self.speed.setObjectName("speed")
        self.speed.setToolTip(self.tr("Epochs per second. The engine can go much faster than the eye can follow."))
        for value in SPEEDS:
            self.speed.addItem(self.tr("{0} epochs/s").format(value) if value else self.tr("Maximum"), value)
        self.speed.setCurrentIndex(SPEEDS.index(speed))
        self.speed_action = self.addWidget(self.speed)
        self.addSeparator()
        self.epoch_label = QLabel()
        big = QFont(font)
        big.setPointSizeF(font.pointSizeF() * 1.4)
        big.setBold(True)
        self.epoch_label.setFont(big)
        self.epoch_label.setObjectName("epoch_label")
        self.addWidget(self.epoch_label)
        # Two short lines beside the counter rather than one long one: the row stays as high as
        # the counter and fits a 1024-pixel screen.
        # In the window's own text size, not the toolbar's larger one: two lines as high as the counter.
        self.metrics_label = QLabel()
        self.metrics_label.setFont(QApplication.font())
        self.metrics_label.setObjectName("metrics_label")
        self.addWidget(self.metrics_label)
        self._fixed_widths()
        self.show_epoch(None)

    def show_epoch(self, row: dict | None, past: bool = False) -> None:
        """The counter and the losses of history row `row` (None: epoch 0); `past`: an earlier
        epoch of the timeline is on show."""
        epoch = int(row["epoch"]) if row else 0
        text = self.tr("Epoch {0} (earlier)") if past else self.tr("Epoch {0}")
        self.epoch_label.setText(text.format(f"{epoch:06,d}"))
        self.epoch_label.setStyleSheet("color: #b35900;" if past else "")
        if not row:
            self.metrics_label.setText("")
            return
        losses = [
            self.tr("Training loss {0:.3f}").format(row["loss"]),
            self.tr("Test loss {0:.3f}").format(row.get("val_loss", float("nan"))),
        ]
        lines = ["   ".join(losses)]
        if "val_accuracy" in row:
            lines.append(self.tr("Test accuracy {0:.1%}").format(row["val_accuracy"]))
        self.metrics_label.setText("\n".join(lines))

    def _fixed_widths(self) -> None:
        """Fixed widths: a label that grew with its text would lay out (and repaint) the whole
        row on every frame."""
        self.epoch_label.setMinimumWidth(
            self.epoch_label.fontMetrics().horizontalAdvance(self.tr("Epoch {0}").format("0,000,000"))
        )
        sample = self.tr("Training loss {0:.3f}").format(0) + "   " + self.tr("Test loss {0:.3f}").format(0) + " "
        self.metrics_label.setMinimumWidth(self.metrics_label.fontMetrics().horizontalAdvance(sample))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.metrics_label is not None:  # measure the words again
            self._fixed_widths()
            self._wide = 0
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._fit(self.width())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        if self.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            self._wide = self.sizeHint().width()
        wanted = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if self._wide and width < self._wide:
            wanted = Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.toolButtonStyle() != wanted:
            self.setToolButtonStyle(wanted)
