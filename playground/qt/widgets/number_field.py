"""Every numeric field of the window refuses what it cannot take the same way: text that is no
number, or a number outside the field's range, is not applied. The field keeps the value it had,
turns red, and says why and which range it takes — in its tooltip, and on a message line beside it
(`Feedback.label`, or the panel's own line through `sigRefused`) — until the next value is taken;
in the main window, the status bar says it too for a while.
A field's tooltip always ends with the range it takes.

`NumberSpinBox` and `NumberDoubleSpinBox` are spin boxes that let any text be typed (Qt's own drop
keys that do not fit, without a word) and refuse it on Enter or when focus leaves; `NumberEdit` is a
line edit for a number (the learning rate's editable combo box uses one). The ranges come from the
core's checks (`core.recipe.training_config`, `core.recipe.optimizer_specs`,
`core.network.layer_specs`), passed in by the panel.

Run alone: `python -m playground.qt.widgets.number_field`.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QMainWindow, QSpinBox, QWidget

from playground.qt.i18n import translate

WRONG_FIELD_STYLE = "border: 2px solid #b3261e;"  # a field holding what it cannot take
STATUS_MS = 10_000  # how long a refusal stays on the window's status bar
WARNING_STYLE = "color: #b3261e; font-weight: bold;"


def number_text(value: float, whole: bool = False) -> str:
    """A number as a person writes it: 1000000, 0.03, 0.00001 (not 1e+06 or 1e-05)."""
    if whole or (float(value).is_integer() and abs(value) < 1e15):
        return str(int(value))
    if 1e-7 <= abs(value) < 1e-4:
        return f"{value:.10f}".rstrip("0")
    return f"{value:g}"


@dataclass(frozen=True)
class Bounds:
    """The numbers a field takes: from `low` to `high` (either may be None: no limit), whole numbers
    only if `whole`; `above_low`: `low` itself is not taken (a learning rate is above 0); `below_high`:
    nor is `high` (a factor that lowers the rate is below 1)."""

    low: float | None = None
    high: float | None = None
    whole: bool = False
    above_low: bool = False
    below_high: bool = False

    def takes(self) -> str:
        """ "a whole number from 1 to 300", in the window's language."""
        low, high = (None if v is None else number_text(v, self.whole) for v in (self.low, self.high))
        if self.whole:
            if high is None:
                return translate("QtNumberField", "a whole number from {low} up").format(low=low)
            return translate("QtNumberField", "a whole number from {low} to {high}").format(low=low, high=high)
        if self.above_low and self.below_high:
            return translate("QtNumberField", "a number above {low} and below {high}").format(low=low, high=high)
        if self.above_low:
            return translate("QtNumberField", "a number above {low}, up to {high}").format(low=low, high=high)
        if high is None:
            return translate("QtNumberField", "a number from {low} up").format(low=low)
        return translate("QtNumberField", "a number from {low} to {high}").format(low=low, high=high)

    def read(self, text: str) -> tuple[float | int | None, str | None]:
        """(the number, None) if the field takes `text`, else (None, why not)."""
        text = text.strip()
        if not text:
            return None, translate("QtNumberField", "It is empty")
        try:
            value = float(text)
        except ValueError:
            return None, translate("QtNumberField", "“{text}” is not a number").format(text=text)
        if not math.isfinite(value):
            return None, translate("QtNumberField", "“{text}” is not a number").format(text=text)
        if self.whole and not value.is_integer():
            return None, translate("QtNumberField", "{value} is not a whole number").format(value=text)
        too_low = self.low is not None and (value <= self.low if self.above_low else value < self.low)
        too_high = self.high is not None and (value >= self.high if self.below_high else value > self.high)
        if too_low or too_high:
            return None, translate("QtNumberField", "{value} is out of range").format(value=text)
        return (int(value) if self.whole else value), None


