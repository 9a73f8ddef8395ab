"""Export → Python script: a self-contained plain-Keras script that trains an experiment again.

The script needs numpy, scikit-learn and TensorFlow/Keras only, never the playground, and gives the
history the playground's `model.fit` engine (`Session(exp, engine="fit")`) gives:

- Data: the generator of a built-in set, the split, the scaling and the plane's features are the
  playground's own functions, copied into the script with `inspect.getsource` (each with the
  module-level names it uses), so the script follows the playground when they change and the same
  seed gives the same arrays. A Keras book set is read with `keras.datasets.<name>.load_data()` and
  cut to the same subset. An imported file (CSV, image folder, .npz) is not read again: its prepared
  arrays are written to an .npz beside the script (`data_file`), which the script loads.
- Model: one `keras.layers.X(...)` call per layer, a `keras.Sequential` stack or a functional graph,
  built after `keras.utils.set_random_seed(seed)` as `model_builder.build_model` does.
- Compile: the optimizer, learning-rate schedule (Keras's own, or the playground's StepDecay and
  NaturalExpDecay written out as small `LearningRateSchedule` classes), losses, loss weights,
  metrics; callbacks with the settings the playground gives them; balanced class weights and the
  file's sample weights as per-sample weights, as `Session` does.
- Train: `model.fit(..., validation_data=..., shuffle=True)`, `history.csv` and `model.keras`;
  `--epochs`, `--out`, `--distribute` (`tf.distribute.MirroredStrategy`) and `--dump-data`.

Not exportable (ExperimentError says so): a Pretrained layer (keras.applications base) and K-fold
validation. Everything here is text and numpy: no TensorFlow is imported.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import keyword
import re
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from playground.core.data import datasets, generated_data, keras_sets, preprocessing, tabular_data
from playground.core.experiment.config import (
    FILE,
    KERAS_DATASETS,
    PLANE_DATASETS,
    TABULAR_DATASETS,
    TEXT_DATASETS,
    Experiment,
    ExperimentError,
    Output,
    validate,
    vocabulary_size,
)
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import transfer
from playground.core.network.layer_graph import (
    INPUT,
    INPUT_KIND,
    MERGES,
    describe,
    is_sequential,
    layer_inputs,
    layer_name,
)
from playground.core.recipe import callback_specs, schedules

WIDTH = 110  # longest line the script's layer calls are written on before they wrap
# Names the script defines itself: copied playground code must not take them.
_OWN_NAMES = frozenset(
    {
        "SEED", "EPOCHS", "BATCH_SIZE", "SAMPLES", "NOISE", "TRAIN_FRACTION", "HOLDOUT", "SHUFFLE", "STRATIFY",
        "FEATURES", "DATA_FILE", "LEARNING_RATE", "load_pool", "load_data", "model_inputs", "targets", "float32",
        "save_arrays", "build_model", "compile_model", "make_callbacks", "LogLearningRate", "StepDecay",
        "NaturalExpDecay", "write_history", "main", "keras", "tf", "np", "argparse", "contextlib", "csv", "math",
        "os", "Path", "SimpleNamespace", "DataConfig", "annotations",
    }
)  # fmt: skip


def script(
    experiment: Experiment,
    data_file: str | Path | None = None,
    *,
    source: str | Path | None = None,
    script_path: str | Path | None = None,
) -> str:
    """The source of a Python script that trains `experiment` with plain Keras.

    Args:
        experiment: a valid experiment (checked again here).
        data_file: where to write the prepared arrays of imported data, an .npz — best beside the
            script, which then finds it wherever the two are moved together. Needed, and written,
            only when the data were imported from a file; ignored otherwise.
        source: the experiment file, named in the script's header. Defaults to none.
        script_path: where the script will be saved: its name appears in the usage lines, and a
            `data_file` in its folder is found beside the script. Defaults to none ("SCRIPT.py";
            a bare file name as `data_file` is then taken to be beside the script).

    Raises:
        ExperimentError: the experiment is not valid, uses something a script cannot reproduce
            (a Pretrained layer, K-fold validation), or imported data without `data_file`.
        imported.ImportFailed: the imported file cannot be read any more.
    """
    exp = experiment.copy()
    check(exp)
    validate(exp)
    data_code = None
    if exp.data.name == FILE:
        if data_file is None:
            raise ExperimentError(
                "data_file",
                Message(
                    QT_TRANSLATE_NOOP(
                        "export_script",
                        "the data were imported from a file, so the script needs the prepared arrays in an .npz "
                        "beside it: give the path to write them to (on the command line: --data FILE.npz)",
                    )
                ),
            )
        write_data(exp, data_file)
        data_code = _data_file_code(Path(data_file), None if script_path is None else Path(script_path))
    name = Path(script_path).name if script_path is not None else "SCRIPT.py"
    return _Writer(exp, data_code, None if source is None else Path(source).name, name).text()


def _data_file_code(data_file: Path, script_path: Path | None) -> str:
    """How the script names its data file: beside itself when it is, else by its absolute path."""
    if script_path is None:
        if len(data_file.parts) == 1:
            return f"Path(__file__).with_name({_py(data_file.name)})  # beside this script"
    else:
        here = script_path.resolve().parent
        try:
            relative = data_file.resolve().relative_to(here)
        except ValueError:
            relative = None
        if relative is not None and len(relative.parts) == 1:
            return f"Path(__file__).with_name({_py(relative.name)})  # beside this script"
        if relative is not None:
            return f"Path(__file__).resolve().parent / {_py(relative.as_posix())}"
    return f"Path({_py(data_file.resolve().as_posix())})"


def check(exp: Experiment) -> None:
    """Raises ExperimentError naming what a script cannot reproduce; returns None when it can."""
    for i, layer in enumerate(exp.model.layers):
        if layer.get("class_name") == transfer.KIND:
            raise ExperimentError(
                f"model.layers[{i}]",
                Message(
                    QT_TRANSLATE_NOOP(
                        "export_script",
                        "{name}: a Pretrained layer (an ImageNet base with the playground's cached "
                        "weights and pixel preprocessing) cannot be exported to a script: train it in the playground, "
                        "or replace it with your own layers",
                    ),
                    name=layer_name(layer, i),
                ),
            )
    if exp.model.weights:
        raise ExperimentError(
            "model.weights",
            Message(
                QT_TRANSLATE_NOOP(
                    "export_script",
                    "the model starts from an imported .keras file's trained weights, which a script does not carry: "
                    "export the model itself (File → Export → Keras model) to take them along",
                )
            ),
        )
    if exp.training.validation.get("method") == "kfold":
        raise ExperimentError(
            "training.validation",
            Message(
                QT_TRANSLATE_NOOP(
                    "export_script",
                    "K-fold validation trains several models; a script trains one on the train/test split: "
                    'set the method to "holdout" to export',
                )
            ),
        )


def write_data(exp: Experiment, path: str | Path) -> None:
    """Writes the prepared arrays of `exp`'s data as the playground splits and scales them: x_train,
    y_train, x_test, y_test, x_holdout, y_holdout (maybe empty) and, when the file gives them,
    sample_weight (the training rows' weights)."""
    data = datasets.generate(exp.data, exp.seed)
    arrays = {"x_train": data.train_x, "y_train": data.train_y, "x_test": data.test_x, "y_test": data.test_y}
    empty_x = np.zeros((0, *data.train_x.shape[1:]), data.train_x.dtype)
    arrays["x_holdout"] = empty_x if data.holdout_x is None else data.holdout_x
    arrays["y_holdout"] = np.zeros((0, 1), np.float32) if data.holdout_y is None else data.holdout_y
    if data.train_w is not None:
        arrays["sample_weight"] = data.train_w
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        np.savez_compressed(fh, **arrays)


# -- copying the playground's functions ----------------------------------------------------------


def copied_source(wanted: list[tuple[ModuleType, str]]) -> tuple[list[str], str]:
    """The import statements and the source of the module-level definitions `wanted` names, each
    with every module-level name it uses (functions, classes, constants), in the modules' order.

    Args:
        wanted: (module, name) pairs, e.g. (datasets, "_circle").

    Returns:
        (import lines the copied code needs, the copied code).

    Raises:
        ValueError: a copied definition uses a name imported from the playground, or two modules
            define a needed name differently (the script could not hold both).
    """
    imports: list[str] = []
    blocks: list[str] = []
    taken: dict[str, ModuleType] = {}
    by_module: dict[ModuleType, list[str]] = {}
    for module, name in wanted:
        by_module.setdefault(module, []).append(name)
    for module, names in by_module.items():
        found_imports, found = _module_parts(module, names)
        for name in found:
            if name in _OWN_NAMES:
                raise ValueError(f"{module.__name__}.{name} has the name of one of the script's own")  # internal
            if taken.get(name, module) is not module:
                raise ValueError(f"{name} is defined in both {taken[name].__name__} and {module.__name__}")  # internal
            taken[name] = module
        imports += [line for line in found_imports if line not in imports]
        blocks += found.values()
    return imports, "\n\n\n".join(blocks)


def _module_parts(module: ModuleType, names: list[str]) -> tuple[list[str], dict[str, str]]:
    text = inspect.getsource(module)
    tree = ast.parse(text)
    lines = text.splitlines()
    defined: dict[str, ast.stmt] = {}
    imported: dict[str, tuple[ast.stmt, ast.alias]] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for n in ast.walk(target):
                    if isinstance(n, ast.Name):
                        defined[n.id] = node
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                imported[(alias.asname or alias.name).split(".")[0]] = (node, alias)
    needed: set[int] = set()
    used_imports: dict[str, tuple[ast.stmt, ast.alias]] = {}
    todo = list(names)
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in defined:
            node = defined[name]
            if id(node) not in needed:
                needed.add(id(node))
                todo += sorted(_used_names(node))
        elif name in imported:
            node, alias = imported[name]
            module_name = node.module if isinstance(node, ast.ImportFrom) else alias.name
            if module_name and module_name.split(".")[0] == "playground":
                raise ValueError(  # internal: the playground's own code, whatever the experiment
                    f"{module.__name__} code copied into the script uses {name} from {module_name}"
                )
            used_imports[name] = (node, alias)
    import_lines = []
    for name, (node, alias) in used_imports.items():
        if name == "annotations":
            continue
        as_text = f" as {alias.asname}" if alias.asname else ""
        if isinstance(node, ast.ImportFrom):
            import_lines.append(f"from {node.module} import {alias.name}{as_text}")
        else:
            import_lines.append(f"import {alias.name}{as_text}")
    found: dict[str, str] = {}
    for node in tree.body:
        if id(node) in needed:
            name = node.name if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else _first_target(node)
            found[name] = _with_comments(lines, node)
    return import_lines, found


def _first_target(node: ast.stmt) -> str:
    target = node.targets[0] if isinstance(node, ast.Assign) else node.target
    return next(n.id for n in ast.walk(target) if isinstance(n, ast.Name))


def _used_names(node: ast.AST) -> set[str]:
    """Names `node` reads, leaving out annotations (never evaluated under `from __future__ import annotations`)."""
    found: set[str] = set()

    def visit(n: ast.AST) -> None:
        for field_name, value in ast.iter_fields(n):
            if field_name in ("annotation", "returns"):
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.AST):
                    if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load):
                        found.add(child.id)
                    visit(child)

    visit(node)
    return found


