"""File → Export → "Log to TensorBoard while training": the folder is asked for once and remembered,
the command to watch it is shown and copied, and the worker writes the run as it trains — read back
with TensorBoard's own reader, equal to the window's history rows, steps from 0."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from playground.qt.files.live_tensorboard import FOLDER_KEY, command
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS, tensorboard_events, tensorboard_scalars, wait_for

EPOCHS = 25


def _read(folder, tag):
    return tensorboard_scalars(tensorboard_events(folder), tag)


def _runs(root):
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def test_logging_while_training_writes_each_run_as_it_goes(qtbot, window, tmp_path, monkeypatch):
    root = tmp_path / "tb"
    root.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(1) or str(root))
    c = window.controller
    c.set_speed(0)
    window.state.update_training(epochs=EPOCHS)
    qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=60_000)
    live = window.exports.live_tensorboard
    assert live.action.isCheckable() and not live.action.isChecked()

    live.action.setChecked(True)
    assert asked == [1] and QSettings().value(FOLDER_KEY) == str(root)
    assert QGuiApplication.clipboard().text() == command(str(root))
    assert live.box is not None and live.box.isVisible() and command(str(root)) in live.box.informativeText()
    live.box.close()
    c.play()
    qtbot.waitUntil(lambda: c.run_state == tc.FINISHED, timeout=120_000)
    rows = c.history.rows
    assert len(rows) == EPOCHS
    wait_for(qtbot, lambda: len(_runs(root)) == 1, lambda: f"one run folder in {root}: {_runs(root)}", WAIT_MS)
    [run] = _runs(root)

    def logged() -> list:
        return _read(run / "validation", "epoch_loss")

    wait_for(qtbot, lambda: len(logged()) == EPOCHS, lambda: f"{EPOCHS} epochs logged, {len(logged())}", WAIT_MS)
    assert [s for s, _ in logged()] == list(range(EPOCHS))  # Keras's epochs: 0..N-1 for rows 1..N
    assert [v for _, v in logged()] == pytest.approx([r["val_loss"] for r in rows], rel=1e-6)
    assert [v for _, v in _read(run / "train", "epoch_accuracy")] == pytest.approx(
        [r["accuracy"] for r in rows], rel=1e-6
    )

    # Off: the next run is not logged; on again: the remembered folder, not asked again.
    live.action.setChecked(False)
    c.reset()
    qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=60_000)
    c.play()
    qtbot.waitUntil(lambda: c.run_state == tc.FINISHED, timeout=120_000)
    assert len(_runs(root)) == 1
    live.action.setChecked(True)
    assert asked == [1]
    live.box.close()
    wait_for(qtbot, lambda: len(_runs(root)) == 2, "a second run folder once logging is on again", WAIT_MS)


def test_histograms_every_n_epochs_is_remembered_and_used(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from playground.qt.files.live_tensorboard import EVERY_KEY

    root = tmp_path / "tb"
    root.mkdir()
    QSettings().setValue(FOLDER_KEY, str(root))  # remembered: not asked
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: pytest.fail("asked again"))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (3, True))
    live = window.exports.live_tensorboard
    live.choose_every()
    assert int(QSettings().value(EVERY_KEY)) == 3 == live.histogram_every
    c = window.controller
    c.set_speed(0)
    window.state.update_training(epochs=8)
    qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=60_000)
    live.action.setChecked(True)
    live.box.close()
    c.play()
    qtbot.waitUntil(lambda: c.run_state == tc.FINISHED, timeout=120_000)
    wait_for(qtbot, lambda: len(_runs(root)) == 1, "one run folder", WAIT_MS)
    [run] = _runs(root)
    wait_for(qtbot, lambda: len(_read(run / "validation", "epoch_loss")) == 8, "8 epochs logged", WAIT_MS)

    def steps() -> list[int]:
        from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

        events = EventAccumulator(str(run / "train"), size_guidance={"tensors": 0})
        events.Reload()
        tags = [t for t in events.Tags()["tensors"] if t.endswith("/histogram") or t.endswith("/gradient")]
        return sorted({tuple(e.step for e in events.Tensors(t)) for t in tags})

    assert steps() == [(0, 3, 6)]  # every weight and gradient at step % 3 == 0, as Keras's histogram_freq=3
