"""Builds the translation files: `python -m playground.qt.i18n_files` (or `python3 dev.py translations`).

Qt's lupdate collects every `tr()` / `translate()` / `QT_TRANSLATE_NOOP` string of the package into
`assets/translations/playground_<lang>.ts` (keeping the translations already there, dropping
strings no longer in the code); a translator fills in the `<translation>` elements; lrelease
compiles each .ts into the .qm the window loads. Both are kept in the repository, and a test
checks that they match the code. The files are written into the repository's `assets/`, so this
runs from a checkout (the editable install); the build installs the .qm files with the package.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from playground.qt.i18n import LANGUAGES
from playground.resources import REPOSITORY_ASSETS, TRANSLATIONS

PACKAGE = Path(__file__).resolve().parents[1]
TRANSLATIONS_DIR = REPOSITORY_ASSETS / TRANSLATIONS  # the sources, not the installed copies
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def sources() -> list[Path]:
    """The Python files with strings to translate: the window's, and the marked ones of core and training."""
    qt = sorted((PACKAGE / "qt").rglob("*.py"))
    marked = [
        p
        for folder in ("core", "training")
        for p in sorted((PACKAGE / folder).rglob("*.py"))
        if "QT_TRANSLATE_NOOP(" in p.read_text("utf-8")
    ]
    return [p for p in qt + marked if p.name != "i18n_files.py"]


def tool(name: str) -> str:
    """Qt's lupdate or lrelease as shipped inside the PySide6 wheel."""
    return str(Path(PySide6.__file__).parent / name)


def ts_file(lang: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"playground_{lang}.ts"


def update(folder: Path = TRANSLATIONS_DIR) -> None:
    """Refreshes the .ts files from the code (lupdate), relative paths so the files stay portable."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang in TRANSLATED:
        command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-target-language", lang]
        command += [str(p) for p in sources()] + ["-ts", str(ts_file(lang, folder))]
        subprocess.run(command, check=True, capture_output=True)


def release(folder: Path = TRANSLATIONS_DIR, out: Path | None = None) -> None:
    """Compiles each .ts to its .qm (into `out`, by default beside it)."""
    for lang in TRANSLATED:
        target = (out or folder) / f"playground_{lang}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts_file(lang, folder)), "-qm", str(target)], check=True)


if __name__ == "__main__":
    if not TRANSLATIONS_DIR.is_dir():
        sys.exit(f"{TRANSLATIONS_DIR} does not exist: run this in a checkout (python3 dev.py translations)")
    update()
    release()
    # The tool's output, not a diagnostic.
    print(f"updated {', '.join(str(ts_file(lang)) for lang in TRANSLATED)} and their .qm files", file=sys.stderr)
