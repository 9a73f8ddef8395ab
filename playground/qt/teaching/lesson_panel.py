"""The lesson beside the experiment it opened: its title, what to watch and why, what to try, and
one button per setting to compare (the lesson's own first).

Everything wraps to the panel's width, the buttons' labels too: a button as wide as its label made
the whole column wider than a laptop's dock and cut the lesson's text off at the right.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from playground.core.teaching.lessons import Lesson
from playground.qt import theme

_FONT_PT = 13
_TITLE_PT = _FONT_PT + 4
_SMALLEST_PT = 9
# What a line cannot break inside: a run of letters, digits and punctuation (Qt breaks Chinese
# text between any two characters, and at spaces).
_UNBREAKABLE = re.compile(r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+")
_BUTTON_PAD = (10, 5)  # the space around a button's label, across and down
_NARROWEST = 60  # a button narrower than this could not show a word


class QtLessonPanel(QWidget):
    sigSetting = Signal(int)  # -1: the lesson's own setting; i: variant i

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson: Lesson | None = None
        self.language = "en"
        # The sizes of the text are fitted here (see _fit_text), presentation mode's scale included.
        theme.keep_size(self)
        self.title = QLabel()
        self.title.setObjectName("lesson_title")
        self.title.setWordWrap(True)
        theme.keep_size(self.title)
        self.text = QLabel()
        self.text.setObjectName("lesson_text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.try_text = QLabel()
        self.try_text.setObjectName("lesson_try")
        self.try_text.setWordWrap(True)
        self.buttons_row = QVBoxLayout()  # one under another: the panel is narrow, the labels long
        self.buttons: list[QPushButton] = []
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 6, 6, 6)  # the text's width is what a narrow dock lacks
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.try_text)
        column.addLayout(self.buttons_row)
        column.addStretch(1)
        self._area = area = QScrollArea()
        area.setWidgetResizable(True)
        # The text wraps to the panel's width; only a word longer than the panel is wide (a long name
        # in presentation mode) makes it scroll sideways, rather than be cut off.
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        self._fit_text()

    def set_lesson(self, lesson: Lesson, language: str) -> None:
        self.lesson, self.language = lesson, language
        self.title.setText(lesson.title(language))
        self.text.setText(lesson.text(language))
        try_text = lesson.try_text(language)
        label = self.tr("Try:")
        self.try_text.setText(f"<i>{label}</i> {try_text}" if try_text else "")
        for button in self.buttons:
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        if lesson.variants:
            labels = [self.tr("The lesson's setting"), *(v.label(language) for v in lesson.variants)]
            for i, label in enumerate(labels, start=-1):
                button = QtWrapButton(label)
                button.setCheckable(True)
                button.setChecked(i == -1)
                button.clicked.connect(lambda _=False, k=i: self._choose(k))
                self.buttons_row.addWidget(button)
                self.buttons.append(button)
        self._fit_text()

    def panel_width(self) -> int:
        """The width the lesson's text and buttons wrap to."""
        return self._area.viewport().width()

    def _fit_text(self) -> None:
        """The lesson's text at its size (1.5 × in presentation mode) and the title larger and bold,
        each made smaller only as far as its longest word needs to fit the panel: a word that does
        not fit ("BatchNormalization," in a narrow dock) would widen the whole lesson past its edge."""
        scale = theme.text_scale()
        margins = self.title.parentWidget().layout().contentsMargins()
        room = self._area.width() - margins.left() - margins.right() - self._area.verticalScrollBar().sizeHint().width()
        across, _ = _BUTTON_PAD
        texts = [
            (self.text.text(), 0),
            (self.try_text.text(), 0),
            *((b.label.text(), 2 * across) for b in self.buttons),
        ]
        text_font = _fitted(QFont(self.font()), _FONT_PT * scale, texts, room)
        if text_font != self.font():
            self.setFont(text_font)  # the labels and the buttons follow
        title_font = QFont(text_font)
        title_font.setBold(True)
        title_font = _fitted(title_font, _TITLE_PT * scale, [(self.title.text(), 0)], room)
        if title_font != self.title.font():
            self.title.setFont(title_font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def restyle_for(self, _scale: float) -> None:
        """Presentation mode switched (the theme calls this): the text's sizes anew."""
        self._fit_text()

    def _choose(self, index: int) -> None:
        for i, button in enumerate(self.buttons, start=-1):
            button.setChecked(i == index)
        self.sigSetting.emit(index)


class QtWrapButton(QPushButton):
    """A push button whose label wraps onto more lines instead of making the button wider."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.ButtonText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the button takes the clicks
        self.setAccessibleName(text)
        self.setToolTip(text)
        across, down = _BUTTON_PAD
        layout = QVBoxLayout(self)
        layout.setContentsMargins(across, down, across, down)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        across, down = _BUTTON_PAD
        return self.label.heightForWidth(max(1, width - 2 * across)) + 2 * down

    def sizeHint(self) -> QSize:
        across, down = _BUTTON_PAD
        text = self.label.sizeHint()
        return QSize(text.width() + 2 * across, text.height() + 2 * down)

    def minimumSizeHint(self) -> QSize:
        across, _ = _BUTTON_PAD
        width = max(_NARROWEST, self.label.minimumSizeHint().width() + 2 * across)  # its longest word
        return QSize(width, self.heightForWidth(width))


def _fitted(font: QFont, size: float, texts: list[tuple[str, int]], room: float) -> QFont:
    """`font` at `size` points, or smaller (not below _SMALLEST_PT) so that the longest unbreakable
    word of `texts` (each with that many pixels of padding) fits in `room` pixels."""
    font = QFont(font)
    font.setPointSizeF(size)
    metrics = QFontMetricsF(font)
    share = min(
        (
            (room - pad) / metrics.horizontalAdvance(word)
            for text, pad in texts
            for word in _UNBREAKABLE.findall(re.sub(r"<[^>]+>", " ", text))
        ),
        default=1.0,
    )
    if room > 0 and share < 1:
        font.setPointSizeF(max(_SMALLEST_PT, size * share * 0.97))
    return font
