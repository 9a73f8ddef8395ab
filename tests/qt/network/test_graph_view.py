"""The graph view, rendered offscreen: boxes where the layering puts them, arrows labelled with
shapes, problems in red, and the mouse gestures that select, connect and disconnect layers."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from playground.core.network.layer_graph import analyse, shape_text
from playground.qt.network.graph_items import BOX_H, FAMILY_COLORS, PROBLEM, family
from playground.qt.network.graph_view import MAX_SCALE, MIN_SCALE, QtGraphView, demo_nodes
from playground.qt.widgets.picture import save_picture


def _conv(name, inputs=None, filters=16):
    layer = {
        "class_name": "Conv2D",
        "config": {"name": name, "filters": filters, "kernel_size": 3, "activation": "relu", "padding": "same"},
    }
    if inputs:
        layer["inputs"] = inputs
    return layer


def _flatten_dense(units=10):
    return [
        {"class_name": "Flatten", "config": {"name": "flatten"}},
        {"class_name": "Dense", "config": {"name": "dense", "units": units, "activation": "softmax"}},
    ]


def _two_branches():
    """input → a → b, and input → s (a projection shortcut); Add joins b and s."""
    layers = [_conv("a"), _conv("b"), _conv("s", ["input"]), {"class_name": "Add", "config": {"name": "add"}}]
    layers[-1]["inputs"] = ["b", "s"]
    return analyse((28, 28, 1), layers + _flatten_dense())


@pytest.fixture
def view(shown):
    return shown(QtGraphView(), 600, 820)


def _item(view, name):
    return next(item for item in view.node_items.values() if item.node.name == name)


def _at(view, name) -> QPoint:
    """Viewport point of a box's centre."""
    return view.mapFromScene(_item(view, name).pos())


def _move(view, pos: QPoint, buttons=Qt.MouseButton.LeftButton) -> None:
    """A mouse move sent to the viewport itself: QTest.mouseMove goes through the window system
    (which may hand it to another test's window) and does not carry the held button offscreen."""
    viewport = view.viewport()
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def _drag(view, start: QPoint, end: QPoint, steps=6) -> None:
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        _move(view, start + (end - start) * (i / steps))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _close(a: QColor, b: QColor, tol=6) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


# -- layout ---------------------------------------------------------------------------------------


def test_branches_side_by_side_and_the_add_below_both(view):
    view.set_nodes(_two_branches())
    y = {name: _item(view, name).pos().y() for name in ("input", "a", "b", "s", "add", "flatten", "dense")}
    x = {name: _item(view, name).pos().x() for name in y}
    # Rows are the longest path from the input.
    assert y["a"] == y["s"] > y["input"]
    assert y["add"] > y["b"] > y["a"]
    assert y["dense"] > y["flatten"] > y["add"]
    # The two first layers of the branches sit side by side, not overlapping.
    a, s = _item(view, "a"), _item(view, "s")
    assert abs(x["a"] - x["s"]) >= (a.width + s.width) / 2 + 20
    assert x["a"] < x["s"]  # graph order, since both hang under the input alike
    # The input is centred above its two branches; the main branch runs straight down.
    assert abs(x["input"] - (x["a"] + x["s"]) / 2) < 1
    assert abs(x["b"] - x["a"]) < 1
    assert abs(x["add"] - (x["b"] + x["s"]) / 2) < 1  # centred below both branches
    assert abs(x["dense"] - x["add"]) < 1


def test_shortcut_runs_beside_the_branch_it_skips(view):
    nodes = demo_nodes()
    view.set_nodes(nodes)
    conv_1, conv_2, add = (_item(view, n) for n in ("conv_1", "conv_2", "add"))
    assert conv_1.pos().y() < conv_2.pos().y() < add.pos().y()
    assert abs(add.pos().x() - conv_2.pos().x()) < 1  # Add stays under the main branch
    shortcut = next(e for e in view.edge_items if (e.source, e.target) == ("conv_1", "add"))
    box = conv_2.sceneBoundingRect()
    points = [shortcut.path().pointAtPercent(t / 50) for t in range(51)]
    assert not any(box.contains(p) for p in points)
    assert max(p.x() for p in points) > box.right()  # it goes round, not through
    assert shortcut.path().pointAtPercent(1.0).y() == pytest.approx(add.pos().y() - BOX_H / 2)


def test_edges_are_labelled_with_their_source_shape(view):
    nodes = _two_branches()
    view.set_nodes(nodes)
    labels = {(e.source, e.target): e.label.text for e in view.edge_items}
    assert labels == {
        ("input", "a"): "(28, 28, 1)",
        ("input", "s"): "(28, 28, 1)",
        ("a", "b"): "(28, 28, 16)",
        ("b", "add"): "(28, 28, 16)",
        ("s", "add"): "(28, 28, 16)",
        ("add", "flatten"): "(28, 28, 16)",
        ("flatten", "dense"): "(12544,)",
    }
    assert view.output_label.text == "output"
    assert view.output_shape_label.text == "(10,)"
    # Each label sits near the middle of its arrow: between the two boxes' rows.
    for edge in view.edge_items:
        top, bottom = _item(view, edge.source).pos().y(), _item(view, edge.target).pos().y()
        assert top < edge.label.scenePos().y() < bottom


