"""One run of an experiment, without any window: data, model, engine, history and view probe.

The GUI worker and the command line both drive a Session, so what one shows the other reproduces.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from playground.core.data import datasets, preprocessing
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment, Output
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_graph import dense_picture_ok, fine_tune_settings, layer_name
from playground.core.recipe import callback_specs, schedule_rates
from playground.core.runs.epoch_history import History
from playground.core.runs.snapshot import Snapshot
from playground.core.runs.timeline import Timeline
from playground.training.engine.engine import Engine
from playground.training.engine.fit_engine import FitEngine
from playground.training.inspection.probe import Probe
from playground.training.inspection.views import Views
from playground.training.network import serialization
from playground.training.network import transfer as keras_transfer
from playground.training.network.model_builder import build_model, compile_model
from playground.training.recipe.schedules import keras_schedule

RESOLUTION = 50  # heatmap grid side; TF Playground draws its boundary from a similar grid


class Session:
    """Builds everything a run needs.

    Args:
        experiment: the validated experiment.
        engine: "fast" (the compiled engine) or "fit" (plain `model.fit`). Defaults to "fast".
        weight_seed: seeds the initial weights. Defaults to the experiment's seed.
        dataset: reuse already generated data. Defaults to generating it from the experiment.
        folder: where a relative ModelCheckpoint path points (the experiment file's folder, the
            command line's --out). Defaults to the current folder.
        timeline: keep weight snapshots of earlier epochs (`core.runs.timeline`) to look at and go
            back to. Defaults to False (the command line has no use for them).
    """

    def __init__(
        self,
        experiment: Experiment,
        engine: str = "fast",
        weight_seed: int | None = None,
        dataset: datasets.Dataset | None = None,
        resolution: int = RESOLUTION,
        folder: str | Path = ".",
        timeline: bool = False,
    ):
        validate(experiment)
        self.folder = Path(folder)
        self.experiment = exp = experiment
        self.dataset = data = dataset or datasets.generate(exp.data, exp.seed)
        names = exp.data.features
        self.x_train, self.x_test = _inputs(exp, data.train_x), _inputs(exp, data.test_x)
        self.y_train, self.y_test = (
            _outputs(exp, x, y) for x, y in ((self.x_train, data.train_y), (self.x_test, data.test_y))
        )
        self.model = build_model(exp, seed=weight_seed)
        if exp.model.weights:  # an imported model goes on from its trained weights
            from playground.training.files.keras_io import load_weights

            load_weights(self.model, self.folder / Path(exp.model.weights).expanduser())
        self._initial_weights = [w.numpy() for w in self.model.weights]
        self.class_weight = None
        train = (self.x_train, self.y_train)
        weights = data.train_w  # the imported file's sample_weight
        if exp.training.class_weight == "balanced":
            # Keras's class_weight as per-sample weights, which both engines take.
            self.class_weight = preprocessing.class_weights(data.train_y, len(exp.classes))
            balanced = np.array([self.class_weight[int(c)] for c in data.train_y.ravel()], np.float32)
            weights = balanced if weights is None else weights * balanced
        if weights is not None:
            train = (*train, [weights] * len(exp.outputs) if len(exp.outputs) > 1 else weights)
        self._engine_kind, self._train = engine, train
        self.events: list[dict] = []  # {"epoch", "kind", "text"}: what callbacks and changes did
        self.best_epoch = self.checkpoint_epoch = None  # EarlyStopping's best, the saved checkpoint's
        self.stopped_early = self.finished = False
        self._checkpoint_due = False
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
        self._optimizer = exp.training.optimizer
        self.resolution = resolution
        self.probe = None
        if exp.plane and dense_picture_ok(exp.model.layers):
            self.probe = Probe(self.model, datasets.features(datasets.grid(resolution), names), resolution)
        self.probe_index, self.cam_class = 0, 0
        self.views = self._views()
        self.timeline = Timeline() if timeline else None
        self.record_timeline()

    def _engine(self, epoch: int = 0):
        exp = self.experiment
        test, batch = (self.x_test, self.y_test), exp.training.batch_size
        extra = {"schedule": self._schedule(), "callbacks": self._callbacks()}
        if self._engine_kind != "fast":
            return FitEngine(self.model, self._train, test, batch, seed=exp.seed, epoch=epoch, **extra)
        # XLA compiles an ImageNet base for long and runs it ~7× slower on a CPU than plain graph mode.
        jit = not fine_tune_settings(exp.model.layers)
        return Engine(self.model, self._train, test, batch, seed=exp.seed, jit=jit, epoch=epoch, **extra)

    @property
    def steps_per_epoch(self) -> int:
        return schedule_rates.steps_per_epoch(self.dataset.train_x.shape[0], self.experiment.training.batch_size)

    def _schedule(self):
        t = self.experiment.training
        return keras_schedule(t.schedule, t.learning_rate, self.steps_per_epoch) if t.schedule else None

    def _callbacks(self) -> list[dict]:
        """The experiment's callbacks with every setting, a relative checkpoint path made absolute in `folder`."""
        out = []
        callbacks = self.experiment.training.callbacks
        for entry in callbacks:
            config = callback_specs.get(callbacks, entry["class_name"])
            if entry["class_name"] == "ModelCheckpoint":
                config["filepath"] = str(self.folder / config.get("filepath", "best.keras"))  # relative: checked
            out.append({"class_name": entry["class_name"], "config": config})
        return out

    def set_training(self, experiment: Experiment) -> None:
        """Optimizer, schedule or callbacks changed under a running model: it goes on from its
        weights and epoch, compiled again with the new optimizer (its state starts afresh, as
        with Keras's `compile`), with the new schedule and callbacks."""
        before, self.experiment = self.experiment.training, experiment
        lr = self.engine.learning_rate
        if self.epoch:
            self.events.append(_event(self.epoch, "changed", _changes(before, experiment.training)))
        compile_model(self.model, experiment)
        self.engine = self._engine(epoch=self.epoch)
        if not experiment.training.schedule and self._optimizer == experiment.training.optimizer:
            self.engine.set_learning_rate(lr)  # a plateau's reductions stay when only callbacks changed
        self._optimizer = experiment.training.optimizer
        self.views = self._views()

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
        names = fine_tune_settings(exp.model.layers)
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
        """Trains up to `epochs` epochs; fewer when the loss becomes NaN or early stopping ends the
        run (then `stopped_early`, and the run is finished: see `finish`)."""
        self.finished = self.stopped_early = False  # a finished run can go on when its limit is raised
        rows = [self._main_columns(row) for row in self.engine.run(epochs)]
        self.history.extend(rows)
        self.record_timeline()
        self._take_events(self.engine.events)
        if rows and not math.isfinite(rows[-1].get("loss", math.nan)) and self._has("TerminateOnNaN"):
            self.events.append(
                _event(
                    rows[-1]["epoch"],
                    "nonfinite",
                    Message(QT_TRANSLATE_NOOP("session", "TerminateOnNaN: the loss is not a number")),
                )
            )
            self.finished = True
        if self.engine.stopped_early:
            self.stopped_early = True
            self.finish()
        return rows

    def finish(self) -> None:
        """The run is over (epoch limit, early stopping): Keras's `on_train_end` — EarlyStopping's
        restore_best_weights puts the best epoch's weights back — and the checkpoint is written."""
        self.finished = True
        self.save_checkpoint()
        if self._engine_kind == "fast":
            restored = self.engine.callbacks.restore_best()
        else:
            restored = self.best_epoch if self._restores() else None
            self.engine.finish()
        if restored and self._restores():
            text = Message(
                QT_TRANSLATE_NOOP("session", "EarlyStopping restored the weights of epoch {epoch}, the best {monitor}"),
                epoch=restored,
                monitor=self._monitor("EarlyStopping"),
            )
            self.events.append(_event(self.epoch, "restored", text, restored))

    def save_checkpoint(self) -> str | None:
        """Writes the best model so far to the ModelCheckpoint path if a better one appeared since
        the last write (the fast engine keeps its weights in memory between writes); returns the path."""
        if not self._checkpoint_due or self._engine_kind != "fast":
            return None
        self._checkpoint_due = False
        path = self._callbacks_by_name()["ModelCheckpoint"]["filepath"]
        # The text of the path was checked; a symbolic link in the folder could still lead out of it.
        outside = callback_specs.leaves_folder(self.folder, path)
        if outside is not None:
            self.events.append(_event(self.epoch, "checkpoint_refused", outside))
            return None
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine.callbacks.with_checkpoint_weights(lambda: self._save_model(path))
        except OSError:  # a full disk: the best model is written at the next chance, once there is room
            self._checkpoint_due = True
            raise
        return path

    def _save_model(self, path: str) -> None:
        from playground.training.files.keras_io import save_keras

        # Self-contained, as every model the playground saves (raw input in); written to a temporary
        # file renamed over the last checkpoint: a kill or a full disk mid-write keeps it.
        save_keras(self.experiment, path, self.model)

    def _take_events(self, events: list[dict]) -> None:
        for e in events:
            kind, epoch = e["kind"], e["epoch"]
            if kind == "best":
                self.best_epoch = epoch
            elif kind == "checkpoint":
                self.checkpoint_epoch, self._checkpoint_due = epoch, True
            elif kind == "stopped":
                patience = self._callbacks_by_name()["EarlyStopping"].get("patience", 0)
                text = Message(
                    QT_TRANSLATE_NOOP(
                        "session",
                        "EarlyStopping: {monitor} has not improved for {patience} epochs (best at epoch {best})",
                    ),
                    monitor=self._monitor("EarlyStopping"),
                    patience=patience,
                    best=self.best_epoch,
                )
                self.events.append(_event(epoch, "early_stop", text))
            elif kind == "lr_reduced":
                text = Message(
                    QT_TRANSLATE_NOOP("session", "ReduceLROnPlateau: learning rate lowered to {rate:.3g}"),
                    rate=e["value"],
                )
                self.events.append(_event(epoch, "lr_reduced", text, e["value"]))

    def _callbacks_by_name(self) -> dict[str, dict]:
        return {c["class_name"]: c["config"] for c in self._callbacks()}

    def _has(self, name: str) -> bool:
        return name in self._callbacks_by_name()

    def _restores(self) -> bool:
        return bool(self._callbacks_by_name().get("EarlyStopping", {}).get("restore_best_weights"))

    def _monitor(self, name: str) -> str:
        return self._callbacks_by_name().get(name, {}).get("monitor", "val_loss")

    def _main_columns(self, row: dict[str, float]) -> dict[str, float]:
        """With several outputs Keras names each metric after its output ("out_accuracy"); the
        main output's are also given their plain names, so curves and status read one scheme."""
        for key, plain in self._aliases:
            if key in row:
                row.setdefault(plain, row[key])
        return row

    def snapshot(self, views: bool = True, epoch: int | None = None) -> Snapshot:
        """The views' data now; `views=False` leaves out the "Inside the network" arrays.
        `epoch`: as the model was at that earlier epoch, from the timeline (see `view_epoch`)."""
        epoch = self.epoch if epoch is None else epoch
        row = self.history.rows[epoch - 1] if epoch else {}
        if self.probe is None:
            snap = Snapshot(epoch=epoch, row=dict(row), resolution=self.resolution)
        else:
            snap = self.probe.snapshot(epoch, row)
        if views and self.views is not None:
            snap.views = self.views.compute(self.probe_index, self.cam_class, epoch)
        return snap

    # -- the epoch timeline ---------------------------------------------------------------------

    def record_timeline(self) -> bool:
        """Keeps this epoch's weights and optimizer state if the timeline wants them; returns
        whether it did."""
        if self.timeline is None or not self.timeline.due(self.epoch):
            return False
        return self.timeline.record(self.epoch, self.state_arrays())

    def state_arrays(self) -> list[np.ndarray]:
        """The model's weights, then its optimizer's variables: what the timeline keeps of an epoch
        and the window's autosave writes (`resume` puts them back)."""
        return [w.numpy() for w in self.model.weights] + [v.numpy() for v in self.model.optimizer.variables]

    def resume(self, rows: list[dict], arrays: list[np.ndarray]) -> None:
        """Goes on with a run a crash interrupted: its history `rows` and the weights and optimizer
        state it had after the last of them (`state_arrays`, from the autosave). The shuffle order
        goes on as it would have; the callbacks start afresh."""
        shapes = [tuple(w.shape) for w in self.model.weights]
        if [np.shape(a) for a in arrays[: len(shapes)]] != shapes:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "session", "The autosaved weights do not fit this model: the run is kept under Runs."
                    )
                )
            )
        self.history.extend(rows)
        self._put_back(self.epoch, arrays)
        if self.timeline is not None:
            self.timeline.record(self.epoch, arrays, force=True)
        if self._engine_kind == "fast":
            self.engine.rewind(self.epoch)
        else:
            self.engine = self._engine(self.epoch)

    def view_epoch(self, epoch: int) -> Snapshot:
        """The views as they were at a kept earlier `epoch` (boundary, neurons, activations,
        filters); the model is left as it is now."""
        arrays = self._kept(epoch)
        now = [w.numpy() for w in self.model.weights]
        try:
            self._assign_weights(arrays)
            return self.snapshot(epoch=epoch)
        finally:
            self._assign_weights(now)

    def restore_epoch(self, epoch: int) -> None:
        """Goes back to a kept earlier `epoch` to go on training from there: its weights and
        optimizer state come back, and the history, events and snapshots after it are dropped.
        The shuffle order goes on as it would have; the callbacks start afresh; the learning rate
        is the experiment's (a rate changed by hand stays changed)."""
        self._put_back(epoch, self._kept(epoch))
        del self.history.rows[epoch:]
        self.events = [e for e in self.events if e["epoch"] <= epoch]
        if self.best_epoch is not None and self.best_epoch > epoch:
            self.best_epoch = None
        if self.checkpoint_epoch is not None and self.checkpoint_epoch > epoch:
            self.checkpoint_epoch = None
        self.stopped_early = self.finished = False
        self.timeline.truncate(epoch)
        if self._engine_kind == "fast":
            self.engine.rewind(epoch)
        else:
            self.engine = self._engine(epoch)
        if self.experiment.training.schedule is None:
            self.engine.set_learning_rate(self.experiment.training.learning_rate)
        self.events.append(
            _event(epoch, "rewound", Message(QT_TRANSLATE_NOOP("session", "went back to epoch {epoch}"), epoch=epoch))
        )

    def _put_back(self, epoch: int, arrays: list[np.ndarray]) -> None:
        """Puts `state_arrays` of `epoch` back: the weights, and the optimizer's state when the
        optimizer is the same as then."""
        weights = self._assign_weights(arrays)
        optimizer = self.model.optimizer
        saved = arrays[weights:]
        if [a.shape for a in saved] == [tuple(v.shape) for v in optimizer.variables]:
            for variable, value in zip(optimizer.variables, saved, strict=True):
                variable.assign(value)
        else:  # the optimizer was changed since: its moments start from zero at that step
            for variable in optimizer.variables:
                variable.assign(np.zeros(variable.shape, variable.dtype))
            optimizer.iterations.assign(epoch * self.steps_per_epoch)

    def _kept(self, epoch: int) -> list[np.ndarray]:
        """The timeline's arrays at `epoch` (a KeyError when it keeps none there, or no timeline)."""
        if self.timeline is None:
            raise KeyError("This run keeps no timeline")
        return self.timeline.get(epoch)

    def _assign_weights(self, arrays) -> int:
        """Puts the model's weights from the start of `arrays`; returns how many there were."""
        weights = self.model.weights
        for weight, value in zip(weights, arrays[: len(weights)], strict=True):
            weight.assign(value)
        return len(weights)

    def set_learning_rate(self, lr: float) -> None:
        old = self.engine.learning_rate
        self.engine.set_learning_rate(lr)
        self._optimizer = self.experiment.training.optimizer = _with_rate(self.experiment.training.optimizer, lr)
        if self.epoch and not math.isclose(old, lr, rel_tol=1e-6):
            self.events.append(
                _event(
                    self.epoch,
                    "changed",
                    Message(QT_TRANSLATE_NOOP("session", "learning rate {old:.3g} → {new:.3g}"), old=old, new=lr),
                    lr,
                )
            )

    def range_test(self):
        """The learning-rate range test (`lr_finder`) from this run's initial weights — a trained
        model has little loss left to lose — on its training data: about two epochs of steps,
        100 to 400. The weights and the optimizer are left as they were."""
        from playground.training.engine.lr_finder import range_test

        steps = int(np.clip(2 * self.steps_per_epoch, 100, 400))
        x, y, *_ = self._train
        now = [w.numpy() for w in self.model.weights]
        try:
            for weight, value in zip(self.model.weights, self._initial_weights, strict=True):
                weight.assign(value)
            return range_test(self.model, x, y, self.experiment.training.batch_size, steps, seed=self.experiment.seed)
        finally:
            for weight, value in zip(self.model.weights, now, strict=True):
                weight.assign(value)

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


