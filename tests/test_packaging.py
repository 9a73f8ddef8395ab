"""The package as users get it: the wheel carries every file the app reads and finds them outside the
checkout; the editable install maps assets/ in place; `--version` and `--help` answer at once; the
installed `playground` command lets go of a console it does not need (Windows, with a fake kernel32)."""

from __future__ import annotations

import ctypes
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from playground import console, resources
from playground.core.teaching import lessons

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
VERSION = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text("utf-8"), re.MULTILINE).group(1)
# what the app reads: (folder, files); the .ts translation sources stay out of the wheel
SHIPPED = {"experiments": "*.json", "lessons": "*.json", "translations": "*.qm", "icons": "*.png"}


def _repository_files() -> dict[str, dict[str, bytes]]:
    return {
        folder: {path.name: path.read_bytes() for path in sorted((ASSETS / folder).glob(pattern))}
        for folder, pattern in SHIPPED.items()
    }


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)
    assert done.returncode == 0, f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


# Lists every example, lesson and translation through the app's own lookups, from the installed
# package only: run with -S (no site-packages, so no editable install's finder), the folder pip
# installed into first on the path and the environment's site-packages after it, for numpy and Qt.
INSTALLED = """
import contextlib, io, json, sys
sys.path[:0] = [{target!r}]
sys.path += {site!r}
from playground.__main__ import main
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
    main(["--version"])
light = not any(m.split(".")[0] in ("PySide6", "tensorflow", "keras") for m in sys.modules)
import playground
from playground import resources
from playground.core.teaching import lessons
from PySide6.QtCore import QCoreApplication
from playground.qt import i18n
from playground.qt.window.menus import EXAMPLES_DIR
app = QCoreApplication([])
examples = {{p.name: p.read_bytes().hex() for p in resources.matching(EXAMPLES_DIR, "*.json")}}
lesson_files = {{le.path.name: le.path.read_bytes().hex() for le in lessons.load_all()}}
translations = {{p.name: p.read_bytes().hex() for p in resources.matching(i18n.TRANSLATIONS_DIR, "*")}}
icons = {{p.name: p.read_bytes().hex() for p in resources.listing(resources.ICONS)}}
chinese = i18n.install("zh_CN") and QCoreApplication.translate("QtAboutDialog", "Neural Network Playground")
print(json.dumps({{
    "module": playground.__file__, "assets": str(resources.assets()), "version": out.getvalue(),
    "light": light, "experiments": examples, "lessons": lesson_files, "translations": translations,
    "icons": icons, "chinese": chinese, "commands": resources.commands(),
}}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel, built offline from a copy of the sources, installed without dependencies into a
    folder of its own: (wheel, folder)."""
    pytest.importorskip("setuptools", reason="building the wheel offline needs setuptools in this environment")
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy: no build/ or .egg-info left in the checkout, none reused from it
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("playground", "assets"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(work / "dist"), str(source)])
    (wheel,) = (work / "dist").glob("nn_playground-*.whl")
    target = work / "installed"
    _run([*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel)])
    return wheel, target


def test_the_wheel_holds_the_code_and_what_the_app_reads_and_not_the_sources_of_it(installed):
    wheel, _target = installed
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(f"nn_playground-{VERSION}.dist-info/entry_points.txt").decode()
    code = {path.relative_to(ROOT).as_posix() for path in (ROOT / "playground").rglob("*.py")}
    assert code <= names, f"modules missing from the wheel (add their package to pyproject.toml): {code - names}"
    # Files the code reads beside itself (the exported script's template): package-data in pyproject.toml.
    data = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "playground").rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc")
    }
    assert data <= names, f"data files missing from the wheel (add them to package-data): {data - names}"
    for folder, files in _repository_files().items():
        assert files, folder
        assert {f"playground/assets/{folder}/{name}" for name in files} <= names
    assert not [name for name in names if name.endswith(".ts")]
    assert "[console_scripts]\nplayground = playground.__main__:command" in entry_points
    assert "[gui_scripts]\nplayground-window = playground.__main__:main" in entry_points


