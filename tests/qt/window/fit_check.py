"""Opens the main window on an offscreen screen of a given size and lists what does not fit.

    python tests/qt/window/fit_check.py WIDTHxHEIGHT [--dpr 2] [--presentation] [--language zh_CN] [--draw]

Prints one JSON object: the screen, the window's geometry and `problems`, a list of sentences —
a window past the screen's edge, a visible widget outside the window, a tab row that needs scroll
arrows, a toolbar that hides items behind its » button, a one-line label cut short. With --draw, the
LeNet template's Draw tab is opened first: its pad and tools must be in sight. Run in its own
process because the screen's size is fixed when Qt starts (tests/qt/window/test_screen_fit.py does).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("size")
    parser.add_argument("--dpr", type=float, default=1.0)
    parser.add_argument("--presentation", action="store_true")
    parser.add_argument("--language", default="en")
    parser.add_argument("--draw", action="store_true")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))  # the screen's pixels
    # Qt's offscreen screen is given in logical pixels: 2560×1440 at 200 % lays out as 1280×720.
    logical_width, logical_height = int(width / args.dpr), int(height / args.dpr)
    config = {
        "screens": [
            {
                "name": "screen",
                "x": 0,
                "y": 0,
                "width": logical_width,
                "height": logical_height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": args.dpr,
            }
        ]
    }
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "screen.json")
    with open(path, "w") as f:
        json.dump(config, f)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
    os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = folder

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from playground.core.experiment.config import default_experiment
    from playground.qt import i18n
    from playground.qt.window import identity
    from playground.qt.window.main_window import QtMainWindow

    app = QApplication(sys.argv[:1])
    identity.set_up(app)
    QSettings().setValue("language", args.language)
    i18n.install(args.language)
    window = QtMainWindow(default_experiment())
    window.show()
    if args.presentation:
        window.set_look(presentation=True)
    for _ in range(20):  # lay out, then let fit_docks and the deferred sizes settle
        app.processEvents()
    wait_until(app, lambda: window.controller.dataset is not None)
    for _ in range(20):
        app.processEvents()
    drawn = []
    if args.draw:
        drawn = open_draw_tab(app, window)
    report = {
        "screen": [width, height],
        "available": rect(window.screen().availableGeometry()),
        "window": rect(window.frameGeometry()),
        "problems": problems(window) + drawn,
    }
    if os.environ.get("FIT_CHECK_PNG"):
        window.grab().save(os.environ["FIT_CHECK_PNG"])
    print(json.dumps(report))
    sys.stdout.flush()
    window.controller.shutdown()
    os._exit(0)


def open_draw_tab(app, window) -> list[str]:
    """Opens the Draw tab of the LeNet template as a student would; what of it is out of sight."""
    from playground.qt.training import run_states

    window.files.load_template("lenet")
    wait_until(app, lambda: window.controller.run_state == run_states.READY, 120)
    inside = window.inside_view
    window._inside_dock.raise_()
    inside.tabs.setCurrentWidget(inside.draw_tab)
    tab = inside.draw_tab
    wait_until(app, lambda: tab.pad.input_size == (8, 8) and tab.pad.isVisible() and tab.pad.height() < 480, 120)
    for _ in range(20):
        app.processEvents()
    found = []
    pad = tab.pad
    seen = pad.visibleRegion().boundingRect()
    if seen.height() < 0.85 * pad.height() or seen.width() < pad.width() - 1 or pad.height() < 140:
        found.append(f"the pad {pad.width()}×{pad.height()} shows only {seen.width()}×{seen.height()}")
    for button in (tab.pen_button, tab.eraser_button, tab.clear_button):
        if button.visibleRegion().boundingRect().height() < button.height():
            found.append(f"the {button.text()!r} button is out of sight")
    return found


def wait_until(app, condition, seconds: float = 60) -> None:
    import time

    end = time.time() + seconds
    while not condition() and time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def problems(window) -> list[str]:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDockWidget, QLabel, QTabBar, QToolBar, QToolButton, QWidget

    found = []
    screen = window.screen().availableGeometry()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > screen.width() or least.height() > screen.height():
        need = f"{least.width()}×{least.height()}"
        found.append(f"the window needs at least {need}, more than the screen's {rect(screen)}")
    if not screen.contains(window.frameGeometry()):
        found.append(f"the window {rect(window.frameGeometry())} reaches past the screen {rect(screen)}")
    inside = QRect(0, 0, window.width(), window.height())
    # A dock behind another one's tab is parked outside the window by Qt: not on show, not lost.
    behind = [
        dock
        for dock in window.findChildren(QDockWidget)
        if window.tabifiedDockWidgets(dock) and not inside.intersects(dock.geometry())
    ]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or not _shown(widget):
            continue
        if any(dock is widget or dock.isAncestorOf(widget) for dock in behind):
            continue
        if isinstance(widget, QTabBar) and widget.parentWidget() is window and not inside.intersects(widget.geometry()):
            continue  # a dock area's tab row, parked by Qt while its docks do not share the area
        where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not inside.contains(where):
            found.append(f"{_name(widget)} at {rect(where)} lies outside the window {rect(inside)}")
    for bar in window.findChildren(QTabBar):
        parked = bar.parentWidget() is window and (
            not inside.intersects(bar.geometry()) or bar.visibleRegion().isEmpty()
        )
        if bar.isVisible() and bar.count() and not parked and bar.sizeHint().width() > bar.width() + 1:
            texts = [bar.tabText(i) for i in range(bar.count())]
            need, where = bar.sizeHint().width(), rect(bar.geometry())
            found.append(f"the tabs {texts} need {need} px and have {bar.width()} at {where}")
    for toolbar in window.findChildren(QToolBar):
        ext = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if toolbar.isVisible() and ext is not None and ext.isVisible():
            found.append(f"the toolbar {toolbar.objectName()} hides items behind its » button")
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text() or not _shown(label):
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.width() + 1 < label.minimumSizeHint().width():
            need = label.minimumSizeHint().width()
            found.append(f"the label {label.text()!r} needs {need} px and has {label.width()}")
    return found


def _shown(widget) -> bool:
    """Not inside a scroll area's hidden part: a scrolled widget may lie outside the window."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return False
        parent = parent.parentWidget()
    return True


def _name(widget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__} {name!r}" if name else type(widget).__name__


if __name__ == "__main__":
    main()
