"""Marks strings of the plain-Python core for Qt's translation system, without importing Qt.

Qt's lupdate finds `QT_TRANSLATE_NOOP("context", "text")` in any Python file; the window shows
the text through `QCoreApplication.translate(context, text)` (`playground.qt.i18n.translate`).

A sentence with values is a `Message`: its English text wherever a str is expected (an exception's
text, a test's comparison), which also keeps its template, the template's context and the values,
so the window can translate the template first and fill the values in after
(`playground.qt.i18n.say`). This is the one way the core hands the window a sentence to show.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]  # (context, text) -> text in the window's language


class Marked(str):
    """A text marked for translation that remembers its context, so a Message made from it knows
    where the translator filed it."""

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __reduce__(self):  # pickles and copies with its context
        return Marked, (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Returns `text` unchanged (a str that also knows its `context`); lupdate collects it."""
    return Marked(context, text)


def english(context: str, text: str) -> str:
    """The default `translate`: the text as it is (English)."""
    return text


class Message(str):
    """A sentence for the window: the English text, plus the template, its context and the values for
    its `{fields}`. A value may itself be a Message (translated too) or a tuple or list of them
    (joined with ", "). A Message without values is the text as it is: nothing is filled in, since a
    class name may hold braces.

    Example:
        >>> Message(QT_TRANSLATE_NOOP("experiment", "{n} rows"), n=3)
        '3 rows'
        >>> Message.of("class_names", "cat")  # a text marked elsewhere, under that context
        'cat'
    """

    context: str
    template: str
    values: dict

    def __new__(cls, template: str, /, **values) -> Message:
        return cls.of(getattr(template, "context", ""), template, **values)

    @classmethod
    def of(cls, context: str, template: str, /, **values) -> Message:
        self = super().__new__(cls, _fill(template, values, english))
        self.context, self.template, self.values = context, str(template), values
        return self

    def __reduce__(self):  # pickles and copies as a Message, not as its text
        return _message, (self.context, self.template, self.values)

    def translated(self, translate: Translate = english) -> str:
        """The text in the language of `translate(context, text)` (Qt's translate, say)."""
        return _fill(translate(self.context, self.template) if self.context else self.template, self.values, translate)


def _fill(template: str, values: dict, translate: Translate) -> str:
    if not values:
        return str(template)
    return template.format(**{key: _value(value, translate) for key, value in values.items()})


def _value(value, translate: Translate):
    if isinstance(value, Message):
        return value.translated(translate)
    if isinstance(value, tuple | list):
        return ", ".join(str(_value(v, translate)) for v in value)
    return value


def _message(context: str, template: str, values: dict) -> Message:
    return Message.of(context, template, **values)


def translated(text, translate: Translate = english) -> str:
    """Any text another module hands over, in the language of `translate`: a Message translated,
    anything else as it is."""
    return text.translated(translate) if isinstance(text, Message) else str(text)
