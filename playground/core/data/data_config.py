"""The data an experiment trains on: which dataset, how much of it, how it is split and prepared.

`DataConfig` is the `data` section of an experiment file. Beside it are the names of the datasets
and what each one is (its problem, its input shape, its classes), and the checks of that section,
so that the code that generates or loads the data (`datasets`) needs nothing above this package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from playground.core.data import drawn_points, imported, keras_sets, preprocessing, tabular_data
from playground.core.data.drawn_points import DRAWN
from playground.core.data.generated_data import CLASS_NAMES, INPUT_SHAPES, VOCABULARY
from playground.core.errors import ExperimentError, check_choice, check_fraction, check_whole, names, reject_unknown
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.numbers import is_int, is_number

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
MAX_HOLDOUT = 0.5
MAX_MULTI_HOT_MB = 200  # a bag of words is samples × vocabulary floats
SOURCE_KEYS = ("kind", "path", "target", "problem", "missing", "exclude", "size", "color", "classes", "input_shape")
PLANE_DATASETS = ("circle", "xor", "gauss", "spiral", "moons", "plane", "multigauss")
# The inputs TensorFlow Playground computes from a point (x1, x2) of the plane.
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
SINES = ("sin(x1)", "sin(x2)")  # Keras has no layer for these: a saved model that makes them needs ours
# The features as names of the Keras layers that make them in a saved model (no ^, * or brackets there).
FEATURE_LAYER_NAMES = {
    "x1": "x1",
    "x2": "x2",
    "x1^2": "x1_squared",
    "x2^2": "x2_squared",
    "x1*x2": "x1_times_x2",
    "sin(x1)": "sin_x1",
    "sin(x2)": "sin_x2",
}
TARGETS = ("labels", "inputs")  # learn the labels, or rebuild the inputs (an autoencoder)
MIN_SAMPLES, MAX_SAMPLES = 20, 20000
MIN_TRAIN_FRACTION, MAX_TRAIN_FRACTION = 0.1, 0.9
MAX_NOISE = 0.5


@dataclass
class DataConfig:
    name: str = "circle"
    samples: int = 500
    noise: float = 0.0
    train_fraction: float = 0.5
    features: list[str] = field(default_factory=lambda: ["x1", "x2"])
    target: str = "labels"
    # The imported file and how it was read (name "file"), or the points drawn by hand (name "drawn").
    source: dict = field(default_factory=dict)
    scaling: str = "auto"  # preprocessing.SCALINGS
    encoding: str = "sequence"  # text only: ENCODINGS
    shuffle: bool = True  # shuffle before splitting (off: the split takes rows in order)
    stratify: bool = True  # each part keeps the classes' proportions
    holdout: float = 0.0  # fraction kept aside as a test set the training never sees


def data_problem(data: DataConfig) -> str:
    """What the data's labels are: classification, multiclass or regression."""
    if data.name in (FILE, DRAWN):
        return data.source.get("problem", "regression" if data.name == FILE else "classification")
    if data.name in KERAS_DATASETS:
        return keras_sets.KERAS_SETS[data.name].problem
    return DATASETS[data.name]


def is_text(data: DataConfig) -> bool:
    """The inputs are word numbers."""
    return data.name in TEXT_DATASETS


def is_plane(data: DataConfig) -> bool:
    """The data are points of the plane (TensorFlow Playground's sets, or drawn by hand)."""
    return data.name in PLANE_DATASETS or data.name == DRAWN


def input_shape(data: DataConfig) -> tuple[int, ...]:
    """The shape of one sample as the model's first layer receives it."""
    if is_plane(data):
        return (len(data.features),)
    if data.name in TABULAR_DATASETS:
        return (tabular_data.FEATURE_COUNTS[data.name],)
    if data.name == FILE:
        return tuple(data.source.get("input_shape", (1,)))
    if is_text(data) and data.encoding == "multi_hot":
        return (vocabulary_size(data),)
    if data.name in KERAS_DATASETS:
        return keras_sets.KERAS_SETS[data.name].input_shape
    return tuple(INPUT_SHAPES[data.name])


def class_names(data: DataConfig) -> tuple[str, ...]:
    """The class names of a dataset; empty for regression."""
    name = data.name
    if name in PLANE_DATASETS:
        return ("0", "1") if DATASETS[name] == "classification" else ()
    if name == DRAWN:
        return drawn_points.class_names(data.source)
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


