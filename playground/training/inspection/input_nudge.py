"""Nudging an input until the model calls it class K: the iterative fast gradient sign method
(Goodfellow et al. 2015; Kurakin et al. 2016), aimed at a class. Each step moves every pixel by
the same small amount against the gradient of −log P(K), keeps the input within its valid range,
and notes the probabilities — so the window can play back how little change flips the prediction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from playground.training.inspection.drawn_input import final_activation, probabilities_tensor
from playground.training.tf_setup import import_tensorflow

STEP = 0.02  # each step moves a pixel by this share of its valid range
MAX_STEPS = 60  # at most this many steps: 1.2 times the range, far beyond what a pixel may move


@dataclass
class Nudge:
    """The steps from the input to the first one the model calls the target (or the last tried).

    inputs: (steps + 1, h, w, c), the input first, as the model takes them.
    probabilities: (steps + 1, classes) for each of them.
    flipped: whether the last is predicted as the target.
    """

    target: int
    inputs: np.ndarray
    probabilities: np.ndarray
    flipped: bool
    low: np.ndarray = field(repr=False, default_factory=lambda: np.float32(0.0))
    high: np.ndarray = field(repr=False, default_factory=lambda: np.float32(1.0))

    @property
    def steps(self) -> int:
        return len(self.inputs) - 1

    def max_change(self) -> float:
        """The largest change of one pixel, as a share of its valid range (0–1)."""
        span = np.broadcast_to(np.where(self.high > self.low, self.high - self.low, 1.0), self.inputs[0].shape)
        return float(np.max(np.abs(self.inputs[-1] - self.inputs[0]) / span)) if self.steps else 0.0


class Nudger:
    """Compiles one step for `model` (one image input, classes out)."""

    def __init__(self, model) -> None:
        tf = import_tensorflow()
        activation = final_activation(model)

        def step(x, target, size, low, high):
            with tf.GradientTape() as tape:
                tape.watch(x)
                probs = probabilities_tensor(model(x, training=False), activation)
                loss = -tf.math.log(tf.gather(probs, target, axis=-1)[0] + 1e-12)
            moved = tf.clip_by_value(x - size * tf.sign(tape.gradient(loss, x)), low, high)
            return moved, probs[0], probabilities_tensor(model(moved, training=False), activation)[0]

        self._step = tf.function(step, reduce_retracing=True)

    def nudge(self, x: np.ndarray, target: int, low=0.0, high=1.0, step=STEP, max_steps=MAX_STEPS) -> Nudge:
        """Steps from `x` (h, w, c), as the model takes it, towards class `target` until the model
        predicts it or `max_steps` are taken. `low`, `high`: the valid range of each value (scalars or
        arrays like `x`: a scaled image's range differs per pixel)."""
        tf = import_tensorflow()
        low = np.asarray(low, np.float32)
        high = np.asarray(high, np.float32)
        size = tf.constant(np.broadcast_to(step * np.abs(high - low), x.shape)[None].astype(np.float32))
        lo = tf.constant(np.broadcast_to(np.minimum(low, high), x.shape)[None])
        hi = tf.constant(np.broadcast_to(np.maximum(low, high), x.shape)[None])
        current = tf.constant(np.asarray(x, np.float32)[None])
        target_t = tf.constant(int(target), tf.int32)
        inputs, probabilities = [np.asarray(x, np.float32)], []
        flipped = False
        for _ in range(int(max_steps)):
            moved, before, after = self._step(current, target_t, size, lo, hi)
            if not probabilities:
                probabilities.append(before.numpy())
                if int(np.argmax(probabilities[0])) == target:  # already the target: nothing to do
                    flipped = True
                    break
            current = moved
            inputs.append(moved.numpy()[0])
            probabilities.append(after.numpy())
            if int(np.argmax(probabilities[-1])) == target:
                flipped = True
                break
        return Nudge(int(target), np.stack(inputs), np.stack(probabilities).astype(np.float64), flipped, low, high)
