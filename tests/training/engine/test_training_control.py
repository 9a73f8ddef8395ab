"""Schedules and callbacks in the fast engine, held to Keras's own (`model.fit` with Keras's callbacks)."""

import numpy as np
import pytest

from playground.core.experiment.config import default_experiment
from playground.core.recipe import callback_replays, callback_specs, schedule_rates, schedules
from playground.training.engine.engine import Engine
from playground.training.engine.fit_engine import FitEngine
from playground.training.engine.session import Session
from playground.training.network.model_builder import build_model
from playground.training.recipe.schedules import keras_schedule
from playground.training.tf_setup import import_keras


def _noisy_circle(epochs=120):
    exp = default_experiment()
    exp.data.noise = 0.35
    exp.data.n_samples = 200
    exp.training.epochs = epochs
    exp.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": 0.1}}
    return exp


CALLBACKS = [
    {"class_name": "EarlyStopping", "config": {"monitor": "val_loss", "patience": 6, "restore_best_weights": True}},
    {"class_name": "ModelCheckpoint", "config": {"filepath": "best.keras", "monitor": "val_accuracy"}},
]


def _engines(exp, callbacks, schedule=None):
    """Both engines on the same model start, without shuffling, so their numbers can be compared."""
    session = Session(exp)
    train, test = (session.x_train, session.y_train), (session.x_test, session.y_test)
    spe = schedule_rates.steps_per_epoch(len(session.x_train), exp.training.batch_size)
    full = [
        {"class_name": c["class_name"], "config": callback_specs.get(callbacks, c["class_name"])} for c in callbacks
    ]
    out = []
    for cls in (Engine, FitEngine):
        model = build_model(exp, seed=5)
        lr_schedule = keras_schedule(schedule, exp.training.learning_rate, spe) if schedule else None
        configs = [dict(c, config={**c["config"]}) for c in full if c["class_name"] != "ModelCheckpoint"]
        out.append(
            cls(model, train, test, exp.training.batch_size, shuffle=False, schedule=lr_schedule, callbacks=configs)
        )
    return out


def test_early_stopping_in_the_compiled_loop_stops_and_restores_like_keras():
    exp = _noisy_circle()
    fast, fit = _engines(exp, CALLBACKS[:1])
    fast.warm_up()
    ours, theirs = fast.run(120), fit.run(120)
    assert fast.stopped_early and fit.stopped_early
    assert len(ours) == len(theirs) < 120  # stopped at the same epoch
    val = np.array([r["val_loss"] for r in ours])
    np.testing.assert_allclose(val, [r["val_loss"] for r in theirs], rtol=2e-3, atol=1e-4)
    assert len(ours) == callback_replays.early_stop_epoch(list(val), "min", 6)
    best = fast.callbacks.restore_best()
    fit.finish()
    assert best == callback_replays.best_epoch(list(val), "min")
    for a, b in zip(fast.model.get_weights(), fit.model.get_weights(), strict=True):
        np.testing.assert_allclose(a, b, rtol=2e-3, atol=2e-4)
    # The model is the best epoch's: evaluating it gives that epoch's validation loss.
    loss = fast.model.evaluate(*fast_test(fast), verbose=0, return_dict=True)["loss"]
    assert loss == pytest.approx(val[best - 1], rel=1e-4)


def fast_test(engine):
    return engine._vx, engine._vy


def test_reduce_lr_on_plateau_lowers_the_rate_at_the_same_epochs_as_keras():
    exp = _noisy_circle(80)
    plateau = [
        {
            "class_name": "ReduceLROnPlateau",
            "config": {"monitor": "val_loss", "patience": 3, "factor": 0.5, "min_delta": 1e-3, "cooldown": 2},
        }
    ]
    fast, fit = _engines(exp, plateau)
    fast.warm_up()
    ours, theirs = fast.run(80), fit.run(80)
    lr_ours = [r["learning_rate"] for r in ours]
    np.testing.assert_allclose(lr_ours, [r["learning_rate"] for r in theirs], rtol=1e-6)
    assert min(lr_ours) < 0.1 / 2  # it did lower the rate, more than once
    replay = callback_replays.plateau_rates([r["val_loss"] for r in ours], 0.1, 0.5, 3, 1e-3, 2, 0.0, "min")
    np.testing.assert_allclose(lr_ours[1:], replay[:-1], rtol=1e-6)  # a row holds the rate its epoch used
    assert [e["epoch"] for e in fast.events if e["kind"] == "lr_reduced"] == [
        e["epoch"] for e in fit.events if e["kind"] == "lr_reduced"
    ]


CASES = [(name, "spiral") for name in schedules.SCHEDULES]
CASES += [(name, "digits") for name in ("StepDecay", "ExponentialDecay", "CosineDecay")]  # a CNN compiles for longer


