"""The Lessons menu: each bundled lesson opens its experiment with its text in a dock beside it;
the text's buttons switch to the settings it compares."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMenu

from playground.core.errors import ExperimentError
from playground.core.teaching import lessons
from playground.qt import i18n
from playground.qt.i18n import say
from playground.qt.teaching.lesson_panel import QtLessonPanel


class QtLessons(QObject):
    def __init__(self, window, panel: QtLessonPanel, dock: QDockWidget) -> None:
        super().__init__(window)
        self.window, self.panel, self.dock = window, panel, dock
        self._lessons: list[lessons.Lesson] | None = None
        panel.sigSetting.connect(self._on_setting)

    @property
    def lessons(self) -> list[lessons.Lesson]:
        """The bundled lessons, read when first needed (not before the window's first paint)."""
        if self._lessons is None:
            try:
                self._lessons = lessons.load_all()
            except ExperimentError as exc:  # a damaged lesson file: the others still open
                self._lessons = []
                self.window.statusBar().showMessage(say(exc))
        return self._lessons

    def fill(self, menu: QMenu) -> None:
        """The menu lists the lessons once it is first opened."""
        menu.aboutToShow.connect(lambda: self._fill(menu))

    def _fill(self, menu: QMenu) -> None:
        if menu.actions():
            return
        for lesson in self.lessons:
            menu.addAction(lesson.title(i18n.current), lambda k=lesson.key: self.open(k))

    def open(self, key: str) -> None:
        """Opens a lesson: its experiment (one undo step, untitled) and its text beside it."""
        lesson = next(le for le in self.lessons if le.key == key)
        self.window.state.load(lesson.experiment(), self.tr("Lesson: {0}").format(lesson.title(i18n.current)))
        self.window.path = None
        self.window.update_title()
        self.show(lesson)

    def show(self, lesson: lessons.Lesson) -> None:
        self.panel.set_lesson(lesson, i18n.current)
        self.dock.show()
        self.dock.raise_()

    def shown(self) -> lessons.Lesson | None:
        """The lesson whose text is open, if any."""
        return self.panel.lesson if self.dock.isVisible() else None

    def _on_setting(self, index: int) -> None:
        """The lesson's own setting (-1) or one of its variants, as an edit: the run before stays
        under Runs to compare."""
        lesson = self.panel.lesson
        if lesson is None:
            return
        if index < 0:
            exp, label = lesson.experiment(), lesson.title(i18n.current)
        else:
            exp, label = lesson.variant_experiment(index), lesson.variants[index].label(i18n.current)
        self.window.state.load(exp, self.tr("Lesson: {0}").format(label))
