"""Connects the experiment state, the training worker and the views — in the GUI thread.

The controller drives the run: it starts the worker's thread, posts the user's commands and the
experiment's changes to it, and keeps the run's state (run_states.py) and status. Its parts are
QObjects of the GUI thread that answer their own worker signals (never lambdas, which would run in
the worker's thread): the run book keeps what the runs leave as the worker reports it (history,
events, the kept runs, the epoch timeline, sweeps); the model questions ask the model being
trained (summary, saving, range test, patterns); the view frames hand the results to the views at
most once a frame. `run_messages.py` words the status. The window sees one object, this one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStandardPaths, QThread, QTimer, Signal, Slot

from playground.core.data import datasets, drawn_points
from playground.core.experiment.state import Change, ExperimentState, needs_new_run
from playground.qt.i18n import say
from playground.qt.training import run_messages
from playground.qt.training.ablation import QtSilencing
from playground.qt.training.drawing import QtDrawing
from playground.qt.training.model_questions import QtModelQuestions
from playground.qt.training.run_book import QtRunBook
from playground.qt.training.run_states import BUILDING, BUILT, FAILED, FINISHED, INVALID, LOADING_TF, READY, RUNNING
from playground.qt.training.view_frames import QtViewFrames
from playground.qt.training.weight_editing import QtWeightEditing
from playground.qt.training.worker import QtTrainingWorker

DEFAULT_SPEED = 100  # epochs per second
_STILL_RUNNING: list = []  # threads whose shutdown timed out; destroying them would abort


def _part(part: str, name: str) -> property:
    """The controller's attribute `name`, kept by one of its parts: its run book, its model
    questions or its view frames."""
    return property(lambda self: getattr(getattr(self, part), name))


class QtTrainingController(QObject):
    sigRunStateChanged = Signal(str)  # one of the states of run_states.py
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
        self.dataset: datasets.Dataset | None = None
        self.data_error: str | None = None  # why the data could not be read
        self._data_unready = False  # data_error says what is left to draw
        self.run_state = LOADING_TF
        self.message = self.tr("Loading TensorFlow…")
        self.tf_versions: dict = {}
        self._token = 0
        self._resets = 0
        self._tf_ready = False
        self._tf_error: str | None = None
        self.play_when_ready = False  # Play was pressed while TensorFlow was loading
        self._started = False  # the worker started: until then no data is made, nothing loads
        self._load_due = False
        # Where a relative ModelCheckpoint path points: the experiment file's folder (the window
        # sets it; an untitled experiment's checkpoints go to the application's data folder).
        self.folder = untitled_folder()

        self._thread = QThread()
        self._thread.setObjectName("training")
        self._worker = QtTrainingWorker()
        self._worker.moveToThread(self._thread)
        self.frames = QtViewFrames(self)  # what reaches the views, once a frame
        self.book = QtRunBook(self, self._worker)  # what the runs leave
        self.asks = QtModelQuestions(self, self._worker)  # what the window asks the model
        self.silencing = QtSilencing(self, self._worker)  # units held at zero, and what that costs
        self.weights = QtWeightEditing(self, self._worker)  # weights and neurons edited on the picture
        self.drawing = QtDrawing(self, self._worker)  # the Draw tab's questions to the model
        self._thread.started.connect(self._worker.run)
        self._worker.sigDataReady.connect(self._on_data_ready)
        self._worker.sigTensorFlowReady.connect(self._on_tensorflow_ready)
        self._worker.sigLoaded.connect(self._on_loaded)
        self._worker.sigStopped.connect(self._on_stopped)
        self._worker.sigError.connect(self._on_error)
        self._worker.sigFineTuned.connect(self._on_fine_tuned)

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

    # -- what the run book keeps and the model is asked, here as before -------------------------

    history = _part("book", "history")  # the current run's History
    events = _part("book", "events")  # what callbacks and live changes did, marked on the curves
    runs = _part("book", "runs")  # every run of this window, kept when the next one starts
    holdout = _part("book", "holdout")  # the held-out test set's scores when training last stopped
    viewing = _part("book", "viewing")  # the earlier epoch the views show; None: the model now
    sweeping = _part("book", "sweeping")
    archive = _part("book", "archive")
    view_epoch = _part("book", "view_epoch")
    run_sweep = _part("book", "run_sweep")
    cancel_sweep = _part("book", "cancel_sweep")
    probe = _part("asks", "probe")  # (test sample, Grad-CAM class) the "Inside the network" views show
    request_summary = _part("asks", "request_summary")
    save_keras = _part("asks", "save_keras")
    request_range_test = _part("asks", "request_range_test")
    request_patterns = _part("asks", "request_patterns")
    set_probe = _part("asks", "set_probe")
    # What the views are still to be shown (tests wait until the views have caught up).
    _history_dirty = _part("frames", "history_dirty")
    _pending_snapshot = _part("frames", "pending_snapshot")
    _pending_views = _part("frames", "pending_views")
    _shown_snapshot = _part("frames", "shown_snapshot")

    token = property(lambda self: self._token, doc="the current run's: what comes with an older one is old")
    worker = property(lambda self: self._worker, doc="the training worker (the autosave asks it for the weights)")
    loaded_experiment = property(lambda self: self._loaded, doc="what the current run's model was built from")

    # -- user intent ----------------------------------------------------------------------------

    def play(self) -> None:
        if self.run_state == LOADING_TF:  # Play while TensorFlow loads: a wish kept, and said
            self.play_when_ready = not self.play_when_ready
            self.message = run_messages.play_wish(self.play_when_ready)
            self.sigMessage.emit(self.message)
            return
        self.book.leave_past()
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
        self.book.leave_past()
        self._post_load()
        if self.run_state in (READY, BUILDING):
            self._worker.post("step", self._token)
            self._set_run_state(RUNNING, self.tr("One epoch…"))

    def reset(self) -> None:
        """New initial weights, empty history; keeps the data."""
        self._resets += 1
        self._load()
        self._post_load()

    def set_speed(self, epochs_per_second: float) -> None:
        """Epochs per second to train at (0: as fast as possible). A view preference, not part
        of the experiment: the fast engine outruns the eye, so lessons watch it at 100/s."""
        self._worker.post("set_speed", epochs_per_second)

    def log_to_tensorboard(self, folder: str | None, histogram_every: int = 100) -> None:
        """Writes every run into its own subfolder of `folder` as it trains (None: no more), with
        weight and gradient histograms every `histogram_every` epochs; on the worker thread."""
        self._worker.post("set_tensorboard", folder, histogram_every)

    def stop(self) -> None:
        """Ends the run where it is; Play then starts a fresh one."""
        if self.run_state not in (RUNNING, READY):
            return
        if not self.history:  # nothing trained yet: Stop is just a pause
            self._worker.post("pause", self._token)
            return
        self._worker.post("pause", self._token)
        self._token += 1  # anything still in flight belongs to the ended run
        self.book.stopped = True
        self._set_run_state(FINISHED, self.tr("Stopped at epoch {0}. Play starts a new run.").format(len(self.history)))

    def go_on_from(self, epoch: int) -> None:
        """Goes back to a kept earlier `epoch` to train on from there. The run as it was is kept
        under Runs; the curves, marks and timeline after `epoch` are dropped."""
        if epoch not in self.book.timeline or self.sweeping or self.run_state not in BUILT:
            return
        end = len(self.history)
        self.book.cut_back(epoch)
        self.frames.history_changed()
        # A new token: rows and stops the worker sends before it goes back are not this run's.
        self._token += 1
        self._worker.post("restore_epoch", self._token - 1, epoch, self._token)
        self._set_run_state(READY, run_messages.went_back(epoch, end))

    def shutdown(self, timeout_ms: int = 900) -> bool:
        """Stops the worker and joins its thread; True if it ended in time. Must run before the
        QThread is destroyed, or Qt aborts with "Destroyed while thread is still running"."""
        self.frames.stop()
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

    thread_running = property(lambda self: self._thread.isRunning())

    # -- state changes --------------------------------------------------------------------------

    def _on_state_changed(self, change: Change) -> None:
        if change.revert or change.section == "hidden":  # which controls show: nothing to train anew
            return
        exp = self.state.experiment
        live = self.run_state != INVALID and self.state.error is None and not needs_new_run(self._loaded, exp)
        if live and change.section == "training":
            self._apply_live(set(change.keys))
            return
        built = self.run_state in BUILT and not self.book.stopped  # a model to go on with
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
            if self.run_state == FINISHED and not self.book.stopped and len(self.history) < training.epochs:
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
            self._data_unready = isinstance(exc, drawn_points.NotReady)  # a drawing to finish, not a bad file
        self.sigDatasetChanged.emit(self.dataset)

    def _load(self) -> None:
        """Starts a new run: the history empties at once; the worker is told a moment later, so
        one edit that changes several sections (a new problem type) builds one model, not three."""
        self._token += 1
        self.book.new_run()
        self.frames.history_changed()
        self.frames.drop()
        self._load_due = False
        if self.state.error is not None:
            where = run_messages.where(say(self.state.error))
            self._set_run_state(INVALID, self.tr("Cannot train: {0}").format(where))
            return
        if self._tf_error:
            self._set_run_state(FAILED, self._tf_error)
            return
        if self.dataset is None:
            self._regenerate_data()
        if self.data_error:
            why = self.tr("Cannot train yet: {0}") if self._data_unready else self.tr("Cannot read the data: {0}")
            self._set_run_state(INVALID, why.format(self.data_error))
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
        self.asks.post_probe()

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
            self._set_run_state(READY, run_messages.ready(info["params"], info.get("trainable", info["params"])))

    @Slot(object)
    def _on_stopped(self, payload) -> None:
        token, reason, holdout = payload
        if token != self._token:
            return
        self.book.ended(reason, holdout)
        training = self.state.experiment.training
        if reason == "finished" and len(self.history) < training.epochs:
            # The limit was raised while the last epochs were on their way.
            self._worker.post("set_epoch_limit", self._token, training.epochs)
            self._set_run_state(READY, run_messages.paused_message(len(self.history)))
            return
        standardised = self.dataset is not None and self.dataset.targets_standardised
        message = run_messages.stop_message(
            reason, self.history, self.events, holdout, standardised, training.learning_rate
        )
        run_state = {"nonfinite": FAILED, "early_stopped": FINISHED, "terminated": FINISHED, "finished": FINISHED}
        self._set_run_state(run_state.get(reason, READY), message)

    @Slot(object)
    def _on_error(self, payload) -> None:
        token, message = payload
        if token == 0:
            self._tf_error = message
        elif token != self._token:
            return
        if self.run_state in BUILT:
            # The model is still there (only a load failing leaves none): the run pauses with the
            # reason, the curves stay, and Play goes on once the cause is gone.
            if self.run_state == RUNNING:
                message = self.tr("Training paused: {0}").format(message)
            self._set_run_state(READY if self.run_state == RUNNING else self.run_state, message)
            return
        where = run_messages.where(message)
        if where != message:  # a layer Keras could not build (a Pretrained layer's weights missing)
            message = self.tr("Cannot train: {0}").format(where)
        self._set_run_state(FAILED, message)

    @Slot(object)
    def _on_fine_tuned(self, payload) -> None:
        token, trainable = payload
        if token != self._token:
            return
        self.message = run_messages.fine_tuned(
            trainable, len(self.history), self.state.experiment.training.learning_rate
        )
        if self.run_state == FINISHED:
            # Play on a finished run starts afresh; after fine-tuning it must go on from these weights.
            self._set_run_state(READY, self.message + self.tr(" Raise the epoch limit, then press Play."))
            return
        self.sigMessage.emit(self.message)

    def _set_run_state(self, run_state: str, message: str) -> None:
        self.run_state = run_state
        self.message = message
        self.sigRunStateChanged.emit(run_state)
        self.sigMessage.emit(message)


def untitled_folder() -> str:
    """Where an untitled experiment's relative files (a checkpoint) go: the application's data folder."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)


def _without_rate(optimizer: dict) -> dict:
    return {**optimizer, "config": {k: v for k, v in optimizer.get("config", {}).items() if k != "learning_rate"}}
