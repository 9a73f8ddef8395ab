"""What the run in progress shows around the main window's views: the run actions' state (Play
or Pause, what can be pressed), the status line, the big epoch counter, the curves and the
timeline that walks back through the epochs, the doctor's findings, and the data as the worker
makes it. It listens to the training controller; the views it feeds are the window's.

Its strings belong to the main window's translation context ("QtMainWindow"), where they were
first written: the translations keep matching."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QStyle

from playground.qt.i18n import translate
from playground.qt.training import training_controller as tc


class QtRunDisplay(QObject):
    """Args: the main window, with its run actions, status label, run toolbar, curves, timeline bar,
    doctor, data panel, output and inside views and their docks."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        w, c = window, window.controller
        c.sigRunStateChanged.connect(self.on_run_state_changed)
        c.sigMessage.connect(self.show_message)
        c.sigDatasetChanged.connect(self.on_dataset_changed)
        c.sigHistoryChanged.connect(self._on_history_changed)
        c.sigEventsChanged.connect(w.loss_plot.set_events)
        bar = w.timeline_bar
        c.sigTimelineChanged.connect(bar.set_epochs)
        c.sigPastShown.connect(bar.set_shown)
        c.sigPastShown.connect(w.loss_plot.set_past_epoch)
        c.sigPastShown.connect(self._on_past_shown)
        bar.sigView.connect(c.view_epoch)
        bar.sigNow.connect(lambda: c.view_epoch(None))
        bar.sigGoOn.connect(c.go_on_from)
        w.loss_plot.sigEpochDragged.connect(self._on_past_line_dragged)
        c.sigHealth.connect(self._diagnose)

    @Slot(str)
    def on_run_state_changed(self, run_state: str) -> None:
        w = self.window
        running = run_state == tc.RUNNING
        sp = QStyle.StandardPixmap
        w.play_action.setText(translate("QtMainWindow", "Pause") if running else translate("QtMainWindow", "Play"))
        w.play_action.setIcon(w.style().standardIcon(sp.SP_MediaPause if running else sp.SP_MediaPlay))
        # While TensorFlow loads, Play is a wish the controller keeps (and says so).
        can_train = run_state in (tc.READY, tc.RUNNING, tc.FINISHED, tc.BUILDING, tc.LOADING_TF)
        w.play_action.setEnabled(can_train)
        w.step_action.setEnabled(run_state in (tc.READY, tc.BUILDING))
        w.reset_action.setEnabled(run_state not in (tc.LOADING_TF, tc.INVALID))
        w.stop_action.setEnabled(running or (run_state == tc.READY and len(w.controller.history) > 0))
        if run_state in (tc.BUILDING, tc.INVALID):
            w.loss_plot.clear()
            w.boundary_view.clear_output()
            self.show_epoch(None)

    @Slot(str)
    def show_message(self, message: str) -> None:
        """The status line; red and bold while the run has failed or the experiment cannot run."""
        status = self.window.status
        status.setText(message)
        failed = self.window.controller.run_state in (tc.FAILED, tc.INVALID)
        status.setStyleSheet("color: #c0392b; font-weight: bold;" if failed else "")

    @Slot(object)
    def on_dataset_changed(self, dataset) -> None:
        w = self.window
        w.data_panel.show_dataset(dataset, w.controller.data_error)
        if dataset is None:
            return
        w.boundary_view.set_dataset(dataset)
        w.inside_view.clear()
        w.inside_view.set_samples(dataset.test_x, dataset.test_y, w.state.experiment.classes)
        # Data on the plane has an output picture; other data is looked into instead.
        (w._output_dock if dataset.plane else w._inside_dock).raise_()

    @Slot(object)
    def _on_history_changed(self, history) -> None:
        w = self.window
        w.loss_plot.set_history(history)
        if w.controller.viewing is None:
            self.show_epoch(history.last)
        w.timeline_bar.set_now(len(history))
        if not history:
            w.doctor_view.set_findings([])

    def _on_past_line_dragged(self, epoch: float) -> None:
        """The timeline's line on the curves was dragged: the nearest kept epoch is shown."""
        w = self.window
        kept = w.timeline_bar.nearest(epoch)
        w.controller.view_epoch(kept)
        if kept is None:
            w.loss_plot.set_past_epoch(-1)
        elif kept != epoch:
            w.loss_plot.set_past_epoch(kept)

    def _diagnose(self, findings: list) -> None:
        """Shows the doctor's findings whenever fresh ones arrive (every few seconds while
        training, and at every stop; the worker works them out)."""
        if self.window.controller.history:
            self.window.doctor_view.set_findings(findings)

    def _on_past_shown(self, epoch: int) -> None:
        """The big epoch counter and the numbers beside it follow the timeline."""
        rows = self.window.controller.history.rows
        if epoch < 0:
            self.show_epoch(rows[-1] if rows else None)
        else:
            self.show_epoch(rows[epoch - 1] if 0 < epoch <= len(rows) else None, past=True)

    def show_epoch(self, row: dict | None, past: bool = False) -> None:
        self.window.run_toolbar.show_epoch(row, past)