class Feedback(QObject):
    """Shows what one field takes and why it refused what was typed.

    Args:
        field: the widget to mark (its tooltip gets the range; it turns red when it refuses).
        name: the field's name in messages ("Learning rate").
        bounds: what it takes; None for text the caller checks (a layer's kernel size), whose
            reasons say what it takes.
    """

    sigRefused = Signal(str)  # the full reason, e.g. "“abc” is not a number: Batch size takes …"

    def __init__(self, field: QWidget, name: str, bounds: Bounds | None):
        super().__init__(field)
        self.field, self.name, self.bounds = field, name, bounds
        self.problem = ""  # the reason shown now ("" while the field holds a value it takes)
        self.tip = ""  # the field's own tooltip, before the range
        self.frame = field  # what turns red: the field, or the combo box it is the edit of
        self._label: QLabel | None = None

    def label(self) -> QLabel:
        """A message line for the panel to place near the field: the reason while it refuses."""
        if self._label is None:
            self._label = QLabel()
            self._label.setWordWrap(True)
            self._label.setStyleSheet(WARNING_STYLE)
            self._label.setVisible(bool(self.problem))
            self._label.setText(self.problem)
        return self._label

    def range_tip(self) -> str:
        return (
            translate("QtNumberField", "Takes {range}.").format(range=self.bounds.takes())
            if self.bounds is not None
            else ""
        )

    def tooltip(self) -> str:
        """The field's tooltip: its own text, the range it takes, and the reason it refused."""
        return "\n".join(t for t in (self.problem, self.tip, self.range_tip()) if t)

    def set_bounds(self, bounds: Bounds) -> None:
        self.bounds = bounds
        self._show()

    def typed(self, why: str | None) -> None:
        """While typing: red, with the reason in the tooltip, as long as the text cannot be taken
        (`why`, from `Bounds.read`); None: it can."""
        self._mark(self._sentence(why) if why else "")

    def refuse(self, why: str, kept: str) -> None:
        """What was typed was not taken (`why`) and the field shows `kept` again: says so, everywhere
        it shows."""
        message = translate("QtNumberField", "{reason}. It stays {kept}.").format(reason=self._sentence(why), kept=kept)
        self._mark(message)
        window = self.field.window()
        if isinstance(window, QMainWindow):  # where the window's news is read
            window.statusBar().showMessage(message, STATUS_MS)
        self.sigRefused.emit(message)

    def clear(self) -> None:
        """The field holds a value it takes."""
        self._mark("")

    def show_problem(self, problem: str) -> None:
        """Marks the field with `problem`, a whole sentence from the owner's own check ("": none)."""
        self._mark(problem)

    def _sentence(self, why: str) -> str:
        if self.bounds is None:
            return translate("QtNumberField", "{name}: {why}").format(name=self.name, why=why)
        return translate("QtNumberField", "{why}: {name} takes {range}").format(
            why=why, name=self.name, range=self.bounds.takes()
        )

    def _mark(self, problem: str) -> None:
        if problem == self.problem:
            return
        self.problem = problem
        self._show()

    def _show(self) -> None:
        self.frame.setStyleSheet(WRONG_FIELD_STYLE if self.problem else "")
        QWidget.setToolTip(self.field, self.tooltip())
        if self._label is not None:
            self._label.setText(self.problem)
            self._label.setVisible(bool(self.problem))


class _Refusing:
    """What the two spin boxes share: any text may be typed; what they cannot take is refused on
    Enter or when focus leaves (Qt then shows the old value again), with the reason shown."""

    feedback: Feedback

    def _setup(self, name: str, bounds: Bounds) -> None:
        self.feedback = Feedback(self, name, bounds)
        self.setKeyboardTracking(False)  # a value is taken on Enter or focus out, not per key
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.valueChanged.connect(self.feedback.clear)
        QWidget.setToolTip(self, self.feedback.tooltip())

    def set_bounds(self, low: float, high: float) -> None:
        """A new range (batch size: the training samples there are)."""
        self.setRange(low, high)
        self.feedback.set_bounds(dataclasses.replace(self.feedback.bounds, low=low, high=high))

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt's name): the range is added
        self.feedback.tip = tip
        QWidget.setToolTip(self, self.feedback.tooltip())

    def validate(self, text: str, pos: int):
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid:  # let it be typed; it is refused, with a reason, when entered
            state = QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        # Qt calls this when text it cannot take is entered; it then shows the previous value again.
        self.feedback.refuse(self._why(text) or "", self.textFromValue(self.value()))
        return text

    def _why(self, text: str) -> str | None:
        """Why the spin box cannot take `text`; None if it can."""
        if super().validate(text, 0)[0] == QValidator.State.Acceptable:
            return None
        text = text.strip()  # quoted without the prefix and suffix
        if self.prefix() and text.startswith(self.prefix()):
            text = text[len(self.prefix()) :]
        if self.suffix() and text.endswith(self.suffix()):
            text = text[: -len(self.suffix())]
        why = self.feedback.bounds.read(text.strip())[1]
        if why is None and isinstance(self, QDoubleSpinBox):  # a number in range, with too many decimals
            return translate("QtNumberField", "{value} has more than {n} decimals").format(
                value=text.strip(), n=self.decimals()
            )
        return why or translate("QtNumberField", "“{text}” is not a number").format(text=text.strip())

    def _on_text_edited(self, text: str) -> None:
        self.feedback.typed(self._why(text))


