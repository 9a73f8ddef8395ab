"""The small editor that opens on the network picture for one weight or one bias: a number field
that refuses what no weight can take (text, NaN, inf, beyond ±1e6, saying the range) and a slider
to drag the value. It only says what the user set (`sigValue`); the picture's editor sends it on.
While it is open the value follows the model (training moves it on; `follow`), and says from which
epoch it is, except while the user types or drags: what they are making is not taken from them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget

from playground.qt.widgets.number_field import Bounds, NumberEdit, number_text

LIMIT = 1e6  # the most a weight may be either way (training.network.weight_edits.WEIGHT_LIMIT)
SLIDER_STEPS = 400  # slider positions from −span to +span
LEAST_SPAN = 4.0  # the slider reaches at least ±4; further when the value is larger


class QtWeightPopup(QFrame):
    """`open_for(title, value)` shows it; `sigValue(value, final)` while dragging (final False) and
    when a value is typed or the slider let go (final True)."""

    sigValue = Signal(float, bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("weight_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 8)
        box.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        self.field = NumberEdit(self.tr("Weight"), Bounds(-LIMIT, LIMIT))
        self.field.sigValueChanged.connect(self._on_typed)
        self.field.editingFinished.connect(self._on_finished)  # after the field has taken it
        box.addWidget(self.field)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(-SLIDER_STEPS // 2, SLIDER_STEPS // 2)
        self.slider.setToolTip(self.tr("Drag to change the value; the pictures follow as you drag"))
        self.slider.valueChanged.connect(self._on_slid)
        self.slider.sliderReleased.connect(self._on_released)
        box.addWidget(self.slider)
        self.when = QLabel()  # the epoch the value shown is from
        self.when.setObjectName("weight_popup_epoch")
        self.when.setToolTip(self.tr("The value follows the training until you type or drag"))
        self.when.hide()
        box.addWidget(self.when)
        self.problem = self.field.feedback.label()
        box.addWidget(self.problem)
        self.span = LEAST_SPAN
        self._quiet = False
        self._known = False  # a value is shown (not "…" while it is asked for)
        self.hide()

    def open_for(self, title: str, name: str, value: float | None) -> None:
        """Shows the editor for `title` ("Weight from x1 to …"), its field called `name` in
        messages, holding `value` (None: not known yet, the field waits for `set_value`)."""
        self.title.setText(title)
        self.field.feedback.name = name
        self.field.feedback.clear()
        self.when.hide()
        self.set_value(value)
        self.adjustSize()
        self.show()
        self.raise_()
        self.field.setFocus()
        self.field.selectAll()

    def set_value(self, value: float | None, keep_span: bool = False) -> None:
        """Shows `value` in the field and on the slider (no signal); `keep_span`: the slider's
        range stays unless the value is beyond it (a value followed: the slider does not jump)."""
        self.field.setEnabled(value is not None)
        self.slider.setEnabled(value is not None)
        self._known = value is not None
        if value is None:
            self.field.setText("…")
            return
        # As the field writes it (six digits): leaving the field then takes nothing new.
        value = float(number_text(round(float(value), 6)))
        if not keep_span or abs(value) > self.span:
            self.span = max(LEAST_SPAN, math.ceil(abs(value) * 2))
        self._quiet = True
        self.field.set_value(value)
        self.slider.setValue(round(value / self.span * SLIDER_STEPS / 2))
        self._quiet = False

    def busy(self) -> bool:
        """The user is typing a value or dragging the slider."""
        return self.field.isModified() or self.slider.isSliderDown()

    def follow(self, value: float | None, epoch: int | None) -> bool:
        """The value at `epoch` as the model has it now, shown unless the user is typing or
        dragging (then False). The field keeps its focus and selection."""
        if not self.isVisible() or self.busy():
            return False
        if epoch is not None:
            self.when.setText(self.tr("At epoch {0}").format(epoch))
            self.when.show()
        if value is None or (self.value() is not None and float(number_text(round(float(value), 6))) == self.value()):
            return True
        chosen = self.field.hasSelectedText() and self.field.selectedText() == self.field.text()
        self.set_value(value, keep_span=True)
        if chosen:
            self.field.selectAll()  # as opened: a number typed replaces it
        return True

    def value(self) -> float | None:
        """The value shown (None: not known yet)."""
        return self.field.value() if self._known else None

    def _slider_value(self) -> float:
        return round(self.slider.value() * self.span * 2 / SLIDER_STEPS, 6)

    def _on_slid(self, position: int) -> None:
        if self._quiet:
            return
        value = self._slider_value()
        self.field.set_value(value)
        # Keys and clicks on the groove are whole edits; a drag sends its last value on release.
        self.sigValue.emit(value, not self.slider.isSliderDown())

    def _on_finished(self) -> None:
        self.field.setModified(False)  # taken, refused or the same again: it follows the model again

    def _on_released(self) -> None:
        self.sigValue.emit(self._slider_value(), True)

    def _on_typed(self, value: float) -> None:
        self._quiet = True
        self.slider.setValue(round(max(-self.span, min(self.span, value)) / self.span * SLIDER_STEPS / 2))
        self._quiet = False
        self.sigValue.emit(float(value), True)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        event.accept()  # a click on the editor is not a click on the picture under it

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


def value_text(value: float) -> str:
    """A weight as the picture shows it: four significant digits."""
    return number_text(float(f"{value:.4g}"))
