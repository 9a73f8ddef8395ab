"""The experiment: the single description of a run, as dataclasses and JSON.

The file format reuses Keras's `{"class_name": ..., "config": {...}}` form for layers and
optimizers. This module checks structure and ranges without importing TensorFlow; Keras itself
deserializes (and rejects what this module cannot know) in `playground.training.network.serialization`.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from playground.core.data import imported, keras_sets, preprocessing, tabular_data
from playground.core.data.generated_data import CLASS_NAMES, INPUT_SHAPES, VOCABULARY
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_graph import INPUT_KIND, Node, analyse, layer_name, output_indices
from playground.core.network.layer_specs import FEATURES, LAYERS, check_config, is_int, is_number, regularizer
from playground.core.recipe import callback_specs, optimizer_specs, schedules

FORMAT = "playground.experiment"
VERSION = 1

# name -> problem type; the order is the order shown in the window. The first seven are points of
# a plane (TensorFlow Playground's sets); the others are images, sequences and text.
DATASETS = {
    "circle": "classification",
    "xor": "classification",
    "gauss": "classification",
    "spiral": "classification",
    "moons": "classification",
    "plane": "regression",
    "multigauss": "regression",
    "digits": "multiclass",
    "shapes": "multiclass",
    "sequences": "multiclass",
    "reviews": "classification",
    "iris": "multiclass",
    "wine": "multiclass",
    "breast_cancer": "classification",
    "diabetes": "regression",
}
TABULAR_DATASETS = ("iris", "wine", "breast_cancer", "diabetes")  # scikit-learn's bundled tables
FILE = "file"  # data imported from a CSV, an image folder or an .npz: `DataConfig.source` says which
KERAS_DATASETS = tuple(keras_sets.KERAS_SETS)  # the Keras book's sets, once downloaded or found cached
TEXT_DATASETS = ("reviews", *(name for name, s in keras_sets.KERAS_SETS.items() if s.text))
AUTOENCODER_DATASETS = ("digits", "shapes", "sequences", "mnist", "fashion_mnist", "cifar10")
ENCODINGS = ("sequence", "multi_hot")  # text as padded word numbers (Embedding) or a bag of words
CLASS_WEIGHTS = ("none", "balanced")
MAX_HOLDOUT = 0.5
MAX_MULTI_HOT_MB = 200  # a bag of words is samples × vocabulary floats
SOURCE_KEYS = ("kind", "path", "target", "problem", "missing", "exclude", "size", "color", "classes", "input_shape")
PLANE_DATASETS = ("circle", "xor", "gauss", "spiral", "moons", "plane", "multigauss")
TARGETS = ("labels", "inputs")  # learn the labels, or rebuild the inputs (an autoencoder)
# Losses by problem, the default first.
LOSSES_FOR = {
    "classification": ("binary_crossentropy", "hinge", "mse", "mae", "huber"),
    "multiclass": ("sparse_categorical_crossentropy", "categorical_crossentropy", "mse"),
    "regression": ("mse", "mae", "huber"),
    "reconstruction": ("mse", "mae", "binary_crossentropy"),
}
LOSSES = tuple(dict.fromkeys(loss for losses in LOSSES_FOR.values() for loss in losses))
OPTIMIZERS = ("SGD", "RMSprop", "Adagrad", "Adadelta", "Adam", "AdamW", "Adamax", "Nadam")
METRICS = ("accuracy", "mae", "mse")

MIN_SAMPLES, MAX_SAMPLES = 20, 20000
MIN_TRAIN_FRACTION, MAX_TRAIN_FRACTION = 0.1, 0.9
MAX_NOISE = 0.5


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


class ExperimentError(ValueError):
    """A field of an experiment is wrong; `field` names it the way the JSON file spells it."""

    def __init__(self, field_path: str, message: str):
        # the field stays as the file spells it; the message may be a Message the window translates
        super().__init__(Message.of("", "{field}: {message}", field=field_path, message=message))
        self.field = field_path
        self.message = message


@dataclass
class DataConfig:
    name: str = "circle"
    samples: int = 500
    noise: float = 0.0
    train_fraction: float = 0.5
    features: list[str] = field(default_factory=lambda: ["x1", "x2"])
    target: str = "labels"
    source: dict = field(default_factory=dict)  # the imported file and how it was read (name "file")
    scaling: str = "auto"  # preprocessing.SCALINGS
    encoding: str = "sequence"  # text only: ENCODINGS
    shuffle: bool = True  # shuffle before splitting (off: the split takes rows in order)
    stratify: bool = True  # each part keeps the classes' proportions
    holdout: float = 0.0  # fraction kept aside as a test set the training never sees


@dataclass
class ModelConfig:
    layers: list[dict] = field(default_factory=list)
    # A .keras file whose trained weights the model starts from (an imported model, to continue
    # training or fine-tune), matched layer by layer by name; None: fresh initial weights.
    weights: str | None = None


@dataclass
class TrainingConfig:
    loss: str = "binary_crossentropy"
    optimizer: dict = field(default_factory=lambda: {"class_name": "SGD", "config": {"learning_rate": 0.03}})
    batch_size: int = 10
    epochs: int = 1000
    metrics: list[str] = field(default_factory=lambda: ["accuracy"])
    class_weight: str = "none"  # "balanced": Keras's class_weight, n / (classes × count)
    # A Keras learning-rate schedule {"class_name": "ExponentialDecay", "config": {...}} without its
    # initial rate (the optimizer's learning_rate is that); None: constant. See core/recipe/schedules.py.
    schedule: dict | None = None
    # Keras callbacks [{"class_name": "EarlyStopping", "config": {...}}, ...]; see core/recipe/callback_specs.py.
    callbacks: list = field(default_factory=list)
    # How the model is validated: {"method": "holdout"} (the train/test split), or K-fold:
    # {"method": "kfold", "k": 5, "repeats": 1} — K models, each validated on one fold.
    validation: dict = field(default_factory=lambda: {"method": "holdout"})

    @property
    def learning_rate(self) -> float:
        return float(self.optimizer["config"]["learning_rate"])


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
        if self.data.name == FILE:
            return self.data.source.get("problem", "regression")
        if self.data.name in KERAS_DATASETS:
            return keras_sets.KERAS_SETS[self.data.name].problem
        return DATASETS[self.data.name]

    @property
    def text(self) -> bool:
        """The inputs are word numbers."""
        return self.data.name in TEXT_DATASETS

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
    def plane(self) -> bool:
        """The data are points of the plane (TensorFlow Playground's sets)."""
        return self.data.name in PLANE_DATASETS

    @property
    def input_shape(self) -> tuple[int, ...]:
        if self.plane:
            return (len(self.data.features),)
        if self.data.name in TABULAR_DATASETS:
            return (tabular_data.FEATURE_COUNTS[self.data.name],)
        if self.data.name == FILE:
            return tuple(self.data.source.get("input_shape", (1,)))
        if self.text and self.data.encoding == "multi_hot":
            return (vocabulary_size(self.data),)
        if self.data.name in KERAS_DATASETS:
            return keras_sets.KERAS_SETS[self.data.name].input_shape
        return tuple(INPUT_SHAPES[self.data.name])

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
            raise ExperimentError(
                "version",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "this playground reads version {version}, got {got}"),
                    version=VERSION,
                    got=repr(version),
                ),
            )
        _reject_unknown("", raw, {"format", "version", "seed", "data", "model", "training", "hidden"})
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
        data = _section(raw, "data", DataConfig)
        model = _section(raw, "model", ModelConfig)
        training = _section(raw, "training", TrainingConfig)
        _fill_default_learning_rate(training.optimizer)
        exp = cls(seed=seed, data=data, model=model, training=training, hidden=list(dict.fromkeys(hidden)))
        validate_structure(exp)
        return exp

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Experiment:
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ExperimentError(
                "(file)",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "is not valid JSON: {error} at line {line}, column {column}"),
                    error=exc.msg,
                    line=exc.lineno,
                    column=exc.colno,
                ),
            ) from None
        return cls.from_dict(raw)

    def save(self, path: str | Path) -> None:
        validate_structure(self)
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Experiment:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ExperimentError(
                "(file)", Message(QT_TRANSLATE_NOOP("experiment", "cannot be read: {error}"), error=str(exc))
            ) from None
        return cls.from_json(text)


