"""The comparison engine: plain `model.fit` with Keras's own callbacks, one call per chunk of epochs."""

from __future__ import annotations

import numpy as np

from playground.training.engine.engine import float32
from playground.training.recipe.graph_callbacks import FLAGS
from playground.training.tf_setup import import_keras


class FitEngine:
    """Same interface as `Engine`, driven by `model.fit` (used by `--engine fit`, `bench`, and the
    tests that hold the fast engine's callbacks to Keras's). The experiment's callbacks are Keras's
    own objects; `finish()` is their `on_train_end`, since one run spans several `fit` calls."""

    jit = False

    def __init__(self, model, train, test, batch_size, seed=0, shuffle=True, epoch=0, schedule=None, callbacks=()):
        self.model = model
        self._train = tuple(float32(a) for a in train)
        self._test = tuple(float32(a) for a in test)
        self.batch_size = int(batch_size)
        self._shuffle = shuffle
        self._seed = seed
        self.epoch = int(epoch)
        self.keys: list[str] = []
        self.flags = list(FLAGS)
        self.events: list[dict] = []
        self.stopped_early = False
        self._schedule = schedule
        self.callbacks = [_keras_callback(c) for c in callbacks if c["class_name"] != "TerminateOnNaN"]
        self._begun = False

    @property
    def learning_rate(self) -> float:
        return float(np.asarray(self.model.optimizer.learning_rate))

    def set_learning_rate(self, lr: float) -> None:
        self.model.optimizer.learning_rate.assign(lr)

    def set_schedule(self, schedule) -> None:
        self._schedule = schedule

    def warm_up(self) -> float:
        return 0.0

    def finish(self) -> None:
        """The end of the run: Keras's `on_train_end` (EarlyStopping restores the best weights)."""
        for callback in self.callbacks:
            callback.on_train_end()

    def run(self, epochs: int) -> list[dict[str, float]]:
        keras = import_keras()
        rows: list[dict[str, float]] = []
        engine = self
        self.events = []

        class Collect(keras.callbacks.Callback):
            def on_train_batch_begin(self, batch, logs=None):
                if engine._schedule is not None:
                    opt = self.model.optimizer
                    opt.learning_rate.assign(engine._schedule(opt.iterations))

            def on_epoch_end(self, epoch, logs=None):
                row = {"epoch": epoch + 1, **{k: float(v) for k, v in (logs or {}).items()}}
                row["learning_rate"] = engine.learning_rate  # before ReduceLROnPlateau lowers it
                rows.append(row)
                if not np.isfinite(row.get("loss", np.nan)):
                    self.model.stop_training = True

        class Continue(keras.callbacks.Callback):
            """Keras's callbacks, kept across `fit` calls: begun once, ended by `finish`."""

            def __init__(self, inner):
                super().__init__()
                self.inner = inner

            def set_model(self, model):
                super().set_model(model)
                self.inner.set_model(model)

            def on_train_begin(self, logs=None):
                if not engine._begun:
                    self.inner.on_train_begin(logs)

            def on_epoch_end(self, epoch, logs=None):
                lr = engine.learning_rate
                self.inner.on_epoch_end(epoch, logs)
                engine._note(self.inner, epoch + 1, lr)

        x, y, *weights = self._train
        self.model.fit(
            x,
            y,
            sample_weight=weights[0] if weights else None,
            batch_size=self.batch_size,
            epochs=self.epoch + epochs,
            initial_epoch=self.epoch,
            validation_data=self._test,
            shuffle=self._shuffle,
            verbose=0,
            callbacks=[Collect(), *(Continue(c) for c in self.callbacks)],
        )
        self._begun = True
        self.epoch += len(rows)
        self.stopped_early = any(getattr(c, "stopped_epoch", 0) for c in self.callbacks)
        for row in rows:  # fit adds what it logs itself; keep the engine's columns
            row.pop("lr", None)
        if rows and not self.keys:
            self.keys = [k for k in rows[0] if k != "epoch"]
        return rows

    def _note(self, callback, epoch: int, lr_before: float) -> None:
        """The events the fast engine reports, read from Keras's callbacks' state."""
        name = type(callback).__name__
        if name == "EarlyStopping":
            if getattr(callback, "best_epoch", -1) == epoch - 1 and callback.wait == 0:
                self.events.append({"epoch": epoch, "kind": "best", "value": 1.0})
            if callback.stopped_epoch == epoch - 1 and self.model.stop_training:
                self.events.append({"epoch": epoch, "kind": "stopped", "value": 1.0})
        elif name == "ReduceLROnPlateau" and self.learning_rate != lr_before:
            self.events.append({"epoch": epoch, "kind": "lr_reduced", "value": self.learning_rate})


def _keras_callback(entry: dict):
    keras = import_keras()
    config = dict(entry.get("config", {}))
    return getattr(keras.callbacks, entry["class_name"])(**config)
