"""Keras's EarlyStopping, ReduceLROnPlateau and ModelCheckpoint, run inside the compiled epoch loop.

The fast engine trains many epochs per call, so a Python callback between epochs would cost the
speed it exists for. Each callback's state (best value, wait counter, cooldown, best weights) lives
in TensorFlow variables and its `on_epoch_end` is the same arithmetic as Keras's, as tensors — a
test drives Keras's own callbacks beside them and compares. What must touch files or Python state
(restoring weights at the end, writing the checkpoint) happens between calls, in `Session`.
"""

from __future__ import annotations

from playground.core.recipe import callback_replays
from playground.training.tf_setup import import_tensorflow

# Per-epoch flags written beside the history row; `Session` turns them into events.
FLAGS = ("_best", "_stopped", "_lr_reduced", "_checkpoint")


class _Monitor:
    """A best value of one monitored column, with Keras's `_is_improvement` (min_delta included)."""

    def __init__(self, tf, keys: list[str], monitor: str, min_delta: float, name: str):
        self.index = keys.index(monitor)
        self.maximise = callback_replays.mode(monitor) == "max"
        # Keras negates min_delta for "min" and then asks `current - min_delta` to beat the best.
        self.delta = abs(float(min_delta)) * (1.0 if self.maximise else -1.0)
        self.best = tf.Variable(0.0, dtype=tf.float32, trainable=False, name=f"{name}_best")
        self.has_best = tf.Variable(False, trainable=False, name=f"{name}_has_best")

    def improved(self, tf, current):
        shifted = current - self.delta
        beats = shifted > self.best if self.maximise else shifted < self.best
        return tf.logical_or(tf.logical_not(self.has_best), beats)

    def keep(self, tf, current, improved):
        self.best.assign(tf.where(improved, current, self.best))
        self.has_best.assign(tf.logical_or(self.has_best, improved))

    def reset(self):
        self.best.assign(0.0)
        self.has_best.assign(False)


