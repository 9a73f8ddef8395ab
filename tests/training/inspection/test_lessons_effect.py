"""Each bundled lesson, trained as the window would train it, shows what its text promises.

A lesson's `expect` names its check and the numbers: how many epochs, which variant to compare with,
and the thresholds. Every run is seeded, small and short (each lesson well within a minute on a
2-core CPU; most of that is XLA compiling the model once).
"""

import math
import time

import numpy as np
import pytest

from playground.core.recipe import schedule_rates
from playground.core.teaching import lessons
from playground.training.engine.session import Session
from playground.training.inspection.layer_stats import LayerStats

LESSONS = lessons.load_all()
CHECKS = {}
SECONDS = {}  # lesson key -> seconds, printed with -s
MEASURED = {}  # the numbers the running check compared, printed with -s


def note(**numbers):
    MEASURED.update({k: float(f"{v:.4g}") if isinstance(v, float) else v for k, v in numbers.items()})


def check(name):
    def register(fn):
        CHECKS[name] = fn
        return fn

    return register


def _train(exp, epochs):
    session = Session(exp)
    rows = session.train(epochs)
    assert rows, "no epoch was trained"
    return session, rows


def _last(rows, key, n=1):
    return float(np.mean([r[key] for r in rows[-n:]]))


def _stats(session):
    """act_std and grad_norm of every layer by name, on the first test samples, as the window's Statistics."""
    return {row["name"]: row for row in LayerStats(session.model, session.x_test, session.y_test).compute()}


def _correlations(vectors):
    """Pairwise correlation of the rows (each centred and scaled); the diagonal left out."""
    v = vectors - vectors.mean(axis=1, keepdims=True)
    v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    c = v @ v.T
    return c[~np.eye(len(c), dtype=bool)]


@check("identical_units")
def identical_units(lesson, e):
    session, rows = _train(lesson.experiment(), e["epochs"])
    for name in e["layers"]:
        layer = session.model.get_layer(name)
        kernel, bias = layer.kernel.numpy(), layer.bias.numpy()
        # Every unit's incoming weights (a column of the kernel) and bias are the same, exactly.
        assert np.ptp(kernel, axis=1).max() <= 1e-6 * (1 + np.abs(kernel).max()), name
        assert np.ptp(bias) <= 1e-6 * (1 + np.abs(bias).max()), name
    learnt = float(np.abs(session.model.get_layer(e["layers"][0]).kernel.numpy()).max())
    assert learnt > 0.1  # they did learn, together
    note(zeros_val_accuracy=rows[-1]["val_accuracy"], zeros_largest_weight=learnt)
    assert rows[-1]["val_accuracy"] <= e["max_val_accuracy"]

    session, rows = _train(lesson.variant_experiment(e["variant"]), e["epochs"])
    spreads = [float(np.ptp(session.model.get_layer(name).kernel.numpy(), axis=1).max()) for name in e["layers"][:-1]]
    note(glorot_val_accuracy=rows[-1]["val_accuracy"], glorot_unit_spread=min(spreads))
    assert rows[-1]["val_accuracy"] >= e["variant_min_val_accuracy"]
    assert min(spreads) >= e["variant_min_spread"]
    session, rows = _train(lesson.variant_experiment(e["small_variant"]), e["epochs"])
    spread = float(np.ptp(session.model.get_layer(e["layers"][0]).kernel.numpy(), axis=1).max())
    note(small_unit_spread=spread, small_val_accuracy=rows[-1]["val_accuracy"])
    assert spread >= e["variant_min_spread"]


@check("activation_spread")
def activation_spread(lesson, e):
    first, last = e["first"], e["last"]
    session = Session(lesson.experiment())
    stats = _stats(session)
    ratio = stats[last]["act_std"] / stats[first]["act_std"]
    note(tiny_std_ratio=ratio, tiny_first_gradient=stats[first]["grad_norm"])
    assert ratio <= e["max_spread_ratio"]
    assert stats[first]["grad_norm"] <= e["max_first_gradient"]
    rows = session.train(e["epochs"])
    note(tiny_val_accuracy=rows[-1]["val_accuracy"])
    assert rows[-1]["val_accuracy"] <= e["max_val_accuracy"]

    session = Session(lesson.variant_experiment(e["variant"]))
    stats = _stats(session)
    ratio = stats[last]["act_std"] / stats[first]["act_std"]
    note(glorot_std_ratio=ratio, glorot_first_gradient=stats[first]["grad_norm"])
    assert ratio >= e["variant_min_spread_ratio"]
    assert stats[first]["grad_norm"] >= e["variant_min_first_gradient"]
    rows = session.train(e["epochs"])
    note(glorot_val_accuracy=rows[-1]["val_accuracy"])
    assert rows[-1]["val_accuracy"] >= e["variant_min_val_accuracy"]

    stats = _stats(Session(lesson.variant_experiment(e["saturated_variant"])))
    note(large_last_std=stats[last]["act_std"])
    assert stats[last]["act_std"] >= e["saturated_min_std"]  # tanh outputs piled up at ±1


