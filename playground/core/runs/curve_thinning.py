"""What the curves draw of a long run, in bounded points: every recent epoch exactly, and of the older
epochs the lowest and the highest value of each bucket (pyqtgraph's "peak" downsampling; TensorBoard
likewise keeps a bounded sample of a long run). Spikes stay visible, the whole run stays on show, and
a frame costs the same at epoch 1,000,000 as at epoch 10,000: the buckets are kept up as the run
grows, each update reading only the epochs that are new since the last.
"""

from __future__ import annotations

import numpy as np

RECENT = 4000  # the last epochs, drawn exactly
BUCKETS = 2000  # at most this many buckets before them (two points each)


class CurveThinning:
    """Thins columns of one growing history that share their x (the epochs).

    Args:
        recent: how many of the last epochs are drawn exactly. Defaults to RECENT.
        buckets: how many buckets the older epochs are kept in, at most. Defaults to BUCKETS.

    Example:
        >>> thinning = CurveThinning()
        >>> x, ys = thinning.update(epochs, {"loss": loss, "val_loss": val_loss})

    At most 2 × buckets + recent + (the bucket size) points come out: a bucket's size doubles
    (merging pairs of buckets) whenever there would be more buckets.
    """

    def __init__(self, recent: int = RECENT, buckets: int = BUCKETS) -> None:
        self.recent = max(1, int(recent))
        self.buckets = max(2, int(buckets))
        self.reset()

    def reset(self) -> None:
        """Forgets the buckets (a new run, or one cut back to an earlier epoch)."""
        self.size = 1  # epochs per bucket
        self.done = 0  # epochs already in buckets
        self._names: tuple[str, ...] = ()
        self._x = np.empty(0)  # each bucket's first epoch
        self._low: dict[str, np.ndarray] = {}
        self._high: dict[str, np.ndarray] = {}
        self._drawn: tuple[np.ndarray, dict[str, np.ndarray]] | None = None  # the buckets as points

    def update(self, x: np.ndarray, columns: dict[str, np.ndarray]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """The points to draw: x, and each column's values at them. `x` and the columns are the
        whole history so far; earlier updates' epochs must not have changed (`reset` otherwise)."""
        n = len(x)
        if tuple(columns) != self._names or n < self.done:
            self.reset()
            self._names = tuple(columns)
        older = n - self.recent  # epochs that may go into buckets
        while older // self.size > self.buckets:
            self._merge()
        end = self.done + max(0, (older - self.done) // self.size) * self.size
        if end > self.done:
            self._add(x, columns, end)
        if not len(self._x):
            return np.asarray(x), {name: np.asarray(values) for name, values in columns.items()}
        if self._drawn is None:
            self._drawn = (
                np.repeat(self._x, 2),
                {name: np.stack([self._low[name], self._high[name]], axis=1).ravel() for name in self._names},
            )
        old_x, old_ys = self._drawn
        tail = slice(self.done, n)
        return (
            np.concatenate([old_x, x[tail]]),
            {name: np.concatenate([old_ys[name], np.asarray(values)[tail]]) for name, values in columns.items()},
        )

    def _merge(self) -> None:
        """Pairs of buckets become one, twice the size (an odd last one goes back to the tail)."""
        if not len(self._x):
            self.size *= 2
            return
        if len(self._x) % 2:
            self._x = self._x[:-1]
            for name in self._names:
                self._low[name], self._high[name] = self._low[name][:-1], self._high[name][:-1]
            self.done -= self.size
        self._x = self._x[0::2]
        for name in self._names:
            low, high = self._low[name], self._high[name]
            self._low[name] = np.fmin(low[0::2], low[1::2])
            self._high[name] = np.fmax(high[0::2], high[1::2])
        self.size *= 2
        self._drawn = None

    def _add(self, x: np.ndarray, columns: dict[str, np.ndarray], end: int) -> None:
        start, size = self.done, self.size
        self._x = np.concatenate([self._x, np.asarray(x[start:end:size], float)])
        for name, values in columns.items():
            block = np.asarray(values[start:end], float).reshape(-1, size)
            # fmin/fmax skip NaN (a missing test value) unless a whole bucket is NaN.
            self._low[name] = np.concatenate([self._low.get(name, np.empty(0)), np.fmin.reduce(block, axis=1)])
            self._high[name] = np.concatenate([self._high.get(name, np.empty(0)), np.fmax.reduce(block, axis=1)])
        self.done = end
        self._drawn = None