def class_names(data: DataConfig) -> tuple[str, ...]:
    """The class names of a dataset; empty for regression."""
    name = data.name
    if name in PLANE_DATASETS:
        return ("0", "1") if DATASETS[name] == "classification" else ()
    if name in TABULAR_DATASETS:
        return tabular_data.CLASS_NAMES[name]
    if name == FILE:
        return tuple(data.source.get("classes", ()))
    if name in KERAS_DATASETS:
        return keras_sets.KERAS_SETS[name].class_names
    return tuple(CLASS_NAMES[name])


def vocabulary_size(data: DataConfig) -> int:
    """How many word numbers a text dataset uses: the width of its bag of words."""
    return keras_sets.WORDS if data.name in KERAS_DATASETS else len(VOCABULARY)


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
    """Regression is linear; hinge wants a ±1 margin (tanh); classes want probabilities."""
    if problem == "regression":
        return "linear"
    if problem == "multiclass":
        return "softmax"
    return "tanh" if loss == "hinge" else "sigmoid"


def output_layer(problem: str, loss: str) -> dict:
    return dense(1, output_activation(problem, loss))


def default_loss(problem: str) -> str:
    return LOSSES_FOR[problem][0]


def default_metrics(problem: str) -> list[str]:
    return ["mae"] if problem in ("regression", "reconstruction") else ["accuracy"]


