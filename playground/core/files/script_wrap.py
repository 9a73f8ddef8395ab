"""The exported script's wrapper (section 4): the trained model behind Keras layers that turn the
raw input into what model.fit got — the plane's points into the chosen features, samples scaled, an
imported CSV's columns (blank cells, text) into its numbers — saved as model.keras, as the app's own
model.keras is (playground.training.files.self_contained). Text and numpy only: core imports no Keras.

What an imported file's preparation needs (its scaling, its columns) travels in the data .npz beside
the script as JSON (`file_preparation`); a built-in set's scaling the script computes itself."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from playground.core.data import csv_import, datasets, preprocessing, user_files
from playground.core.data.data_config import FEATURE_LAYER_NAMES, FILE
from playground.core.experiment.config import Experiment
from playground.core.files import script_data
from playground.core.files.python_text import py

_LAYERS_FILE = Path(__file__).resolve().parents[2] / "training" / "files" / "playground_layers.py"


def fields(exp: Experiment) -> dict[str, str]:
    """The placeholders `raw_input_model` (a function) of the template."""
    return {"raw_input_model": _function(exp), "load_note": _load_note(exp)}


def wraps(exp: Experiment) -> bool:
    """Whether the saved model is more than the trained one: layers that make the plane's features,
    scale the samples or take a table's columns in front of it."""
    return exp.plane or script_data.scales_inputs(exp) or bool(file_preparation(exp))


def file_preparation(exp: Experiment) -> dict:
    """How the app prepared an imported file's samples, for the script's model.keras to do it itself
    (JSON, into the data .npz): "columns" of a CSV table ({name, fill, categories, gaps} each, as the
    import used them) and the scaling, as "mean"/"variance" (a table standardised) or "scale"/"offset"
    (x · scale + offset), with the training rows' statistics as `self_contained` computes them. {} for
    data not imported, or imported and used as they are.

    Raises:
        ImportFailed: the file cannot be read.
    """
    if exp.data.name != FILE:
        return {}
    found: dict = {}
    if (exp.data.source or {}).get("kind") == "csv":
        found["columns"] = [
            {
                "name": c.name,
                "fill": None if c.fill is None else c.fill if isinstance(c.fill, str) else float(c.fill),
                "categories": None if c.categories is None else list(c.categories),
                "gaps": int(c.gaps),
            }
            for c in user_files.load(exp.data.source).columns
        ]
    pool = datasets.split_pool(exp.data, exp.seed)
    train = np.asarray(pool.x[pool.parts.train])
    scaling = datasets.input_scaling(exp.data, train.ndim)
    if scaling in ("auto", "none"):
        return found
    if scaling == "standardise" and train.ndim == 2:
        mean, std = train.mean(axis=0), train.std(axis=0)
        std = np.where(std > 1e-8, std, 1.0)
        return {**found, "mean": mean.tolist(), "variance": (std**2).tolist()}
    # Every scaling is affine per value: where 0 and 1 land gives the whole map.
    zeros = np.zeros((1, *train.shape[1:]), train.dtype if train.dtype.kind == "f" else np.float64)
    _, low, high = preprocessing.scale(scaling, train, zeros, zeros + 1)
    return {**found, "scale": (high - low)[0].tolist(), "offset": low[0].tolist()}


def preparation_json(exp: Experiment) -> str:
    """`file_preparation` as the text the data .npz keeps (no pickles: a string array)."""
    return json.dumps(file_preparation(exp))


def needs_layers(exp: Experiment) -> bool:
    """Whether the saved model uses playground_layers.py: Sin for sin(x1)/sin(x2), FillGaps where the
    import of a table filled blank numbers."""
    return exp.uses_sin or _fills_gaps(file_preparation(exp).get("columns") or [])


def _fills_gaps(columns: list[dict]) -> bool:
    return any(c["categories"] is None and c["gaps"] and c["fill"] is not None for c in columns)


def _load_note(exp: Experiment) -> str:
    layers = (
        "; it uses playground_layers.py, written beside it:\n`import playground_layers` before keras.models.load_model."
    )
    if exp.plane:
        takes = "model.keras takes raw (x1, x2) points and makes the features itself"
    elif file_preparation(exp).get("columns"):
        takes = "model.keras takes the CSV file's columns by name (a blank number as NaN, text as written)"
    elif wraps(exp):
        takes = "model.keras takes the raw samples and scales them itself"
    else:
        takes = "model.keras takes the prepared samples, as model.fit gets them"
    return takes + (layers if needs_layers(exp) else " (keras.models.load_model opens it).")


