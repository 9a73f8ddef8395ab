"""The exported script's wrapper (section 4): the trained model behind Keras layers that turn the
plane's raw points into the chosen features, saved as model.keras, as the app's own model.keras is
(playground.training.files.self_contained). Text only: core imports no Keras."""

from __future__ import annotations

from pathlib import Path

from playground.core.data.data_config import FEATURE_LAYER_NAMES
from playground.core.experiment.config import Experiment
from playground.core.files import script_data
from playground.core.files.python_text import py

_LAYERS_FILE = Path(__file__).resolve().parents[2] / "training" / "files" / "playground_layers.py"


def fields(exp: Experiment) -> dict[str, str]:
    """The placeholders `raw_input_model` (a function) of the template."""
    return {"raw_input_model": _function(exp), "load_note": _load_note(exp)}


def wraps(exp: Experiment) -> bool:
    """Whether the saved model is more than the trained one: layers that make the plane's features or
    scale the samples in front of it."""
    return exp.plane or script_data.scales_inputs(exp)


def _load_note(exp: Experiment) -> str:
    if not exp.plane and not script_data.scales_inputs(exp):
        return "model.keras takes the prepared samples, as model.fit gets them (keras.models.load_model opens it)."
    if not exp.plane:
        return "model.keras takes the raw samples and scales them itself (keras.models.load_model opens it)."
    if exp.uses_sin:
        return (
            "model.keras takes raw (x1, x2) points and makes the features itself; it uses the Sin layer of\n"
            "playground_layers.py, written beside it: `import playground_layers` before keras.models.load_model."
        )
    return "model.keras takes raw (x1, x2) points and makes the features itself (keras.models.load_model opens it)."


def _function(exp: Experiment) -> str:
    if exp.uses_sin:
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

    def __init__(self, filepath, out, input_scaling=None, **kwargs):
        super().__init__(filepath, **kwargs)
        self.out, self.input_scaling, self.trained = out, input_scaling, None

    def set_model(self, model):
        self.trained = model
        super().set_model(raw_input_model(model, self.out, self.input_scaling))  # shares the model's weights

    def on_epoch_end(self, epoch, logs=None):
        carry_optimizer(self.trained, self.model)
        super().on_epoch_end(epoch, logs)"""


def _build(exp: Experiment) -> str:
    if not exp.plane:
        return "\n".join(
            [
                "def raw_input_model(model, out, input_scaling=None):",
                '    """The model to save: the trained model, behind a Rescaling layer when load_data scales the',
                "    samples (input_scaling: its (offset, factor)), named raw_input_model; it shares `model`'s",
                '    weights."""',
                "    if input_scaling is None:",
                "        return model",
                "    center, spread = (np.asarray(a, np.float64) for a in input_scaling)",
                '    raw = keras.Input(tuple(model.inputs[0].shape[1:]), name="raw_input")',
                "    if center.ndim == 1:  # a table: (x - mean) / sd as Keras's Normalization layer",
                '        scaling = keras.layers.Normalization(mean=center, variance=spread**2, name="scaling")',
                "    else:",
                '        scaling = keras.layers.Rescaling(scale=1 / spread, offset=-center / spread, name="scaling")',
                "    prepared = scaling(raw)",
                "    outputs = model([prepared] * len(model.inputs) if len(model.inputs) > 1 else prepared)",
                '    return compiled_like(keras.Model(raw, outputs, name="raw_input_model"), model)',
            ]
        )
    names = exp.feature_lists
    lines = [
        "def raw_input_model(model, out, input_scaling=None):",
        '    """The trained model behind layers that make the chosen features from raw (x1, x2) points, as',
        '    model_inputs does: the model.keras to save, named raw_input_model; it shares `model`\'s weights."""',
    ]
    if exp.uses_sin:
        lines += [
            "    # sin has no Keras layer: playground_layers.Sin, written beside model.keras (import it first).",
            "    Sin = write_layers(out)",
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
        source = _LAYERS_FILE.read_text(encoding="utf-8")
        lines += [
            "",
            "",
            f"PLAYGROUND_LAYERS = {py(source)}",
            "",
            "",
            "def write_layers(out):",
            '    """Writes playground_layers.py (the Sin layer model.keras uses) into `out`; returns its Sin."""',
            '    (out / "playground_layers.py").write_text(PLAYGROUND_LAYERS, encoding="utf-8")',
            "    namespace = {}",
            '    exec(compile(PLAYGROUND_LAYERS, str(out / "playground_layers.py"), "exec"), namespace)',
            '    return namespace["Sin"]',
        ]
    return "\n".join(lines)
