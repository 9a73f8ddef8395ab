"""The lesson beside the experiment it opened: its title, what to watch and why, what to try, and
one button per setting to compare (the lesson's own first)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from playground.core.lessons import Lesson

_FONT_PT = 13


class QtLessonPanel(QWidget):
    sigSetting = Signal(int)  # -1: the lesson's own setting; i: variant i

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson: Lesson | None = None
        self.language = "en"
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)
        self.title = QLabel()
        self.title.setObjectName("lesson_title")
        title_font = QFont(font)
        title_font.setPointSize(_FONT_PT + 4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("lesson_text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.try_text = QLabel()
        self.try_text.setObjectName("lesson_try")
        self.try_text.setWordWrap(True)
        for label in (self.title, self.text, self.try_text):
            label.setMinimumWidth(120)  # may shrink with the panel (a wrapped label asks for its text's width)
        self.buttons_row = QVBoxLayout()  # one under another: the panel is narrow, the labels long
        self.buttons: list[QPushButton] = []
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.try_text)
        column.addLayout(self.buttons_row)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        # The text wraps to the panel's width instead of running off to the right.
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)

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
                button = QPushButton(label)
                button.setCheckable(True)
                button.setChecked(i == -1)
                button.clicked.connect(lambda _=False, k=i: self._choose(k))
                self.buttons_row.addWidget(button)
                self.buttons.append(button)

    def _choose(self, index: int) -> None:
        for i, button in enumerate(self.buttons, start=-1):
            button.setChecked(i == index)
        self.sigSetting.emit(index)