def validate_structure(exp: Experiment) -> None:
    """Checks names, types and ranges — what a file must get right to be opened or saved. A
    network that cannot work yet (a wrong shape) passes: the editor shows where it is wrong."""
    _validate_data(exp.data)
    _validate_layers(exp.model.layers)
    weights = exp.model.weights
    if weights is not None and (not isinstance(weights, str) or not weights.endswith(".keras")):
        raise ExperimentError(
            "model.weights",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be the path of a .keras file or null, got {got}"),
                got=repr(weights),
            ),
        )
    _validate_data_source(exp)
    _validate_training(exp.training, exp.n_train, exp.problem)


def validate(exp: Experiment) -> None:
    """Everything `validate_structure` checks, and that the network works on this data: raises
    ExperimentError naming the first layer that cannot work, the cause and the fix."""
    validate_structure(exp)
    check_network(exp)


def check_network(exp: Experiment) -> None:
    layers = exp.model.layers
    nodes = exp.analyse()
    for node in nodes[1:]:
        if node.problem:
            raise ExperimentError(
                f"model.layers[{node.index}]", Message.of("", "{name}: {problem}", name=node.name, problem=node.problem)
            )
    for index, problem in output_problems(exp, nodes).items():
        raise ExperimentError(
            f"model.layers[{index}]",
            Message.of("", "{name}: {problem}", name=layer_name(layers[index], index), problem=problem),
        )


def output_problems(exp: Experiment, nodes: list[Node]) -> dict[int, Message]:
    """Layer index → why that output does not fit its target and loss, and the fix."""
    found = {}
    for out in exp.outputs:
        node = nodes[out.index + 1]
        layer = exp.model.layers[out.index]
        if node.kind == INPUT_KIND:
            found[out.index] = Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "an Input cannot be an output: add the layers that turn it into a prediction after it"
                )
            )
        elif out.loss not in LOSSES_FOR[out.problem]:
            found[out.index] = Message(
                QT_TRANSLATE_NOOP("experiment", "its loss {loss} does not fit {problem} targets: choose {losses}"),
                loss=out.loss,
                problem=out.problem,
                losses=_names(LOSSES_FOR[out.problem]),
            )
        elif node.problem is None:
            problem = output_problem(out, node.shape, layer)
            if problem:
                found[out.index] = problem
    return found