def _with_comments(lines: list[str], node: ast.stmt) -> str:
    """The statement's lines, its decorators and the comment lines right above it."""
    start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))]) - 1
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    return "\n".join(lines[start : node.end_lineno])


# -- writing Python ------------------------------------------------------------------------------


def _py(value: Any) -> str:
    """`value` (JSON-like: None, bool, numbers, text, lists, tuples, dicts) as Python source."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, (bool, type(None), int)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if np.isfinite(value) else f'float("{value}")'
    if isinstance(value, tuple):
        inner = ", ".join(_py(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(_py(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py(k)}: {_py(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as Python")


_NESTED = {"_initializer": "initializers", "_regularizer": "regularizers", "_constraint": "constraints"}


def _argument(key: str, value: Any, indent: int) -> str:
    if isinstance(value, dict) and isinstance(value.get("class_name"), str):
        if key in ("layer", "backward_layer"):  # the layer a Bidirectional wraps
            return _call("keras.layers", value["class_name"], value.get("config", {}), indent)
        module = next((m for suffix, m in _NESTED.items() if key.endswith(suffix)), None)
        if module and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value["class_name"]):
            return _call(f"keras.{module}", value["class_name"], value.get("config", {}), indent)
    return _py(value)


def _call(module: str, class_name: str, config: dict, indent: int = 0, first: str = "", last: str = "") -> str:
    """`module.class_name(first, key=value, ..., last)`, wrapped one argument a line when it is long."""
    args = [f"{key}={_argument(key, value, indent + 4)}" for key, value in config.items()]
    args = [a for a in (first, *args, last) if a]
    one_line = f"{module}.{class_name}({', '.join(args)})"
    if indent + len(one_line) <= WIDTH and "\n" not in one_line:
        return one_line
    pad = " " * (indent + 4)
    return f"{module}.{class_name}(\n" + "".join(f"{pad}{a},\n" for a in args) + " " * indent + ")"


def _identifier(name: str, taken: set[str]) -> str:
    """A Python variable for a layer's output, after its name."""
    base = re.sub(r"\W", "_", name)
    if not base or base[0].isdigit():
        base = f"layer_{base}"
    if keyword.iskeyword(base) or base in _OWN_NAMES or hasattr(builtins, base) or base in ("inputs", "outputs"):
        base += "_"
    out, n = base, 2
    while out in taken:
        out, n = f"{base}_{n}", n + 1
    taken.add(out)
    return out


