"""The application's names, icon and the move from the old names: settings and autosaves survive it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMenu

from playground.core.experiment.config import default_experiment
from playground.core.files import autosave
from playground.core.runs.run_history import RunHistory
from playground.qt.window import icon_files, identity

DEAD_PID = 999_999_999  # beyond any system's process ids: a window that ended


def _ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def _left_by_a_crash(folder: Path) -> Path:
    """An autosave file as a window that crashed leaves it."""
    saver = autosave.Autosaver(folder)
    experiment = default_experiment()
    experiment.data.noise = 0.35
    saver.write(experiment, None, True, RunHistory())
    file = folder / f"{DEAD_PID}-1.json"
    saver.file.rename(file)
    return file


def test_the_old_settings_are_copied_once(tmp_path):
    old, new = _ini(tmp_path / "old.ini"), _ini(tmp_path / "new.ini")
    old.setValue("theme", "dark")
    old.setValue("language", "zh_TW")
    old.setValue("presentation", True)
    old.setValue("recent_files", ["/a/one.json", "/b/two.json"])
    old.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb\x00\x03"))
    old.sync()
    assert identity.migrate_settings(_ini(tmp_path / "old.ini"), new) == 5
    again = _ini(tmp_path / "new.ini")
    assert again.value("theme") == "dark" and again.value("language") == "zh_TW"
    assert again.value("presentation") in (True, "true")  # the form main_window reads
    assert again.value("recent_files") == ["/a/one.json", "/b/two.json"]
    assert bytes(again.value("window/geometry")) == b"\x01\xd9\xd0\xcb\x00\x03"
    # Once the new settings hold anything, the old ones are never copied over them again.
    old.setValue("theme", "light")
    new.setValue("language", "en")
    assert identity.migrate_settings(old, new) == 0
    assert new.value("theme") == "dark" and new.value("language") == "en"
    assert identity.migrate_settings(_ini(tmp_path / "none.ini"), _ini(tmp_path / "empty.ini")) == 0


def test_the_old_data_folder_moves_whole_the_first_time(tmp_path):
    old, new = tmp_path / "playground" / "Neural Network Playground", tmp_path / "nn-playground" / "playground"
    crashed = _left_by_a_crash(old / "autosave")
    (old / "checkpoints").mkdir()
    (old / "checkpoints" / "best.keras").write_bytes(b"weights")
    identity.move_data(old, new)
    assert not old.exists()
    assert (new / "checkpoints" / "best.keras").read_bytes() == b"weights"
    found = autosave.left_behind(new / "autosave")
    assert [f.file.name for f in found] == [crashed.name] and found[0].experiment.data.noise == 0.35


def test_later_only_the_autosaves_of_ended_windows_come_over(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    (new / "autosave").mkdir(parents=True)
    crashed = _left_by_a_crash(old / "autosave")
    running = old / "autosave" / f"{os.getpid()}-7.json"  # a window still open: its own file
    running.write_text(crashed.read_text())
    (old / "other.txt").write_text("stays")
    identity.move_data(old, new)
    assert (new / "autosave" / crashed.name).exists() and not crashed.exists()
    assert running.exists() and not (new / "autosave" / running.name).exists()
    assert (old / "other.txt").read_text() == "stays"
    identity.move_data(new, new)  # the same folder: nothing to do
    assert (new / "autosave" / crashed.name).exists()


def test_the_icon_has_every_size_drawn(qapp):
    icon = identity.icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == list(icon_files.SIZES)
    for size in icon_files.SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner
        middle = image.pixelColor(size // 2, size // 2)
        assert middle.alpha() == 255 and middle.lightness() > 200  # the hidden layer's middle unit


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : 4 * image.width()].copy()


def test_the_committed_icons_are_what_the_drawing_makes(qapp):
    """Change the drawing, then run `python -m playground.qt.window.icon_files` to write the files again.
    (Pixels compared with a little slack: another Qt may smooth the edges a shade differently.)"""
    for size in icon_files.SIZES:
        committed = QImage(str(icon_files.ICONS_DIR / icon_files.file_name(size)))
        assert committed.size() == QSize(size, size)
        difference = np.abs(_pixels(icon_files.draw(size)).astype(int) - _pixels(committed))
        assert difference.max() <= 24 and difference.mean() < 1, size


# A first start under the new names, in a home of its own: the old settings file and a crashed
# window's autosave are where the old names put them on Linux.
FIRST_START = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from playground.core.files import autosave
from playground.qt.files import autosaving
from playground.qt.window import identity
identity.set_up(app)
settings = QSettings()
print(json.dumps({
    "names": [app.organizationName(), app.applicationName(), app.applicationVersion()],
    "settings": settings.fileName(), "theme": settings.value("theme"), "language": settings.value("language"),
    "autosave": str(autosaving.folder()), "found": [f.file.name for f in autosave.left_behind(autosaving.folder())],
    "icon": sorted(s.width() for s in app.windowIcon().availableSizes()),
}))
"""


def test_the_first_start_under_the_new_names_keeps_the_settings_and_offers_the_autosave(tmp_path):
    if sys.platform != "linux":
        pytest.skip("the old files are written where Qt puts them on Linux")
    config, data = tmp_path / "config", tmp_path / "data"
    old_settings = config / "playground" / "Neural Network Playground.conf"
    old_settings.parent.mkdir(parents=True)
    old_settings.write_text("[General]\ntheme=dark\nlanguage=zh_CN\n")
    crashed = _left_by_a_crash(data / "playground" / "Neural Network Playground" / "autosave")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(data),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(FIRST_START)], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"exit {done.returncode}:\n{done.stdout}\n{done.stderr}"
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["names"][:2] == ["nn-playground", "playground"] and found["names"][2]
    assert found["settings"] == str(config / "nn-playground" / "playground.conf")
    assert found["theme"] == "dark" and found["language"] == "zh_CN"
    assert found["autosave"] == str(data / "nn-playground" / "playground" / "autosave")
    assert found["found"] == [crashed.name]
    assert found["icon"] == list(icon_files.SIZES)


def test_about_shows_the_version_and_the_installed_commands(qtbot):
    from playground import resources
    from playground.qt.window.about_dialog import QtAboutDialog

    dialog = QtAboutDialog({})
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows)
    assert rows["Version"] == resources.version() and rows["Version"][0].isdigit()
    assert rows["Command"] == "playground, playground-window"  # the editable install's scripts
    assert "playground-window" in dialog.text.text()


def test_the_file_menu_opens_every_bundled_example_as_a_new_experiment(window):
    from playground import resources
    from playground.core.experiment.config import Experiment
    from playground.qt.window.menus import EXAMPLE_TITLES

    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "Open &example")
    actions = menu.actions()
    files = resources.listing(resources.EXPERIMENTS, "*.json")
    assert [a.text() for a in actions] == [EXAMPLE_TITLES[f.name.removesuffix(".json")] for f in files]
    for action, file in zip(actions, files, strict=True):
        action.trigger()
        assert window.state.experiment == Experiment.load(str(file)), file.name
        assert window.path is None  # Save asks where: the bundled file is never overwritten
