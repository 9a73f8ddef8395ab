"""Work that must wait until the window is on the screen: the first frame comes before seconds
of imports (scikit-learn, TensorFlow), and the bench times launch to that frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _ExposeWatcher(QObject):
    """Calls `then` after the first expose of the window handle it watches (and its paint)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this expose's paint
        return False


def after_first_frame(window: QWidget, then: Callable[[], None]) -> None:
    """Calls `then` once `window` has been exposed and painted for the first time (at once if it
    already is)."""
    handle = window.windowHandle()
    if handle is None or handle.isExposed():
        QTimer.singleShot(0, then)
        return
    handle.installEventFilter(_ExposeWatcher(window, then))
