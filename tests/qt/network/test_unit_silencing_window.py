"""Silencing units as a user does it: a right-click or the "Silence units" switch on the network
picture, the neuron crossed out with its cost beside it, the model's unit at exactly zero, undo,
save and reopen, exports without the mask, the ranking, a whole layer silenced, and channels in
the activation maps of an image model."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from playground.core.files.export_script import script
from playground.qt.training import training_controller as tc
from playground.training.network import unit_masks
from playground.training.tf_setup import import_keras
from tests.helpers import wait_for, wait_for_state, wait_for_views


def _ready(qtbot, window):
    window.network_tabs.setCurrentWidget(window.network_view)
    wait_for_state(qtbot, window, tc.READY)
    wait_for_views(qtbot, window)
    wait_for(qtbot, lambda: window.network_view._snapshot is not None, "the neurons drawn")
    wait_for(qtbot, lambda: window.controller.silencing.units, "the units that can be silenced")


def _train(qtbot, window, epochs=60):
    c = window.controller
    c.state.update_training(epochs=epochs)
    c.play()
    wait_for(qtbot, lambda: len(c.history) >= epochs and c.run_state != tc.RUNNING, lambda: c.message)
    wait_for_views(qtbot, window)


def _neuron_point(view, col, k) -> QPoint:
    item = view.neuron_items[col][k]
    return view.view.mapFromScene(item.sceneBoundingRect().center())


def _session(window):
    return window.controller.worker._session


def _answered(qtbot, window, silenced):
    s = window.controller.silencing
    wait_for(
        qtbot,
        lambda: s.effects is not None and s.effects["silenced"] == silenced and s.effects["loss"] is not None,
        lambda: f"the costs of {silenced}; have {s.effects and s.effects['silenced']}",
    )
    wait_for_views(qtbot, window)
    return s.effects


def _image(item) -> np.ndarray:
    image = item.image
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).reshape(image.height(), image.width(), 4)


def test_silence_a_neuron_with_the_switch_then_undo(qtbot, window):
    c, view = window.controller, window.network_view
    s = c.silencing
    _ready(qtbot, window)
    _train(qtbot, window)
    weights = [w.numpy().copy() for w in _session(window).model.weights]
    helper = s.views[0]
    helper.switch.setChecked(True)
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=_neuron_point(view, 1, 2))
    assert c.state.experiment.silenced == {"dense_1": [2]}
    assert view.editing.popup.isHidden()  # the click silenced; it did not open the bias editor
    effects = _answered(qtbot, window, {"dense_1": [2]})
    # The model's unit outputs exactly zero; its weights are as trained.
    session = _session(window)
    keras = import_keras()
    first = keras.Model(session.model.inputs[0], session.model.layers[0].output)(session.x_test).numpy()
    assert np.all(first[:, 2] == 0.0) and np.count_nonzero(first[:, 1])
    for weight, old in zip(session.model.weights, weights, strict=True):
        np.testing.assert_array_equal(weight.numpy(), old)
    # The test loss and accuracy reported are the model's own, with the unit silenced and without.
    masked = session.model.evaluate(session.x_test, session.y_test, verbose=0, return_dict=True)
    assert effects["loss"] == pytest.approx(masked["loss"], rel=1e-5)
    assert effects["base_loss"] == pytest.approx(c.history.rows[-1]["val_loss"], rel=1e-5)
    # Drawn crossed out, with its cost beside it; the neuron's heatmap is flat (zero everywhere).
    assert helper.crossed() == [(1, 2)]
    notes = [m for m in helper.marks if hasattr(m, "text")]
    assert len(notes) == 1 and f"{effects['loss'] - effects['base_loss']:+.3f}" in notes[0].text
    assert "→" in helper.status.text()
    wait_for(qtbot, lambda: np.ptp(view._snapshot.neuron_grids[0][2]) == 0.0, "a flat heatmap")
    pixels = _image(view.neuron_items[1][2])
    assert (pixels == pixels[0, 0]).all()
    # Undo brings it back: the mask opens, the cross goes, the loss is the intact one.
    window.undo.stack.undo()
    assert c.state.experiment.silenced == {}
    wait_for(qtbot, lambda: unit_masks.silenced(_session(window).model) == {}, "the mask opened")
    wait_for(qtbot, lambda: helper.crossed() == [], "the cross gone")
    window.undo.stack.redo()
    assert c.state.experiment.silenced == {"dense_1": [2]}
    _answered(qtbot, window, {"dense_1": [2]})
    assert c.run_state == tc.FINISHED and len(c.history) == 60  # the run stayed; nothing was reset


def test_right_click_menu_and_a_whole_layer(qtbot, window):
    c, view = window.controller, window.network_view
    s = c.silencing
    _ready(qtbot, window)
    helper = s.views[0]
    point = QPointF(_neuron_point(view, 2, 0))
    assert helper.hidden_unit_at(QPointF(_neuron_point(view, 3, 0))) is None  # the output: not silenced
    menu = helper.menu_at(point)
    assert menu.actions()[0].text() == "Silence this unit"
    menu.actions()[0].trigger()
    assert c.state.experiment.silenced == {"dense_2": [0]}
    assert helper.menu_at(point).actions()[0].text() == "Bring it back"
    helper.menu_at(QPointF(_neuron_point(view, 2, 1))).actions()[0].trigger()
    effects = _answered(qtbot, window, {"dense_2": [0, 1]})
    assert effects["emptied"] == ["dense_2"]
    assert "outputs zeros" in helper.status.text()
    # Every unit of the layer off: the output is its bias alone, the same for every point.
    wait_for(qtbot, lambda: np.ptp(view._snapshot.neuron_grids[-1][0]) < 1e-6, "a constant output")
    bias = float(_session(window).model.layers[-1].bias.numpy()[0])
    assert float(view._snapshot.neuron_grids[-1][0].flat[0]) == pytest.approx(1 / (1 + np.exp(-bias)), rel=1e-5)
    helper.back_button.click()
    assert c.state.experiment.silenced == {}


def test_the_ranking_names_first_the_unit_that_matters_most(qtbot, window):
    c = window.controller
    s = c.silencing
    _ready(qtbot, window)
    _train(qtbot, window, 100)
    s.views[0].rank_button.click()
    dialog = s.dialog
    wait_for(qtbot, lambda: s.ranking is not None, "the ranking")
    costs = s.ranking["costs"]
    assert len(costs) == 4 + 2  # every hidden unit of 2→4→2→1
    assert [x["loss_change"] for x in costs] == sorted((x["loss_change"] for x in costs), reverse=True)
    assert dialog.table.rowCount() == 6 and dialog.table.item(0, 1).text() == costs[0]["layer"]
    assert dialog.table.item(0, 2).text() == str(costs[0]["unit"] + 1)
    # Silencing the one named first costs what the ranking said.
    dialog.toggle_button.click()
    top = {costs[0]["layer"]: [costs[0]["unit"]]}
    assert c.state.experiment.silenced == top
    effects = _answered(qtbot, window, top)
    assert effects["loss"] - effects["base_loss"] == pytest.approx(costs[0]["loss_change"], abs=1e-6)
    assert effects["loss"] > effects["base_loss"]
    # …and the accuracy falls with it, as a student sees it beside the crossed-out neuron.
    assert effects["accuracy"] < effects["base_accuracy"] - 0.05
    dialog.close()


def test_saved_with_the_experiment_and_never_in_the_exports(qtbot, window, tmp_path):
    c = window.controller
    _ready(qtbot, window)
    c.silencing.toggle("dense_1", 1)
    _answered(qtbot, window, {"dense_1": [1]})
    path = tmp_path / "silenced.json"
    assert window.files.save_path(str(path))
    assert json.loads(path.read_text())["silenced"] == {"dense_1": [1]}
    intact_exp = c.state.experiment.copy()
    intact_exp.silenced = {}
    assert script(c.state.experiment) == script(intact_exp)  # the script trains the whole network
    keras_path = tmp_path / "model.keras"
    assert c.save_keras(str(keras_path))
    wait_for(qtbot, keras_path.exists, "the .keras file")
    x = _session(window).x_test
    loaded = import_keras().models.load_model(keras_path)
    intact = _session(window).model
    unit_masks.silence(intact, {})  # what the model gives with every unit (read between commands)
    try:
        np.testing.assert_allclose(loaded(x).numpy(), intact(x).numpy(), rtol=1e-5)
    finally:
        unit_masks.silence(intact, {"dense_1": [1]})
    # Reopened, the unit is silenced again in the new model.
    assert window.files.open_path(str(path))
    assert c.state.experiment.silenced == {"dense_1": [1]}
    wait_for_state(qtbot, window, tc.READY)
    wait_for(qtbot, lambda: unit_masks.silenced(_session(window).model) == {"dense_1": [1]}, "silenced again")
    wait_for(qtbot, lambda: c.silencing.views[0].crossed() == [(1, 1)], "crossed out again")


def test_presentation_mode_keeps_crosses_and_costs(qtbot, window):
    c = window.controller
    _ready(qtbot, window)
    c.silencing.toggle("dense_1", 0)
    _answered(qtbot, window, {"dense_1": [0]})
    helper = c.silencing.views[0]
    small = [m for m in helper.marks if hasattr(m, "text")][0].boundingRect().height()
    window.set_look("light", presentation=True)
    try:
        assert helper.crossed() == [(1, 0)]
        big = [m for m in helper.marks if hasattr(m, "text")][0].boundingRect().height()
        assert big > 1.3 * small
        assert helper.switch.font().pointSizeF() >= 1.3 * 9
    finally:
        window.set_look("light", presentation=False)


def test_a_channel_of_an_image_model_in_the_activation_maps(qtbot, window):
    from playground.core.teaching.templates import lenet

    c = window.controller
    exp = lenet()
    exp.training.epochs = 100_000
    c.state.load(exp, "LeNet")
    wait_for_state(qtbot, window, tc.READY)
    wait_for_views(qtbot, window)
    inside = window.inside_view
    tab = inside.activations_tab
    window._inside_dock.raise_()
    inside.tabs.setCurrentWidget(tab)
    wait_for(qtbot, lambda: tab.shown() is not None and tab.shown()[0] == "conv2d_1", lambda: str(tab.shown()))
    helper = c.silencing.views[1]
    wait_for(qtbot, lambda: c.silencing.units.get("conv2d_1") == 8, "the channels")
    h, w, n = tab.shown()[1].shape
    # A click with the switch on, on the fourth map (row 1, column 0 of a 3-wide mosaic).
    helper.switch.setChecked(True)
    qtbot.waitExposed(tab.view)
    scene_pos = tab.image.mapToScene(QPointF(0 * (w + 1) + w / 2, 1 * (h + 1) + h / 2))
    point = tab.view.mapFromScene(scene_pos)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    wait_for(qtbot, lambda: c.state.experiment.silenced == {"conv2d_1": [3]}, lambda: str(c.state.experiment.silenced))
    _answered(qtbot, window, {"conv2d_1": [3]})
    wait_for(qtbot, lambda: np.all(tab.shown()[1][..., 3] == 0.0), "the map at zero")
    assert np.count_nonzero(tab.shown()[1][..., 2])
    wait_for(qtbot, lambda: helper.crossed() == [3], "the map crossed out")
    assert helper.menu_for(("conv2d_1", 3)).actions()[0].text() == "Bring it back"
