"""The property panel: the selected layer's Keras arguments, built from the palette's specs.

Each control reports `(key, value)` through `sigChanged`; the editor turns that into an edit. When
the model changes, the controls are updated in place (with signals blocked), so the control being
edited keeps its focus; they are rebuilt only when another layer is shown.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.core.data.data_config import FEATURES, TARGETS
from playground.core.experiment.config import Experiment
from playground.core.experiment.model_checks import MAX_LOSS_WEIGHT
from playground.core.network import transfer
from playground.core.network.layer_configs import initializer_label, regularizer, regularizer_rates
from playground.core.network.layer_graph import INPUT_KIND, Node
from playground.core.network.layer_params import (
    ACTIVATIONS,
    COMMON,
    INITIALIZERS,
    MAX_RATE,
    NAME_PATTERN,
    Param,
)
from playground.core.network.layer_specs import SPECS
from playground.core.recipe.training_config import LOSSES_FOR, METRICS, default_loss, default_metrics
from playground.qt.i18n import say, translate
from playground.qt.network.weights_row import QtWeightsRow
from playground.qt.widgets.number_field import CheckedEdit, NumberDoubleSpinBox, NumberSpinBox

RECURRENT = ("SimpleRNN", "LSTM", "GRU")
RECURRENT_UNITS = next(p for p in SPECS["LSTM"].all_params if p.key == "units")  # what the core checks


class QtLayerProperties(QWidget):
    sigChanged = Signal(str, object)  # config key (or "name", "inputs"), new value
    sigMessage = Signal(str)  # a value that cannot be used, and why
    sigWeightsReady = Signal()  # a Pretrained layer's weights were downloaded: build the model again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_properties")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        # The panel never squeezes its rows below their height: its scroll area scrolls instead.
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.title = QLabel()
        self.title.setObjectName("properties_title")
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.tip = QLabel()
        self.tip.setWordWrap(True)
        self.tip.setStyleSheet("color: #555;")
        outer.addWidget(self.title)
        outer.addWidget(self.tip)
        self._form_host = QWidget()
        self.form = QFormLayout(self._form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._form_host)
        outer.addStretch(1)
        self.controls: dict[str, QWidget] = {}
        self._setters: dict[str, callable] = {}
        self._shown: tuple | None = None
        self._layer: dict = {}
        self._values: dict = {}  # the values shown: what a refused text field shows again
        self._features: list[str] = []
        self._exp: Experiment | None = None
        self.weights: QtWeightsRow | None = None  # a Pretrained layer's weights
        self.show_layer(None, None, [])

    def show_layer(
        self, layer: dict | None, node: Node | None, above: list[str], exp: Experiment | None = None
    ) -> None:
        """Shows `layer` (None: nothing selected). `above` names the layers it could take; `exp`
        (the experiment) decides the output and input settings offered."""
        if layer is None or node is None:
            self._clear()
            self._shown = None
            self.title.setText(self.tr("No layer selected"))
            self.tip.setText(self.tr("Select a layer in the stack or the graph to see its settings."))
            return
        self._layer, self._exp = layer, exp
        role = _role(layer, node, exp)
        key = (node.index, node.kind, node.name, tuple(above), role)
        if key != self._shown:
            self._shown = key
            self._build(layer, node, above, exp, role)
        self._show_values(layer, node)

    # -- building ---------------------------------------------------------------------------------

    def _clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.controls.clear()
        self._setters.clear()
        self.weights = None

    def _build(self, layer: dict, node: Node, above: list[str], exp: Experiment | None, role: tuple) -> None:
        self._clear()
        spec = SPECS[node.kind]
        self.title.setText(f"{node.kind} — {node.name}")
        self.tip.setText(translate("layers", spec.tip))
        if node.kind == INPUT_KIND:
            self._add(COMMON[0])
            if role[1]:  # plane data: the features this input receives
                self._add_features(spec.params[0])
            else:
                self.form.addRow(QLabel(self.tr("Receives the whole sample, as the data's own input does.")))
            return
        for param in (*COMMON, *spec.all_params):
            if param.kind == "regularizer":
                self._add_regularizer(param)
            else:
                self._add(param)
        if node.kind == transfer.KIND:
            self.weights = QtWeightsRow()
            self.weights.sigDownloaded.connect(self.sigWeightsReady.emit)
            self.form.addRow(QLabel(self.tr("weights")), self.weights)
        if node.kind in ("Add", "Concatenate") or len(above) > 1:
            self._add_inputs(above)
        if exp is not None:
            self._add_output(layer, exp, role)

    def _row(self, param: Param, widget: QWidget, label: str | None = None, tip: str | None = None) -> None:
        """A row titled `label` (the Keras argument's name by default); `tip` is the tooltip shown,
        by default the spec's tip in the window's language."""
        tip = translate("layers", param.tip) if tip is None else tip
        widget.setToolTip(tip)  # a number field adds the range it takes
        widget.setObjectName(f"prop_{param.key}")
        self._report_refusals(widget)
        title = QLabel(label or param.key)
        title.setToolTip(tip)
        self.form.addRow(title, widget)
        self.controls[param.key] = widget

    def _report_refusals(self, field: QWidget) -> None:
        """A number field's refusals go where the panel's messages go."""
        if hasattr(field, "feedback"):
            field.feedback.sigRefused.connect(self.sigMessage)

    def _add(self, p: Param) -> None:
        emit = self.sigChanged.emit
        if p.kind == "int":
            w = NumberSpinBox(p.key, int(p.low), int(p.high))
            w.valueChanged.connect(lambda v, k=p.key: emit(k, int(v)))
            self._setters[p.key] = lambda v, w=w, p=p: w.setValue(int(p.default if v is None else v))
        elif p.kind == "float":
            w = NumberDoubleSpinBox(p.key, float(p.low), float(p.high), 4)
            w.setSingleStep(0.05 if p.high <= 1 else 0.1)
            w.valueChanged.connect(lambda v, k=p.key: emit(k, round(float(v), 6)))
            self._setters[p.key] = lambda v, w=w, p=p: w.setValue(float(p.default if v is None else v))
        elif p.kind == "bool":
            w = QCheckBox()
            w.toggled.connect(lambda v, k=p.key: emit(k, bool(v)))
            self._setters[p.key] = lambda v, w=w, p=p: w.setChecked(bool(p.default if v is None else v))
        elif p.kind in ("choice", "activation"):
            w = QComboBox()
            w.addItems(list(ACTIVATIONS if p.kind == "activation" else p.choices))
            w.currentTextChanged.connect(lambda v, k=p.key: emit(k, v))
            self._setters[p.key] = lambda v, w=w, p=p: w.setCurrentText(str(p.default if v is None else v))
        elif p.kind == "initializer":
            w = QComboBox()
            for label in INITIALIZERS:  # shown translated; the English name is the item's data
                w.addItem(translate("layers", label), label)
            w.currentIndexChanged.connect(
                lambda _i, w=w, k=p.key: (
                    emit(k, INITIALIZERS[w.currentData()]) if w.currentData() in INITIALIZERS else None
                )
            )
            self._setters[p.key] = lambda v, w=w, p=p: _show_initializer(w, p.default if v is None else v)
        elif p.kind in ("size", "shape", "name"):
            w = CheckedEdit(p.key)
            w.editingFinished.connect(lambda w=w, p=p: self._on_text(p, w))
            self._setters[p.key] = lambda v, w=w, p=p: w.setText(_format(p, v))
        elif p.kind == "recurrent":
            w = self._recurrent_editor(p)
        else:
            return
        self._row(p, w)

    def _recurrent_editor(self, p: Param) -> QWidget:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        kind, seqs = QComboBox(), QCheckBox(self.tr("sequences"))
        units = NumberSpinBox("units", int(RECURRENT_UNITS.low), int(RECURRENT_UNITS.high))
        units.setToolTip(translate("layers", RECURRENT_UNITS.tip))
        self._report_refusals(units)
        kind.addItems(list(RECURRENT))
        for w in (kind, units, seqs):
            row.addWidget(w)

        def changed(*_):
            config = {"units": units.value()}
            if seqs.isChecked():
                config["return_sequences"] = True
            self.sigChanged.emit(p.key, {"class_name": kind.currentText(), "config": config})

        kind.currentTextChanged.connect(changed)
        units.valueChanged.connect(changed)
        seqs.toggled.connect(changed)

        def show(v):
            v = v or p.default
            kind.setCurrentText(v.get("class_name", "LSTM"))
            units.setValue(int(v.get("config", {}).get("units", 16)))
            seqs.setChecked(bool(v.get("config", {}).get("return_sequences", False)))

        self._setters[p.key] = show
        host.blockers = (kind, units, seqs)
        return host

    def _add_regularizer(self, p: Param) -> None:
        prefix = p.key.split("_")[0]
        tips = {
            "kernel": self.tr("{which} penalty on the kernel (0: none)"),
            "bias": self.tr("{which} penalty on the bias (0: none)"),
        }
        boxes = []
        for which in ("L1", "L2"):
            w = NumberDoubleSpinBox(f"{prefix} {which}", 0.0, MAX_RATE, 4)
            w.setSingleStep(0.001)
            boxes.append(w)
            tip = f"{which} penalty on the {prefix} (0: none)"
            self._row(
                Param(f"{p.key}_{which.lower()}", "float", 0.0, tip),
                w,
                f"{prefix} {which}",
                tips[prefix].format(which=which) if prefix in tips else tip,
            )
        l1, l2 = boxes
        for w in boxes:
            w.valueChanged.connect(lambda _v, k=p.key: self.sigChanged.emit(k, regularizer(l1.value(), l2.value())))

        def show(v):
            a, b = regularizer_rates(v)
            l1.setValue(a)
            l2.setValue(b)

        self._setters[p.key] = show

    def _add_inputs(self, above: list[str]) -> None:
        w, ticked, show = _checklist(above, 110)
        w.itemChanged.connect(lambda _item: self.sigChanged.emit("inputs", ticked()))
        self._setters["inputs"] = show
        self._row(
            Param("inputs", "inputs", None, "The layers this one takes; tick two or more on Add or Concatenate"),
            w,
            tip=self.tr("The layers this one takes; tick two or more on Add or Concatenate"),
        )

    def _add_features(self, p: Param) -> None:
        w, ticked, check = _checklist(FEATURES, 150)

        def changed(_item):
            if ticked():
                self.sigChanged.emit(p.key, ticked())
            else:
                self.sigMessage.emit(self.tr("An input needs at least one feature."))
                blocker = QSignalBlocker(w)
                show(self._features)
                del blocker

        def show(names):
            self._features = list(names or p.default)
            check(self._features)

        w.itemChanged.connect(changed)
        self._setters[p.key] = show
        self._row(p, w)

    def _add_output(self, layer: dict, exp: Experiment, role: tuple) -> None:
        """The main output says where its settings are; any other layer can become one more output
        with its own target, loss, weight and metric."""
        if role[0] == "main":
            note = QLabel(self.tr("Main output: its loss and metrics are set under Training."))
            note.setWordWrap(True)
            self.form.addRow(note)
            return
        box = QCheckBox(self.tr("one more output of the model"))
        self._row(
            Param("output", "bool", False, "Train this layer against a target too (Keras: several outputs)"),
            box,
            tip=self.tr("Train this layer against a target too (Keras: several outputs)"),
        )
        mark = layer.get("output")
        box.toggled.connect(lambda on: self.sigChanged.emit("output", {"target": "labels"} if on else None))
        self._setters["output"] = lambda v, box=box: box.setChecked(v is not None)
        if mark is None:
            return
        problem = exp.problem_of(mark.get("target", "labels"))

        def emit(**change):
            self.sigChanged.emit("output", {**(self._layer.get("output") or {}), **change})

        target = QComboBox()
        target.addItems(list(TARGETS))
        target.currentTextChanged.connect(lambda t: emit(target=t, loss=default_loss(exp.problem_of(t))))
        self._row(
            Param("output_target", "choice", "labels", "labels: the classes or values; inputs: rebuild the input"),
            target,
            self.tr("target"),
            self.tr("labels: the classes or values; inputs: rebuild the input"),
        )
        loss = QComboBox()
        loss.addItems(list(LOSSES_FOR[problem]))
        loss.currentTextChanged.connect(lambda v: emit(loss=v))
        self._row(
            Param("output_loss", "choice", None, "The loss this output is trained on"),
            loss,
            self.tr("loss"),
            self.tr("The loss this output is trained on"),
        )
        weight = NumberDoubleSpinBox(self.tr("loss weight"), 0.0, MAX_LOSS_WEIGHT, 3)
        weight.setSingleStep(0.1)
        weight.valueChanged.connect(lambda v: emit(loss_weight=round(float(v), 6)))
        self._row(
            Param("output_loss_weight", "float", 1.0, "Its loss counts this much in the total (the main output's: 1)"),
            weight,
            self.tr("loss weight"),
            self.tr("Its loss counts this much in the total (the main output's: 1)"),
        )
        metric = QComboBox()
        none = self.tr("(none)")
        metric.addItems([none, *METRICS])
        metric.currentTextChanged.connect(lambda v: emit(metrics=[] if v == none else [v]))
        self._row(
            Param("output_metrics", "choice", None, "Measured on this output each epoch"),
            metric,
            self.tr("metric"),
            self.tr("Measured on this output each epoch"),
        )

        def show(mark):
            box.setChecked(mark is not None)
            mark = mark or {}
            target.setCurrentText(mark.get("target", "labels"))
            loss.setCurrentText(mark.get("loss") or default_loss(problem))
            weight.setValue(float(mark.get("loss_weight", 1.0)))
            chosen = mark.get("metrics", default_metrics(problem))
            metric.setCurrentText(chosen[0] if chosen else none)

        self._setters["output"] = show
        box.blockers = (target, loss, weight, metric)

    # -- values -----------------------------------------------------------------------------------

    def _show_values(self, layer: dict, node: Node) -> None:
        cfg = layer.get("config", {})
        values = {**cfg, "name": node.name, "inputs": list(node.inputs), "output": layer.get("output")}
        self._values = values
        for key, setter in self._setters.items():
            control = self.controls.get(key) or self.controls.get(f"{key}_l1")
            widgets = [control, *getattr(control, "blockers", ())]
            if key.endswith("_regularizer"):
                widgets.append(self.controls.get(f"{key}_l2"))
            blockers = [QSignalBlocker(w) for w in widgets if w is not None]
            setter(values.get(key))
            del blockers
        if self.weights is not None:
            self.weights.show_weights(cfg.get("application", transfer.NAMES[0]), _input_shape(self._exp, node))

    def _on_text(self, p: Param, field: CheckedEdit) -> None:
        try:
            value = _parse(p, field.text())
        except ValueError as exc:
            field.refuse(say(exc), _format(p, self._values.get(p.key)))  # and sigMessage says why
            return
        field.feedback.clear()
        self.sigChanged.emit(p.key, value)


def _checklist(names, height: int):
    """A list of tickable names: (widget, ticked() → names ticked, check(names) → tick just those)."""
    w = QListWidget()
    w.setMaximumHeight(height)
    for name in names:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        w.addItem(item)
    items = [w.item(i) for i in range(w.count())]

    def ticked():
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def check(chosen):
        for item in items:
            item.setCheckState(Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked)

    return w, ticked, check


def _input_shape(exp: Experiment | None, node: Node) -> tuple[int, ...] | None:
    """The shape a layer receives (its first input's), None when unknown."""
    if exp is None or not node.inputs:
        return None
    return next((n.shape for n in exp.analyse() if n.name == node.inputs[0]), None)


def _role(layer: dict, node: Node, exp: Experiment | None) -> tuple:
    """What decides which rows the panel has: main output or not, plane data, the output mark's
    target (its losses)."""
    if exp is None:
        return ("", False, None)
    main = node.index == len(exp.model.layers) - 1
    mark = layer.get("output")
    return ("main" if main else "", exp.plane, None if mark is None else exp.problem_of(mark.get("target", "labels")))


def _show_initializer(w: QComboBox, value) -> None:
    label = initializer_label(value)
    if label is None:
        label = ""  # one the palette does not list: "(from file)", which sets nothing when chosen
        if w.findData(label) < 0:
            w.addItem(translate("QtLayerProperties", "(from file)"), label)
    w.setCurrentIndex(w.findData(label))


def _format(p: Param, v) -> str:
    if v is None:
        return "" if p.kind != "size" or p.default is None else str(p.default)
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    return str(v)


def _parse(p: Param, text: str):
    text = text.strip()
    if p.kind == "name":
        if not re.fullmatch(NAME_PATTERN, text):
            raise ValueError(translate("QtLayerProperties", "use letters, digits and _, starting with a letter"))
        return text
    if p.kind == "size" and not text and p.default is None:
        return None
    parts = [t for t in re.split(r"[,\s×x*]+", text) if t]
    try:
        numbers = [int(t) for t in parts]
    except ValueError:
        example = "3" if p.kind == "size" else "8, 8, 1"
        raise ValueError(translate("QtLayerProperties", "write whole numbers, e.g. {0}").format(example)) from None
    if not numbers:
        raise ValueError(translate("QtLayerProperties", "needs a value"))
    if p.kind == "size":
        if len(numbers) not in (1, p.dims) or not all(p.low <= n <= p.high for n in numbers):
            raise ValueError(
                translate("QtLayerProperties", "write one size from {low:g} to {high:g}, or {dims} of them").format(
                    low=p.low, high=p.high, dims=p.dims
                )
            )
        return numbers[0] if len(set(numbers)) == 1 else numbers
    if any(n < 1 and n != -1 for n in numbers) or numbers.count(-1) > 1:
        raise ValueError(translate("QtLayerProperties", "sizes must be ≥ 1; one of them may be -1"))
    return numbers