def output_problem(out: Output, shape: tuple | None, last: dict) -> Message | None:
    """Why an output layer's shape and activation do not fit its target and loss, and the fix;
    None if they fit."""
    want = out.target_shape
    if shape is None or tuple(shape) == tuple(want):
        return _output_activation_problem(out, last)
    shape = tuple(shape)
    if out.problem == "reconstruction":
        import math

        if math.prod(shape) == math.prod(want):
            return Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "outputs {shape} but the inputs it rebuilds are {want}: end with Reshape to {want}"
                ),
                shape=str(shape),
                want=str(want),
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "experiment",
                "outputs {shape} but the inputs it rebuilds are {want} ({n} values): end with "
                "Dense({n}) and Reshape to {want}",
            ),
            shape=str(shape),
            want=str(want),
            n=math.prod(want),
        )
    if len(shape) > 1:
        fix = (
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "turn return_sequences off on the last recurrent layer, or add GlobalAveragePooling1D"
                )
            )
            if len(shape) == 2
            else Message(QT_TRANSLATE_NOOP("experiment", "add Flatten or GlobalAveragePooling2D and a Dense layer"))
        )
        return Message(
            QT_TRANSLATE_NOOP("experiment", "outputs {shape} but the model must give {n} value(s) per sample: {fix}"),
            shape=str(shape),
            n=want[0],
            fix=fix,
        )
    if out.problem == "multiclass":
        template = (
            QT_TRANSLATE_NOOP(
                "experiment",
                "the last layer has {units} unit(s) but the data has {classes} classes: "
                "set its units to {classes} (softmax gives one probability per class)",
            )
            if out.main
            else QT_TRANSLATE_NOOP(
                "experiment",
                "this output has {units} unit(s) but the data has {classes} classes: "
                "set its units to {classes} (softmax gives one probability per class)",
            )
        )
        return Message(template, units=shape[0], classes=want[0])
    template = (
        QT_TRANSLATE_NOOP(
            "experiment", "the last layer has {units} units but this {problem} data has one target: set it to 1"
        )
        if out.main
        else QT_TRANSLATE_NOOP(
            "experiment", "this output has {units} units but this {problem} data has one target: set it to 1"
        )
    )
    return Message(template, units=shape[0], problem=out.problem)


def _output_activation_problem(out: Output, last: dict) -> Message | None:
    act = last.get("config", {}).get("activation") if last.get("class_name") == "Dense" else None
    loss = out.loss
    if act is None:
        return None
    if out.problem == "classification" and act == "softmax":
        return Message(
            QT_TRANSLATE_NOOP("experiment", "softmax over one unit always outputs 1: use sigmoid for two classes")
        )
    if out.problem == "classification" and loss == "binary_crossentropy" and act != "sigmoid":
        template = (
            QT_TRANSLATE_NOOP(
                "experiment",
                "binary_crossentropy needs a probability: set the last activation to sigmoid (it is {act})",
            )
            if out.main
            else QT_TRANSLATE_NOOP(
                "experiment",
                "binary_crossentropy needs a probability: set this output's activation to sigmoid (it is {act})",
            )
        )
        return Message(template, act=act)
    if out.problem == "multiclass" and loss.endswith("categorical_crossentropy") and act != "softmax":
        template = (
            QT_TRANSLATE_NOOP(
                "experiment",
                "{loss} needs probabilities that sum to 1: set the last activation to softmax (it is {act})",
            )
            if out.main
            else QT_TRANSLATE_NOOP(
                "experiment",
                "{loss} needs probabilities that sum to 1: set this output's activation to softmax (it is {act})",
            )
        )
        return Message(template, loss=loss, act=act)
    return None


