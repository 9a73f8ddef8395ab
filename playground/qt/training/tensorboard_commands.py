"""Worker commands that log every run to TensorBoard as it trains (issue 20).

Mixed into `QtTrainingWorker`: `worker.post("set_tensorboard", folder, every)` runs on the worker
thread. While a folder is set, each model the worker loads gets its own subfolder of it
("<date>_<time>_run<token>"), written by `LiveTensorBoard` after every compiled call — never on the
GUI thread. A folder that cannot be written turns logging off and says why (sigError); the run goes on.
"""

from __future__ import annotations

import time
from pathlib import Path

from playground.qt.i18n import say, translate


class TensorBoardCommands:
    """The `_do_` method and the hooks the worker's load and training call (they use the worker's
    `_session`, `_token` and `sigError`)."""

    _tensorboard_root: str | None = None
    _histogram_every = 100
    _tensorboard = None  # the LiveTensorBoard of the loaded run, or None

    def _do_set_tensorboard(self, folder, every=100) -> None:
        """Logs runs into subfolders of `folder` (None: stops), histograms every `every` epochs;
        a run already loaded is logged from now on, with the epochs it trained so far. The same
        folder again only changes how often histograms are written, in the same subfolder."""
        if folder and str(folder) == self._tensorboard_root and self._tensorboard is not None:
            self._histogram_every = self._tensorboard.histogram_every = max(0, int(every))
            return
        self._close_tensorboard()
        self._tensorboard_root = str(folder) if folder else None
        self._histogram_every = max(0, int(every))
        if self._session is not None:
            self._open_tensorboard()

    def _open_tensorboard(self) -> None:
        """A new run (or logging turned on): its own subfolder, its graph, the epochs so far."""
        self._close_tensorboard()
        session = self._session
        if not self._tensorboard_root or session is None:
            return
        from playground.training.files.live_tensorboard import LiveTensorBoard

        name = time.strftime("%Y-%m-%d_%H-%M-%S") + f"_run{self._token}"
        try:
            self._tensorboard = LiveTensorBoard(
                Path(self._tensorboard_root) / name, session.experiment, self._histogram_every
            )
            self._tensorboard.graph(session.model)
            self._log_tensorboard(session.history.rows)
        except OSError as exc:
            self._tensorboard_failed(exc)

    def _tensorboard_chunk(self, n: int) -> int:
        """`n` epochs, fewer when a histogram is due sooner (its weights must be that epoch's)."""
        if self._tensorboard is None:
            return n
        epoch = self._session.epoch
        return max(1, min(n, self._tensorboard.next_due(epoch) - epoch))

    def _log_tensorboard(self, rows) -> None:
        if self._tensorboard is None or not rows:
            return
        try:
            self._tensorboard.session_epochs(self._session, rows)
        except OSError as exc:
            self._tensorboard_failed(exc)

    def _close_tensorboard(self) -> None:
        board, self._tensorboard = self._tensorboard, None
        if board is not None:
            try:
                board.close()
            except OSError:
                pass

    def _tensorboard_failed(self, exc: OSError) -> None:
        self._close_tensorboard()
        self._tensorboard_root = None
        text = translate("TensorBoardCommands", "TensorBoard logging stopped: {0}").format(say(exc))
        self.sigError.emit((self._token, text))
