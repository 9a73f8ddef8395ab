"""The run's records, kept in the GUI thread: what the current run trained (its history, the events
marked on the curves, how it stopped, the held-out scores), the runs kept to compare, the epochs
whose weights the worker keeps (the timeline, and the earlier epoch the views show), and sweeps.

Apart from `QtTrainingController`, which drives the worker and the run's state, so that each has
one job: the controller starts, pauses and ends runs; the book keeps what they left. Its slots
answer the worker's progress, timeline, earlier-epoch and sweep signals (queued to this GUI-thread
object, never to lambdas, which would run in the worker's thread); it speaks through the
controller's signals, the window's one interface to training.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from playground.core.runs.epoch_history import History
from playground.core.runs.run_history import RunHistory
from playground.qt.training.run_states import BUILT, RUNNING

# How the worker's stop reasons are kept with a run (TerminateOnNaN's and a NaN pause alike).
_KEPT_REASON = {"early_stopped": "early_stopped", "terminated": "nonfinite", "nonfinite": "nonfinite"}


class QtRunBook(QObject):
    def __init__(self, controller, worker) -> None:
        """`controller`: the QtTrainingController this book keeps the runs of (its parent: the
        book lives in the GUI thread too); `worker`: its QtTrainingWorker, asked for earlier epochs."""
        super().__init__(controller)
        self._control = controller
        self._worker = worker
        self.history = History()
        self.events: list[dict] = []  # what callbacks and live changes did, marked on the curves
        self.runs = RunHistory()  # every run of this window, kept when the next one starts
        self.reason = "paused"  # how the current run last stopped
        self.stopped = False  # the user ended the run with Stop
        self.holdout: dict | None = None  # the held-out test set's scores when training last stopped
        self.timeline: list[int] = []  # epochs the worker keeps weights of
        self.viewing: int | None = None  # the earlier epoch the views show; None: the model now
        self._view_wanted: int | None = None  # the newest epoch asked for while one is on its way
        self._view_busy = False
        self.sweeping = False
        self._sweep_token = 0
        worker.sigProgress.connect(self._on_progress)
        worker.sigTimeline.connect(self._on_timeline)
        worker.sigPastSnapshot.connect(self._on_past_snapshot)
        worker.sigSweep.connect(self._on_sweep)

    # -- the current run ----------------------------------------------------------------------

    def new_run(self) -> None:
        """Keeps the run so far under Runs and empties the records for the next one."""
        self.archive()
        self.reason = "paused"
        self.stopped = False
        self.history.clear()
        self.events = []
        self._control.sigEventsChanged.emit(self.events)
        self.timeline, self._view_wanted = [], None
        self._control.sigTimelineChanged.emit(self.timeline)
        self._back_to_live()

    @Slot(object)
    def _on_progress(self, payload) -> None:
        """Epochs the worker trained, what happened in them, and the model's newest snapshot."""
        token, rows, snapshot, events = payload
        if token != self._control.token:
            return
        if events:
            self.events = [*self.events, *events]
            self._control.sigEventsChanged.emit(self.events)
        if rows:
            self.history.extend(rows)
            self._control.frames.history_changed()
        if snapshot is not None and self.viewing is None:  # an earlier epoch on show stays
            self._control.frames.show(snapshot)

    def ended(self, reason: str, holdout: dict | None) -> None:
        """The worker stopped the run for `reason`, with these held-out scores (or None)."""
        self.holdout = holdout
        self.reason = _KEPT_REASON.get(reason, reason)

    def archive(self) -> None:
        """Keeps the current run (settings, curves, events) in `runs`, if it trained at all."""
        if self.history:
            reason = "stopped" if self.stopped else self.reason
            self.runs.add(self._control.loaded_experiment, self.history.rows, list(self.events), reason)
            self._control.sigRunsChanged.emit()

    def cut_back(self, epoch: int) -> None:
        """Keeps the run as it was under Runs, then drops the curves, marks and timeline after
        `epoch`: the run goes on from there."""
        self.reason = "went_back"
        self.archive()
        self.reason = "paused"
        self.stopped = False
        del self.history.rows[epoch:]
        self.events = [e for e in self.events if e["epoch"] <= epoch]
        self._control.sigEventsChanged.emit(self.events)
        self.timeline = [e for e in self.timeline if e <= epoch]
        self._control.sigTimelineChanged.emit(self.timeline)
        self._view_wanted = None
        self._back_to_live()

    # -- the epoch timeline ---------------------------------------------------------------------

    def view_epoch(self, epoch: int | None) -> None:
        """Shows the views as they were at a kept earlier `epoch` (pausing a run), or, with None,
        as the model is now. While one earlier epoch is computed, only the newest wish waits."""
        if epoch is None:
            self.leave_past()
            return
        self._control.pause()
        if self._control.run_state not in BUILT:
            return
        self._view_wanted = int(epoch)
        if not self._view_busy:
            self._post_view()

    def _post_view(self) -> None:
        self._view_busy, epoch, self._view_wanted = True, self._view_wanted, None
        self._worker.post("view_epoch", self._control.token, epoch)

    def leave_past(self) -> None:
        """Back to the views of the model as it is now (it is asked for them again)."""
        self._view_wanted = None
        if self.viewing is not None:
            self._back_to_live()
            self._worker.post("refresh", self._control.token)

    def _back_to_live(self) -> None:
        if self.viewing is not None:
            self.viewing = None
            self._control.sigPastShown.emit(-1)

    @Slot(object)
    def _on_timeline(self, payload) -> None:
        token, epochs = payload
        if token == self._control.token:
            self.timeline = list(epochs)
            self._control.sigTimelineChanged.emit(self.timeline)

    @Slot(object)
    def _on_past_snapshot(self, payload) -> None:
        token, epoch, snapshot = payload
        self._view_busy = False
        if token != self._control.token:
            return
        if self._view_wanted is not None:  # the slider moved on meanwhile
            self._post_view()
            return
        if isinstance(snapshot, str):
            self._control.sigMessage.emit(snapshot)
            return
        if self._control.run_state == RUNNING:  # Play was pressed meanwhile: the live views win
            return
        self.viewing = epoch
        self._control.frames.show(snapshot)
        self._control.sigPastShown.emit(epoch)

    # -- sweeps ---------------------------------------------------------------------------------

    def run_sweep(self, items: list) -> None:
        """Trains several versions one after another (K-fold, a sweep); the current run pauses."""
        self._sweep_token += 1
        self.sweeping = True
        self._worker.post("sweep", self._sweep_token, items)

    def cancel_sweep(self) -> None:
        self._worker.post("cancel_sweep")

    @Slot(object)
    def _on_sweep(self, payload) -> None:
        token, index, label, epoch, finished, done = payload
        if token != self._sweep_token:
            return
        if finished is not None:
            self._control.sigSweepRun.emit(finished)
        if done:
            self.sweeping = False
            self._control.sigSweepDone.emit(finished is None and index < 0)
        elif index >= 0:
            self._control.sigSweepProgress.emit(index, label, epoch)
