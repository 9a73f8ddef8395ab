"""The epoch timeline in a Session: an earlier epoch's views, and going on from it exactly."""

import numpy as np
import pytest

from playground.core.experiment.config import default_experiment
from playground.training.engine.session import Session


def _experiment():
    exp = default_experiment()
    exp.data.noise = 0.2
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.01}}
    return exp


def test_going_back_and_on_reproduces_the_run_exactly():
    exp = _experiment()
    session = Session(exp, timeline=True)
    for _ in range(30):  # one epoch per call, as the worker does while the timeline is dense
        session.train(1)
    original = [dict(row) for row in session.history.rows]
    assert session.timeline.epochs == list(range(31))
    session.restore_epoch(12)
    assert session.epoch == 12
    assert session.events[-1]["kind"] == "rewound" and session.events[-1]["epoch"] == 12
    assert session.timeline.epochs == list(range(13))
    session.train(18)
    # Same weights, the same optimizer moments and step, the same shuffle order: the same numbers.
    for again, before in zip(session.history.rows[12:], original[12:], strict=True):
        assert again["epoch"] == before["epoch"]
        assert again["loss"] == pytest.approx(before["loss"], rel=1e-5)
        assert again["val_accuracy"] == pytest.approx(before["val_accuracy"], abs=1e-6)


def test_an_earlier_epochs_views_leave_the_model_as_it_is():
    exp = _experiment()
    session = Session(exp, timeline=True)
    session.train(1)
    early_grid = session.snapshot().output_grid.copy()
    for _ in range(40):
        session.train(1)
    now = [w.numpy() for w in session.model.weights]
    now_grid = session.snapshot().output_grid
    past = session.view_epoch(1)
    assert past.epoch == 1 and past.row["epoch"] == 1
    np.testing.assert_allclose(past.output_grid, early_grid, atol=1e-6)
    assert np.abs(past.output_grid - now_grid).max() > 0.05  # it is a different picture
    for weight, value in zip(session.model.weights, now, strict=True):
        np.testing.assert_array_equal(weight.numpy(), value)
    with pytest.raises(KeyError):
        session.view_epoch(500)


def test_going_back_after_an_optimizer_change_restarts_its_moments():
    exp = _experiment()
    session = Session(exp, timeline=True)
    for _ in range(5):
        session.train(1)
    changed = exp.copy()
    changed.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9}}
    session.set_training(changed)
    for _ in range(5):
        session.train(1)
    session.restore_epoch(3)
    assert int(session.model.optimizer.iterations.numpy()) == 3 * session.steps_per_epoch
    assert session.engine.learning_rate == pytest.approx(0.05)
    rows = session.train(2)
    assert [r["epoch"] for r in rows] == [4, 5] and np.isfinite(rows[-1]["loss"])


def test_without_a_timeline_nothing_is_kept():
    session = Session(_experiment())
    session.train(3)
    assert session.timeline is None
    with pytest.raises(KeyError):
        session.restore_epoch(0)
