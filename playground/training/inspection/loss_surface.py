"""The "ball with momentum" picture: the paths real Keras optimizers take down a 2-D loss surface.

Each surface is written once, as a function of (x, y, ops) where `ops` is numpy (for the picture)
or TensorFlow (for the gradients), so the drawn landscape and the one the optimizers descend can
never disagree. TensorFlow is imported only when `paths` first runs.

Example:

    xs, ys, z = grid("valley")
    sgd, adam = paths("valley", [
        {"class_name": "SGD", "config": {"learning_rate": 0.09}},
        {"class_name": "Adam", "config": {"learning_rate": 0.3}},
    ], steps=100)
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.training.network import serialization
from playground.training.tf_setup import import_tensorflow


@dataclass(frozen=True)
class Surface:
    """A loss f(x, y) to descend.

    Args:
        label: the name shown in the surface menu.
        formula: f in one line, for the tooltip.

    The label, the lesson, the marks' labels and a formula's words are marked for translation
    (context "loss_surface"); the window shows them with `translate("loss_surface", text)`.
        x_range: (low, high) of x in the picture.
        y_range: (low, high) of y in the picture.
        start: where every optimizer starts unless told otherwise.
        minimum: the lowest point, or None when f has none (it falls away forever).
        function: f(x, y, ops) with `ops` numpy or tensorflow; only arithmetic and functions both
            modules share (`ops.exp`, `ops.sqrt`...).
        steps: how many steps the race runs by default.
        lesson: what the default race shows, in one sentence.
        scale: how the picture spreads f over its colours and contours: "log" (of f above its
            lowest value; shows the floor of a valley) or "linear". Defaults to "log".
        marks: other points worth naming on the map, as (label, (x, y)). Defaults to none.
    """

    label: str
    formula: str
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    start: tuple[float, float]
    minimum: tuple[float, float] | None
    function: Callable
    steps: int = 200
    lesson: str = ""
    scale: str = "log"
    marks: tuple[tuple[str, tuple[float, float]], ...] = ()

    def __call__(self, x, y, ops=np):
        return self.function(x, y, ops)


def _bowl(x, y, ops):
    return x * x + y * y


def _valley(x, y, ops):
    return 0.1 * x * x + 10.0 * y * y


def _rosenbrock(x, y, ops):
    return (1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2


def _two_minima(x, y, ops):
    # A double well tilted so the left minimum is deeper; the start is on the right-hand side.
    return (x * x - 1.0) ** 2 + 0.5 * x + 0.5 * y * y


def _saddle(x, y, ops):
    return 0.5 * x * x - 0.5 * y * y


SURFACES: dict[str, Surface] = {
    "bowl": Surface(
        QT_TRANSLATE_NOOP("loss_surface", "Round bowl"),
        "f = x² + y²",
        (-4.0, 4.0),
        (-3.0, 3.0),
        (-2.5, 2.0),
        (0.0, 0.0),
        _bowl,
        steps=60,
        lesson=QT_TRANSLATE_NOOP(
            "loss_surface",
            "Every SGD step points at the centre, so the learning rate alone decides: 0.05 crawls, "
            "0.5 lands in one step, 0.9 bounces across, above 1 the ball flies off. Adam's steps are about "
            "its learning rate long, wherever they point, so it overshoots.",
        ),
    ),
    "valley": Surface(
        QT_TRANSLATE_NOOP("loss_surface", "Narrow valley"),
        QT_TRANSLATE_NOOP("loss_surface", "f = 0.1·x² + 10·y²  (100 times more curved across than along)"),
        (-5.0, 5.0),
        (-3.0, 3.0),
        (-4.5, 2.0),
        (0.0, 0.0),
        _valley,
        steps=150,
        lesson=QT_TRANSLATE_NOOP(
            "loss_surface",
            "Plain SGD, at the largest rate the steep sides allow, zig-zags and then crawls along "
            "the flat floor; momentum overshoots but keeps its speed; RMSprop and Adam head straight down.",
        ),
    ),
    "rosenbrock": Surface(
        QT_TRANSLATE_NOOP("loss_surface", "Rosenbrock's banana"),
        QT_TRANSLATE_NOOP("loss_surface", "f = (1 − x)² + 100·(y − x²)²  (minimum at (1, 1))"),
        (-2.0, 2.0),
        (-1.0, 2.0),
        (-1.2, 1.0),
        (1.0, 1.0),
        _rosenbrock,
        steps=500,
        lesson=QT_TRANSLATE_NOOP(
            "loss_surface",
            "Reaching the curved valley is quick; following its floor to (1, 1) is slow without momentum.",
        ),
    ),
    "two_minima": Surface(
        QT_TRANSLATE_NOOP("loss_surface", "Two minima"),
        QT_TRANSLATE_NOOP("loss_surface", "f = (x² − 1)² + ½x + ½y²  (the left minimum is deeper)"),
        (-2.0, 2.0),
        (-1.5, 1.5),
        (1.6, 1.2),
        (-1.0575, 0.0),
        _two_minima,
        steps=300,
        lesson=QT_TRANSLATE_NOOP(
            "loss_surface",
            "Plain SGD, RMSprop and Adam stop in the nearer, shallower minimum; momentum rolls over "
            "the ridge into the deeper one.",
        ),
        marks=(
            (QT_TRANSLATE_NOOP("loss_surface", "shallow minimum"), (0.9304, 0.0)),
            (QT_TRANSLATE_NOOP("loss_surface", "pass"), (0.1271, 0.0)),
        ),
    ),
    "saddle": Surface(
        QT_TRANSLATE_NOOP("loss_surface", "Saddle"),
        QT_TRANSLATE_NOOP("loss_surface", "f = ½x² − ½y²  (no minimum: it falls away along y)"),
        (-4.0, 4.0),
        (-3.0, 3.0),
        (-3.5, 0.02),
        None,
        _saddle,
        steps=80,
        lesson=QT_TRANSLATE_NOOP(
            "loss_surface",
            "Near the saddle point (0, 0) the gradient is tiny: SGD lingers there; RMSprop and Adam "
            "divide by the gradient's size and leave at once.",
        ),
        scale="linear",
        marks=((QT_TRANSLATE_NOOP("loss_surface", "saddle point"), (0.0, 0.0)),),
    ),
}


def _opt(class_name: str, learning_rate: float, **config) -> dict:
    return {"class_name": class_name, "config": {"learning_rate": learning_rate, **config}}


DEFAULT_RACE: dict[str, list[dict]] = {
    "bowl": [
        _opt("SGD", 0.05),
        _opt("SGD", 0.5),
        _opt("SGD", 0.9),
        _opt("SGD", 1.05),
        _opt("Adam", 0.3),
    ],
    "valley": [
        _opt("SGD", 0.09),
        _opt("SGD", 0.02, momentum=0.9),
        _opt("RMSprop", 0.05),
        _opt("Adam", 0.1),
    ],
    "rosenbrock": [
        _opt("SGD", 0.001),
        _opt("SGD", 0.001, momentum=0.9),
        _opt("RMSprop", 0.01),
        _opt("Adam", 0.1),
    ],
    "two_minima": [
        _opt("SGD", 0.02),
        _opt("SGD", 0.02, momentum=0.9),
        _opt("RMSprop", 0.02),
        _opt("Adam", 0.05),
    ],
    "saddle": [
        _opt("SGD", 0.1),
        _opt("SGD", 0.1, momentum=0.9),
        _opt("RMSprop", 0.05),
        _opt("Adam", 0.1),
    ],
}


def surface(name: str) -> Surface:
    """The surface called `name`; a ValueError lists the names when there is none."""
    try:
        return SURFACES[name]
    except KeyError:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("loss_surface", "unknown surface {name!r}; choose one of {known}"),
                name=name,
                known=tuple(SURFACES),
            )
        ) from None


def grid(
    name: str, resolution: int = 200, x_range: tuple | None = None, y_range: tuple | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The surface sampled for the picture.

    Args:
        name: a key of SURFACES.
        resolution: points along each axis, ends included. Defaults to 200.
        x_range: (low, high) of x. Defaults to the surface's.
        y_range: (low, high) of y. Defaults to the surface's.

    Returns:
        (xs, ys, z): `xs` and `ys` are 1-D, `z[i, j]` is f(xs[j], ys[i]) (row i is ys[i], from the
        bottom).
    """
    s = surface(name)
    xs = np.linspace(*(x_range or s.x_range), resolution)
    ys = np.linspace(*(y_range or s.y_range), resolution)
    x, y = np.meshgrid(xs, ys)
    return xs, ys, np.asarray(s(x, y, np), dtype=float)


