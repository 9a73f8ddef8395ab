"""The network editor: hidden Dense layers (units, activation, L1/L2) and the output layer, with
each layer's parameter count and the total — computed without TensorFlow, so it works at once."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.core.experiment import (
    ACTIVATIONS,
    MAX_UNITS,
    dense,
    regularizer,
    regularizer_rates,
)
from playground.core.layer_shapes import param_counts
from playground.core.state import Change, ExperimentState

MAX_HIDDEN = 10
COLUMNS = ("", "Units", "Activation", "L1", "L2", "Params", "")


class QtNetworkEditor(QWidget):
    def __init__(self, state: ExperimentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        layout = QVBoxLayout(self)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._grid_host)
        self.add_button = QPushButton(self.tr("+ Add hidden layer"))
        self.add_button.setObjectName("add_layer")
        self.add_button.clicked.connect(self.add_layer)
        layout.addWidget(self.add_button)
        self.total_label = QLabel()
        self.total_label.setObjectName("total_params")
        self.total_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.total_label)
        layout.addStretch(1)
        self.rows: list[dict] = []
        state.subscribe(self._on_state_changed)
        self._rebuild()

    # -- user intent ----------------------------------------------------------------------------

    def add_layer(self) -> None:
        layers = self._layers()
        if len(layers) - 1 >= MAX_HIDDEN:
            return
        last_hidden = layers[-2]["config"] if len(layers) > 1 else {"units": 4, "activation": "tanh"}
        layers.insert(len(layers) - 1, dense(int(last_hidden["units"]), last_hidden.get("activation", "tanh")))
        self.state.set_layers(layers, label="Add hidden layer")

    def remove_layer(self, index: int) -> None:
        layers = self._layers()
        if 0 <= index < len(layers) - 1:
            del layers[index]
            self.state.set_layers(layers, label=f"Remove hidden layer {index + 1}")

    def set_units(self, index: int, units: int) -> None:
        self._edit(index, "units", units=int(units))

    def set_activation(self, index: int, activation: str) -> None:
        self._edit(index, "activation", activation=activation)

    def set_regularization(self, index: int, l1: float, l2: float) -> None:
        self._edit(index, "regularisation", kernel_regularizer=regularizer(l1, l2))

    # -- internals ------------------------------------------------------------------------------

    def _layers(self) -> list[dict]:
        return [{**layer, "config": dict(layer["config"])} for layer in self.state.experiment.model.layers]

    def _edit(self, index: int, what: str, **values) -> None:
        layers = self._layers()
        cfg = layers[index]["config"]
        for key, value in values.items():
            if value is None:
                cfg.pop(key, None)
            else:
                cfg[key] = value
        if layers != self.state.experiment.model.layers:
            name = "output layer" if index == len(layers) - 1 else f"hidden layer {index + 1}"
            self.state.set_layers(layers, label=f"Change {what} of {name}", merge_key=f"{what}{index}")

    def _on_state_changed(self, change: Change) -> None:
        if change.section in ("model", "experiment") or (change.section == "data" and "features" in change.keys):
            self._rebuild()

    def _rebuild(self) -> None:
        exp = self.state.experiment
        layers = exp.model.layers
        counts = param_counts((len(exp.data.features),), layers) if _all_valid(layers) else [0] * len(layers)
        self.total_label.setText(self.tr("Total: {0} trainable parameters").format(f"{sum(counts):,}"))
        self.add_button.setEnabled(len(layers) - 1 < MAX_HIDDEN)
        if len(self.rows) == len(layers):
            # Same structure: update in place so the spin box being edited keeps its focus.
            for row, layer, count in zip(self.rows, layers, counts, strict=False):
                _show_layer(row, layer, count)
            return
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for col, title in enumerate(COLUMNS):
            head = QLabel(self.tr(title))
            head.setStyleSheet("color: #666;")
            self._grid.addWidget(head, 0, col)
        self.rows = []
        for i, layer in enumerate(layers):
            self.rows.append(self._add_row(i, layer, counts[i], is_output=i == len(layers) - 1))

    def _add_row(self, i: int, layer: dict, params: int, is_output: bool) -> dict:
        cfg = layer["config"]
        r = i + 1
        name = QLabel(self.tr("Output") if is_output else self.tr("Hidden {0}").format(i + 1))
        units = QSpinBox()
        units.setRange(1, MAX_UNITS)
        units.setValue(int(cfg["units"]))
        units.setKeyboardTracking(False)
        units.setEnabled(not is_output)  # one target: the output keeps one unit
        units.setToolTip(self.tr("Neurons in this layer"))
        units.valueChanged.connect(lambda v, i=i: self.set_units(i, v))
        act = QComboBox()
        choices = list(ACTIVATIONS) + (["softmax"] if cfg.get("activation") == "softmax" else [])
        act.addItems(choices)
        act.setCurrentText(cfg.get("activation", "linear"))
        act.currentTextChanged.connect(lambda a, i=i: self.set_activation(i, a))
        l1_rate, l2_rate = regularizer_rates(layer)
        l1, l2 = _rate_box(l1_rate), _rate_box(l2_rate)
        l1.setToolTip(self.tr("L1 regularisation rate: adds rate·Σ|w| to the loss"))
        l2.setToolTip(self.tr("L2 regularisation rate: adds rate·Σw² to the loss"))
        l1.valueChanged.connect(lambda _v, i=i, a=l1, b=l2: self.set_regularization(i, a.value(), b.value()))
        l2.valueChanged.connect(lambda _v, i=i, a=l1, b=l2: self.set_regularization(i, a.value(), b.value()))
        count = QLabel(f"{params:,}")
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = {"name": name, "units": units, "activation": act, "l1": l1, "l2": l2, "params": count}
        widgets = [name, units, act, l1, l2, count]
        if not is_output:
            remove = QPushButton("✕")
            remove.setToolTip(self.tr("Remove this layer"))
            remove.setFixedWidth(32)
            remove.clicked.connect(lambda _c=False, i=i: self.remove_layer(i))
            row["remove"] = remove
            widgets.append(remove)
        for col, w in enumerate(widgets):
            self._grid.addWidget(w, r, col)
        return row


def _show_layer(row: dict, layer: dict, params: int) -> None:
    cfg = layer["config"]
    l1_rate, l2_rate = regularizer_rates(layer)
    for key, setter, value in (
        ("units", "setValue", int(cfg["units"])),
        ("activation", "setCurrentText", cfg.get("activation", "linear")),
        ("l1", "setValue", l1_rate),
        ("l2", "setValue", l2_rate),
    ):
        widget = row[key]
        blocker = QSignalBlocker(widget)
        getattr(widget, setter)(value)
        del blocker
    row["params"].setText(f"{params:,}")


def _rate_box(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(4)
    box.setRange(0.0, 10.0)
    box.setSingleStep(0.001)
    box.setValue(value)
    box.setKeyboardTracking(False)
    return box


def _all_valid(layers: list[dict]) -> bool:
    return all(isinstance(layer.get("config", {}).get("units"), int) for layer in layers)
