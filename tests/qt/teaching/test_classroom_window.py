"""The classroom side of the window: controls a lesson hides, themes and presentation mode at the
projector, the about box and the list of keys."""

import platform

import pytest
from PySide6.QtWidgets import QApplication

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS


def test_an_experiment_hides_controls_saved_in_its_file(window, tmp_path):
    t, d = window.training_panel, window.data_panel
    window.state.set_hidden(["noise", "optimizer", "layers", "speed"])
    assert not d.noise.isVisibleTo(window) and not t.optimizer.isVisibleTo(window)
    assert not t.captions[t.optimizer].isVisibleTo(window) and t.loss.isVisibleTo(window)
    tabs = window.bottom_tabs
    assert not tabs.isTabVisible(tabs.indexOf(window.layers_page))
    assert not window.speed_action.isVisible()
    path = tmp_path / "lesson.json"
    window.save_path(str(path))
    assert Experiment.load(path).hidden == ["noise", "optimizer", "layers", "speed"]
    window.undo.stack.undo()
    assert d.noise.isVisibleTo(window) and t.optimizer.isVisibleTo(window) and window.speed_action.isVisible()
    raw = Experiment.load(path).to_dict()
    raw["hidden"] = ["noise", "colour"]
    with pytest.raises(ExperimentError, match="'colour' is not a control; the controls: datasets"):
        Experiment.from_dict(raw)


def test_a_plain_experiment_file_has_no_hidden_key(tmp_path):
    from playground.core.experiment.config import default_experiment

    assert "hidden" not in default_experiment().to_dict()


def test_themes_and_presentation_mode_switch_back_exactly(qtbot, window):
    plot = window.loss_plot.loss_plot
    curve = window.loss_plot.curves["loss"]
    width, point = curve.opts["pen"].widthF(), window.epoch_label.font().pointSizeF()
    window.set_look("dark", presentation=True)
    app = QApplication.instance()
    assert app.palette().window().color().lightnessF() < 0.3
    assert plot.backgroundBrush().color().lightnessF() < 0.3
    assert curve.opts["pen"].widthF() == pytest.approx(width * 1.5)
    assert curve.opts["pen"].color().lightnessF() > 0.5  # the dark training line turns light on dark
    assert window.epoch_label.font().pointSizeF() == pytest.approx(point * 1.5)
    assert window.look.presentation_action.isChecked()
    canvas = window.network_view.view  # the neurons' canvas follows once the palette change arrives
    qtbot.waitUntil(lambda: canvas.backgroundBrush().color().lightnessF() < 0.3, timeout=WAIT_MS)
    window.set_look("contrast", presentation=False)
    assert app.palette().windowText().color().name() == "#000000"
    window.set_look("light", presentation=False)
    assert curve.opts["pen"].widthF() == pytest.approx(width) and window.epoch_label.font().pointSizeF() == point
    assert plot.backgroundBrush().color().name() == "#ffffff"
    qtbot.waitUntil(lambda: canvas.backgroundBrush().color().name() == "#ffffff", timeout=WAIT_MS)


def test_the_dark_theme_reaches_the_legend_colour_bar_and_curves_drawn_after_it(qtbot, window):
    from playground.core.runs.epoch_history import History

    window.set_look("dark", presentation=True)
    legend = window.loss_plot.loss_header  # the title and legend above the loss plot: light on dark
    qtbot.waitUntil(lambda: legend.palette().windowText().color().lightnessF() > 0.8, timeout=WAIT_MS)
    assert legend.palette().window().color().lightnessF() < 0.3
    bar = window.boundary_view.color_bar
    bar.resize(300, bar.height())
    image = bar.grab().toImage()
    text = [image.pixelColor(x, y) for x in range(40) for y in range(14, image.height())]
    assert max(c.lightnessF() for c in text) > 0.7  # light labels on the dark ground
    earlier = History()
    earlier.extend([{"epoch": 1, "loss": 1.0, "val_loss": 1.1}, {"epoch": 2, "loss": 0.5, "val_loss": 0.7}])
    window.loss_plot.set_overlays([("run 1", earlier)])
    overlay = window.loss_plot.overlays[0][1]
    assert overlay.opts["pen"].widthF() == pytest.approx(2 * 1.5)  # thick like the rest, made after the switch
    window.set_look("light", presentation=False)
    qtbot.waitUntil(lambda: legend.palette().windowText().color().lightnessF() < 0.3, timeout=WAIT_MS)
    assert overlay.opts["pen"].widthF() == pytest.approx(2)


def test_presentation_mode_fits_a_laptop_screen_by_wrapping_the_training_settings(qtbot, window):
    window.resize(1440, 860)
    panel = window.training_panel
    columns = panel._form.columns

    def rows() -> set[int]:
        QApplication.processEvents()
        return {c.y() for c in columns if c.isVisible()}

    # The resize reaches the panel through the event loop: wait for it, then for one row.
    qtbot.waitUntil(lambda: window.width() == 1440 and panel.width() > 1300 and len(rows()) == 1, timeout=WAIT_MS)
    window.set_look("light", presentation=True)
    assert len(rows()) == 2
    assert window.minimumSizeHint().width() <= 1440  # wider than the screen would cut off the right side
    assert max(c.geometry().right() for c in columns) <= panel.width()
    window.set_look("light", presentation=False)
    assert len(rows()) == 1


def test_about_names_the_versions_and_the_device(qtbot, window):
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)
    window.help.show_about()
    text = window.help.about_dialog.text.text()
    versions = dict(window.help.about_dialog.rows)
    assert versions["Python"] == platform.python_version() and versions["TensorFlow"][0].isdigit()
    assert "CPU" in versions["Device"] and "Keras" in text and "Qt" in text  # English: no translator


def test_the_keys_are_listed(window):
    window.help.show_shortcuts()
    text = window.help.shortcuts_box.text()
    for key in ("Space", "F11", "F5", "Ctrl+E", "Ctrl+S", "Esc"):
        assert f"<b>{key}</b>" in text, key


def test_switching_the_language_keeps_the_work(qtbot, window):
    from playground.qt import i18n

    c = window.controller
    c.set_speed(0)
    window.state.update_data(label="Noise", noise=0.25)
    window.state.update_training(epochs=12)
    qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=60_000)
    c.play()
    qtbot.waitUntil(lambda: c.run_state == tc.FINISHED, timeout=60_000)
    new = window.switch_language("zh_TW")
    try:
        assert [a.text() for a in new.menuBar().actions()][0] == "檔案(&F)"
        assert new.state.experiment.data.noise == 0.25 and new.isWindowModified()
        assert len(new.controller.runs.runs[-1].rows) == 12  # the run's curves came along, under Runs
        assert not window.isVisible()
    finally:
        i18n.install("en")
        new.close()
        qtbot.waitUntil(lambda: not new.controller.thread_running, timeout=60_000)
