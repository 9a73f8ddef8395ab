"""What the network picture's editor asks of the model being trained (issue 19): a weight or a bias
set by hand — while paused, while training, or on an earlier epoch of the timeline, which then
branches the run as going on from it does — and neurons or hidden layers added or removed through
the experiment's state, the model built anew keeping the weights that remain (and the silenced
units where their neurons went), as it is again when such an edit is undone or redone. The editor
open on a weight or a bias follows its value while training moves it.

Apart from `QtTrainingController`: the worker's answers (`sigHandsOn`, kinds of
`weight_commands`) arrive queued at this GUI-thread object's slot; a weight's answer carries the
model's snapshot, handed to the output and the network view at once rather than at the next
frame, so dragging a weight feels direct. While one edit is on its way only the newest waits.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QObject, QTimer, Slot

from playground.core.experiment.state import Change
from playground.core.network import dense_edits
from playground.qt.i18n import say
from playground.qt.network.weight_popup import value_text
from playground.qt.training.run_states import BUILT, RUNNING

IN_FLIGHT_S = 2.0  # an answer this late is taken as lost: the next edit goes out anyway
_KINDS = ("weight_set", "weight_losses", "bias", "weights_carried", "refused")


class QtWeightEditing(QObject):
    def __init__(self, controller, worker) -> None:
        """`controller`: the QtTrainingController whose model is edited (its parent: this object
        lives in the GUI thread too); `worker`: its QtTrainingWorker, which edits."""
        super().__init__(controller)
        self._control = controller
        self._worker = worker
        self.editor = None  # the network picture's QtWeightEditor, once attached
        self._sent_at: float | None = None  # when the edit on its way was sent
        self._waiting: tuple | None = None  # the newest edit made meanwhile
        self.last: dict | None = None  # the worker's answer to the newest edit (tests read it)
        self.carried = 0  # models built anew that took the old weights (tests wait for it)
        self.resizing = False  # a + / − edit is being made: the new run keeps the weights that remain
        self.losses: dict | None = None  # the model's losses after the newest whole edit
        # (layers before, layers after) → which weights the model built after keeps: every + / −
        # edit notes its plan and the plan back, for the edit, its undo and its redo.
        self._plans: dict[tuple[str, str], list] = {}
        self._carrying: tuple | None = None  # (layers, plan) of a model about to be built
        self._bias_asked: float | None = None  # when the bias the editor shows was asked for
        worker.sigHandsOn.connect(self._on_hands_on)
        # Before the controller's own listener (it subscribes after making this object): the
        # weights are noted while the model that has them is still the worker's.
        controller.state.subscribe(self._on_state_changed)

    def attach(self, editor) -> None:
        """Listens to the network picture's editor (`qt.network.weight_editor.QtWeightEditor`)."""
        self.editor = editor
        editor.sigWeightEdited.connect(self.set_weight)
        editor.sigBiasEdited.connect(self.set_bias)
        editor.sigBiasWanted.connect(self.read_bias)
        editor.sigUnitsChanged.connect(self.change_units)
        editor.sigLayerAdded.connect(self.add_layer)
        editor.sigLayerRemoved.connect(self.remove_layer)
        # After the picture's own (connected before): the open editor shows the value drawn.
        self._control.sigSnapshotDetail.connect(self._follow)

    # -- weights and biases -------------------------------------------------------------------

    def _layer(self, k: int) -> int | None:
        """Dense layer `k` (as the picture counts) if the model being trained has it."""
        layers = self._control.loaded_experiment.model.layers
        return k if 0 <= k < len(dense_edits.dense_positions(layers)) else None

    def _editable(self) -> bool:
        """Whether there is a model to edit; says why not when there is none."""
        c = self._control
        if c.run_state in BUILT and not c.book.stopped:
            return True
        c.sigMessage.emit(self.tr("There is no model to edit yet: wait until it is built, or press Play."))
        return False

    def set_weight(self, layer: int, row: int, col: int, value: float, final: bool = True) -> None:
        """Sets the weight from input `row` to neuron `col` of Dense layer `layer`."""
        self._edit(layer, row, col, value, final)

    def set_bias(self, layer: int, unit: int, value: float, final: bool = True) -> None:
        """Sets the bias of neuron `unit` of Dense layer `layer`."""
        self._edit(layer, unit, None, value, final)

    def _edit(self, layer: int, row: int, col: int | None, value: float, final: bool) -> None:
        name = self._layer(layer)
        if name is None or not self._editable():
            return
        c = self._control
        if c.viewing is not None:  # an earlier epoch on show: the run goes on from there, edited
            c.go_on_from(c.viewing)
        command = (name, int(row), col if col is None else int(col), float(value), bool(final))
        busy = self._sent_at is not None and time.perf_counter() - self._sent_at < IN_FLIGHT_S
        if busy:
            self._waiting = command
            return
        self._send(command)

    def _send(self, command: tuple) -> None:
        self._sent_at = time.perf_counter()
        self._worker.post("set_weight", self._control.token, *command)

    def read_bias(self, layer: int, unit: int) -> None:
        """Asks for the bias of neuron `unit` of Dense layer `layer` (as the views show it: at the
        earlier epoch on show, if any); the editor is told."""
        name = self._layer(layer)
        if name is not None and self._control.run_state in BUILT:
            self._bias_asked = time.perf_counter()
            self._worker.post("read_bias", self._control.token, name, int(unit), self._control.viewing)

    @Slot(object)
    def _follow(self, snapshot) -> None:
        """A new snapshot on the picture: the editor open on a weight shows its value now; one open
        on a bias asks for it again (one question at a time), as training moves it on."""
        if self.editor is None or not self.editor.follow(snapshot):
            return
        asked = self._bias_asked is not None and time.perf_counter() - self._bias_asked < IN_FLIGHT_S
        if not asked and self.editor.popup.value() is not None:
            self.read_bias(*self.editor.editing[:2])

    # -- neurons and layers -------------------------------------------------------------------

    def change_units(self, layer: int, step: int) -> None:
        """One neuron more (`step` 1) or fewer (−1) in hidden Dense layer `layer`."""
        if step > 0:
            self._resize(dense_edits.add_unit, (layer,), self.tr("Add a neuron"))
        else:
            self._resize(dense_edits.remove_unit, (layer,), self.tr("Remove a neuron"))

    def add_layer(self, gap: int) -> None:
        """A hidden layer before Dense layer `gap`."""
        self._resize(dense_edits.add_layer, (gap,), self.tr("Add a hidden layer"))

    def remove_layer(self, layer: int) -> None:
        self._resize(dense_edits.remove_layer, (layer,), self.tr("Remove a hidden layer"))

    def _resize(self, edit, args: tuple, label: str) -> None:
        """Edits the experiment's layers through its state (one undo step, a new run); the model
        built next keeps the weights that remain of the one being trained, and the silenced units
        follow their neurons. The plan there and back is noted: undo and redo keep them too."""
        c = self._control
        exp = c.state.experiment
        layers = exp.model.layers
        try:
            new_layers, plan = edit(layers, *args)
        except (ValueError, IndexError) as exc:
            c.sigMessage.emit(say(exc) if isinstance(exc, ValueError) else str(exc))
            return
        self._plans[_key(layers, new_layers)] = plan
        self._plans[_key(new_layers, layers)] = dense_edits.inverse(plan, layers)
        new = exp.copy()
        new.model.layers = [{**layer, "config": dict(layer.get("config", {}))} for layer in new_layers]
        new.silenced = dense_edits.silenced_after(exp.silenced, layers, new_layers, plan)
        # The question before a new run says the weights stay when there is a model to take them.
        self.resizing = c.run_state in BUILT and not c.book.stopped and layers == c.loaded_experiment.model.layers
        try:
            c.state.load(new, label)  # the layers and the silenced units together: one undo step
        finally:
            self.resizing = False

    def _on_state_changed(self, change: Change) -> None:
        """Before the controller hears of it (subscribed first): the layers are about to change
        from the model's to ones a + / − edit noted a plan for — the edit itself, its undo or its
        redo. The worker notes the weights now; they go into the model built next."""
        c = self._control
        if change.section == "experiment" and not change.revert:
            self._plans.clear()  # another experiment: the undo steps these were for are gone
        if change.section != "model" or change.revert or change.rebuild or c.state.error is not None:
            return
        if c.run_state not in BUILT or c.book.stopped:
            return
        layers = c.state.experiment.model.layers
        plan = self._plans.get(_key(c.loaded_experiment.model.layers, layers))
        if plan is None:
            return
        if c.viewing is not None:  # an earlier epoch on show: its weights are the ones kept
            c.go_on_from(c.viewing)
        self._worker.post("keep_weights", c.token)
        self._carrying = (_text(layers), plan)
        QTimer.singleShot(0, self._carry)

    @Slot()
    def _carry(self) -> None:
        """The controller has started the new run: its model's load goes now (it would go at its
        next turn of the event loop), so the weights go right after it in the worker's queue."""
        if self._carrying is None:
            return
        (target, plan), self._carrying = self._carrying, None
        c = self._control
        if _text(c.state.experiment.model.layers) != target:
            return  # the layers changed again meanwhile: that model is built as it comes
        c._post_load()
        self._worker.post("carry_weights", c.token, plan)

    # -- the worker's answers (queued to this GUI-thread object) --------------------------------

    @Slot(object)
    def _on_hands_on(self, payload) -> None:
        token, kind, data = payload
        if kind not in _KINDS:
            return  # another hands-on command's answer
        c = self._control
        if kind in ("weight_set", "refused"):
            self._sent_at = None
            if self._waiting is not None:
                command, self._waiting = self._waiting, None
                self._send(command)
        if token != c.token:
            return
        if kind == "refused":
            c.sigMessage.emit(data["message"])
        elif kind == "bias" and self.editor is not None:
            self._bias_asked = None
            self.editor.show_bias(data["layer"], data["unit"], data["value"], data["epoch"])
        elif kind == "weights_carried":
            self.carried += 1
        elif kind == "weight_set":
            self.last = data
            if c.run_state != RUNNING and c.viewing is None:
                # Shown at once, not at the next frame: the output, then the neurons.
                c.frames.pending_snapshot = c.frames.shown_snapshot = None
                c.sigSnapshot.emit(data["snapshot"])
                c.sigSnapshotDetail.emit(data["snapshot"])
        elif kind == "weight_losses":
            self.losses = data
            c.sigMessage.emit(self._said(data))

    def _said(self, data: dict) -> str:
        """The status line after a weight or bias was set: what it was, and the losses now."""
        what = self.tr("Bias") if data["col"] is None else self.tr("Weight")
        text = self.tr("{0} set to {1} (it was {2}).").format(what, value_text(data["value"]), value_text(data["old"]))
        if data.get("loss") is not None:
            text += " " + self.tr("Training loss now {0}").format(f"{data['loss']:.4g}")
            if data.get("val_loss") is not None:
                text += self.tr(", test loss {0}").format(f"{data['val_loss']:.4g}")
            text += "."
        return text


def _text(layers: list[dict]) -> str:
    """A layer list as JSON: equal lists, equal texts."""
    return json.dumps(layers, sort_keys=True, default=str)


def _key(before: list[dict], after: list[dict]) -> tuple[str, str]:
    """Two layer lists as a key of the plans."""
    return _text(before), _text(after)
