"""A TensorFlow Playground link trains as the browser does: one mini-batch step of the Keras model the
link gives equals one step of TensorFlow Playground's own rule (src/nn.ts: forwardProp, backProp with
the squared error ½(y − t)², updateWeights with its regularization), written out here in NumPy."""

import numpy as np
import pytest

from playground.core.data import datasets
from playground.core.files.tf_playground_link import from_link
from playground.training.network.model_builder import build_model, compile_model

ACT = {
    "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2),
    "relu": (lambda z: np.maximum(z, 0), lambda z: (z > 0).astype(float)),
    "sigmoid": (lambda z: 1 / (1 + np.exp(-z)), lambda z: (1 / (1 + np.exp(-z))) * (1 - 1 / (1 + np.exp(-z)))),
    "linear": (lambda z: z, lambda z: np.ones_like(z)),
}


def browser_step(weights, biases, x, t, lr, rate, kind, hidden_act, out_act):
    """One updateWeights after backProp over every point of the batch (weights[k]: (inputs, units))."""
    grads_w = [np.zeros_like(w) for w in weights]
    grads_b = [np.zeros_like(b) for b in biases]
    for point, target in zip(x, t, strict=True):
        outs, zs = [point], []
        for k, (w, b) in enumerate(zip(weights, biases, strict=True)):
            zs.append(outs[-1] @ w + b)
            act = out_act if k == len(weights) - 1 else hidden_act
            outs.append(ACT[act][0](zs[-1]))
        der = outs[-1] - target  # d ½(y − t)² / dy
        for k in reversed(range(len(weights))):
            act = out_act if k == len(weights) - 1 else hidden_act
            delta = der * ACT[act][1](zs[k])
            grads_w[k] += np.outer(outs[k], delta)
            grads_b[k] += delta
            der = weights[k] @ delta
    n = len(x)
    new_w, new_b = [], []
    for w, b, gw, gb in zip(weights, biases, grads_w, grads_b, strict=True):
        regul = w if kind == "L2" else np.sign(w) if kind == "L1" else 0  # of the weight before the step
        new_w.append(w - lr / n * gw - lr * rate * regul)  # (its L1 also zeroes a weight crossing 0: not met here)
        new_b.append(b - lr / n * gb)
    return new_w, new_b


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        ("#activation=tanh&networkShape=4,3&learningRate=0.3&regularization=L2&regularizationRate=0.03"
         "&xSquared=true&sinY=true&batchSize=8", "classification"),
        ("#activation=relu&networkShape=5&learningRate=0.1&regularization=L1&regularizationRate=0.01"
         "&batchSize=8&dataset=xor", "classification"),
        ("#activation=tanh&networkShape=3&learningRate=0.03&problem=regression&regDataset=reg-plane"
         "&batchSize=8", "regression"),
    ],
)  # fmt: skip
def test_one_batch_steps_as_in_the_browser(link, problem):
    exp, _ = from_link(link)
    rng = np.random.default_rng(4)
    xy = rng.uniform(-6, 6, (8, 2)).astype(np.float32)
    x = datasets.features(xy, exp.data.features)
    if problem == "classification":
        labels = (rng.random(8) > 0.5).astype(np.float32)  # 0/1 here, ±1 in the browser
        targets = labels * 2 - 1
    else:
        labels = targets = (xy.sum(axis=1) / 10).astype(np.float32)
    model = build_model(exp, seed=1)
    compile_model(model, exp)
    dense = [layer for layer in model.layers if layer.weights]
    weights = [np.asarray(layer.get_weights()[0], np.float64) for layer in dense]
    biases = [np.asarray(layer.get_weights()[1], np.float64) for layer in dense]
    assert all(np.abs(w).max() <= 0.5 for w in weights) and all(np.allclose(b, 0.1) for b in biases)

    model.train_on_batch(x, labels.reshape(-1, 1))

    config = exp.model.layers[0]["config"]
    regularizer = config.get("kernel_regularizer") or {}
    kind = regularizer.get("class_name", "none")
    link_rate = float(dict(pair.split("=") for pair in link[1:].split("&")).get("regularizationRate", 0))
    link_lr = float(dict(pair.split("=") for pair in link[1:].split("&"))["learningRate"])
    out_act = "tanh" if problem == "classification" else "linear"
    want_w, want_b = browser_step(
        weights, biases, x.astype(np.float64), targets, link_lr, link_rate, kind, config["activation"], out_act
    )
    for layer, w, b in zip(dense, want_w, want_b, strict=True):
        got_w, got_b = layer.get_weights()
        np.testing.assert_allclose(got_w, w, atol=2e-6)
        np.testing.assert_allclose(got_b, b, atol=2e-6)