def _validate_data(d: DataConfig) -> None:
    if d.name not in DATASETS and d.name not in KERAS_DATASETS and d.name != FILE:
        known = _names([*DATASETS, *KERAS_DATASETS, FILE])
        raise ExperimentError(
            "data.name",
            Message(
                QT_TRANSLATE_NOOP("experiment", "unknown dataset {name}; choose one of {known}"),
                name=repr(d.name),
                known=known,
            ),
        )
    if not is_int(d.samples) or not MIN_SAMPLES <= d.samples <= MAX_SAMPLES:
        raise ExperimentError(
            "data.samples",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a whole number from {low} to {high}, got {got}"),
                low=MIN_SAMPLES,
                high=MAX_SAMPLES,
                got=repr(d.samples),
            ),
        )
    if not is_number(d.noise) or not 0 <= d.noise <= MAX_NOISE:
        raise ExperimentError(
            "data.noise",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a fraction from 0 to {high}, got {got}"),
                high=MAX_NOISE,
                got=repr(d.noise),
            ),
        )
    if not is_number(d.train_fraction) or not MIN_TRAIN_FRACTION <= d.train_fraction <= MAX_TRAIN_FRACTION:
        raise ExperimentError(
            "data.train_fraction",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be from {low} to {high} (10 %–90 % for training), got {got}"),
                low=MIN_TRAIN_FRACTION,
                high=MAX_TRAIN_FRACTION,
                got=repr(d.train_fraction),
            ),
        )
    if d.target not in TARGETS:
        raise ExperimentError(
            "data.target",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be one of {choices}, got {got}"),
                choices=_names(TARGETS),
                got=repr(d.target),
            ),
        )
    if d.target == "inputs" and d.name not in AUTOENCODER_DATASETS:
        raise ExperimentError(
            "data.target",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "rebuilding the inputs (an autoencoder) needs images or sequences: {names}"
                ),
                names=_names(AUTOENCODER_DATASETS),
            ),
        )
    if d.name not in PLANE_DATASETS:
        return
    if not isinstance(d.features, list) or not d.features:
        raise ExperimentError(
            "data.features",
            Message(
                QT_TRANSLATE_NOOP("experiment", "choose at least one input feature from {names}"),
                names=_names(FEATURES),
            ),
        )
    for i, f in enumerate(d.features):
        if f not in FEATURES:
            raise ExperimentError(
                f"data.features[{i}]",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "unknown feature {name}; choose from {names}"),
                    name=repr(f),
                    names=_names(FEATURES),
                ),
            )
    if len(set(d.features)) != len(d.features):
        raise ExperimentError("data.features", Message(QT_TRANSLATE_NOOP("experiment", "lists a feature twice")))


def _validate_data_source(exp: Experiment) -> None:
    """The imported file's description and the preprocessing choices."""
    d = exp.data
    if d.name == FILE:
        _validate_source(d.source)
    elif d.source:
        raise ExperimentError(
            "data.source",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", 'describes an imported file, but the dataset is {name}: set name "file"'
                ),
                name=d.name,
            ),
        )
    problem = preprocessing.scaling_problem(d.scaling, exp.input_shape, exp.text, exp.plane)
    if problem:
        raise ExperimentError("data.scaling", problem)
    if d.encoding not in ENCODINGS:
        raise ExperimentError(
            "data.encoding",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be one of {choices}, got {got}"),
                choices=_names(ENCODINGS),
                got=repr(d.encoding),
            ),
        )
    if d.encoding != "sequence" and not exp.text:
        raise ExperimentError(
            "data.encoding",
            Message(QT_TRANSLATE_NOOP("experiment", "a bag of words is for text data: choose sequence")),
        )
    megabytes = d.samples * exp.input_shape[0] * 4 / 1e6 if d.encoding == "multi_hot" else 0
    if megabytes > MAX_MULTI_HOT_MB:
        raise ExperimentError(
            "data.encoding",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment",
                    "{samples} texts × {words} words as a bag of words take {megabytes:.0f} MB: "
                    "use at most {most} samples, or word numbers",
                ),
                samples=d.samples,
                words=exp.input_shape[0],
                megabytes=megabytes,
                most=int(MAX_MULTI_HOT_MB * 1e6 / 4 / exp.input_shape[0]),
            ),
        )
    for key in ("shuffle", "stratify"):
        if not isinstance(getattr(d, key), bool):
            raise ExperimentError(
                f"data.{key}",
                Message(QT_TRANSLATE_NOOP("experiment", "must be true or false, got {got}"), got=repr(getattr(d, key))),
            )
    if not is_number(d.holdout) or not 0 <= d.holdout <= MAX_HOLDOUT:
        raise ExperimentError(
            "data.holdout",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a fraction from 0 to {high}, got {got}"),
                high=MAX_HOLDOUT,
                got=repr(d.holdout),
            ),
        )
    weight = exp.training.class_weight
    if weight not in CLASS_WEIGHTS:
        raise ExperimentError(
            "training.class_weight",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be one of {choices}, got {got}"),
                choices=_names(CLASS_WEIGHTS),
                got=repr(weight),
            ),
        )
    if weight != "none" and exp.problem not in ("classification", "multiclass"):
        raise ExperimentError(
            "training.class_weight",
            Message(
                QT_TRANSLATE_NOOP("experiment", "weighs classes, but this is {problem}: choose none"),
                problem=exp.problem,
            ),
        )


