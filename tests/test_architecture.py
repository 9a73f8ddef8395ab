"""The codemap stays true: ARCHITECTURE.md names every package of the tree under its layer, every
module says why it exists, none outgrows a reader's head, and the tests mirror the packages."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "playground"
MAP = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
LAYERS = ("core", "training", "qt")
MOST_LINES = 600


def _section(layer: str) -> str:
    """The text of ARCHITECTURE.md's section on `layer` (from its heading to the next one)."""
    match = re.search(rf"^## {layer}/.*?(?=^## |\Z)", MAP, flags=re.M | re.S)
    assert match, f"ARCHITECTURE.md has no section '## {layer}/'"
    return match.group(0)


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("layer", LAYERS)
def test_the_map_names_every_package_and_top_module_of_a_layer(layer):
    section = _section(layer)
    folder = PACKAGE / layer
    packages = [p.name for p in folder.iterdir() if (p / "__init__.py").exists()]
    modules = [p.name for p in folder.glob("*.py") if p.name != "__init__.py"]
    assert packages, layer
    missing = [f"{name}/" for name in packages if f"`{name}/`" not in section]
    missing += [name for name in modules if f"`{name}`" not in section]
    assert not missing, f"ARCHITECTURE.md's {layer}/ section does not mention {missing}"


def test_the_map_names_no_package_that_is_gone():
    for layer in LAYERS:
        named = set(re.findall(r"`(\w+)/`", _section(layer)))
        gone = [name for name in named if not (PACKAGE / layer / name / "__init__.py").exists()]
        assert not gone, f"ARCHITECTURE.md's {layer}/ section names packages that do not exist: {gone}"


def test_every_module_says_why_it_exists():
    silent = [str(p.relative_to(ROOT)) for p in _modules() if not ast.get_docstring(ast.parse(p.read_text("utf-8")))]
    silent = [p for p in silent if not p.endswith("__init__.py") or Path(ROOT / p).stat().st_size]
    assert not silent, f"modules without a docstring: {silent}"


def test_no_module_is_longer_than_a_head_can_hold():
    lines = {str(p.relative_to(ROOT)): len(p.read_text("utf-8").splitlines()) for p in _modules()}
    long = {name: n for name, n in lines.items() if n > MOST_LINES}
    assert not long, f"modules over {MOST_LINES} lines: {long}"


def test_the_tests_mirror_the_packages():
    for layer in LAYERS:
        for package in (PACKAGE / layer).iterdir():
            if (package / "__init__.py").exists() and package.name != "widgets":
                tests = ROOT / "tests" / layer / package.name
                assert list(tests.glob("test_*.py")), f"no tests in {tests.relative_to(ROOT)} for {package}"
        for folder in (ROOT / "tests" / layer).iterdir():
            if folder.is_dir() and folder.name != "__pycache__":
                assert (PACKAGE / layer / folder.name / "__init__.py").exists(), f"{folder} mirrors no package"
