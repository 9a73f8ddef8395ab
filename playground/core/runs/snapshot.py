"""What the training worker hands to the views: plain numbers and numpy arrays, no Qt, no TF."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Snapshot:
    """The state of a model at the end of an epoch.

    Attributes:
        epoch: epochs completed so far.
        row: the newest history row (loss, val_loss, metrics, learning_rate).
        resolution: side of the square grid the heatmaps are computed on.
        neuron_grids: one array per Dense layer (output layer last), shape (units, res, res):
            what each neuron computes over the input plane, rows from top (x2 = +6) down.
        kernels: one (fan_in, units) weight matrix per Dense layer.
        views: for images, sequences and text: what the "Inside the network" view shows (layer
            outputs for the probe sample, filters, Grad-CAM, test predictions; see
            `playground.training.inspection.views`); None otherwise.
    """

    epoch: int
    row: dict[str, float]
    resolution: int
    neuron_grids: list[np.ndarray] = field(default_factory=list)
    kernels: list[np.ndarray] = field(default_factory=list)
    views: dict | None = None

    @property
    def output_grid(self) -> np.ndarray:
        """The model's output over the plane, (res, res)."""
        return self.neuron_grids[-1][0]
