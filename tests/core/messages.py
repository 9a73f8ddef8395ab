"""Checks the core's message tests share: a stand-in translator that brackets every text it is
asked for, so a translated piece shows as <...>."""

from playground.core.i18n import Message


def bracketed(context: str, text: str) -> str:
    return "<" + text + ">"


def assert_translates(message, context: str) -> None:
    """`message` is a Message filed under `context`, and the window would translate it."""
    assert isinstance(message, Message), type(message)
    assert message.context == context
    assert message.translated(bracketed).startswith("<")
