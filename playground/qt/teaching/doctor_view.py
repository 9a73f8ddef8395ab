"""The training doctor's findings (`core.teaching.doctor`): what is going wrong, in plain words, and what to
try next — most severe first."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from playground.core.teaching.doctor_findings import CONTEXT, Finding
from playground.qt.i18n import translate

_FONT_PT = 13
COLORS = {"problem": "#b3261e", "warning": "#e65100", "info": "#2e7d32"}


class QtDoctorView(QWidget):
    """Shows findings; `set_findings` replaces them (only when they changed: no repaint flicker)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSize(_FONT_PT)
        self.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("doctor_text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # read from the top
        self.text.setTextFormat(self.text.textFormat().RichText)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(area)
        self.findings: list[Finding] = []
        self.set_findings([])

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings and self.text.text():
            return
        self.findings = list(findings)
        if not findings:
            self.text.setText(self.tr("Train a little: the doctor looks at the curves and the layers as the run goes."))
            return
        parts, try_ = [], self.tr("Try:")
        for f in findings:
            color = COLORS.get(f.severity, "#222")
            # The core keeps each sentence's template and values: translated here, then filled in.
            title, text, advice = translate(CONTEXT, f.title), f.text_in(translate), f.advice_in(translate)
            epoch = self.tr("(epoch {0})").format(f.epoch)
            parts.append(
                f'<p><b style="color:{color}">{escape(title)}</b> '
                f'<span style="color:#666">{escape(epoch)}</span><br>{escape(text)}<br>'
                f"<i>{escape(try_)}</i> {escape(advice)}</p>"
            )
        self.text.setText("".join(parts))
