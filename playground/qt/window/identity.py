"""Who the application is to the system: its names (which name the settings and data folders), its
window icon, and the one-time move of the settings and data kept under the names used before.

The organisation is the distribution's name, `nn-playground`, and the application the command's,
`playground`; on Linux the settings are in ~/.config/nn-playground/playground.conf and the data
(autosaves, an untitled experiment's checkpoints) in ~/.local/share/nn-playground/playground/.
Up to 0.1.0 they were "playground" / "Neural Network Playground"; the first start under the new
names copies those settings and moves that data folder, so no theme, language, recent file or
autosave is lost.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtGui import QIcon, QPixmap

from playground import resources
from playground.core.files import autosave

ORGANIZATION = "nn-playground"
APPLICATION = "playground"
OLD_ORGANIZATION, OLD_APPLICATION = "playground", "Neural Network Playground"
WINDOWS_APP_ID = "nn-playground.playground"  # groups the windows under our icon in the taskbar


def set_up(app: QCoreApplication) -> None:
    """Names `app` (settings and data folders follow the names), brings over what the old names
    kept, and gives it its window icon."""
    old_data = data_folder(app, OLD_ORGANIZATION, OLD_APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(resources.version())
    migrate_settings(QSettings(OLD_ORGANIZATION, OLD_APPLICATION), QSettings())
    move_data(old_data, data_folder(app, ORGANIZATION, APPLICATION))
    if hasattr(app, "setWindowIcon"):
        app.setWindowIcon(icon())
    if sys.platform == "win32":  # pragma: no cover - Windows only
        _set_windows_app_id()


def data_folder(app: QCoreApplication, organization: str, application: str) -> Path:
    """Qt's data folder (AppDataLocation) for these names; `app` keeps the names it had."""
    names = app.organizationName(), app.applicationName()
    app.setOrganizationName(organization)
    app.setApplicationName(application)
    try:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    finally:
        app.setOrganizationName(names[0])
        app.setApplicationName(names[1])


def migrate_settings(old: QSettings, new: QSettings) -> int:
    """Copies every setting of `old` into `new` when `new` has none yet (the first start under the
    new names); the old ones stay for an older version. Returns how many it copied."""
    keys = old.allKeys()
    if new.allKeys() or not keys:
        return 0
    for key in keys:
        new.setValue(key, old.value(key))
    new.sync()
    return len(keys)


def move_data(old: Path, new: Path) -> None:
    """Brings the old data folder over: all of it when the new one does not exist yet; after that
    only the autosaves of windows that ended (an older version may have crashed since), so the next
    start offers them back."""
    if old == new or not old.is_dir():
        return
    if not new.exists():
        try:
            new.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(old), str(new))
            return
        except OSError:  # in use or not allowed: the autosaves below are what matters
            pass
    for found in autosave.left_behind(old / "autosave"):
        target = new / "autosave" / found.file.name
        if not target.exists():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(found.file), str(target))
            except OSError:
                continue


def icon() -> QIcon:
    """The window icon, every size drawn for it (assets/icons, made by playground.qt.window.icon_files)."""
    result = QIcon()
    for item in resources.listing(resources.ICONS, "playground_*.png"):
        pixmap = QPixmap()
        if pixmap.loadFromData(item.read_bytes(), "PNG"):
            result.addPixmap(pixmap)
    return result


def _set_windows_app_id() -> None:  # pragma: no cover - Windows only
    """Without it Windows shows the windows under python.exe's icon and name in the taskbar."""
    import ctypes

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
    except (AttributeError, OSError):
        pass
