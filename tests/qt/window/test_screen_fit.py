"""The window fits the screens its users have: a student laptop, projectors, a desktop and a 4K
monitor at 200 %, in normal and presentation mode and in Chinese — on the screen, nothing past
its edge, no tab row behind scroll arrows, no toolbar item behind », no label cut short.

Each size runs tests/qt/window/fit_check.py in its own process (Qt fixes the screen at start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from playground.qt.window import window_geometry

CHECK = Path(__file__).with_name("fit_check.py")
SCREENS = [
    ("1366x768",),
    ("1280x720",),
    ("1024x768",),
    ("1920x1080",),
    ("2560x1440", "--dpr", "2"),
    ("1366x768", "--presentation"),
    ("1280x720", "--presentation"),
    ("1024x768", "--presentation"),
    ("1366x768", "--language", "zh_CN"),
    ("1280x720", "--presentation", "--language", "zh_TW"),
    ("1366x768", "--draw"),
    ("1280x720", "--presentation", "--draw"),
]


@pytest.mark.parametrize("args", SCREENS, ids=[" ".join(a) for a in SCREENS])
def test_the_window_fits_the_screen(args):
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # fit_check chooses the offscreen screen's size itself
    done = subprocess.run([sys.executable, str(CHECK), *args], capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, f"fit_check {args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert QRect(*report["available"]).contains(QRect(*report["window"])), report
    assert report["problems"] == [], "\n".join(report["problems"])


def test_the_first_window_fills_a_small_screen_and_is_centred_on_a_large_one():
    rect, maximise = window_geometry.first_geometry(QRect(0, 0, 1366, 728))
    assert maximise and rect == QRect(0, 0, 1366, 728)
    rect, maximise = window_geometry.first_geometry(QRect(0, 0, 1024, 768))
    assert maximise and rect == QRect(0, 0, 1024, 768)
    rect, maximise = window_geometry.first_geometry(QRect(0, 0, 1920, 1040))
    assert not maximise and rect.size().width() == 1680 and rect.height() == 936
    assert rect.center() == QRect(0, 0, 1920, 1040).center()
    rect, maximise = window_geometry.first_geometry(QRect(1920, 0, 3840, 2160))  # a second, 4K screen
    assert not maximise and QRect(1920, 0, 3840, 2160).contains(rect) and rect.width() == 1680


def test_a_remembered_size_comes_back_clamped_to_the_screen(qtbot):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    QSettings().clear()
    first = QWidget()
    qtbot.addWidget(first)
    first.setGeometry(50, 60, 700, 500)
    window_geometry.remember(first)
    again = QWidget()
    qtbot.addWidget(again)
    window_geometry.place(again)
    assert again.geometry() == QRect(50, 60, 700, 500)
    huge = QWidget()
    qtbot.addWidget(huge)
    huge.setGeometry(-400, 100, 5000, 3000)  # left on a larger screen that is gone now
    window_geometry.remember(huge)
    back = QWidget()
    qtbot.addWidget(back)
    window_geometry.place(back)
    available = back.screen().availableGeometry()
    assert available.contains(back.geometry()), (back.geometry(), available)
    QSettings().clear()
