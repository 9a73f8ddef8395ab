"""The "Inside the network" dock in the window: it follows the run and the chosen sample."""

import numpy as np

from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS


def test_a_cnn_run_fills_the_inside_views_and_a_chosen_sample_is_looked_at(qtbot, window):
    window.files.load_template("lenet")
    assert window._inside_dock.isVisible() or not window._output_dock.isVisible()
    inside = window.inside_view
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    window.controller.step()
    qtbot.waitUntil(lambda: len(window.controller.history) == 1, timeout=60_000)
    qtbot.waitUntil(lambda: inside.activations_tab.image.image is not None, timeout=WAIT_MS)
    assert np.isfinite(inside.activations_tab.image.image).any()
    assert inside.filters_tab.image.image is not None
    # Choosing sample 5 (as a click in the Samples tab does) brings views of that sample back.
    inside.sigProbeChosen.emit(5)
    assert window.controller.probe == (5, 0)
    qtbot.waitUntil(lambda: inside.probe_index == 5 and "sample 5" in inside.title.text(), timeout=WAIT_MS)
    inside.sigCamClassChosen.emit(3)
    qtbot.waitUntil(lambda: inside.cam_class == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: inside.cam_tab.view.heat is not None, timeout=WAIT_MS)
    cam = inside.cam_tab
    assert cam.view.heat.shape == (8, 8) and cam.image.image.shape == (8, 8, 3)  # the digit's size


def test_tables_open_the_inside_view_with_a_confusion_matrix(qtbot, window):
    window.state.update_data(name="iris")
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    window.controller.step()
    qtbot.waitUntil(lambda: window.inside_view.confusion_tab.image.image is not None, timeout=60_000)
    assert window.inside_view.confusion_tab.image.image.shape == (3, 3)
    assert window.inside_view.confusion_tab.image.image.sum() == 75  # 150 flowers, half for testing


def test_filter_patterns_and_layer_statistics_come_from_the_run(qtbot, window):
    window.files.load_template("lenet")
    inside = window.inside_view
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    window.controller.step()
    qtbot.waitUntil(lambda: len(window.controller.history) == 1, timeout=60_000)
    qtbot.waitUntil(lambda: bool(inside._views.get("stats")), timeout=WAIT_MS)
    stats = inside._views["stats"]
    assert [s["name"] for s in stats][:2] == ["conv2d_1", "max_pooling2d_1"]
    assert stats[0]["weights"] is not None and stats[0]["gradients"] is not None
    inside.filters_tab.combo.setCurrentText("conv2d_2")
    inside.filters_tab.patterns_button.click()
    qtbot.waitUntil(lambda: inside.filters_tab.patterns_image.image is not None, timeout=WAIT_MS)
    assert "conv2d_2" in inside.filters_tab.patterns_caption.text()
    assert inside.filters_tab.patterns_image.image.ndim >= 2
