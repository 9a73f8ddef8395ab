"""The learning-rate range test (Leslie Smith, 2015; fast.ai's "LR finder").

A short run raises the learning rate exponentially, step by step, from very small to very large and
records each batch's loss. The loss first barely moves (too small), then falls fastest, then blows
up (too large). A rate about ten times below the one with the lowest loss is a good start. The
model's weights and its optimizer's state are put back afterwards, so the test changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.training.engine.engine import float32
from playground.training.tf_setup import import_tensorflow

START, END = 1e-5, 10.0
SMOOTHING = 0.95  # exponential moving average of the batch losses, as fast.ai's finder smooths them (0.98)
DIVERGED = 4.0  # the curve ends where the smoothed loss exceeds 4× its minimum


@dataclass
class RangeTest:
    """The learning rates tried (one per step), the batch losses and their smoothed curve (all cut
    where it diverged), and the suggested rate."""

    rates: np.ndarray
    losses: np.ndarray
    smoothed: np.ndarray
    suggestion: float
    lowest: float  # the rate at the lowest smoothed loss


def range_test(model, x, y, batch_size: int, steps: int = 200, start: float = START, end: float = END, seed: int = 0):
    """Runs the range test on a compiled Keras model and returns a `RangeTest`.

    Args:
        model: the compiled model; its weights and optimizer state are restored afterwards.
        x, y: the training inputs and targets (an array each, or lists for several).
        batch_size: samples per step (the experiment's).
        steps: optimizer steps in the sweep. Defaults to 200.
        start, end: the first and last learning rate. Defaults to 1e-5 and 10.
        seed: seeds the batches' order. Defaults to 0.
    """
    tf = import_tensorflow()
    x, y = float32(x), float32(y)
    n = int((x[0] if isinstance(x, list) else x).shape[0])
    batch = min(int(batch_size), n)
    rng = np.random.default_rng(seed)
    per_epoch = n // batch
    order = np.concatenate([rng.permutation(n)[: per_epoch * batch] for _ in range(-(-steps // per_epoch))])
    order = order[: steps * batch].reshape(steps, batch)
    rates = start * (end / start) ** (np.arange(steps) / max(1, steps - 1))
    optimizer = model.optimizer
    saved = [w.numpy() for w in model.weights], [v.numpy() for v in optimizer.variables]
    xs, ys = (tf.nest.map_structure(tf.constant, a) for a in (x, y))

    @tf.function
    def sweep(order, rates):
        def body(i, losses):
            pick = order[i]
            batch_data = tf.nest.map_structure(lambda a: tf.gather(a, pick), (xs, ys))
            optimizer.learning_rate.assign(rates[i])
            model.reset_metrics()
            logs = model.train_step(batch_data)
            return i + 1, losses.write(i, tf.cast(logs["loss"], tf.float32))

        _, losses = tf.while_loop(
            lambda i, _: i < tf.shape(order)[0], body, (tf.constant(0), tf.TensorArray(tf.float32, size=steps))
        )
        return losses.stack()

    try:
        losses = sweep(tf.constant(order), tf.constant(rates, tf.float32)).numpy().astype(float)
    finally:
        for weight, value in zip(model.weights, saved[0], strict=True):
            weight.assign(value)
        for variable, value in zip(optimizer.variables, saved[1], strict=True):
            variable.assign(value)
        model.reset_metrics()
    return analyse(rates, losses)


def analyse(rates: np.ndarray, losses: np.ndarray) -> RangeTest:
    """Smooths the losses, cuts the curve where it diverges, and suggests a tenth of the rate at
    the lowest loss (Smith's rule of thumb: the fastest fall is usually about there, and it is
    robust where the slope of a noisy curve is not)."""
    smoothed = np.empty_like(losses)
    average = 0.0
    for i, loss in enumerate(losses):
        average = SMOOTHING * average + (1 - SMOOTHING) * loss
        smoothed[i] = average / (1 - SMOOTHING ** (i + 1))  # bias correction, as in Adam
    finite = np.isfinite(smoothed)
    end = int(np.argmin(finite)) if not finite.all() else len(smoothed)
    minimum = np.inf
    for i in range(end):
        minimum = min(minimum, smoothed[i])
        if smoothed[i] > DIVERGED * minimum and i > 10:
            end = i + 1
            break
    smoothed = smoothed[:end]
    if end < 3:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lr_finder",
                    "the loss diverged at once: the data or the model cannot train (check the loss and the inputs)",
                )
            )
        )
    skip = len(smoothed) // 10  # the first averages rest on a few batches only
    lowest = float(rates[skip + int(np.argmin(smoothed[skip:]))])
    return RangeTest(rates[:end], losses[:end], smoothed, lowest / 10, lowest)
