"""File → Export → "All runs to TensorBoard…" (and the Runs table's button and context menu): every
run of the Runs table as TensorBoard logs, one subfolder per run, for the HParams dashboard
(`training.files.tensorboard_runs`).

A few runs of a thousand epochs take seconds to write (a TensorFlow op per number), so the writing runs
on a thread of its own, never on the GUI thread nor on the training worker (a run in training goes on).
The runs are taken as the table shows them when the user asks: kept runs, then the run on screen.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from playground.core import atomic_files
from playground.core.runs.epoch_history import History
from playground.core.runs.run_history import Run, current_run
from playground.qt.i18n import say

log = logging.getLogger(__name__)


class QtRunsTensorBoard(QObject):
    """The export of every run of one main window (`window`) to TensorBoard.

    Signals:
        sigWritten(str, int, str): the folder, the runs written and an error message ("" when written);
            emitted on the GUI thread once the writing thread is done.
    """

    sigWritten = Signal(str, int, str)
    _sigFinished = Signal(str, int, object)  # from the writing thread: folder, runs, OSError/Exception or None

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("All runs to TensorBoard…"), self)
        self.action.setToolTip(
            self.tr("Every run of the Runs table as TensorBoard logs, a folder each, to compare in its HParams tab")
        )
        self.action.triggered.connect(self.export)
        self._thread: threading.Thread | None = None
        self._sigFinished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def runs(self) -> list[Run]:
        """The runs as the Runs table lists them: the kept ones, then the run on screen once it has an
        epoch — its rows and settings copied, as its training goes on while they are written."""
        c = self.window.controller
        runs = list(c.runs.runs)
        if c.history and c.loaded_experiment is not None:
            runs.append(current_run(c.runs, c.loaded_experiment.copy(), History(c.history.rows).rows, False))
        return runs

    @Slot()
    def export(self) -> str | None:
        """Asks for a folder, then writes every run into its "<experiment>_runs" subfolder on a thread;
        the folder, or None when there is nothing to write or the user cancelled."""
        w = self.window
        if self.busy:
            w.show_message(self.tr("Still writing the runs to TensorBoard: a moment."))
            return None
        runs = self.runs()
        if not any(run.rows for run in runs):
            w.show_message(self.tr("Train a little first: there are no runs to write to TensorBoard yet."))
            return None
        folder = QFileDialog.getExistingDirectory(w, self.tr("Folder for the runs' TensorBoard logs"), w._last_dir())
        if not folder:
            return None
        stem = Path(w.path).stem if w.path else "experiment"
        target = str(Path(folder) / f"{stem}_runs")
        w._remember_dir(target)
        self._thread = threading.Thread(target=self._write, args=(target, runs), name="runs to TB", daemon=True)
        self._thread.start()
        w.show_message(self.tr("Writing {0} runs to TensorBoard logs in {1}…").format(len(runs), target))
        return target

    def _write(self, folder: str, runs: list[Run]) -> None:  # on the writing thread: touch no widget here
        from playground.training.files.tensorboard_runs import write_runs

        error: BaseException | None = None
        try:
            write_runs(folder, runs)
        except OSError as exc:  # a read-only folder, a full disk: said in the window
            error = exc
        except Exception as exc:  # a bug: said all the same, and logged with its traceback
            log.error("Writing the runs to TensorBoard failed", exc_info=exc)
            error = exc
        try:
            self._sigFinished.emit(folder, len(runs), error)
        except RuntimeError:  # the window closed while the thread wrote: no one is left to tell
            log.info("The runs were written to %s after their window closed", folder)

    @Slot(str, int, object)
    def _on_finished(self, folder: str, count: int, error) -> None:
        self._thread = None
        if error is None:
            self.window.show_message(
                self.tr("Wrote {0} runs to {1}: see them with  tensorboard --logdir {1}").format(count, folder)
            )
            self.sigWritten.emit(folder, count, "")
            return
        if isinstance(error, OSError):
            text = say(atomic_files.failed(error, error.filename or folder))
        else:
            text = say(error)
        QMessageBox.warning(self.window, self.tr("Cannot export"), text)
        self.sigWritten.emit(folder, count, text)
