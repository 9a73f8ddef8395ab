"""Space plays or pauses from anywhere in the main window, as in TensorFlow Playground. Installed
on the application while the window is shown (a key press goes to the focused widget first, so an
action's shortcut would not see it), except where Space types or toggles something."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCheckBox, QLineEdit


class QtSpaceKey(QObject):
    """Args: the main window; Space triggers its `play_action`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """Text fields, spin boxes and check boxes keep Space; elsewhere it is Play / Pause."""
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
            and self._is_ours(QApplication.focusWidget())
        ):
            # Swallow the release too: a focused push button clicks on release.
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.window.play_action.trigger()
            return True
        return super().eventFilter(watched, event)

    def _is_ours(self, focus) -> bool:
        if focus is None:
            return QApplication.activeWindow() in (self.window, None)
        return focus.window() is self.window and not isinstance(focus, (QLineEdit, QAbstractSpinBox, QCheckBox))
