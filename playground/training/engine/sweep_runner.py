"""Trains several versions of an experiment one after another — K-fold, a data-size or capacity
sweep, an optimizer comparison — in short steps, so the training thread stays responsive between
them. Each version is a whole `Session` run to its epoch limit (or its early stop)."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from playground.core.data.datasets import Dataset
from playground.core.experiment.config import Experiment


@dataclass
class SweepItem:
    label: str
    experiment: Experiment
    dataset: Dataset | None = None  # None: generated from the experiment


@dataclass
class Finished:
    """One version's run, done: what the run history keeps."""

    index: int
    label: str
    experiment: Experiment
    rows: list[dict]
    events: list[dict] = field(default_factory=list)
    reason: str = "finished"


class SweepRunner:
    """Runs `items` in order; call `step` until `done`.

    Args:
        items: the versions to train.
        weight_seed: the initial weights' seed, the same for every version so that only the
            swept setting differs. Defaults to the first experiment's seed.
    """

    def __init__(self, items: list[SweepItem], weight_seed: int | None = None):
        self.items = items
        self.index = 0
        self.weight_seed = items[0].experiment.seed if weight_seed is None else weight_seed
        self._session = None

    @property
    def done(self) -> bool:
        return self.index >= len(self.items)

    def step(self, seconds: float = 0.05) -> tuple[int, list[dict], Finished | None]:
        """Trains the current version for about `seconds`; returns (its index, its new history
        rows, the Finished record when it ended)."""
        from playground.training.engine.session import Session

        item = self.items[self.index]
        if self._session is None:
            # The versions are compared, not kept: a ModelCheckpoint would have each one overwrite
            # the same file (in whatever folder the process runs in).
            exp = item.experiment.copy()
            exp.training.callbacks = [c for c in exp.training.callbacks if c.get("class_name") != "ModelCheckpoint"]
            self._session = Session(exp, weight_seed=self.weight_seed, dataset=item.dataset)
            self._session.warm_up()
        session, limit = self._session, item.experiment.training.epochs
        rows: list[dict] = []
        start = time.perf_counter()
        while time.perf_counter() - start < seconds and session.epoch < limit and not session.finished:
            rows += session.train(min(64, limit - session.epoch))
            if rows and not math.isfinite(rows[-1].get("loss", math.nan)):
                break
        last = rows[-1] if rows else session.history.last
        nonfinite = last is not None and not math.isfinite(last.get("loss", math.nan))
        if session.epoch < limit and not session.finished and not nonfinite:
            return self.index, rows, None
        if not session.finished and not nonfinite:
            session.finish()
        reason = "early_stopped" if session.stopped_early else "nonfinite" if nonfinite else "finished"
        record = Finished(
            self.index, item.label, session.experiment, session.history.copy().rows, list(session.events), reason
        )
        self._session = None
        self.index += 1
        return record.index, rows, record
