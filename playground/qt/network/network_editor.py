"""The network editor: palette, layer stack and property panel, with the total parameter count
and the first problem always in sight. Shapes, parameters and problems are computed without
TensorFlow (`layer_graph.analyse`, well under a millisecond), so every edit is checked at once.

All edits go through `ExperimentState.set_layers`, so each is one undo step.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from playground.core.experiment.checks import output_problems
from playground.core.experiment.state import Change, ExperimentState
from playground.core.network import layer_edits as edits
from playground.core.network import transfer
from playground.core.network.layer_graph import INPUT_KIND, Node, layer_name
from playground.core.network.layer_specs import new_layer
from playground.qt.i18n import say
from playground.qt.network.layer_palette import QtLayerPalette
from playground.qt.network.layer_properties import QtLayerProperties
from playground.qt.network.layer_stack import QtLayerStack
from playground.qt.widgets.flow_layout import QtFlowLayout

CLIPBOARD_FORMAT = "playground.layers"
_IN_EDITOR = Qt.ShortcutContext.WidgetWithChildrenShortcut  # anywhere in the editor
_IN_STACK = Qt.ShortcutContext.WidgetShortcut  # Delete only in the stack: it deletes text elsewhere


class QtNetworkEditor(QWidget):
    sigSelected = Signal(int)  # layer index, -1 for none
    sigNodesChanged = Signal(object)  # list[Node], after every change of the model or its input

    def __init__(self, state: ExperimentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.selected: int | None = None
        self.nodes: list[Node] = []
        self.outputs: tuple[int, ...] = ()  # layer indices of outputs besides the last layer
        self.palette = QtLayerPalette()
        self.stack = QtLayerStack()
        self.properties = QtLayerProperties()

        # The buttons wrap to a second row rather than widen the window on a small screen.
        buttons = QtFlowLayout(spacing=4)
        self.buttons = {}
        for key, text, tip, slot in (
            (
                "add",
                self.tr("+ Add"),
                self.tr("Add the palette's layer after the selected one (double-click)"),
                self._on_add,
            ),
            (
                "duplicate",
                self.tr("Duplicate"),
                self.tr("Copy the selected layer just below it (Ctrl+D)"),
                self._on_dup,
            ),
            ("delete", self.tr("Delete"), self.tr("Remove the selected layer (Delete)"), self._on_delete),
            ("up", "↑", self.tr("Move the selected layer up"), lambda: self._on_shift(-1)),
            ("down", "↓", self.tr("Move the selected layer down"), lambda: self._on_shift(1)),
            (
                "shortcut",
                self.tr("+ Shortcut"),
                self.tr("Add a residual connection around the selected layer"),
                self._on_shortcut,
            ),
            (
                "branch",
                self.tr("+ Branch"),
                self.tr(
                    "Add the palette's layer as a side branch taking the selected layer: the start of "
                    "another output, or of a path to merge later"
                ),
                self._on_branch,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"layer_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            if key in ("up", "down"):
                button.setFixedWidth(34)
            buttons.addWidget(button)
            self.buttons[key] = button
        self.total_label = QLabel()
        self.total_label.setObjectName("total_params")
        self.total_label.setStyleSheet("font-weight: bold;")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("network_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b03a2e; font-weight: bold;")

        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.stack, 1)
        column.addWidget(self.problem_label)
        column.addWidget(self.total_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.properties)
        # The palette and the selected layer's settings share one column, so the stack keeps the
        # width for its shapes; choosing a row shows its settings, and the palette is one click away.
        self.side = QTabWidget()
        self.side.setObjectName("editor_side")
        self.side.addTab(self.palette, self.tr("Palette"))
        self.side.addTab(scroll, self.tr("Properties"))
        self.side.setMinimumWidth(200)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(middle)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.palette.sigAddRequested.connect(self.add_layer)
        self.stack.sigSelected.connect(self._on_stack_selected)
        self.stack.sigMoveRequested.connect(self.move_layer)
        self.stack.sigDropRequested.connect(lambda kind, pos: self.add_layer(kind, pos))
        self.properties.sigChanged.connect(self._on_property)
        self.properties.sigMessage.connect(self._show_message)
        self.properties.sigWeightsReady.connect(state.rebuild)
        # Actions rather than bare shortcuts, so the window's list of keys (F1) names them too.
        for text, keys, slot, owner, context in (
            (self.tr("Copy layers"), QKeySequence.StandardKey.Copy, self.copy_layer, self, _IN_EDITOR),
            (self.tr("Paste layers"), QKeySequence.StandardKey.Paste, self.paste_layers, self, _IN_EDITOR),
            (self.tr("Duplicate layer"), QKeySequence("Ctrl+D"), self._on_dup, self, _IN_EDITOR),
            (self.tr("Delete layer"), QKeySequence.StandardKey.Delete, self._on_delete, self.stack, _IN_STACK),
        ):
            action = QAction(text, owner)
            action.setShortcuts(keys if isinstance(keys, QKeySequence) else QKeySequence.keyBindings(keys))
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            owner.addAction(action)
        state.subscribe(self._on_state_changed)
        self._refresh()

    # Narrower than this, the palette and properties go under the stack rather than beside it.
    SIDE_BY_SIDE = 560

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        wide = event.size().width() >= self.SIDE_BY_SIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)

    # -- user intent ------------------------------------------------------------------------------

    def layers(self) -> list[dict]:
        return self.state.experiment.model.layers

    def select(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self.layers()):
            index = None
        self.selected = index
        if index is not None:
            self.show_properties_tab()
        self.stack.select(index)
        self._show_properties()
        self._update_buttons()

    def add_layer(self, kind: str = "Dense", position: int | None = None) -> None:
        """Adds a `kind` layer at `position`; by default after the selected layer, or before the
        output layer when none is selected."""
        layers = self.layers()
        if position is None:
            position = self.selected + 1 if self.selected is not None else max(0, len(layers) - 1)
        if kind == INPUT_KIND:
            position = 0  # inputs go on top; layers added after one take it
        layer = new_layer(kind, edits.names(layers))
        if kind == "Dense" and 0 < position <= len(layers) and layers[position - 1].get("class_name") == "Dense":
            # Like TensorFlow Playground: a new hidden layer starts like the one above it.
            above = layers[position - 1]["config"]
            layer["config"].update(units=above.get("units", 32), activation=above.get("activation", "relu"))
        self._set(edits.insert(layers, position, layer), self.tr("Add {0}").format(kind), select=position)

    def delete_layer(self, index: int) -> None:
        if 0 <= index < len(self.layers()) and len(self.layers()) > 1:
            name = layer_name(self.layers()[index], index)
            label = self.tr("Delete {0}").format(name)
            self._set(edits.delete(self.layers(), index), label, select=min(index, len(self.layers()) - 2))

    def move_layer(self, source: int, target: int) -> None:
        layers = self.layers()
        moved = edits.move(layers, source, target)
        new_index = target - (target > source)
        self._set(moved, self.tr("Move {0}").format(layer_name(layers[source], source)), select=new_index)

    def duplicate_layer(self, index: int) -> None:
        name = layer_name(self.layers()[index], index)
        self._set(edits.duplicate(self.layers(), index), self.tr("Duplicate {0}").format(name), select=index + 1)

    def copy_layer(self) -> None:
        if self.selected is not None:
            text = json.dumps({CLIPBOARD_FORMAT: [self.layers()[self.selected]]}, indent=1)
            QApplication.clipboard().setText(text)

    def paste_layers(self) -> None:
        try:
            pasted = json.loads(QApplication.clipboard().text())[CLIPBOARD_FORMAT]
        except (ValueError, KeyError, TypeError):
            self._show_message(self.tr("The clipboard holds no layers: copy a layer first (Ctrl+C)."))
            return
        position = self.selected + 1 if self.selected is not None else len(self.layers())
        self._set(edits.paste(self.layers(), position, pasted), self.tr("Paste layers"), select=position)

    def add_branch(self, index: int, kind: str = "Dense") -> None:
        layer = new_layer(kind, edits.names(self.layers()))
        self._set(edits.branch(self.layers(), index, layer), self.tr("Branch {0}").format(kind), select=index + 1)

    def add_shortcut(self, index: int) -> None:
        self._set(edits.shortcut(self.layers(), index), self.tr("Add shortcut"), select=index + 1)

    def connect_layers(self, source: str, target: str) -> None:
        label = self.tr("Connect {0} to {1}").format(source, target)
        self._set_or_explain(edits.connect(self.layers(), source, target), label)

    def disconnect_layers(self, source: str, target: str) -> None:
        label = self.tr("Disconnect {0} from {1}").format(source, target)
        self._set_or_explain(edits.disconnect(self.layers(), source, target), label)

    def set_config(self, index: int, key: str, value) -> None:
        layers = [dict(layer) for layer in self.layers()]
        cfg = dict(layers[index]["config"])
        if value is None:
            cfg.pop(key, None)
        else:
            cfg[key] = value
        layers[index]["config"] = cfg
        name = layer_name(layers[index], index)
        self._set(layers, self.tr("Change {0} of {1}").format(key, name), merge_key=f"{key}@{name}")

    def set_output(self, index: int, mark: dict | None) -> None:
        """Makes layer `index` one more output with `mark`'s settings, or (None) not an output."""
        layers = [dict(layer) for layer in self.layers()]
        old = layers[index].pop("output", None)
        if mark is not None:
            layers[index]["output"] = dict(mark)
        name = layer_name(layers[index], index)
        merge_key = None
        if old is not None and mark is not None:  # steps of one setting undo together
            changed = sorted(k for k in {*old, *mark} if old.get(k) != mark.get(k))
            merge_key = f"output.{','.join(changed)}@{name}"
        self._set(edits.normalise(layers), self.tr("Change output {0}").format(name), merge_key=merge_key)

    # Short names the tests and older callers use.
    def set_units(self, index: int, units: int) -> None:
        self.set_config(index, "units", int(units))

    def set_activation(self, index: int, activation: str) -> None:
        self.set_config(index, "activation", activation)

    # -- internals --------------------------------------------------------------------------------

    def _set(self, layers: list[dict], label: str, select: int | None = None, merge_key: str | None = None) -> None:
        if select is not None:
            self.selected = max(0, min(select, len(layers) - 1))
        before = self.state.experiment
        self.state.set_layers(layers, label=label, merge_key=merge_key)
        if self.state.experiment is before:  # nothing changed, so no notice came: show the selection
            self._refresh()

    def _set_or_explain(self, result: tuple[list[dict], str | None], label: str) -> None:
        """An edit that may be refused: apply it, or say why not."""
        layers, why = result
        if why:
            self._show_message(say(why))
        else:
            self._set(layers, label)

    def _on_property(self, key: str, value) -> None:
        index = self.selected
        if index is None:
            return
        if key == "name":
            self._set_or_explain(edits.rename(self.layers(), index, value), self.tr("Rename to {0}").format(value))
            self._show_properties()  # a refused name goes back to the layer's own
        elif key == "output":
            self.set_output(index, value)
        elif key == "inputs":
            layers = edits.with_names(edits.normalise(self.layers()))
            layers[index]["inputs"] = list(value) or [layer_name(layers[index - 1], index - 1) if index else "input"]
            self._set(edits.normalise(layers), self.tr("Change inputs of {0}").format(layer_name(layers[index], index)))
        else:
            self.set_config(index, key, value)

    def _on_add(self) -> None:
        self.add_layer(self.palette.current_kind() or "Dense")

    def _on_dup(self) -> None:
        if self.selected is not None:
            self.duplicate_layer(self.selected)

    def _on_delete(self) -> None:
        if self.selected is not None:
            self.delete_layer(self.selected)

    def _on_shift(self, step: int) -> None:
        i = self.selected
        if i is not None and 0 <= i + step < len(self.layers()):
            self.move_layer(i, i + step + (1 if step > 0 else 0))

    def _on_branch(self) -> None:
        kind = self.palette.current_kind() or "Dense"
        if self.selected is not None and kind != INPUT_KIND:
            self.add_branch(self.selected, kind)

    def _on_shortcut(self) -> None:
        if self.selected is not None:
            self.add_shortcut(self.selected)

    def show_properties_tab(self) -> None:
        self.side.setCurrentIndex(1)

    def _on_stack_selected(self, index: int) -> None:
        self.selected = None if index < 0 else index
        if self.selected is not None:
            self.show_properties_tab()
        self._show_properties()
        self._update_buttons()
        self.sigSelected.emit(index)

    def _on_state_changed(self, change: Change) -> None:
        # Shapes depend on the model and the data; of the training settings only the loss is
        # checked against the last layer (a learning rate must not redraw the stack and graph).
        if change.reshapes_network or "loss" in change.keys:
            self._refresh()

    def _refresh(self) -> None:
        exp = self.state.experiment
        layers = exp.model.layers
        self.nodes = exp.analyse()
        problems = {} if any(n.problem for n in self.nodes) else output_problems(exp, self.nodes)
        if self.selected is not None and self.selected >= len(layers):
            self.selected = len(layers) - 1 if layers else None
        self.outputs = tuple(o.index for o in exp.outputs[1:])
        self.stack.set_nodes(self.nodes, problems, self.selected, self.outputs)
        total = sum(n.params for n in self.nodes)
        frozen = sum(_non_trainable(layer, node) for layer, node in zip(layers, self.nodes[1:], strict=False))
        if any(_fine_tuned(layer) for layer in layers):  # which of the base's weights train: known once built
            text = self.tr(
                "Total: {0} parameters (part of the pretrained base trains: the status bar counts it once built)"
            ).format(f"{total:,}")
        elif frozen:
            text = self.tr("Total: {0} parameters ({1} trainable, {2} not)").format(
                f"{total:,}", f"{total - frozen:,}", f"{frozen:,}"
            )
        else:
            text = self.tr("Total: {0} parameters").format(f"{total:,}")
        self.total_label.setText(text)
        first = next((n for n in self.nodes if n.problem), None)
        if first is not None:
            self._show_message(self.tr("Layer {0} ({1}): {2}").format(first.index + 1, first.name, say(first.problem)))
        elif problems:
            index, problem = next(iter(problems.items()))
            name = self.nodes[index + 1].name
            if index == len(layers) - 1:
                self._show_message(self.tr("Last layer ({0}): {1}").format(name, say(problem)))
            else:
                self._show_message(self.tr("Output ({0}): {1}").format(name, say(problem)))
        else:
            self._show_message("")
        self._show_properties()
        self._update_buttons()
        self.sigNodesChanged.emit(self.nodes)

    def _show_properties(self) -> None:
        i = self.selected
        if i is None or i >= len(self.layers()):
            self.properties.show_layer(None, None, [])
            return
        above = ["input", *(n.name for n in self.nodes[1 : i + 1])]
        self.properties.show_layer(self.layers()[i], self.nodes[i + 1], above, self.state.experiment)

    def _update_buttons(self) -> None:
        chosen = self.selected is not None
        n = len(self.layers())
        self.buttons["duplicate"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen and n > 1)
        self.buttons["up"].setEnabled(chosen and self.selected > 0)
        self.buttons["down"].setEnabled(chosen and self.selected < n - 1)
        self.buttons["shortcut"].setEnabled(chosen and self.layers()[self.selected].get("class_name") != INPUT_KIND)
        self.buttons["branch"].setEnabled(chosen)

    def _show_message(self, text: str) -> None:
        self.problem_label.setText(("⚠ " + text) if text else "")


def _fine_tuned(layer: dict) -> bool:
    cfg = layer.get("config", {})
    return layer.get("class_name") == transfer.KIND and cfg.get("trainable", True) and cfg.get("fine_tune", 0) > 0


def _non_trainable(layer: dict, node: Node) -> int:
    if not layer.get("config", {}).get("trainable", True) or node.kind == transfer.KIND:
        return node.params  # a frozen pretrained base (fine-tuned ones are counted once built)
    if node.kind == "BatchNormalization" and node.shape:
        return 2 * node.shape[-1]  # the moving mean and variance
    return 0
