"""A QTabWidget's tabs as a row of buttons that wraps onto a second row in a narrow dock: QTabBar
would scroll instead, hiding the tabs behind two small arrows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QTabWidget, QToolButton, QVBoxLayout, QWidget

from playground.qt.widgets.flow_layout import QtFlowLayout


class QtTabs(QTabWidget):
    """A QTabWidget that says when its tabs change (added, removed, shown or hidden), so buttons
    standing for them can follow."""

    sigTabsChanged = Signal()

    def tabInserted(self, index: int) -> None:  # noqa: N802 (Qt override)
        super().tabInserted(index)
        self.sigTabsChanged.emit()

    def tabRemoved(self, index: int) -> None:  # noqa: N802 (Qt override)
        super().tabRemoved(index)
        self.sigTabsChanged.emit()

    def setTabVisible(self, index: int, visible: bool) -> None:  # noqa: N802 (Qt's name)
        super().setTabVisible(index, visible)
        self.sigTabsChanged.emit()


class QtTabButtons(QWidget):
    """Buttons for the tabs of `tabs` (whose own bar is hidden), then the `extra` widgets. With a
    `QtTabs` the buttons follow its tabs as they come, go, show or hide."""

    def __init__(self, tabs: QTabWidget, extra: tuple[QWidget, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.extra = extra
        tabs.tabBar().hide()
        tabs.setDocumentMode(True)  # no frame around the pages: the buttons head them
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._layout = QtFlowLayout(self, spacing=2)
        self.buttons: list[QToolButton] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._on_current_changed)
        if isinstance(tabs, QtTabs):
            tabs.sigTabsChanged.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """One button a visible tab, in the tabs' order, then the extra widgets."""
        for button in self.buttons:
            self.group.removeButton(button)
            self._layout.removeWidget(button)
            button.hide()  # gone from sight now, from memory once the event loop is back
            button.deleteLater()
        for widget in self.extra:
            self._layout.removeWidget(widget)
        self.buttons = []
        for i in range(self.tabs.count()):
            button = QToolButton()
            button.setText(self.tabs.tabText(i))
            button.setToolTip(self.tabs.tabToolTip(i))
            button.setCheckable(True)
            button.setObjectName(f"tab_button_{i}")
            self.group.addButton(button, i)
            self._layout.addWidget(button)
            button.setHidden(not self.tabs.isTabVisible(i))  # once in the layout: never a window of its own
            self.buttons.append(button)
        for widget in self.extra:
            self._layout.addWidget(widget)
        self._on_current_changed(self.tabs.currentIndex())

    def _on_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)


def headed(tabs: QtTabs) -> QWidget:
    """`tabs` under a wrapping row of buttons for them, in one widget to lay out."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(QtTabButtons(tabs))
    column.addWidget(tabs, 1)
    return box
