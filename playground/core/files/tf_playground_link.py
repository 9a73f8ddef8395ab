"""TensorFlow Playground links in and out: an experiment from a playground.tensorflow.org address, and
the address of an experiment.

TensorFlow Playground keeps its whole state in the address's `#…` part, `key=value` pairs joined by
`&` (its `src/state.ts`): numbers as JavaScript writes them, booleans as true/false, `networkShape`
as the hidden layers' sizes joined by commas (empty: no hidden layer), the choices by name
(activation relu/tanh/sigmoid/linear, regularization none/L1/L2, problem classification/regression,
dataset circle/xor/gauss/spiral, regDataset reg-plane/reg-gauss), and `<control>_hide=true` for each
control a teacher hid. A key it leaves out keeps its default, which `DEFAULTS` copies.

What the numbers become here, so that a link trains as it does in the browser:
- noise and percTrainData are percents there, fractions here;
- it draws 500 points for classification and 1200 for regression;
- its training rule (src/nn.ts): a tanh output for classification, trained on ±1 labels, and a
  linear one for regression, both with the squared error ½(y − t)²; weights start uniform in
  [-0.5, 0.5] and biases at 0.1 (initZero: both at 0); regularization on every weight, the output
  layer's too, and no bias. Here classification trains a tanh output with Keras's squared hinge,
  which on a tanh output (|y| < 1) is exactly (y − t)² with the 0/1 labels taken as ±1, and
  regression with mse, (y − t)². Both are twice its ½(y − t)², so the learning rate here is half
  the link's: every step is the same. Its regularization step is learningRate × rate × w (L2,
  the derivative of ½·w²) or × sign(w) (L1); at half the learning rate Keras's L2 penalty rate × w²
  (gradient 2 × rate × w) takes the link's rate and Keras's L1 penalty twice the link's rate;
- initZero starts every weight and bias at 0;
- its seed is a string (Math.random().toFixed(5), "0.58123"); here it is the whole number its
  digits make (58123), and any other string a stable number from its text.
What stays different: the browser goes through the training points in one fixed order and carries
a last part-batch over to the next epoch, where Keras shuffles every epoch and steps on the part
batch; its L1 sets a weight that crosses 0 to 0 for good.
"""

from __future__ import annotations

import copy
import math
import re
import zlib
from urllib.parse import unquote

from playground.core.errors import ExperimentError, names
from playground.core.experiment.config import MAX_SEED, Experiment, dense, validate_structure
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_configs import regularizer_rates
from playground.core.recipe.training_config import default_metrics

SITE = "https://playground.tensorflow.org/"
ACTIVATIONS = ("relu", "tanh", "sigmoid", "linear")
REGULARIZATIONS = ("none", "L1", "L2")
PROBLEMS = ("classification", "regression")
CLASSIFY_SETS = {"circle": "circle", "xor": "xor", "gauss": "gauss", "spiral": "spiral"}  # link → here
REGRESS_SETS = {"reg-plane": "plane", "reg-gauss": "multigauss"}
SAMPLES = {"classification": 500, "regression": 1200}  # NUM_SAMPLES_CLASSIFY / _REGRESS
MAX_NOISE_PERCENT = 50
# Keras's losses are (y − t)², TensorFlow Playground's ½(y − t)²: half its learning rate steps as it does.
RATE_HERE = 0.5
LOSS_FOR = {"classification": "squared_hinge", "regression": "mse"}
OUTPUT_ACTIVATION = {"classification": "tanh", "regression": "linear"}
KERNEL_START = {"class_name": "RandomUniform", "config": {"minval": -0.5, "maxval": 0.5}}  # Math.random() - 0.5
BIAS_START = {"class_name": "Constant", "config": {"value": 0.1}}
# The link's feature switches, in the order TensorFlow Playground writes them, and their names here.
FEATURE_KEYS = {
    "x": "x1",
    "y": "x2",
    "xTimesY": "x1*x2",
    "xSquared": "x1^2",
    "ySquared": "x2^2",
    "sinX": "sin(x1)",
    "sinY": "sin(x2)",
}
# Features TensorFlow Playground's state knows but never shows: harmless while off.
UNSHOWN_FEATURES = ("cosX", "cosY")
# What the browser shows, not what trains: read and left aside.
VIEW_KEYS = ("showTestData", "discretize", "collectStats", "hideText")
DEFAULTS = {
    "activation": "tanh",
    "regularization": "none",
    "batchSize": "10",
    "dataset": "circle",
    "regDataset": "reg-plane",
    "learningRate": "0.03",
    "regularizationRate": "0",
    "noise": "0",
    "networkShape": "4,2",
    "percTrainData": "50",
    "x": "true",
    "y": "true",
    "problem": "classification",
    "initZero": "false",
}
# TensorFlow Playground's hidable controls (HIDABLE_CONTROLS, and each feature) and the control
# hidden here; None: this playground has no such control to hide. Several of its controls live in
# one of ours (the layer editor holds the activation and regularization), so hiding one hides it.
HIDE_KEYS = {
    "showTestData": None,
    "discretize": None,
    "playButton": None,
    "stepButton": None,
    "resetButton": None,
    "learningRate": "learning_rate",
    "activation": "layers",
    "regularization": "layers",
    "regularizationRate": "layers",
    "problem": "datasets",
    "dataset": "datasets",
    "percTrainData": "ratio",
    "noise": "noise",
    "batchSize": "batch_size",
    "numHiddenLayers": "layers",
    **{key: "features" for key in FEATURE_KEYS},
}
HIDE_SUFFIX = "_hide"
KNOWN_KEYS = (*DEFAULTS, *FEATURE_KEYS, *UNSHOWN_FEATURES, *VIEW_KEYS, "seed", "tutorial")


