"""The curves' thinning: bounded points, the recent epochs exact, every bucket's low and high kept."""

import numpy as np

from playground.core.runs.curve_thinning import CurveThinning


def _run(n: int) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    rng = np.random.default_rng(0)
    x = np.arange(1, n + 1, dtype=np.float32)
    loss = (1 / np.sqrt(x) + 0.01 * rng.standard_normal(n)).astype(np.float32)
    val = loss + 0.05
    val[::7] = np.nan  # epochs without a test value
    loss[n // 3] = 50.0  # a spike long ago
    return x, {"loss": loss, "val_loss": val}


def test_a_million_epochs_come_out_bounded_with_the_recent_ones_exact():
    x, ys = _run(1_000_000)
    thinning = CurveThinning(recent=4000, buckets=2000)
    for stop in (10, 5000, 123_457, 500_000, 999_999, 1_000_000):  # as a run grows frame by frame
        out_x, out = thinning.update(x[:stop], {k: v[:stop] for k, v in ys.items()})
    assert len(out_x) <= 2 * 2000 + 4000 + thinning.size and all(len(v) == len(out_x) for v in out.values())
    np.testing.assert_array_equal(out_x[-4000:], x[-4000:])
    np.testing.assert_array_equal(out["loss"][-4000:], ys["loss"][-4000:])
    assert out_x[0] == 1 and out_x[-1] == 1_000_000 and np.all(np.diff(out_x) >= 0)
    # The spike and the lowest and highest values survive; a bucket's missing test values do not blank it.
    assert np.nanmax(out["loss"]) == 50.0 and np.nanmin(out["loss"]) == ys["loss"].min()
    bucketed = len(out_x) - (1_000_000 - thinning.done)
    assert np.nanmin(out["val_loss"]) == np.nanmin(ys["val_loss"]) and np.isfinite(out["val_loss"][:bucketed]).all()


def test_growing_step_by_step_gives_what_one_update_gives():
    x, ys = _run(300_000)
    grown, once = CurveThinning(recent=1000, buckets=500), CurveThinning(recent=1000, buckets=500)
    for stop in range(1, 300_001, 7919):
        grown.update(x[:stop], {k: v[:stop] for k, v in ys.items()})
    a_x, a = grown.update(x, ys)
    b_x, b = once.update(x, ys)
    np.testing.assert_array_equal(a_x, b_x)
    for name in ys:
        np.testing.assert_array_equal(a[name], b[name])


def test_a_short_run_is_drawn_whole_and_a_shorter_history_starts_again():
    x, ys = _run(3000)
    thinning = CurveThinning(recent=4000)
    out_x, out = thinning.update(x, ys)
    np.testing.assert_array_equal(out_x, x)
    np.testing.assert_array_equal(out["val_loss"], ys["val_loss"])
    thinning = CurveThinning(recent=100, buckets=10)
    thinning.update(x, ys)
    out_x, out = thinning.update(x[:50], {k: v[:50] for k, v in ys.items()})  # a run cut back
    np.testing.assert_array_equal(out_x, x[:50])
    np.testing.assert_array_equal(out["loss"], ys["loss"][:50])