class GraphCallbacks:
    """The experiment's callbacks for a model trained by `Engine`.

    Args:
        model: the compiled Keras model (its weights are copied for restore_best_weights and the
            checkpoint; its optimizer's learning rate is lowered on a plateau).
        keys: the engine's row columns (monitors are looked up there).
        callbacks: the experiment's `training.callbacks` entries, every setting given.
    """

    def __init__(self, model, keys: list[str], callbacks: list[dict]):
        tf = import_tensorflow()
        self.model = model
        configs = {c["class_name"]: dict(c.get("config", {})) for c in callbacks}
        self.early = configs.get("EarlyStopping")
        self.plateau = configs.get("ReduceLROnPlateau")
        self.checkpoint = configs.get("ModelCheckpoint")
        self.terminate_on_nan = "TerminateOnNaN" in configs
        self.best_epoch = tf.Variable(-1, dtype=tf.int64, trainable=False, name="es_best_epoch")
        self.best_weights = self.checkpoint_weights = None
        if self.early:
            cfg = self.early
            self._es = _Monitor(tf, keys, cfg.get("monitor", "val_loss"), cfg.get("min_delta", 0.0), "es")
            self._es_wait = tf.Variable(0, dtype=tf.int64, trainable=False, name="es_wait")
            if cfg.get("restore_best_weights", False):
                self.best_weights = _copies(tf, model, "es")
        if self.plateau:
            cfg = self.plateau
            self._lr = _Monitor(tf, keys, cfg.get("monitor", "val_loss"), cfg.get("min_delta", 1e-4), "plateau")
            self._lr_wait = tf.Variable(0, dtype=tf.int64, trainable=False, name="plateau_wait")
            self._cooldown = tf.Variable(0, dtype=tf.int64, trainable=False, name="plateau_cooldown")
        if self.checkpoint:
            cfg = self.checkpoint
            self._ck = _Monitor(tf, keys, cfg.get("monitor", "val_loss"), 0.0, "checkpoint")
            self.checkpoint_weights = _copies(tf, model, "checkpoint")
            self.checkpoint_epoch = tf.Variable(-1, dtype=tf.int64, trainable=False, name="checkpoint_epoch")

    def epoch_end(self, epoch, values):
        """One epoch's end, inside the compiled loop. `epoch` is 0-based (Keras's), `values` the
        row as a float32 vector. Returns (stop training?, the FLAGS as float32 scalars)."""
        tf = import_tensorflow()
        zero = tf.constant(0.0)
        best, stopped, reduced, saved = zero, tf.constant(False), zero, zero
        if self.early:
            best, stopped = self._early_stopping(tf, epoch, values)
        if self.plateau:
            reduced = self._reduce_lr(tf, values)
        if self.checkpoint:
            saved = self._save_best(tf, epoch, values)
        return stopped, [best, tf.cast(stopped, tf.float32), reduced, saved]

    def _early_stopping(self, tf, epoch, values):
        cfg, monitor = self.early, self._es
        current = values[monitor.index]
        counted = epoch >= int(cfg.get("start_from_epoch", 0))
        improved = tf.logical_and(counted, monitor.improved(tf, current))
        wait = self._es_wait + 1
        self._es_wait.assign(tf.where(counted, tf.where(improved, tf.constant(0, tf.int64), wait), self._es_wait))
        monitor.keep(tf, current, improved)
        self.best_epoch.assign(tf.where(improved, epoch, self.best_epoch))
        if self.best_weights is not None:
            _copy_if(tf, improved, self.model.weights, self.best_weights)
        patience = int(cfg.get("patience", 0))
        stop = counted & ~improved & (self._es_wait >= patience) & (epoch > 0)
        return tf.cast(improved, tf.float32), stop

    def _reduce_lr(self, tf, values):
        cfg, monitor = self.plateau, self._lr
        current = values[monitor.index]
        in_cooldown = self._cooldown > 0
        self._cooldown.assign(tf.where(in_cooldown, self._cooldown - 1, self._cooldown))
        self._lr_wait.assign(tf.where(in_cooldown, tf.constant(0, tf.int64), self._lr_wait))
        improved = monitor.improved(tf, current)
        monitor.keep(tf, current, improved)
        still_cooling = self._cooldown > 0
        waiting = ~improved & ~still_cooling
        self._lr_wait.assign(tf.where(improved, tf.constant(0, tf.int64), self._lr_wait + tf.cast(waiting, tf.int64)))
        lr = self.model.optimizer.learning_rate
        old = tf.cast(tf.convert_to_tensor(lr), tf.float32)
        min_lr = float(cfg.get("min_lr", 0.0))
        reduce = waiting & (self._lr_wait >= int(cfg.get("patience", 10))) & (old > min_lr)
        new = tf.maximum(old * float(cfg.get("factor", 0.1)), min_lr)
        lr.assign(tf.where(reduce, new, old))
        self._cooldown.assign(tf.where(reduce, tf.constant(int(cfg.get("cooldown", 0)), tf.int64), self._cooldown))
        self._lr_wait.assign(tf.where(reduce, tf.constant(0, tf.int64), self._lr_wait))
        return tf.where(reduce, new, 0.0)

    def _save_best(self, tf, epoch, values):
        monitor = self._ck
        current = values[monitor.index]
        save = monitor.improved(tf, current) if self.checkpoint.get("save_best_only", True) else tf.constant(True)
        # NaN never beats a best; but Keras saves the first value it sees, even NaN.
        monitor.keep(tf, current, save)
        _copy_if(tf, save, self.model.weights, self.checkpoint_weights)
        self.checkpoint_epoch.assign(tf.where(save, epoch, self.checkpoint_epoch))
        return tf.cast(save, tf.float32)

    # -- between calls (eager) ------------------------------------------------------------------

    def reset(self) -> None:
        """Forgets what the callbacks saw (a run that goes back to an earlier epoch starts them
        afresh there, as a new `fit` from those weights would)."""
        self.best_epoch.assign(-1)
        if self.early:
            self._es.reset()
            self._es_wait.assign(0)
        if self.plateau:
            self._lr.reset()
            self._lr_wait.assign(0)
            self._cooldown.assign(0)
        if self.checkpoint:
            self._ck.reset()
            self.checkpoint_epoch.assign(-1)

    def restore_best(self) -> int | None:
        """Puts the best epoch's weights back (EarlyStopping's restore_best_weights, as Keras does
        at the end of training); returns that epoch (1-based), or None if there is nothing to restore."""
        epoch = int(self.best_epoch.numpy())
        if self.best_weights is None or epoch < 0:
            return None
        for weight, copy in zip(self.model.weights, self.best_weights, strict=True):
            weight.assign(copy)
        return epoch + 1

    def with_checkpoint_weights(self, action) -> None:
        """Runs `action()` (saving the model) with the best checkpoint's weights in place, then
        puts the current weights back."""
        current = [w.numpy() for w in self.model.weights]
        for weight, copy in zip(self.model.weights, self.checkpoint_weights, strict=True):
            weight.assign(copy)
        try:
            action()
        finally:
            for weight, value in zip(self.model.weights, current, strict=True):
                weight.assign(value)


def _copies(tf, model, prefix: str) -> list:
    return [tf.Variable(w.numpy(), trainable=False, name=f"{prefix}_copy_{i}") for i, w in enumerate(model.weights)]


def _copy_if(tf, condition, sources, targets) -> None:
    def copy():
        for source, target in zip(sources, targets, strict=True):
            target.assign(tf.convert_to_tensor(source))
        return tf.constant(True)

    tf.cond(condition, copy, lambda: tf.constant(False))
