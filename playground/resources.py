"""What the installed playground carries: its data files, its version and its commands.

The data files live in the repository's top-level `assets/` folder; the build installs that folder
as the package `playground.assets` (see `[tool.setuptools]` in pyproject.toml), and an editable
install maps the same name onto the folder in the checkout. So `importlib.resources` finds them the
same way from a checkout, an editable install and a wheel. Standard library only: the core uses it.

What comes back is an `importlib.resources` Traversable: a real `pathlib.Path` when the package is
installed as files (always, from pip), an archive member when it is imported from a zip. Code that
needs a file on disk (Qt's loaders) goes through `as_file`.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # importlib.resources.abc only exists from Python 3.11
    from importlib.abc import Traversable

T = TypeVar("T")

PACKAGE = "playground.assets"
DISTRIBUTION = "nn-playground"
COMMAND = "playground"  # prints (train, export-script, bench, --help, --version) and opens the window
WINDOW_COMMAND = "playground-window"  # opens the window without a console (Windows)
MODULE_COMMAND = "python -m playground"
# Only tools that write the assets (translations, icons) use this: they run in a checkout.
REPOSITORY_ASSETS = Path(__file__).resolve().parents[1] / "assets"

EXPERIMENTS = "experiments"
LESSONS = "lessons"
TRANSLATIONS = "translations"
ICONS = "icons"


def assets() -> Traversable:
    """The top folder of the data files."""
    try:
        return resources.files(PACKAGE)
    except ModuleNotFoundError:
        # A checkout put on sys.path by hand, or an editable install made before the mapping existed.
        if (REPOSITORY_ASSETS / "__init__.py").is_file():
            return REPOSITORY_ASSETS
        raise ModuleNotFoundError(
            f"the playground's data files ({PACKAGE}) are not installed: reinstall {DISTRIBUTION} "
            "(pip install . from a checkout)",
            name=PACKAGE,
        ) from None


def folder(name: str) -> Traversable:
    """One folder of the data files: EXPERIMENTS, LESSONS, TRANSLATIONS or ICONS."""
    return assets().joinpath(name)


def listing(name: str, pattern: str = "*") -> list[Traversable]:
    """The files in folder `name` whose names match the glob `pattern`, sorted by name."""
    return matching(folder(name), pattern)


def matching(where: Traversable, pattern: str) -> list[Traversable]:
    """The files in `where` (a Path or a Traversable) whose names match the glob `pattern`, sorted
    by name; none when `where` is not a folder."""
    if not where.is_dir():
        return []
    found = [item for item in where.iterdir() if item.is_file() and fnmatch.fnmatchcase(item.name, pattern)]
    return sorted(found, key=lambda item: item.name)


def as_file(item: Traversable) -> AbstractContextManager[Path]:
    """`with as_file(item) as path:` a real file for `item` (the item itself when it is one; else a
    temporary copy, removed when the block ends)."""
    return resources.as_file(item)


def with_file(item: Traversable, use: Callable[[str], T]) -> T:
    """`use(path)` with the path of a real file for `item` (see `as_file`)."""
    with resources.as_file(item) as path:
        return use(str(path))


def version() -> str:
    """The installed version (from the package's metadata); in a bare checkout, pyproject.toml's."""
    from importlib import metadata  # 40 ms: only when asked

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        text = (REPOSITORY_ASSETS.parent / "pyproject.toml").read_text(encoding="utf-8")
    except OSError:
        return "unknown"
    found = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return found.group(1) if found else "unknown"


def commands() -> list[str]:
    """The commands that start the playground here: the installed scripts, or `python -m playground`
    when it is run without being installed."""
    from importlib import metadata

    try:
        names = {entry.name for entry in metadata.distribution(DISTRIBUTION).entry_points}
    except metadata.PackageNotFoundError:
        names = set()
    installed = [name for name in (COMMAND, WINDOW_COMMAND) if name in names]
    return installed or [MODULE_COMMAND]
