"""The experiment: the single description of a run, as dataclasses and JSON.

An `Experiment` joins its three parts — the data (`core.data.data_config`), the model (here) and
the training recipe (`core.recipe.training_config`) — and answers what follows from them together:
its outputs, the problem each one learns, the shapes the network must give. It reads and writes
the experiment file, checking on the way what a file must get right (`validate_structure`); whether
the network works on its data is `checks`.

The file format reuses Keras's `{"class_name": ..., "config": {...}}` form for layers and
optimizers. The checks need no TensorFlow; Keras itself deserializes (and rejects what they cannot
know) in `playground.training.network.serialization`.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from playground.core import atomic_files, json_files
from playground.core.data import data_config
from playground.core.data.data_config import DataConfig, class_names
from playground.core.errors import ExperimentError, reject_unknown
from playground.core.experiment import model_checks
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_configs import regularizer
from playground.core.network.layer_graph import INPUT_KIND, Node, analyse, layer_name, output_indices
from playground.core.numbers import is_int
from playground.core.recipe import training_config
from playground.core.recipe.training_config import TrainingConfig, default_loss, default_metrics

FORMAT = "playground.experiment"
VERSION = 1
MAX_SEED = 2**31 - 1


# Controls an experiment can hide (`Experiment.hidden`), with what the window calls them.
HIDABLE = {
    "datasets": QT_TRANSLATE_NOOP("controls", "Which dataset (and importing data)"),
    "ratio": QT_TRANSLATE_NOOP("controls", "Training data ratio"),
    "noise": QT_TRANSLATE_NOOP("controls", "Noise"),
    "samples": QT_TRANSLATE_NOOP("controls", "Number of samples"),
    "regenerate": QT_TRANSLATE_NOOP("controls", "Regenerate"),
    "preprocessing": QT_TRANSLATE_NOOP("controls", "Preprocessing and split"),
    "features": QT_TRANSLATE_NOOP("controls", "Input features"),
    "loss": QT_TRANSLATE_NOOP("controls", "Loss"),
    "optimizer": QT_TRANSLATE_NOOP("controls", "Optimizer and its settings"),
    "learning_rate": QT_TRANSLATE_NOOP("controls", "Learning rate (and the range test)"),
    "schedule": QT_TRANSLATE_NOOP("controls", "Learning-rate schedule"),
    "batch_size": QT_TRANSLATE_NOOP("controls", "Batch size"),
    "epochs": QT_TRANSLATE_NOOP("controls", "Epoch limit"),
    "callbacks": QT_TRANSLATE_NOOP("controls", "Callbacks"),
    "layers": QT_TRANSLATE_NOOP("controls", "Layer editor"),
    "lab": QT_TRANSLATE_NOOP("controls", "Runs, overfitting lab and doctor"),
    "speed": QT_TRANSLATE_NOOP("controls", "Speed"),
}


@dataclass
class ModelConfig:
    layers: list[dict] = field(default_factory=list)
    # A .keras file whose trained weights the model starts from (an imported model, to continue
    # training or fine-tune), matched layer by layer by name; None: fresh initial weights.
    weights: str | None = None


@dataclass(frozen=True)
class Output:
    """One output of the model and what it learns.

    The last layer is the main output: its target is `data.target`, its loss and metrics are the
    training settings, its weight 1. Any other layer marked `"output": {"target", "loss",
    "loss_weight", "metrics"}` is one more output (Keras's several outputs), its loss weighted
    relative to the main one; a key left out takes the default for its problem.
    """

    index: int  # position in model.layers
    name: str  # the layer's name; Keras names the output's history columns after it
    target: str  # "labels" or "inputs"
    problem: str  # classification, multiclass, regression or reconstruction
    loss: str
    loss_weight: float
    metrics: tuple[str, ...]
    target_shape: tuple[int, ...]
    main: bool

    @property
    def one_hot(self) -> bool:
        """Labels are one-hot rows (categorical_crossentropy, mse on classes), not class numbers."""
        return self.problem == "multiclass" and self.loss != "sparse_categorical_crossentropy"


@dataclass
class Experiment:
    seed: int = 0
    data: DataConfig = field(default_factory=DataConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    # Controls the window hides for this experiment (names from HIDABLE): a lesson shows only
    # what matters, as TensorFlow Playground's hidden controls do. Not part of what trains.
    hidden: list[str] = field(default_factory=list)
    # Units held at zero in the live model, {layer name: [unit indices]} (issue 19): a view
    # setting like `hidden`, saved and undoable, never part of the weights or the exported script.
    silenced: dict[str, list[int]] = field(default_factory=dict)

    @property
    def problem(self) -> str:
        """The main output's problem: classification (two classes), multiclass, regression, or
        reconstruction (autoencoder)."""
        return self.problem_of(self.data.target)

    def problem_of(self, target: str) -> str:
        return "reconstruction" if target == "inputs" else self.data_problem

    @property
    def data_problem(self) -> str:
        """What the data's labels are: classification, multiclass or regression."""
        return data_config.data_problem(self.data)

    @property
    def text(self) -> bool:
        """The inputs are word numbers."""
        return data_config.is_text(self.data)

    def target_shape_of(self, problem: str) -> tuple[int, ...]:
        if problem == "reconstruction":
            return self.input_shape
        return (len(self.classes),) if problem == "multiclass" else (1,)

    @property
    def outputs(self) -> list[Output]:
        """The model's outputs, the main one (the last layer) first."""
        layers = self.model.layers
        found = []
        for i in output_indices(layers):
            main = i == len(layers) - 1
            mark = {} if main else (layers[i].get("output") or {})
            target = self.data.target if main else mark.get("target", "labels")
            problem = self.problem_of(target)
            loss = self.training.loss if main else mark.get("loss") or default_loss(problem)
            metrics = self.training.metrics if main else mark.get("metrics", default_metrics(problem))
            weight = 1.0 if main else float(mark.get("loss_weight", 1.0))
            shape = self.target_shape_of(problem)
            name = layer_name(layers[i], i)
            found.append(Output(i, name, target, problem, loss, weight, tuple(metrics), shape, main))
        return found

    @property
    def extra_inputs(self) -> list[dict]:
        """The `Input` entries of the layer list: the model's inputs after the data's own."""
        return [layer for layer in self.model.layers if layer.get("class_name") == INPUT_KIND]

    def analyse(self) -> list[Node]:
        """`layer_graph.analyse` of this model on this data; on the plane the input's box names
        its features."""
        nodes = analyse(self.input_shape, self.model.layers, plane=self.plane)
        if self.plane:
            nodes[0] = dataclasses.replace(nodes[0], summary=", ".join(self.data.features))
        return nodes

    @property
    def feature_lists(self) -> list[list[str]]:
        """On the plane, the features each input takes: the data's Input's, then each extra Input's."""
        if not self.plane:
            return []
        return [list(self.data.features), *(list(layer["config"]["features"]) for layer in self.extra_inputs)]

    @property
    def uses_sin(self) -> bool:
        """A sine among the plane's features: a saved model that makes them needs the Sin layer."""
        return any(name in data_config.SINES for names in self.feature_lists for name in names)

    @property
    def plane(self) -> bool:
        """The data are points of the plane (TensorFlow Playground's sets)."""
        return data_config.is_plane(self.data)

    @property
    def input_shape(self) -> tuple[int, ...]:
        return data_config.input_shape(self.data)

    @property
    def classes(self) -> tuple[str, ...]:
        """Class names for classification data; empty otherwise."""
        return class_names(self.data)

    @property
    def target_shape(self) -> tuple[int, ...]:
        """The shape the last layer must output."""
        return self.target_shape_of(self.problem)

    @property
    def n_train(self) -> int:
        kept = self.data.samples - round(self.data.samples * self.data.holdout)
        return max(1, round(kept * self.data.train_fraction))

    def copy(self) -> Experiment:
        return copy.deepcopy(self)

    def to_dict(self) -> dict:
        out = {"format": FORMAT, "version": VERSION, **asdict(self)}
        if not out["hidden"]:
            del out["hidden"]  # files without hidden controls stay as they were
        if not out["silenced"]:
            del out["silenced"]  # likewise without silenced units
        if out["model"]["weights"] is None:
            del out["model"]["weights"]  # likewise for a model with fresh weights
        return out

    @classmethod
    def from_dict(cls, raw: Any) -> Experiment:
        """Builds and validates an experiment. Raises ExperimentError naming the bad field."""
        if not isinstance(raw, dict):
            raise ExperimentError("(file)", Message(QT_TRANSLATE_NOOP("experiment", "must be a JSON object")))
        if raw.get("format") != FORMAT:
            raise ExperimentError(
                "format",
                Message(
                    QT_TRANSLATE_NOOP("experiment", 'must be "{format}", got {got}'),
                    format=FORMAT,
                    got=repr(raw.get("format")),
                ),
            )
        version = raw.get("version")
        if version != VERSION:
            wrong = QT_TRANSLATE_NOOP("experiment", "this playground reads version {version}, got {got}")
            raise ExperimentError("version", Message(wrong, version=VERSION, got=repr(version)))
        reject_unknown("", raw, {"format", "version", "seed", "data", "model", "training", "hidden", "silenced"})
        hidden = raw.get("hidden", [])
        if not isinstance(hidden, list) or any(name not in HIDABLE for name in hidden):
            wrong = hidden if not isinstance(hidden, list) else next(n for n in hidden if n not in HIDABLE)
            raise ExperimentError(
                "hidden",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "{wrong} is not a control; the controls: {controls}"),
                    wrong=repr(wrong),
                    controls=", ".join(HIDABLE),
                ),
            )
        seed = raw.get("seed", 0)
        if not is_int(seed) or seed < 0:
            raise ExperimentError(
                "seed",
                Message(QT_TRANSLATE_NOOP("experiment", "must be a whole number ≥ 0, got {got}"), got=repr(seed)),
            )
        if seed > MAX_SEED:  # numpy's seeds are 32-bit; a sweep adds to the seed
            raise ExperimentError(
                "seed",
                Message(QT_TRANSLATE_NOOP("experiment", "must be at most {most}, got {got}"), most=MAX_SEED, got=seed),
            )
        data = _section(raw, "data", DataConfig)
        model = _section(raw, "model", ModelConfig)
        training = _section(raw, "training", TrainingConfig)
        training_config.fill_default_learning_rate(training.optimizer)
        silenced = model_checks.silenced_units(raw.get("silenced", {}))
        exp = cls(
            seed=seed, data=data, model=model, training=training, hidden=list(dict.fromkeys(hidden)), silenced=silenced
        )
        validate_structure(exp)
        return exp

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Experiment:
        """Reads an experiment's JSON text; raises ExperimentError for text that is not JSON or goes
        beyond `json_files`' limits (size, depth, digits), as for a wrong field."""
        return cls.from_dict(json_files.loads(text, json_files.EXPERIMENT_MB))

    def save(self, path: str | Path) -> None:
        validate_structure(self)
        atomic_files.write_text(path, self.to_json())

    @classmethod
    def load(cls, path: str | Path) -> Experiment:
        """Reads an experiment file. A relative path inside it (the imported data, the weights it
        starts from) names a file beside the experiment, wherever the command runs: it is made
        absolute against the file's folder."""
        exp = cls.from_dict(json_files.read(path, json_files.EXPERIMENT_MB))
        folder = Path(path).absolute().parent
        source = exp.data.source
        if source.get("path") and not Path(source["path"]).expanduser().is_absolute():  # drawn data have none
            source["path"] = os.path.normpath(folder / source["path"])
        if exp.model.weights and not Path(exp.model.weights).expanduser().is_absolute():
            exp.model.weights = os.path.normpath(folder / exp.model.weights)
        return exp


