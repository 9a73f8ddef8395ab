"""What silencing units costs: the numbers reported are the model's own test loss and accuracy."""

import numpy as np
import pytest

from playground.core.data import datasets
from playground.core.experiment.config import default_experiment, dense, output_layer
from playground.training.engine.session import Session
from playground.training.inspection.ablation import Ablation
from playground.training.network import unit_masks


def _known_net():
    """Two Gaussian blobs; unit 0 of the hidden layer carries all of the answer, units 1 and 2
    reach the output with weight 0."""
    exp = default_experiment()
    exp.data.name = "gauss"
    exp.model.layers = [dense(3, "tanh"), output_layer("classification", exp.training.loss)]
    session = Session(exp)
    hidden, out = session.model.layers
    hidden.kernel.assign(np.array([[1.0, 0.5, -0.3], [1.0, -0.2, 0.8]], np.float32))
    hidden.bias.assign(np.zeros(3, np.float32))
    out.kernel.assign(np.array([[4.0], [0.0], [0.0]], np.float32))
    out.bias.assign(np.zeros(1, np.float32))
    return session


def test_the_unit_that_carries_the_answer_is_ranked_first():
    session = _known_net()
    before = [w.numpy().copy() for w in session.model.weights]
    unit_masks.silence(session.model, {"dense_1": [2]})
    ablation = Ablation(session.model, session.x_test, session.y_test)
    costs, seconds = ablation.rank()
    assert [(c.layer, c.unit) for c in costs][0] == ("dense_1", 0)
    assert costs[0].loss == pytest.approx(np.log(2), abs=1e-5)  # the output is sigmoid(0) for all
    assert costs[0].accuracy_change < -0.3
    for cost in costs[1:]:
        assert cost.loss_change == pytest.approx(0.0, abs=1e-6)
        assert cost.accuracy_change == pytest.approx(0.0, abs=1e-6)
    assert seconds >= 0
    assert unit_masks.silenced(session.model) == {"dense_1": [2]}  # the masks as they were
    for weight, old in zip(session.model.weights, before, strict=True):
        np.testing.assert_array_equal(weight.numpy(), old)


def test_the_loss_reported_is_the_models_own_with_and_without():
    exp = default_experiment()
    exp.model.layers = [dense(6, "tanh"), dense(4, "tanh"), output_layer("classification", exp.training.loss)]
    session = Session(exp)
    session.warm_up()
    session.train(30)
    model = session.model
    intact = model.evaluate(session.x_test, session.y_test, verbose=0, return_dict=True)
    assert session.history.rows[-1]["val_loss"] == pytest.approx(intact["loss"], rel=1e-5)
    ablation = Ablation(model, session.x_test, session.y_test, batch_size=64)  # 64 does not divide the test set
    found = ablation.effects({"dense_1": [0, 3], "dense_2": [1]})
    masked = model.evaluate(session.x_test, session.y_test, verbose=0, return_dict=True)
    assert found["silenced"] == {"dense_1": [0, 3], "dense_2": [1]}
    assert found["base_loss"] == pytest.approx(intact["loss"], rel=1e-5)
    assert found["base_accuracy"] == pytest.approx(intact["accuracy"], rel=1e-6)
    assert found["loss"] == pytest.approx(masked["loss"], rel=1e-5)
    assert found["accuracy"] == pytest.approx(masked["accuracy"], rel=1e-6)
    assert found["loss"] != pytest.approx(found["base_loss"], rel=1e-3)
    # each unit alone, as the ranking measures it
    costs = {(c.layer, c.unit): c for c in found["costs"]}
    ranked = {(c.layer, c.unit): c for c in ablation.rank()[0]}
    assert set(costs) == {("dense_1", 0), ("dense_1", 3), ("dense_2", 1)}
    for key, cost in costs.items():
        assert cost.loss_change == pytest.approx(ranked[key].loss_change, abs=1e-6)
    unit_masks.silence(model, {"dense_1": [3]})
    alone = model.evaluate(session.x_test, session.y_test, verbose=0, return_dict=True)["loss"]
    assert costs[("dense_1", 3)].loss == pytest.approx(alone, rel=1e-5)


def test_a_regression_has_no_accuracy():
    exp = default_experiment()
    exp.data.name = "plane"
    exp.training.loss = "mse"
    exp.training.metrics = ["mae"]
    exp.model.layers = [dense(3, "tanh"), output_layer("regression", "mse")]
    session = Session(exp)
    ablation = Ablation(session.model, session.x_test, session.y_test)
    loss, accuracy = ablation.evaluate()
    assert accuracy is None and np.isfinite(loss)
    costs, _ = ablation.rank()
    assert len(costs) == 3 and all(c.accuracy_change is None for c in costs)


def test_the_data_split_used_is_the_test_set():
    exp = default_experiment()
    session = Session(exp)
    data = datasets.generate(exp.data, exp.seed)
    assert Ablation(session.model, session.x_test, session.y_test).samples == len(data.test_x)
