"""Optimizers' paths on 2-D loss surfaces: real Keras optimizers against the textbook recurrences.

Timing (2-core CPU, TensorFlow already imported): a default race of 4-5 optimizers takes about
0.5-0.8 s the first time on a surface (one tf.function trace per optimizer), then about 0.05-0.1 s
for 500 steps, also with other learning rates or step counts (the compiled loop is reused; the
learning rate is an optimizer variable). Not asserted: shared CI machines vary too much; the
retracing test below guards the part that matters.
"""

import math

import numpy as np
import pytest

from playground.core.errors import ExperimentError
from playground.training.inspection import loss_surface
from playground.training.inspection.loss_surface import DEFAULT_RACE, SURFACES, grid, paths


def sgd(lr: float, **config) -> dict:
    return {"class_name": "SGD", "config": {"learning_rate": lr, **config}}


def adam(lr: float) -> dict:
    return {"class_name": "Adam", "config": {"learning_rate": lr}}


def gradient(name: str, w: np.ndarray) -> np.ndarray:
    x, y = w
    if name == "bowl":
        return np.array([2 * x, 2 * y])
    if name == "valley":
        return np.array([0.2 * x, 20 * y])
    if name == "rosenbrock":
        return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])
    raise AssertionError(name)


@pytest.mark.parametrize("lr", [0.1, 0.3])  # the second reuses the compiled loop with a new rate
def test_sgd_on_the_bowl_is_gradient_descent(lr):
    (path,) = paths("bowl", [sgd(lr)], steps=25)
    w = np.array(SURFACES["bowl"].start)
    expected = [w]
    for _ in range(25):
        w = w - lr * gradient("bowl", w)
        expected.append(w)
    assert path.shape == (26, 2) and path.dtype == np.float64
    assert np.allclose(path, expected, rtol=0, atol=1e-6)


def test_sgd_with_momentum_follows_the_momentum_recurrence():
    lr, momentum, start = 0.02, 0.9, (-4.0, 1.5)
    (path,) = paths("valley", [sgd(lr, momentum=momentum)], steps=60, start=start)
    w, v = np.array(start), np.zeros(2)
    expected = [w]
    for _ in range(60):
        v = momentum * v - lr * gradient("valley", w)  # Keras: v ← m·v − lr·g;  w ← w + v
        w = w + v
        expected.append(w)
    assert np.allclose(path, expected, rtol=0, atol=1e-6)


def test_a_second_race_starts_from_fresh_optimizer_state():
    race = [{"class_name": "Adagrad", "config": {"learning_rate": 0.5}}, adam(0.1), sgd(0.01, momentum=0.9)]
    first = paths("rosenbrock", race, steps=40)
    paths("rosenbrock", race, steps=7, start=(0.5, 0.5))
    again = paths("rosenbrock", race, steps=40)
    for a, b in zip(first, again, strict=True):
        assert np.array_equal(a, b)


def test_plain_sgd_zig_zags_across_the_valley_while_adam_stays_stable():
    # The steep direction (curvature 20) is stable below lr = 2/20 = 0.1; 0.095 flips y each step.
    sgd_path, adam_path = paths("valley", [sgd(0.095), adam(0.1)], steps=60)
    flips = np.count_nonzero(np.diff(np.sign(sgd_path[:40, 1])) != 0)
    assert flips >= 38, flips
    assert np.all(np.abs(sgd_path[:, 1]) <= abs(sgd_path[0, 1]) + 1e-12)  # bouncing, not diverging
    start_f = SURFACES["valley"](*adam_path[0])
    values = SURFACES["valley"](adam_path[:, 0], adam_path[:, 1])
    assert np.all(np.isfinite(adam_path)) and len(adam_path) == 61
    assert values.max() <= start_f and values[-1] < 0.01 * start_f
    adam_flips = np.count_nonzero(np.diff(np.sign(adam_path[:40, 1])) != 0)
    assert adam_flips <= 2, adam_flips


def test_adam_and_momentum_get_closer_to_the_rosenbrock_minimum_than_sgd():
    plain, momentum, adam_path = paths("rosenbrock", [sgd(0.001), sgd(0.001, momentum=0.9), adam(0.1)], steps=500)
    distance = {
        name: float(np.hypot(*(p[-1] - (1.0, 1.0))))
        for name, p in (("sgd", plain), ("momentum", momentum), ("adam", adam_path))
    }
    assert distance["momentum"] < 0.5 * distance["sgd"] and distance["adam"] < 0.5 * distance["sgd"], distance
    assert distance["momentum"] < 0.2 and distance["adam"] < 0.3, distance


