"""The drawing pad: a pen stroke on the big pad lands in the input cells it covers, as bright as
the share of each cell it covers; the eraser and clear take ink away; a dropped picture that is not
one is refused under the pad with a message."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from playground.qt.inside.draw_tab import QtDrawTab, change_rgb
from playground.qt.inside.drawing_pad import QtDrawingPad


def _mouse(widget, kind, point, button=Qt.MouseButton.LeftButton):
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(kind, QPointF(*point), QPointF(*point), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(widget, points, button=Qt.MouseButton.LeftButton):
    """A press, moves and a release through the widget's own event handlers, in widget pixels."""
    _mouse(widget, QEvent.Type.MouseButtonPress, points[0], button)
    for point in points[1:]:
        _mouse(widget, QEvent.Type.MouseMove, point, button)
    _mouse(widget, QEvent.Type.MouseButtonRelease, points[-1], button)


@pytest.mark.parametrize("side", [8, 28])
def test_a_stroke_lands_in_the_cells_it_covers(qtbot, side):
    pad = QtDrawingPad()
    qtbot.addWidget(pad)
    pad.resize(400, 400)  # a square pad: each input cell is 400 / side screen pixels
    pad.set_size(side, side)
    changes = []
    pad.sigChanged.connect(lambda: changes.append(1))
    cell = 400 / side
    row = side // 2
    y = (row + 0.5) * cell  # along the middle of one row of cells
    drag(pad, [(0.5 * cell, y), (side / 2 * cell, y), ((side - 0.5) * cell, y)])
    x = pad.pixels()
    assert x.shape == (side, side) and x.dtype == np.float32 and len(changes) == 3
    # The pen is `pen_cells` input pixels wide: the row it runs along is full, rows beyond its reach stay empty.
    assert np.all(x[row, 1:-1] > 0.99)
    reach = int(np.ceil(pad.pen_cells / 2 + 0.5))
    assert np.all(x[: row - reach] == 0) and np.all(x[row + reach + 1 :] == 0)
    # Each cell is the mean of its block: the ink the pad holds, at the input's size.
    coverage = pad.pixels().sum() * pad.scale**2
    assert coverage == pytest.approx(pad._canvas_array().sum() / 255, rel=1e-5)
    # On the rows next to it the pen covers part of each cell: grey, the same all along.
    half = pad.pen_cells / 2 - 0.5  # how far past the row's own cell the pen reaches, in cells
    if 0 < half < 1:
        assert x[row - 1, side // 2] == pytest.approx(half, abs=0.05)


def test_the_eraser_and_clear_take_ink_away(qtbot):
    pad = QtDrawingPad()
    qtbot.addWidget(pad)
    pad.resize(280, 280)
    pad.set_size(28, 28)
    drag(pad, [(20, 140), (260, 140)])
    assert pad.pixels()[14, 2:26].min() > 0.99
    drag(pad, [(140, 100), (140, 180)], Qt.MouseButton.RightButton)  # the right button erases
    assert pad.pixels()[14, 14] == 0 and pad.pixels()[14, 3] > 0.99
    pad.erasing = True
    drag(pad, [(30, 140), (50, 140)])
    assert pad.pixels()[14, 3:5].max() == 0
    pad.clear()
    assert pad.is_blank() and not pad.pixels().any()


def test_a_picture_put_on_the_pad_reads_back_the_same(qtbot):
    pad = QtDrawingPad()
    qtbot.addWidget(pad)
    pad.set_size(8, 8)
    picture = np.random.default_rng(0).random((8, 8)).astype(np.float32)
    pad.set_pixels(picture)
    assert np.abs(pad.pixels() - picture).max() <= 0.5 / 255 + 1e-6


def test_a_dropped_file_that_is_not_a_picture_is_refused_under_the_pad(qtbot, tmp_path):
    from PySide6.QtGui import QFont

    from playground.qt.inside.pages import FONT_PT

    tab = QtDrawTab(QFont("Sans", FONT_PT))
    qtbot.addWidget(tab)
    tab.set_views({"image": np.zeros((28, 28, 1)), "class_names": ("a", "b")})
    asked = []
    tab.sigAsk.connect(asked.append)
    path = tmp_path / "letter.png"
    path.write_text("Dear model,")
    tab.pad.sigFileDropped.emit(str(path))
    assert tab.notice.text() == "letter.png is not a picture: drop a PNG, JPEG, BMP or GIF file on the pad"
    assert not tab.notice.isHidden() and tab.pad.is_blank() and not asked
    from PIL import Image

    good = tmp_path / "ring.png"
    image = np.zeros((56, 56), np.uint8)
    image[10:46, 10:46] = 255
    Image.fromarray(image).save(good)
    tab.pad.sigFileDropped.emit(str(good))
    assert tab.notice.isHidden() and len(asked) == 1
    pixels, cam_class, unit = asked[0]
    assert pixels.shape == (28, 28, 1) and cam_class == -1 and unit is None
    assert pixels[5:23, 5:23].min() > 0.99 and pixels[:5].max() == 0


def test_the_change_is_drawn_red_where_ink_was_added_and_blue_where_taken_away():
    rgb = change_rgb(np.array([[0.0, 0.5, -0.5]]), 0.5)
    assert rgb[0].tolist() == [[255, 255, 255], [255, 0, 0], [0, 0, 255]]


def test_the_draw_tab_stays_readable_in_presentation_mode(qtbot):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget

    from playground.qt import theme
    from playground.qt.inside.pages import FONT_PT

    tab = QtDrawTab(QFont("Sans", FONT_PT))
    qtbot.addWidget(tab)
    tab.resize(700, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_views({"image": np.zeros((8, 8, 1)), "class_names": tuple("0123456789")})
    answer = {
        "probabilities": np.full(10, 0.1),
        "prediction": 3,
        "activations": [("conv", "Conv2D", np.ones((8, 8, 4)))],
        "cam": np.ones((2, 2)),
        "cam_class": 3,
        "cam_layer": "conv",
        "image": tab.pad.pixels()[..., None],
    }
    tab.show_answer(answer)
    before = tab.verdict.font().pointSizeF(), tab.nudge_caption.font().pointSizeF()
    axis = tab.bar_plot.getAxis("bottom")
    tick_before = axis.style["tickFont"].pointSizeF()
    try:
        theme.apply(tab, "light", presentation=True)
        assert tab.verdict.font().pointSizeF() >= 1.4 * before[0]
        assert tab.nudge_caption.font().pointSizeF() >= 1.4 * before[1]
        assert axis.style["tickFont"].pointSizeF() >= 1.4 * tick_before  # the class names under the bars
        assert "“3”" in tab.verdict.text() and tab.verdict.wordWrap() and tab.nudge_caption.wordWrap()
    finally:
        theme.apply(QWidget(), "light", presentation=False)


def test_each_stroke_and_clear_can_be_undone_one_at_a_time(qtbot):
    pad = QtDrawingPad()
    qtbot.addWidget(pad)
    pad.resize(280, 280)
    pad.set_size(28, 28)
    available = []
    pad.sigUndoAvailable.connect(available.append)
    assert not pad.can_undo() and not pad.undo()
    drag(pad, [(20, 60), (260, 60)])  # stroke 1: a line across row 6
    one = pad.pixels()
    drag(pad, [(140, 20), (140, 260)])  # stroke 2: a line down column 14, three moves in one stroke
    two = pad.pixels()
    assert available == [True] and not np.array_equal(one, two)
    pad.clear()
    assert pad.is_blank()
    changes = []
    pad.sigChanged.connect(lambda: changes.append(1))
    assert pad.undo() and np.array_equal(pad.pixels(), two)  # the clear taken back
    assert pad.undo() and np.array_equal(pad.pixels(), one)  # the whole second stroke, not one move of it
    assert one[6, 3:25].min() > 0.99 and pad.pixels()[20, 14] == 0
    assert pad.undo() and pad.is_blank()
    assert not pad.undo() and available == [True, False] and changes == [1, 1, 1]
    pad.clear()  # a blank pad cleared: nothing to take back
    assert not pad.can_undo()


def test_ctrl_z_on_the_pad_undoes_the_stroke_not_the_windows_edit(qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window_undos = []
    action = QAction("Undo", window)  # as the window's Edit → Undo, on the experiment's stack
    action.setShortcut(QKeySequence.StandardKey.Undo)
    action.triggered.connect(lambda: window_undos.append(1))
    window.addAction(action)
    pad = QtDrawingPad()
    pad.set_size(8, 8)
    window.setCentralWidget(pad)
    window.resize(300, 300)
    window.show()
    qtbot.waitExposed(window)
    w, h = pad.width(), pad.height()
    drag(pad, [(w * 0.5, h * 0.1), (w * 0.5, h * 0.9)])
    assert not pad.is_blank()
    pad.setFocus()
    qtbot.waitUntil(pad.hasFocus, timeout=10_000)
    qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.is_blank() and window_undos == []  # the pad's stroke went, the window's edits stay
    pad.clearFocus()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window_undos == [1]  # elsewhere Ctrl+Z is still the window's


def test_the_undo_button_follows_the_pads_history(qtbot):
    from PySide6.QtGui import QFont

    from playground.qt.inside.pages import FONT_PT

    tab = QtDrawTab(QFont("Sans", FONT_PT))
    qtbot.addWidget(tab)
    tab.set_views({"image": np.zeros((8, 8, 1)), "class_names": tuple("0123456789")})
    assert not tab.undo_button.isEnabled()
    tab.pad.resize(200, 200)
    drag(tab.pad, [(100, 20), (100, 180)])
    assert tab.undo_button.isEnabled()
    asked = []
    tab.sigAsk.connect(asked.append)
    tab.clear_button.click()
    tab.undo_button.click()  # the clear undone: the stroke is back and asked about
    assert not tab.pad.is_blank() and np.array_equal(asked[-1][0][..., 0], tab.pad.pixels())
    tab.undo_button.click()
    assert tab.pad.is_blank() and not tab.undo_button.isEnabled()