def paths(name: str, optimizers: list[dict], steps: int, start=None) -> list[np.ndarray]:
    """Where each optimizer takes a point descending surface `name`.

    Each optimizer is a real Keras optimizer built from its `{"class_name", "config"}` dict (only
    built-in ones), minimising f over a `tf.Variable` of shape (2,) in float64. The steps run in
    one compiled call; compiled loops are kept, so a second race with other learning rates or step
    counts costs no compile.

    Args:
        name: a key of SURFACES.
        optimizers: Keras optimizer dicts, e.g.
            `{"class_name": "SGD", "config": {"learning_rate": 0.01, "momentum": 0.9}}`.
        steps: how many optimizer steps.
        start: (x, y) to start from. Defaults to the surface's start.

    Returns:
        One float64 array per optimizer, of shape (steps + 1, 2): the point before each step and
        after the last. A path that reaches a non-finite value ends at the last finite point, so
        it is shorter.
    """
    s = surface(name)
    steps = int(steps)
    if steps < 0:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("loss_surface", "steps must be 0 or more, got {steps}"), steps=steps)
        )
    start = np.asarray(s.start if start is None else start, dtype=np.float64).reshape(2)
    tf = import_tensorflow()
    out = []
    with _lock:
        for spec in optimizers:
            runner = _runner(name, spec)
            out.append(runner.run(tf, start, spec.get("config", {}).get("learning_rate"), steps))
    return out


