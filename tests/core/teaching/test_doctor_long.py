"""The training doctor on runs of hundreds of thousands of epochs: it reads them in bounded arrays
(the first epoch, bucket means, the recent epochs exactly) and still finds what a short run shows."""

import numpy as np

from playground.core.runs.epoch_history import History
from playground.core.teaching.doctor import diagnose
from playground.core.teaching.doctor_run import EXACT, OLD_BUCKETS, Run

N = 400_000
SCALE = N // 400  # the short overfitting run of test_doctor, stretched a thousand times


def _history(loss, acc, val_loss, val_acc) -> History:
    history = History()
    for start in range(0, len(loss), 50_000):
        part = slice(start, start + 50_000)
        history.extend(
            [
                {"epoch": start + i + 1, "loss": a, "accuracy": b, "val_loss": c, "val_accuracy": d}
                for i, (a, b, c, d) in enumerate(
                    zip(
                        loss[part].tolist(),
                        acc[part].tolist(),
                        val_loss[part].tolist(),
                        val_acc[part].tolist(),
                        strict=True,
                    )
                )
            ]
        )
    return history


def test_a_long_overfitting_run_is_read_in_bounded_arrays_and_found():
    t = np.arange(N) / SCALE
    noise = np.random.default_rng(0).normal(0, 0.005, N)
    loss = 0.68 * np.exp(-t / 30) + 0.005
    acc = np.minimum(0.5 + t / 100, 0.99)
    val_loss = 0.3 + 0.4 * np.exp(-t / 30) + np.where(t > 119, (t - 119) / 1000, 0) + noise
    val_acc = np.minimum(0.5 + t / 100, 0.81)
    history = _history(loss, acc, val_loss, val_acc)

    run = Run(history.rows, "classification", 2)
    assert run.n == N and run.last_epoch == N and run.epochs[0] == 1 and run.loss[0] == loss[0]
    assert len(run.loss) == len(run.epochs) <= 1 + OLD_BUCKETS + EXACT + N // OLD_BUCKETS
    np.testing.assert_array_equal(run.val_loss[-EXACT:], val_loss[-EXACT:])

    found = diagnose(history.rows, "classification", 2, 0.01)
    assert [f.rule for f in found] == ["overfitting"]
    f = found[0]
    assert f.severity == "problem" and f.epoch == N
    assert f"Training accuracy 99 % but validation 81 % at epoch {N}" in f.text
    epoch = int(f.text.split("risen since epoch ")[1].split(" ")[0])
    assert 100 * SCALE <= epoch <= 125 * SCALE


def test_a_long_healthy_run_is_healthy():
    t = np.arange(N) / SCALE
    noise = np.random.default_rng(1).normal(0, 0.02, N)
    loss = (0.68 * np.exp(-t / 40) + 0.02) * (1 + noise)
    val_loss = (0.68 * np.exp(-t / 40) + 0.03) * (1 + 2 * noise[::-1])
    acc = np.clip(0.5 + 0.49 * (1 - np.exp(-t / 25)), 0, 1)
    found = diagnose(_history(loss, acc, val_loss, acc - 0.01).rows, "classification", 2, 0.03)
    assert [f.rule for f in found] == ["healthy"]
