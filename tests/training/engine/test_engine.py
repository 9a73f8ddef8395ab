import math

import numpy as np
import pytest

from playground.core.experiment.config import dense
from playground.training.engine.engine import MAX_CHUNK, Engine
from playground.training.engine.fit_engine import FitEngine
from playground.training.network.model_builder import build_model


def test_losses_match_model_fit(circle):
    """Same initial weights and batch order → the same per-epoch numbers as `model.fit`,
    including L2 losses and a last partial batch (250 samples, batch 16)."""
    exp, train, test = circle
    exp.training.batch_size = 16
    exp.model.layers[0] = dense(4, "tanh", l2=0.01)
    ours = Engine(build_model(exp, seed=3), train, test, 16, shuffle=False)
    ours.warm_up()
    theirs = FitEngine(build_model(exp, seed=3), train, test, 16, shuffle=False)
    a, b = ours.run(4), theirs.run(4)
    assert [r["epoch"] for r in a] == [1, 2, 3, 4]
    for ra, rb in zip(a, b, strict=False):
        for key in ("loss", "val_loss", "accuracy", "val_accuracy", "learning_rate"):
            assert ra[key] == pytest.approx(rb[key], rel=1e-4, abs=1e-6), key


def test_learns_circle_with_xla(circle):
    exp, train, test = circle
    engine = Engine(build_model(exp), train, test, 10)
    engine.warm_up()
    assert engine.jit  # the default model compiles with XLA
    rows = []
    while len(rows) < 300:
        rows += engine.run(100)
    assert rows[-1]["val_accuracy"] > 0.95
    assert rows[-1]["loss"] < rows[0]["loss"] / 3
    assert engine.epoch == 300


def test_learning_rate_changes_without_reset(circle):
    exp, train, test = circle
    engine = Engine(build_model(exp), train, test, 10)
    first = engine.run(2)
    weights = [w.copy() for w in engine.model.get_weights()]
    engine.set_learning_rate(0.5)
    second = engine.run(1)
    assert first[-1]["learning_rate"] == pytest.approx(0.03)
    assert second[0]["learning_rate"] == pytest.approx(0.5) and second[0]["epoch"] == 3
    assert any(not np.array_equal(a, b) for a, b in zip(weights, engine.model.get_weights(), strict=False))


def test_nonfinite_loss_stops_the_chunk(circle):
    exp, train, test = circle
    exp.training.loss = "mse"
    exp.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": 50.0}}
    exp.model.layers = [dense(8, "relu"), dense(8, "relu"), dense(1, "linear")]
    x, y = train
    engine = Engine(build_model(exp), (x * 100, y), test, 10)
    rows = engine.run(MAX_CHUNK)
    assert len(rows) < MAX_CHUNK
    assert not math.isfinite(rows[-1]["loss"])
    assert all(math.isfinite(r["loss"]) for r in rows[:-1])


def test_chunk_is_capped(circle):
    exp, train, test = circle
    engine = Engine(build_model(exp), train, test, 125)
    assert len(engine.run(MAX_CHUNK + 50)) == MAX_CHUNK


def test_balanced_class_weights_tip_an_imbalanced_set_in_both_engines():
    """90 % of one class: unweighted, a weak model can say "the big class" everywhere; balanced
    weights make the rare class count as much, and both engines weigh the loss the same way."""
    import numpy as np

    from playground.core.data.data_config import DataConfig
    from playground.core.data.datasets import Dataset
    from playground.core.experiment.config import default_experiment
    from playground.training.engine.session import Session

    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2)).astype(np.float32)
    y = (x[:, 0] > 1.25).astype(np.float32)[:, None]  # about 10 % positive
    data = Dataset("classification", x[:300], y[:300], x[300:], y[300:], plane=True)
    exp = default_experiment()
    exp.data = DataConfig(name="circle", samples=400, train_fraction=0.75)
    exp.training.epochs, exp.training.batch_size = 5, 300
    losses = {}
    for weight in ("none", "balanced"):
        exp.training.class_weight = weight
        for engine in ("fast", "fit"):
            session = Session(exp, engine=engine, weight_seed=1, dataset=data)
            session.warm_up()
            losses[weight, engine] = session.train(1)[0]["loss"]
        if weight == "balanced":
            n1 = float(y[:300].sum())
            assert session.class_weight == pytest.approx({0: 300 / (2 * (300 - n1)), 1: 300 / (2 * n1)})
    assert losses["none", "fast"] == pytest.approx(losses["none", "fit"], rel=1e-4)
    assert losses["balanced", "fast"] == pytest.approx(losses["balanced", "fit"], rel=1e-4)
    assert losses["balanced", "fast"] != pytest.approx(losses["none", "fast"], rel=1e-3)


def test_the_held_out_test_set_is_evaluated_apart_from_the_curves():

    from playground.core.data.data_config import DataConfig
    from playground.core.experiment.config import default_experiment
    from playground.training.engine.session import Session

    exp = default_experiment()
    exp.data = DataConfig(name="breast_cancer", samples=400, holdout=0.25)
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.01}}
    session = Session(exp)
    data = session.dataset
    assert (len(data.train_y), len(data.test_y), len(data.holdout_y)) == (150, 150, 100)
    session.warm_up()
    session.train(20)
    found = session.evaluate_holdout()
    predicted = (session.model.predict(data.holdout_x, verbose=0)[:, 0] > 0.5).astype(int)
    assert found["accuracy"] == pytest.approx((predicted == data.holdout_y[:, 0]).mean(), abs=1e-6)
    assert found["accuracy"] > 0.85
    exp.data.holdout = 0.0
    assert Session(exp).evaluate_holdout() is None