@check("learning_rate")
def learning_rate(lesson, e):
    epochs = e["epochs"]
    _, high = _train(lesson.experiment(), epochs)
    _, low = _train(lesson.variant_experiment(e["too_low"]), epochs)
    _, good = _train(lesson.variant_experiment(e["about_right"]), epochs)
    high_loss = _last(high, "loss", 5)
    note(high_loss=high_loss, good_loss=good[-1]["loss"], low_fall=1 - low[-1]["loss"] / low[0]["loss"])
    note(good_fall=1 - good[-1]["loss"] / good[0]["loss"])
    assert not math.isfinite(high_loss) or high_loss >= e["min_high_over_good"] * good[-1]["loss"]
    assert 1 - low[-1]["loss"] / low[0]["loss"] <= e["max_low_fall"]
    assert 1 - good[-1]["loss"] / good[0]["loss"] >= e["min_good_fall"]


@check("batch_normalization")
def batch_normalization(lesson, e):
    epochs = e["epochs"]
    _, plain = _train(lesson.experiment(), epochs)
    plain_loss = plain[-1]["loss"]
    note(plain_loss=plain_loss, plain_epochs=len(plain))
    assert not math.isfinite(plain_loss) or plain_loss >= e["min_plain_loss"]  # NaN (the run stops) or stuck
    _, bn = _train(lesson.variant_experiment(e["with_bn"]), epochs)
    note(bn_loss=bn[-1]["loss"], bn_val_accuracy=bn[-1]["val_accuracy"])
    assert bn[-1]["loss"] <= e["max_bn_loss"] and bn[-1]["val_accuracy"] >= e["bn_min_val_accuracy"]
    _, slower = _train(lesson.variant_experiment(e["slower"]), epochs)
    note(slower_loss=slower[-1]["loss"], slower_fall=1 - slower[-1]["loss"] / slower[0]["loss"])
    assert 1 - slower[-1]["loss"] / slower[0]["loss"] >= e["slower_min_fall"]
    assert slower[-1]["loss"] > bn[-1]["loss"]


def _gap(rows, n):
    return float(np.mean([r["val_loss"] - r["loss"] for r in rows[-n:]]))


@check("gap_shrinks")
def gap_shrinks(lesson, e):
    n = e["last_epochs"]
    _, plain = _train(lesson.experiment(), e["epochs"])
    plain_gap = _gap(plain, n)
    note(plain_gap=plain_gap, plain_val_loss=_last(plain, "val_loss", n))
    assert plain_gap >= e["min_plain_gap"]
    for index in e["regularised"]:
        _, rows = _train(lesson.variant_experiment(index), e["epochs"])
        note(**{f"variant{index}_gap": _gap(rows, n), f"variant{index}_val_loss": _last(rows, "val_loss", n)})
        assert _gap(rows, n) <= e["max_gap_ratio"] * plain_gap, lesson.variants[index].label()
        assert _last(rows, "val_loss", n) < _last(plain, "val_loss", n)


@check("stops_early")
def stops_early(lesson, e):
    exp = lesson.experiment()
    assert exp.training.epochs == e["epochs"]
    session, rows = _train(exp, e["epochs"])
    assert session.stopped_early and len(rows) <= e["max_epochs"]
    best = min(r["val_loss"] for r in rows)
    assert session.best_epoch == 1 + int(np.argmin([r["val_loss"] for r in rows]))
    restored = session.model.evaluate(session.x_test, session.y_test, verbose=0, return_dict=True)["loss"]
    note(stopped_at=len(rows), best_epoch=session.best_epoch, best_val_loss=best, restored_val_loss=restored)
    assert restored == pytest.approx(best, rel=1e-2)  # restore_best_weights put the best epoch back

    _, rows = _train(lesson.variant_experiment(e["variant"]), e["variant_epochs"])
    note(without_val_loss=rows[-1]["val_loss"])
    assert rows[-1]["val_loss"] >= e["min_variant_rise"] * best


