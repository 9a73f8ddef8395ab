#!/usr/bin/env python3
"""Sets up a private virtualenv (.venv) and runs the playground or its tests in it.

    python3 dev.py run [ARGS...]        start the app (same arguments as `python -m playground`)
    python3 dev.py test [PYTEST ARGS]   ruff check, lint-imports, then pytest (Qt runs offscreen)
    python3 dev.py translations         refresh assets/translations/*.ts from the code, compile the .qm

The first run creates .venv and installs the project with `pip install -e .[test]`; later runs
reinstall only when pyproject.toml changed. Standard library only, so it runs on a bare Python.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "playground-install.stamp"
INSTALL_SPEC = ".[test]"
WINDOWS = os.name == "nt"

USAGE = """usage:
  python3 dev.py run [ARGS...]          start the playground (e.g. `run EXPERIMENT.json`, `run train ...`)
  python3 dev.py test [PYTEST ARGS...]  ruff check + lint-imports + pytest, with Qt offscreen
  python3 dev.py translations           refresh the .ts files from the code and compile the .qm files"""


def say(msg: str) -> None:
    print(msg, flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def wanted_stamp() -> str:
    h = hashlib.sha256()
    h.update((ROOT / "pyproject.toml").read_bytes())
    h.update(INSTALL_SPEC.encode())
    return h.hexdigest()


def venv_works(py: Path) -> bool:
    if not py.exists():
        return False
    try:
        return subprocess.run([str(py), "-m", "pip", "--version"], capture_output=True).returncode == 0
    except OSError:
        return False


def create_venv() -> None:
    if VENV.exists():
        shutil.rmtree(VENV)
    proc = subprocess.run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
    if proc.returncode == 0 and venv_works(venv_python()):
        return
    out = (proc.stdout or "") + (proc.stderr or "")
    shutil.rmtree(VENV, ignore_errors=True)
    if "ensurepip" in out or proc.returncode == 0:
        ver = f"{sys.version_info.major}.{sys.version_info.minor}"
        sys.exit(
            "dev.py: could not create .venv: this Python has no `venv`/`ensurepip` support.\n"
            "On Debian/Ubuntu install it with:\n\n"
            f"    sudo apt install python3-venv python{ver}-venv\n\n"
            "then run this command again."
        )
    sys.exit(f"dev.py: `{sys.executable} -m venv .venv` failed:\n{out}")


def pip(py: Path, *args: str) -> None:
    cmd = [str(py), "-m", "pip", *args]
    if subprocess.run(cmd, cwd=ROOT).returncode != 0:
        sys.exit(f"dev.py: `{' '.join(cmd)}` failed; fix the error above and run again.")


def ensure_env() -> Path:
    """Returns .venv's python, creating .venv and (re)installing the project when needed."""
    py = venv_python()
    stamp = wanted_stamp()
    if py.exists() and STAMP.exists() and STAMP.read_text().strip() == stamp:
        return py
    fresh = not venv_works(py)
    if fresh:
        say("Setting up .venv (first time, a few minutes)…")
        create_venv()
    else:
        say("Updating .venv (pyproject.toml changed)…")
    STAMP.unlink(missing_ok=True)
    pip(py, "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip")
    pip(py, "install", "--disable-pip-version-check", "-e", INSTALL_SPEC)
    STAMP.write_text(stamp + "\n")
    say(".venv is ready.")
    return py


def run(py: Path, args: list[str]) -> int:
    cmd = [str(py), "-m", "playground", *args]
    if WINDOWS:  # os.exec* on Windows does not replace the process; wait for the child instead
        return subprocess.call(cmd)
    os.execv(cmd[0], cmd)
    return 1  # not reached


# The whole suite runs as several pytest processes: the tests of the top folder and of the core,
# then the training and the window tests each in two halves. TensorFlow keeps some memory of every
# model it compiled (XLA's cache has no eviction), so one process for all of it would grow past
# 4 GB; each of these stays near 3 GB at most.
FOLDERS = ("tests/core", "tests/training", "tests/qt")


def test_groups() -> list[list[str]]:
    groups = [["tests", *(f"--ignore={folder}" for folder in FOLDERS)], ["tests/core"]]
    for folder in FOLDERS[1:]:
        files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("test_*.py"))
        half = len(files) // 2
        groups += [files[:half], files[half:]]
    return groups


# import-linter's `lint-imports` command, run through the venv's python (no PATH or Scripts/ lookup).
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def test(py: Path, args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    say("ruff check playground tests")
    lint = subprocess.call([str(py), "-m", "ruff", "check", "playground", "tests"], cwd=ROOT, env=env)
    say("lint-imports (the contracts in pyproject.toml: layers, no cycles)")
    contracts = subprocess.call([str(py), "-c", LINT_IMPORTS], cwd=ROOT, env=env)
    failed = []
    for group in [args] if args else test_groups():
        say("pytest " + " ".join(group))
        if subprocess.call([str(py), "-m", "pytest", *group], cwd=ROOT, env=env) != 0:
            failed.append(" ".join(group[:3]) + (" …" if len(group) > 3 else "") or "pytest")
    if failed:
        say("dev.py: tests failed in: " + "; ".join(failed))
        return 1
    if lint != 0 or contracts != 0:
        say("dev.py: tests passed but " + ("ruff" if lint else "lint-imports") + " found problems (see above).")
        return 1
    return 0


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 10):  # noqa: UP036 - dev.py itself must start on old Pythons to say so
        sys.exit(f"dev.py: the playground needs Python 3.10 or newer; this is {sys.version.split()[0]}.")
    try:
        sys.stdout.reconfigure(errors="replace")
    except AttributeError:
        pass
    if not argv or argv[0] not in ("run", "test", "translations"):
        print(USAGE, file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"], ["help"]) else 2
    try:
        py = ensure_env()
        if argv[0] == "translations":
            return subprocess.call([str(py), "-m", "playground.qt.i18n_files"], cwd=ROOT)
        return (run if argv[0] == "run" else test)(py, argv[1:])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
