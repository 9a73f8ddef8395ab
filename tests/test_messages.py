"""Every error the core or the training raises for a user to read is a `core.i18n.Message`, so the
window can show it in Chinese too: a raise whose message is a plain string or f-string fails here.

A raise that only a bug can reach (the input was checked before) may keep plain English, and says
so with `# internal` on its line. Errors Python itself reads (KeyError, TypeError, ...) are left alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from playground.core.i18n import QT_TRANSLATE_NOOP, Message

ROOT = Path(__file__).resolve().parents[1] / "playground"
FILES = sorted(p for part in ("core", "training") for p in (ROOT / part).rglob("*.py"))
NOT_FOR_USERS = {"TypeError", "KeyError", "AttributeError", "NotImplementedError", "AssertionError", "RuntimeError"}


def _plain_text(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp):  # "..." + "..." or "..." % (...)
        return _plain_text(node.left)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):  # "...".join(...), "...".format(...)
        return _plain_text(node.func.value)
    return False


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def plain_raises(path: Path) -> list[str]:
    """`file:line` of each raise in `path` that hands a user a plain string."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call) or not node.exc.args:
            continue
        if _name(node.exc) in NOT_FOR_USERS:
            continue
        if any("# internal" in lines[i - 1] for i in range(node.lineno, node.end_lineno + 1)):
            continue
        if _plain_text(node.exc.args[-1]):
            found.append(f"{path.name}:{node.lineno}")
    return found


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_errors_for_users_are_messages(path):
    assert plain_raises(path) == []


def test_the_check_sees_plain_strings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(x):\n"
        "    raise ValueError(f'bad {x}')\n"
        "    raise ImportFailed('no file')\n"
        "    raise ExperimentError('data.name', 'unknown ' + x)\n"
        "    raise ValueError(f'bad {x}')  # internal: checked before\n"
        "    raise KeyError(f'no {x}')\n"
        "    raise ExperimentError('data.name', Message(QT_TRANSLATE_NOOP('experiment', 'bad {x}'), x=x))\n"
    )
    found = [line.rsplit(":", 1)[1] for line in plain_raises(sample)]
    assert found == ["2", "3", "4"]


def test_a_message_is_its_english_text_and_translates_template_first():
    inner = Message(QT_TRANSLATE_NOOP("t", "layer {name}"), name="dense")
    outer = Message(
        QT_TRANSLATE_NOOP("t", "{where}: {n:.2f} too big; try {choices}"), where=inner, n=2, choices=("a", "b")
    )
    assert outer == "layer dense: 2.00 too big; try a, b"
    table = {
        ("t", "layer {name}"): "层 {name}",
        ("t", "{where}: {n:.2f} too big; try {choices}"): "{where}：{n:.2f} 太大",
    }
    assert outer.translated(lambda c, t: table.get((c, t), t)) == "层 dense：2.00 太大"
    assert Message.of("class_names", "a {b}") == "a {b}"  # no values: braces are left alone