def test_box_text_and_family_colours(view):
    view.set_nodes(demo_nodes())
    conv = _item(view, "conv_1")
    assert [t for t, _, _ in conv.lines] == ["Conv2D", "16 × 3×3 relu same", "160 params"]
    assert [t for t, _, _ in _item(view, "flatten").lines] == ["Flatten"]  # no "0 params"
    assert [t for t, _, _ in _item(view, "dense").lines] == ["Dense", "10 softmax", "125,450 params"]
    assert conv.fill == QColor(FAMILY_COLORS["conv"][0])
    assert _item(view, "add").fill == QColor(FAMILY_COLORS["merge"][0])
    expected = {
        "Input": "input",
        "Dense": "dense",
        "Conv1D": "conv",
        "MaxPooling2D": "conv",
        "GlobalAveragePooling2D": "reshape",
        "Flatten": "reshape",
        "Reshape": "reshape",
        "LSTM": "recurrent",
        "Bidirectional": "recurrent",
        "Embedding": "recurrent",
        "BatchNormalization": "regularise",
        "Dropout": "regularise",
        "Rescaling": "regularise",
        "Activation": "regularise",
        "Add": "merge",
        "Concatenate": "merge",
        "RandomFlip": "augment",
    }
    assert {kind: family(kind) for kind in expected} == expected
    assert len({FAMILY_COLORS[f][0] for f in set(expected.values())}) == len(set(expected.values()))
    assert shape_text(None) == "?" and shape_text((26, 26, 16)) == "(26, 26, 16)"


def test_problem_is_outlined_red_with_its_text(view):
    layers = [_conv("a"), {"class_name": "Add", "config": {"name": "add"}, "inputs": ["a"]}] + _flatten_dense()
    nodes = analyse((28, 28, 1), layers)
    view.set_nodes(nodes)
    add = _item(view, "add")
    assert add.node.problem and "connect another layer" in add.node.problem
    assert add.border.color() == PROBLEM and add.border.widthF() >= 3
    assert add.toolTip() == add.node.problem
    fine = _item(view, "a")
    assert fine.border.color() != PROBLEM and fine.border.widthF() < 3
    assert fine.toolTip().splitlines() == ["a", "Conv2D", "output (28, 28, 16)", "160 parameters"]
    # Below the problem shapes are unknown.
    assert {(e.source, e.label.text) for e in view.edge_items if e.source in ("add", "flatten")} == {
        ("add", "?"),
        ("flatten", "?"),
    }
    # The red outline and its badge are drawn.
    image = view.grab().toImage()
    edge = view.mapFromScene(add.pos() + QPointF(0, -BOX_H / 2))
    badge = view.mapFromScene(add.pos() + QPointF(add.width / 2, -BOX_H / 2))
    assert _close(image.pixelColor(edge), PROBLEM, 40)
    assert _close(image.pixelColor(badge + QPoint(0, 4)), PROBLEM, 40) or _close(
        image.pixelColor(badge + QPoint(-4, 0)), PROBLEM, 40
    )


# -- fitting --------------------------------------------------------------------------------------


def test_small_model_is_not_blown_up_and_a_tall_one_scrolls(view, qtbot):
    view.set_nodes(demo_nodes())
    assert MIN_SCALE <= view.transform().m11() <= MAX_SCALE
    view.resize(1400, 1400)
    qtbot.waitUntil(lambda: view.transform().m11() == MAX_SCALE)
    view.resize(600, 820)

    layers = [_conv(f"conv_{i}") for i in range(20)] + _flatten_dense()
    view.set_nodes(analyse((32, 32, 3), layers))
    assert view.transform().m11() >= MIN_SCALE
    assert view.transform().m11() == view.transform().m22()  # aspect kept
    bar = view.verticalScrollBar()
    assert bar.maximum() > 1000 and bar.value() == bar.minimum()  # from the input down
    view.select(20)  # the Flatten, far below: scrolled into sight
    assert bar.value() > bar.minimum()
    assert view.viewport().rect().contains(_at(view, "flatten"))


# -- selection ------------------------------------------------------------------------------------


def test_click_selects_and_emits_the_layer_index(view, qtbot):
    view.set_nodes(_two_branches())
    with qtbot.waitSignal(view.sigLayerSelected, timeout=1000) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(view, "s"))
    assert blocker.args == [2]
    assert view.selected_index == 2 and _item(view, "s").selected
    assert not _item(view, "a").selected
    with qtbot.waitSignal(view.sigLayerSelected, timeout=1000) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(view, "input"))
    assert blocker.args == [-1]

    # Programmatic selection is silent, and survives a redraw while the index exists.
    with qtbot.assertNotEmitted(view.sigLayerSelected):
        view.select(3)
        view.set_nodes(_two_branches())
    assert view.selected_index == 3 and _item(view, "add").selected
    view.set_nodes(demo_nodes()[:3])  # no index 3 any more
    assert view.selected_index is None
    assert not any(item.selected for item in view.node_items.values())


