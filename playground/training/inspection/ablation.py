"""What silencing units costs (issue 19): the test loss and accuracy with units held at zero by
their masks (`training.network.unit_masks`), and every unit ranked by what silencing it alone
costs.

One compiled call evaluates the whole test set as the engine validates it — Keras's own
`test_step`, so the loss is the curves' val_loss and the accuracy theirs — with the masks as they
are. Silencing a unit is a mask assignment, so ranking every unit is one call per unit on the same
trace; every number is measured against the intact model (no unit silenced), the masks are put
back as they were afterwards, and the weights are never touched.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from playground.training.network import unit_masks
from playground.training.tf_setup import import_tensorflow

BATCH = 256  # test samples per step: what the engine validates with at most


@dataclass(frozen=True)
class Cost:
    """What silencing one unit alone does to the test loss and accuracy (None: no accuracy)."""

    layer: str
    unit: int
    loss: float  # the test loss with this unit silenced
    accuracy: float | None
    loss_change: float  # against the intact model: > 0 means the unit helped
    accuracy_change: float | None


class Ablation:
    """Evaluates `model` on the test set (x, y) with units silenced.

    Args:
        model: a compiled Keras model built by `build_model` (so it has its masks).
        x, y: the test inputs and targets as the model is trained on them.
        batch_size: samples per step. Defaults to BATCH.
    """

    def __init__(self, model, x, y, batch_size: int = BATCH):
        tf = import_tensorflow()
        self.model = model
        self._data = tuple(tf.nest.map_structure(lambda a: tf.constant(np.asarray(a, np.float32)), d) for d in (x, y))
        self._batch = int(batch_size)
        self._fn = tf.function(self._evaluate, jit_compile=False)
        self._accuracy_key: str | None = None

    @property
    def samples(self) -> int:
        first = self._data[0]
        return int((first[0] if isinstance(first, (list, tuple)) else first).shape[0])

    def evaluate(self) -> tuple[float, float | None]:
        """(test loss, test accuracy or None) with the masks as they are now."""
        result = {k: float(v) for k, v in self._fn().items()}
        if self._accuracy_key is None:
            self._accuracy_key = _accuracy_key(result)
        key = self._accuracy_key
        return result["loss"], (result[key] if key else None)

    def effects(self, silenced: dict) -> dict:
        """Applies `silenced` ({layer name: [units]}) to the model and says what it costs:
        {"silenced": what applied (unknown layers and units left out), "loss", "accuracy" (all of
        them silenced), "base_loss", "base_accuracy" (none), "costs": [Cost of each alone]}."""
        model = self.model
        try:
            unit_masks.silence(model, {})
            base_loss, base_accuracy = self.evaluate()
            applied = unit_masks.silence(model, silenced)
            alone = [(name, unit) for name, chosen in applied.items() for unit in chosen]
            loss, accuracy = self.evaluate() if applied else (base_loss, base_accuracy)
            costs = [_cost(*alone[0], loss, accuracy, base_loss, base_accuracy)] if len(alone) == 1 else []
            if len(alone) > 1:
                unit_masks.silence(model, {})
                costs = [self._cost(name, unit, base_loss, base_accuracy) for name, unit in alone]
        finally:
            applied = unit_masks.silence(model, silenced)
        return {
            "silenced": applied,
            "loss": loss,
            "accuracy": accuracy,
            "base_loss": base_loss,
            "base_accuracy": base_accuracy,
            "costs": costs,
        }

    def rank(self) -> tuple[list[Cost], float]:
        """Every unit that can be silenced, the one whose silencing raises the test loss most
        first; and the seconds it took. The masks are as they were afterwards."""
        model = self.model
        now = unit_masks.silenced(model)
        start = time.perf_counter()
        try:
            unit_masks.silence(model, {})
            base_loss, base_accuracy = self.evaluate()
            costs = [
                self._cost(name, unit, base_loss, base_accuracy)
                for name, n in unit_masks.units(model).items()
                for unit in range(n)
            ]
        finally:
            unit_masks.silence(model, now)
        costs.sort(key=lambda c: (-_finite(c.loss_change), c.layer, c.unit))
        return costs, time.perf_counter() - start

    def _cost(self, name: str, unit: int, base_loss: float, base_accuracy: float | None) -> Cost:
        mask = unit_masks.masks(self.model)[name]
        values = np.ones(int(mask.shape[0]), np.float32)
        values[unit] = 0.0
        mask.assign(values)
        try:
            loss, accuracy = self.evaluate()
        finally:
            mask.assign(np.ones_like(values))
        return _cost(name, unit, loss, accuracy, base_loss, base_accuracy)

    # -- compiled ----------------------------------------------------------------------------

    def _evaluate(self):
        tf = import_tensorflow()
        model = self.model
        data = self._data
        n = self.samples
        size = max(1, min(self._batch, n))
        full, rest = divmod(n, size)
        model.reset_metrics()
        batches = tf.nest.map_structure(lambda a: tf.reshape(a[: full * size], [full, size, *a.shape[1:]]), data)

        def body(i):
            model.test_step(tf.nest.map_structure(lambda a: tf.gather(a, i), batches))
            return (i + 1,)

        tf.while_loop(lambda i: i < full, body, (tf.constant(0),))
        if rest:
            model.test_step(tf.nest.map_structure(lambda a: a[full * size :], data))
        return {k: tf.cast(v, tf.float32) for k, v in model.get_metrics_result().items() if len(v.shape) == 0}


def _cost(name, unit, loss, accuracy, base_loss, base_accuracy) -> Cost:
    change = None if accuracy is None or base_accuracy is None else accuracy - base_accuracy
    return Cost(name, int(unit), loss, accuracy, loss - base_loss, change)


def _accuracy_key(result: dict) -> str | None:
    """The metric that is the accuracy: "accuracy" itself, else the first named so (a model with
    several outputs names it after the first output)."""
    if "accuracy" in result:
        return "accuracy"
    return next((k for k in result if k.endswith("accuracy")), None)


def _finite(value: float) -> float:
    """A NaN cost (a loss that overflowed) is ranked first: silencing that unit broke the model."""
    return float("inf") if not np.isfinite(value) else value