def test_installed_without_the_checkout_it_finds_every_example_lesson_and_translation(installed, tmp_path):
    _wheel, target = installed
    import sysconfig

    site = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    snippet = textwrap.dedent(INSTALLED.format(target=str(target), site=site))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = _run([sys.executable, "-S", "-c", snippet], cwd=tmp_path, env={**env, "QT_QPA_PLATFORM": "offscreen"})
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(found["module"]).is_relative_to(target) and Path(found["assets"]).is_relative_to(target)
    assert found["version"].strip() == f"nn-playground {VERSION}" and found["light"]
    for folder, files in _repository_files().items():
        assert sorted(found[folder]) == sorted(files), folder  # the names first: a short message
        assert found[folder] == {name: data.hex() for name, data in files.items()}, folder
    assert found["chinese"] and found["chinese"] != "Neural Network Playground"
    assert found["commands"] == ["playground", "playground-window"]


def test_installed_the_commands_print_the_version_from_anywhere(installed, tmp_path):
    _wheel, target = installed
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = _run([sys.executable, "-m", "playground", "--version"], cwd=tmp_path, env=env)
    assert done.stdout.strip() == f"nn-playground {VERSION}" and not done.stderr
    script = target / "bin" / "playground"
    if os.name != "nt":  # pip writes .exe launchers there on Windows
        done = _run([str(script), "--version"], cwd=tmp_path, env=env)
        assert done.stdout.strip() == f"nn-playground {VERSION}"
        done = _run([str(script), "--help"], cwd=tmp_path, env=env)
        assert done.stdout.startswith("usage: playground ") and VERSION in done.stdout
        assert "playground-window" in done.stdout


def test_the_checkout_reads_assets_in_place_through_the_editable_install():
    spec = importlib.util.find_spec("playground.assets")
    assert spec is not None and spec.origin, "no playground.assets: reinstall with `pip install -e .` (dev.py does)"
    assert Path(spec.origin) == ASSETS / "__init__.py"
    assert Path(resources.assets()) == ASSETS
    for folder, files in _repository_files().items():
        assert [item.name for item in resources.listing(folder, SHIPPED[folder])] == list(files), folder
    assert lessons.LESSONS_DIR == ASSETS / "lessons"


def test_lessons_and_listings_read_a_zipped_package_too(tmp_path):
    """A Traversable that is no path (a zip on sys.path): listing and loading go through its API."""
    archive = tmp_path / "assets.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted((ASSETS / "lessons").glob("*.json"))[:2]:
            zipped.write(path, f"lessons/{path.name}")
        zipped.writestr("lessons/notes.txt", "not a lesson")
    where = zipfile.Path(archive, "lessons/")
    assert [item.name for item in resources.matching(where, lessons.FILE_PATTERN)] == [
        path.name for path in sorted((ASSETS / "lessons").glob("*.json"))[:2]
    ]
    loaded = lessons.load_all(where)
    assert [lesson.key for lesson in loaded] == [lesson.key for lesson in lessons.load_all()[:2]]
    with resources.as_file(where / loaded[0].path.name) as real:
        assert real.read_bytes() == (ASSETS / "lessons" / loaded[0].path.name).read_bytes()
    assert resources.matching(zipfile.Path(archive, "missing/"), "*") == []


def test_the_version_is_the_package_s_and_help_names_the_command():
    assert resources.version() == VERSION
    done = _run([sys.executable, "-m", "playground", "--help"], cwd=ROOT)
    assert done.stdout.startswith("usage: python -m playground ") and f"Playground {VERSION}" in done.stdout
    done = _run([sys.executable, "-m", "playground", "-V"], cwd=ROOT)
    assert done.stdout.strip() == f"nn-playground {VERSION}"
    bad = subprocess.run([sys.executable, "-m", "playground", "--no-such-option"], capture_output=True, text=True)
    assert bad.returncode == 2 and "unrecognized arguments: --no-such-option" in bad.stderr