@check("schedule")
def schedule(lesson, e):
    epochs, n = e["epochs"], e["last_epochs"]
    runs = {}
    for name, exp in (
        ("step", lesson.experiment()),
        ("exponential", lesson.variant_experiment(e["exponential"])),
        ("constant", lesson.variant_experiment(e["constant"])),
    ):
        session, rows = _train(exp, epochs)
        t = exp.training
        plan = schedule_rates.epoch_rates(t.schedule, t.learning_rate, session.steps_per_epoch, epochs)
        np.testing.assert_allclose([r["learning_rate"] for r in rows], plan, rtol=1e-5)
        runs[name] = rows
    assert runs["step"][-1]["learning_rate"] < runs["step"][0]["learning_rate"] / 10
    calm = {name: float(np.std([r["loss"] for r in rows[-n:]])) for name, rows in runs.items()}
    note(**{f"{name}_loss_std": value for name, value in calm.items()})
    note(**{f"{name}_loss": _last(rows, "loss", n) for name, rows in runs.items()})
    assert calm["constant"] >= e["min_calm_ratio"] * calm["step"]
    for name in ("step", "exponential"):
        assert _last(runs[name], "loss", n) <= e["max_loss_ratio"] * _last(runs["constant"], "loss", n)


@check("unseen_classes")
def unseen_classes(lesson, e):
    session = Session(lesson.experiment())
    train, test = set(session.dataset.train_y.ravel()), set(session.dataset.test_y.ravel())
    assert len(train) == len(test) == 1 and not train & test  # the test set holds a class training never saw
    assert session.dataset.warnings
    rows = session.train(e["epochs"])
    note(unshuffled_accuracy=rows[-1]["accuracy"], unshuffled_val_accuracy=rows[-1]["val_accuracy"])
    assert rows[-1]["accuracy"] >= 0.99 and rows[-1]["val_accuracy"] <= e["max_val_accuracy"]

    session = Session(lesson.variant_experiment(e["shuffled"]))
    assert set(session.dataset.train_y.ravel()) == set(session.dataset.test_y.ravel()) == {0.0, 1.0}
    assert not session.dataset.warnings
    rows = session.train(e["epochs"])
    note(shuffled_val_accuracy=rows[-1]["val_accuracy"])
    assert rows[-1]["val_accuracy"] >= e["variant_min_val_accuracy"]


@check("cnn_filters")
def cnn_filters(lesson, e):
    session, rows = _train(lesson.experiment(), e["epochs"])
    note(val_accuracy=rows[-1]["val_accuracy"])
    assert rows[-1]["val_accuracy"] >= e["min_val_accuracy"]
    views = session.snapshot().views
    kernels = dict(views["filters"])[e["layer"]]  # (3, 3, 1, filters)
    kernels = kernels.reshape(-1, kernels.shape[-1]).T
    note(max_filter_correlation=float(np.abs(_correlations(kernels)).max()))
    assert np.abs(_correlations(kernels)).max() <= e["max_filter_correlation"]  # no two filters alike
    maps = next(out for name, _, out in views["activations"] if name == e["layer"])  # (8, 8, filters)
    maps = maps.reshape(-1, maps.shape[-1]).T
    lit = maps[maps.std(axis=1) > 0]
    note(maps_lit=len(lit), mean_map_correlation=float(np.abs(_correlations(lit)).mean()))
    assert len(lit) >= 2 and np.abs(_correlations(lit)).mean() <= e["max_filter_correlation"]


@check("range_test")
def range_test(lesson, e):
    exp = lesson.experiment()
    session = Session(exp)
    found = session.range_test()
    low, high = e["suggestion_between"]
    start = exp.training.learning_rate
    note(suggestion=float(found.suggestion), factor=float(found.suggestion / start))
    assert low <= found.suggestion <= high
    assert found.suggestion >= e["min_factor"] * start
    variant = lesson.variant_experiment(e["variant"])
    assert found.suggestion / e["max_variant_factor"] <= variant.training.learning_rate
    assert variant.training.learning_rate <= found.suggestion * e["max_variant_factor"]
    slow = session.train(e["epochs"])
    _, fast = _train(variant, e["epochs"])
    note(start_rate_loss=slow[-1]["loss"], suggested_rate_loss=fast[-1]["loss"])
    assert slow[-1]["loss"] >= e["min_loss_ratio"] * fast[-1]["loss"]


def test_every_lesson_has_a_check():
    assert {lesson.expect["check"] for lesson in LESSONS} == set(CHECKS)


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.key for lesson in LESSONS])
def test_the_lesson_shows_its_effect(lesson):
    start = time.perf_counter()
    MEASURED.clear()
    try:
        CHECKS[lesson.expect["check"]](lesson, lesson.expect)
    finally:
        SECONDS[lesson.key] = time.perf_counter() - start
        print(f"\n{lesson.key}: {SECONDS[lesson.key]:.1f} s {MEASURED}")