def _function(exp: Experiment) -> str:
    if needs_layers(exp):
        hint = "To open model.keras: import playground_layers (beside it), then keras.models.load_model."
    else:
        hint = "To open model.keras: keras.models.load_model."
    checkpoint = "\n\n\n" + _CHECKPOINT if wraps(exp) and _checkpoints(exp) else ""
    return _build(exp) + "\n\n\n" + _COMPILED_LIKE + checkpoint + f"\n\n\nLOAD_HINT = {py(hint)}"


def _checkpoints(exp: Experiment) -> bool:
    return any(entry.get("class_name") == "ModelCheckpoint" for entry in exp.training.callbacks)


_COMPILED_LIKE = """def compiled_like(wrapped, model):
    \"\"\"`wrapped` compiled with `model`'s loss and a copy of its optimizer in the state training left it
    (not the optimizer itself: Keras saves an object once, under the inner model's path, and the wrapped
    model's would load empty).\"\"\"
    optimizer = keras.optimizers.deserialize(keras.optimizers.serialize(model.optimizer))
    wrapped.compile(optimizer=optimizer, loss=model.loss)
    optimizer.build(wrapped.trainable_variables)  # the trained model's variables, in order
    carry_optimizer(model, wrapped)
    return wrapped


def carry_optimizer(model, wrapped):
    \"\"\"Gives the wrapped model's optimizer copy the trained optimizer's state (its step, moments...).\"\"\"
    trained = model.optimizer
    if not trained.built:
        trained.build(model.trainable_variables)
    for mine, theirs in zip(wrapped.optimizer.variables, trained.variables, strict=True):
        mine.assign(theirs)"""

_CHECKPOINT = """class RawInputCheckpoint(keras.callbacks.ModelCheckpoint):
    \"\"\"keras.callbacks.ModelCheckpoint saving what model.keras is: the trained model behind the layers that
    prepare the raw samples (raw_input_model), its optimizer as training left it at that epoch.\"\"\"

    def __init__(self, filepath, out, preparation=None, **kwargs):
        super().__init__(filepath, **kwargs)
        self.out, self.preparation, self.trained = out, preparation, None

    def set_model(self, model):
        self.trained = model
        super().set_model(raw_input_model(model, self.out, self.preparation))  # shares the model's weights

    def on_epoch_end(self, epoch, logs=None):
        carry_optimizer(self.trained, self.model)
        super().on_epoch_end(epoch, logs)"""


def _build(exp: Experiment) -> str:
    if not exp.plane:
        table = bool(file_preparation(exp).get("columns"))
        return _PREPARED + ("\n\n\n" + _table_layers() + "\n\n\n" + _layers_writer() if table else "")
    names = exp.feature_lists
    lines = [
        "def raw_input_model(model, out, preparation=None):",
        '    """The trained model behind layers that make the chosen features from raw (x1, x2) points, as',
        '    model_inputs does: the model.keras to save, named raw_input_model; it shares `model`\'s weights."""',
    ]
    if exp.uses_sin:
        lines += [
            "    # sin has no Keras layer: playground_layers.Sin, written beside model.keras (import it first).",
            '    Sin = write_layers(out)["Sin"]',
        ]
    lines += [
        '    raw = keras.Input((2,), name="point")',
        "    made = {}",
        "",
        "    def feature(name):",
        "        if name in made:",
        "            return made[name]",
        f"        layer_name = {py(FEATURE_LAYER_NAMES)}[name]",
        '        if name in ("x1", "x2"):  # a fixed 0/1 kernel picks one coordinate, exact in float32',
        "            pick = keras.layers.Dense(1, use_bias=False, trainable=False, name=layer_name)",
        "            tensor = pick(raw)",
        '            pick.set_weights([np.array([[1.0], [0.0]] if name == "x1" else [[0.0], [1.0]], np.float32)])',
        '        elif name.startswith("sin"):',
        "            tensor = Sin(name=layer_name)(feature(name[4:6]))",
        "        else:",
        '            pair = {"x1^2": ("x1", "x1"), "x2^2": ("x2", "x2"), "x1*x2": ("x1", "x2")}[name]',
        "            tensor = keras.layers.Multiply(name=layer_name)([feature(pair[0]), feature(pair[1])])",
        "        made[name] = tensor",
        "        return tensor",
        "",
        "    def features(names, name):",
        "        columns = [feature(n) for n in names]",
        "        return columns[0] if len(columns) == 1 else keras.layers.Concatenate(name=name)(columns)",
        "",
        f"    chosen = {py(names)}  # the features of the data's Input, then of each extra Input",
        "    inputs = [features(n, 'features' if i == 0 else f'features_{i}') for i, n in enumerate(chosen)]",
        "    outputs = model(inputs if len(inputs) > 1 else inputs[0])",
        '    return compiled_like(keras.Model(raw, outputs, name="raw_input_model"), model)',
    ]
    if exp.uses_sin:
        lines += ["", "", *_layers_writer().split("\n")]
    return "\n".join(lines)


