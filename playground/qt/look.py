"""How the window looks: the theme (light, dark, high contrast), presentation mode, full screen and
the language, with their View-menu entries. Chosen once, remembered in the settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from playground.qt import i18n
from playground.qt import theme as theme_module


class QtLook(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def fill(self, menu: QMenu) -> None:
        """Presentation mode, full screen, the themes and the languages, into the View menu."""
        self.presentation_action = menu.addAction(self.tr("Presentation mode"))
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcut(QKeySequence("F5"))
        self.presentation_action.setToolTip(self.tr("Large text and thick lines, readable from the back of a room"))
        self.presentation_action.toggled.connect(lambda on: self.set(presentation=on))
        self.full_screen_action = menu.addAction(self.tr("Full screen"))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.toggled.connect(self._set_full_screen)
        themes = menu.addMenu(self.tr("Theme"))
        self.theme_actions = QActionGroup(self)
        for key, title in (
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            action = themes.addAction(title)
            action.setCheckable(True)
            action.setData(key)
            self.theme_actions.addAction(action)
        self.theme_actions.triggered.connect(lambda action: self.set(theme=action.data()))
        languages = menu.addMenu(self.tr("Language"))
        self.language_actions = QActionGroup(self)
        for key, title in i18n.LANGUAGES.items():
            action = languages.addAction(title)
            action.setCheckable(True)
            action.setChecked(key == i18n.chosen())
            action.setData(key)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(lambda action: self._choose_language(action.data()))

    def set(self, theme: str | None = None, presentation: bool | None = None) -> None:
        """A theme (light, dark, contrast) and/or presentation mode, applied now and remembered;
        what is not given stays as the settings have it."""
        settings = QSettings()
        chosen = theme or str(settings.value("theme", "light"))
        if presentation is None:
            presentation = settings.value("presentation", False) in (True, "true")
        resized = presentation != self.window.property("presentation") and self.window.property("theme") is not None
        theme_module.apply(self.window, chosen, presentation)
        if resized:  # the text changed size: the side columns are measured again, once laid out anew
            QTimer.singleShot(0, self.window.fit_docks)
        settings.setValue("theme", chosen)
        settings.setValue("presentation", presentation)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == chosen)
        if self.presentation_action.isChecked() != presentation:
            self.presentation_action.setChecked(presentation)

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()

    def _choose_language(self, language: str) -> None:
        i18n.choose(language)
        self.window.switch_language(language)
