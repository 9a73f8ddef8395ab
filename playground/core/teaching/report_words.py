"""The words the HTML report of a run writes itself, in the reader's language.

Every such text is marked `QT_TRANSLATE_NOOP("report", …)` where it is written (`report`,
`report_settings`, `report_result`) and shown through these two, with the `translate(context, text)`
the caller gives; one context for the whole report, so its translations stay together.
"""

from __future__ import annotations

from playground.core.i18n import Message, Translate


def tr(translate: Translate, text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP("report", …) in the reader's language."""
    return translate("report", text)


def say(translate: Translate, template: str, /, **values) -> str:
    """A sentence marked QT_TRANSLATE_NOOP("report", …), translated and then filled in."""
    return Message(template, **values).translated(translate)