def _layers_writer() -> str:
    source = _LAYERS_FILE.read_text(encoding="utf-8")
    return "\n".join(
        [
            f"PLAYGROUND_LAYERS = {py(source)}",
            "",
            "",
            "def write_layers(out):",
            '    """Writes playground_layers.py (the layers model.keras uses: Sin, FillGaps) into `out`; returns its',
            '    names."""',
            '    (out / "playground_layers.py").write_text(PLAYGROUND_LAYERS, encoding="utf-8")',
            "    namespace = {}",
            '    exec(compile(PLAYGROUND_LAYERS, str(out / "playground_layers.py"), "exec"), namespace)',
            "    return namespace",
        ]
    )


def _table_layers() -> str:
    return _TABLE.replace("$blank_text", py(list(csv_import.BLANK_TEXT)))


_PREPARED = """def raw_input_model(model, out, preparation=None):
    \"\"\"The model to save: the trained model behind the layers that prepare the raw samples as load_data did,
    named raw_input_model; it shares `model`'s weights. preparation: load_data's (an imported table's columns,
    the scaling as Normalization's mean and variance or Rescaling's scale and offset); without it, `model`.\"\"\"
    if not preparation:
        return model
    if preparation.get("columns"):  # an imported CSV: one input per column of the file, by its name
        raw, x = table_layers(model, preparation["columns"], out)
    else:
        raw = keras.Input(tuple(model.inputs[0].shape[1:]), name="raw_input")
        x = raw
    if "mean" in preparation:  # a table: (x - mean) / sd as Keras's Normalization layer
        mean, variance = np.asarray(preparation["mean"]), np.asarray(preparation["variance"])
        x = keras.layers.Normalization(mean=mean, variance=variance, name="scaling")(x)
    elif "scale" in preparation:  # x · scale + offset
        scale, offset = np.asarray(preparation["scale"]), np.asarray(preparation["offset"])
        x = keras.layers.Rescaling(scale=scale, offset=offset, name="scaling")(x)
    outputs = model([x] * len(model.inputs) if len(model.inputs) > 1 else x)
    return compiled_like(keras.Model(raw, outputs, name="raw_input_model"), model)"""

_TABLE = """BLANK_TEXT = $blank_text  # how a blank text cell may come


def table_layers(model, columns, out):
    \"\"\"One Input per column of the file, named as the column (a number: float, NaN when blank; text: a string),
    and the row the playground made of them: blank numbers filled as the import filled them (playground_layers'
    FillGaps), text one-hot over its categories (a blank cell as the import's fill), in the file's order. Keras
    takes a dict of columns by these names: `model.predict({"age": ..., "colour": ...})`.\"\"\"
    taken = {model.name, "scaling", "columns", "filled_gaps", *(layer.name for layer in model.layers)}
    taken |= {f"text_{i + 1}{end}" for i in range(len(columns)) for end in ("", "_filled")}
    inputs, pieces = [], []
    for i, column in enumerate(columns):
        name, categories = column["name"], column["categories"]
        if "/" in name or name in taken or not name.isprintable():  # a name Keras cannot give a layer
            name = f"column_{i + 1}"
        taken.add(name)
        raw = keras.Input((1,), dtype="float32" if categories is None else "string", name=name)
        inputs.append(raw)
        if categories is None:
            pieces.append(raw)
            continue
        blanks = [] if column["fill"] is None else [b for b in BLANK_TEXT if b not in categories]
        lookup = keras.layers.StringLookup(
            vocabulary=categories + blanks, num_oov_indices=0, output_mode="one_hot", name=f"text_{i + 1}"
        )
        if not blanks:  # rows with a blank were left out: a blank is as unknown as a new category
            pieces.append(lookup(raw))
            continue
        # Categories go through as they are, every blank to the fill: one 1 per row of the kernel, so exact.
        kernel = np.zeros((len(categories) + len(blanks), len(categories)), np.float32)
        kernel[: len(categories)] = np.eye(len(categories), dtype=np.float32)
        kernel[len(categories) :, categories.index(column["fill"])] = 1.0
        fill = keras.layers.Dense(len(categories), use_bias=False, trainable=False, name=f"text_{i + 1}_filled")
        pieces.append(fill(lookup(raw)))
        fill.set_weights([kernel])
    x = pieces[0] if len(pieces) == 1 else keras.layers.Concatenate(name="columns")(pieces)
    numbers = [c for c in columns if c["categories"] is None]
    if any(c["gaps"] and c["fill"] is not None for c in numbers):  # the import filled blank numbers
        # Over the whole row: a one-hot column is never NaN, so its 0 is never used.
        values = [v for c in columns for v in ([0.0] * len(c["categories"]) if c["categories"] else [float(c["fill"])])]
        x = write_layers(out)["FillGaps"](values, name="filled_gaps")(x)
    return inputs, x"""