@pytest.mark.parametrize("name, data", CASES)
def test_each_schedule_live_rate_equals_its_preview_and_formula(name, data):
    exp = default_experiment()
    if data == "digits":
        from playground.core.teaching.templates import TEMPLATES

        exp = next(build() for title, build in TEMPLATES.values() if "digits" in title.lower())
    else:
        exp.data.name = "spiral"
    exp.training.epochs = 12
    schedule = schedules.default(name, lr0=exp.training.learning_rate)
    config = schedule["config"]
    for key in ("decay_steps", "first_decay_steps"):
        if key in config:
            config[key] = 30  # a visible change within a dozen epochs
    if name == "StepDecay":
        config["epochs_drop"] = 3
    if name == "PiecewiseConstantDecay":
        config["boundaries"] = [40, 80]
    if name == "CosineDecay":
        config.update(warmup_target=exp.training.learning_rate * 2, warmup_steps=20)
    exp.training.schedule = schedule
    session = Session(exp)
    session.warm_up()
    session.train(12)
    live = session.history.column("learning_rate")
    spe = session.steps_per_epoch
    planned = schedule_rates.epoch_rates(schedule, exp.training.learning_rate, spe, 12)
    np.testing.assert_allclose(live, planned, rtol=1e-5)
    x, preview = schedule_rates.preview(schedule, exp.training.learning_rate, spe, 12)
    at_epoch_ends = np.interp(np.arange(1, 13), x, preview)
    np.testing.assert_allclose(live, at_epoch_ends, rtol=1e-5)


def test_session_checkpoint_writes_the_best_epoch_and_restore_best_at_the_end(tmp_path):
    keras = import_keras()

    exp = _noisy_circle(60)
    exp.training.callbacks = CALLBACKS
    session = Session(exp, folder=tmp_path)
    session.warm_up()
    while session.epoch < 60 and not session.finished:
        session.train(16)
    if not session.finished:
        session.finish()
    path = tmp_path / "best.keras"
    assert path.exists()
    acc = session.history.column("val_accuracy")
    best = int(np.argmax(acc)) + 1
    assert session.checkpoint_epoch == best
    saved = keras.saving.load_model(path)
    found = saved.evaluate(session.x_test, session.y_test, verbose=0, return_dict=True)
    assert found["accuracy"] == pytest.approx(acc[best - 1], abs=1e-6)
    kinds = [e["kind"] for e in session.events]
    assert "restored" in kinds


def test_a_checkpoint_behind_a_link_out_of_the_run_folder_is_not_written(tmp_path):
    run, elsewhere = tmp_path / "run", tmp_path / "elsewhere"
    run.mkdir()
    elsewhere.mkdir()
    (run / "ckpt").symlink_to(elsewhere, target_is_directory=True)
    exp = _noisy_circle(20)
    exp.training.callbacks = [{"class_name": "ModelCheckpoint", "config": {"filepath": "ckpt/best.keras"}}]
    session = Session(exp, folder=run)
    session.warm_up()
    session.train(5)
    assert session.save_checkpoint() is None
    assert list(elsewhere.iterdir()) == []
    refused = [e for e in session.events if e["kind"] == "checkpoint_refused"]
    assert refused and "symbolic link" in str(refused[0]["text"])


def test_terminate_on_nan_ends_the_run():
    exp = default_experiment()
    exp.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": 100.0}}
    exp.training.loss = "mse"
    exp.model.layers[-1]["config"]["activation"] = "linear"
    exp.data.name = "plane"
    exp.training.callbacks = [{"class_name": "TerminateOnNaN", "config": {}}]
    from playground.core.experiment.config import output_layer

    exp.model.layers[-1] = output_layer("regression", "mse")
    session = Session(exp)
    session.warm_up()
    session.train(200)
    assert session.finished and session.events[-1]["kind"] == "nonfinite"


def test_live_optimizer_change_keeps_the_weights_and_is_marked():
    exp = _noisy_circle(40)
    session = Session(exp)
    session.warm_up()
    session.train(10)
    before = [w.numpy().copy() for w in session.model.weights]
    changed = exp.copy()
    changed.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.01}}
    session.set_training(changed)
    for a, w in zip(before, session.model.weights, strict=True):
        np.testing.assert_array_equal(a, w.numpy())
    session.train(5)
    assert session.epoch == 15 and session.history.rows[-1]["epoch"] == 15
    assert session.events[-1]["epoch"] == 10 and "SGD → Adam" in session.events[-1]["text"]
    assert session.history.rows[-1]["learning_rate"] == pytest.approx(0.01)


def test_range_test_suggests_a_sensible_rate_and_changes_nothing():
    exp = default_experiment()
    session = Session(exp)
    session.warm_up()
    session.train(5)
    weights = [w.numpy().copy() for w in session.model.weights]
    iterations = int(session.model.optimizer.iterations)
    result = session.range_test()
    for a, w in zip(weights, session.model.weights, strict=True):
        np.testing.assert_array_equal(a, w.numpy())
    assert int(session.model.optimizer.iterations) == iterations
    assert float(session.model.optimizer.learning_rate) == pytest.approx(exp.training.learning_rate)
    assert 0.01 <= result.suggestion <= 1.0  # SGD on this small tanh net trains well from 0.03 to 0.3
    assert result.rates[0] == pytest.approx(1e-5) and np.all(np.diff(result.rates) > 0)
    # The suggested rate trains: 100 epochs from fresh weights reach a low loss.
    fresh = exp.copy()
    fresh.training.optimizer["config"]["learning_rate"] = result.suggestion
    trained = Session(fresh)
    trained.warm_up()
    trained.train(100)
    assert trained.history.last["val_accuracy"] > 0.9
