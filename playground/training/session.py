"""One run of an experiment, without any window: data, model, engine, history and view probe.

The GUI worker and the command line both drive a Session, so what one shows the other reproduces.
"""

from __future__ import annotations

import numpy as np

from playground.core import datasets, preprocessing, transfer
from playground.core.experiment import Experiment, Output, validate
from playground.core.history import History
from playground.core.layer_graph import dense_picture_ok, layer_name
from playground.core.snapshot import Snapshot
from playground.training import serialization
from playground.training import transfer as keras_transfer
from playground.training.engine import Engine
from playground.training.fit_engine import FitEngine
from playground.training.model_builder import build_model, compile_model
from playground.training.probe import Probe
from playground.training.views import Views

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
        self.x_train, self.x_test = _inputs(exp, data.train_x), _inputs(exp, data.test_x)
        self.y_train, self.y_test = (
            _outputs(exp, x, y) for x, y in ((self.x_train, data.train_y), (self.x_test, data.test_y))
        )
        self.model = build_model(exp, seed=weight_seed)
        self.class_weight = None
        train = (self.x_train, self.y_train)
        if exp.training.class_weight == "balanced":
            # Keras's class_weight as per-sample weights, which both engines take.
            self.class_weight = preprocessing.class_weights(data.train_y, len(exp.classes))
            weights = np.array([self.class_weight[int(c)] for c in data.train_y.ravel()], np.float32)
            train = (*train, [weights] * len(exp.outputs) if len(exp.outputs) > 1 else weights)
        self._engine_kind, self._train = engine, train
        self.engine = self._engine()
        self.history = History()
        main, *extra = exp.outputs
        self._aliases = (
            [
                (f"{prefix}{main.name}_{metric}", f"{prefix}{metric}")
                for metric in main.metrics
                for prefix in ("", "val_")
            ]
            if extra
            else []
        )
        self.resolution = resolution
        self.probe = None
        if exp.plane and dense_picture_ok(exp.model.layers):
            self.probe = Probe(self.model, datasets.features(datasets.grid(resolution), names), resolution)
        self.probe_index, self.cam_class = 0, 0
        self.views = self._views()

    def _engine(self, epoch: int = 0):
        exp = self.experiment
        test, batch = (self.x_test, self.y_test), exp.training.batch_size
        if self._engine_kind != "fast":
            return FitEngine(self.model, self._train, test, batch, seed=exp.seed, epoch=epoch)
        # XLA compiles an ImageNet base for long and runs it ~7× slower on a CPU than plain graph mode.
        jit = not transfer.fine_tune_settings(exp.model.layers)
        return Engine(self.model, self._train, test, batch, seed=exp.seed, jit=jit, epoch=epoch)

    def _views(self) -> Views | None:
        """The "Inside the network" views: for images, sequences and text with one input."""
        exp, data = self.experiment, self.dataset
        if exp.plane or exp.extra_inputs:
            return None
        labels = None if exp.problem in ("regression", "reconstruction") else data.test_y
        classes = exp.classes if labels is not None else ()
        threshold = serialization.decision_threshold(exp, exp.outputs[0])
        return Views(
            self.model,
            self.x_test,
            labels,
            classes,
            threshold,
            test_targets=self.y_test if len(exp.outputs) == 1 else None,  # several outputs: no gradients
        )

    def fine_tune(self, n: int | dict[str, int], learning_rate: float | None = None) -> None:
        """The book's second step, on the model as trained so far: the last `n` layers of each
        Pretrained base train (a dict: per Pretrained layer name), then the model is compiled
        again — a new optimizer at `learning_rate` (default: the current one; lower it, as the
        book does) — and training goes on from this epoch with the same data and history."""
        exp = self.experiment.copy()
        names = transfer.fine_tune_settings(exp.model.layers)
        settings = n if isinstance(n, dict) else dict.fromkeys(names, int(n))
        for i, spec in enumerate(exp.model.layers):
            name = layer_name(spec, i)
            if name in settings and name in names:
                spec["config"] = {**spec["config"], "fine_tune": int(settings[name])}
                trainable = spec["config"].get("trainable") is not False
                keras_transfer.set_fine_tune(self.model.get_layer(name), settings[name], trainable)
        lr = self.engine.learning_rate if learning_rate is None else float(learning_rate)
        exp.training.optimizer = {**exp.training.optimizer}
        exp.training.optimizer["config"] = {**exp.training.optimizer.get("config", {}), "learning_rate": lr}
        self.experiment = exp
        compile_model(self.model, exp)
        self.engine = self._engine(epoch=self.epoch)
        self.views = self._views()  # its statistics follow the trainable weights

    @property
    def epoch(self) -> int:
        return len(self.history)

    def warm_up(self) -> float:
        return self.engine.warm_up()

    def train(self, epochs: int) -> list[dict[str, float]]:
        rows = [self._main_columns(row) for row in self.engine.run(epochs)]
        self.history.extend(rows)
        return rows

    def _main_columns(self, row: dict[str, float]) -> dict[str, float]:
        """With several outputs Keras names each metric after its output ("out_accuracy"); the
        main output's are also given their plain names, so curves and status read one scheme."""
        for key, plain in self._aliases:
            if key in row:
                row.setdefault(plain, row[key])
        return row

    def snapshot(self, views: bool = True) -> Snapshot:
        """The views' data now; `views=False` leaves out the "Inside the network" arrays."""
        row = self.history.last or {}
        if self.probe is None:
            snap = Snapshot(epoch=self.epoch, row=dict(row), resolution=self.resolution)
        else:
            snap = self.probe.snapshot(self.epoch, row)
        if views and self.views is not None:
            snap.views = self.views.compute(self.probe_index, self.cam_class, self.epoch)
        return snap

    def set_learning_rate(self, lr: float) -> None:
        self.engine.set_learning_rate(lr)

    def evaluate_holdout(self) -> dict[str, float] | None:
        """The model's loss and metrics on the held-out test set (None when none is kept aside):
        data it never trained or was tuned on, looked at once training stops."""
        data = self.dataset
        if data.holdout_x is None:
            return None
        x = _inputs(self.experiment, data.holdout_x)
        y = _outputs(self.experiment, x, data.holdout_y)
        found = self.model.evaluate(x, y, batch_size=256, verbose=0, return_dict=True)
        return self._main_columns({k: float(v) for k, v in found.items()})


def _inputs(exp: Experiment, samples: np.ndarray):
    """What the model takes: the data's input (on the plane, the chosen features), then one array
    per extra `Input` — a list when there are several."""
    if not exp.plane:
        return [samples] * (1 + len(exp.extra_inputs)) if exp.extra_inputs else samples
    main = datasets.features(samples, exp.data.features)
    if not exp.extra_inputs:
        return main
    return [main, *(datasets.features(samples, layer["config"]["features"]) for layer in exp.extra_inputs)]


def _outputs(exp: Experiment, x, labels: np.ndarray):
    """What each output learns, as `exp.outputs` lists them — a list when there are several."""
    main_x = x[0] if isinstance(x, list) else x
    targets = [_target(out, main_x, labels) for out in exp.outputs]
    return targets if len(targets) > 1 else targets[0]


def _target(out: Output, x: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The inputs themselves (an autoencoder), one-hot rows, or the labels as they are."""
    if out.problem == "reconstruction":
        return np.asarray(x, np.float32)
    if out.one_hot:
        return np.eye(out.target_shape[0], dtype=np.float32)[labels.astype(int).ravel()]
    return labels
