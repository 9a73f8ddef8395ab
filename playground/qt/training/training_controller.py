"""Connects the experiment state, the training worker and the views — in the GUI thread.

Worker signals arrive queued at methods of this QObject (never lambdas, which would run in the
worker's thread). History rows are kept as they arrive; snapshots are coalesced (the newest wins)
and handed to the views by a ~30 Hz timer, so a fast engine cannot flood the event loop.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QStandardPaths, QThread, QTimer, Signal, Slot

from playground.core.data import datasets
from playground.core.experiment.state import Change, ExperimentState, needs_new_run
from playground.core.runs.epoch_history import History
from playground.core.runs.run_history import RunHistory
from playground.qt.i18n import say
from playground.qt.training.worker import QtTrainingWorker

FRAME_MS = 33
# Qt paints every changed view of a window in one pass; giving the curves, the output and the
# network view their own third of a frame keeps each pass short (the window stays smooth). The
# curves, costliest to paint and least in need of it, are redrawn every other frame (15 Hz).
FRAME_SLICES = 3
DEFAULT_SPEED = 100  # epochs per second
_STILL_RUNNING: list = []  # threads whose shutdown timed out; destroying them would abort

# Run states, in the order a run goes through them.
LOADING_TF = "loading_tf"  # TensorFlow still importing
BUILDING = "building"  # model being built and compiled
READY = "ready"  # built, epoch 0 or paused
RUNNING = "running"
FINISHED = "finished"  # reached the epoch limit
INVALID = "invalid"  # the experiment has an error; see `message`
FAILED = "failed"  # training stopped on an error or NaN; see `message`


class QtTrainingController(QObject):
    sigRunStateChanged = Signal(str)  # one of the states above
    sigMessage = Signal(str)  # plain-language status for the status bar
    sigDatasetChanged = Signal(object)  # datasets.Dataset
    sigHistoryChanged = Signal(object)  # History (at most once a frame)
    sigEventsChanged = Signal(object)  # the run's events [{"epoch", "kind", "text"}] when one is added
    sigSnapshot = Signal(object)  # Snapshot (at most once a frame), for the output view
    sigSnapshotDetail = Signal(object)  # the same Snapshot a third of a frame later, for the network view
    sigViews = Signal(object)  # the newest "Inside the network" views dict (images, sequences, text)
    sigLoaded = Signal(object)  # worker's load info
    sigSummary = Signal(str)  # model.summary() of the model being trained
    sigKerasSaved = Signal(str, str)  # path, error message ("" when saved)
    sigRangeTest = Signal(object)  # lr_finder.RangeTest
    sigSweepProgress = Signal(int, str, int)  # version index, its label, epoch
    sigSweepRun = Signal(object)  # sweep_runner.Finished: one version done
    sigSweepDone = Signal(bool)  # cancelled?
    sigRunsChanged = Signal()  # a run was added to `runs`
    sigHealth = Signal(object)  # [doctor.Finding], fresh every few seconds while training and at every stop
    sigPatterns = Signal(str, object, int)  # Conv2D layer name, its filters' patterns (n, h, w, c), epoch
    sigTimelineChanged = Signal(object)  # [epochs whose weights are kept] for the epoch timeline
    sigPastShown = Signal(int)  # the earlier epoch the views now show; -1: back to the live model

    def __init__(self, state: ExperimentState, parent: QObject | None = None, start: bool = True):
        """`start`: make the data and start loading TensorFlow now; otherwise `start()` does,
        once the window is on the screen (both take seconds of imports)."""
        super().__init__(parent)
        self.state = state
        self.history = History()
        self.events: list[dict] = []  # what callbacks and live changes did, marked on the curves
        self.runs = RunHistory()  # every run of this window, kept when the next one starts
        self._reason = "paused"  # how the current run last stopped
        self._sweep_token = 0
        self.sweeping = False
        self.dataset: datasets.Dataset | None = None
        self.data_error: str | None = None  # why the data could not be read
        self.holdout: dict | None = None  # the held-out test set's scores when training last stopped
        self.run_state = LOADING_TF
        self.message = self.tr("Loading TensorFlow…")
        self.tf_versions: dict = {}
        self._token = 0
        self._resets = 0
        self._tf_ready = False
        self._tf_error: str | None = None
        self._stopped = False  # the user ended the run with Stop
        self.play_when_ready = False  # Play was pressed while TensorFlow was loading
        self._started = False  # the worker started: until then no data is made, nothing loads
        self._load_due = False
        self._pending_snapshot = None
        self._pending_views = None
        self.probe = (0, 0)  # (test sample, Grad-CAM class) the "Inside the network" views show
        self._history_dirty = False
        # Where a relative ModelCheckpoint path points: the experiment file's folder (the window
        # sets it; an untitled experiment's checkpoints go to the application's data folder).
        self.folder = untitled_folder()
        self.timeline: list[int] = []  # epochs the worker keeps weights of
        self.viewing: int | None = None  # the earlier epoch the views show; None: the model now
        self._view_wanted: int | None = None  # the newest epoch asked for while one is on its way
        self._view_busy = False

        self._thread = QThread()
        self._thread.setObjectName("training")
        self._worker = QtTrainingWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.sigDataReady.connect(self._on_data_ready)
        self._worker.sigTensorFlowReady.connect(self._on_tensorflow_ready)
        self._worker.sigLoaded.connect(self._on_loaded)
        self._worker.sigProgress.connect(self._on_progress)
        self._worker.sigStopped.connect(self._on_stopped)
        self._worker.sigError.connect(self._on_error)
        self._worker.sigSummary.connect(self._on_summary)
        self._worker.sigKerasSaved.connect(self._on_keras_saved)
        self._worker.sigPatterns.connect(self._on_patterns)
        self._worker.sigFineTuned.connect(self._on_fine_tuned)
        self._worker.sigRangeTest.connect(self._on_range_test)
        self._worker.sigSweep.connect(self._on_sweep)
        self._worker.sigHealth.connect(self._on_health)
        self._worker.sigTimeline.connect(self._on_timeline)
        self._worker.sigPastSnapshot.connect(self._on_past_snapshot)

        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS // FRAME_SLICES)
        self._slice = 0
        self._shown_snapshot = None
        self._frame.timeout.connect(self._on_frame)
        self._frame.start()

        self._loaded = state.experiment.copy()  # what the current run's model was built from
        state.subscribe(self._on_state_changed)
        self.set_speed(DEFAULT_SPEED)
        if start:
            self.start(data_now=True)

    def start(self, data_now: bool = False) -> None:
        """Starts the worker thread: it imports scikit-learn, then the data is made (at once with
        `data_now`), and TensorFlow, then the model is built. Until then edits are only noted."""
        self._started = True
        if data_now:
            self._regenerate_data()
        if not self._thread.isRunning():
            self._thread.start()

    # -- user intent ----------------------------------------------------------------------------

    def play(self) -> None:
        if self.run_state == LOADING_TF:  # Play while TensorFlow loads: a wish kept, and said
            self.play_when_ready = not self.play_when_ready
            if self.play_when_ready:
                self.message = self.tr("Loading TensorFlow… training starts as soon as it has loaded.")
            else:
                self.message = self.tr("Loading TensorFlow… (Play cancelled)")
            self.sigMessage.emit(self.message)
            return
        self._leave_past()
        self._post_load()
        if self.run_state == FINISHED:
            self.reset()
        if self.run_state in (READY, BUILDING):
            self._worker.post("play", self._token)
            self._set_run_state(RUNNING, self.tr("Training…"))

    def pause(self) -> None:
        if self.run_state == RUNNING:
            self._worker.post("pause", self._token)

    def toggle_play(self) -> None:
        if self.run_state == RUNNING:
            self.pause()
        else:
            self.play()

    def step(self) -> None:
        self._leave_past()
        self._post_load()
        if self.run_state in (READY, BUILDING):
            self._worker.post("step", self._token)
            self._set_run_state(RUNNING, self.tr("One epoch…"))

    def reset(self) -> None:
        """New initial weights, empty history; keeps the data."""
        self._resets += 1
        self._load()
        self._post_load()

    def request_summary(self) -> bool:
        """Asks the worker for the current model's `summary()`; it arrives as sigSummary.
        False when there is no built model to describe yet."""
        if self.run_state not in (READY, RUNNING, FINISHED):
            return False
        self._worker.post("summary", self._token)
        return True

    def save_keras(self, path: str, what: str = "model") -> bool:
        """Asks the worker to write the model being trained, with its current weights: `what` is
        "model" (a .keras file, or Keras's legacy .h5 when the path ends so), "weights" (a
        .weights.h5 file) or "tensorboard" (the run's TensorBoard logs into the folder `path`).
        The result arrives as sigKerasSaved. False when no model is built yet."""
        if self.run_state not in (READY, RUNNING, FINISHED):
            return False
        self._worker.post("save_keras", self._token, path, what)
        return True

    def set_speed(self, epochs_per_second: float) -> None:
        """Epochs per second to train at (0: as fast as possible). A view preference, not part
        of the experiment: the fast engine outruns the eye, so lessons watch it at 100/s."""
        self._worker.post("set_speed", epochs_per_second)

    def stop(self) -> None:
        """Ends the run where it is; Play then starts a fresh one."""
        if self.run_state not in (RUNNING, READY):
            return
        if not self.history:  # nothing trained yet: Stop is just a pause
            self._worker.post("pause", self._token)
            return
        self._worker.post("pause", self._token)
        self._token += 1  # anything still in flight belongs to the ended run
        self._stopped = True
        self._set_run_state(FINISHED, self.tr("Stopped at epoch {0}. Play starts a new run.").format(len(self.history)))

    def shutdown(self, timeout_ms: int = 900) -> bool:
        """Stops the worker and joins its thread; True if it ended in time. Must run before the
        QThread is destroyed, or Qt aborts with "Destroyed while thread is still running"."""
        self._frame.stop()
        self._token += 1
        self._worker.post("quit")
        if self._thread.wait(timeout_ms):
            return True
        # Still inside a compile, which cannot be interrupted: it quits right after. Until then
        # the thread must not be garbage-collected, so it is kept here; those that have ended
        # since are let go (kept for good, each window closed mid-compile leaked its worker).
        _STILL_RUNNING[:] = [(thread, worker) for thread, worker in _STILL_RUNNING if not thread.isFinished()]
        _STILL_RUNNING.append((self._thread, self._worker))
        return False

    @property
    def thread_running(self) -> bool:
        return self._thread.isRunning()

    # -- state changes --------------------------------------------------------------------------

    def _on_state_changed(self, change: Change) -> None:
        if change.revert or change.section == "hidden":  # which controls show: nothing to train anew
            return
        exp = self.state.experiment
        live = self.run_state != INVALID and self.state.error is None and not needs_new_run(self._loaded, exp)
        if live and change.section == "training":
            self._apply_live(set(change.keys))
            return
        built = self.run_state in (READY, RUNNING, FINISHED) and not self._stopped  # a model to go on with
        if live and change.section == "model" and not change.rebuild and built:
            self._apply_fine_tune()
            return
        if change.section in ("data", "experiment"):
            self._regenerate_data()
        self._load()

    def _apply_fine_tune(self) -> None:
        """Only how many layers of a Pretrained base train changed (the book's second step): the
        model being trained goes on from its weights, recompiled at the current learning rate."""
        self._worker.post("fine_tune", self._token, self.state.experiment.copy())
        self.message = self.tr("Fine-tuning: compiling the model again with the new trainable layers…")
        self.sigMessage.emit(self.message)

    def _apply_live(self, keys: set) -> None:
        """A new epoch limit, learning rate, optimizer, schedule or callbacks reach the model being
        trained, without a reset: only a new rate is a plain assignment, the rest recompiles."""
        exp = self.state.experiment
        training, before = exp.training, self._loaded.training
        if "epochs" in keys:
            self._worker.post("set_epoch_limit", self._token, training.epochs)
            if self.run_state == FINISHED and not self._stopped and len(self.history) < training.epochs:
                self._set_run_state(READY, self.tr("Epoch limit raised: press Play to continue."))
        rate_only = _without_rate(before.optimizer) == _without_rate(training.optimizer)
        if keys & {"schedule", "callbacks"} or ("optimizer" in keys and (not rate_only or training.schedule)):
            self._worker.post("set_training", self._token, exp.copy())
        elif "optimizer" in keys:
            self._worker.post("set_learning_rate", self._token, training.learning_rate)
        self._loaded = exp.copy()

    def _regenerate_data(self) -> None:
        exp = self.state.experiment
        self.data_error = None
        if not self._started:  # made once the worker has imported scikit-learn
            self.dataset = None
            return
        if self.state.error is not None and self.state.error.field.startswith("data."):
            return
        try:
            self.dataset = datasets.generate(exp.data, exp.seed)
        except (ValueError, OSError, MemoryError) as exc:  # a file moved, changed or is damaged
            self.dataset, self.data_error = None, say(exc)
        self.sigDatasetChanged.emit(self.dataset)

    def archive(self) -> None:
        """Keeps the current run (settings, curves, events) in `runs`, if it trained at all."""
        if self.history:
            reason = "stopped" if self._stopped else self._reason
            self.runs.add(self._loaded, list(self.history.rows), list(self.events), reason)
            self.sigRunsChanged.emit()

    @property
    def loaded_experiment(self):
        """The experiment the current run's model was built from."""
        return self._loaded

    # -- the epoch timeline ----------------------------------------------------------------------

    def view_epoch(self, epoch: int | None) -> None:
        """Shows the views as they were at a kept earlier `epoch` (pausing a run), or, with None,
        as the model is now. While one earlier epoch is computed, only the newest wish waits."""
        if epoch is None:
            self._leave_past()
            return
        if self.run_state == RUNNING:
            self.pause()
        if self.run_state not in (READY, RUNNING, FINISHED):
            return
        self._view_wanted = int(epoch)
        if not self._view_busy:
            self._post_view()

    def _post_view(self) -> None:
        self._view_busy, epoch, self._view_wanted = True, self._view_wanted, None
        self._worker.post("view_epoch", self._token, epoch)

    def _leave_past(self) -> None:
        self._view_wanted = None
        if self.viewing is not None:
            self.viewing = None
            self.sigPastShown.emit(-1)
            self._worker.post("refresh", self._token)

    def go_on_from(self, epoch: int) -> None:
        """Goes back to a kept earlier `epoch` to train on from there. The run as it was is kept
        under Runs; the curves, marks and timeline after `epoch` are dropped."""
        if epoch not in self.timeline or self.sweeping or self.run_state not in (READY, RUNNING, FINISHED):
            return
        self._reason = "went_back"
        self.archive()
        self._reason = "paused"
        self._stopped = False
        end = len(self.history)
        del self.history.rows[epoch:]
        self._history_dirty = True
        self.events = [e for e in self.events if e["epoch"] <= epoch]
        self.sigEventsChanged.emit(self.events)
        self.timeline = [e for e in self.timeline if e <= epoch]
        self.sigTimelineChanged.emit(self.timeline)
        self._view_wanted = None
        if self.viewing is not None:
            self.viewing = None
            self.sigPastShown.emit(-1)
        # A new token: rows and stops the worker sends before it goes back are not this run's.
        self._token += 1
        self._worker.post("restore_epoch", self._token - 1, epoch, self._token)
        self._set_run_state(
            READY,
            self.tr(
                "Went back to epoch {0}: Play goes on from there. The run until epoch {1} is kept under Runs."
            ).format(epoch, end),
        )

    @Slot(object)
    def _on_timeline(self, payload) -> None:
        token, epochs = payload
        if token == self._token:
            self.timeline = list(epochs)
            self.sigTimelineChanged.emit(self.timeline)

    @Slot(object)
    def _on_past_snapshot(self, payload) -> None:
        token, epoch, snapshot = payload
        self._view_busy = False
        if token != self._token:
            return
        if self._view_wanted is not None:  # the slider moved on meanwhile
            self._post_view()
            return
        if isinstance(snapshot, str):
            self.sigMessage.emit(snapshot)
            return
        if self.run_state == RUNNING:  # Play was pressed meanwhile: the live views win
            return
        self.viewing = epoch
        self._pending_snapshot = snapshot
        if snapshot.views is not None:
            self._pending_views = snapshot.views
        self.sigPastShown.emit(epoch)

    def run_sweep(self, items: list) -> None:
        """Trains several versions one after another (K-fold, a sweep); the current run pauses."""
        self._sweep_token += 1
        self.sweeping = True
        self._worker.post("sweep", self._sweep_token, items)

    def cancel_sweep(self) -> None:
        self._worker.post("cancel_sweep")

    @Slot(object)
    def _on_health(self, payload) -> None:
        token, findings = payload
        if token == self._token:
            self.sigHealth.emit(findings)

    @Slot(object)
    def _on_sweep(self, payload) -> None:
        token, index, label, epoch, finished, done = payload
        if token != self._sweep_token:
            return
        if finished is not None:
            self.sigSweepRun.emit(finished)
        if done:
            self.sweeping = False
            self.sigSweepDone.emit(finished is None and index < 0)
        elif index >= 0:
            self.sigSweepProgress.emit(index, label, epoch)

    def _load(self) -> None:
        """Starts a new run: the history empties at once; the worker is told a moment later, so
        one edit that changes several sections (a new problem type) builds one model, not three."""
        self.archive()
        self._reason = "paused"
        self._token += 1
        self._stopped = False
        self.history.clear()
        self.events = []
        self.sigEventsChanged.emit(self.events)
        self.timeline, self._view_wanted = [], None
        self.sigTimelineChanged.emit(self.timeline)
        if self.viewing is not None:
            self.viewing = None
            self.sigPastShown.emit(-1)
        self._history_dirty = True
        self._pending_snapshot = None
        self._pending_views = None
        self._load_due = False
        if self.state.error is not None:
            self._set_run_state(INVALID, self.tr("Cannot train: {0}").format(self._where(say(self.state.error))))
            return
        if self._tf_error:
            self._set_run_state(FAILED, self._tf_error)
            return
        if self.dataset is None:
            self._regenerate_data()
        if self.data_error:
            self._set_run_state(INVALID, self.tr("Cannot read the data: {0}").format(self.data_error))
            return
        self._loaded = self.state.experiment.copy()
        if not self._tf_ready:
            self._set_run_state(LOADING_TF, self.tr("Loading TensorFlow…"))
            return
        self._set_run_state(BUILDING, self.tr("Building the model…"))
        self._load_due = True
        QTimer.singleShot(0, self._post_load)

    @Slot()
    def _post_load(self) -> None:
        if not self._load_due:
            return
        self._load_due = False
        exp = self.state.experiment.copy()
        self._worker.post("load", self._token, exp, self.dataset, exp.seed + self._resets, self.folder)
        if self.probe != (0, 0):
            self._worker.post("set_probe", self._token, *self.probe)

    def _epoch_limit(self) -> int:
        return self.state.experiment.training.epochs

    # -- worker signals (queued to this GUI-thread object) --------------------------------------

    @Slot()
    def _on_data_ready(self) -> None:
        if self.dataset is None and self.data_error is None:
            self._regenerate_data()

    @Slot(object)
    def _on_tensorflow_ready(self, versions: dict) -> None:
        self.tf_versions = versions
        self._tf_ready = True
        self._load()
        if self.play_when_ready:
            self.play_when_ready = False
            self.play()

    @Slot(object)
    def _on_loaded(self, info: dict) -> None:
        if info["token"] != self._token:
            return
        self.sigLoaded.emit(info)
        if self.run_state == BUILDING:
            params, trainable = info["params"], info.get("trainable", info["params"])
            if trainable < params:
                message = self.tr("Ready: {0:,} parameters ({1:,} trainable). Press Play.").format(params, trainable)
            else:
                message = self.tr("Ready: {0:,} parameters. Press Play.").format(params)
            self._set_run_state(READY, message)

    @Slot(object)
    def _on_progress(self, payload) -> None:
        token, rows, snapshot, events = payload
        if token != self._token:
            return
        if events:
            self.events = [*self.events, *events]
            self.sigEventsChanged.emit(self.events)
        if rows:
            self.history.extend(rows)
            self._history_dirty = True
        if snapshot is not None and self.viewing is None:  # an earlier epoch on show stays
            self._pending_snapshot = snapshot
            if snapshot.views is not None:  # kept apart: the next snapshot may come without views
                self._pending_views = snapshot.views

    @Slot(object)
    def _on_stopped(self, payload) -> None:
        token, reason, holdout = payload
        if token != self._token:
            return
        epoch = len(self.history)
        self.holdout = holdout
        self._reason = {"early_stopped": "early_stopped", "terminated": "nonfinite", "nonfinite": "nonfinite"}.get(
            reason, reason
        )
        standardised = self.dataset is not None and self.dataset.targets_standardised
        restored = next((e for e in reversed(self.events) if e["kind"] == "restored"), None)
        restored_text = f" {say(restored['text'])}." if restored else ""  # the event's text, as the curves show it
        held_out = self._holdout_text(holdout, standardised)
        # Each sentence is its own string; the ones that follow another start with a space.
        if reason == "nonfinite":
            self._set_run_state(FAILED, self._nonfinite_message(self.history.last))
        elif reason == "early_stopped":
            stop = next(e for e in reversed(self.events) if e["kind"] == "early_stop")
            self._set_run_state(
                FINISHED,
                self.tr("Stopped early at epoch {0}: {1}.").format(epoch, say(stop["text"]))
                + restored_text
                + held_out
                + self.tr(" Reset to train again."),
            )
        elif reason == "terminated":
            self._set_run_state(
                FINISHED,
                self.tr("TerminateOnNaN ended the run at epoch {0}: the loss is not a number.").format(epoch)
                + self._advice_nan(),
            )
        elif reason == "finished" and epoch < self._epoch_limit():
            # The limit was raised while the last epochs were on their way.
            self._worker.post("set_epoch_limit", self._token, self._epoch_limit())
            self._set_run_state(READY, self.tr("Paused at epoch {0}.").format(epoch))
        elif reason == "finished":
            self._set_run_state(
                FINISHED,
                self.tr("Finished {0} epochs.").format(epoch)
                + restored_text
                + held_out
                + self.tr(" Raise the epoch limit or Reset to train more."),
            )
        else:
            self._set_run_state(READY, self.tr("Paused at epoch {0}.").format(epoch) + held_out)

    @Slot(object)
    def _on_error(self, payload) -> None:
        token, message = payload
        if token == 0:
            self._tf_error = message
        elif token != self._token:
            return
        where = self._where(message)
        if where != message:  # a layer Keras could not build (a Pretrained layer's weights missing)
            message = self.tr("Cannot train: {0}").format(where)
        self._set_run_state(FAILED, message)

    @Slot(object)
    def _on_fine_tuned(self, payload) -> None:
        token, trainable = payload
        if token != self._token:
            return
        self.message = self.tr(
            "Fine-tuning: {0} trainable parameters; training goes on from epoch {1} at learning rate {2:g}."
        ).format(f"{trainable:,}", len(self.history), self.state.experiment.training.learning_rate)
        if self.run_state == FINISHED:
            # Play on a finished run starts afresh; after fine-tuning it must go on from these weights.
            self._set_run_state(READY, self.message + self.tr(" Raise the epoch limit, then press Play."))
            return
        self.sigMessage.emit(self.message)

    @Slot(object)
    def _on_summary(self, payload) -> None:
        token, text = payload
        if token == self._token:
            self.sigSummary.emit(text)

    @Slot(object)
    def _on_keras_saved(self, payload) -> None:
        token, path, error = payload
        if token == self._token:
            self.sigKerasSaved.emit(path, error)

    @Slot(object)
    def _on_patterns(self, payload) -> None:
        token, name, images, epoch = payload
        if token != self._token:
            return
        if isinstance(images, str):
            self.sigMessage.emit(images)
        else:
            self.sigPatterns.emit(name, images, epoch)

    def request_range_test(self) -> bool:
        """Asks for the learning-rate range test (answered by sigRangeTest); False before a model is built."""
        if self.run_state not in (READY, RUNNING, FINISHED):
            return False
        self._worker.post("range_test", self._token)
        self.sigMessage.emit(self.tr("Learning-rate range test: trying rates from 0.00001 to 10…"))
        return True

    @Slot(object)
    def _on_range_test(self, payload) -> None:
        token, result = payload
        if token != self._token:
            return
        if isinstance(result, str):
            self.sigMessage.emit(self.tr("The range test could not suggest a rate: {0}").format(result))
        else:
            self.sigMessage.emit(self.message)
            self.sigRangeTest.emit(result)

    def request_patterns(self, layer_name: str) -> None:
        """Asks the worker for what excites each filter of `layer_name` (answered by sigPatterns)."""
        if self.run_state not in (LOADING_TF, BUILDING, INVALID):
            self._worker.post("patterns", self._token, layer_name)

    @Slot()
    def _on_frame(self) -> None:
        self._slice = (self._slice + 1) % (2 * FRAME_SLICES)
        if self._slice == 0 and self._history_dirty:
            self._history_dirty = False
            self.sigHistoryChanged.emit(self.history)
        elif self._slice % FRAME_SLICES == 1 and self._pending_snapshot is not None:
            self._shown_snapshot, self._pending_snapshot = self._pending_snapshot, None
            self.sigSnapshot.emit(self._shown_snapshot)
        elif self._slice % FRAME_SLICES == 2 and self._shown_snapshot is not None:
            snapshot, self._shown_snapshot = self._shown_snapshot, None
            self.sigSnapshotDetail.emit(snapshot)
        elif self._slice % FRAME_SLICES == 0 and self._pending_views is not None:
            views, self._pending_views = self._pending_views, None
            self.sigViews.emit(views)

    def set_probe(self, index: int, cam_class: int) -> None:
        """Which test sample, and which class for Grad-CAM, the "Inside the network" views show."""
        self.probe = (int(index), int(cam_class))
        self._worker.post("set_probe", self._token, *self.probe)

    def _set_run_state(self, run_state: str, message: str) -> None:
        self.run_state = run_state
        self.message = message
        self.sigRunStateChanged.emit(run_state)
        self.sigMessage.emit(message)

    # -- messages -------------------------------------------------------------------------------

    def _holdout_text(self, scores: dict | None, standardised: bool = False) -> str:
        """ " Held-out test set: accuracy 95.3 %, loss 0.121." — or nothing without one."""
        if not scores:
            return ""
        parts = []
        if "accuracy" in scores:
            parts.append(self.tr("accuracy {0}").format(f"{scores['accuracy']:.1%}".replace("%", " %")))
        if "mae" in scores:
            parts.append(f"mae {scores['mae']:.3g}")  # Keras's name for the metric
        if "loss" in scores:
            parts.append(self.tr("loss {0:.3g}").format(scores["loss"]))
        if standardised:
            return self.tr(" Held-out test set: {0} (targets in standard deviations).").format(", ".join(parts))
        return self.tr(" Held-out test set: {0}.").format(", ".join(parts))

    def _nonfinite_message(self, row: dict | None) -> str:
        epoch = int(row["epoch"]) if row else 0
        value = row.get("loss", math.nan) if row else math.nan
        if math.isnan(value):
            message = self.tr("Training paused: the loss became NaN (not a number) at epoch {0}.")
        else:
            message = self.tr("Training paused: the loss became infinite at epoch {0}.")
        return message.format(epoch) + self._advice_nan()

    def _advice_nan(self) -> str:
        """ " The learning rate (…) is probably too high …", to follow the sentence that says what happened."""
        lr = self.state.experiment.training.learning_rate
        return self.tr(" The learning rate ({0:g}) is probably too high — lower it (try ÷10) and press Reset.").format(
            lr
        )

    def _where(self, error: str) -> str:
        """An experiment error ("field: message") as a sentence: "layer 3, dense_2: …" rather than
        "model.layers[2]: dense_2: …"."""
        found = re.fullmatch(r"model\.layers\[(\d+)\]: (.*)", error, re.DOTALL)
        return self.tr("layer {0}, {1}").format(int(found.group(1)) + 1, found.group(2)) if found else error


def untitled_folder() -> str:
    """Where an untitled experiment's relative files (a checkpoint) go: the application's data folder."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)


def _without_rate(optimizer: dict) -> dict:
    return {**optimizer, "config": {k: v for k, v in optimizer.get("config", {}).items() if k != "learning_rate"}}