def default_experiment() -> Experiment:
    """The bench's and the window's first problem: circle, 2→4→2→1 tanh, SGD 0.03, batch 10."""
    exp = Experiment()
    exp.model.layers = [dense(4, "tanh"), dense(2, "tanh"), output_layer("classification", exp.training.loss)]
    return exp


def dense(units: int, activation: str = "tanh", l1: float = 0.0, l2: float = 0.0) -> dict:
    """A Keras-serialized Dense layer in the compact form the experiment file uses."""
    config: dict[str, Any] = {"units": units, "activation": activation}
    reg = regularizer(l1, l2)
    if reg is not None:
        config["kernel_regularizer"] = reg
    return {"class_name": "Dense", "config": config}


def output_activation(problem: str, loss: str) -> str:
    """Regression is linear; the hinges want a ±1 margin (tanh); classes want probabilities."""
    if problem == "regression":
        return "linear"
    if problem == "multiclass":
        return "softmax"
    return "tanh" if loss in ("hinge", "squared_hinge") else "sigmoid"


def output_layer(problem: str, loss: str) -> dict:
    return dense(1, output_activation(problem, loss))


def validate_structure(exp: Experiment) -> None:
    """Checks names, types and ranges — what a file must get right to be opened or saved. A
    network that cannot work yet (a wrong shape) passes: the editor shows where it is wrong."""
    data_config.validate_data(exp.data)
    data_config.validate_features(exp.data)
    model_checks.validate_layers(exp.model.layers)
    model_checks.validate_weights(exp.model.weights)
    data_config.validate_preprocessing(exp.data)
    training_config.validate_class_weight(exp.training.class_weight, exp.problem)
    training_config.validate_training(exp.training, exp.n_train, exp.problem)


def _section(raw: dict, name: str, cls: type) -> Any:
    section = raw.get(name, {})
    if not isinstance(section, dict):
        raise ExperimentError(name, Message(QT_TRANSLATE_NOOP("experiment", "must be a JSON object")))
    allowed = set(cls.__dataclass_fields__)
    reject_unknown(f"{name}.", section, allowed)
    return cls(**copy.deepcopy(section))
