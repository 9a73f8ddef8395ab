"""The model a user takes away: the raw input they gave in, the app's answer out.

The app trains on prepared inputs — the plane's points turned into the chosen features (x1², sin(x1)…),
tables and images scaled with the training rows' statistics — and prepares them outside the model.
`wrap` puts that preparation in front of the trained model as layers, so that
`keras.models.load_model("model.keras").predict(raw)` answers as the app does:

    raw Input → feature crosses / scaling (Keras's own layers, fixed) → the trained model (one layer)

An imported CSV table goes in as its columns, by name, and a bag of words as its word numbers
(`raw_layers`). Keras's own layers do it all but sin and filling a table's blank numbers, which
`playground_layers` does (a file written beside the model when they are used). The wrapped model
shares the trained model's weights; `unwrap` gives the trained model back when the app reads a file
it saved.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from playground.core.data import datasets, preprocessing
from playground.core.data.data_config import FEATURE_LAYER_NAMES, SINES
from playground.core.experiment.config import Experiment
from playground.training.files import keras_archive, raw_layers
from playground.training.network.model_builder import compile_model
from playground.training.tf_setup import import_keras

NAME = keras_archive.WRAPPED  # the outer model's name: how `unwrap` knows a file the playground wrapped
LAYERS_FILE = "playground_layers.py"


def wrappable(exp: Experiment, model) -> bool:
    """Whether the raw input can go through layers to `model`: a Keras model, and not a bag of
    words made of scaled word numbers (the app scales them before it counts the words: no layer
    repeats that)."""
    if not isinstance(model, import_keras().Model):
        return False
    return not raw_layers.is_bag_of_words(exp) or _scaling(exp, 2) is None


def wrapped(exp: Experiment, model):
    """`wrap`'s model, made once for the model a session saves again and again (ModelCheckpoint: the
    same weights, since the wrapped model shares them), its optimizer's state brought up to date."""
    global _last
    key = (id(model), repr(exp.data), exp.seed, repr(exp.training))
    if _last is None or _last[0] is not model or _last[1] != key:
        _last = None  # the old one goes before a new one is built
        _last = (model, key, wrap(exp, model))
    else:
        _carry_optimizer(model, _last[2])
    return _last[2]


_last = None  # (the trained model, what its preparation depends on, the wrapped model)


def wrap(exp: Experiment, model):
    """The trained `model` behind layers that prepare the raw input as the app does, compiled as
    the experiment compiles its model, its optimizer in `model`'s optimizer's state; `model`
    itself is unchanged.

    Raises:
        ImportFailed: the experiment's data file (whose training rows give the scaling) cannot be read.
    """
    keras = import_keras()
    if exp.plane:
        raw = keras.Input((2,), name="point")
        made: dict = {}
        inputs = [
            _features(keras, raw, n, made, "features" if i == 0 else f"features_{i}")
            for i, n in enumerate(exp.feature_lists)
        ]
    elif raw_layers.is_bag_of_words(exp):
        raw, prepared = raw_layers.bag_of_words(keras, exp)
        inputs = [prepared] * len(model.inputs)
    else:
        shape = tuple(model.inputs[0].shape[1:])
        scaling = _scaling(exp, len(shape) + 1)
        if raw_layers.is_table(exp):  # the file's columns by name, gaps and text as the import made them
            columns = raw_layers.table_columns(exp)
            taken = {model.name, "scaling", *(layer.name for layer in model.layers)}
            taken |= raw_layers.internal_names(columns)
            by_column = raw_layers.table_inputs(keras, columns, taken)
            prepared = raw_layers.table_prepared(keras, by_column, columns)
            # A list, not a dict: Keras takes a dict of columns by the Inputs' names, ignores the
            # columns it does not need and names one it lacks; a dict-shaped model would match a
            # dict with a column more by position, silently wrong.
            raw = list(by_column.values())
        else:
            dtype = "float32" if scaling else model.inputs[0].dtype
            raw = keras.Input(shape, dtype=dtype, name="raw_input")
            prepared = raw
        prepared = _scaled(keras, exp, prepared, scaling) if scaling else prepared
        inputs = [prepared] * len(model.inputs)
    outputs = model(inputs if len(inputs) > 1 else inputs[0])
    outer = keras.Model(raw, outputs, name=NAME)
    compile_model(outer, exp)
    _carry_optimizer(model, outer)
    return outer


