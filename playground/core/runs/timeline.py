"""The epoch timeline: copies of a run's weights at earlier epochs, in bounded memory.

A student drags back to epoch 20 to see the boundary it had then, or goes on from there. Keeping
every epoch would cost a LeNet run hundreds of megabytes, so snapshots are kept every `interval`
epochs; when there are too many, every other one goes and the interval doubles — the kept epochs
stay evenly spread over the whole run, and the first few epochs,
where the picture changes most, are all kept.
"""

from __future__ import annotations

import numpy as np

BUDGET_BYTES = 64 * 2**20  # what all snapshots of one run may take
HEAD = 10  # epochs 0…HEAD are kept whole (when there is room for four times as many)
MOST = 60  # at most this many: a slider has no room for more, and each costs the worker a call


class Timeline:
    """Snapshots {epoch: arrays} of one run, epoch 0 (the initial weights) always among them.

    Args:
        interval: the first spacing between snapshots, in epochs (the worker sizes its calls so
            one ends at each due epoch). Defaults to 1.
        budget_bytes: memory the snapshots may take. Defaults to BUDGET_BYTES.
        most: how many snapshots at most. Defaults to MOST.
    """

    def __init__(self, interval: int = 1, budget_bytes: int = BUDGET_BYTES, most: int = MOST):
        self.interval = max(1, int(interval))
        self.budget_bytes = int(budget_bytes)
        self.most = max(2, int(most))
        self._snapshots: dict[int, list[np.ndarray]] = {}

    @property
    def epochs(self) -> list[int]:
        return sorted(self._snapshots)

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for arrays in self._snapshots.values() for a in arrays)

    def due(self, epoch: int) -> bool:
        """Whether a snapshot at `epoch` would be kept."""
        return epoch % self.interval == 0 and epoch not in self._snapshots

    def next_due(self, epoch: int) -> int:
        """The first epoch after `epoch` that is due."""
        return (epoch // self.interval + 1) * self.interval

    def record(self, epoch: int, arrays: list[np.ndarray], force: bool = False) -> bool:
        """Keeps copies of `arrays` at `epoch` if it is due (or `force`); returns whether it did.
        Thins out when the count or the memory budget is reached."""
        if not force and not self.due(epoch):
            return False
        copies = [np.array(a, copy=True) for a in arrays]
        size = sum(a.nbytes for a in copies)
        if size > self.budget_bytes // 2:
            return False  # a model this big gets no timeline rather than one snapshot
        self._snapshots[epoch] = copies
        capacity = min(self.most, self.budget_bytes // size)
        # The first epochs change the picture most: a quarter of the room keeps them all.
        head = min(HEAD, capacity // 4)
        while len(self._snapshots) > capacity:
            self._thin(head)
        return epoch in self._snapshots

    def _thin(self, head: int) -> None:
        """Every other snapshot goes: those off the doubled interval, except the first `head` epochs."""
        self.interval *= 2
        for epoch in [e for e in self._snapshots if e % self.interval and e > head]:
            del self._snapshots[epoch]

    def get(self, epoch: int) -> list[np.ndarray]:
        """The arrays kept at `epoch` (a KeyError names the kept epochs)."""
        if epoch not in self._snapshots:
            raise KeyError(f"No snapshot at epoch {epoch}; kept: {self.epochs}")
        return self._snapshots[epoch]

    def nearest(self, epoch: float) -> int:
        """The kept epoch closest to `epoch` (the earlier one on a tie)."""
        kept = self.epochs
        if not kept:
            raise KeyError("The timeline is empty")
        return min(kept, key=lambda e: (abs(e - epoch), e))

    def truncate(self, epoch: int) -> None:
        """Forgets the snapshots after `epoch` (the run goes on from there)."""
        for e in [e for e in self._snapshots if e > epoch]:
            del self._snapshots[e]

    def clear(self) -> None:
        self._snapshots.clear()
