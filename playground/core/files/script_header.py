"""The top of the exported script: the docstring that says what it trains and how to run it, its
imports, and its settings (seed, epochs, the data's numbers).

`fields` fills the template's placeholders above "# 1. Data".
"""

from __future__ import annotations

from pathlib import Path

from playground.core.data import keras_sets
from playground.core.data.data_config import FILE, KERAS_DATASETS
from playground.core.data.drawn_points import DRAWN
from playground.core.experiment.config import Experiment
from playground.core.files.python_text import py, wrap
from playground.core.network.layer_graph import describe
from playground.core.recipe import schedule_rates

# What every script imports from the standard library, written `module.name` for `from module import name`.
_STANDARD = ("argparse", "contextlib", "json", "math", "os", "pathlib.Path", "tempfile")


def fields(
    exp: Experiment, copied_imports: list[str], data_file: str | None, source: str | None, script: str
) -> dict[str, str]:
    """The header's placeholders.

    Args:
        exp: the experiment.
        copied_imports: the imports the copied playground code needs.
        data_file: the script's code for the path of the imported data's arrays (None: not imported).
        source: the experiment file's name, or None.
        script: the script's file name, for the usage lines.
    """
    standard, third_party = _imports(exp, copied_imports)
    return {
        **_docstring(exp, source, script),
        "standard_imports": "\n".join(standard),
        "third_party_imports": "\n".join(third_party),
        **_settings(exp, data_file),
    }


def _docstring(exp: Experiment, source: str | None, script: str) -> dict[str, str]:
    d, t = exp.data, exp.training
    network = " → ".join(  # a layer's own spaces do not break the line
        (f"{layer['class_name']}({describe(layer)})" if describe(layer) else layer["class_name"]).replace(" ", "\0")
        for layer in exp.model.layers
    )
    opt = t.optimizer
    opt_text = ", ".join(f"{k} {v}" for k, v in opt.get("config", {}).items())
    training = f"{t.loss}, {opt['class_name']} ({opt_text}), batch {t.batch_size}, {t.epochs} epochs, seed {exp.seed}"
    note = []
    if d.name == FILE:
        note = [
            f"The data were imported from {Path(d.source.get('path', '?')).name}: this script does not read that file",
            "again but loads the arrays the playground prepared from it (split and scaled) from the .npz",
            "written with it (DATA_FILE below): keep the two together.",
        ]
    elif d.name in KERAS_DATASETS:
        note = [
            f"The data come from keras.datasets.{d.name}: the first run downloads them unless Keras has them",
            "cached already (~/.keras/datasets).",
        ]
    found = {
        "where": f" from {source}" if source else "",
        "data_summary": wrap(_data_title(exp), 11),
        "network_summary": wrap(network, 11).replace("\0", " "),
        "training_summary": wrap(training, 11),
        "schedule_line": f"Schedule:  {schedule_rates.describe(t.schedule, t.learning_rate)}" if t.schedule else "",
        "callbacks_line": f"Callbacks: {', '.join(c['class_name'] for c in t.callbacks)}" if t.callbacks else "",
        "data_note": "\n".join(note),
        "script": script,
    }
    # Names from the experiment land in this docstring: no backslash or triple quote may end it early.
    return {key: text.replace("\\", "/").replace('"', "'") for key, text in found.items()}


def _data_title(exp: Experiment) -> str:
    d = exp.data
    if d.name == FILE:
        what = f"imported {d.source.get('kind')} file {Path(d.source.get('path', '?')).name}"
    elif d.name in KERAS_DATASETS:
        what = f"{keras_sets.KERAS_SETS[d.name].short_title} (keras.datasets.{d.name})"
    elif d.name == DRAWN:
        what = f"{len(d.source.get('points', []))} points drawn by hand"
    else:
        what = d.name
    parts = [what] if d.name == DRAWN else [what, f"{d.samples} samples"]
    if d.noise and d.name != DRAWN:
        parts.append(f"noise {d.noise:g}")
    parts.append(f"{d.train_fraction:.0%} for training")
    if d.holdout:
        parts.append(f"{d.holdout:.0%} held out")
    if exp.plane:
        parts.append("features " + ", ".join(d.features))
    if d.target == "inputs":
        parts.append("rebuilding the inputs (autoencoder)")
    return ", ".join(parts)


def _imports(exp: Experiment, copied_imports: list[str]) -> tuple[list[str], list[str]]:
    """(the standard library's import lines, numpy's and scikit-learn's but `import numpy as np`)."""
    wanted = {*_STANDARD, *(["types.SimpleNamespace"] if exp.data.name in KERAS_DATASETS else [])}
    std, third = [], []
    for line in copied_imports:
        module = line.split()[1]
        (third if module.split(".")[0] in ("numpy", "sklearn") else std).append(line)
    for name in sorted(wanted):
        module, _, attr = name.rpartition(".")
        std.append(f"from {module} import {attr}" if module else f"import {name}")
    std = sorted(set(std), key=lambda s: (s.startswith("from "), s))
    third = sorted(set(third) - {"import numpy as np"})
    return std, third


def _settings(exp: Experiment, data_file: str | None) -> dict[str, str]:
    d, t = exp.data, exp.training
    lines = []
    if d.name != FILE:
        lines += [
            f"SAMPLES = {d.samples}",
            f"NOISE = {py(float(d.noise))}",
            f"TRAIN_FRACTION = {py(float(d.train_fraction))}  # the rest is the test (validation) set",
            f"HOLDOUT = {py(float(d.holdout))}  # kept aside, evaluated once at the end",
            f"SHUFFLE = {d.shuffle}  # shuffle the rows before splitting",
            f"STRATIFY = {d.stratify}  # each part keeps the classes' proportions",
        ]
    if exp.plane:
        lines.append(f"FEATURES = {py(list(d.features))}  # the inputs computed from each point (x1, x2)")
    if d.name == FILE:
        lines.append(f"DATA_FILE = {data_file}")
    return {
        "seed": str(exp.seed),
        "epochs": str(t.epochs),
        "batch_size": str(t.batch_size),
        "data_settings": "\n".join(lines),
    }