def _indent(text: str, spaces: int = 4) -> str:
    return textwrap.indent(text, " " * spaces)


# -- the script -----------------------------------------------------------------------------------


class _Writer:
    def __init__(self, exp: Experiment, data_file: str | None, source: str | None, name: str):
        self.exp = exp
        self.data_file = data_file  # the script's code for the path of the imported data's arrays
        self.source = source
        self.name = name
        self.outputs = exp.outputs
        self.several = len(self.outputs) > 1
        self.imports = {"argparse", "contextlib", "csv", "math", "os", "pathlib.Path"}
        if exp.data.name in KERAS_DATASETS:
            self.imports.add("types.SimpleNamespace")

    def text(self) -> str:
        data = self.data_section()
        model = self.model_section()
        compile_ = self.compile_section()
        train = self.train_section()
        copied_imports, copied = self.copied
        return (
            "\n".join(
                [
                    self.header(),
                    self.import_block(copied_imports),
                    self.settings(),
                    _banner("1. Data"),
                    *([copied, "", ""] if copied else []),
                    data,
                    _banner("2. Model"),
                    model,
                    _banner("3. Compile"),
                    compile_,
                    _banner("4. Train"),
                    train,
                ]
            ).rstrip()
            + "\n"
        )

    # -- header and settings ---------------------------------------------------------------------

    def header(self) -> str:
        exp, d, t = self.exp, self.exp.data, self.exp.training
        where = f" from {self.source}" if self.source else ""
        data_text = self._data_title()
        network = " → ".join(  # a layer's own spaces do not break the line
            (f"{layer['class_name']}({describe(layer)})" if describe(layer) else layer["class_name"]).replace(" ", "\0")
            for layer in exp.model.layers
        )
        opt = t.optimizer
        opt_text = ", ".join(f"{k} {v}" for k, v in opt.get("config", {}).items())
        lines = [
            f'"""Trains the playground experiment{where} again, with plain Keras.',
            "",
            f"Data:      {_wrap(data_text, 11)}",
            f"Network:   {_wrap(network, 11)}".replace("\0", " "),
            "Training:  "
            + _wrap(
                f"{t.loss}, {opt['class_name']} ({opt_text}), batch {t.batch_size}, {t.epochs} epochs, seed {exp.seed}",
                11,
            ),
        ]
        if t.schedule:
            lines.append(f"Schedule:  {schedules.describe(t.schedule, t.learning_rate)}")
        if t.callbacks:
            lines.append(f"Callbacks: {', '.join(c['class_name'] for c in t.callbacks)}")
        lines += [
            "",
            "Exported by the neural-network playground (`python -m playground export-script EXPERIMENT.json",
            "OUT.py`). It needs numpy, scikit-learn and TensorFlow with Keras 3, not the playground, and trains",
            "exactly as the playground's `model.fit` engine does (`python -m playground train --engine fit`): the",
            "same seed gives the same data, initial weights, shuffling and history.",
        ]
        if d.name == FILE:
            lines += [
                "",
                f"The data were imported from {Path(d.source.get('path', '?')).name}: this script does not read "
                "that file",
                "again but loads the arrays the playground prepared from it (split and scaled) from the .npz",
                "written with it (DATA_FILE below): keep the two together.",
            ]
        elif d.name in KERAS_DATASETS:
            lines += [
                "",
                f"The data come from keras.datasets.{d.name}: the first run downloads them unless Keras has them",
                "cached already (~/.keras/datasets).",
            ]
        lines += [
            "",
            "Run it with:",
            "",
            f"    python {self.name}                  # writes history.csv and model.keras beside the script",
            f"    python {self.name} --epochs 20 --out run",
            f"    python {self.name} --distribute     # on every GPU of this machine (tf.distribute.MirroredStrategy)",
            f"    python {self.name} --dump-data a.npz  # also save the arrays model.fit gets",
            '"""',
        ]
        # Names from the experiment land in this docstring: no backslash or triple quote may end it early.
        body = [line.replace("\\", "/").replace('"', "'") for line in ["", *lines[1:-1]]]
        body[0] = lines[0][:3] + lines[0][3:].replace("\\", "/").replace('"', "'")
        return "\n".join([*body, lines[-1]])

    def _data_title(self) -> str:
        d = self.exp.data
        if d.name == FILE:
            what = f"imported {d.source.get('kind')} file {Path(d.source.get('path', '?')).name}"
        elif d.name in KERAS_DATASETS:
            what = f"{keras_sets.KERAS_SETS[d.name].short_title} (keras.datasets.{d.name})"
        else:
            what = d.name
        parts = [what, f"{d.samples} samples"]
        if d.noise:
            parts.append(f"noise {d.noise:g}")
        parts.append(f"{d.train_fraction:.0%} for training")
        if d.holdout:
            parts.append(f"{d.holdout:.0%} held out")
        if self.exp.plane:
            parts.append("features " + ", ".join(d.features))
        if d.target == "inputs":
            parts.append("rebuilding the inputs (autoencoder)")
        return ", ".join(parts)

    def import_block(self, copied_imports: list[str]) -> str:
        std, third = [], []
        for line in copied_imports:
            module = line.split()[1]
            (third if module.split(".")[0] in ("numpy", "sklearn") else std).append(line)
        for name in sorted(self.imports):
            module, _, attr = name.rpartition(".")
            std.append(f"from {module} import {attr}" if module else f"import {name}")
        std = sorted(set(std), key=lambda s: (s.startswith("from "), s))
        third = sorted(set(third) - {"import numpy as np"})
        keras_env = [
            "# The playground's settings: TensorFlow's oneDNN kernels round differently (results would differ",
            "# in the last digits), Keras on TensorFlow, and no C++ log lines.",
            'os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")',
            'os.environ.setdefault("KERAS_BACKEND", "tensorflow")',
            'os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")',
            "",
            "import keras  # noqa: E402",
            "import tensorflow as tf  # noqa: E402",
        ]
        return "\n".join(
            ["", "from __future__ import annotations", "", *std, "", "import numpy as np", *third, "", *keras_env, ""]
        )

    def settings(self) -> str:
        exp, d, t = self.exp, self.exp.data, self.exp.training
        lines = [
            f"SEED = {exp.seed}  # seeds the data, the split, the initial weights and the shuffling",
            f"EPOCHS = {t.epochs}",
            f"BATCH_SIZE = {t.batch_size}",
        ]
        if d.name != FILE:
            lines += [
                f"SAMPLES = {d.samples}",
                f"NOISE = {_py(float(d.noise))}",
                f"TRAIN_FRACTION = {_py(float(d.train_fraction))}  # the rest is the test (validation) set",
                f"HOLDOUT = {_py(float(d.holdout))}  # kept aside, evaluated once at the end",
                f"SHUFFLE = {d.shuffle}  # shuffle the rows before splitting",
                f"STRATIFY = {d.stratify}  # each part keeps the classes' proportions",
            ]
        if exp.plane:
            lines.append(f"FEATURES = {_py(list(d.features))}  # the inputs computed from each point (x1, x2)")
        if d.name == FILE:
            lines.append(f"DATA_FILE = {self.data_file}")
        return "\n".join(lines) + "\n"

    # -- 1. data ---------------------------------------------------------------------------------

    @property
    def copied(self) -> tuple[list[str], str]:
        exp, d = self.exp, self.exp.data
        wanted: list[tuple[ModuleType, str]] = []
        if d.name in PLANE_DATASETS:
            wanted.append((datasets, datasets._GENERATORS[d.name].__name__))
        elif d.name in TABULAR_DATASETS:
            wanted.append((tabular_data, "generator"))
        elif d.name in generated_data.GENERATORS:
            wanted.append((generated_data, generated_data.GENERATORS[d.name].__name__))
        if d.name != FILE:
            wanted += [(preprocessing, "split"), (preprocessing, "scale")]
        if d.name in KERAS_DATASETS:
            wanted.append((datasets, "_subset"))
        if exp.plane:
            wanted.append((datasets, "features"))
        if d.encoding == "multi_hot" and d.name != FILE:
            wanted.append((datasets, "multi_hot"))
        if exp.training.class_weight == "balanced":
            wanted.append((preprocessing, "class_weights"))
        return copied_source(wanted)

    def data_section(self) -> str:
        d = self.exp.data
        parts = []
        if d.name in KERAS_DATASETS:
            parts.append("# The playground's data settings; _subset reads two of them.\nDataConfig = SimpleNamespace")
            parts.append(self.keras_pool())
        parts.append(self.load_data())
        parts.append(self.model_inputs())
        parts.append(self.targets())
        parts.append(_FLOAT32_AND_SAVE)
        return "\n\n\n".join(parts) + "\n"

    def keras_pool(self) -> str:
        name = self.exp.data.name
        spec = keras_sets.KERAS_SETS[name]
        if spec.text:
            args, body = (
                f"num_words={keras_sets.WORDS}",
                [
                    "# Pad and cut at the front, Keras's defaults (and the book's): a text keeps its end.",
                    f'x = keras.utils.pad_sequences([*x_train, *x_test], maxlen={keras_sets.MAXLEN}, dtype="int32")',
                    "return x, y.astype(np.int64)",
                ],
            )
            kinds = f"word numbers (n, {keras_sets.MAXLEN}) below {keras_sets.WORDS}"
        elif name == "boston_housing":
            args, body = "", ["return np.concatenate([x_train, x_test]).astype(np.float32), y.astype(np.float32)"]
            kinds = "x float32 (n, 13), y float32 (n,)"
        else:
            args, body = (
                "",
                [
                    "x = np.concatenate([x_train, x_test])",
                    "if x.ndim == 3:  # grey images: add the channel axis",
                    "    x = x[..., None]",
                    'elif x.shape[1] == 3 and x.shape[-1] != 3:  # image_data_format "channels_first"',
                    "    x = x.transpose(0, 2, 3, 1)",
                    "return np.ascontiguousarray(x, dtype=np.uint8), y.astype(np.int64)",
                ],
            )
            kinds = "uint8 images (n, h, w, c)"
        return "\n".join(
            [
                "def load_pool():",
                f'    """{spec.short_title}\'s training and test parts in one pool, as the playground keeps it:',
                f'    {kinds}."""',
                f"    (x_train, y_train), (x_test, y_test) = keras.datasets.{name}.load_data({args})",
                "    y = np.concatenate([np.asarray(y_train).reshape(-1), np.asarray(y_test).reshape(-1)])",
                *_indent("\n".join(body)).splitlines(),
            ]
        )

    def load_data(self) -> str:
        exp, d = self.exp, self.exp.data
        lines = [
            "def load_data(seed=SEED):",
            '    """The arrays model.fit gets, made exactly as the playground makes them: a dict of x_train, y_train,',
            "    sample_weight (or None), x_test, y_test and, when some data are held out, x_holdout and y_holdout.",
            '    """',
        ]
        body: list[str] = []
        weights = False
        if d.name == FILE:
            body += [
                "# The arrays the playground prepared from the imported file: split, scaled, targets as numbers.",
                "with np.load(DATA_FILE) as f:",
                '    xs = [f["x_train"], f["x_test"], f["x_holdout"]]',
                '    ys = [f["y_train"], f["y_test"], f["y_holdout"]]',
                '    weights = f["sample_weight"] if "sample_weight" in f.files else None  # the file\'s own',
                "held = len(xs[2]) > 0",
            ]
            weights = True
        else:
            body.append("rng = np.random.default_rng(seed)")
            body += self._pool_lines()
            classes = exp.data_problem in ("classification", "multiclass")
            body += [
                "# Row numbers of the training, test and held-out parts (scikit-learn's train_test_split).",
                f"parts = split(y, {classes}, TRAIN_FRACTION, HOLDOUT, SHUFFLE, STRATIFY, seed)",
                "rows = (parts.train, parts.test, parts.holdout)",
                "held = len(parts.holdout) > 0",
            ]
            body += self._scaling_lines()
        body += self._input_and_target_lines(weights)
        return "\n".join(lines + _indent("\n".join(body)).splitlines())

    def _pool_lines(self) -> list[str]:
        d = self.exp.data
        if d.name in PLANE_DATASETS:
            fn = datasets._GENERATORS[d.name].__name__
            return [f"x, y = {fn}(SAMPLES, NOISE, rng)  # points (x1, x2) of the plane and their labels"]
        if d.name in TABULAR_DATASETS:
            return [f"x, y = generator({_py(d.name)})(SAMPLES, NOISE, rng)  # scikit-learn's {d.name} table"]
        if d.name in generated_data.GENERATORS:
            fn = generated_data.GENERATORS[d.name].__name__
            return [f"x, y = {fn}(SAMPLES, NOISE, rng)"]
        spec = keras_sets.KERAS_SETS[d.name]
        pixels = not spec.text and d.name != "boston_housing"
        return [
            "x, y = load_pool()",
            "# A random subset of the pool, in pool order (pixels scaled to [0, 1], noise added as asked).",
            "cfg = DataConfig(samples=SAMPLES, noise=NOISE)",
            f"x, y, _ = _subset(x, y.astype(np.float32), cfg, rng, noisy={not spec.text}, pixels={pixels})",
        ]

    def _scaling_lines(self) -> list[str]:
        exp, d = self.exp, self.exp.data
        if exp.plane:
            return [
                "xs = [x[r].astype(np.float32) for r in rows]",
                "ys = [y[r].astype(np.float32).reshape(-1, 1) for r in rows]",
            ]
        text = d.name in TEXT_DATASETS
        table_like = self._x_ndim() == 2 and not text
        scaling = "standardise" if d.scaling == "auto" and table_like else d.scaling
        standardised = exp.data_problem == "regression"
        lines = []
        if scaling in ("auto", "none"):
            lines.append("xs = [x[r] for r in rows]")
        else:
            lines.append(
                f"xs = scale({_py(scaling)}, *(x[r] for r in rows))  # with the training rows' statistics only"
            )
        lines.append("ys = [y[r].astype(np.float32) for r in rows]")
        if standardised:
            lines += [
                "# Regression targets in standard deviations of the training rows (prices would swamp the loss).",
                'ys = [a.ravel() for a in scale("standardise", *(a[:, None] for a in ys))]',
            ]
        if d.encoding == "multi_hot":
            lines.append(
                f"xs = [multi_hot(a, {vocabulary_size(d)}) for a in xs]  # a bag of words: 1 for each word a text holds"
            )
        if scaling != "none" or d.encoding == "multi_hot":
            lines.append("xs = [a.astype(np.float32) for a in xs]")
        lines.append("ys = [a.reshape(-1, 1) for a in ys]")
        return lines

    def _x_ndim(self) -> int:
        d = self.exp.data
        if d.name in TABULAR_DATASETS:
            return 2
        if d.name in KERAS_DATASETS:
            return 1 + len(keras_sets.KERAS_SETS[d.name].input_shape)
        return 1 + len(generated_data.INPUT_SHAPES[d.name])

    def _input_and_target_lines(self, file_weights: bool) -> list[str]:
        exp = self.exp
        lines = []
        weights = "weights" if file_weights else None
        if exp.training.class_weight == "balanced":
            lines += [
                "# Balanced class weights, n / (classes × count), as per-sample weights as the playground gives them.",
                f"class_weight = class_weights(ys[0], {len(exp.classes)})",
                "balanced = np.array([class_weight[int(c)] for c in ys[0].ravel()], np.float32)",
                "weights = balanced if weights is None else weights * balanced"
                if file_weights
                else "weights = balanced",
            ]
            weights = "weights"
        if weights is None:
            sample_weight = "None"
        elif self.several:  # one per output
            n = len(self.outputs)
            sample_weight = f"[weights] * {n}" if not file_weights else f"None if weights is None else [weights] * {n}"
        else:
            sample_weight = "weights"
        lines += [
            "xs = [model_inputs(a) for a in xs]",
            "ys = [targets(a, b) for a, b in zip(xs, ys, strict=True)]",
            f'data = {{"x_train": xs[0], "y_train": ys[0], "sample_weight": {sample_weight}, "x_test": xs[1], '
            '"y_test": ys[1]}',
            "if held:",
            "    data.update(x_holdout=xs[2], y_holdout=ys[2])",
            "# Keras works in float32; the playground converts the arrays before fit, and so does this script.",
            "return {k: float32(v) for k, v in data.items()}",
        ]
        return lines

    def model_inputs(self) -> str:
        exp = self.exp
        extra = exp.extra_inputs
        head = ["def model_inputs(x):"]
        if exp.plane:
            if extra:
                calls = ", ".join(
                    ["features(x, FEATURES)", *(f"features(x, {_py(list(e['config']['features']))})" for e in extra)]
                )
                return "\n".join(
                    [
                        *head,
                        '    """The model\'s inputs from the points: the chosen features, then one array per extra '
                        'Input."""',
                        f"    return [{calls}]",
                    ]
                )
            return "\n".join(
                [
                    *head,
                    '    """The model\'s input: the chosen features of each point."""',
                    "    return features(x, FEATURES)",
                ]
            )
        if extra:
            return "\n".join(
                [
                    *head,
                    '    """The whole sample for the data\'s input and for each extra Input."""',
                    f"    return [x] * {1 + len(extra)}",
                ]
            )
        return "\n".join([*head, '    """The samples are the model\'s input as they are."""', "    return x"])

    def targets(self) -> str:
        exp = self.exp
        items = []
        for out in self.outputs:
            if out.problem == "reconstruction":
                items.append(("np.asarray(main, np.float32)", f"{out.name}: the inputs themselves (an autoencoder)"))
            elif out.one_hot:
                items.append(
                    (
                        f"np.eye({out.target_shape[0]}, dtype=np.float32)[labels.astype(int).ravel()]",
                        f"{out.name}: one-hot rows ({out.loss})",
                    )
                )
            else:
                what = "values" if out.problem == "regression" else "class numbers"
                items.append(("labels", f"{out.name}: the {what} as they are"))
        if not self.several:  # no need to name the one output
            items = [(code, comment.split(": ", 1)[1]) for code, comment in items]
        main = "x[0] if isinstance(x, list) else x" if exp.extra_inputs else "x"
        needs_main = any(out.problem == "reconstruction" for out in self.outputs)
        lines = ["def targets(x, labels):", '    """What each output learns."""']
        if needs_main:
            lines.append(f"    main = {main}")
        if self.several:
            lines.append("    return [")
            lines += [f"        {code},  # {comment}" for code, comment in items]
            lines.append("    ]")
        else:
            lines.append(f"    return {items[0][0]}  # {items[0][1]}")
        return "\n".join(lines)

    # -- 2. model --------------------------------------------------------------------------------

    def model_section(self) -> str:
        exp = self.exp
        specs = exp.model.layers
        lines = [
            "def build_model(seed=SEED):",
            '    """The network, with the initial weights the playground gives it for this seed."""',
            "    # Seeds Python, NumPy and TensorFlow: the same initial weights, dropout masks and shuffling.",
            "    keras.utils.set_random_seed(seed)",
        ]
        shape = _py(tuple(exp.input_shape))
        if is_sequential(specs):
            lines.append("    layers = [")
            lines += [f"        {self._layer_call(spec, 8)}," for spec in specs]
            lines += [
                "    ]",
                f'    return keras.Sequential([keras.Input(shape={shape}), *layers], name="playground")',
            ]
            return "\n".join(lines) + "\n"
        # Functional: every layer first (in list order, as the playground builds them), then the graph.
        nodes = exp.analyse()
        taken: set[str] = set()
        names = {INPUT: _identifier(INPUT, taken)}
        for i, spec in enumerate(specs):
            names[layer_name(spec, i)] = _identifier(layer_name(spec, i), taken)
        lines.append("    # The layers, created in the playground's order (it matters for the random initial weights)…")
        lines.append("    layers = [")
        for spec in specs:
            if spec["class_name"] != INPUT_KIND:
                lines.append(f"        {self._layer_call(spec, 8)},")
        lines += ["    ]", "    # …then joined into a graph: each layer called on the outputs it takes."]
        lines.append(f"    {names[INPUT]} = keras.Input(shape={shape}, name={_py(INPUT)})")
        inputs = [names[INPUT]]
        k = 0
        for i, spec in enumerate(specs):
            name = layer_name(spec, i)
            var = names[name]
            if spec["class_name"] == INPUT_KIND:
                lines.append(f"    {var} = keras.Input(shape={_py(tuple(nodes[i + 1].shape))}, name={_py(name)})")
                inputs.append(var)
                continue
            sources = [names[n] for n in layer_inputs(specs, i)]
            arg = f"[{', '.join(sources)}]" if spec["class_name"] in MERGES else sources[0]
            lines.append(f"    {var} = layers[{k}]({arg})" + (f"  # {name}" if var != name else ""))
            k += 1
        outs = [names[o.name] for o in self.outputs]
        ins_code = f"[{', '.join(inputs)}]" if len(inputs) > 1 else inputs[0]
        outs_code = f"[{', '.join(outs)}]" if len(outs) > 1 else outs[0]
        lines.append(f'    return keras.Model({ins_code}, {outs_code}, name="playground")')
        return "\n".join(lines) + "\n"

    def _layer_call(self, spec: dict, indent: int) -> str:
        config = dict(spec.get("config", {}))
        if "name" in config:  # the settings first, the name last
            config["name"] = config.pop("name")
        return _call("keras.layers", spec["class_name"], config, indent)

    # -- 3. compile ------------------------------------------------------------------------------

    def compile_section(self) -> str:
        t = self.exp.training
        parts = []
        name = t.schedule["class_name"] if t.schedule else None
        if name in ("StepDecay", "NaturalExpDecay"):
            parts.append(_CUSTOM_SCHEDULES[name])
        opt = t.optimizer
        config = {k: v for k, v in opt.get("config", {}).items() if k != "learning_rate"}
        lines = [
            "def compile_model(model, steps_per_epoch):",
            '    """Compiles the model as the playground does; returns the learning-rate schedule (or None)."""',
            f"    learning_rate = {_py(float(t.learning_rate))}",
        ]
        if t.schedule:
            lines += self._schedule_lines(steps_per_epoch="steps_per_epoch")
        else:
            lines.append("    schedule = None  # a constant learning rate")
        rate = "schedule" if t.schedule else "learning_rate"
        lines.append(
            f"    optimizer = {_call('keras.optimizers', opt['class_name'], config, 4, f'learning_rate={rate}')}"
        )
        if self.several:
            losses = _py([o.loss for o in self.outputs])
            weights = _py([float(o.loss_weight) for o in self.outputs])
            metrics = "".join(f"            {self._metrics(o)},  # {o.name}\n" for o in self.outputs)
            lines += [
                "    model.compile(",
                "        optimizer=optimizer,",
                f"        loss={losses},  # one per output: {', '.join(o.name for o in self.outputs)}",
                f"        loss_weights={weights},  # the total loss is their weighted sum",
                f"        metrics=[\n{metrics}        ],",
                "    )",
            ]
        else:
            lines += [
                "    model.compile(",
                "        optimizer=optimizer,",
                f"        loss={_py(t.loss)},",
                f"        metrics={self._metrics(self.outputs[0])},",
                "    )",
            ]
        lines.append("    return schedule")
        parts.append("\n".join(lines))
        return "\n\n\n".join(parts) + "\n"

    def _schedule_lines(self, steps_per_epoch: str) -> list[str]:
        t = self.exp.training
        name = t.schedule["class_name"]
        config = schedules.with_defaults(t.schedule)["config"]
        comment = f"    # {schedules.describe(t.schedule, t.learning_rate)}"
        if name == "PiecewiseConstantDecay":
            args = {
                "boundaries": [int(b) for b in config["boundaries"]],
                "values": [float(v) for v in config["values"]],
            }
            return [comment, f"    schedule = {_call('keras.optimizers.schedules', name, args, 4)}"]
        if name == "StepDecay":
            return [
                comment,
                f"    schedule = StepDecay(learning_rate, steps_per_epoch={steps_per_epoch}, "
                + ", ".join(f"{k}={_py(v)}" for k, v in config.items())
                + ")",
            ]
        if name == "NaturalExpDecay":
            return [
                comment,
                "    schedule = NaturalExpDecay(learning_rate, "
                + ", ".join(f"{k}={_py(v)}" for k, v in config.items())
                + ")",
            ]
        return [
            comment,
            "    schedule = "
            + _call("keras.optimizers.schedules", name, config, 4, "initial_learning_rate=learning_rate"),
        ]

    def _metrics(self, out: Output) -> str:
        threshold = 0.5 if self.exp.model.layers[out.index]["config"].get("activation", "linear") == "sigmoid" else 0.0
        made = []
        for m in out.metrics:
            if m == "accuracy":
                if out.problem == "multiclass":
                    cls = "CategoricalAccuracy" if out.one_hot else "SparseCategoricalAccuracy"
                    made.append(f'keras.metrics.{cls}(name="accuracy")')
                else:
                    made.append(f'keras.metrics.BinaryAccuracy(name="accuracy", threshold={threshold})')
            elif m == "mae":
                made.append('keras.metrics.MeanAbsoluteError(name="mae")')
            else:
                made.append('keras.metrics.MeanSquaredError(name="mse")')
        return "[" + ", ".join(made) + "]"

    # -- 4. train --------------------------------------------------------------------------------

    def train_section(self) -> str:
        return "\n\n\n".join([self.callbacks(), _LOG_AND_HISTORY, self.main()]) + "\n"

    def callbacks(self) -> str:
        t = self.exp.training
        lines = [
            "def make_callbacks(out):",
            '    """Keras\'s callbacks with every setting the playground gives them; files go into `out`."""',
            "    return [",
        ]
        for entry in t.callbacks:
            name = entry["class_name"]
            config = callback_specs.get(t.callbacks, name) or {}
            first = ""
            if name == "ModelCheckpoint":  # a relative path is relative to the output folder
                path = str(config.pop("filepath", "best.keras"))
                where = _py(path) if not path.startswith("~") else f"Path({_py(path)}).expanduser()"
                first = f"filepath=str(out / {where})"
            lines.append(f"        {_call('keras.callbacks', name, config, 8, first)},")
        lines.append("    ]")
        if not t.callbacks:
            lines[-2:] = ["    return []  # the experiment uses none"]
        return "\n".join(lines)

    def main(self) -> str:
        several = self.several
        holdout = (
            '    if "x_holdout" in data:  # data never trained or tuned on, looked at once at the end\n'
            '        scores = model.evaluate(data["x_holdout"], data["y_holdout"], batch_size=256, verbose=0, '
            "return_dict=True)\n"
            '        print("Held-out test set:", "  ".join(f"{k}={v:.4f}" for k, v in scores.items()))\n'
        )
        return _MAIN.replace("@HOLDOUT@\n", holdout).replace(
            "@N_TRAIN@", 'len(data["y_train"][0])' if several else 'len(data["y_train"])'
        )


