"""Drawing data on the output plane: add points of a class (or a value) with the pen, erase them,
clear, start from the generated set shown, and drag a point across the boundary to read its
prediction.

The tools sit above the plane of `QtBoundaryView`. A stroke (press … release) is shown at once and
becomes one edit of the experiment's data on release, so one undo takes back one stroke. The
points live in the experiment (`core.data.drawn_points`); this view only shows them, split into
training and test parts as training will split them. Mouse, pen (tablet events: its eraser end
erases) and touch (one finger) all draw.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPointingDevice
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.core.data import datasets, drawn_points
from playground.core.data.drawn_points import DRAWN
from playground.core.experiment.state import Change, ExperimentState, follow_problem
from playground.qt.widgets import colors
from playground.qt.widgets.flow_layout import QtFlowLayout

TOOLS = ("draw", "erase", "move")  # while editing; "look" otherwise
SPACING_PX = 9  # a drag adds a point each time the pen has gone this far
ERASER_PX = 14  # the eraser's radius, and how near a press must be to pick a point up
_PENDING_PEN = pg.mkPen("w", width=1.2)
_PROBE_PEN = pg.mkPen("#111111", width=2.5)


class QtPointDrawing(QObject):
    """The drawing tools of one boundary view, editing `state`'s data."""

    def __init__(self, state: ExperimentState, view) -> None:
        super().__init__(view)
        self.state = state
        self.view = view
        self.tool = "look"
        self._stroke: list | None = None  # the points while a stroke goes on
        self._stroke_kind = ""  # "draw", "erase" or "move"
        self._added: list[list[float]] = []
        self._last: tuple[float, float] | None = None
        self._moving: int | None = None  # the point a move picked up (its index), or -1 for a probe
        self._start_count = 0  # how many points there were when the stroke began
        self._tests_shown = False  # whether the test points were shown before editing began
        self._left_out = 0  # how many generated points the last start from a set left out
        self._build_tools()
        item = view.plot.getPlotItem()
        self.pending = pg.ScatterPlotItem(size=9, pxMode=True, pen=_PENDING_PEN)
        self.probe = pg.ScatterPlotItem(size=13, pxMode=True, pen=_PROBE_PEN)
        self.prediction = pg.TextItem(anchor=(0, 1), color="#111111", fill=pg.mkBrush(255, 255, 255, 220))
        for thing in (self.pending, self.probe, self.prediction):
            thing.setZValue(20)
            item.addItem(thing)
            thing.setVisible(False)
        viewport = view.plot.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        viewport.installEventFilter(self)
        state.subscribe(self._on_state_changed)
        self._refresh()

    # -- the tools ----------------------------------------------------------------------------

    def _build_tools(self) -> None:
        self.tools = QWidget()
        self.tools.setObjectName("drawing_tools")
        column = QVBoxLayout(self.tools)
        column.setContentsMargins(6, 2, 6, 0)
        column.setSpacing(2)
        buttons = QWidget()
        row = QtFlowLayout(buttons)  # wraps on a narrow dock or in presentation mode's large text
        column.addWidget(buttons)
        # While only looking, one button in the plane's corner: the plane keeps all its room. The
        # row of tools above the plane appears when editing.
        self.edit_button = QToolButton(self.view.plot)
        self.edit_button.setObjectName("edit_points")
        self.edit_button.setText(self.tr("Edit points"))
        self.edit_button.setToolTip(self.tr("Draw your own data: add, erase and move points on the plane"))
        self.edit_button.setCheckable(True)
        self.edit_button.clicked.connect(lambda on: self.set_tool("draw" if on else "look"))
        self.view.plot.getPlotItem().getViewBox().sigResized.connect(self._place_edit_button)
        self.editing: list[QWidget] = []  # shown only while editing
        names = {
            "draw": (self.tr("Draw"), self.tr("Click or drag to add points; right-drag erases; Shift-drag moves")),
            "erase": (self.tr("Erase"), self.tr("Drag over points to remove them")),
            "move": (
                self.tr("Move"),
                self.tr("Drag a point across the boundary and watch its prediction"),
            ),
        }
        self.tool_buttons = QButtonGroup(self)
        for name in TOOLS:
            button = QToolButton()
            button.setText(names[name][0])
            button.setToolTip(names[name][1])
            button.setCheckable(True)
            button.setObjectName(f"tool_{name}")
            button.setChecked(name == self.tool)
            self.tool_buttons.addButton(button)
            row.addWidget(button)
            self.editing.append(button)
        self.tool_buttons.buttonClicked.connect(lambda b: self.set_tool(b.objectName().removeprefix("tool_")))
        self.classes_label = QLabel(self.tr("Classes:"))
        self.classes = QSpinBox()
        self.classes.setObjectName("draw_classes")
        self.classes.setRange(2, drawn_points.MAX_CLASSES)
        self.classes.setToolTip(
            self.tr("How many classes you draw: two, or up to {0} (the model gets one output per class)").format(
                drawn_points.MAX_CLASSES
            )
        )
        self.classes.valueChanged.connect(self._on_classes_changed)
        row.addWidget(self.classes_label)
        row.addWidget(self.classes)
        self.class_buttons = QButtonGroup(self)
        for label, colour in enumerate(colors.CLASS_COLORS[: drawn_points.MAX_CLASSES]):
            button = QToolButton()
            button.setText(str(label))
            button.setIcon(_dot(colour))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setChecked(label == 1)
            button.setObjectName(f"draw_class_{label}")
            button.setToolTip(self.tr("Draw points of class {0}").format(label))
            self.class_buttons.addButton(button, label)
            row.addWidget(button)
            self.editing.append(button)
        self.value_label = QLabel(self.tr("Value:"))
        self.value = QDoubleSpinBox()
        self.value.setObjectName("draw_value")
        self.value.setRange(-1.0, 1.0)
        self.value.setSingleStep(0.1)
        self.value.setDecimals(2)
        self.value.setValue(1.0)
        self.value.setToolTip(self.tr("The value the pen draws, from -1 to 1"))
        row.addWidget(self.value_label)
        row.addWidget(self.value)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("draw_clear")
        self.clear_button.setToolTip(self.tr("Remove every point and draw from nothing"))
        self.clear_button.clicked.connect(self.clear)
        self.from_set_button = QPushButton(self.tr("Start from this set"))
        self.from_set_button.setObjectName("draw_from_set")
        self.from_set_button.setToolTip(self.tr("Turn the generated points into drawn points you can edit"))
        self.from_set_button.clicked.connect(self.start_from_set)
        row.addWidget(self.clear_button)
        row.addWidget(self.from_set_button)
        self.editing += [self.clear_button, self.from_set_button]
        self.hint = QLabel()
        self.hint.setObjectName("draw_hint")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.view.add_tools(self.tools)

    def _place_edit_button(self, *_) -> None:
        """At the plane's top left corner, whatever the size of the view and its text."""
        self.edit_button.adjustSize()
        corner = self.view.plot.mapFromScene(self.view.plot.getPlotItem().getViewBox().sceneBoundingRect().topLeft())
        self.edit_button.move(corner.x() + 4, corner.y() + 4)
        self.edit_button.raise_()

    def set_tool(self, tool: str) -> None:
        """ "look" (the pen does nothing), or "draw", "erase" or "move"."""
        if (self.tool == "look") != (tool == "look"):
            # Every point drawn stays in sight while editing, the test points too; looking again
            # shows what the check box said before.
            if tool != "look":
                self._tests_shown = self.view.show_test_box.isChecked()
            self.view.set_show_test(tool != "look" or self._tests_shown)
        self.tool = tool
        self.edit_button.setChecked(tool != "look")
        for button in self.tool_buttons.buttons():
            button.setChecked(button.objectName() == f"tool_{tool}")
        self.view.plot.viewport().setCursor(
            Qt.CursorShape.CrossCursor if tool in ("draw", "erase") else Qt.CursorShape.ArrowCursor
        )
        self._refresh()

    @property
    def drawn(self) -> bool:
        return self.state.experiment.data.name == DRAWN

    @property
    def problem(self) -> str:
        return self.state.experiment.data_problem

    @property
    def has_classes(self) -> bool:
        return self.problem in ("classification", "multiclass")

    def pen_label(self) -> float:
        """The label the pen draws: the chosen class, or the chosen value."""
        if self.has_classes:
            return float(min(max(0, self.class_buttons.checkedId()), self.classes.value() - 1))
        return round(self.value.value(), drawn_points.DIGITS)

    def _on_classes_changed(self, classes: int) -> None:
        """The class picker shows that many classes. On a drawing, an edit: the model gets one
        output per class, and the points of classes taken away go (undo brings them back)."""
        if self.class_buttons.checkedId() >= classes:
            self.class_buttons.button(classes - 1).setChecked(True)
        self._show_classes()
        exp = self.state.experiment
        if not self.drawn or not self.has_classes or classes == drawn_points.class_count(exp.data.source):
            return
        points = [list(p) for p in exp.data.source.get("points", [])]
        kept = [p for p in points if p[2] < classes]
        self.commit(kept, self.tr("Change the number of classes"))
        if len(kept) != len(points):
            self._say(
                self.tr("Removed {0} points of the classes taken away (undo brings them back).").format(
                    len(points) - len(kept)
                )
            )

    # -- edits: one per stroke ----------------------------------------------------------------

    def current_points(self) -> list:
        """The points the next edit starts from: the drawing's, or the generated set's."""
        data = self.state.experiment.data
        if data.name == DRAWN:
            return [list(p) for p in data.source.get("points", [])]
        pool = datasets.split_pool(data, self.state.experiment.seed)
        source, self._left_out = drawn_points.from_arrays(self.problem, pool.x, pool.y)
        return source["points"]

    def commit(self, points: list, label: str) -> None:
        """One edit of the data: the drawing becomes `points`, of as many classes as the picker says
        (the loss and the output layer follow, as for any data of that many classes)."""
        exp = self.state.experiment
        points = points[: drawn_points.MAX_POINTS]
        classes = self.classes.value()
        problem = drawn_points.problem_for(classes) if self.has_classes else self.problem
        source = drawn_points.new_source(problem, points, classes)
        if exp.data.name == DRAWN:
            self.state.update_data(label=label, source=source)
            return
        new = exp.copy()  # from a generated set: its points, and the problem the picker says
        new.data.name, new.data.source = DRAWN, source
        follow_problem(new, exp)
        self.state.load(new, label)

    def clear(self) -> None:
        if self.state.experiment.plane:
            self.commit([], self.tr("Clear the drawing"))

    def start_from_set(self) -> None:
        if self.state.experiment.plane and not self.drawn:
            self.commit(self.current_points(), self.tr("Start drawing from this set"))
            if self._left_out:
                self._say(
                    self.tr("Kept the first {0} points: a drawing holds at most {0}.").format(drawn_points.MAX_POINTS)
                )

    # -- the pen ------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if self.tool == "look" or not self.state.experiment.plane:
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            pos = event.position()
            if kind == QEvent.Type.MouseButtonPress:
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # Shift-drag moves a point
                self._press(pos, event.button() == Qt.MouseButton.RightButton, shift)
            elif kind == QEvent.Type.MouseMove:
                if self._stroke is not None:
                    self._drag(pos)
            else:
                self._release(pos)
            return True
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            touch = event.points()
            if not touch:
                return True
            pos = touch[0].position()
            if kind == QEvent.Type.TouchBegin:
                self._press(pos, False)
            elif kind == QEvent.Type.TouchUpdate and self._stroke is not None:
                self._drag(pos)
            elif kind == QEvent.Type.TouchEnd:
                self._release(pos)
            else:
                self._cancel()
            event.accept()
            return True
        if kind in (QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease):
            # Handled, not left for Qt to turn into mouse events: the pen's eraser end and its
            # barrel button erase, and one stroke is never seen twice.
            pos = event.position()
            if kind == QEvent.Type.TabletPress:
                eraser = event.pointerType() == QPointingDevice.PointerType.Eraser
                self._press(pos, eraser or event.button() == Qt.MouseButton.RightButton)
            elif kind == QEvent.Type.TabletMove:
                if self._stroke is not None:
                    self._drag(pos)
            else:
                self._release(pos)
            event.accept()
            return True
        return False

    def plane_point(self, pos: QPointF) -> tuple[float, float]:
        """The point of the plane under a position of the view's viewport."""
        vb = self.view.plot.getPlotItem().getViewBox()
        p = vb.mapSceneToView(self.view.plot.mapToScene(pos.toPoint()))
        return p.x(), p.y()

    def _units(self, pixels: float) -> float:
        """`pixels` of the view in units of the plane."""
        size = self.view.plot.getPlotItem().getViewBox().viewPixelSize()
        return pixels * max(size[0], size[1])

    def _press(self, pos: QPointF, right: bool, shift: bool = False) -> None:
        x1, x2 = self.plane_point(pos)
        if max(abs(x1), abs(x2)) > drawn_points.LIMIT:  # on the axes, not the plane
            self._stroke = None
            return
        self._stroke_kind = "erase" if right or self.tool == "erase" else "move" if shift else self.tool
        self._stroke = self.current_points() if self._stroke_kind != "move" or self.drawn else []
        self._start_count = len(self._stroke)
        self._added, self._last = [], None
        if self._stroke_kind == "move":
            self._pick(x1, x2)
        else:
            self._apply(x1, x2)

    def _drag(self, pos: QPointF) -> None:
        x1, x2 = self.plane_point(pos)
        if self._stroke_kind == "move":
            self._show_probe(x1, x2)
            return
        if self._last is not None and math.hypot(x1 - self._last[0], x2 - self._last[1]) < self._units(SPACING_PX):
            return
        self._apply(x1, x2)

    def _apply(self, x1: float, x2: float) -> None:
        self._last = (x1, x2)
        if self._stroke_kind == "erase":
            before = len(self._stroke)
            self._stroke = drawn_points.erase_near(self._stroke, x1, x2, self._units(ERASER_PX))
            if len(self._stroke) != before:
                self._show_stroke()
            return
        if len(self._stroke) >= drawn_points.MAX_POINTS:
            self._say(self.tr("A drawing holds at most {0} points: erase some first.").format(drawn_points.MAX_POINTS))
            return
        p = drawn_points.point(x1, x2, self.pen_label())
        self._stroke.append(p)
        self._added.append(p)
        self.pending.setData(pos=[q[:2] for q in self._added], brush=[self._brush(q[2]) for q in self._added])
        self.pending.setVisible(True)

    def _release(self, pos: QPointF) -> None:
        if self._stroke is None:
            return
        kind, points = self._stroke_kind, self._stroke
        if kind == "move":
            self._drop(*self.plane_point(pos))
            self._stroke = None
            return
        self._stroke = None
        self.pending.setVisible(False)
        if kind == "draw" and self._added:
            self.commit(points, self.tr("Draw points"))
        elif kind == "erase" and len(points) != self._start_count:
            self.commit(points, self.tr("Erase points"))
        else:
            self._refresh()

    def _cancel(self) -> None:
        self._stroke = None
        self.pending.setVisible(False)
        self._hide_probe()
        self._refresh()

    # -- moving a point, and its prediction ---------------------------------------------------

    def _pick(self, x1: float, x2: float) -> None:
        """Picks up the drawn point nearest the press, or (a generated set) a probe at it."""
        radius = self._units(ERASER_PX)
        if self.drawn:
            self._moving = drawn_points.nearest(self._stroke, x1, x2, radius)
        else:
            shown = np.column_stack(self.view.train_scatter.getData()).tolist()
            self._moving = None if drawn_points.nearest(shown, x1, x2, radius) is None else -1
        if self._moving is None:
            self._stroke = None
            return
        self._show_probe(x1, x2)

    def _drop(self, x1: float, x2: float) -> None:
        index, self._moving = self._moving, None
        self._hide_probe()
        if index is None:
            return
        if index >= 0:
            moved = drawn_points.point(x1, x2, self._stroke[index][2])
            if moved != self._stroke[index]:
                self._stroke[index] = moved
                points, self._stroke = self._stroke, None
                self.commit(points, self.tr("Move a point"))
        else:
            self._say(self.tr("The point goes back: start from this set to keep a moved point."))

    def prediction_text(self, x1: float, x2: float) -> str:
        """What the model says at (x1, x2), read from the output map shown (the current snapshot's)."""
        grid = self.view.output_grid
        if grid is None:
            return self.tr("No prediction yet: press Play")
        if self.view.class_grids is not None:  # one output per class: the likeliest, and how sure
            probabilities = [drawn_points.grid_value(g, x1, x2) for g in np.asarray(self.view.class_grids, float)]
            best = int(np.argmax(probabilities))
            return self.tr("P(class {0}) = {1:.2f} → class {0}").format(best, probabilities[best])
        value = drawn_points.grid_value(np.asarray(grid, dtype=float), x1, x2)
        kind = self.view.output_kind
        if kind == "probability":
            return self.tr("P(class 1) = {0:.2f} → class {1}").format(value, int(value >= 0.5))
        if kind == "signed":
            return self.tr("output {0:+.2f} → class {1}").format(value, int(value >= 0))
        return self.tr("prediction {0:+.2f}").format(value)

    def _show_probe(self, x1: float, x2: float) -> None:
        label = self._stroke[self._moving][2] if self._moving is not None and self._moving >= 0 else None
        if label is not None:  # the drawn point itself goes with the pen, not a copy of it
            points = list(self._stroke)
            points[self._moving] = drawn_points.point(x1, x2, label)
            self.view.set_dataset(view_dataset(self.state.experiment, points))
        brush = self._brush(label) if label is not None else pg.mkBrush("w")
        self.probe.setData(pos=[(x1, x2)], brush=[brush])
        self.prediction.setText(self.prediction_text(x1, x2))
        # Beside the point, on the side of the plane with room for the text.
        right = x1 < 0
        self.prediction.setAnchor((0, 1) if right else (1, 1))
        offset = self._units(10)
        self.prediction.setPos(x1 + (offset if right else -offset), x2 + offset)
        self.probe.setVisible(True)
        self.prediction.setVisible(True)

    def _hide_probe(self) -> None:
        self.probe.setVisible(False)
        self.prediction.setVisible(False)

    # -- showing the drawing ------------------------------------------------------------------

    def _brush(self, label: float):
        if self.has_classes:
            return pg.mkBrush(colors.CLASS_COLORS[min(int(round(label)), len(colors.CLASS_COLORS) - 1)])
        rgba = colors.lookup_table(256)[int((np.clip(label, -1, 1) + 1) * 127.5 + 0.5)]
        return pg.mkBrush(*rgba)

    def _show_stroke(self) -> None:
        """The points during an erase stroke, all drawn as training points until the edit splits them."""
        x, y = drawn_points.arrays({"points": self._stroke})
        empty = np.zeros((0, 2), np.float32)
        self.view.set_dataset(
            datasets.Dataset(self.problem, x.astype(np.float32), y.reshape(-1, 1), empty, np.zeros((0, 1)))
        )

    def _on_state_changed(self, change: Change) -> None:
        if change.section in ("data", "experiment"):
            if not self.drawn:  # other data: the pen starts again from two classes
                blocker = QSignalBlocker(self.classes)
                self.classes.setValue(2)
                del blocker
            self._refresh()
        exp = self.state.experiment
        if change.revert and exp.plane and not self.drawn:  # an erase stroke declined: the set as it was
            try:
                self.view.set_dataset(datasets.generate(exp.data, exp.seed))
            except (ValueError, OSError):
                pass  # the controller says why the data cannot be made

    def _show_classes(self) -> None:
        """The class picker (as many classes as drawn for), or the value for regression."""
        editing = self.state.experiment.plane and self.tool != "look"
        classes = editing and self.has_classes
        for button in self.class_buttons.buttons():
            button.setVisible(classes and self.class_buttons.id(button) < self.classes.value())
        self.classes.setVisible(classes)
        self.classes_label.setVisible(classes)
        self.value.setVisible(editing and not classes)
        self.value_label.setVisible(editing and not classes)

    def _say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _refresh(self) -> None:
        exp = self.state.experiment
        editing = exp.plane and self.tool != "look"
        self.tools.setVisible(editing)
        self.edit_button.setVisible(exp.plane)
        self._place_edit_button()
        for widget in self.editing:
            widget.setVisible(editing)
        if self.drawn and self.has_classes:  # the picker says what the drawing is drawn for
            blocker = QSignalBlocker(self.classes)
            self.classes.setValue(drawn_points.class_count(exp.data.source))
            del blocker
        self._show_classes()
        self.from_set_button.setVisible(editing and not self.drawn)
        self.clear_button.setEnabled(exp.plane and (not self.drawn or bool(exp.data.source.get("points"))))
        if not self.drawn:
            hints = {
                "draw": self.tr("Your first stroke turns this set into drawn points."),
                "erase": self.tr("Your first stroke turns this set into drawn points."),
                "move": self.tr("Drag a point to see its prediction; it goes back unless you start from this set."),
            }
            self.hint.setText(hints.get(self.tool, ""))
        else:  # the data panel counts the points: the plane keeps the room
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        if self.drawn and self._stroke is None:
            self.view.set_dataset(view_dataset(exp))


def view_dataset(exp, points: list | None = None) -> datasets.Dataset:
    """The drawing split as training will split it; all training points while it cannot be split
    yet (fewer than two points), so the view shows every point at once. `points`: these instead of
    the drawing's (a point being dragged: the split, which follows the labels only, is the same)."""
    data = exp.data
    if points is not None:
        data = dataclasses.replace(data, source={**data.source, "points": points})
    x, y = drawn_points.arrays(data.source)
    if drawn_points.splits(len(y), data.holdout):
        pool = datasets.split_pool(data, exp.seed)
        return datasets.from_split(data, pool, pool.parts)
    empty = np.zeros((0, 2), np.float32)
    return datasets.Dataset(exp.data_problem, x.astype(np.float32), y.reshape(-1, 1), empty, np.zeros((0, 1)))


def _dot(colour: QColor) -> QIcon:
    picture = QPixmap(12, 12)
    picture.fill(Qt.GlobalColor.transparent)
    p = QPainter(picture)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(colour)
    p.setPen(QColor("white"))
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(picture)
