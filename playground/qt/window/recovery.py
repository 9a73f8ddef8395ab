"""Work a crash left behind: the question at start-up (restore, discard or later) and making the
restored experiment, file and runs the window's. The autosaves themselves are `qt.files.autosaving`'s.

Its strings belong to the main window's translation context ("QtMainWindow"), where they were
first written: the translations keep matching."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox

from playground.core.experiment.state import needs_new_run
from playground.core.files import autosave
from playground.qt.files import autosaving
from playground.qt.i18n import translate
from playground.qt.training.run_states import FAILED, INVALID


def offer(window) -> bool:
    """After a crash or a kill: offers the newest work left behind. True if it was restored."""
    found = autosave.left_behind(autosaving.folder())
    if not found:
        return False
    newest = found[0]
    when = datetime.fromtimestamp(newest.saved_at).strftime("%Y-%m-%d %H:%M:%S")
    box = QMessageBox(window)
    box.setWindowTitle(translate("QtMainWindow", "Restore unsaved work?"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        translate(
            "QtMainWindow",
            "The playground did not close normally. Restore the experiment “{0}” as it was at {1}, "
            "with its {2} run(s)?",
        ).format(newest.title, when, newest.run_count)
    )
    restore_button = box.addButton(translate("QtMainWindow", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("QtMainWindow", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("QtMainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restore_button:
        restore(window, newest)
        return True
    if box.clickedButton() is discard:
        newest.remove()
    return False


def restore(window, recovered) -> None:
    """Makes a crashed window's work current in `window`: its experiment, file and runs. The run
    in progress goes on from its autosaved weights once the model is built (its curves and
    boundary as they were); without weights that fit, it is kept among the runs, to overlay or
    reopen."""
    window.path = recovered.path
    window.state.replace(recovered.experiment)
    controller = window.controller
    controller.runs.take(recovered.runs)
    current = recovered.current
    if current is not None and not _resumable(window, recovered):
        _keep(controller, current)
    elif current is not None:  # its rows are saved already: the next saves append to them
        window.autosave.saver.adopt(recovered)
    controller.sigRunsChanged.emit()
    window.setWindowModified(recovered.modified or recovered.path is None)
    window.update_title()
    recovered.remove()
    window.autosave.mark()
    window.show_message(translate("QtMainWindow", "Restored the work of {0}.").format(recovered.title))


def _resumable(window, recovered) -> bool:
    """Whether the run in progress can go on (then it will, once the model is built)."""
    if recovered.weights is None or window.state.error is not None:
        return False
    if needs_new_run(recovered.current.experiment, window.state.experiment):
        return False  # the settings were edited into another model before the crash
    try:
        arrays = recovered.weight_arrays()
    except (OSError, ValueError):
        return False
    _Resume(window.controller, recovered.current, arrays)
    return True


def _keep(controller, run) -> None:
    controller.runs.add(run.experiment, run.rows, run.events, "paused", label="interrupted")


class _Resume(QObject):
    """Waits for the model of the restored experiment, then hands it the interrupted run's rows,
    marks and weights: the worker sends them back as if just trained, and Play goes on from that
    epoch. If no such model comes (the data cannot be read, the settings were changed into
    another model) or the weights do not fit it, the run is kept among the runs instead."""

    def __init__(self, controller, run, arrays) -> None:
        super().__init__(controller)
        self._control, self._run, self._arrays = controller, run, arrays
        self._token = None  # the run the rows and weights were handed to
        controller.sigLoaded.connect(self._on_loaded)
        controller.sigRunStateChanged.connect(self._on_run_state)
        controller.sigHistoryChanged.connect(self._on_history)
        controller.worker.sigError.connect(self._on_error)

    @Slot(object)
    def _on_loaded(self, info) -> None:
        c = self._control
        if self._token is not None or info.get("token") != c.token:
            return
        if c.history or needs_new_run(self._run.experiment, c.loaded_experiment):
            self._give_up()
            return
        self._token = c.token
        c.worker.post("resume", c.token, list(self._run.rows), [dict(e) for e in self._run.events], self._arrays)
        self._arrays = None

    @Slot(object)
    def _on_history(self, history) -> None:
        if self._token is not None and len(history) >= len(self._run.rows):
            self._done()  # the run goes on

    @Slot(str)
    def _on_run_state(self, run_state: str) -> None:
        if run_state in (FAILED, INVALID):
            self._give_up()

    @Slot(object)
    def _on_error(self, payload) -> None:
        if self._token is not None and payload[0] == self._token:
            self._give_up()

    def _give_up(self) -> None:
        self._done()
        _keep(self._control, self._run)
        self._control.sigRunsChanged.emit()

    def _done(self) -> None:
        c = self._control
        c.sigLoaded.disconnect(self._on_loaded)
        c.sigRunStateChanged.disconnect(self._on_run_state)
        c.sigHistoryChanged.disconnect(self._on_history)
        c.worker.sigError.disconnect(self._on_error)
        self.deleteLater()