def _banner(title: str) -> str:
    return f"\n# {'-' * 96}\n# {title}\n# {'-' * 96}\n\n"


def _wrap(text: str, indent: int) -> str:
    return textwrap.fill(text, 96, subsequent_indent=" " * indent, break_on_hyphens=False)


_FLOAT32_AND_SAVE = '''def float32(a):
    """An array, or a list of arrays (several inputs or outputs), as float32; None stays None."""
    if a is None:
        return None
    return [np.asarray(v, np.float32) for v in a] if isinstance(a, list) else np.asarray(a, np.float32)


def save_arrays(data, path):
    """Writes the arrays model.fit gets to an .npz (a list becomes name_0, name_1…), to compare with the playground."""
    arrays = {}
    for key, value in data.items():
        if isinstance(value, list):
            arrays.update({f"{key}_{i}": v for i, v in enumerate(value)})
        elif value is not None:
            arrays[key] = value
    np.savez(path, **arrays)'''


_CUSTOM_SCHEDULES = {
    "StepDecay": '''# Registered under the playground's name, so model.keras opens in the playground too.
@keras.saving.register_keras_serializable(package="playground")
class StepDecay(keras.optimizers.schedules.LearningRateSchedule):
    """The book's step decay: lr = initial_learning_rate · drop^⌊(1 + epoch) / epochs_drop⌋,
    with epoch = ⌊step / steps_per_epoch⌋. Keras has no such schedule; the playground's own."""

    def __init__(self, initial_learning_rate, drop=0.5, epochs_drop=10, steps_per_epoch=1, name="StepDecay"):
        super().__init__()
        self.initial_learning_rate = initial_learning_rate
        self.drop = drop
        self.epochs_drop = epochs_drop
        self.steps_per_epoch = steps_per_epoch
        self.name = name

    def __call__(self, step):
        ops = keras.ops
        lr0 = ops.convert_to_tensor(self.initial_learning_rate)
        dtype = lr0.dtype
        epoch = ops.floor(ops.cast(step, dtype) / ops.cast(self.steps_per_epoch, dtype))
        drops = ops.floor((1.0 + epoch) / ops.cast(self.epochs_drop, dtype))
        return lr0 * ops.power(ops.cast(self.drop, dtype), drops)

    def get_config(self):
        return {
            "initial_learning_rate": self.initial_learning_rate,
            "drop": self.drop,
            "epochs_drop": self.epochs_drop,
            "steps_per_epoch": self.steps_per_epoch,
            "name": self.name,
        }''',
    "NaturalExpDecay": '''# Registered under the playground's name, so model.keras opens in the playground too.
@keras.saving.register_keras_serializable(package="playground")
class NaturalExpDecay(keras.optimizers.schedules.LearningRateSchedule):
    """TensorFlow 1's natural exponential decay: lr = initial_learning_rate · e^(−decay_rate · p),
    p = step / decay_steps (⌊step / decay_steps⌋ if staircase). Keras has none; the playground's own."""

    def __init__(self, initial_learning_rate, decay_steps=1, decay_rate=1e-4, staircase=False, name="NaturalExpDecay"):
        super().__init__()
        self.initial_learning_rate = initial_learning_rate
        self.decay_steps = decay_steps
        self.decay_rate = decay_rate
        self.staircase = staircase
        self.name = name

    def __call__(self, step):
        ops = keras.ops
        lr0 = ops.convert_to_tensor(self.initial_learning_rate)
        dtype = lr0.dtype
        p = ops.cast(step, dtype) / ops.cast(self.decay_steps, dtype)
        if self.staircase:
            p = ops.floor(p)
        return lr0 * ops.exp(-ops.cast(self.decay_rate, dtype) * p)

    def get_config(self):
        return {
            "initial_learning_rate": self.initial_learning_rate,
            "decay_steps": self.decay_steps,
            "decay_rate": self.decay_rate,
            "staircase": self.staircase,
            "name": self.name,
        }''',
}