def _validate_source(source: Any) -> None:
    if not isinstance(source, dict):
        raise ExperimentError(
            "data.source",
            Message(
                QT_TRANSLATE_NOOP("experiment", 'must look like {"kind": "csv", "path": "table.csv", "target": "y"}')
            ),
        )
    _reject_unknown("data.source.", source, set(SOURCE_KEYS))
    if source.get("kind") not in imported.KINDS:
        raise ExperimentError(
            "data.source.kind",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be one of {choices}, got {got}"),
                choices=_names(imported.KINDS),
                got=repr(source.get("kind")),
            ),
        )
    if not isinstance(source.get("path"), str) or not source["path"]:
        raise ExperimentError(
            "data.source.path", Message(QT_TRANSLATE_NOOP("experiment", "must name the imported file or folder"))
        )
    problem = source.get("problem")
    if problem not in ("classification", "multiclass", "regression"):
        raise ExperimentError(
            "data.source.problem",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be classification, multiclass or regression, got {got}"),
                got=repr(problem),
            ),
        )
    classes = source.get("classes", [])
    if not isinstance(classes, list) or not all(isinstance(c, str) for c in classes):
        raise ExperimentError(
            "data.source.classes", Message(QT_TRANSLATE_NOOP("experiment", "must be a list of class names"))
        )
    wanted = {"classification": (2, 2), "multiclass": (3, imported.MAX_CLASSES), "regression": (0, 0)}[problem]
    if not wanted[0] <= len(classes) <= wanted[1]:
        raise ExperimentError(
            "data.source.classes",
            Message(
                QT_TRANSLATE_NOOP("experiment", "{problem} data cannot have {n} classes"),
                problem=problem,
                n=len(classes),
            ),
        )
    shape = source.get("input_shape")
    if not isinstance(shape, list) or not 1 <= len(shape) <= 3 or not all(is_int(n) and n > 0 for n in shape):
        raise ExperimentError(
            "data.source.input_shape",
            Message(QT_TRANSLATE_NOOP("experiment", "must list 1 to 3 sizes above 0, got {got}"), got=repr(shape)),
        )


def _validate_layers(layers: Any) -> None:
    if not isinstance(layers, list) or not layers:
        raise ExperimentError(
            "model.layers", Message(QT_TRANSLATE_NOOP("experiment", "must list at least the output layer"))
        )
    for i, layer in enumerate(layers):
        where = f"model.layers[{i}]"
        if not isinstance(layer, dict) or not isinstance(layer.get("config"), dict):
            raise ExperimentError(
                where,
                Message(QT_TRANSLATE_NOOP("experiment", 'must look like {"class_name": "Dense", "config": {...}}')),
            )
        _reject_unknown(f"{where}.", layer, {"class_name", "config", "inputs", "output", "module", "registered_name"})
        if layer.get("class_name") not in LAYERS:
            raise ExperimentError(
                f"{where}.class_name",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "{name} is not available; use one of {choices}"),
                    name=repr(layer.get("class_name")),
                    choices=_names(LAYERS),
                ),
            )
        wrong = check_config(layer["class_name"], layer["config"])
        if wrong:
            raise ExperimentError(f"{where}.config.{wrong[0]}", wrong[1])
        if layer["class_name"] == INPUT_KIND and ("inputs" in layer or "output" in layer):
            raise ExperimentError(
                where,
                Message(
                    QT_TRANSLATE_NOOP(
                        "experiment", "an Input takes no inputs and is not an output: connect layers after it"
                    )
                ),
            )
        if "output" in layer:
            _validate_output_mark(f"{where}.output", layer["output"])
        inputs = layer.get("inputs")
        if inputs is not None and (
            not isinstance(inputs, list) or not inputs or not all(isinstance(n, str) for n in inputs)
        ):
            raise ExperimentError(
                f"{where}.inputs",
                Message(QT_TRANSLATE_NOOP("experiment", 'must be a list of layer names, e.g. ["conv2d_1", "input"]')),
            )