def looks_like_link(text: str) -> bool:
    """An address (http…) or a bare `#…` fragment, not a file's path."""
    text = text.strip()
    return text.startswith(("http://", "https://", "#"))


def from_link(url: str) -> tuple[Experiment, list[str]]:
    """The experiment a TensorFlow Playground link describes, and the link's keys this playground
    does not take (unknown ones, hidden controls it has no counterpart for, cos features switched on,
    a tutorial). Accepts the whole address or its `#…` part. Raises ExperimentError naming the key
    and what to fix."""
    values, ignored = _pairs(url)
    unknown = list(ignored)
    hidden: list[str] = []
    for key, value in values.items():
        if key.endswith(HIDE_SUFFIX) and key[: -len(HIDE_SUFFIX)] in HIDE_KEYS:
            control = HIDE_KEYS[key[: -len(HIDE_SUFFIX)]]
            if value == "true" and control is None:
                unknown.append(key)
            elif value == "true" and control not in hidden:
                hidden.append(control)
        elif key in UNSHOWN_FEATURES:
            if _boolean(key, value):
                unknown.append(key)
        elif key == "tutorial":
            if value:
                unknown.append(key)
        elif key not in KNOWN_KEYS:
            unknown.append(key)

    def get(key: str) -> str:
        # TensorFlow Playground takes an empty value as the default (networkShape aside)
        value = values.get(key, "")
        return value if value.strip() else DEFAULTS[key]

    problem = _choice("problem", get("problem"), PROBLEMS)
    exp = Experiment(seed=_seed(values.get("seed", "")), hidden=hidden)
    if problem == "classification":
        exp.data.name = CLASSIFY_SETS[_choice("dataset", get("dataset"), tuple(CLASSIFY_SETS))]
    else:
        exp.data.name = REGRESS_SETS[_choice("regDataset", get("regDataset"), tuple(REGRESS_SETS))]
    exp.data.samples = SAMPLES[problem]
    noise = _number("noise", get("noise"))
    if not 0 <= noise <= MAX_NOISE_PERCENT:
        raise ExperimentError(
            "noise",
            Message(
                QT_TRANSLATE_NOOP("tf_link", "must be a percent from 0 to {most}, got {got}"),
                most=MAX_NOISE_PERCENT,
                got=noise,
            ),
        )
    exp.data.noise = noise / 100
    exp.data.train_fraction = _number("percTrainData", get("percTrainData")) / 100
    exp.data.features = [
        name for key, name in FEATURE_KEYS.items() if _boolean(key, values.get(key) or DEFAULTS.get(key, "false"))
    ]
    exp.training.batch_size = _whole("batchSize", get("batchSize"))
    rate_there = _number("learningRate", get("learningRate"))
    exp.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": rate_there * RATE_HERE}}
    exp.training.loss = LOSS_FOR[problem]
    exp.training.metrics = default_metrics(problem)
    activation = _choice("activation", get("activation"), ACTIVATIONS)
    kind = _choice("regularization", get("regularization"), REGULARIZATIONS)
    rate = _number("regularizationRate", get("regularizationRate"))
    l1, l2 = (2 * rate, 0.0) if kind == "L1" else (0.0, rate) if kind == "L2" else (0.0, 0.0)
    shape = values.get("networkShape", DEFAULTS["networkShape"])
    sizes = [_whole("networkShape", size) for size in shape.split(",")] if shape.strip() else []
    exp.model.layers = [dense(n, activation, l1, l2) for n in sizes]
    exp.model.layers.append(dense(1, OUTPUT_ACTIVATION[problem], l1, l2))
    zero = _boolean("initZero", get("initZero"))
    for layer in exp.model.layers:
        layer["config"]["kernel_initializer"] = "zeros" if zero else copy.deepcopy(KERNEL_START)
        layer["config"]["bias_initializer"] = "zeros" if zero else copy.deepcopy(BIAS_START)
    validate_structure(exp)
    return exp, unknown