_LOG_AND_HISTORY = '''class LogLearningRate(keras.callbacks.Callback):
    """Adds the learning rate the epoch's last step used to the epoch's logs (history.csv's learning_rate)."""

    def __init__(self, schedule=None):
        super().__init__()
        self.schedule = schedule

    def on_epoch_end(self, epoch, logs=None):
        optimizer = self.model.optimizer
        if self.schedule is None:
            rate = optimizer.learning_rate
        else:  # the optimizer's iterations have moved on to the next step already
            rate = self.schedule(optimizer.iterations - 1)
        if logs is not None:
            logs["learning_rate"] = float(keras.ops.convert_to_numpy(rate))


def write_history(history, path):
    """One row per epoch, as the playground's history.csv: epoch, the losses and metrics, learning_rate."""
    columns = list(history.history)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["epoch", *columns])
        for i, epoch in enumerate(history.epoch):
            writer.writerow([epoch + 1, *(repr(float(history.history[c][i])) for c in columns)])'''


_MAIN = """def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS, help=f"epochs to train (default: {EPOCHS})")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="folder for history.csv, model.keras and checkpoints (default: this script's folder)",
    )
    parser.add_argument(
        "--distribute",
        action="store_true",
        help="build and train under tf.distribute.MirroredStrategy: one copy of the model per GPU",
    )
    parser.add_argument("--dump-data", type=Path, metavar="FILE.npz", help="also save the arrays model.fit gets")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    data = load_data(SEED)
    if args.dump_data:
        save_arrays(data, args.dump_data)
    steps_per_epoch = math.ceil(@N_TRAIN@ / BATCH_SIZE)  # Keras trains on the last, smaller batch too

    # The model's variables are made inside the strategy's scope: MirroredStrategy keeps one copy per GPU
    # (or the CPU when there is none) and adds up the gradients of each step's slices of the batch.
    strategy = tf.distribute.MirroredStrategy() if args.distribute else None
    with strategy.scope() if strategy else contextlib.nullcontext():
        model = build_model(SEED)
        schedule = compile_model(model, steps_per_epoch)
    if strategy:
        print(f"Training on {strategy.num_replicas_in_sync} replica(s).")

    history = model.fit(
        data["x_train"],
        data["y_train"],
        sample_weight=data["sample_weight"],
        validation_data=(data["x_test"], data["y_test"]),
        epochs=args.epochs,
        batch_size=BATCH_SIZE,
        shuffle=True,  # a new order of the training rows every epoch
        verbose=2,
        callbacks=[LogLearningRate(schedule), *make_callbacks(args.out)],
    )
    write_history(history, args.out / "history.csv")
    model.save(args.out / "model.keras")
@HOLDOUT@
    print(f"Wrote {args.out / 'history.csv'} and {args.out / 'model.keras'}")


if __name__ == "__main__":
    main()"""