# -- the console on Windows -------------------------------------------------------------------------


class FakeKernel32:
    """GetConsoleProcessList answers with `attached`; records what the code asked for."""

    def __init__(self, attached: list[int]):
        self.attached = attached
        self.freed = False

    def GetConsoleProcessList(self, ids, size):  # noqa: N802 - the Windows function's name
        for i, pid in enumerate(self.attached[:size]):
            ids[i] = pid
        return len(self.attached)

    def GetConsoleWindow(self):  # noqa: N802
        return 4242

    def FreeConsole(self):  # noqa: N802
        self.freed = True
        return 1


class FakeUser32:
    def __init__(self):
        self.shown: list[tuple[int, int]] = []

    def ShowWindow(self, window, how):  # noqa: N802
        self.shown.append((window, how))
        return 1


@pytest.fixture
def quieted(monkeypatch):
    """Records when the standard streams would be sent nowhere (pytest's capture keeps them)."""
    calls = []
    monkeypatch.setattr(console, "_quiet_standard_streams", lambda: calls.append(True))
    return calls


ME, PARENT, SHELL = os.getpid(), os.getppid(), 999_999_991


@pytest.mark.parametrize(
    "attached, launched_by_parent",
    [([ME], False), ([PARENT, ME], True), ([ME], True)],
    ids=["python alone", "the command's launcher and python", "python alone, started by the command"],
)
def test_a_console_made_for_the_playground_is_hidden_and_freed(quieted, attached, launched_by_parent):
    kernel32, user32 = FakeKernel32(attached), FakeUser32()
    assert console.release(kernel32, user32, launched_by_parent=launched_by_parent)
    assert kernel32.freed and user32.shown == [(4242, console.SW_HIDE)] and quieted == [True]


def test_without_a_console_printing_goes_nowhere_and_does_not_fail(monkeypatch):
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    console._quiet_standard_streams()
    try:
        assert sys.stdout.name == sys.stderr.name == os.devnull
        print("lost, without an error")
    finally:
        sys.stdout.close()
        sys.stderr.close()


@pytest.mark.parametrize(
    "attached, launched_by_parent",
    [
        ([SHELL, PARENT, ME], True),  # typed in cmd or PowerShell: the shell's console
        ([PARENT, ME], False),  # `python -m playground` typed in a shell (the parent)
        ([], False),  # no console at all (pythonw)
        (list(range(1, 40)), False),  # more processes than asked about
    ],
)
def test_a_console_the_user_typed_in_stays(quieted, attached, launched_by_parent):
    kernel32, user32 = FakeKernel32(attached), FakeUser32()
    assert not console.release(kernel32, user32, launched_by_parent=launched_by_parent)
    assert not kernel32.freed and not user32.shown and not quieted


def test_off_windows_the_console_is_left_alone(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "WinDLL", lambda *a, **k: pytest.fail("no Windows DLLs off Windows"), raising=False)
    assert not console.release()


def test_the_command_lets_go_of_the_console_only_when_it_opens_the_window(monkeypatch):
    import playground.__main__ as entry

    released, opened = [], []
    monkeypatch.setattr(console, "release", lambda: released.append(True))
    monkeypatch.setattr("playground.qt.app.run", lambda path=None: opened.append(path) or 0)
    monkeypatch.setattr(sys, "argv", ["playground", "circle.json"])
    assert entry.command() == 0 and released == [True] and opened == ["circle.json"]
    released.clear()
    monkeypatch.setattr(sys, "argv", ["playground", "--version"])
    with pytest.raises(SystemExit):
        entry.command()
    assert released == []
    assert entry.main([]) == 0 and released == [] and opened[-1] is None  # python -m playground: as before
