"""Lessons as a student opens them: one click loads the experiment and its text; the buttons switch
to the settings it compares, each as an undoable edit."""

import pytest

from playground.core.teaching import lessons
from playground.qt import i18n


@pytest.mark.parametrize("lesson", lessons.load_all(), ids=lambda le: le.key)
def test_each_lesson_opens_with_its_text(window, lesson):
    window.open_lesson(lesson.key)
    assert window.state.experiment.to_dict() == lesson.experiment().to_dict()
    assert window.lesson_panel.title.text() == lesson.title("en")
    assert window.lesson_panel.text.text() == lesson.text("en")
    assert window._lesson_dock.isVisible() and window.path is None
    assert len(window.lesson_panel.buttons) == (len(lesson.variants) + 1 if lesson.variants else 0)


def test_lesson_settings_switch_and_undo(window):
    lesson = next(le for le in lessons.load_all() if le.variants)
    window.open_lesson(lesson.key)
    window.lesson_panel.buttons[1].click()
    assert window.state.experiment.to_dict() == lesson.variant_experiment(0).to_dict()
    assert window.lesson_panel.buttons[1].isChecked() and not window.lesson_panel.buttons[0].isChecked()
    window.undo.stack.undo()
    assert window.state.experiment.to_dict() == lesson.experiment().to_dict()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_lesson_text_follows_the_windows_language(window, language, monkeypatch):
    monkeypatch.setattr(i18n, "current", language)
    lesson = lessons.load_all()[0]
    window.open_lesson(lesson.key)
    assert window.lesson_panel.text.text() == lesson.text(language)
    assert window.lesson_panel.title.text() == lesson.title(language)
