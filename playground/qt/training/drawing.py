"""Between the Draw tab and the training worker, in the GUI thread: the drawing goes to the model
being trained and its answer comes back to the tab (issue 19).

A pen sends a drawing at every move; the model answers one at a time. One drawing is with the
worker at once and only the newest waits behind it — the ones the pen drew meanwhile are dropped,
so the answer follows the pen however fast it moves. While the model trains, the drawing is asked
about again as new views arrive, so the answer follows the training too.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Slot

from playground.qt.training.run_states import BUILT

STALE_S = 2.0  # an answer this late was lost (the run was replaced): the next drawing goes anyway
_KINDS = ("drawn", "nudged", "drawing_refused", "drawing_skipped")


class QtDrawing(QObject):
    def __init__(self, controller, worker) -> None:
        """`controller`: the QtTrainingController (its parent); `worker`: its QtTrainingWorker."""
        super().__init__(controller)
        self._control = controller
        self._worker = worker
        self.tab = None
        self._number = 0
        self._sent_at: float | None = None  # when the drawing with the worker was sent; None: none is
        self._waiting = None  # the newest drawing not yet sent
        worker.sigHandsOn.connect(self._on_hands_on)
        controller.sigViews.connect(self._on_views)

    def attach(self, tab) -> None:
        """Connects the Draw tab (`inside.draw_tab.QtDrawTab`)."""
        self.tab = tab
        tab.sigAsk.connect(self.ask)
        tab.sigNudge.connect(self.nudge)

    @Slot(object)
    def ask(self, request) -> None:
        """`request`: (pixels (h, w, c) in [0, 1], Grad-CAM class or −1, (layer, channel) or None)."""
        self._waiting = request
        self._send()

    @Slot(object)
    def nudge(self, request) -> None:
        """`request`: (pixels or None for the test sample the views look at, target class)."""
        pixels, target = request
        if self._control.run_state in BUILT:
            self._worker.post("nudge", self._control.token, pixels, self._control.probe[0], int(target))

    def _send(self) -> None:
        if self._waiting is None or self._control.run_state not in BUILT:
            return
        if self._sent_at is not None and time.perf_counter() - self._sent_at < STALE_S:
            return  # sent when the answer to the one with the worker arrives
        request, self._waiting = self._waiting, None
        self._number += 1
        self._sent_at = time.perf_counter()
        self._worker.post_drawing(self._control.token, self._number, *request)

    @Slot(object)
    def _on_views(self, _views) -> None:
        """New views: the model changed (trained, loaded), so the drawing shown is asked about again."""
        tab = self.tab
        if tab is not None and tab.isVisible() and self._waiting is None:
            self._waiting = tab.request()
        self._send()

    @Slot(object)
    def _on_hands_on(self, payload) -> None:
        token, kind, data = payload
        if kind not in _KINDS:
            return  # another hands-on command's answer
        if kind != "nudged":
            self._sent_at = None
        if token == self._control.token and self.tab is not None:
            if kind == "drawn":
                self.tab.show_answer(data)
            elif kind == "nudged":
                self.tab.show_nudge(data)
            elif kind == "drawing_refused":
                self.tab.explain(data)
        self._send()
