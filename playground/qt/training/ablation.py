"""Between the silenced units of the experiment and the training worker, in the GUI thread
(issue 19): a unit clicked off on the network picture or in the activation maps becomes an edit of
the experiment's `silenced` view setting (undoable, saved); every change of that setting — an
edit, an undo, an opened file, a new run — reaches the live model's masks, and what it costs on
the test set comes back to the pictures. "Which units matter" asks the worker for the ranking.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from playground.core.experiment.state import Change
from playground.core.network.layer_graph import layer_name
from playground.qt.i18n import translate
from playground.qt.training.run_states import BUILT

_KINDS = ("ablation", "ranking", "ablation_failed")


class QtSilencing(QObject):
    sigEffects = Signal(object)  # the worker's "ablation" answer (see ablation_commands)
    sigRanking = Signal(object)  # the worker's "ranking" answer
    sigMessage = Signal(str)  # what to tell the user (a layer silenced whole, a failure)

    def __init__(self, controller, worker) -> None:
        """`controller`: the QtTrainingController (its parent); `worker`: its QtTrainingWorker."""
        super().__init__(controller)
        self._control = controller
        self._worker = worker
        self.state = controller.state
        self.effects: dict | None = None  # the newest answer for the current run
        self.ranking: dict | None = None
        self.views: list = []  # the pictures' helpers (unit_silencing, channel_silencing)
        self.dialog = None  # the "Which units matter" list, once opened
        self.units: dict[str, int] = {}  # how many units each layer that can be silenced has
        self.keras_names: dict[str, str] = {}  # layer name → Keras's name of it (what the views show)
        worker.sigHandsOn.connect(self._on_hands_on)
        controller.sigLoaded.connect(self._on_loaded)
        self.sigMessage.connect(controller.sigMessage)  # to the status bar
        self.state.subscribe(self._on_state_changed)

    @property
    def silenced(self) -> dict[str, list[int]]:
        return self.state.experiment.silenced

    def attach(self, network_view=None, activations_tab=None) -> None:
        """Lets the neuron picture and the activation maps silence units and show the costs."""
        from playground.qt.inside.channel_silencing import QtChannelSilencing
        from playground.qt.network.unit_silencing import QtNeuronSilencing

        if network_view is not None:
            self.views.append(QtNeuronSilencing(network_view, self))
        if activations_tab is not None:
            self.views.append(QtChannelSilencing(activations_tab, self))
            # connected after the inside view's own: its tab shows the new maps first
            self._control.sigViews.connect(self._on_views)

    # -- user intent ----------------------------------------------------------------------------

    def toggle(self, layer: str, unit: int) -> None:
        """Silences unit `unit` of layer `layer`, or brings it back if it was silenced."""
        silenced = {name: list(units) for name, units in self.silenced.items()}
        units = silenced.setdefault(layer, [])
        if unit in units:
            units.remove(unit)
            label = translate("QtUnitSilencing", "Bring back {layer} unit {unit}").format(layer=layer, unit=unit + 1)
        else:
            units.append(unit)
            label = translate("QtUnitSilencing", "Silence {layer} unit {unit}").format(layer=layer, unit=unit + 1)
        self.state.set_silenced(silenced, label)

    def bring_all_back(self) -> None:
        if self.silenced:
            self.state.set_silenced({}, translate("QtUnitSilencing", "Bring back every unit"))

    def show_ranking(self) -> None:
        """Opens the "Which units matter" list and asks the worker for the ranking."""
        from playground.qt.network.unit_ranking import QtUnitRanking

        if self.dialog is None:
            parent = self.views[0].view.window() if self.views else None
            self.dialog = QtUnitRanking(parent)
            self.dialog.sigToggle.connect(self.toggle)
        self.dialog.waiting()
        if self.dialog.isVisible():
            self.dialog.raise_()  # open behind the window: brought to the front
        self.dialog.show()
        if not self.rank():
            self.dialog.heading.setText(
                translate("QtUnitSilencing", "The ranking needs a model: wait until it is built.")
            )

    def rank(self) -> bool:
        """Asks for every unit ranked by what silencing it costs; False while no model is built."""
        if self._control.run_state not in BUILT:
            self.sigMessage.emit(translate("QtUnitSilencing", "The ranking needs a model: wait until it is built."))
            return False
        self._worker.post("rank_units", self._control.token)
        return True

    def dense_names(self) -> list[str]:
        """The experiment's Dense layers' names, in order: the network picture's columns."""
        layers = self.state.experiment.model.layers
        return [layer_name(spec, i) for i, spec in enumerate(layers) if spec.get("class_name") == "Dense"]

    def layer_of(self, keras_name: str) -> str | None:
        """The layer's name in the experiment for Keras's name of it (None: nothing to silence)."""
        found = next((name for name, keras in self.keras_names.items() if keras == keras_name), None)
        return found or (keras_name if keras_name in self.units else None)

    def cost_of(self, layer: str, unit: int) -> dict | None:
        """What silencing this unit alone costs, from the newest answer (None: not known)."""
        for cost in (self.effects or {}).get("costs", []):
            if cost["layer"] == layer and cost["unit"] == unit:
                return cost
        return None

    # -- the worker and the state ---------------------------------------------------------------

    def _send(self) -> None:
        if self._control.run_state in BUILT:
            self._worker.post("silence", self._control.token, dict(self.silenced))

    def _on_state_changed(self, change: Change) -> None:
        if change.keys == ("silenced",) or (change.section == "experiment" and not change.revert):
            if not self.silenced:
                self.effects = None
            self._send()
            self._redraw()

    @Slot(object)
    def _on_loaded(self, info) -> None:
        """A new model: its masks start open, so the experiment's silenced units go to it."""
        self.effects, self.ranking, self.units = None, None, {}
        self._worker.post("silence", info["token"], dict(self.silenced))  # answers with the units too
        self._redraw()

    @Slot(object)
    def _on_views(self, _views) -> None:
        self._redraw()

    @Slot(object)
    def _on_hands_on(self, payload) -> None:
        token, kind, data = payload
        if kind not in _KINDS or token != self._control.token:
            return
        if kind == "ablation":
            self.effects, self.units = data, dict(data.get("units", {}))
            self.keras_names = dict(data.get("keras_names", {}))
            for layer in data.get("emptied", []):
                self.sigMessage.emit(emptied_message(layer))
            self.sigEffects.emit(data)
            self._redraw()
        elif kind == "ranking":
            self.ranking = data
            for cost in data.get("costs", []):
                self.units[cost["layer"]] = max(self.units.get(cost["layer"], 0), cost["unit"] + 1)
            if self.dialog is not None:
                self.dialog.set_ranking(data)
            self.sigRanking.emit(data)
        else:
            message = translate("QtUnitSilencing", "What silencing costs could not be worked out: {0}").format(
                data["message"]
            )
            self.sigMessage.emit(message)

    def _redraw(self) -> None:
        for view in self.views:
            view.redraw()

    def effects_text(self) -> str:
        return effects_text(self.effects if self.silenced else None)

    def cost_text(self, layer: str, unit: int) -> str:
        return cost_text(self.cost_of(layer, unit))