OUTPUT_KEYS = ("target", "loss", "loss_weight", "metrics")
MAX_LOSS_WEIGHT = 1000.0


def _validate_output_mark(where: str, mark: Any) -> None:
    """One more output's settings; whether its loss fits its target is a network check, so a file
    whose data changed still opens and shows the output to fix."""
    if not isinstance(mark, dict):
        raise ExperimentError(
            where,
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", 'must look like {"target": "labels", "loss": "mse", "loss_weight": 1.0}'
                )
            ),
        )
    _reject_unknown(f"{where}.", mark, set(OUTPUT_KEYS))
    if mark.get("target", "labels") not in TARGETS:
        raise ExperimentError(
            f"{where}.target",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be one of {choices}, got {got}"),
                choices=_names(TARGETS),
                got=repr(mark.get("target")),
            ),
        )
    if "loss" in mark and mark["loss"] not in LOSSES:
        raise ExperimentError(
            f"{where}.loss",
            Message(
                QT_TRANSLATE_NOOP("experiment", "unknown loss {loss}; choose from {choices}"),
                loss=repr(mark["loss"]),
                choices=_names(LOSSES),
            ),
        )
    weight = mark.get("loss_weight", 1.0)
    if not is_number(weight) or not 0 <= weight <= MAX_LOSS_WEIGHT:
        raise ExperimentError(
            f"{where}.loss_weight",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a number from 0 to {high:g}, got {got}"),
                high=MAX_LOSS_WEIGHT,
                got=repr(weight),
            ),
        )
    metrics = mark.get("metrics", [])
    if not isinstance(metrics, list) or any(m not in METRICS for m in metrics):
        raise ExperimentError(
            f"{where}.metrics",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a list chosen from {choices}, got {got}"),
                choices=_names(METRICS),
                got=repr(metrics),
            ),
        )


def _validate_training(t: TrainingConfig, n_train: int, problem: str) -> None:
    if t.loss not in LOSSES:
        raise ExperimentError(
            "training.loss",
            Message(
                QT_TRANSLATE_NOOP("experiment", "unknown loss {loss}; choose from {choices}"),
                loss=repr(t.loss),
                choices=_names(LOSSES),
            ),
        )
    if t.loss not in LOSSES_FOR[problem]:
        raise ExperimentError(
            "training.loss",
            Message(
                QT_TRANSLATE_NOOP("experiment", "{loss} does not fit {problem} data; choose from {choices}"),
                loss=t.loss,
                problem=problem,
                choices=_names(LOSSES_FOR[problem]),
            ),
        )
    opt = t.optimizer
    if not isinstance(opt, dict) or not isinstance(opt.get("config", {}), dict):
        raise ExperimentError(
            "training.optimizer",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", 'must look like {"class_name": "SGD", "config": {"learning_rate": 0.03}}'
                )
            ),
        )
    if opt.get("class_name") not in OPTIMIZERS:
        raise ExperimentError(
            "training.optimizer.class_name",
            Message(
                QT_TRANSLATE_NOOP("experiment", "{name} is not available; use one of {choices}"),
                name=repr(opt.get("class_name")),
                choices=_names(OPTIMIZERS),
            ),
        )
    lr = opt.get("config", {}).get("learning_rate")
    if not is_number(lr) or not 0 < lr <= 100:
        raise ExperimentError(
            "training.optimizer.config.learning_rate",
            Message(QT_TRANSLATE_NOOP("experiment", "must be a number above 0 (at most 100), got {got}"), got=repr(lr)),
        )
    wrong = optimizer_specs.check(opt["class_name"], opt.get("config", {}))
    if wrong:
        raise ExperimentError(f"training.optimizer.config.{wrong[0]}", wrong[1])
    if not is_int(t.batch_size) or t.batch_size < 1:
        raise ExperimentError(
            "training.batch_size",
            Message(QT_TRANSLATE_NOOP("experiment", "must be a whole number ≥ 1, got {got}"), got=repr(t.batch_size)),
        )
    if t.batch_size > n_train:
        raise ExperimentError(
            "training.batch_size",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment",
                    "is {batch_size} but there are only {n} training samples: lower the batch size or use more data",
                ),
                batch_size=t.batch_size,
                n=n_train,
            ),
        )
    if not is_int(t.epochs) or not 1 <= t.epochs <= 1_000_000:
        raise ExperimentError(
            "training.epochs",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a whole number from 1 to 1000000, got {got}"),
                got=repr(t.epochs),
            ),
        )
    if not isinstance(t.metrics, list):
        raise ExperimentError(
            "training.metrics",
            Message(QT_TRANSLATE_NOOP("experiment", "must be a list chosen from {choices}"), choices=_names(METRICS)),
        )
    for i, m in enumerate(t.metrics):
        if m not in METRICS:
            raise ExperimentError(
                f"training.metrics[{i}]",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "unknown metric {metric}; choose from {choices}"),
                    metric=repr(m),
                    choices=_names(METRICS),
                ),
            )
    _validate_schedule_and_callbacks(t)
    _validate_validation(t.validation, n_train)