def test_selection_ring_is_drawn(view):
    view.set_nodes(demo_nodes())
    item = _item(view, "flatten")
    ring = view.mapFromScene(item.pos() + QPointF(0, BOX_H / 2 + 6))
    before = view.grab().toImage().pixelColor(ring)
    view.select(item.node.index)
    after = view.grab().toImage().pixelColor(ring)
    assert before != after and after.blue() > after.red() + 80


# -- connecting -----------------------------------------------------------------------------------


def test_drag_from_one_box_onto_another_asks_to_connect(view, qtbot):
    view.set_nodes(_two_branches())
    start, end = _at(view, "a"), _at(view, "s")
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    _move(view, start + QPoint(20, 0))
    _move(view, end)
    # While dragging: a line follows the mouse and the box under it is marked.
    assert view._drag_line is not None and view._drag_line.scene() is view.scene()
    assert view._drag_line.path().pointAtPercent(1.0) == view.mapToScene(end)
    assert _item(view, "s").drop_target
    with qtbot.waitSignal(view.sigConnect, timeout=1000) as blocker:
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert blocker.args == ["a", "s"]
    assert view._drag_line is None and not _item(view, "s").drop_target
    # Upwards works as well; which connections make sense is the editor's call.
    with qtbot.waitSignal(view.sigConnect, timeout=1000) as blocker:
        _drag(view, _at(view, "dense"), _at(view, "b"))
    assert blocker.args == ["dense", "b"]


def test_drag_onto_nothing_onto_itself_or_the_input_asks_nothing(view, qtbot):
    view.set_nodes(_two_branches())
    empty = view.mapFromScene(_item(view, "dense").pos() + QPointF(260, 0))
    assert view.node_at(empty) is None and view.edge_at(empty) is None
    with qtbot.assertNotEmitted(view.sigConnect):
        _drag(view, _at(view, "a"), empty)
        _drag(view, _at(view, "a"), _at(view, "a") + QPoint(30, 0))  # a drag that comes back
        _drag(view, _at(view, "b"), _at(view, "input"))  # the input takes nothing
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(view, "b"))
    assert view._drag_line is None
    assert view.items(empty) == []  # no leftover line


def test_right_click_offers_to_disconnect(view, qtbot):
    view.set_nodes(demo_nodes())
    shortcut = next(e for e in view.edge_items if (e.source, e.target) == ("conv_1", "add"))
    on_edge = view.mapFromScene(shortcut.path().pointAtPercent(0.5))
    menu = view.context_menu_at(on_edge)
    assert [a.text() for a in menu.actions()] == ["Disconnect from conv_1"]
    with qtbot.waitSignal(view.sigDisconnect, timeout=1000) as blocker:
        menu.actions()[0].trigger()
    assert blocker.args == ["conv_1", "add"]
    # On the shape label too.
    label = view.mapFromScene(shortcut.label.scenePos())
    assert [a.text() for a in view.context_menu_at(label).actions()] == ["Disconnect from conv_1"]

    menu = view.context_menu_at(_at(view, "add"))
    assert [a.text() for a in menu.actions()] == ["Disconnect from conv_1", "Disconnect from conv_2"]
    with qtbot.waitSignal(view.sigDisconnect, timeout=1000) as blocker:
        menu.actions()[1].trigger()
    assert blocker.args == ["conv_2", "add"]

    assert view.context_menu_at(_at(view, "input")) is None  # nothing feeds it
    assert view.context_menu_at(QPoint(2, 2)) is None


# -- pictures -------------------------------------------------------------------------------------


def test_saved_png_shows_the_dense_box_colour(view, tmp_path):
    view.set_nodes(demo_nodes())
    path = tmp_path / "graph.png"
    save_picture(view, str(path))
    image = QImage(str(path))
    assert image.width() == view.width() and image.height() == view.height()
    dense = _item(view, "dense")
    # Inside the box, clear of the centred text: near its left and right ends.
    for dx in (-dense.width / 2 + 8, dense.width / 2 - 8):
        pos = view.mapFromScene(dense.pos() + QPointF(dx, BOX_H / 2 - 8))
        assert _close(image.pixelColor(pos), QColor(FAMILY_COLORS["dense"][0])), dx
    # Outside it, the white background.
    outside = view.mapFromScene(dense.pos() + QPointF(-dense.width / 2 - 30, 0))
    assert image.pixelColor(outside) == QColor("white")
    svg = tmp_path / "graph.svg"
    save_picture(view, str(svg))
    text = svg.read_text()
    assert "<svg" in text and FAMILY_COLORS["dense"][0] in text  # the boxes, as vector shapes
    assert "125,450 params" in text  # and the text as text


def test_empty_graph_draws_nothing(view):
    view.set_nodes(demo_nodes())
    view.set_nodes([])
    assert view.node_items == {} and view.edge_items == [] and view.scene().items() == []
    view.grab()