def _carry_optimizer(model, wrapped) -> None:
    """Gives the wrapped model's optimizer the trained one's state, so training goes on where the
    app left it. Not the trained optimizer itself: Keras saves an object once, under the first
    path that reaches it (the inner model's), and the wrapped model's would then load empty. Built
    either way: Keras builds it as it loads and refuses a file whose optimizer has fewer variables."""
    mine, trained = wrapped.optimizer, getattr(model, "optimizer", None)
    if not mine.built:  # the preparation has no trainable variables: the trained model's, in order
        mine.build(wrapped.trainable_variables)
    if trained is None:
        return
    if not trained.built:  # a model never trained: Keras compiles the inner model too as it loads
        trained.build(model.trainable_variables)
    if len(trained.variables) != len(mine.variables):
        return
    if all(tuple(a.shape) == tuple(b.shape) for a, b in zip(mine.variables, trained.variables, strict=True)):
        for a, b in zip(mine.variables, trained.variables, strict=True):
            a.assign(b)


def unwrap(model):
    """The trained model inside a model `wrap` made; any other model as it is."""
    if getattr(model, "name", None) != NAME:
        return model
    keras = import_keras()
    inner = [layer for layer in model.layers if isinstance(layer, keras.Model)]
    return inner[0] if len(inner) == 1 else model


def uses_own_layers(model) -> bool:
    """Whether `model` (a wrapped one) needs `playground_layers` to load: sin, or a table's gaps filled."""
    from playground.training.files import playground_layers

    own = (playground_layers.Sin, playground_layers.FillGaps)
    return any(isinstance(layer, own) for layer in getattr(model, "layers", ()))


def register_layers() -> None:
    """Makes `playground>Sin` and `playground>FillGaps` known to Keras in this process (the app
    reading a file it wrote)."""
    import_keras()  # TensorFlow set up quietly first
    from playground.training.files import playground_layers  # noqa: F401 — registers on import


def write_layers(folder: str | Path) -> Path:
    """Copies the standalone layers module into `folder` (whole or not at all); returns its path."""
    from playground.core import atomic_files

    target = Path(folder) / LAYERS_FILE
    with atomic_files.replacing(target) as temporary:
        shutil.copyfile(Path(__file__).with_name(LAYERS_FILE), temporary)
    return target


def _features(keras, raw, names: list[str], made: dict, name: str):
    """The plane's features of `raw` points, in `names`' order, as `datasets.features` computes them."""
    for feature in names:
        _feature(keras, raw, feature, made)
    columns = [made[n] for n in names]
    if len(columns) == 1:
        return columns[0]
    return keras.layers.Concatenate(name=name)(columns)


def _feature(keras, raw, feature: str, made: dict):
    if feature in made:
        return made[feature]
    name = FEATURE_LAYER_NAMES[feature]
    if feature in ("x1", "x2"):
        # A fixed 0/1 kernel picks one coordinate: exact in float32, and a built-in layer.
        pick = keras.layers.Dense(1, use_bias=False, trainable=False, name=name)
        tensor = pick(raw)
        pick.set_weights([np.array([[1.0], [0.0]] if feature == "x1" else [[0.0], [1.0]], np.float32)])
    elif feature in SINES:
        from playground.training.files.playground_layers import Sin

        tensor = Sin(name=name)(_feature(keras, raw, feature[4:6], made))
    else:
        first, second = ("x1", "x1") if feature == "x1^2" else ("x2", "x2") if feature == "x2^2" else ("x1", "x2")
        tensor = keras.layers.Multiply(name=name)(
            [_feature(keras, raw, first, made), _feature(keras, raw, second, made)]
        )
    made[feature] = tensor
    return tensor


def _scaling(exp: Experiment, rank: int) -> str | None:
    """The scaling `datasets.from_split` gives inputs of this rank, or None when they go as they are."""
    scaling = datasets.input_scaling(exp.data, rank)
    return None if scaling in ("auto", "none") else scaling


def _scaled(keras, exp: Experiment, raw, scaling: str):
    """`raw` scaled with the training rows' statistics, as `preprocessing.scale` scales them."""
    pool = datasets.split_pool(exp.data, exp.seed)  # the same rows for the same config and seed
    train = np.asarray(pool.x[pool.parts.train])
    if scaling == "standardise" and train.ndim == 2:
        mean, std = train.mean(axis=0), train.std(axis=0)
        std = np.where(std > 1e-8, std, 1.0)
        return keras.layers.Normalization(mean=mean, variance=std**2, name="scaling")(raw)
    # Every scaling is affine per value: where 0 and 1 land gives the whole map.
    zeros = np.zeros((1, *train.shape[1:]), train.dtype if train.dtype.kind == "f" else np.float64)
    _, low, high = preprocessing.scale(scaling, train, zeros, zeros + 1)
    return keras.layers.Rescaling(scale=(high - low)[0], offset=low[0], name="scaling")(raw)