class NumberSpinBox(_Refusing, QSpinBox):
    """A whole-number spin box from `low` to `high` that refuses, visibly, what it cannot take.

    Args:
        name: the field's name in messages.
        low, high: the range, usually from the core's checks.
        parent: the parent widget. Defaults to None.
    """

    def __init__(self, name: str, low: int, high: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(int(low), int(high))
        self._setup(name, Bounds(int(low), int(high), whole=True))


class NumberDoubleSpinBox(_Refusing, QDoubleSpinBox):
    """A spin box for a number from `low` to `high` with `decimals` places that refuses, visibly,
    what it cannot take. Args as `NumberSpinBox`, and decimals. Defaults to 4."""

    def __init__(self, name: str, low: float, high: float, decimals: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setRange(float(low), float(high))
        self._setup(name, Bounds(float(low), float(high)))


class CheckedEdit(QLineEdit):
    """A line edit whose text its owner checks: `refuse` puts the old text back and shows why.

    Args:
        name: the field's name in messages.
        bounds: the number it takes, if it is one. Defaults to None (the reasons say what it takes).
        parent: the parent widget. Defaults to None.
    """

    def __init__(self, name: str, bounds: Bounds | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.feedback = Feedback(self, name, bounds)
        QWidget.setToolTip(self, self.feedback.tooltip())

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt's name): the range is added
        self.feedback.tip = tip
        QWidget.setToolTip(self, self.feedback.tooltip())

    def refuse(self, why: str, kept: str) -> None:
        """What was typed cannot be taken (`why`): the field shows `kept` again, and says why."""
        self.setText(kept)
        self.feedback.refuse(why, kept)


class NumberEdit(CheckedEdit):
    """A line edit for one number: Enter or leaving the field takes the number when it is in
    range (`sigValueChanged`), else refuses it, shows the reason and puts the old value back.

    Args:
        name: the field's name in messages.
        bounds: what it takes.
        parent: the parent widget. Defaults to None.
    """

    sigValueChanged = Signal(object)  # the number taken (int for whole numbers, else float)

    def __init__(self, name: str, bounds: Bounds, parent: QWidget | None = None):
        super().__init__(name, bounds, parent)
        self._value: float | None = None
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self.take)

    def value(self) -> float | None:
        return self._value

    def _on_text_edited(self, text: str) -> None:
        self.feedback.typed(self.feedback.bounds.read(text)[1])

    def set_value(self, value: float) -> None:
        """Shows `value` (no signal): the value held now, e.g. after an undo. A reason shown stays
        while the value is the one it kept."""
        if value != self._value:
            self.feedback.clear()
        self._value = value
        self.setText(number_text(value, self.feedback.bounds.whole))

    def take(self, text: str | None = None) -> bool:
        """Takes the text typed (or `text`, a choice from a list); False (and the reason shown) if it
        cannot be taken."""
        text = self.text() if text is None else text
        value, why = self.feedback.bounds.read(text)
        if value is None:
            self.refuse(why, number_text(self._value, self.feedback.bounds.whole) if self._value is not None else "")
            return False
        if value == self._value:  # nothing new (the old value put back, or chosen again): a reason stays
            return True
        self.feedback.clear()
        self._value = value
        self.sigValueChanged.emit(value)
        return True


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication, QFormLayout

    app = QApplication(sys.argv)
    host = QWidget()
    form = QFormLayout(host)
    batch = NumberSpinBox("Batch size", 1, 300)
    rate = NumberEdit("Learning rate", Bounds(0.0, 100.0, above_low=True))
    rate.set_value(0.03)
    momentum = NumberDoubleSpinBox("Momentum", 0.0, 0.999, 3)
    for label, field in (("Batch size", batch), ("Learning rate", rate), ("Momentum", momentum)):
        form.addRow(label, field)
        form.addRow("", field.feedback.label())
    host.show()
    sys.exit(app.exec())
