"""Presentation mode for the back row: every text the audience reads in the window — widgets, plot
axes, titles, legends, text items, the network pictures — at least 1.5 times its normal size,
lines thicker, and back exactly; the window kept on its screen."""

import contextlib

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from playground.qt import theme
from playground.qt.network.graph_view import QtGraphView
from playground.qt.training import training_controller as tc

TEXT_WIDGETS = (
    QLabel,
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QTabBar,
    QHeaderView,
    QAbstractItemView,
    QGroupBox,
    QMenuBar,
    QTextEdit,
    QPlainTextEdit,
)


def _points(font: QFont) -> float:
    """The size asked for, in points (a pixel size at offscreen's 96 dpi)."""
    return font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75


def _css_points(size) -> float | None:
    text = str(size or "").strip()
    if text.endswith("pt"):
        return float(text[:-2])
    if text.endswith("px"):
        return float(text[:-2]) * 0.75  # at 96 dpi, as offscreen has it
    return None


def _name(widget: QWidget) -> str:
    """Where a widget is, by the object names (or classes) of it and its parents."""
    parts, w = [], widget
    while w is not None and len(parts) < 4:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def texts(window) -> dict:
    """Every text the audience reads, by object: (where, size in points on the screen)."""
    found = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if theme_kept(widget):
            continue
        if isinstance(widget, TEXT_WIDGETS):
            if isinstance(widget, QLabel) and not widget.text():
                continue
            if isinstance(widget, QAbstractButton) and not widget.text():
                continue
            widget.ensurePolished()
            found[widget] = (_name(widget), _points(widget.font()))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            found.update(_scene_texts(widget))
    return found


def theme_kept(widget: QWidget) -> bool:
    return bool(widget.property("theme_keep_size"))


def _scene_texts(view: QGraphicsView) -> dict:
    where = _name(view)
    zoom = view.transform().m11()  # items drawn in scene units grow with the view's scale
    found = {}
    for item in view.scene().items():
        if getattr(item, "_theme_memo", {}).get("keep"):
            continue
        parent = item.parentItem()
        if isinstance(item, pg.AxisItem):
            if item.isVisible() and item.style["showValues"]:
                found[(item, "ticks")] = (
                    f"{where} {item.orientation} axis ticks",
                    _points(item.style["tickFont"] or QFont()),
                )
            if item.label.isVisible() and item.labelText:
                size = _css_points(item.labelStyle.get("font-size")) or _points(item.label.font())
                found[(item, "title")] = (f"{where} {item.orientation} axis title {item.labelText!r}", size)
        elif isinstance(item, pg.LegendItem):
            found[item] = (f"{where} legend", _css_points(item.opts["labelTextSize"]))
        elif isinstance(item, pg.LabelItem) and not isinstance(parent, pg.LegendItem) and item.text:
            size = _css_points(item.opts.get("size")) or _points(item.item.font())
            found[item] = (f"{where} label {item.text!r}", size)
        elif isinstance(item, pg.TextItem) and item.toPlainText():
            found[item] = (f"{where} text {item.toPlainText()[:20]!r}", _points(item.textItem.font()))
        elif isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem)) and not isinstance(
            parent, (pg.TextItem, pg.LabelItem, pg.AxisItem)
        ):
            found[item] = (f"{where} text item", _points(item.font()))
        elif isinstance(view, QtGraphView) and hasattr(item, "lines"):  # a layer's box, drawn at the view's scale
            for k, (text, font, _color) in enumerate(item.lines):
                found[(item, k)] = (f"{where} box {text!r}", _points(font) * zoom)
        elif isinstance(view, QtGraphView) and isinstance(getattr(item, "font", None), QFont):  # a shape's tag
            found[item] = (f"{where} tag {item.text!r}", _points(item.font) * zoom)
        elif isinstance(getattr(item, "lines", None), list):  # the network's labels, drawn at their own size
            for k, (text, font, _metrics) in enumerate(item.lines):
                found[(item, k)] = (f"{where} label {text!r}", _points(font) * getattr(item, "shrink", 1.0))
    return found


