"""Where the main window opens and how big: the size the user left it at, else one that fits the
screen it opens on — a student laptop (1366×768), a projector (1280×720, 1024×768) or a 4K
monitor — never a fixed size that runs off a small screen.

Qt's own examples do the same: the first size comes from `QScreen.availableGeometry()`, later
ones from `saveGeometry`/`restoreGeometry`, which moves and shrinks a window onto a screen that
exists now (the projector may be gone).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

KEY = "window/geometry"
# Up to this size a window is more useful maximised than floating with a margin around it.
SMALL_SCREEN = QSize(1440, 900)
# On a large screen the first window is this big at most: room to see it all, without
# stretching the pictures across a 4K desktop.
LARGEST = QSize(1680, 1050)


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """The first window's geometry on a screen whose free area is `available`, and whether to
    maximise it (small screens: every pixel counts)."""
    if available.width() <= SMALL_SCREEN.width() or available.height() <= SMALL_SCREEN.height():
        return QRect(available), True
    size = QSize(
        min(LARGEST.width(), int(available.width() * 0.9)), min(LARGEST.height(), int(available.height() * 0.9))
    )
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect, False


def place(window: QWidget) -> None:
    """Sizes `window` before it is first shown: as it was left, clamped to a screen that exists,
    else to fit the screen it opens on."""
    saved = QSettings().value(KEY)
    if saved is not None and window.restoreGeometry(saved):
        clamp(window)
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    rect, maximise = first_geometry(screen.availableGeometry())
    window.setGeometry(rect)
    if maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def clamp(window: QWidget) -> None:
    """Keeps `window` inside the free area of its screen (restoreGeometry keeps it on a screen but
    a window left larger than this one may still reach past its edge)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    geometry = window.geometry()
    if available.contains(geometry):
        return
    width, height = min(geometry.width(), available.width()), min(geometry.height(), available.height())
    x = min(max(geometry.x(), available.left()), available.right() + 1 - width)
    y = min(max(geometry.y(), available.top()), available.bottom() + 1 - height)
    window.setGeometry(x, y, width, height)


def remember(window: QWidget) -> None:
    """Keeps the window's size, place and maximised state for the next start."""
    QSettings().setValue(KEY, window.saveGeometry())
