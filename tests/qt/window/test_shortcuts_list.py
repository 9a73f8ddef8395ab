"""The keyboard-shortcut list (F1) is generated from the window's actions: every action that has keys
is there with all of them (Redo's Ctrl+Y and Ctrl+Shift+Z), Space too, in the window's language."""

import pytest
from PySide6.QtGui import QAction, QKeySequence

from playground.qt import i18n

NATIVE = QKeySequence.SequenceFormat.NativeText


def _expected(window) -> dict[str, list[str]]:
    """What the list must hold: each action of the window with keys, read straight from Qt."""
    expected: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        keys = [key.toString(NATIVE) for key in action.shortcuts() if not key.isEmpty()]
        if keys:
            text = action.text().replace("&", "").rstrip("…").strip()
            expected.setdefault(text, []).extend(keys)
    return expected


def _listed(window) -> dict[str, list[str]]:
    listed: dict[str, list[str]] = {}
    for text, keys in window.help.shortcut_rows():
        listed.setdefault(text, []).extend(keys)
    return listed


def _check(window) -> None:
    expected, listed = _expected(window), _listed(window)
    assert len(expected) >= 12  # play controls, files, undo, view, export, help…
    for text, keys in expected.items():
        assert sorted(listed.get(text, [])) == sorted(keys), text
    window.help.show_shortcuts()
    shown = window.help.shortcuts_box.text()
    for text, keys in expected.items():
        assert all(f"<b>{key}</b>" in shown for key in keys) and text in shown, text


def test_every_action_is_listed_with_all_its_keys(window):
    redo = [key.toString(NATIVE) for key in window.redo_action.shortcuts()]
    assert redo == ["Ctrl+Y", "Ctrl+Shift+Z"]  # a secondary key, which the list used to leave out
    _check(window)
    listed = _listed(window)
    assert listed["Play / pause"] == ["Space"]  # handled by the window's event filter, not an action
    assert listed["Redo"] == ["Ctrl+Y", "Ctrl+Shift+Z"] and "F1" in listed["Keyboard shortcuts"]


@pytest.fixture
def chinese():
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_the_list_speaks_the_windows_language(qtbot, chinese):
    from playground.core.experiment.config import default_experiment
    from playground.qt.window.main_window import QtMainWindow

    window = QtMainWindow(default_experiment())
    window.show()
    try:
        _check(window)
        listed = _listed(window)
        assert "开始 / 暂停" in listed  # Play / pause
        assert listed[window.redo_action.text().replace("&", "")] == ["Ctrl+Y", "Ctrl+Shift+Z"]
        assert window.help.shortcuts_box.windowTitle() != "Keyboard shortcuts"
    finally:
        window.close()
        qtbot.waitUntil(lambda: not window.controller.thread_running, timeout=60_000)
