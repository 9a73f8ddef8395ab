"""What the plane views show, computed by one compiled call: every Dense layer's output over a
grid of the input plane (the boundary and each neuron's heatmap) plus the weight matrices.

`model.predict` costs ~100 ms per call even for a few thousand points; a compiled function costs
a millisecond or two, so the views can refresh many times a second.
"""

from __future__ import annotations

import numpy as np

from playground.core.runs.snapshot import Snapshot
from playground.training.network.model_builder import dense_layers
from playground.training.tf_setup import import_keras, import_tensorflow


class Probe:
    def __init__(self, model, grid_inputs: np.ndarray, resolution: int):
        tf = import_tensorflow()
        keras = import_keras()
        self.model = model
        self.resolution = resolution
        self._grid = tf.constant(np.asarray(grid_inputs, np.float32))
        self._dense = dense_layers(model)
        # A model over the same layers whose outputs are every Dense layer's: works for stacks
        # and branched models alike, and Dropout or BatchNormalization act as when predicting.
        outputs = keras.Model(model.inputs, [layer.output for layer in self._dense])
        # flatten: Keras returns a one-output model's tensor bare, not in a list (logistic regression)
        self._fn = tf.function(lambda x: tf.nest.flatten(outputs(x, training=False)), jit_compile=False)

    def snapshot(self, epoch: int, row: dict) -> Snapshot:
        res = self.resolution
        grids = [np.ascontiguousarray(o.numpy().T.reshape(-1, res, res)) for o in self._fn(self._grid)]
        kernels = [np.asarray(layer.kernel.numpy()) for layer in self._dense]
        return Snapshot(epoch=epoch, row=dict(row), resolution=res, neuron_grids=grids, kernels=kernels)
