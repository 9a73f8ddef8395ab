"""Python source text for the exported script: values as literals, Keras calls that wrap when long,
variable names that cannot clash.

Every part of the script writer uses these; they know nothing of experiments.
"""

from __future__ import annotations

import builtins
import keyword
import re
import textwrap
from typing import Any

import numpy as np

WIDTH = 110  # longest line the script's layer calls are written on before they wrap
# Names the script defines itself: copied playground code must not take them.
OWN_NAMES = frozenset(
    {
        "SEED", "EPOCHS", "BATCH_SIZE", "SAMPLES", "NOISE", "TRAIN_FRACTION", "HOLDOUT", "SHUFFLE", "STRATIFY",
        "FEATURES", "DATA_FILE", "LEARNING_RATE", "load_pool", "load_data", "model_inputs", "targets", "float32",
        "save_arrays", "build_model", "compile_model", "make_callbacks", "LogLearningRate", "step_decay", "StepDecay",
        "NaturalExpDecay", "write_history", "main", "keras", "tf", "np", "argparse", "contextlib", "csv", "math",
        "os", "Path", "SimpleNamespace", "DataConfig", "annotations",
    }
)  # fmt: skip


def py(value: Any) -> str:
    """`value` (JSON-like: None, bool, numbers, text, lists, tuples, dicts) as Python source."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, (bool, type(None), int)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if np.isfinite(value) else f'float("{value}")'
    if isinstance(value, tuple):
        inner = ", ".join(py(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(py(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py(k)}: {py(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as Python")


_NESTED = {"_initializer": "initializers", "_regularizer": "regularizers", "_constraint": "constraints"}


def _argument(key: str, value: Any, indent: int) -> str:
    if isinstance(value, dict) and isinstance(value.get("class_name"), str):
        if key in ("layer", "backward_layer"):  # the layer a Bidirectional wraps
            return call("keras.layers", value["class_name"], value.get("config", {}), indent)
        module = next((m for suffix, m in _NESTED.items() if key.endswith(suffix)), None)
        if module and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value["class_name"]):
            return call(f"keras.{module}", value["class_name"], value.get("config", {}), indent)
    return py(value)


def call(module: str, class_name: str, config: dict, indent: int = 0, first: str = "", last: str = "") -> str:
    """`module.class_name(first, key=value, ..., last)`, wrapped one argument a line when it is long."""
    args = [f"{key}={_argument(key, value, indent + 4)}" for key, value in config.items()]
    args = [a for a in (first, *args, last) if a]
    one_line = f"{module}.{class_name}({', '.join(args)})"
    if indent + len(one_line) <= WIDTH and "\n" not in one_line:
        return one_line
    pad = " " * (indent + 4)
    return f"{module}.{class_name}(\n" + "".join(f"{pad}{a},\n" for a in args) + " " * indent + ")"


def identifier(name: str, taken: set[str]) -> str:
    """A Python variable for a layer's output, after its name."""
    base = re.sub(r"\W", "_", name)
    if not base or base[0].isdigit():
        base = f"layer_{base}"
    if keyword.iskeyword(base) or base in OWN_NAMES or hasattr(builtins, base) or base in ("inputs", "outputs"):
        base += "_"
    out, n = base, 2
    while out in taken:
        out, n = f"{base}_{n}", n + 1
    taken.add(out)
    return out


def indent(text: str, spaces: int = 4) -> str:
    return textwrap.indent(text, " " * spaces)


def wrap(text: str, indent: int) -> str:
    """`text` filled to 96 columns, the lines after the first indented by `indent`."""
    return textwrap.fill(text, 96, subsequent_indent=" " * indent, break_on_hyphens=False)