_lock = threading.Lock()
_CACHE_SIZE = 48
_cache: OrderedDict[tuple, _Runner] = OrderedDict()


def _runner(name: str, spec: dict) -> _Runner:
    """The compiled loop for this surface and optimizer; the learning rate is not part of the key
    (it is a variable of the optimizer), so changing it reuses the compiled loop."""
    config = {k: v for k, v in spec.get("config", {}).items() if k != "learning_rate"}
    # The whole dict is the key (module and all), so a spec Keras would refuse is never served
    # from the cache: only a new runner checks it.
    key = (name, json.dumps({**spec, "config": config}, sort_keys=True, default=str))
    runner = _cache.get(key)
    if runner is None:
        runner = _cache[key] = _Runner(SURFACES[name], spec)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    _cache.move_to_end(key)
    return runner


class _Runner:
    """One optimizer on one surface: its variable, its state as first built, its compiled loop."""

    def __init__(self, s: Surface, spec: dict) -> None:
        tf = import_tensorflow()
        self.optimizer = serialization.optimizer(spec, where="optimizer")
        self.w = tf.Variable(np.zeros(2), dtype=tf.float64, name="w")
        self.optimizer.build([self.w])
        # Slots start at zero for most optimizers, not all (Adagrad's accumulator): keep the
        # values as built to start every race from them.
        self.initial = [v.numpy() for v in self.optimizer.variables]
        self.fn = tf.function(self._loop, reduce_retracing=True)
        self.surface = s

    def _loop(self, steps):
        tf = import_tensorflow()
        w = self.w
        points = tf.TensorArray(tf.float64, size=0, dynamic_size=True, element_shape=(2,))
        points = points.write(0, w.read_value())
        for i in tf.range(steps):
            with tf.GradientTape() as tape:
                loss = self.surface(w[0], w[1], tf)
            grad = tape.gradient(loss, w)
            self.optimizer.apply_gradients([(grad, w)])
            point = w.read_value()
            if not tf.reduce_all(tf.math.is_finite(point)):
                break
            points = points.write(i + 1, point)
        return points.stack()

    def run(self, tf, start: np.ndarray, learning_rate, steps: int) -> np.ndarray:
        for variable, value in zip(self.optimizer.variables, self.initial, strict=True):
            variable.assign(value)
        if learning_rate is not None:
            self.optimizer.learning_rate = float(learning_rate)
        self.w.assign(start)
        return np.asarray(self.fn(tf.constant(steps, dtype=tf.int32)), dtype=np.float64)