def _validate_schedule_and_callbacks(t: TrainingConfig) -> None:
    wrong = schedules.check(t.schedule)
    if wrong:
        key, message = wrong
        raise ExperimentError(f"training.schedule.config.{key}" if key else "training.schedule", message)
    wrong = callback_specs.check(t.callbacks, callback_specs.monitors(t.metrics))
    if wrong:
        raise ExperimentError(f"training.{wrong[0]}", wrong[1])
    if t.schedule and callback_specs.get(t.callbacks, "ReduceLROnPlateau"):
        raise ExperimentError(
            "training.schedule",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment",
                    "ReduceLROnPlateau sets the learning rate itself and Keras cannot combine it with a schedule: "
                    "choose the schedule or the callback",
                )
            ),
        )


MAX_FOLDS, MAX_REPEATS = 20, 10


def _validate_validation(v: Any, n_train: int) -> None:
    if not isinstance(v, dict) or v.get("method") not in ("holdout", "kfold"):
        raise ExperimentError(
            "training.validation",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", 'must be {"method": "holdout"} or {"method": "kfold", "k": 5, "repeats": 1}'
                )
            ),
        )
    _reject_unknown("training.validation.", v, {"method", "k", "repeats"})
    k, repeats = v.get("k", 5), v.get("repeats", 1)
    if not is_int(k) or not 2 <= k <= MAX_FOLDS:
        raise ExperimentError(
            "training.validation.k",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a whole number from 2 to {high}, got {got}"),
                high=MAX_FOLDS,
                got=repr(k),
            ),
        )
    if not is_int(repeats) or not 1 <= repeats <= MAX_REPEATS:
        raise ExperimentError(
            "training.validation.repeats",
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a whole number from 1 to {high}, got {got}"),
                high=MAX_REPEATS,
                got=repr(repeats),
            ),
        )


# Keras's own default learning rates, for files that leave the rate out.
DEFAULT_LEARNING_RATES = {"SGD": 0.01}  # every other optimizer here: 0.001


def _fill_default_learning_rate(optimizer: Any) -> None:
    if isinstance(optimizer, dict) and optimizer.get("class_name") in OPTIMIZERS:
        config = optimizer.setdefault("config", {})
        if isinstance(config, dict):
            config.setdefault("learning_rate", DEFAULT_LEARNING_RATES.get(optimizer["class_name"], 0.001))


def _section(raw: dict, name: str, cls: type) -> Any:
    section = raw.get(name, {})
    if not isinstance(section, dict):
        raise ExperimentError(name, Message(QT_TRANSLATE_NOOP("experiment", "must be a JSON object")))
    allowed = set(cls.__dataclass_fields__)
    _reject_unknown(f"{name}.", section, allowed)
    return cls(**copy.deepcopy(section))


def _reject_unknown(prefix: str, section: dict, allowed: set[str]) -> None:
    for key in section:
        if key not in allowed:
            raise ExperimentError(
                f"{prefix}{key}",
                Message(
                    QT_TRANSLATE_NOOP("experiment", "is not a known field; allowed here: {allowed}"),
                    allowed=_names(sorted(allowed)),
                ),
            )


def _names(items: Any) -> str:
    return ", ".join(str(i) for i in items)
