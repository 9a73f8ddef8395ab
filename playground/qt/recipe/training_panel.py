"""Training settings: loss, optimizer and its settings, learning rate and its schedule, the
learning-rate range test, batch size, epoch limit and the callbacks."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from playground.core.experiment.state import Change, ExperimentState
from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.core.recipe import callback_specs, optimizer_specs, schedule_rates, schedules
from playground.core.recipe.training_config import LOSSES_FOR, OPTIMIZERS
from playground.qt.i18n import translate
from playground.qt.recipe.callbacks_dialog import QtCallbacksDialog
from playground.qt.recipe.optimizer_dialog import QtOptimizerDialog
from playground.qt.recipe.schedule_dialog import QtScheduleDialog, describe
from playground.qt.widgets.number_field import Bounds, NumberDoubleSpinBox, NumberEdit, NumberSpinBox

LEARNING_RATES = ("0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10")
LOSS_LABELS = {  # shown through translate("losses", label)
    "binary_crossentropy": QT_TRANSLATE_NOOP("losses", "Binary cross-entropy"),
    "mse": QT_TRANSLATE_NOOP("losses", "Mean squared error (mse)"),
    "mae": QT_TRANSLATE_NOOP("losses", "Mean absolute error (mae)"),
    "huber": QT_TRANSLATE_NOOP("losses", "Huber"),
    "hinge": QT_TRANSLATE_NOOP("losses", "Hinge"),
    "squared_hinge": QT_TRANSLATE_NOOP("losses", "Squared hinge"),
    "sparse_categorical_crossentropy": QT_TRANSLATE_NOOP("losses", "Sparse categorical cross-entropy"),
    "categorical_crossentropy": QT_TRANSLATE_NOOP("losses", "Categorical cross-entropy (one-hot)"),
}
# Optimizers whose Keras constructor takes `momentum` (the panel offers it only for them).
MOMENTUM_OPTIMIZERS = ("SGD", "RMSprop")
# What the fields take: what `core.recipe.training_config.validate_training` accepts
# (tests/qt/recipe/test_number_fields.py holds the two together). The batch size's top is the
# training samples there are.
LEARNING_RATE = Bounds(0.0, 100.0, above_low=True)
EPOCHS = (1, 1_000_000)
MOMENTUM = next(s for s in optimizer_specs.settings("SGD") if s.key == "momentum")


def _name(caption: str) -> str:
    """A field's name in messages: its caption without the colon."""
    return caption.rstrip(":：")


