"""How the window looks: the theme (light, dark, high contrast), presentation mode, full screen and
the language, with their View-menu entries. Chosen once, remembered in the settings.

Presentation mode keeps a window that was on its screen there: when the larger text would make it
larger than the screen has room for (a 1280×720 projector), the window goes full screen, and back
when presentation mode ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from playground.qt import i18n
from playground.qt import theme as theme_module


class QtLook(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        # The window's state and place before presentation mode made it full screen, to go back to.
        self._before_presentation: tuple[Qt.WindowState, QRect] | None = None
        # What waits until the window is laid out anew ("fit_docks", "keep_on_screen", "restore"). A
        # timer of our own, not QTimer.singleShot with a function: that would hold the window until
        # it fires, even after the window was closed and deleted.
        self._pending: set[str] = set()
        self._restore_to: tuple[Qt.WindowState, QRect] | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._after_layout)

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
        switched = presentation != bool(self.window.property("presentation"))
        resized = switched and self.window.property("theme") is not None
        room = self.room()
        on_screen = room is not None and room.contains(self.window.frameGeometry())
        theme_module.apply(self.window, chosen, presentation)
        if resized:  # the text changed size: the side columns are measured again, once laid out anew
            self._soon("fit_docks")
        if switched and presentation:
            if self.window.isVisible():
                if on_screen:
                    self.keep_on_screen()
            else:  # opening in presentation mode: once the window is shown
                self._soon("keep_on_screen")
        elif switched and self._before_presentation is not None:
            self.full_screen_action.setChecked(False)
        settings.setValue("theme", chosen)
        settings.setValue("presentation", presentation)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == chosen)
        if self.presentation_action.isChecked() != presentation:
            self.presentation_action.setChecked(presentation)

    def room(self) -> QRect | None:
        """The room the window's screen leaves it (the task bar's excepted)."""
        screen = self.window.screen()
        return None if screen is None else screen.availableGeometry()

    def keep_on_screen(self) -> None:
        """Full screen when the window, at its present size or the least its content needs now,
        does not fit in the room its screen leaves."""
        window = self.window
        room = self.room()
        if room is None or window.isFullScreen() or not window.isVisible() or not window.property("presentation"):
            return
        frame = window.frameGeometry()
        margins = frame.size() - window.size()  # the title bar and borders
        needed = window.size().expandedTo(window.minimumSizeHint()) + margins
        if needed.width() > room.width() or needed.height() > room.height() or not room.contains(frame):
            before = (window.windowState(), window.normalGeometry() if window.isMaximized() else window.geometry())
            window.setGeometry(room)  # the room the screen leaves, also where no window manager makes it full
            self.full_screen_action.setChecked(True)
            self._before_presentation = before

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
            return
        before, self._before_presentation = self._before_presentation, None
        self.window.showNormal()
        if before is not None:
            # Once laid out at the normal text size: the larger text's minimum size would hold the window large.
            self._restore_to = before
            self._soon("restore")

    def _soon(self, what: str) -> None:
        self._pending.add(what)
        self._later.start()

    def _after_layout(self) -> None:
        pending, self._pending = self._pending, set()
        if "fit_docks" in pending:
            self.window.fit_docks()
        if "keep_on_screen" in pending:
            self.keep_on_screen()
        if "restore" in pending and self._restore_to is not None:
            (state, geometry), self._restore_to = self._restore_to, None
            for _ in range(3):  # the least height can depend on the width (rows that wrap): again once laid out
                self.window.setGeometry(geometry)
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                if self.window.geometry() == geometry:
                    break
            self.window.setWindowState(state)

    def _choose_language(self, language: str) -> None:
        i18n.choose(language)
        # The new window derives some fonts from the application's: at their normal size, so that
        # presentation mode, applied again when it is built, does not scale them twice.
        theme_module.reset_font()
        self.window.switch_language(language)
