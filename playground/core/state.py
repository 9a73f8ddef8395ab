"""The one observable experiment that the window edits.

Widgets never hold the truth: they call `update(...)` and listen with `subscribe`. Each change says
which section and keys moved, so the training controller can decide what to do with it (a new
learning rate applies at once; a new network or new data resets the run).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playground.core.experiment import (
    Experiment,
    ExperimentError,
    default_loss,
    default_metrics,
    output_activation,
    validate,
)


@dataclass(frozen=True)
class Change:
    section: str  # "data", "model", "training" or "experiment" (everything replaced)
    keys: tuple[str, ...] = ()


Listener = Callable[[Change], None]


class ExperimentState:
    def __init__(self, experiment: Experiment):
        self._exp = experiment
        self._listeners: list[Listener] = []
        self.error: ExperimentError | None = None
        self._check()

    @property
    def experiment(self) -> Experiment:
        """The current experiment. Treat it as read-only: edit through the methods below."""
        return self._exp

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def replace(self, experiment: Experiment) -> None:
        self._exp = experiment
        self._notify(Change("experiment"))

    def update_data(self, **values) -> None:
        old_problem = self._exp.problem
        _assign(self._exp.data, values)
        keys = tuple(values)
        if self._exp.problem != old_problem:
            # The output layer, loss and metrics follow the problem type.
            t = self._exp.training
            t.loss = default_loss(self._exp.problem)
            t.metrics = default_metrics(self._exp.problem)
            self._fit_output_layer()
            self._notify(Change("model"))
            self._notify(Change("training", ("loss", "metrics")))
        self._notify(Change("data", keys))

    def set_layers(self, layers: list[dict]) -> None:
        self._exp.model.layers = layers
        self._notify(Change("model"))

    def update_training(self, **values) -> None:
        _assign(self._exp.training, values)
        if "loss" in values:
            self._fit_output_layer()
            self._notify(Change("model"))
        self._notify(Change("training", tuple(values)))

    def set_learning_rate(self, lr: float) -> None:
        opt = dict(self._exp.training.optimizer)
        opt["config"] = {**opt.get("config", {}), "learning_rate": float(lr)}
        self.update_training(optimizer=opt)

    def regenerate(self) -> None:
        """New random data (and new initial weights): the seed moves on."""
        self._exp.seed += 1
        self._notify(Change("data", ("seed",)))

    def _fit_output_layer(self) -> None:
        layers = self._exp.model.layers
        if layers:
            cfg = dict(layers[-1]["config"])
            cfg["activation"] = output_activation(self._exp.problem, self._exp.training.loss)
            cfg["units"] = 1
            layers[-1] = {**layers[-1], "config": cfg}

    def _check(self) -> None:
        try:
            validate(self._exp)
            self.error = None
        except ExperimentError as exc:
            self.error = exc

    def _notify(self, change: Change) -> None:
        self._check()
        for listener in list(self._listeners):
            listener(change)


def _assign(section, values: dict) -> None:
    for key, value in values.items():
        if not hasattr(section, key):
            raise AttributeError(f"{type(section).__name__} has no field {key!r}")
        setattr(section, key, value)
