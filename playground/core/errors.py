"""What a wrong field of an experiment raises, and the helpers every check words it with.

Each domain checks its own part of an experiment (the data in `core.data`, the training recipe in
`core.recipe`, the layers in `core.experiment`), and all of them report the same way: an
`ExperimentError` naming the field as the file spells it, with a `Message` the window translates.
It lives at the base so that every domain can raise it without importing the experiment.
"""

from __future__ import annotations

from typing import Any

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.numbers import is_int, is_number


class ExperimentError(ValueError):
    """A field of an experiment is wrong; `field` names it the way the JSON file spells it."""

    def __init__(self, field_path: str, message: str):
        # the field stays as the file spells it; the message may be a Message the window translates
        super().__init__(Message.of("", "{field}: {message}", field=field_path, message=message))
        self.field = field_path
        self.message = message


def reject_unknown(prefix: str, section: dict, allowed: set[str]) -> None:
    """Raises on the first key of `section` not in `allowed`, named `prefix` + key."""
    for key in section:
        if key not in allowed:
            unknown = QT_TRANSLATE_NOOP("experiment", "is not a known field; allowed here: {allowed}")
            raise ExperimentError(f"{prefix}{key}", Message(unknown, allowed=names(sorted(allowed))))


def names(items: Any) -> str:
    """The choices of a field, as a message lists them."""
    return ", ".join(str(i) for i in items)


def check_whole(field_path: str, value: Any, low: int, high: int) -> None:
    """Raises unless `value` is a whole number from `low` to `high`."""
    if not is_int(value) or not low <= value <= high:
        raise ExperimentError(
            field_path,
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a whole number from {low} to {high}, got {got}"),
                low=low,
                high=high,
                got=repr(value),
            ),
        )


def check_fraction(field_path: str, value: Any, high: float) -> None:
    """Raises unless `value` is a number from 0 to `high`."""
    if not is_number(value) or not 0 <= value <= high:
        raise ExperimentError(
            field_path,
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be a fraction from 0 to {high}, got {got}"),
                high=high,
                got=repr(value),
            ),
        )


def check_choice(field_path: str, value: Any, choices: Any) -> None:
    """Raises unless `value` is one of `choices`."""
    if value not in choices:
        raise ExperimentError(
            field_path,
            Message(
                QT_TRANSLATE_NOOP("experiment", "must be one of {choices}, got {got}"),
                choices=names(choices),
                got=repr(value),
            ),
        )
