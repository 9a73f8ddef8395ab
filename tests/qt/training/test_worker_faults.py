"""Faults inside the training worker, injected at each place it calls out: every one ends in a
message in the window, a window that still works (Play goes on once the fault is gone) and no
epoch lost from the curves."""

import errno
import math
import os
import zipfile

import pytest
from PySide6.QtWidgets import QMessageBox

from playground.core import atomic_files
from playground.core.teaching import doctor
from playground.qt.training import training_controller as tc
from playground.training.engine.session import Session
from playground.training.files import keras_io
from playground.training.inspection import filter_patterns
from playground.training.network import model_builder
from tests.helpers import WAIT_MS, wait_for, wait_for_state


class Fault:
    """`owner.name` raises `error` while `on`; the original answers again once it is off."""

    def __init__(self, monkeypatch, owner, name: str, error: BaseException):
        self.on, self.hits = True, 0
        real = getattr(owner, name)

        def faulty(*args, **kwargs):
            if self.on:
                self.hits += 1
                raise error
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, faulty)


def _session(window):
    return window.controller._worker._session


def _paused(qtbot, window):
    wait_for_state(qtbot, window, tc.READY)


def _train(qtbot, window, epochs: int = 3) -> None:
    """Plays until the curves hold `epochs` more epochs (the run keeps going)."""
    c = window.controller
    start = len(c.history)
    c.play()
    wait_for(qtbot, lambda: len(c.history) >= start + epochs, lambda: f"{len(c.history)} epochs: {c.message}")


def _nothing_lost(window) -> None:
    """Every epoch the model trained is on the curves, once."""
    c = window.controller
    assert len(c.history) == _session(window).epoch
    assert [row["epoch"] for row in c.history.rows] == list(range(1, len(c.history) + 1))


def _goes_on(qtbot, window) -> None:
    """Play trains on from where the run was, then pauses."""
    c = window.controller
    before = len(c.history)
    _train(qtbot, window)
    c.pause()
    _paused(qtbot, window)
    assert len(c.history) > before
    _nothing_lost(window)


@pytest.fixture
def ready(qtbot, window):
    window.controller.set_speed(0)
    _paused(qtbot, window)
    return window


