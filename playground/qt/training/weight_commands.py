"""Worker commands that edit the live model's weights and biases, and add or remove neurons and
layers keeping the weights that remain (issue 19).

Mixed into `QtTrainingWorker`: `worker.post("<command>", ...)` runs `_do_<command>` on the worker
thread, between two compiled calls; answers leave as `sigHandsOn` (token, kind, data), queued to
the GUI thread. Kinds sent from here:

- "weight_set": {"layer", "row", "col" (None for a bias), "value", "old", "final", "snapshot"}:
  the views redraw from the snapshot at once, without waiting for the next epoch.
- "weight_losses": after a `final` edit, {"layer", "row", "col", "value", "old", "loss",
  "val_loss"}: the model's losses on the training and test data now (each None if unknown).
- "bias": {"layer", "unit", "value" (None: the layer has no biases), "epoch" (when it is from)}: a bias read.
- "weights_carried": {"layers": how many Dense layers kept old weights}.
- "refused": {"message"}: a value no weight can take (NaN, inf, beyond ±1e6).
"""

from __future__ import annotations

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.qt.i18n import say


class WeightEditCommands:
    """The `_do_` methods of these commands (they use the worker's `_session`, `_token` and `_ready`)."""

    def _do_set_weight(self, token, layer, row, col, value, final=False) -> None:
        """Sets one weight of Dense layer `layer` (counted from 0 as the picture counts, or a
        layer's name) from input `row` to neuron `col`; with `col` None, the bias of neuron `row`.
        `final`: the last of a drag (or a typed value): the curves get a mark, the timeline keeps
        the edited weights at this epoch, and the model's losses now follow ("weight_losses")."""
        if not self._ready(token):
            return
        from playground.training.network import weight_edits

        session = self._session
        try:
            if col is None:
                old = weight_edits.set_bias(session.model, layer, int(row), value)
            else:
                old = weight_edits.set_weight(session.model, layer, int(row), int(col), value)
        except ValueError as exc:
            self.sigHandsOn.emit((token, "refused", {"message": say(exc)}))
            return
        data = {"layer": layer, "row": int(row), "col": col, "value": float(value), "old": old, "final": bool(final)}
        # The pictures first: they are what the user watches while dragging or after typing.
        data["snapshot"] = session.snapshot(views=not self._running)
        self.sigHandsOn.emit((token, "weight_set", data))
        if not final:
            return
        session.events.append(_edit_event(session.epoch, layer, row, col, float(value)))
        if session.timeline is not None and session.epoch in session.timeline.epochs:
            session.timeline.record(session.epoch, session.state_arrays(), force=True)
        if not self._running:
            self._emit()  # the mark reaches the curves
        said = {key: data[key] for key in ("layer", "row", "col", "value", "old")}
        self.sigHandsOn.emit((token, "weight_losses", {**said, **_losses(session)}))

    def _do_read_bias(self, token, layer, unit, epoch=None) -> None:
        """The bias of neuron `unit` of Dense layer `layer`: now, or at a kept earlier `epoch`."""
        if not self._ready(token):
            return
        from playground.training.network import weight_edits

        session = self._session
        if epoch is None or epoch == session.epoch:
            value = weight_edits.bias_of(session.model, layer, int(unit))
        else:
            now = [w.numpy() for w in session.model.weights]
            try:
                session._assign_weights(session.timeline.get(int(epoch)))
                value = weight_edits.bias_of(session.model, layer, int(unit))
            finally:
                session._assign_weights(now)
        at = session.epoch if epoch is None else int(epoch)
        self.sigHandsOn.emit((token, "bias", {"layer": layer, "unit": int(unit), "value": value, "epoch": at}))

    def _do_keep_weights(self, token) -> None:
        """Notes the Dense weights of the model now: a model built next (neurons or layers added
        or removed) takes what remains of them with `carry_weights`."""
        if not self._ready(token):
            return
        from playground.training.network.weight_edits import dense_weights

        self._kept_dense = dense_weights(self._session.model)

    def _do_carry_weights(self, token, plan) -> None:
        """Puts the weights noted by `keep_weights` into the model just built, as `plan`
        (`core.network.dense_edits.Carry` per Dense layer) says; the views and the timeline's
        first epoch show them."""
        old = getattr(self, "_kept_dense", None)
        if not self._ready(token) or old is None:
            return
        from playground.training.network.weight_edits import carry_over

        session = self._session
        taken = carry_over(old, session.model, plan)
        self._kept_dense = None
        session._initial_weights = [w.numpy() for w in session.model.weights]
        if session.timeline is not None and session.epoch in session.timeline.epochs:
            session.timeline.record(session.epoch, session.state_arrays(), force=True)
        self.sigHandsOn.emit((token, "weights_carried", {"layers": taken}))
        if not self._running:
            self._emit()


def _losses(session) -> dict:
    """The model's loss on the training and the test data now (None each where it cannot say)."""
    found = {"loss": None, "val_loss": None}
    for key, x, y in (("loss", session.x_train, session.y_train), ("val_loss", session.x_test, session.y_test)):
        try:
            if len(x):
                result = session.model.evaluate(x, y, batch_size=1024, verbose=0, return_dict=True)
                found[key] = float(result["loss"])
        except Exception:  # a loss the model cannot work out alone (several outputs): not shown
            pass
    return found


def _shown(layer) -> str:
    """A Dense layer as the picture's titles number it (from 1), or by its name."""
    return str(layer + 1) if isinstance(layer, int) else str(layer)


def _edit_event(epoch: int, layer: str, row, col, value: float) -> dict:
    """The curves' mark of a weight set by hand."""
    if col is None:
        text = Message(
            QT_TRANSLATE_NOOP("weight_commands", "layer {layer}: bias of neuron {unit} set to {value:.4g}"),
            layer=_shown(layer),
            unit=int(row) + 1,
            value=value,
        )
    else:
        text = Message(
            QT_TRANSLATE_NOOP("weight_commands", "layer {layer}: weight {row}→{col} set to {value:.4g}"),
            layer=_shown(layer),
            row=int(row) + 1,
            col=int(col) + 1,
            value=value,
        )
    return {"epoch": int(epoch), "kind": "changed", "text": text}
