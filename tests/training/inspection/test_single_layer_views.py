"""Networks of one layer (logistic and linear regression, a softmax on a table) get their views:
Keras hands back a one-output model's tensor bare, not in a list, which the views must not mistake
for a list of layers."""

import numpy as np

from playground.core.data import datasets
from playground.core.experiment.config import default_experiment, dense
from playground.training.engine.session import Session


def _session(name: str, layers: list[dict], loss: str | None = None, metrics: list[str] | None = None) -> Session:
    exp = default_experiment()
    exp.data.name = name
    exp.model.layers = layers
    if loss:
        exp.training.loss, exp.training.metrics = loss, metrics
    session = Session(exp, resolution=20)
    session.train(2)
    return session


def test_logistic_regression_draws_its_one_neuron_over_the_plane():
    session = _session("circle", [dense(1, "sigmoid")])
    snap = session.snapshot()
    assert len(snap.neuron_grids) == 1 and snap.neuron_grids[0].shape == (1, 20, 20)
    assert [k.shape for k in snap.kernels] == [(2, 1)]
    grid = datasets.features(datasets.grid(20), session.experiment.data.features)
    expected = session.model.predict(grid, verbose=0).reshape(20, 20)
    np.testing.assert_allclose(snap.output_grid, expected, atol=1e-5)


def test_a_linear_output_on_one_unit_layers_draws_every_layer():
    session = _session("multigauss", [dense(1, "relu"), dense(1, "linear")], "mse", ["mae"])
    snap = session.snapshot()
    assert [g.shape for g in snap.neuron_grids] == [(1, 20, 20), (1, 20, 20)]
    assert np.isfinite(snap.output_grid).all()


def test_a_single_softmax_layer_on_a_table_has_its_inside_views():
    session = _session("iris", [dense(3, "softmax")], "sparse_categorical_crossentropy", ["accuracy"])
    views = session.snapshot().views
    ((name, kind, out),) = views["activations"]
    assert kind == "Dense" and out.shape == (3,)
    x = session.x_test[:1]
    probabilities = session.model(x, training=False).numpy()[0]
    np.testing.assert_allclose(views["probabilities"], probabilities, atol=1e-5)
    np.testing.assert_allclose(out, probabilities, atol=1e-5)
    predictions = session.model.predict(session.x_test, verbose=0).argmax(axis=1)
    assert np.array_equal(views["test_predictions"], predictions)
    assert views["confusion"].sum() == len(session.x_test)