def _too_small(before: dict, after: dict, factor: float) -> list[str]:
    return sorted(
        f"{name}: {size:.1f} pt, then {after[key][1]:.1f} pt"
        for key, (name, size) in before.items()
        if key in after and size and after[key][1] < size * factor - 0.05
    )


def _not_back(before: dict, after: dict) -> list[str]:
    return sorted(
        f"{name}: {size:.1f} pt, now {after[key][1]:.1f} pt"
        for key, (name, size) in before.items()
        if key in after and size and abs(after[key][1] - size) > 0.05
    )


def _wait_for_no(qtbot, problems) -> None:
    """Waits until `problems()` lists none, then asserts so, naming what is left."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems(), timeout=60_000)
    left = problems()
    assert not left, f"{len(left)} texts:\n" + "\n".join(left)


@pytest.fixture
def trained(qtbot, window):
    """The window after a few epochs, so the pictures, curves and marks have something to show."""
    window.controller.set_speed(0)
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: len(window.controller.history) >= 5, timeout=60_000)
    window.controller.pause()
    yield window
    window.set_look("light", presentation=False)


def test_every_text_the_audience_reads_grows_half_again_and_comes_back(qtbot, trained):
    window = trained
    window.network_tabs.setCurrentWidget(window.graph_view)  # the graph's boxes fitted to a shown view
    before = texts(window)
    kinds = {type(key[0] if isinstance(key, tuple) else key).__name__ for key in before}
    # The walk must see the kinds of text there are, or it would prove nothing.
    for kind in ("QLabel", "QComboBox", "QTabBar", "AxisItem", "_Label", "QtNodeItem", "QtTag"):
        assert kind in kinds, f"no {kind} found among the window's texts"
    assert any("axis title" in name for name, _ in before.values())
    assert window.status in before and window.epoch_label in before  # the status text, the big epoch counter

    window.set_look("light", presentation=True)
    _wait_for_no(qtbot, lambda: _too_small(before, texts(window), theme.SCALE))

    window.set_look("light", presentation=False)
    _wait_for_no(qtbot, lambda: _not_back(before, texts(window)))


def test_text_made_after_the_switch_is_large_too(qtbot, trained):
    window = trained
    window.set_look("light", presentation=True)
    plot = window.boundary_view.plot
    text = pg.TextItem("made later")
    font = QFont()
    font.setPointSize(10)
    text.setFont(font)
    plot.addItem(text)
    theme.restyle(plot)
    assert _points(text.textItem.font()) == pytest.approx(10 * theme.SCALE, abs=0.1)
    plain = pg.TextItem("default size")  # a default font follows the application's, already large
    plot.addItem(plain)
    theme.restyle(plot)
    assert _points(plain.textItem.font()) == pytest.approx(QApplication.font().pointSizeF(), abs=0.1)
    window.set_look("light", presentation=False)
    assert _points(text.textItem.font()) == pytest.approx(10, abs=0.1)


def test_lines_grow_thicker(qtbot, trained):
    window = trained
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)  # paused: no more epochs
    curve = window.loss_plot.curves["loss"]
    view = window.network_view
    scatter = window.boundary_view.train_scatter
    axis = window.boundary_view.plot.getPlotItem().getAxis("bottom")

    def widths() -> dict:
        links = [line.pen().widthF() for rows in view.link_items for row in rows for line in row]
        return {
            "loss curve": curve.opts["pen"].widthF(),
            "thinnest link": view._pens[1][0].widthF(),
            "widest link": view._pens[1][-1].widthF(),
            "links at least": min(links),
            "data points": scatter.opts["size"],
            "axis line": axis.pen().widthF(),
        }

    window.network_tabs.setCurrentWidget(window.graph_view)
    qtbot.waitUntil(lambda: window.graph_view.transform().m11() > 0, timeout=60_000)
    graph_zoom = window.graph_view.transform().m11()
    before = widths()
    assert before["links at least"] >= before["thinnest link"]

    def thin() -> list[str]:
        after = widths()
        return [f"{k}: {before[k]:g}, then {after[k]:g}" for k in before if after[k] < before[k] * theme.SCALE - 1e-6]

    window.set_look("light", presentation=True)
    _wait_for_no(qtbot, thin)
    # The graph of layers is drawn larger as a whole: its lines with its text.
    assert window.graph_view.transform().m11() == pytest.approx(graph_zoom * theme.SCALE, rel=0.02)
    window.set_look("light", presentation=False)
    assert widths() == pytest.approx(before)


def test_the_output_map_and_network_picture_still_draw_after_the_switch(qtbot, trained):
    window = trained
    window.set_look("light", presentation=True)
    neuron = window.network_view.neuron_items[-1][0]
    assert not neuron.image.isNull()  # drawn again from the last snapshot, not left blank
    grid = window.boundary_view.image.image
    assert grid is not None and np.isfinite(grid).all()


def test_presentation_mode_goes_full_screen_where_the_window_would_not_fit(qtbot, window):
    window.showNormal()
    place = QRect(QPoint(10, 10), window.minimumSizeHint() + QSize(40, 40))  # small, on a screen just as large
    window.setGeometry(place)
    qtbot.waitUntil(lambda: window.geometry() == place, timeout=60_000)
    screen = window.frameGeometry()
    window.look.room = lambda: screen
    try:
        window.set_look("light", presentation=True)  # larger text needs more room than there is
        # Decided while switching. (Offscreen's 800×800 screen is smaller than the window can be, so
        # Qt lets go of the full-screen state there soon after: it is not waited for.)
        assert window.look.full_screen_action.isChecked()
        assert window.windowState() & Qt.WindowState.WindowFullScreen
        window.set_look("light", presentation=False)
        assert not window.look.full_screen_action.isChecked()
        # Back where it was, as large as it was (or as its content needs now, if that is more).
        qtbot.waitUntil(
            lambda: (
                not window.isFullScreen()
                and window.geometry() == QRect(place.topLeft(), place.size().expandedTo(window.minimumSize()))
            ),
            timeout=60_000,
        )
    finally:
        window.set_look("light", presentation=False)


def test_a_window_with_room_to_spare_is_left_as_it_is(qtbot, window):
    window.look.room = lambda: QRect(0, 0, 3840, 2160)
    try:
        window.set_look("light", presentation=True)  # decided at once, while the switch is made
        assert not window.isFullScreen() and not window.look.full_screen_action.isChecked()
    finally:
        window.set_look("light", presentation=False)


def test_a_dialog_opened_in_presentation_mode_is_large_too(qtbot, window):
    from playground.qt.recipe.schedule_dialog import QtScheduleDialog

    def opened() -> QtScheduleDialog:
        dialog = QtScheduleDialog(None, None, 0.03, 25, 100, window)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    normal = opened()
    before = list(texts(normal).values())  # (where, size), in the order the walk meets them
    normal.close()
    try:
        window.set_look("light", presentation=True)
        large = opened()  # made after the switch, with sizes of its own (13 pt): restyled when first shown
        after = list(texts(large).values())
        assert before and [name for name, _ in after] == [name for name, _ in before]
        small = [(name, a, b) for (name, a), (_, b) in zip(before, after, strict=True) if b < a * theme.SCALE - 0.05]
        assert not small, small
        large.close()
    finally:
        window.set_look("light", presentation=False)


def test_switching_the_language_in_presentation_mode_scales_the_new_window_once(qtbot, window):
    from playground.qt import i18n

    window.set_look("light", presentation=True)
    large = {name: window.findChild(QWidget, name).font().pointSizeF() for name in ("epoch_label", "metrics_label")}
    window.look._choose_language("zh_CN")  # the window is built again, in presentation mode
    new = QApplication.instance().property("main_window")
    try:
        assert new is not window and new.property("presentation")
        now = {name: new.findChild(QWidget, name).font().pointSizeF() for name in large}
        assert now == pytest.approx(large)  # not 1.5 × 1.5: its fonts made from the application's at their normal size
    finally:
        i18n.choose("en")
        i18n.install("en")
        new.set_look("light", presentation=False)
        new.close()
        qtbot.waitUntil(lambda: not new.controller.thread_running, timeout=60_000)