def _event(epoch: int, kind: str, text: str, value: float | None = None) -> dict:
    event = {"epoch": int(epoch), "kind": kind, "text": text}
    if value is not None:
        event["value"] = float(value)
    return event


def _with_rate(optimizer: dict, lr: float) -> dict:
    return {**optimizer, "config": {**optimizer.get("config", {}), "learning_rate": float(lr)}}


def _changes(before, after) -> Message:
    """What changed in the training settings, in a few words for a mark on the curves."""
    a, b = before.optimizer, after.optimizer
    parts = []
    if a["class_name"] != b["class_name"]:
        parts.append(
            Message(QT_TRANSLATE_NOOP("session", "optimizer {old} → {new}"), old=a["class_name"], new=b["class_name"])
        )
    elif a != b:
        old, new = a.get("config", {}), b.get("config", {})
        keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
        changed = ", ".join(f"{k} {old.get(k, '–')} → {new.get(k, '–')}" for k in keys)
        parts.append(Message.of("", "{name}: {changed}", name=b["class_name"], changed=changed))
    if before.schedule != after.schedule:
        parts.append(
            Message(
                QT_TRANSLATE_NOOP("session", "schedule: {schedule}"),
                schedule=schedule_rates.description(after.schedule, after.learning_rate),
            )
        )
    if before.callbacks != after.callbacks:
        names = ", ".join(c["class_name"] for c in after.callbacks)
        parts.append(
            Message(QT_TRANSLATE_NOOP("session", "callbacks: {names}"), names=names)
            if names
            else Message(QT_TRANSLATE_NOOP("session", "callbacks: none"))
        )
    if not parts:
        return Message(QT_TRANSLATE_NOOP("session", "training settings changed"))
    template = "; ".join(f"{{p{i}}}" for i in range(len(parts)))  # each part translated on its own
    return Message.of("", template, **{f"p{i}": part for i, part in enumerate(parts)})


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
