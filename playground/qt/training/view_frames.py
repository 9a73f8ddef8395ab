"""Hands the run's results to the views at most once a frame, so a fast engine cannot flood the
event loop: new history rows only mark the curves as changed; snapshots are coalesced (the newest
wins); and each frame is sliced, so the curves, the output and the network view are painted in
passes of their own and none takes long.

Apart from `QtTrainingController`, which receives the results from the worker: this object only
paces them, through the controller's signals sigHistoryChanged, sigSnapshot, sigSnapshotDetail
and sigViews.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot

FRAME_MS = 33
# Qt paints every changed view of a window in one pass; giving the curves, the output and the
# network view their own third of a frame keeps each pass short (the window stays smooth). The
# curves, costliest to paint and least in need of it, are redrawn every other frame (15 Hz).
FRAME_SLICES = 3


class QtViewFrames(QObject):
    def __init__(self, controller) -> None:
        """`controller`: the QtTrainingController whose results are paced (the parent: the frames
        tick in the GUI thread)."""
        super().__init__(controller)
        self._control = controller
        self.history_dirty = False  # rows arrived since the curves were last told
        self.pending_snapshot = None  # the newest Snapshot not shown yet
        self.pending_views = None  # the newest "Inside the network" views not shown yet
        self.shown_snapshot = None  # shown to the output view, still due to the network view
        self._slice = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS // FRAME_SLICES)
        self._timer.timeout.connect(self._on_frame)
        self._timer.start()

    def history_changed(self) -> None:
        self.history_dirty = True

    def show(self, snapshot) -> None:
        """Hands `snapshot` to the views at the next frames; one still waiting is dropped."""
        self.pending_snapshot = snapshot
        if snapshot.views is not None:  # kept apart: the next snapshot may come without views
            self.pending_views = snapshot.views

    def drop(self) -> None:
        """Forgets what is waiting: it belongs to a run that ended."""
        self.pending_snapshot = None
        self.pending_views = None

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _on_frame(self) -> None:
        control = self._control
        self._slice = (self._slice + 1) % (2 * FRAME_SLICES)
        if self._slice == 0 and self.history_dirty:
            self.history_dirty = False
            control.sigHistoryChanged.emit(control.history)
        elif self._slice % FRAME_SLICES == 1 and self.pending_snapshot is not None:
            self.shown_snapshot, self.pending_snapshot = self.pending_snapshot, None
            control.sigSnapshot.emit(self.shown_snapshot)
        elif self._slice % FRAME_SLICES == 2 and self.shown_snapshot is not None:
            snapshot, self.shown_snapshot = self.shown_snapshot, None
            control.sigSnapshotDetail.emit(snapshot)
        elif self._slice % FRAME_SLICES == 0 and self.pending_views is not None:
            views, self.pending_views = self.pending_views, None
            control.sigViews.emit(views)
