"""The window's languages, through Qt's translation system.

Every visible string in `playground/qt` goes through `tr()` (or `QCoreApplication.translate`);
`python3 dev.py translations` gathers them into `assets/translations/playground_<lang>.ts` with
Qt's lupdate, and compiles the translated files to `.qm` with lrelease. Strings written in the
plain-Python core are marked there with `core.i18n.QT_TRANSLATE_NOOP` and translated where they
are shown. Qt's own strings (standard buttons, file dialogs) come from Qt's `qtbase_<lang>.qm`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from playground import resources
from playground.core.i18n import Message, translated

LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
TRANSLATIONS_DIR = resources.folder(resources.TRANSLATIONS)  # the installed .qm files
SETTING = "language"

_installed: list[QTranslator] = []  # kept alive: Qt does not own them
current = "en"  # the language the window was built in (lesson texts follow it)


def chosen() -> str:
    """The language: $PLAYGROUND_LANG if set (en, zh_CN, zh_TW), else the settings'; the first run
    guesses from the system's locale."""
    value = os.environ.get("PLAYGROUND_LANG") or QSettings().value(SETTING, "")
    if value in LANGUAGES:
        return str(value)
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, zh_HK, en_US
    if name.startswith("zh"):
        return "zh_TW" if name in ("zh_TW", "zh_HK", "zh_MO") or "Hant" in QLocale.system().bcp47Name() else "zh_CN"
    return "en"


def choose(language: str) -> None:
    """Remembers the language (it applies from the next start: the window is built in it)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: choose one of {', '.join(LANGUAGES)}")
    QSettings().setValue(SETTING, language)


def install(language: str) -> bool:
    """Loads the playground's and Qt's translations for `language` into the application; "en"
    removes them. Returns False if the playground's file is missing (the window stays English)."""
    global current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    current = "en"
    if language == "en":
        return True
    ours = QTranslator()
    compiled = TRANSLATIONS_DIR.joinpath(f"playground_{language}.qm")
    if not compiled.is_file():
        return False
    with resources.as_file(compiled) as path:  # Qt reads a real file; a zipped one is copied out
        if not ours.load(str(path)):
            return False
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    current = language
    return True


def translate(context: str, text: str) -> str:
    """A core string marked with QT_TRANSLATE_NOOP(context, text), in the window's language."""
    return QCoreApplication.translate(context, text)


def say(what) -> str:
    """What the core hands the window to show, in the window's language: a `core.i18n.Message`
    (translated, then filled in), an exception whose message is one, or any other text as it is."""
    if isinstance(what, BaseException):
        first = what.args[0] if len(what.args) == 1 else None
        if isinstance(first, Message):
            return first.translated(translate)
        return str(what) or type(what).__name__
    return translated(what, translate)
