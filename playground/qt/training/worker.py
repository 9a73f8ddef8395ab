"""The training worker: one QObject on its own QThread.

Commands arrive through a thread-safe queue (the worker's event loop is busy running `run`), so
Pause or Stop is seen between two compiled calls — each sized to last ~30 ms. Results leave only
through signals; Qt queues them to receivers that live in the GUI thread. TensorFlow is imported
here, on the worker thread, so the window is on screen before it loads.
"""

from __future__ import annotations

import logging
import math
import queue
import sys
import time
import traceback

from PySide6.QtCore import QObject, Signal, Slot

from playground.core.i18n import Message
from playground.qt.i18n import say, translate
from playground.qt.training.ablation_commands import AblationCommands
from playground.qt.training.drawing_commands import DrawingCommands
from playground.qt.training.tensorboard_commands import TensorBoardCommands
from playground.qt.training.weight_commands import WeightEditCommands

log = logging.getLogger(__name__)

CALL_SECONDS = 0.03  # target length of one compiled call: short enough to stop within 200 ms
EMIT_SECONDS = 1 / 30  # views never need more than ~30 updates a second
CHECKPOINT_SECONDS = 2.0  # a better model is written at most this often while training, and on every stop


class QtTrainingWorker(WeightEditCommands, AblationCommands, DrawingCommands, TensorBoardCommands, QObject):
    sigDataReady = Signal()  # scikit-learn (the data's splits) is imported: the data can be made at once
    sigTensorFlowReady = Signal(object)  # {"tensorflow": version, "keras": version, "devices": [names]}
    sigLoaded = Signal(object)  # {"params": int, "trainable": int, "compile_seconds": float, "jit": bool, "token": int}
    sigProgress = Signal(object)  # (token, [history rows], Snapshot or None, [new events])
    # (token, reason, held-out scores or None) with reason "paused", "finished", "nonfinite" (paused
    # on a NaN loss), "early_stopped" (EarlyStopping ended the run), "terminated" (TerminateOnNaN did)
    sigStopped = Signal(object)
    sigError = Signal(object)  # (token, message)
    sigSummary = Signal(object)  # (token, model.summary() text)
    sigKerasSaved = Signal(object)  # (token, path, error message or "")
    sigPatterns = Signal(object)  # (token, layer name, images (n, h, w, c) or error message, epoch)
    sigRangeTest = Signal(object)  # (token, lr_finder.RangeTest or error message)
    sigSweep = Signal(object)  # (sweep token, index, label, epoch, Finished or None, done: bool)
    sigHealth = Signal(object)  # (token, [doctor.Finding]): the training doctor's view of the run
    sigFineTuned = Signal(object)  # (token, trainable parameters) once a fine_tune change applies
    sigTimeline = Signal(object)  # (token, [epochs with a weight snapshot]) when that list changes
    # (token, epoch, Snapshot of that earlier epoch, or an error message) for the epoch timeline
    sigPastSnapshot = Signal(object)
    sigAutosaved = Signal(object)  # (token, epoch, path, error message or "") once the autosave's weights are written
    sigHandsOn = Signal(object)  # (token, kind, data): answers to the commands of the hands-on mixins

    def __init__(self) -> None:
        super().__init__()
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._session = None
        self._token = 0
        self._running = False
        self._step_epochs = 0
        self._epoch_limit = 0
        self._pending: list[dict] = []
        self._last_emit = 0.0
        self._seconds_per_epoch = 0.0
        self._speed = 0.0  # epochs per second; 0 means as fast as the engine goes
        self._views_budget = None
        self._events_sent = 0
        self._last_checkpoint = 0.0
        self._sweep = None  # a SweepRunner while a sweep trains (the main run waits, paused)
        self._sweep_token = 0
        self._timeline_sent: list[int] = []

    # -- called from the GUI thread -------------------------------------------------------------

    def post(self, command: str, *args) -> None:
        self._commands.put((command, args))

    # -- worker thread --------------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        # The worker runs Python between compiled calls; with the default 5 ms switch interval
        # the GUI thread could wait that long for the GIL at every frame.
        sys.setswitchinterval(0.001)
        # scikit-learn (with SciPy) first: a second of imports the window's first data waits for,
        # here rather than in the GUI thread, which would freeze.
        import sklearn.model_selection  # noqa: F401

        self.sigDataReady.emit()
        try:
            from playground.training.tf_setup import import_tensorflow

            tf = import_tensorflow()
            import keras

            devices = [f"{d.device_type} ({d.name})" for d in tf.config.list_physical_devices()]
            self.sigTensorFlowReady.emit({"tensorflow": tf.__version__, "keras": keras.__version__, "devices": devices})
        except Exception as exc:  # without TensorFlow nothing can train; say so and stay alive
            log.error("TensorFlow could not be loaded", exc_info=exc)
            self.sigError.emit((0, self.tr("TensorFlow could not be loaded: {0}").format(exc)))
        try:
            wait = 0.0
            while self._handle_commands(wait):
                wait = 0.0
                if self._sweep is not None:
                    self._sweep_chunk()
                elif self._running:
                    try:
                        wait = self._train_chunk()
                    except Exception as exc:  # say so, stay alive for the next command
                        self._fail(exc)
        finally:
            self._close_tensorboard()
            self._session = None
            self.thread().quit()

    def _handle_commands(self, wait: float = 0.0) -> bool:
        """Runs every queued command: waits for one when idle, or up to `wait` seconds when the
        speed limit asks for a pause (a command ends the wait at once). Of several queued loads
        only the newest is built: a student dragging a slider should not wait for ten compiles."""
        batch = []
        try:
            if not self._running and self._sweep is None:
                batch.append(self._commands.get())
            elif wait > 0:
                batch.append(self._commands.get(timeout=wait))
            while True:
                batch.append(self._commands.get_nowait())
        except queue.Empty:
            pass
        if any(command == "quit" for command, _ in batch):
            return False  # do not build a queued model only to throw it away
        loads = [i for i, (command, _) in enumerate(batch) if command == "load"]
        for i, (command, args) in enumerate(batch):
            if command == "load" and i != loads[-1]:
                continue
            try:
                getattr(self, f"_do_{command}")(*args)
            except Exception as exc:
                self._fail(exc)
        return True

    def _fail(self, exc: Exception) -> None:
        """Something raised: the run pauses, the epochs trained so far still reach the window (the
        snapshot may be what failed, so none goes with them), and the window hears why."""
        self._running = False
        self._step_epochs = 0
        rows, self._pending = self._pending, []
        events = self._session.events[self._events_sent :] if self._session is not None else []
        self._events_sent += len(events)
        if rows or events:
            self.sigProgress.emit((self._token, rows, None, events))
        self.sigError.emit((self._token, _describe(exc)))

    def _do_load(self, token, experiment, dataset, weight_seed, folder=".") -> None:
        from playground.training.engine.session import Session

        self._token = token
        self._running = False
        self._pending = []
        self._session = None
        session = Session(experiment, weight_seed=weight_seed, dataset=dataset, timeline=True, folder=folder or ".")
        compile_seconds = session.warm_up()
        self._session = session
        self._epoch_limit = experiment.training.epochs
        self._seconds_per_epoch = 0.0
        from playground.training.inspection.views import Budget

        self._views_budget = Budget()
        self._events_sent = 0
        self._timeline_sent = []
        self._open_tensorboard()  # its own subfolder, when logging to TensorBoard
        self.sigLoaded.emit(
            {
                "token": token,
                "params": int(session.model.count_params()),
                "trainable": _trainable(session.model),
                "compile_seconds": compile_seconds,
                "jit": session.engine.jit,
            }
        )
        self.sigProgress.emit((token, [], session.snapshot(), []))

    def _do_play(self, token) -> None:
        if not self._ready(token):
            return
        if self._session.epoch >= self._epoch_limit:
            self._stop("finished")  # the controller must hear back, or it waits forever
            return
        self._running = True
        self._step_epochs = 0

    def _do_step(self, token) -> None:
        if self._ready(token):
            self._running = True
            self._step_epochs = 1

    def _do_pause(self, token) -> None:
        if self._ready(token):
            self._stop("paused")

    def _do_set_learning_rate(self, token, lr) -> None:
        if self._ready(token):
            self._session.set_learning_rate(lr)

    def _do_set_training(self, token, experiment) -> None:
        """The optimizer, its settings, the schedule or the callbacks changed: the model goes on
        from its weights and epoch (the change is marked on the curves)."""
        if not self._ready(token):
            return
        self._session.set_training(experiment)
        self._session.warm_up()
        self._seconds_per_epoch = 0.0
        if not self._running:
            self._emit(views=False)

    def _do_fine_tune(self, token, experiment) -> None:
        """Pretrained layers' fine_tune changed: the session's model goes on from its weights with
        the new trainable layers, compiled again at the experiment's learning rate."""
        if not self._ready(token):
            return
        from playground.core.network.layer_graph import fine_tune_settings

        session = self._session
        session.fine_tune(fine_tune_settings(experiment.model.layers), experiment.training.learning_rate)
        session.warm_up()
        self._seconds_per_epoch = 0.0  # the next call sizes itself again: epochs cost more now
        self.sigFineTuned.emit((token, _trainable(session.model)))

    def _do_sweep(self, sweep_token, items) -> None:
        """Trains `items` (SweepItem) one after another; the main run pauses meanwhile."""
        from playground.training.engine.sweep_runner import SweepRunner

        if self._running:
            self._stop("paused")
        self._sweep, self._sweep_token = SweepRunner(items), sweep_token

    def _do_cancel_sweep(self) -> None:
        if self._sweep is not None:
            self._sweep = None
            self.sigSweep.emit((self._sweep_token, -1, "", 0, None, True))

    def _sweep_chunk(self) -> None:
        sweep = self._sweep
        try:
            index, rows, finished = sweep.step(0.1)
        except Exception as exc:  # a version that cannot train ends the sweep, with the reason
            self._sweep = None
            self.sigError.emit((self._token, f"{sweep.items[sweep.index].label}: {_describe(exc)}"))
            self.sigSweep.emit((self._sweep_token, -1, "", 0, None, True))
            return
        label = sweep.items[index].label
        epoch = int(rows[-1]["epoch"]) if rows else 0
        self.sigSweep.emit((self._sweep_token, index, label, epoch, finished, False))
        if sweep.done:
            self._sweep = None
            self.sigSweep.emit((self._sweep_token, index, label, epoch, None, True))

    def _do_range_test(self, token) -> None:
        """The learning-rate range test, between two chunks: it puts the weights back, so a run
        goes on as if it had not happened."""
        if not self._ready(token):
            return
        try:
            result = self._session.range_test()
        except ValueError as exc:
            result = say(exc)
        except Exception as exc:  # answered all the same: the window waits for the answer
            result = _describe(exc)
        self.sigRangeTest.emit((token, result))

    def _do_view_epoch(self, token, epoch) -> None:
        """The views as they were at an earlier epoch kept in the timeline."""
        if not self._ready(token):
            return
        try:
            result = self._session.view_epoch(int(epoch))
        except KeyError as exc:
            result = str(exc.args[0])
        except Exception as exc:  # answered all the same: the timeline waits for the answer
            result = _describe(exc)
        self.sigPastSnapshot.emit((token, int(epoch), result))

    def _do_refresh(self, token) -> None:
        """Sends the views of the model as it is now (after looking at an earlier epoch)."""
        if self._ready(token) and not self._running:
            self._emit()

    def _do_restore_epoch(self, token, epoch, new_token) -> None:
        """Goes back to a kept earlier epoch, to train on from there (paused), under `new_token`:
        what was sent before belongs to the run as it was."""
        if not self._ready(token):
            return
        self._running, self._step_epochs, self._pending = False, 0, []
        self._token = new_token
        self._session.restore_epoch(int(epoch))
        self._events_sent = len(self._session.events) - 1  # the "went back" mark goes out
        self._emit()

    def _do_summary(self, token) -> None:
        if self._ready(token):
            from playground.training.network.model_builder import summary_text

            self.sigSummary.emit((token, summary_text(self._session.model)))

    def _do_save_keras(self, token, path, what="model") -> None:
        """Writes the model ("model": .keras or .h5), its weights ("weights") or the run's
        TensorBoard logs ("tensorboard", into the folder `path`)."""
        if not self._ready(token):
            return
        from playground.training.files.keras_io import save_keras

        session = self._session
        try:
            if what == "weights":
                from playground.core import atomic_files

                # Keras wants the name to end in .weights.h5: the temporary one does too
                suffix = ".weights.h5" if str(path).endswith(".weights.h5") else None
                with atomic_files.replacing(path, suffix) as temporary:
                    session.model.save_weights(str(temporary))
            elif what == "tensorboard":
                from playground.training.files.tensorboard import write_run

                write_run(path, session.history.rows, session.events, session.model, session.experiment)
            else:
                save_keras(session.experiment, path, session.model)
            self.sigKerasSaved.emit((token, path, ""))
        except (OSError, ValueError) as exc:  # a full disk, a read-only folder: said, the run goes on
            self.sigKerasSaved.emit((token, path, say(exc)))
        except Exception as exc:  # a bug: said where the export's answer is awaited
            self.sigKerasSaved.emit((token, path, _describe(exc)))

    def _do_autosave(self, token, path) -> None:
        """Writes the model's weights and optimizer state at this epoch for the window's autosave
        (a crash brings them back). The rows trained so far go out first: when the answer comes,
        the window holds every row up to this epoch."""
        if not self._ready(token):
            self.sigAutosaved.emit((token, -1, path, ""))
            return
        from playground.core.files.autosave import write_weights

        if self._pending:
            self._emit(views=False)
        session = self._session
        try:
            write_weights(path, session.epoch, session.state_arrays())
            self.sigAutosaved.emit((token, session.epoch, path, ""))
        except OSError as exc:  # a full disk: the autosave says so and tries again later
            self.sigAutosaved.emit((token, session.epoch, path, say(exc)))

    def _do_resume(self, token, rows, events, arrays) -> None:
        """A run a crash interrupted goes on: its rows and marks, and its weights and optimizer
        state as autosaved after the last row; all go out as if just trained."""
        if not self._ready(token):
            return
        session = self._session
        session.resume(rows, arrays)
        session.events = [*events, *session.events]
        self._pending, self._events_sent = list(rows), 0
        self._log_tensorboard(list(rows))
        self._emit()

    def _do_set_probe(self, token, index, cam_class) -> None:
        """The sample (test-set index) and the class the "Inside the network" views look at."""
        if self._ready(token):
            self._session.probe_index, self._session.cam_class = int(index), int(cam_class)
            if not self._running:
                self._emit()

    def _do_patterns(self, token, layer_name) -> None:
        """What excites each filter of a Conv2D layer, by gradient ascent on the input — between
        two chunks of epochs, so it sees the weights as they are now."""
        if not self._ready(token):
            return
        from playground.training.inspection.filter_patterns import patterns

        try:
            images = patterns(self._session.model, layer_name)
        except ValueError as exc:
            images = say(exc)
        except Exception as exc:  # answered all the same: the filters tab waits for the answer
            images = _describe(exc)
        self.sigPatterns.emit((token, layer_name, images, self._session.epoch))

    def _do_set_speed(self, epochs_per_second) -> None:
        self._speed = float(epochs_per_second)

    def _do_set_epoch_limit(self, token, epochs) -> None:
        if self._ready(token):
            self._epoch_limit = epochs

    def _ready(self, token) -> bool:
        return self._session is not None and token == self._token

    def _train_chunk(self) -> float:
        """Trains one compiled call's worth of epochs; returns how long to wait before the next
        call so that the speed limit holds."""
        session = self._session
        remaining = self._epoch_limit - session.epoch
        if self._step_epochs:
            remaining = min(remaining, self._step_epochs)
        if remaining <= 0:
            self._stop("finished")
            return 0.0
        # Start with one epoch so the first one is on screen at once, then size calls to ~30 ms
        # or, under a speed limit, to one screen frame's worth of epochs.
        n = 1 if not self._seconds_per_epoch else int(CALL_SECONDS / self._seconds_per_epoch)
        if self._speed:
            n = min(n, max(1, round(self._speed * EMIT_SECONDS)))
        n = max(1, min(n, remaining))
        timeline = session.timeline
        if timeline is not None:  # a call ends where the timeline wants a snapshot
            n = min(n, timeline.next_due(session.epoch) - session.epoch)
        n = self._tensorboard_chunk(n)  # and where TensorBoard's histograms are due
        t0 = time.perf_counter()
        rows = session.train(n)
        elapsed = time.perf_counter() - t0
        self._log_tensorboard(rows)
        per_epoch = elapsed / max(1, len(rows))
        old = self._seconds_per_epoch
        self._seconds_per_epoch = per_epoch if not old else 0.7 * old + 0.3 * per_epoch
        self._pending.extend(rows)
        if session.stopped_early:
            self._stop("early_stopped")
        elif session.finished:
            self._stop("terminated")
        elif rows and not math.isfinite(rows[-1].get("loss", math.nan)):
            self._stop("nonfinite")
        elif session.epoch >= self._epoch_limit:
            session.finish()
            self._stop("finished")
        elif self._step_epochs:
            self._stop("paused")
        elif time.perf_counter() - self._last_emit >= EMIT_SECONDS:
            self._emit(views=self._views_budget.due(time.perf_counter()))
        if time.perf_counter() - self._last_checkpoint > CHECKPOINT_SECONDS:
            self._last_checkpoint = time.perf_counter()
            session.save_checkpoint()
            self._send_health()
        return max(0.0, len(rows) / self._speed - elapsed) if self._speed else 0.0

    def _stop(self, reason: str) -> None:
        self._running = False
        self._step_epochs = 0
        problem = None  # a checkpoint on a full disk, say: the run still stops as asked, then says why
        if self._session is not None:
            try:
                self._session.save_checkpoint()
                self._send_health()
            except Exception as exc:
                problem = exc
        self._emit()
        holdout = None
        if self._session is not None and reason != "nonfinite":
            try:
                holdout = self._session.evaluate_holdout()
            except Exception as exc:
                problem = problem or exc
        self.sigStopped.emit((self._token, reason, holdout))
        if problem is not None:
            self.sigError.emit((self._token, _describe(problem)))

    def _send_health(self) -> None:
        """The doctor's findings from the curves and each layer's activations, dead units and
        gradients — worked out here, not on the GUI thread (a 15,000-epoch run takes the doctor
        ~10 ms)."""
        from playground.core.teaching import doctor
        from playground.training.inspection.health import layer_health

        session = self._session
        try:
            layers = layer_health(session.model, session.x_test, session.y_test)
        except Exception:  # the doctor then judges by the curves alone
            layers = None
        exp = session.experiment
        findings = []
        if session.history:
            findings = doctor.diagnose(
                session.history.rows,
                exp.problem,
                max(2, len(exp.classes)),
                exp.training.learning_rate,
                layers,
                exp.training.optimizer.get("class_name", ""),
            )
        self.sigHealth.emit((self._token, findings))

    def _emit(self, views: bool = True) -> None:
        """Sends the new rows and a snapshot; `views`: with the "Inside the network" arrays (on
        every pause and stop; while training, when their time budget allows)."""
        self._last_emit = time.perf_counter()
        snapshot, events = None, []
        if self._session:
            start = time.perf_counter()
            snapshot = self._session.snapshot(views=views)  # first: if it raises, the rows stay pending
            if views and snapshot.views is not None:
                self._views_budget.spent(start, time.perf_counter())
            events = self._session.events[self._events_sent :]
            self._events_sent = len(self._session.events)
        rows, self._pending = self._pending, []
        self.sigProgress.emit((self._token, rows, snapshot, events))
        timeline = self._session.timeline if self._session else None
        if timeline is not None and timeline.epochs != self._timeline_sent:
            self._timeline_sent = timeline.epochs
            self.sigTimeline.emit((self._token, self._timeline_sent))


def _trainable(model) -> int:
    """How many of the model's parameters train."""
    return sum(math.prod(w.shape) for w in model.trainable_weights)


def _describe(exc: Exception) -> str:
    """An error for the status bar: a message written for the user (a core Message) as it is, in the
    window's language; anything else with its type and where it happened, since it is a bug."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        log.info("refused: %s", exc)
        return say(exc)
    log.error("%s", type(exc).__name__, exc_info=exc)  # the traceback, for a bug report
    if isinstance(exc, MemoryError) or type(exc).__name__ == "ResourceExhaustedError":  # TensorFlow's OOM
        return translate(
            "QtTrainingWorker",
            "TensorFlow ran out of memory: the model or the batch is too big for this computer. "
            "Make the model smaller (fewer layers or units) or the batch size smaller, then press Play.",
        )
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" (in {last[0].name})" if last else ""
    return f"{type(exc).__name__}: {exc}{where}"
