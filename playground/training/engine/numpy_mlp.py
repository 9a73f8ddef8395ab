"""A plain NumPy implementation of a small Dense network trained with SGD on binary
cross-entropy: the yardstick `bench` holds the compiled engine against."""

from __future__ import annotations

import numpy as np


class NumpyMLP:
    """tanh hidden layers, a sigmoid output, mean binary cross-entropy, plain SGD."""

    def __init__(self, sizes: list[int], learning_rate: float = 0.03, seed: int = 0):
        rng = np.random.default_rng(seed)
        self.weights = [
            rng.normal(0, np.sqrt(2 / (a + b)), (a, b)).astype(np.float32)
            for a, b in zip(sizes, sizes[1:], strict=False)
        ]
        self.biases = [np.zeros(b, np.float32) for b in sizes[1:]]
        self.lr = np.float32(learning_rate)

    def forward(self, x: np.ndarray) -> list[np.ndarray]:
        acts = [x]
        for i, (w, b) in enumerate(zip(self.weights, self.biases, strict=False)):
            z = acts[-1] @ w + b
            acts.append(1 / (1 + np.exp(-z)) if i == len(self.weights) - 1 else np.tanh(z))
        return acts

    def step(self, x: np.ndarray, y: np.ndarray) -> float:
        acts = self.forward(x)
        p = np.clip(acts[-1], 1e-7, 1 - 1e-7)
        loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        delta = (acts[-1] - y) / len(x)  # d loss / d z of a sigmoid + cross-entropy output
        for i in reversed(range(len(self.weights))):
            grad_w = acts[i].T @ delta
            grad_b = delta.sum(axis=0)
            if i:
                delta = (delta @ self.weights[i].T) * (1 - acts[i] ** 2)
            self.weights[i] -= self.lr * grad_w
            self.biases[i] -= self.lr * grad_b
        return loss

    def epoch(self, x: np.ndarray, y: np.ndarray, batch_size: int, rng: np.random.Generator) -> float:
        order = rng.permutation(len(x))
        losses = [self.step(x[idx], y[idx]) for idx in np.array_split(order, int(np.ceil(len(x) / batch_size)))]
        return float(np.mean(losses))