class QtTrainingPanel(QWidget):
    sigRangeTest = Signal()  # the user asks for the learning-rate range test

    def __init__(self, state: ExperimentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.folder: str | None = None  # the experiment file's folder (a checkpoint's relative path)
        # One row of captioned controls, like TensorFlow Playground's top bar.
        form = _CaptionRow(self)
        self.captions = form.captions
        self.loss = QComboBox()
        self.loss.setToolTip(self.tr("Only the losses that fit this data's problem are listed"))
        self.loss.currentIndexChanged.connect(self._on_loss_changed)
        form.addRow(self.tr("Loss:"), self.loss)

        self.optimizer = QComboBox()
        self.optimizer.addItems(OPTIMIZERS)
        self.optimizer.currentTextChanged.connect(self._on_optimizer_changed)
        form.addRow(self.tr("Optimizer:"), self.optimizer)

        self.learning_rate = QComboBox()
        self.learning_rate.setEditable(True)
        caption = self.tr("Learning rate:")
        # Typed text is checked by the edit, never completed or added to the list by the combo box.
        self.learning_rate_edit = NumberEdit(_name(caption), LEARNING_RATE)
        self.learning_rate.setLineEdit(self.learning_rate_edit)
        self.learning_rate_edit.feedback.frame = self.learning_rate  # the combo box's frame turns red
        self.learning_rate.setCompleter(None)
        self.learning_rate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.learning_rate.addItems(LEARNING_RATES)
        self.learning_rate_edit.setToolTip(
            self.tr("Step size: w ← w − learning_rate · ∂loss/∂w. Applies at once, even while training.")
        )
        self.learning_rate_edit.sigValueChanged.connect(self._on_learning_rate_edited)
        self.learning_rate.activated.connect(self._on_learning_rate_chosen)
        form.addRow(caption, self.learning_rate)
        self.schedule = QPushButton()
        self.schedule.setObjectName("schedule")
        self.schedule.clicked.connect(self.edit_schedule)
        form.addRow(self.tr("Schedule:"), self.schedule)
        self.range_test = QPushButton(self.tr("Find…"))
        self.range_test.setObjectName("range_test")
        self.range_test.setToolTip(
            self.tr(
                "Learning-rate range test: a short run raises the rate from 0.00001 to 10 and plots the loss; "
                "the weights are put back afterwards"
            )
        )
        self.range_test.clicked.connect(self.sigRangeTest)
        form.addRow(" ", self.range_test)

        caption = self.tr("Momentum:")
        self.momentum = NumberDoubleSpinBox(_name(caption), MOMENTUM.low, MOMENTUM.high, 3)
        self.momentum.setSingleStep(0.1)
        self.momentum.setToolTip(self.tr("v ← momentum·v − lr·g;  w ← w + v"))
        self.momentum.valueChanged.connect(self._on_optimizer_setting)
        self.momentum_label = form.addRow(caption, self.momentum)
        self.nesterov = QCheckBox(self.tr("Nesterov"))
        self.nesterov.toggled.connect(self._on_optimizer_setting)
        form.addRow(" ", self.nesterov)
        self.more = QPushButton(self.tr("Optimizer settings…"))
        self.more.setObjectName("optimizer_settings")
        self.more.setToolTip(self.tr("Every Keras setting of this optimizer, and gradient clipping"))
        self.more.clicked.connect(self.edit_optimizer)
        form.addRow(" ", self.more)

        caption = self.tr("Batch size:")
        self.batch_size = NumberSpinBox(_name(caption), 1, max(1, state.experiment.n_train))
        self.batch_size.setToolTip(self.tr("Samples per training step: at most the training samples there are"))
        self.batch_size.valueChanged.connect(self._on_batch_size_changed)
        form.addRow(caption, self.batch_size)
        caption = self.tr("Epoch limit:")
        self.epochs = NumberSpinBox(_name(caption), *EPOCHS)
        self.epochs.setSingleStep(100)
        self.epochs.valueChanged.connect(self._on_epochs_changed)
        form.addRow(caption, self.epochs)
        self.callbacks = QPushButton()
        self.callbacks.setObjectName("callbacks")
        self.callbacks.clicked.connect(self.edit_callbacks)
        form.addRow(self.tr("Callbacks:"), self.callbacks)
        self.error = _OneLine()
        self.error.setObjectName("training_error")
        self.error.setStyleSheet("color: #c0392b;")
        form.addStretch(self.error)
        for field in (self.learning_rate_edit, self.momentum, self.batch_size, self.epochs):
            field.feedback.sigRefused.connect(self.error.setText)

        self._form = form
        state.subscribe(self._on_state_changed)
        self._refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """One row when there is room (the toolbar offers what the panel asks for)."""
        hint = super().sizeHint()  # the layout's: its height follows the rows in use
        return QSize(max(self._form.one_row_width(), hint.width()), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as two rows of the controls, so the window fits a laptop screen in presentation mode."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._form.wrapped_width()), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._form.arrange(event.size().width())

    def _update(self, merge_key: str | None = None, **values) -> None:
        training = self.state.experiment.training
        if any(getattr(training, k) != v for k, v in values.items()):
            self.state.update_training(merge_key=merge_key, **values)

    def _on_batch_size_changed(self, value: int) -> None:
        self.error.setText("")
        self._update(merge_key="batch_size", batch_size=value)

    def _on_epochs_changed(self, value: int) -> None:
        self.error.setText("")
        self._update(merge_key="epochs", epochs=value)

    def _on_loss_changed(self) -> None:
        self._update(loss=self.loss.currentData())

    def _on_optimizer_changed(self, name: str) -> None:
        if name != self.state.experiment.training.optimizer.get("class_name"):
            lr = self.state.experiment.training.learning_rate
            self.state.update_training(
                label="Change optimizer", optimizer={"class_name": name, "config": {"learning_rate": lr}}
            )

    def _on_optimizer_setting(self) -> None:
        opt = self.state.experiment.training.optimizer
        config = dict(opt.get("config", {}))
        name = opt["class_name"]
        if name in MOMENTUM_OPTIMIZERS:
            config["momentum"] = round(self.momentum.value(), 6)
        if name == "SGD":
            config["nesterov"] = self.nesterov.isChecked()
        if config != opt.get("config"):
            self.state.update_training(
                label="Change momentum", merge_key="momentum", optimizer={"class_name": name, "config": config}
            )

    def edit_optimizer(self) -> bool:
        """Opens the optimizer's settings; True if they changed."""
        dialog = QtOptimizerDialog(self.state.experiment.training.optimizer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        new = dialog.optimizer()
        if new == self.state.experiment.training.optimizer:
            return False
        self.state.update_training(label=f"Change {new['class_name']} settings", optimizer=new)
        return True

    def steps_per_epoch(self) -> int:
        exp = self.state.experiment
        return schedule_rates.steps_per_epoch(exp.n_train, exp.training.batch_size)

    def edit_schedule(self) -> bool:
        """Opens the schedule dialog (constant, Keras's schedules, reduce on plateau); True if changed."""
        t = self.state.experiment.training
        plateau = callback_specs.get(t.callbacks, "ReduceLROnPlateau")
        dialog = QtScheduleDialog(
            t.schedule,
            plateau,
            t.learning_rate,
            self.steps_per_epoch(),
            t.epochs,
            self,
            callback_specs.monitors(t.metrics),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        schedule, plateau = dialog.result()
        callbacks = [c for c in t.callbacks if c["class_name"] != "ReduceLROnPlateau"]
        if plateau is not None:
            callbacks.append({"class_name": "ReduceLROnPlateau", "config": plateau})
        if schedule == t.schedule and callbacks == t.callbacks:
            return False
        self.state.update_training(label="Change schedule", schedule=schedule, callbacks=callbacks)
        return True

    def edit_callbacks(self) -> bool:
        """Opens the callbacks dialog; True if they changed."""
        t = self.state.experiment.training
        dialog = QtCallbacksDialog(t.callbacks, callback_specs.monitors(t.metrics), self, folder=self.folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        callbacks = dialog.callbacks()
        if callbacks is None or callbacks == t.callbacks:
            return False
        schedule = t.schedule if not callback_specs.get(callbacks, "ReduceLROnPlateau") else None
        self.state.update_training(label="Change callbacks", callbacks=callbacks, schedule=schedule)
        return True

    def _on_learning_rate_chosen(self, index: int) -> None:
        text = self.learning_rate.itemText(index)
        # The combo box "chooses" the item matching the text the edit has just put back after a
        # refusal, too: that is no new choice, and must not wipe the reason shown.
        if float(text) != self.learning_rate_edit.value():
            self.learning_rate_edit.take(text)

    def _on_learning_rate_edited(self, lr: float) -> None:
        self.error.setText("")
        if lr != self.state.experiment.training.learning_rate:
            self.state.set_learning_rate(lr)

    def _on_state_changed(self, change: Change) -> None:
        if change.section in ("training", "experiment", "data"):
            self._refresh()

    def _refresh(self) -> None:
        t = self.state.experiment.training
        widgets = (
            self.loss,
            self.optimizer,
            self.learning_rate,
            self.momentum,
            self.nesterov,
            self.batch_size,
            self.epochs,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        losses = LOSSES_FOR[self.state.experiment.problem]
        if [self.loss.itemData(i) for i in range(self.loss.count())] != list(losses):
            self.loss.clear()
            for name in losses:
                self.loss.addItem(translate("losses", LOSS_LABELS[name]), name)
        self.loss.setCurrentIndex(max(0, self.loss.findData(t.loss)))
        name = t.optimizer.get("class_name", "SGD")
        self.optimizer.setCurrentText(name)
        self.learning_rate_edit.set_value(t.learning_rate)
        config = t.optimizer.get("config", {})
        has_momentum = name in MOMENTUM_OPTIMIZERS
        self.momentum.setVisible(has_momentum)
        self.momentum_label.setVisible(has_momentum)
        self.momentum.setValue(float(config.get("momentum", 0.0)))
        self.nesterov.setVisible(name == "SGD")
        self.nesterov.setChecked(bool(config.get("nesterov", False)))
        # A file may ask for more than there are: shown as it is (the status bar says what is wrong).
        self.batch_size.set_bounds(1, max(1, self.state.experiment.n_train, t.batch_size))
        self.batch_size.setValue(t.batch_size)
        self.epochs.setValue(t.epochs)
        plateau = callback_specs.get(t.callbacks, "ReduceLROnPlateau")
        if t.schedule:
            label = translate("schedules", schedules.SCHEDULES[t.schedule["class_name"]].label)
        else:
            label = self.tr("Constant")
        self.schedule.setText((self.tr("Reduce on plateau") if plateau else label) + " …")
        self.schedule.setToolTip(
            describe(t.schedule, t.learning_rate) if t.schedule else self.tr("Click to choose how the rate changes")
        )
        names = [translate("callbacks", callback_specs.CALLBACKS[c["class_name"]].label) for c in t.callbacks]
        self.callbacks.setText(self.tr("{0} on …").format(len(names)) if names else self.tr("None …"))
        self.callbacks.setToolTip("\n".join(names) or self.tr("Early stopping, checkpoints, stop on NaN…"))
        del blockers


class _OneLine(QLabel):
    """The row's message: one line cut to the room left ("…"), the whole of it in the tooltip (and
    on the status bar), so a long reason neither widens the row nor is clipped top and bottom."""

    def __init__(self):
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width()))
        QLabel.setText(self, shown)


class _CaptionRow:
    """Lays controls out left to right, each under a small caption; on a screen too narrow for one
    row (presentation mode's large text on a laptop) the second half of them wraps to a second row,
    rather than the window growing wider than the screen and cutting off its right side."""

    def __init__(self, parent: QWidget):
        self.captions: dict[QWidget, QLabel] = {}  # each control's caption (hidden with it)
        self.columns: list[QWidget] = []
        self._rows = (QHBoxLayout(), QHBoxLayout())
        outer = QVBoxLayout(parent)
        outer.setContentsMargins(8, 2, 8, 2)
        outer.setSpacing(4)
        for row in self._rows:
            row.setSpacing(14)
            outer.addLayout(row)
        self._parent, self._stretch, self._wrapped = parent, None, (False, 0)

    def addRow(self, caption: str, widget: QWidget) -> QLabel:  # noqa: N802 (QFormLayout's name)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        label = QLabel(caption.rstrip(":"))
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a quiet grey in every theme
        self.captions[widget] = label
        layout.addWidget(label)
        layout.addWidget(widget)
        self.columns.append(column)
        self._rows[0].addWidget(column)
        return label

    def addStretch(self, widget: QWidget) -> None:  # noqa: N802
        self._stretch = widget
        self._rows[0].addWidget(widget, 1)

    def one_row_width(self) -> int:
        return self._width(self.columns) + 16

    def wrapped_width(self) -> int:
        half = self._half()
        return max(self._width(self.columns[:half]), self._width(self.columns[half:])) + 16

    def arrange(self, width: int) -> None:
        """One row if `width` holds it, else two."""
        wrap = width < self.one_row_width()
        half = self._break(width) if wrap else len(self.columns)
        if (wrap, half) == self._wrapped:
            return
        self._wrapped = (wrap, half)
        for row in self._rows:  # emptied and filled again, each row closed by a stretch
            while row.count():
                row.takeAt(0)
        for i, column in enumerate(self.columns):
            self._rows[0 if i < half else 1].addWidget(column)
        if self._stretch is not None:
            self._rows[1 if wrap else 0].addWidget(self._stretch, 1)
        for row in self._rows:
            row.addStretch(0 if row is self._rows[1 if wrap else 0] and self._stretch is not None else 1)
        self._parent.updateGeometry()

    def _break(self, width: int) -> int:
        """Where the second row starts: as many columns as fit in the first, if the rest fit in the second."""
        n = next((i for i in range(len(self.columns), 0, -1) if self._width(self.columns[:i]) + 16 <= width), 0)
        return n if 0 < n < len(self.columns) and self._width(self.columns[n:]) + 16 <= width else self._half()

    def _half(self) -> int:
        return (len(self.columns) + 1) // 2

    def _width(self, columns: list[QWidget]) -> int:
        shown = [c for c in columns if not c.isHidden()]
        return sum(c.sizeHint().width() for c in shown) + 14 * max(0, len(shown) - 1)
