"""Where the main window's docks go and how big they are, for the screen and the text size.

Normally the data panel is on the left, the network over its editor in the middle, and the output
above the curves on the right. With presentation mode's large text on a short screen (a 1280×720
projector) that right column would leave both the decision map and the curves a sliver: the
curves then become the first tab under the network (beside Layers, Runs, the lab and the doctor)
and the map keeps the right column's full height. Everything stays one click away.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

# Below this window height (logical pixels, at presentation mode's text size) the curves are a
# tab under the network rather than a dock under the output.
CURVES_TAB_UNDER = 900


class QtDockLayout(QObject):
    def __init__(
        self,
        window: QMainWindow,
        data: QDockWidget,
        output: QDockWidget,
        curves: QDockWidget,
        tabs: QTabWidget,
    ) -> None:
        super().__init__(window)
        self.window, self.data, self.output, self.curves, self.tabs = window, data, output, curves, tabs
        self.curves_in_tab = False

    def wants_curves_in_tab(self) -> bool:
        return bool(self.window.property("presentation")) and self.window.height() < CURVES_TAB_UNDER

    def fit(self) -> None:
        """Places the curves for the window's height and text size, then sizes the side columns:
        the data panel as wide as it likes up to a fifth of the window, the right column a third
        of it (on a small screen or with large text it gives way first); the output gets 3/5 of
        its column and the curves the rest, as far as their least heights allow."""
        window = self.window
        self._place_curves(self.wants_curves_in_tab())
        # The same short screen leaves the network picture no row to spare: the silencing buttons
        # give way (a right-click on a neuron offers the same).
        bar = window.findChild(QWidget, "silencing_bar")
        if bar is not None:
            bar.setVisible(not self.curves_in_tab)
        panel = self.data.widget()
        # As wide as the panel likes, but no more than about a fifth of the window when that leaves
        # it its least width: on a narrow screen the network and the output need it more.
        want = max(panel.minimumSizeHint().width(), min(panel.sizeHint().width(), int(window.width() * 0.22)))
        centre = window.centralWidget().minimumSizeHint().width()
        spare = window.width() - want - centre - 24
        right = max(300, min(int(window.width() * 0.33), spare))
        window.resizeDocks([self.output], [right], Qt.Orientation.Horizontal)
        window.resizeDocks([self.data], [want], Qt.Orientation.Horizontal)
        if not self.curves_in_tab:
            window.resizeDocks([self.output, self.curves], [3, 2], Qt.Orientation.Vertical)
        splitter = window.centralWidget()  # the network picture over its editor, runs and lab
        height = splitter.height()
        splitter.setSizes([int(height * 0.55), height - int(height * 0.55)])

    def _place_curves(self, in_tab: bool) -> None:
        if in_tab == self.curves_in_tab:
            return
        self.curves_in_tab = in_tab
        # While the curves are a tab their dock is closed: the View menu cannot open it empty.
        self.curves.toggleViewAction().setEnabled(not in_tab)
        if in_tab:
            box = self.curves.widget()
            self.curves.setWidget(QWidget())  # the dock keeps a stand-in while it is closed
            self.curves.hide()
            self.tabs.insertTab(0, box, self.curves.windowTitle())
            self.tabs.setCurrentIndex(0)
        else:
            box = self.tabs.widget(0)
            self.tabs.removeTab(0)
            self.curves.setWidget(box)
            self.curves.show()
            self.window.splitDockWidget(self.output, self.curves, Qt.Orientation.Vertical)

    def favour(self, dock: QDockWidget) -> None:
        """Gives `dock` (in the right column, over the curves) most of the column's height, the
        curves keeping their least: the Draw tab's pad and answers in sight on a laptop. Where the
        curves are a tab (a projector's short screen) the column is all its already: it is made
        wider instead, so its rows of tab buttons wrap less and leave the pad the height."""
        if not self.curves_in_tab and self.curves.isVisible():
            self.window.resizeDocks([dock, self.curves], [5, 1], Qt.Orientation.Vertical)
        elif self.curves_in_tab and dock.width() < self.window.width() * 0.45:
            self.window.resizeDocks([dock], [int(self.window.width() * 0.45)], Qt.Orientation.Horizontal)