def to_link(exp: Experiment) -> tuple[str, list[Message]]:
    """The TensorFlow Playground address of an experiment, and what the experiment has that the
    address cannot say (each a sentence for the window)."""
    cannot: list[Message] = []

    def say(template: str, **values) -> None:
        cannot.append(Message(template, **values))

    problem = exp.data_problem
    data = exp.data
    sets = {here: there for there, here in {**CLASSIFY_SETS, **REGRESS_SETS}.items()}
    if data.name not in sets:
        say(QT_TRANSLATE_NOOP("tf_link", "the dataset {name} (the link names circle instead)"), name=data.name)
        problem = "classification"
    pairs: dict[str, str] = {}
    layers = exp.model.layers
    dense_layers = [layer for layer in layers if layer.get("class_name") == "Dense"]
    others = sorted({str(layer.get("class_name")) for layer in layers if layer.get("class_name") != "Dense"})
    if others:
        say(QT_TRANSLATE_NOOP("tf_link", "layers other than Dense: {kinds}"), kinds=names(others))
    hidden = dense_layers[:-1]
    activations = sorted({str(layer["config"].get("activation", "linear")) for layer in hidden})
    if len(activations) > 1 or (activations and activations[0] not in ACTIVATIONS):
        say(QT_TRANSLATE_NOOP("tf_link", "the hidden layers' activations {names}"), names=names(activations))
    rates = {regularizer_rates(layer["config"].get("kernel_regularizer")) for layer in dense_layers}
    l1, l2 = max(rates) if rates else (0.0, 0.0)
    if len(rates) > 1 or (l1 and l2):
        say(QT_TRANSLATE_NOOP("tf_link", "regularization that differs between layers or mixes L1 and L2"))
    zeros = bool(dense_layers) and all(layer["config"].get("kernel_initializer") == "zeros" for layer in dense_layers)
    pairs["activation"] = activations[0] if activations and activations[0] in ACTIVATIONS else "tanh"
    pairs["regularization"] = "L1" if l1 else "L2" if l2 else "none"
    pairs["batchSize"] = _js(exp.training.batch_size)
    if problem == "classification":
        pairs["dataset"] = sets.get(data.name, "circle")
    else:
        pairs["regDataset"] = sets[data.name]
    optimizer = exp.training.optimizer
    if optimizer.get("class_name") != "SGD" or any(
        optimizer.get("config", {}).get(key) for key in ("momentum", "nesterov", "weight_decay")
    ):
        say(
            QT_TRANSLATE_NOOP("tf_link", "the optimizer {name} (the link trains with plain SGD)"),
            name=optimizer.get("class_name"),
        )
    pairs["learningRate"] = _js(_round(exp.training.learning_rate / RATE_HERE))
    pairs["regularizationRate"] = _js(_round(l1 / 2 if l1 else l2))
    pairs["noise"] = _js(round(data.noise * 100, 6))
    pairs["networkShape"] = ",".join(_js(layer["config"].get("units", 1)) for layer in hidden)
    pairs["seed"] = f"0.{exp.seed:05d}" if exp.seed < 100000 else str(exp.seed)
    pairs["percTrainData"] = _js(round(data.train_fraction * 100, 6))
    for key, name in FEATURE_KEYS.items():
        pairs[key] = "true" if name in data.features else "false"
    pairs["problem"] = problem
    pairs["initZero"] = "true" if zeros else "false"
    starts = {
        (str(layer["config"].get("kernel_initializer")), str(layer["config"].get("bias_initializer")))
        for layer in dense_layers
    }
    if not zeros and starts != {(str(KERNEL_START), str(BIAS_START))}:
        say(QT_TRANSLATE_NOOP("tf_link", "how the weights start (the link starts them uniform in ±0.5, biases at 0.1)"))
    if dense_layers and dense_layers[-1]["config"].get("units") != 1:
        say(QT_TRANSLATE_NOOP("tf_link", "an output layer of more than one unit"))
    if data.name in sets and data.samples != SAMPLES[problem]:
        say(
            QT_TRANSLATE_NOOP("tf_link", "{n} samples (the link draws {theirs})"),
            n=data.samples,
            theirs=SAMPLES[problem],
        )
    if data.holdout:
        say(QT_TRANSLATE_NOOP("tf_link", "a held-out test set"))
    if exp.training.loss != LOSS_FOR[problem]:
        say(QT_TRANSLATE_NOOP("tf_link", "the loss {loss}"), loss=exp.training.loss)
    if exp.training.schedule:
        say(QT_TRANSLATE_NOOP("tf_link", "the learning-rate schedule"))
    if exp.training.callbacks:
        say(QT_TRANSLATE_NOOP("tf_link", "callbacks"))
    if exp.training.validation.get("method") != "holdout":
        say(QT_TRANSLATE_NOOP("tf_link", "K-fold validation"))
    if exp.training.class_weight != "none":
        say(QT_TRANSLATE_NOOP("tf_link", "class weights"))
    if exp.model.weights:
        say(QT_TRANSLATE_NOOP("tf_link", "the trained weights the model starts from"))
    if exp.silenced:
        say(QT_TRANSLATE_NOOP("tf_link", "silenced units"))
    for key, control in HIDE_KEYS.items():
        if control in exp.hidden:
            pairs[key + HIDE_SUFFIX] = "true"
    unhidable = [name for name in exp.hidden if name not in HIDE_KEYS.values()]
    if unhidable:
        say(QT_TRANSLATE_NOOP("tf_link", "hidden controls it has no switch for: {names}"), names=names(unhidable))
    return SITE + "#" + "&".join(f"{key}={value}" for key, value in pairs.items()), cannot


