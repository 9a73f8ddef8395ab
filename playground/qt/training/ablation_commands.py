"""Worker commands that silence hidden units or channels of the live model (held at zero, never
baked into the weights) and rank them by what silencing costs (issue 19).

Mixed into `QtTrainingWorker`: `worker.post("<command>", ...)` runs `_do_<command>` on the worker
thread, between two compiled calls; answers leave as `sigHandsOn` (token, kind, data), queued to
the GUI thread. Kinds sent from here:

- "ablation": {"silenced": {layer: [units]} as applied, "units": {layer: how many it has},
  "keras_names": {layer: Keras's name of it (what the views call it)},
  "loss", "accuracy", "base_loss", "base_accuracy" (test set, with and without the silenced
  units; accuracy None without one), "costs": [dict of `ablation.Cost`, each unit alone],
  "emptied": [layers with every unit silenced]}; a fresh snapshot follows when paused.
- "ranking": {"costs": [dict of `ablation.Cost`, the costliest first], "seconds", "samples"}.
- "ablation_failed": {"message"}: why the costs could not be worked out (the masks still apply).
"""

from __future__ import annotations

from dataclasses import asdict

from playground.qt.i18n import say


class AblationCommands:
    """The `_do_` methods of these commands (they use the worker's `_session`, `_token` and `_ready`)."""

    def _do_silence(self, token, silenced) -> None:
        """Holds the units of `silenced` ({layer name: [units]}) at zero and every other at its
        output; answers with what that costs on the test set (nothing silenced: only the units)."""
        if not self._ready(token):
            return
        from playground.training.network import unit_masks

        model = self._session.model
        before = unit_masks.silenced(model)
        applied = unit_masks.silence(model, dict(silenced or {}))
        units = unit_masks.units(model)
        data = {"silenced": applied, "units": units, "keras_names": unit_masks.keras_names(model), "costs": []}
        data.update(loss=None, accuracy=None)
        data.update(base_loss=None, base_accuracy=None)
        data["emptied"] = [name for name, chosen in applied.items() if len(chosen) == units[name]]
        if applied:
            try:
                found = self._ablation().effects(applied)
            except Exception as exc:  # the masks apply all the same; the window says why no costs
                self.sigHandsOn.emit((token, "ablation_failed", {"message": say(exc)}))
            else:
                data.update(found, costs=[asdict(c) for c in found["costs"]])
        self.sigHandsOn.emit((token, "ablation", data))
        if not self._running and (applied or before):
            self._emit()  # the views redraw with the units silenced

    def _do_rank_units(self, token) -> None:
        """Every unit ranked by how much silencing it alone raises the test loss."""
        if not self._ready(token):
            return
        try:
            ablation = self._ablation()
            costs, seconds = ablation.rank()
            data = {"costs": [asdict(c) for c in costs], "seconds": seconds, "samples": ablation.samples}
            self.sigHandsOn.emit((token, "ranking", data))
        except Exception as exc:  # answered all the same: the window waits for the answer
            self.sigHandsOn.emit((token, "ablation_failed", {"message": say(exc)}))

    def _ablation(self):
        """The session's `Ablation` (its compiled evaluation is kept while the model is the same)."""
        from playground.training.inspection.ablation import Ablation

        session = self._session
        kept = getattr(self, "_kept_ablation", None)
        if kept is None or kept.model is not session.model:
            kept = Ablation(session.model, session.x_test, session.y_test)
            self._kept_ablation = kept
        return kept