def validate_features(d: DataConfig) -> None:
    """The inputs computed from each point of the plane (other data have no features to choose)."""
    if not is_plane(d):
        return
    if not isinstance(d.features, list) or not d.features:
        raise ExperimentError(
            "data.features",
            Message(
                QT_TRANSLATE_NOOP("experiment", "choose at least one input feature from {names}"),
                names=names(FEATURES),
            ),
        )
    for i, f in enumerate(d.features):
        if f not in FEATURES:
            unknown = QT_TRANSLATE_NOOP("experiment", "unknown feature {name}; choose from {names}")
            raise ExperimentError(f"data.features[{i}]", Message(unknown, name=repr(f), names=names(FEATURES)))
    if len(set(d.features)) != len(d.features):
        raise ExperimentError("data.features", Message(QT_TRANSLATE_NOOP("experiment", "lists a feature twice")))


def validate_data(d: DataConfig) -> None:
    """The dataset, its size, noise, split and target; the plane's features are the model's inputs
    and are checked with the layers."""
    if d.name not in DATASETS and d.name not in KERAS_DATASETS and d.name not in (FILE, DRAWN):
        known = names([*DATASETS, *KERAS_DATASETS, FILE, DRAWN])
        raise ExperimentError(
            "data.name",
            Message(
                QT_TRANSLATE_NOOP("experiment", "unknown dataset {name}; choose one of {known}"),
                name=repr(d.name),
                known=known,
            ),
        )
    check_whole("data.samples", d.samples, MIN_SAMPLES, MAX_SAMPLES)
    check_fraction("data.noise", d.noise, MAX_NOISE)
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
    check_choice("data.target", d.target, TARGETS)
    if d.target == "inputs" and d.name not in AUTOENCODER_DATASETS:
        raise ExperimentError(
            "data.target",
            Message(
                QT_TRANSLATE_NOOP(
                    "experiment", "rebuilding the inputs (an autoencoder) needs images or sequences: {names}"
                ),
                names=names(AUTOENCODER_DATASETS),
            ),
        )


def validate_preprocessing(d: DataConfig) -> None:
    """The imported file's description and the preprocessing choices."""
    if d.name == FILE:
        _validate_source(d.source)
    elif d.name == DRAWN:
        drawn_points.validate_source(d.source)
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
    problem = preprocessing.scaling_problem(d.scaling, input_shape(d), is_text(d), is_plane(d))
    if problem:
        raise ExperimentError("data.scaling", problem)
    check_choice("data.encoding", d.encoding, ENCODINGS)
    if d.encoding != "sequence" and not is_text(d):
        raise ExperimentError(
            "data.encoding",
            Message(QT_TRANSLATE_NOOP("experiment", "a bag of words is for text data: choose sequence")),
        )
    megabytes = d.samples * input_shape(d)[0] * 4 / 1e6 if d.encoding == "multi_hot" else 0
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
                words=input_shape(d)[0],
                megabytes=megabytes,
                most=int(MAX_MULTI_HOT_MB * 1e6 / 4 / input_shape(d)[0]),
            ),
        )
    for key in ("shuffle", "stratify"):
        if not isinstance(getattr(d, key), bool):
            raise ExperimentError(
                f"data.{key}",
                Message(QT_TRANSLATE_NOOP("experiment", "must be true or false, got {got}"), got=repr(getattr(d, key))),
            )
    check_fraction("data.holdout", d.holdout, MAX_HOLDOUT)


def _validate_source(source: Any) -> None:
    if not isinstance(source, dict):
        raise ExperimentError(
            "data.source",
            Message(
                QT_TRANSLATE_NOOP("experiment", 'must look like {"kind": "csv", "path": "table.csv", "target": "y"}')
            ),
        )
    reject_unknown("data.source.", source, set(SOURCE_KEYS))
    check_choice("data.source.kind", source.get("kind"), imported.KINDS)
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
        wrong = QT_TRANSLATE_NOOP("experiment", "{problem} data cannot have {n} classes")
        raise ExperimentError("data.source.classes", Message(wrong, problem=problem, n=len(classes)))
    shape = source.get("input_shape")
    if not isinstance(shape, list) or not 1 <= len(shape) <= 3 or not all(is_int(n) and n > 0 for n in shape):
        raise ExperimentError(
            "data.source.input_shape",
            Message(QT_TRANSLATE_NOOP("experiment", "must list 1 to 3 sizes above 0, got {got}"), got=repr(shape)),
        )
