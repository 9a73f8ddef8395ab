"""Per-epoch metrics of a run: the rows `history.csv` holds and the curves plot."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np


class History:
    """Rows of {"epoch", "loss", "val_loss", <metric>, "val_<metric>", "learning_rate"}."""

    def __init__(self) -> None:
        self.rows: list[dict[str, float]] = []

    def __len__(self) -> int:
        return len(self.rows)

    def extend(self, rows: list[dict[str, float]]) -> None:
        self.rows.extend(rows)

    def clear(self) -> None:
        self.rows.clear()

    @property
    def last(self) -> dict[str, float] | None:
        return self.rows[-1] if self.rows else None

    def columns(self) -> list[str]:
        cols: list[str] = []
        for row in self.rows[:1] + self.rows[-1:]:
            cols += [k for k in row if k not in cols]
        return cols

    def column(self, name: str) -> np.ndarray:
        return np.array([row.get(name, math.nan) for row in self.rows], dtype=float)

    def write_csv(self, path: str | Path) -> None:
        cols = self.columns()
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=cols)
            writer.writeheader()
            for row in self.rows:
                writer.writerow({k: _fmt(row.get(k)) for k in cols})


def _fmt(v):
    if isinstance(v, float):
        return repr(v)
    return v
