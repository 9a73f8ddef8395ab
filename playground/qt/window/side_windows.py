"""The windows the main window opens beside itself: the model's summary and the learning-rate range
test (each asked of the built model, shown when the worker answers) and the optimizers racing on a
loss surface. It keeps the last of each open (`summary_dialog`, `range_dialog`, `surface_view`).

Its strings belong to the main window's translation context ("QtMainWindow"), where they were
first written: the translations keep matching."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from playground.qt.i18n import translate
from playground.qt.network.summary_dialog import QtSummaryDialog
from playground.qt.recipe.range_test_dialog import QtRangeTestDialog


class QtSideWindows(QObject):
    """Args: the main window (its state, controller and status line)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.summary_dialog: QtSummaryDialog | None = None
        self.range_dialog: QtRangeTestDialog | None = None
        self.surface_view = None
        window.controller.sigSummary.connect(self._on_summary)
        window.controller.sigRangeTest.connect(self._on_range_test)

    def show_summary(self) -> None:
        if not self.window.controller.request_summary():
            self.window.show_message(translate("QtMainWindow", "The summary is ready once the model is built."))

    @Slot(str)
    def _on_summary(self, text: str) -> None:
        self.summary_dialog = QtSummaryDialog(text, self.window)
        self.summary_dialog.show()

    def range_test(self) -> None:
        if not self.window.controller.request_range_test():
            self.window.show_message(translate("QtMainWindow", "The range test can run once the model is built."))

    @Slot(object)
    def _on_range_test(self, result) -> None:
        state = self.window.state
        self.range_dialog = QtRangeTestDialog(result, state.experiment.training.learning_rate, self.window)
        self.range_dialog.sigApply.connect(state.set_learning_rate)
        self.range_dialog.show()

    def show_surface(self) -> None:
        """The "ball with momentum" picture: real Keras optimizers racing down 2-D loss surfaces."""
        from playground.qt.recipe.surface_view import QtSurfaceView

        if self.surface_view is None:
            self.surface_view = QtSurfaceView()
            self.surface_view.setWindowTitle(translate("QtMainWindow", "Optimizers on a loss surface"))
            self.surface_view.resize(1100, 720)
        self.surface_view.show()
        self.surface_view.raise_()

    def close(self) -> None:
        """The loss surface is a window of its own: it closes with the main window."""
        if self.surface_view is not None:
            self.surface_view.close()
