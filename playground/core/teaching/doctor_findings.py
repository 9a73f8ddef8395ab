"""What the training doctor says: a finding (title, what is seen, what to try, in English and
sentence by sentence for translation) and how its numbers are written for students."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playground.core.i18n import QT_TRANSLATE_NOOP, Message

CONTEXT = "doctor"  # the translation context of the titles and sentences
SEVERITIES = ("problem", "warning", "info")


def sentence(template: str, **values) -> Message:
    """One sentence: a template marked with QT_TRANSLATE_NOOP("doctor", ...) and its values."""
    return Message(template, **values)


@dataclass(frozen=True)
class Finding:
    """One thing the doctor noticed.

    Args:
        rule: a stable id ("overfitting"), one of RULES.
        title: a short title ("Overfitting"), marked for translation in the context "doctor".
        text: what is seen, with numbers (English).
        advice: the next step to try (English).
        severity: "problem", "warning" or "info".
        epoch: the epoch it refers to (usually the last one).
        sentences: `text` sentence by sentence, for translation.
        advice_sentences: `advice` sentence by sentence.
    """

    rule: str
    title: str
    text: str
    advice: str
    severity: str
    epoch: int
    sentences: tuple[Message, ...] = ()
    advice_sentences: tuple[Message, ...] = ()

    def text_in(self, translate: Callable[[str, str], str]) -> str:
        """`text` in the language of `translate(context, text)` (Qt's translate, say)."""
        return " ".join(s.translated(translate) for s in self.sentences) if self.sentences else self.text

    def advice_in(self, translate: Callable[[str, str], str]) -> str:
        return (
            " ".join(s.translated(translate) for s in self.advice_sentences) if self.advice_sentences else self.advice
        )


def finding(
    rule: str, title: str, sentences: list[Message], advice: list[Message], severity: str, epoch: int
) -> Finding:
    """A Finding whose English text and advice are its sentences joined."""
    return Finding(
        rule,
        title,
        " ".join(str(s) for s in sentences),
        " ".join(str(s) for s in advice),
        severity,
        epoch,
        tuple(sentences),
        tuple(advice),
    )


def pct(share: float) -> str:
    return f"{100 * share:.0f} %"


def num(value: float) -> str:
    """A loss or norm for students: three significant digits, a power of ten when tiny or huge."""
    if value == 0 or 1e-3 <= abs(value) < 1e3:
        return f"{value:.3g}"
    if 1e3 <= abs(value) < 1e6:
        return f"{value:,.0f}"
    return f"{value:.1e}"


def times(ratio: float) -> Message:
    """A large ratio in words for students, to one significant digit: "about 5,000", "over a million"."""
    if ratio >= 1e6:
        return sentence(QT_TRANSLATE_NOOP("doctor", "over a million"))
    return sentence(QT_TRANSLATE_NOOP("doctor", "about {n}"), n=f"{float(f'{ratio:.1g}'):,.0f}")
