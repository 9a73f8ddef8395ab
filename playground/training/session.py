"""One run of an experiment, without any window: data, model, engine, history and view probe.

The GUI worker and the command line both drive a Session, so what one shows the other reproduces.
"""

from __future__ import annotations

from playground.core import datasets
from playground.core.experiment import Experiment, validate
from playground.core.history import History
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
        self.dataset = dataset or datasets.generate(exp.data, exp.seed)
        names = exp.data.features
        self.x_train = datasets.features(self.dataset.train_xy, names)
        self.x_test = datasets.features(self.dataset.test_xy, names)
        self.model = build_model(exp, self.x_train.shape[1], seed=weight_seed)
        cls = Engine if engine == "fast" else FitEngine
        self.engine = cls(
            self.model,
            (self.x_train, self.dataset.train_y),
            (self.x_test, self.dataset.test_y),
            exp.training.batch_size,
            seed=exp.seed,
        )
        self.history = History()
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
        return self.probe.snapshot(self.epoch, self.history.last or {})

    def set_learning_rate(self, lr: float) -> None:
        self.engine.set_learning_rate(lr)