def _pairs(url: str) -> tuple[dict[str, str], list[str]]:
    """The link's `key=value` pairs (the last of a repeated key wins, as in the browser) and the
    pieces that are no pair."""
    text = url.strip()
    if "#" in text:
        text = text.split("#", 1)[1]
    elif looks_like_link(text) or "=" not in text:
        raise ExperimentError(
            "link",
            Message(
                QT_TRANSLATE_NOOP(
                    "tf_link",
                    "has no #… part with the settings: copy the whole address from the browser's address bar",
                )
            ),
        )
    values: dict[str, str] = {}
    bare: list[str] = []
    for piece in text.split("&"):
        if not piece:
            continue
        if "=" not in piece:
            bare.append(unquote(piece))
            continue
        key, value = piece.split("=", 1)
        values[unquote(key)] = unquote(value)
    if not values:
        raise ExperimentError(
            "link", Message(QT_TRANSLATE_NOOP("tf_link", "its #… part holds no settings (key=value pairs)"))
        )
    return values, bare


def _choice(key: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ExperimentError(
            key,
            Message(
                QT_TRANSLATE_NOOP("tf_link", "unknown value {got}; TensorFlow Playground's are {choices}"),
                got=repr(value),
                choices=names(choices),
            ),
        )
    return value


def _number(key: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise ExperimentError(
            key, Message(QT_TRANSLATE_NOOP("tf_link", "must be a number, got {got}"), got=repr(value))
        )
    return number


def _whole(key: str, value: str) -> int:
    number = _number(key, value)
    if number != int(number) or number < 1:
        raise ExperimentError(
            key, Message(QT_TRANSLATE_NOOP("tf_link", "must be a whole number from 1, got {got}"), got=repr(value))
        )
    return int(number)


def _boolean(key: str, value: str) -> bool:
    if value not in ("true", "false"):
        raise ExperimentError(
            key, Message(QT_TRANSLATE_NOOP("tf_link", "must be true or false, got {got}"), got=repr(value))
        )
    return value == "true"


def _seed(value: str) -> int:
    """A whole number from TensorFlow Playground's seed string (see the module's notes); 0 without one."""
    value = value.strip()
    if re.fullmatch(r"\d{1,9}", value):
        return min(int(value), MAX_SEED)
    if re.fullmatch(r"0\.\d{1,5}", value):
        return int(value[2:].ljust(5, "0"))
    return zlib.crc32(value.encode()) % MAX_SEED if value else 0


def _round(number: float) -> float:
    """Halving and doubling in binary can leave 0.30000000000000004: twelve digits are plenty."""
    return float(f"{number:.12g}")


def _js(number: float) -> str:
    """A number as JavaScript would write it back: whole numbers without a point."""
    number = float(number)
    return str(int(number)) if number.is_integer() else repr(number)
