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
- Compile: the optimizer, learning-rate schedule (Keras's own classes only, so model.keras loads in
  plain Keras: natural-exp decay as `ExponentialDecay`, the book's step decay as a
  `LearningRateScheduler` callback), losses, loss weights, metrics; callbacks with the settings the
  playground gives them; balanced class weights and the file's sample weights as per-sample weights,
  as `Session` does.
- Train: `model.fit(..., validation_data=..., shuffle=True)`, `history.csv` (Keras's CSVLogger, the
  app's layout) and `model.keras` (checkpoints too take the raw samples); `--epochs`, `--out`,
  `--tensorboard` (Keras's TensorBoard callback, steps as history.csv's epochs), `--distribute`
  (`tf.distribute.MirroredStrategy`; `MultiWorkerMirroredStrategy` when the TF_CONFIG environment
  variable names a cluster of machines, only its chief writing the files) and `--dump-data`.

Not exportable (ExperimentError says so): a Pretrained layer (keras.applications base) and K-fold
validation. Everything here is text and numpy: no TensorFlow is imported.

The script's skeleton is `script_template.py.txt`, which reads like the script it becomes; its
`$placeholders` are filled by one module per part: script_header (docstring, imports, settings),
script_data, script_model and script_recipe (compile and callbacks).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from string import Template

import numpy as np

from playground.core import atomic_files
from playground.core.data import datasets
from playground.core.data.data_config import FILE
from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment
from playground.core.files import script_data, script_header, script_model, script_recipe, script_wrap
from playground.core.files.python_text import py
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import transfer
from playground.core.network.layer_graph import layer_name

# The script's skeleton, reading like the script it becomes: `fill` puts in what `parts` writes.
TEMPLATE = resources.files(__package__).joinpath("script_template.py.txt").read_text("utf-8")
# A placeholder alone on its line: a block of lines, or nothing.
_BLOCK = re.compile(r"^\$\{?(\w+)\}?$")


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
    return fill(TEMPLATE, **parts(exp, data_code, None if source is None else Path(source).name, name))


def parts(exp: Experiment, data_code: str | None, source: str | None, script_name: str) -> dict[str, str]:
    """What fills each placeholder of TEMPLATE for `exp` (checked): its code, one module per section."""
    copied_imports, data = script_data.fields(exp)
    header = script_header.fields(exp, copied_imports, data_code, source, script_name)
    return {**header, **data, **script_model.fields(exp), **script_recipe.fields(exp), **script_wrap.fields(exp)}


def _data_file_code(data_file: Path, script_path: Path | None) -> str:
    """How the script names its data file: beside itself when it is, else by its absolute path."""
    if script_path is None:
        if len(data_file.parts) == 1:
            return f"Path(__file__).with_name({py(data_file.name)})  # beside this script"
    else:
        here = script_path.resolve().parent
        try:
            relative = data_file.resolve().relative_to(here)
        except ValueError:
            relative = None
        if relative is not None and len(relative.parts) == 1:
            return f"Path(__file__).with_name({py(relative.name)})  # beside this script"
        if relative is not None:
            return f"Path(__file__).resolve().parent / {py(relative.as_posix())}"
    return f"Path({py(data_file.resolve().as_posix())})"


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
    arrays["preparation"] = np.array(script_wrap.preparation_json(exp))  # for the script's model.keras
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_files.replacing(path) as temporary, open(temporary, "wb") as fh:
        np.savez_compressed(fh, **arrays)


def fill(template: str, **blocks: str) -> str:
    """`template` with its `$placeholders` replaced by `blocks` (string.Template). A placeholder alone
    on its line stands for a block of lines; when the block is empty its line goes, and if it stood
    between blank lines (a definition or paragraph of its own) the blank lines after it go too."""
    lines = template.split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        found = _BLOCK.match(lines[i])
        if found and blocks[found[1]] == "":
            i += 1
            if kept and kept[-1] == "":
                while i < len(lines) and lines[i] == "":
                    i += 1
            continue
        kept.append(lines[i])
        i += 1
    return Template("\n".join(kept)).substitute(blocks)
