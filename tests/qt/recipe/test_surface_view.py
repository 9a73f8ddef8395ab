"""The optimizers' race on a loss surface: computed off the GUI thread, drawn step by step."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from playground.qt.recipe.surface_view import QtSurfaceView, describe
from playground.training.inspection.loss_surface import DEFAULT_RACE, SURFACES
from tests.helpers import run_ok

TIMEOUT = 60_000  # the first run in a fresh process imports TensorFlow


@pytest.fixture
def view(qtbot, shown):
    widget = shown(QtSurfaceView(), 1280, 760)
    yield widget
    widget.close()  # joins the worker thread


def run_and_wait(qtbot, view):
    with qtbot.waitSignal(view.sigPathsReady, timeout=TIMEOUT):
        qtbot.mouseClick(view.controls.run_button, Qt.MouseButton.LeftButton)
    assert not view.computing


def test_run_computes_off_the_gui_thread_and_show_all_draws_the_paths(qtbot, view):
    from playground.training.inspection.loss_surface import paths

    controls = view.controls
    view.set_surface("valley")
    assert [describe(s) for s in DEFAULT_RACE["valley"]] == [describe(row.spec()[0]) for row in controls.rows]
    threads = []
    view.sigPathsReady.connect(lambda: threads.append(QThread.currentThread()))
    qtbot.mouseClick(controls.run_button, Qt.MouseButton.LeftButton)
    assert view.computing and not controls.run_button.isEnabled() and controls.run_button.text() == "Computing…"
    qtbot.waitUntil(lambda: view.result is not None, timeout=TIMEOUT)
    assert threads == [QApplication.instance().thread()]  # the reply was queued to the GUI thread
    assert controls.run_button.isEnabled() and controls.run_button.text() == "Run"

    steps = SURFACES["valley"].steps
    expected = paths("valley", DEFAULT_RACE["valley"], steps)
    view.show_all()
    assert view.step == steps and "step 150 of 150" in view.title.text()
    assert len(view.plot.path_items) == len(expected) == len(view.plot.ball_items)
    for item, ball, path in zip(view.plot.path_items, view.plot.ball_items, expected, strict=True):
        x, y = item.getData()
        assert np.allclose(x, path[:, 0], rtol=0, atol=1e-12) and np.allclose(y, path[:, 1], rtol=0, atol=1e-12)
        bx, by = ball.getData()
        assert (bx[0], by[0]) == tuple(path[-1])
    assert "f = " in view.legend_values[0].text()


def test_the_animation_moves_the_balls_along_the_paths(qtbot, view):
    view.set_surface("rosenbrock")
    view.controls.speed_combo.setCurrentIndex(view.controls.speed_combo.findData(300))
    run_and_wait(qtbot, view)
    assert view.timer.isActive()
    first = view.step
    qtbot.waitUntil(lambda: view.step >= first + 20, timeout=TIMEOUT)
    step = view.step
    for ball, path, item in zip(view.plot.ball_items, view.result, view.plot.path_items, strict=True):
        bx, by = ball.getData()
        assert (bx[0], by[0]) == tuple(path[step])
        assert len(item.getData()[0]) == step + 1
    view.show_all()
    assert not view.timer.isActive() and view.step == SURFACES["rosenbrock"].steps
    view.replay()
    assert view.step == 0 and view.timer.isActive()


def test_a_diverging_optimizer_leaves_the_map_and_says_so(qtbot, view):
    controls = view.controls
    view.set_surface("bowl")
    for row in controls.rows[1:]:
        controls.remove_row(row)
    controls.rows[0].learning_rate.setText("3")
    controls.steps_spin.setValue(500)
    run_and_wait(qtbot, view)
    view.show_all()
    (path,) = view.result
    assert len(path) < 501 and np.all(np.isfinite(path))
    assert view.legend_values[0].text() == f"diverged after step {len(path) - 1}"


@pytest.mark.parametrize(
    ("row", "field", "text", "words"),
    [
        (1, "learning_rate", "abc", "Row 2 (SGD): the learning rate must be a number above 0"),
        (0, "learning_rate", "0", "Row 1 (SGD): the learning rate must be a number above 0"),
        (2, "learning_rate", "-0.1", "Row 3 (RMSprop): the learning rate must be a number above 0"),
        (1, "momentum", "1.5", "Row 2 (SGD): momentum must be a number from 0 to 0.999"),
    ],
)
def test_invalid_input_names_the_row_and_keeps_everything(qtbot, view, row, field, text, words):
    controls = view.controls
    view.set_surface("valley")
    run_and_wait(qtbot, view)
    drawn = view.result
    edit = getattr(controls.rows[row], field)
    edit.setText(text)
    qtbot.mouseClick(controls.run_button, Qt.MouseButton.LeftButton)
    assert not view.computing
    assert words in controls.message.text() and "#b3261e" in controls.message.styleSheet()
    assert edit.text() == text and "b3261e" in edit.styleSheet()
    assert view.result is drawn and len(controls.rows) == len(DEFAULT_RACE["valley"])
    qtbot.keyClicks(edit, "5")  # typing takes the red frame away
    assert edit.styleSheet() == ""


def test_unticked_rows_sit_out_and_rows_can_be_added_and_removed(qtbot, view):
    controls = view.controls
    view.set_surface("two_minima")
    n = len(controls.rows)
    controls.rows[0].enabled.setChecked(False)
    controls.rows[1].learning_rate.setText("not read")  # an unticked row is not checked either
    controls.rows[1].enabled.setChecked(False)
    qtbot.mouseClick(controls.add_button, Qt.MouseButton.LeftButton)
    assert len(controls.rows) == n + 1 and controls.rows[-1].kind.currentText() == "Adam"
    controls.rows[-1].kind.setCurrentText("Nadam")
    assert not controls.rows[-1].momentum.isEnabled()
    run_and_wait(qtbot, view)
    assert [s["class_name"] for s in view.result_specs] == [r.kind.currentText() for r in controls.rows[2:]]
    qtbot.mouseClick(controls.rows[0].remove, Qt.MouseButton.LeftButton)
    assert len(controls.rows) == n
    for _ in range(10):
        controls.add_row()
    assert len(controls.rows) == 8 and not controls.add_button.isEnabled()
    assert len({row.color for row in controls.rows}) == 8


def test_changing_the_surface_loads_its_race_and_drops_old_paths(qtbot, view):
    controls = view.controls
    view.set_surface("valley")
    run_and_wait(qtbot, view)
    controls.surface_combo.setCurrentIndex(controls.surface_combo.findData("saddle"))
    assert view.surface_name == "saddle" and view.result is None and not view.plot.path_items
    assert view.start == SURFACES["saddle"].start and controls.steps_spin.value() == SURFACES["saddle"].steps
    assert [r.kind.currentText() for r in controls.rows] == [s["class_name"] for s in DEFAULT_RACE["saddle"]]
    assert controls.surface_combo.toolTip() == SURFACES["saddle"].formula
    index = controls.surface_combo.findData("rosenbrock")
    assert controls.surface_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == SURFACES["rosenbrock"].formula


def test_a_result_for_an_old_surface_or_start_is_not_drawn(qtbot, view):
    view.set_surface("valley")
    view.run()
    view.set_surface("bowl")  # while the valley's paths are computing
    qtbot.waitUntil(lambda: not view.computing, timeout=TIMEOUT)
    assert view.result is None and not view.plot.path_items and view.controls.run_button.isEnabled()
    view.run()
    view.set_start((1.0, -1.0))  # as a click on the map does
    qtbot.waitUntil(lambda: not view.computing, timeout=TIMEOUT)
    assert view.result is None and view.start == (1.0, -1.0)


def test_closing_while_computing_does_not_crash(qtbot, shown):
    widget = shown(QtSurfaceView(), 900, 600)
    widget.set_surface("rosenbrock")
    widget.controls.steps_spin.setValue(5000)
    assert widget.run()
    widget.close()  # waits for the worker thread to finish
    assert widget._thread is None
    qtbot.waitUntil(lambda: not widget.computing, timeout=TIMEOUT)  # the queued reply still arrives
    assert widget.result is not None and len(widget.result[0]) == 5001


def test_the_module_runs_alone():
    import sys

    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication(sys.argv);"
        "import playground.qt.recipe.surface_view as m; w = m.QtSurfaceView(); w.show(); app.processEvents();"
        "print('tensorflow' in sys.modules)"
    )
    out = run_ok([sys.executable, "-c", code])
    assert out.stdout.strip() == "False"  # the window opens at once: TensorFlow waits for Run


def test_clicking_the_map_starts_a_race_from_there(qtbot, view):
    view.set_surface("bowl")
    vb = view.plot.getPlotItem().getViewBox()
    scene_point = vb.mapViewToScene(pg.Point(1.0, -2.0))
    viewport_point = view.plot.mapFromScene(scene_point)
    with qtbot.waitSignal(view.sigPathsReady, timeout=TIMEOUT):
        qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point)
    x, y = view.start
    assert abs(x - 1.0) < 0.05 and abs(y + 2.0) < 0.05
    assert all(tuple(path[0]) == view.start for path in view.result)
