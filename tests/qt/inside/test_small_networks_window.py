"""Every network the editor accepts trains in the window: no hidden layer (logistic and linear
regression), one-unit layers, a linear output for regression, a single softmax layer on a table —
with the output map, the network picture and the inside views live."""

import numpy as np
import pytest

from playground.core.experiment.checks import validate
from playground.core.experiment.config import default_experiment, dense
from playground.qt.training import training_controller as tc


def _experiment(name: str, layers: list[dict], loss: str | None = None, metrics: list[str] | None = None):
    exp = default_experiment()
    exp.data.name = name
    exp.model.layers = layers
    exp.training.epochs = 100_000
    if loss:
        exp.training.loss, exp.training.metrics = loss, metrics
    validate(exp)
    return exp


PLANE = {
    "logistic regression": (_experiment("circle", [dense(1, "sigmoid")]), [2, 1]),
    "one-unit hidden layer": (_experiment("xor", [dense(1, "tanh"), dense(1, "sigmoid")]), [2, 1, 1]),
    "linear regression": (_experiment("plane", [dense(1, "linear")], "mse", ["mae"]), [2, 1]),
    "regression through one relu unit": (
        _experiment("multigauss", [dense(1, "relu"), dense(1, "linear")], "mse", ["mae"]),
        [2, 1, 1],
    ),
}


def _train(qtbot, window, exp, epochs: int = 15) -> None:
    window.controller.set_speed(0)
    window.state.load(exp, "small network")
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)
    assert window.play_action.isEnabled(), window.controller.message
    window.play_action.trigger()
    qtbot.waitUntil(lambda: len(window.controller.history) >= epochs, timeout=60_000)
    window.controller.pause()


@pytest.mark.parametrize("key", list(PLANE))
def test_a_small_network_on_the_plane_trains_with_its_views_live(qtbot, window, key):
    exp, columns = PLANE[key]
    _train(qtbot, window, exp)
    assert window.controller.run_state != tc.FAILED, window.controller.message
    assert np.isfinite(window.controller.history.rows[-1]["loss"])
    image = window.boundary_view.image

    def output_drawn():
        grid = image.image
        return image.isVisible() and grid is not None and np.isfinite(grid).all() and np.ptp(grid) > 1e-4

    qtbot.waitUntil(output_drawn, timeout=60_000)
    view = window.network_view
    assert window.network_tabs.isTabEnabled(0)
    assert [len(column) for column in view.neuron_items] == columns
    output_neuron = view.neuron_items[-1][0]
    qtbot.waitUntil(lambda: not output_neuron.image.isNull(), timeout=60_000)
    assert output_neuron.image.size().width() == 50  # the probe's resolution, not a 1-pixel stand-in
    assert len(view.link_items) == len(columns) - 1 and all(len(rows[0]) == 1 for rows in view.link_items)


TABLES = {
    "softmax regression": (
        _experiment("iris", [dense(3, "softmax")], "sparse_categorical_crossentropy", ["accuracy"]),
        3,
    ),
    "logistic regression": (_experiment("breast_cancer", [dense(1, "sigmoid")]), 1),
    "linear regression": (_experiment("diabetes", [dense(1, "linear")], "mse", ["mae"]), 1),
}


@pytest.mark.parametrize("key", list(TABLES))
def test_a_single_layer_on_a_table_trains_with_its_inside_views(qtbot, window, key):
    exp, units = TABLES[key]
    _train(qtbot, window, exp)
    assert window.controller.run_state != tc.FAILED, window.controller.message
    inside = window.inside_view
    qtbot.waitUntil(lambda: bool(inside._views.get("activations")), timeout=60_000)
    ((name, kind, out),) = inside._views["activations"]  # one layer: not its rows taken for layers
    assert kind == "Dense" and np.shape(out) == (units,) and np.isfinite(out).all()
    assert inside.activations_tab.combo.count() == 1
    predictions = inside._views["test_predictions"]
    if exp.problem == "regression":
        assert predictions is None and inside._views["confusion"] is None
    else:
        assert len(predictions) == len(window.controller.dataset.test_y)
        assert inside._views["confusion"].sum() == len(predictions)
