"""The hands-on tools of issue 19 speak the chosen language too: the point-drawing tools, the
silencing bar and its ranking, the weight popup and the Draw tab, walked over in 简体中文 and
繁體中文 as a student would open them."""

import re

import pytest
from PySide6.QtWidgets import QApplication

from playground.qt import i18n
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS
from tests.qt.window.test_translations import shown_texts, untranslated


@pytest.fixture
def language(request):
    """The window's language for the test, English again after it."""
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


# The model's own layer names (conv2d_1, dense_2…) and class names are data, not words to translate.
LAYER_NAME = re.compile(r"^[a-z]+[a-z0-9]*(_\d+)?$")


def _english(seen: set[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted((text, where) for text, where in seen if untranslated(text) and not LAYER_NAME.match(text))


def _new_dialogs(before: set) -> set:
    return {top for top in set(QApplication.topLevelWidgets()) - before if top.isVisible()}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"], indirect=True)
def test_the_hands_on_tools_are_translated(language, window, qtbot):
    controller = window.controller
    qtbot.waitUntil(lambda: controller.run_state == tc.READY, timeout=120_000)
    seen = set()
    # Drawing data: the tools under "Edit points".
    drawing = window.boundary_view.enable_drawing(window.state)
    drawing.edit_button.click()
    qtbot.waitUntil(lambda: drawing.tools.isVisible(), timeout=WAIT_MS)
    seen |= shown_texts(window.boundary_view)
    # Silencing: the bar over the network picture, then the ranking's dialog once it has ranked.
    before = set(QApplication.topLevelWidgets())
    silencing = controller.silencing
    silencing.show_ranking()
    qtbot.waitUntil(lambda: silencing.dialog is not None and bool(silencing.dialog.costs), timeout=WAIT_MS)
    for top in _new_dialogs(before):
        seen |= shown_texts(top)
        seen.add((top.windowTitle(), "dialog title"))
    silencing.dialog.close()
    seen |= shown_texts(window.network_view)
    # The Draw tab of an image model.
    window.files.load_template("lenet")
    qtbot.waitUntil(lambda: controller.run_state == tc.READY, timeout=120_000)
    inside = window.inside_view
    window._inside_dock.raise_()
    inside.tabs.setCurrentWidget(inside.draw_tab)
    qtbot.waitUntil(lambda: inside.draw_tab.isVisible(), timeout=WAIT_MS)
    seen |= shown_texts(inside)
    left = _english(seen)
    assert not left, f"{len(left)} untranslated in {language}: {left[:20]}"
    # The walk saw the tools: a few of their words, in Chinese.
    assert len(seen) > 40
