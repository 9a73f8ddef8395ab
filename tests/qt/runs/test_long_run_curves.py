"""The curves of a long run: bounded points, the whole run on the axis, the newest epoch exact."""

import numpy as np

from playground.core.runs.curve_thinning import BUCKETS, RECENT
from playground.core.runs.epoch_history import History
from playground.qt.runs.loss_plot import QtLossPlot

N = 200_000


def test_a_long_run_is_drawn_in_bounded_points_ending_at_its_last_row(shown):
    plot = shown(QtLossPlot(), 500, 500)
    history = History()
    rng = np.random.default_rng(0)
    for start in range(1, N + 1, 25_000):  # the run grows between frames
        epochs = np.arange(start, start + 25_000)
        loss = (1 / np.sqrt(epochs) + 0.01 * rng.random(len(epochs))).astype(np.float32).tolist()
        history.extend(
            [
                {
                    "epoch": e,
                    "loss": a,
                    "val_loss": a + 0.1,
                    "accuracy": 0.9,
                    "val_accuracy": 0.8,
                    "learning_rate": 0.03,
                }
                for e, a in zip(epochs.tolist(), loss, strict=True)
            ]
        )
        plot.set_history(history)
    last = history.last
    bound = 2 * BUCKETS + RECENT + N // BUCKETS
    for key, name in (
        ("loss", "loss"),
        ("val_loss", "val_loss"),
        ("metric", "accuracy"),
        ("val_metric", "val_accuracy"),
    ):
        x, y = plot.curves[key].xData, plot.curves[key].yData
        assert 0 < len(x) <= bound and len(y) == len(x)
        assert x[0] == 1 and x[-1] == last["epoch"] == N and y[-1] == last[name]
        assert np.nanmax(y) == history.column(name).max()  # the highest (the first epochs) survives
    assert plot.x_span()[1] >= N  # the axis spans the whole run
    np.testing.assert_array_equal(plot.curves["loss"].yData[-RECENT:], history.column("loss")[-RECENT:])
