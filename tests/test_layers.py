"""The architecture boundary: core is numpy-only, training has no Qt, qt loads TensorFlow lazily.

    playground/core      numpy (+ scikit-learn); no TensorFlow/Keras, no Qt, no playground.training
    playground/training  Keras/TensorFlow; no Qt (PySide6, pyqtgraph, playground.qt)
    playground/qt        the views; may use training, but must not import TensorFlow/Keras at import time

Checked twice: statically (every import statement in the source, including ones inside functions)
and dynamically (import every module in a fresh interpreter and look at sys.modules).
"""

from __future__ import annotations

import ast
import json
import os
import pkgutil
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import describe, run

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "playground"

QT = ("PySide6", "pyqtgraph", "playground.qt")
TF = ("tensorflow", "keras")

# layer -> module prefixes its source may never import
STATIC_RULES = {
    "core": TF + QT + ("playground.training",),
    "training": QT,
}

# layer -> modules that must not be in sys.modules after importing every module of the layer
RUNTIME_RULES = {
    "core": TF + QT + ("playground.training",),
    "training": QT,
    "qt": TF,
}


def _matches(name: str, forbidden: tuple[str, ...]) -> str | None:
    for f in forbidden:
        if name == f or name.startswith(f + "."):
            return f
    return None


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_names(tree: ast.AST, path: Path):
    """Yields (line, statement text, imported module name) for every import in the file."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, f"import {alias.name}", alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            dots = "." * node.level
            for alias in node.names:
                text = f"from {dots}{node.module or ''} import {alias.name}"
                yield node.lineno, text, target
                if alias.name != "*":  # `from playground import qt` imports playground.qt
                    yield node.lineno, text, f"{target}.{alias.name}"
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if fname in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield node.lineno, f"{fname}({node.args[0].value!r})", node.args[0].value


def _python_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(STATIC_RULES))
def test_source_imports_respect_layers(layer):
    forbidden = STATIC_RULES[layer]
    files = _python_files(layer)
    assert files, f"playground/{layer} has no Python files"
    problems = []
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        except SyntaxError as e:
            problems.append(f"{rel}:{e.lineno}: cannot parse: {e.msg}")
            continue
        for line, text, name in _imported_names(tree, path):
            hit = _matches(name, forbidden)
            if hit:
                problems.append(f"{rel}:{line}: `{text}` — playground/{layer} must not import {hit}")
    problems = list(dict.fromkeys(problems))
    assert not problems, f"layer boundary broken in playground/{layer}:\n  " + "\n  ".join(problems)


def _walk(layer: str) -> list[str]:
    """Module names of the layer's package and everything below it, found without importing."""
    names = [f"playground.{layer}"]

    def walk(path: Path, prefix: str) -> None:
        for info in pkgutil.iter_modules([str(path)]):
            name = prefix + info.name
            if name.endswith("__main__"):
                continue
            names.append(name)
            if info.ispkg:
                walk(path / info.name, name + ".")

    walk(PACKAGE / layer, f"playground.{layer}.")
    return names


_PROBE = textwrap.dedent(
    """
    import importlib, json, sys, traceback
    modules, forbidden = json.loads(sys.argv[1])
    report = {"loaded": {}, "errors": {}}
    for mod in modules:
        before = set(sys.modules)
        try:
            importlib.import_module(mod)
        except BaseException:
            report["errors"][mod] = traceback.format_exc(limit=-3)
        for name in sorted(set(sys.modules) - before):
            for f in forbidden:
                if name == f or name.startswith(f + "."):
                    report["loaded"].setdefault(f, mod)
    print("@@REPORT@@" + json.dumps(report))
    """
)


@pytest.mark.parametrize("layer", sorted(RUNTIME_RULES))
def test_importing_layer_loads_nothing_forbidden(layer):
    if not (PACKAGE / layer / "__init__.py").exists():
        pytest.skip(f"playground/{layer} does not exist yet")
    modules = _walk(layer)
    forbidden = RUNTIME_RULES[layer]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = run([sys.executable, "-c", _PROBE, json.dumps([modules, list(forbidden)])], cwd=ROOT, env=env)
    out = proc.stdout.rpartition("@@REPORT@@")[2]
    assert proc.returncode == 0 and out, f"importing playground/{layer} crashed: {describe(proc)}"
    report = json.loads(out)
    problems = [f"{what} is loaded (first while importing {mod})" for what, mod in sorted(report["loaded"].items())]
    if problems and layer == "qt":
        problems.append("TensorFlow/Keras must be imported lazily, inside functions (training/tf_setup.py)")
    problems += [f"{mod} fails to import:\n{tb}" for mod, tb in report["errors"].items()]
    assert not problems, f"importing playground/{layer}:\n  " + "\n  ".join(problems)
