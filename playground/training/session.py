"""One run of an experiment, without any window: data, model, engine, history and view probe.

The GUI worker and the command line both drive a Session, so what one shows the other reproduces.
"""

from __future__ import annotations

import numpy as np

from playground.core import datasets
from playground.core.experiment import Experiment, validate
from playground.core.history import History
from playground.core.layer_graph import dense_picture_ok
from playground.core.snapshot import Snapshot
from playground.training.engine import Engine
from playground.training.fit_engine import FitEngine
from playground.training.model_builder import build_model
from playground.training.probe import Probe

RESOLUTION = 50  # heatmap grid side; TF Playground draws its boundary from a similar grid


class Session:
    """Builds everything a run needs.

    Args:
        experiment: the validated experiment.
        engine: "fast" (the compiled engine) or "fit" (plain `model.fit`). Defaults to "fast".
        weight_seed: seeds the initial weights. Defaults to the experiment's seed.
        dataset: reuse already generated data. Defaults to generating it from the experiment.
    """

    def __init__(
        self,
        experiment: Experiment,
        engine: str = "fast",
        weight_seed: int | None = None,
        dataset: datasets.Dataset | None = None,
        resolution: int = RESOLUTION,
    ):
        validate(experiment)
        self.experiment = exp = experiment
        self.dataset = data = dataset or datasets.generate(exp.data, exp.seed)
        names = exp.data.features
        if exp.plane:
            self.x_train, self.x_test = datasets.features(data.train_x, names), datasets.features(data.test_x, names)
        else:
            self.x_train, self.x_test = data.train_x, data.test_x
        self.y_train, self.y_test = (
            _targets(exp, x, y) for x, y in ((self.x_train, data.train_y), (self.x_test, data.test_y))
        )
        self.model = build_model(exp, seed=weight_seed)
        cls = Engine if engine == "fast" else FitEngine
        self.engine = cls(
            self.model, (self.x_train, self.y_train), (self.x_test, self.y_test), exp.training.batch_size, seed=exp.seed
        )
        self.history = History()
        self.resolution = resolution
        self.probe = None
        if exp.plane and dense_picture_ok(exp.model.layers):
            self.probe = Probe(self.model, datasets.features(datasets.grid(resolution), names), resolution)

    @property
    def epoch(self) -> int:
        return len(self.history)

    def warm_up(self) -> float:
        return self.engine.warm_up()

    def train(self, epochs: int) -> list[dict[str, float]]:
        rows = self.engine.run(epochs)
        self.history.extend(rows)
        return rows

    def snapshot(self) -> Snapshot:
        row = self.history.last or {}
        if self.probe is None:
            return Snapshot(epoch=self.epoch, row=dict(row), resolution=self.resolution)
        return self.probe.snapshot(self.epoch, row)

    def set_learning_rate(self, lr: float) -> None:
        self.engine.set_learning_rate(lr)


def _targets(exp: Experiment, x: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """What the model learns to output: the inputs themselves (an autoencoder), one-hot rows, or
    the labels as they are."""
    if exp.problem == "reconstruction":
        return np.asarray(x, np.float32)
    if exp.one_hot:
        return np.eye(len(exp.classes), dtype=np.float32)[labels.astype(int).ravel()]
    return labels