@pytest.mark.parametrize(
    "owner, name",
    [
        (Session, "train"),
        (Session, "snapshot"),
        (Session, "save_checkpoint"),  # every two seconds while training
        (doctor, "diagnose"),  # the doctor's findings, with the checkpoint
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_fault_while_training_pauses_with_the_reason(qtbot, ready, monkeypatch, owner, name):
    c = ready.controller
    _train(qtbot, ready)
    fault = Fault(monkeypatch, owner, name, RuntimeError("injected fault"))
    wait_for(qtbot, lambda: c.run_state == tc.READY, lambda: f"still {c.run_state}: {c.message}")
    assert fault.hits >= 1
    assert c.message.startswith("Training paused: RuntimeError: injected fault"), c.message
    assert ready.status.text() == c.message
    _nothing_lost(ready)
    fault.on = False
    _goes_on(qtbot, ready)


def test_a_fault_while_stopping_still_stops_and_says_why(qtbot, ready, monkeypatch):
    c = ready.controller
    _train(qtbot, ready)
    Fault(monkeypatch, Session, "evaluate_holdout", RuntimeError("injected fault"))
    c.pause()
    wait_for(qtbot, lambda: "injected fault" in c.message, lambda: c.message)
    assert c.run_state == tc.READY
    _nothing_lost(ready)
    _goes_on(qtbot, ready)


def test_tensorflow_out_of_memory_says_make_the_model_or_batch_smaller(qtbot, ready, monkeypatch):
    from playground.training.tf_setup import import_tensorflow

    tf = import_tensorflow()
    c = ready.controller
    _train(qtbot, ready)
    oom = tf.errors.ResourceExhaustedError(None, None, "OOM when allocating tensor with shape[100000,100000]")
    fault = Fault(monkeypatch, Session, "train", oom)
    wait_for(qtbot, lambda: c.run_state == tc.READY, lambda: c.message)
    assert c.message == (
        "Training paused: TensorFlow ran out of memory: the model or the batch is too big for this computer. "
        "Make the model smaller (fewer layers or units) or the batch size smaller, then press Play."
    )
    _nothing_lost(ready)
    fault.on = False
    _goes_on(qtbot, ready)


def test_a_full_disk_under_the_checkpoint_pauses_and_keeps_the_last_one(qtbot, ready, tmp_path, monkeypatch):
    c = ready.controller
    c.folder = str(tmp_path)
    callbacks = [{"class_name": "ModelCheckpoint", "config": {"filepath": "best.keras", "monitor": "val_loss"}}]
    ready.state.update_training(callbacks=callbacks)
    c.reset()  # the run's folder is the one its model was built for
    _paused(qtbot, ready)
    _train(qtbot, ready)
    wait_for(qtbot, lambda: (tmp_path / "best.keras").is_file(), "a first checkpoint")
    real_sync = atomic_files._sync
    monkeypatch.setattr(atomic_files, "_sync", _no_space)
    wait_for(qtbot, lambda: c.run_state == tc.READY, lambda: c.message)
    target = tmp_path / "best.keras"
    assert c.message == f"Training paused: The disk is full: could not write {target}. Free some space and save again."
    assert os.listdir(tmp_path) == ["best.keras"]  # the last checkpoint, whole; no temporary file
    assert zipfile.is_zipfile(target)
    kept = target.read_bytes()
    _nothing_lost(ready)
    monkeypatch.setattr(atomic_files, "_sync", real_sync)
    _goes_on(qtbot, ready)
    assert target.read_bytes() != kept  # the better model the full disk refused is written now


def _no_space(path):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_nonfinite_loss_stops_the_run_with_a_message(qtbot, ready, monkeypatch):
    c = ready.controller
    _train(qtbot, ready)
    real = Session.train

    def nan_train(self, epochs):
        rows = real(self, epochs)
        rows[-1]["loss"] = math.nan  # as a learning rate of 1e6 does
        return rows

    monkeypatch.setattr(Session, "train", nan_train)
    wait_for_state(qtbot, ready, tc.FAILED)
    assert c.message.startswith("Training paused: the loss became NaN (not a number) at epoch"), c.message
    _nothing_lost(ready)
    assert math.isnan(c.history.rows[-1]["loss"])
    monkeypatch.setattr(Session, "train", real)
    c.reset()  # Play is off on a NaN loss: a new start is the way on
    _paused(qtbot, ready)
    _goes_on(qtbot, ready)


def test_a_fault_in_building_the_model_says_so_and_reset_recovers(qtbot, ready, monkeypatch):
    c = ready.controller
    fault = Fault(monkeypatch, Session, "warm_up", RuntimeError("injected fault"))
    c.reset()
    wait_for_state(qtbot, ready, tc.FAILED)
    assert "injected fault" in c.message
    fault.on = False
    c.reset()
    _paused(qtbot, ready)
    _goes_on(qtbot, ready)


def test_faults_in_what_the_window_asks_are_said_and_the_run_goes_on(qtbot, ready, tmp_path, monkeypatch):
    c = ready.controller
    _train(qtbot, ready, 30)
    c.pause()
    _paused(qtbot, ready)
    wait_for(qtbot, lambda: len(c.book.timeline) >= 2, lambda: f"timeline {c.book.timeline}")

    def said(action, owner, name):
        fault = Fault(monkeypatch, owner, name, RuntimeError(f"injected into {name}"))
        action()
        wait_for(qtbot, lambda: f"injected into {name}" in ready.status.text(), ready.status.text)
        assert c.run_state == tc.READY, (name, c.message)
        fault.on = False

    epoch = c.book.timeline[0]
    said(lambda: c.view_epoch(epoch), Session, "view_epoch")
    c.view_epoch(epoch)  # the timeline was not left waiting for the failed answer
    wait_for(qtbot, lambda: c.viewing == epoch, lambda: f"viewing {c.viewing}")
    c.view_epoch(None)
    said(lambda: c.request_patterns("dense"), filter_patterns, "patterns")
    said(c.request_summary, model_builder, "summary_text")
    said(c.request_range_test, Session, "range_test")
    said(lambda: c.set_probe(1, 0), Session, "snapshot")
    said(lambda: ready.state.set_learning_rate(0.01), Session, "set_learning_rate")
    saved, warned = [], []
    c.sigKerasSaved.connect(lambda path, error: saved.append(error))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: warned.append(text))
    Fault(monkeypatch, keras_io, "save_keras", RuntimeError("injected into save_keras"))
    assert c.save_keras(str(tmp_path / "model.keras"))
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT_MS)
    assert "injected into save_keras" in saved[0] and warned == saved
    _nothing_lost(ready)
    _goes_on(qtbot, ready)


def test_a_fault_going_back_in_the_timeline_keeps_the_run(qtbot, ready, monkeypatch):
    c = ready.controller
    _train(qtbot, ready, 30)
    c.pause()
    _paused(qtbot, ready)
    wait_for(qtbot, lambda: len(c.book.timeline) >= 2, lambda: f"timeline {c.book.timeline}")
    trained, epoch = len(c.history), c.book.timeline[0]
    fault = Fault(monkeypatch, Session, "restore_epoch", RuntimeError("injected fault"))
    c.go_on_from(epoch)
    wait_for(qtbot, lambda: "injected fault" in c.message, lambda: c.message)
    assert c.run_state == tc.READY
    assert len(c.runs.runs[-1].rows) == trained  # the run as it was is kept under Runs
    fault.on = False
    c.go_on_from(epoch)
    wait_for(qtbot, lambda: _session(ready).epoch == epoch, "went back")
    _goes_on(qtbot, ready)
