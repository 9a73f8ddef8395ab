"""The comparison engine: plain `model.fit`, one call per chunk of epochs."""

from __future__ import annotations

import numpy as np

from playground.training.engine import float32
from playground.training.tf_setup import import_keras


class FitEngine:
    """Same interface as `Engine`, driven by `model.fit` (used by `--engine fit` and `bench`)."""

    jit = False

    def __init__(self, model, train, test, batch_size, seed=0, shuffle=True, epoch=0):
        self.model = model
        self._train = tuple(float32(a) for a in train)
        self._test = tuple(float32(a) for a in test)
        self.batch_size = int(batch_size)
        self._shuffle = shuffle
        self._seed = seed
        self.epoch = int(epoch)
        self.keys: list[str] = []

    @property
    def learning_rate(self) -> float:
        return float(np.asarray(self.model.optimizer.learning_rate))

    def set_learning_rate(self, lr: float) -> None:
        self.model.optimizer.learning_rate.assign(lr)

    def warm_up(self) -> float:
        return 0.0

    def run(self, epochs: int) -> list[dict[str, float]]:
        keras = import_keras()
        rows: list[dict[str, float]] = []
        engine = self

        class Collect(keras.callbacks.Callback):
            def on_epoch_end(self, epoch, logs=None):
                row = {"epoch": epoch + 1, **{k: float(v) for k, v in (logs or {}).items()}}
                row["learning_rate"] = engine.learning_rate
                rows.append(row)
                if not np.isfinite(row.get("loss", np.nan)):
                    self.model.stop_training = True

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
            callbacks=[Collect()],
        )
        self.epoch += len(rows)
        if rows and not self.keys:
            self.keys = [k for k in rows[0] if k != "epoch"]
        return rows