def test_a_too_high_rate_diverges_and_the_path_ends_at_the_last_finite_point():
    # On the bowl SGD multiplies w by (1 − 2·lr) = −5 per step: float64 overflows after ~440 steps.
    (path,) = paths("bowl", [sgd(3.0)], steps=500)
    w = np.array(SURFACES["bowl"].start)
    finite = [w]
    with np.errstate(over="ignore", invalid="ignore"):
        while np.all(np.isfinite(w := w - 3.0 * gradient("bowl", w))):
            finite.append(w)
    assert 300 < len(path) < 501 and len(path) == len(finite)
    assert np.all(np.isfinite(path)) and np.allclose(path, finite, rtol=1e-9, atol=0)

    # On Rosenbrock the quartic wall throws it out within a few steps.
    (path,) = paths("rosenbrock", [sgd(0.01)], steps=200)
    assert 2 <= len(path) < 20 and np.all(np.isfinite(path))
    with np.errstate(over="ignore", invalid="ignore"):
        after = path[-1] - 0.01 * gradient("rosenbrock", path[-1])
    assert not np.all(np.isfinite(after))


def test_grid_values_are_the_numpy_formula():
    xs, ys, z = grid("rosenbrock", 41)
    s = SURFACES["rosenbrock"]
    assert np.array_equal(xs, np.linspace(*s.x_range, 41)) and np.array_equal(ys, np.linspace(*s.y_range, 41))
    assert z.shape == (41, 41)
    x, y = xs[7], ys[30]
    assert z[30, 7] == pytest.approx((1 - x) ** 2 + 100 * (y - x * x) ** 2, rel=1e-12)
    X, Y = np.meshgrid(xs, ys)
    assert np.allclose(z, (1 - X) ** 2 + 100 * (Y - X**2) ** 2, rtol=1e-12, atol=0)
    _, _, valley = grid("valley", 30, x_range=(-1, 1), y_range=(0, 2))
    assert valley[-1, -1] == pytest.approx(0.1 + 10 * 4)


def test_every_surface_is_described_and_its_default_race_runs():
    for name, s in SURFACES.items():
        assert s.label and s.formula and s.lesson and s.scale in ("log", "linear")
        assert s.x_range[0] < s.start[0] < s.x_range[1] and s.y_range[0] < s.start[1] < s.y_range[1]
        if s.minimum is not None:
            gx, gy = _numeric_gradient(s, s.minimum)
            assert math.hypot(gx, gy) < 1e-3, (name, gx, gy)
        race = DEFAULT_RACE[name]
        assert 3 <= len(race) <= 8
        for path in paths(name, race, steps=s.steps):
            assert path.shape[1] == 2 and np.all(np.isfinite(path))


def test_every_keras_optimizer_runs_on_a_surface():
    names = ["SGD", "RMSprop", "Adagrad", "Adadelta", "Adam", "AdamW", "Adamax", "Nadam"]
    race = [{"class_name": n, "config": {"learning_rate": 0.05}} for n in names]
    for name, path in zip(names, paths("bowl", race, steps=30), strict=True):
        assert path.shape == (31, 2), name
        f = SURFACES["bowl"]
        assert f(*path[-1]) < f(*path[0]), name


def test_the_default_races_show_their_lessons():
    (bowl_sgd_05,) = paths("bowl", [sgd(0.5)], steps=1)
    assert np.allclose(bowl_sgd_05[1], 0.0)  # lr = 1 / curvature: one step to the bottom
    plain, momentum, *rest = paths("two_minima", DEFAULT_RACE["two_minima"], SURFACES["two_minima"].steps)
    assert np.allclose(plain[-1], (0.9304, 0.0), atol=0.01)  # the nearer, shallower minimum
    assert np.allclose(momentum[-1], SURFACES["two_minima"].minimum, atol=0.05)  # over the pass
    assert all(np.allclose(p[-1], (0.9304, 0.0), atol=0.05) for p in rest)
    sgd_saddle, _, rms, adam_saddle = paths("saddle", DEFAULT_RACE["saddle"], SURFACES["saddle"].steps)

    def leaves(path):
        return int(np.argmax(np.abs(path[:, 1]) > 1.0))

    assert leaves(adam_saddle) < leaves(sgd_saddle) / 2 and leaves(rms) < leaves(sgd_saddle) / 2


def test_a_second_race_reuses_the_compiled_loops():
    race = [sgd(0.05), adam(0.2)]
    paths("valley", race, steps=20)
    runners = [loss_surface._runner("valley", spec) for spec in race]
    traces = [r.fn.experimental_get_tracing_count() for r in runners]
    paths("valley", [sgd(0.07), adam(0.01)], steps=300, start=(1.0, 1.0))
    assert [r.fn.experimental_get_tracing_count() for r in runners] == traces


def test_wrong_names_and_optimizers_are_refused():
    with pytest.raises(ValueError, match="unknown surface 'moon'; choose one of bowl"):
        paths("moon", [sgd(0.1)], steps=3)
    with pytest.raises(ExperimentError, match="only built-in Keras objects"):
        paths("bowl", [{"class_name": "SGD", "module": "os", "config": {}}], steps=3)
    (path,) = paths("bowl", [sgd(0.1)], steps=0, start=(1.0, 2.0))
    assert np.array_equal(path, [[1.0, 2.0]])


def _numeric_gradient(s, point, h=1e-6):
    x, y = point
    return (s(x + h, y) - s(x - h, y)) / (2 * h), (s(x, y + h) - s(x, y - h)) / (2 * h)