def emptied_message(layer: str) -> str:
    return translate(
        "QtUnitSilencing",
        "Every unit of {layer} is silenced: the layer outputs zeros, so the layers after it see only "
        "their biases. Bring a unit back to let information through again.",
    ).format(layer=layer)


def effects_text(effects: dict | None) -> str:
    """One line: how many units are silenced and the test loss and accuracy before → now."""
    if not effects or not effects.get("silenced") or effects.get("loss") is None:
        return ""
    n = sum(len(units) for units in effects["silenced"].values())
    text = translate("QtUnitSilencing", "{n} silenced: test loss {before:.3f} → {now:.3f}").format(
        n=n, before=effects["base_loss"], now=effects["loss"]
    )
    if effects.get("accuracy") is not None and effects.get("base_accuracy") is not None:
        text += translate("QtUnitSilencing", ", accuracy {before:.1%} → {now:.1%}").format(
            before=effects["base_accuracy"], now=effects["accuracy"]
        )
    for layer in effects.get("emptied", []):
        text += "\n" + emptied_message(layer)
    return text


def cost_text(cost: dict | None) -> str:
    """What silencing one unit costs, short enough to stand beside it: "loss +0.41, acc −21%"."""
    if cost is None:
        return ""
    text = translate("QtUnitSilencing", "loss {change:+.3f}").format(change=cost["loss_change"])
    if cost.get("accuracy_change") is not None:
        text += "\n" + translate("QtUnitSilencing", "acc {change:+.1%}").format(change=cost["accuracy_change"])
    return text
