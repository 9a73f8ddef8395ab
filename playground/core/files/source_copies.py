"""The playground's own functions, copied into the exported script word for word.

The script's data code is the playground's: `copied_source` takes the module-level definitions a
script needs from the playground's modules (`inspect.getsource`), with every module-level name they
use and the imports those need, so the script follows the playground when its code changes.
"""

from __future__ import annotations

import ast
import inspect
from types import ModuleType

from playground.core.files.python_text import OWN_NAMES


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
            if name in OWN_NAMES:
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


def definitions(text: str) -> dict[str, str]:
    """Each top-level function and class of the Python source `text`, by name, with its decorators
    and the comment lines right above it."""
    lines = text.splitlines()
    return {
        node.name: _with_comments(lines, node)
        for node in ast.parse(text).body
        if isinstance(node, (ast.FunctionDef, ast.ClassDef))
    }
