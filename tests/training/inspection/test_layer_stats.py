"""Per-layer statistics: the same numbers as Keras computes directly, and the lesson they teach —
too small an initialisation makes deep activations vanish, too large saturates tanh."""

import numpy as np
import pytest

from playground.training.inspection.layer_stats import BINS, LayerStats
from playground.training.tf_setup import import_keras, import_tensorflow


@pytest.fixture(scope="module")
def keras():
    return import_keras()


def _mlp(keras, depth: int, units: int, activation: str, init, bias="zeros", regularizer=None, classes=3):
    inputs = keras.Input((units,))
    x = inputs
    for i in range(depth):
        x = keras.layers.Dense(
            units,
            activation=activation,
            kernel_initializer=init,
            bias_initializer=bias,
            kernel_regularizer=regularizer,
            name=f"d{i + 1}",
        )(x)
    out_init = keras.initializers.GlorotUniform(seed=2)  # the same numbers every run
    outputs = keras.layers.Dense(classes, activation="softmax", kernel_initializer=out_init, name="out")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    return model


def _batch(n=128, d=16, classes=3, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, d)).astype(np.float32), rng.integers(0, classes, (n, 1)).astype(np.float32)


def test_activations_weights_and_gradients_match_keras(keras):
    tf = import_tensorflow()
    l2 = 0.01
    model = _mlp(keras, 2, 16, "relu", "glorot_uniform", regularizer=keras.regularizers.L2(l2))
    x, y = _batch()
    rows = LayerStats(model, x, y).compute()
    assert [r["name"] for r in rows] == ["d1", "d2", "out"]  # no InputLayer
    assert [r["kind"] for r in rows] == ["Dense"] * 3

    d2 = model.get_layer("d2")
    out = keras.Model(model.inputs[0], d2.output)(x, training=False).numpy()
    assert rows[1]["act_mean"] == pytest.approx(out.mean(), rel=1e-5)
    assert rows[1]["act_std"] == pytest.approx(out.std(), rel=1e-5)
    assert rows[1]["dead"] == pytest.approx(np.mean(out.max(axis=0) <= 0))
    assert rows[2]["dead"] is None  # softmax

    kernel = d2.kernel.numpy()
    counts, edges = rows[1]["weights"]
    expected_counts, expected_edges = np.histogram(kernel, bins=BINS)
    np.testing.assert_array_equal(counts, expected_counts)
    np.testing.assert_allclose(edges, expected_edges, rtol=1e-6, atol=1e-6)
    assert rows[1]["weight_std"] == pytest.approx(kernel.std(), rel=1e-5)

    # The loss as training sees it: cross-entropy plus the L2 penalties of both hidden kernels.
    kernels = [model.get_layer(n).kernel for n in ("d1", "d2")]
    with tf.GradientTape() as tape:
        p = model(x, training=False)
        loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(y, p))
        loss += l2 * sum(tf.reduce_sum(tf.square(k)) for k in kernels)
    grad = tape.gradient(loss, d2.kernel).numpy()
    counts, edges = rows[1]["gradients"]
    assert counts.sum() == kernel.size
    expected_counts, expected_edges = np.histogram(grad, bins=BINS)
    np.testing.assert_allclose(edges, expected_edges, rtol=1e-4, atol=1e-7)
    assert np.abs(counts - expected_counts).sum() <= 2  # a value on a bin edge may fall either side
    assert rows[1]["grad_norm"] == pytest.approx(np.linalg.norm(grad), rel=1e-4)
    assert rows[2]["gradients"][0].sum() == 16 * 3


def test_layers_without_weights_or_targets_have_no_histograms(keras):
    inputs = keras.Input((8, 8, 1))
    x = keras.layers.Conv2D(4, 3, activation="relu", name="conv")(inputs)
    x = keras.layers.BatchNormalization(name="bn")(x)
    x = keras.layers.Flatten(name="flat")(x)
    outputs = keras.layers.Dense(2, activation="softmax", name="out")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    x = np.random.default_rng(1).random((200, 8, 8, 1)).astype(np.float32)
    y = (x.mean(axis=(1, 2, 3)) > 0.5).astype(np.float32)
    rows = {r["name"]: r for r in LayerStats(model, x, y).compute()}
    flat = rows["flat"]
    assert flat["weights"] is None and flat["gradients"] is None and flat["grad_norm"] is None
    assert flat["weight_std"] is None and flat["dead"] is None
    assert rows["conv"]["weights"][0].sum() == 3 * 3 * 1 * 4  # the kernel only, not the bias
    assert rows["bn"]["weights"][0].sum() == 4 + 4  # no kernel: scale and offset
    assert rows["conv"]["gradients"][0].sum() == 36
    assert 0 <= rows["conv"]["dead"] <= 1
    moving = model.get_layer("bn").moving_mean.numpy().copy()
    LayerStats(model, x, y).compute()
    np.testing.assert_array_equal(model.get_layer("bn").moving_mean.numpy(), moving)  # inference mode

    no_targets = {r["name"]: r for r in LayerStats(model, x, None).compute()}
    assert no_targets["conv"]["weights"] is not None and no_targets["conv"]["gradients"] is None
    assert no_targets["conv"]["grad_norm"] is None


def test_a_relu_layer_pushed_below_zero_is_all_dead(keras):
    model = _mlp(keras, 2, 16, "relu", "glorot_uniform", bias=keras.initializers.Constant(-100.0))
    x, y = _batch()
    d1, d2, _ = LayerStats(model, x, y).compute()
    assert d1["dead"] == 1.0 and d2["dead"] == 1.0
    assert d2["act_std"] == 0.0
    assert d1["grad_norm"] == 0.0  # nothing flows back through dead units


def test_tiny_initial_weights_make_deep_activations_and_gradients_vanish(keras):
    init = keras.initializers.RandomNormal(stddev=0.01, seed=1)
    model = _mlp(keras, 8, 64, "tanh", init)
    x, y = _batch(d=64)
    rows = LayerStats(model, x, y).compute()[:8]
    stds = np.array([r["act_std"] for r in rows])
    # Each layer multiplies the spread by about sqrt(64) × 0.01 = 0.08.
    assert stds[0] < 0.15
    assert np.all(stds[1:] < stds[:-1] * 0.2)
    assert stds[-1] / stds[0] < 1e-6
    norms = np.array([r["grad_norm"] for r in rows])
    glorot = _mlp(keras, 8, 64, "tanh", keras.initializers.GlorotUniform(seed=1))
    glorot_norms = np.array([r["grad_norm"] for r in LayerStats(glorot, x, y).compute()[:8]])
    assert np.all(norms < 1e-6) and np.all(glorot_norms > 1e-2)  # the hidden layers barely learn


def test_large_initial_weights_saturate_tanh(keras):
    tf = import_tensorflow()
    init = keras.initializers.RandomNormal(stddev=1.0, seed=1)
    model = _mlp(keras, 8, 64, "tanh", init)
    x, y = _batch(d=64)
    rows = LayerStats(model, x, y).compute()[:8]
    stds = np.array([r["act_std"] for r in rows])
    assert np.all(stds > 0.9) and np.all(stds <= 1.0)
    last = keras.Model(model.inputs[0], model.get_layer("d8").output)(tf.constant(x)).numpy()
    assert np.abs(last).mean() > 0.9  # almost every unit pinned at ±1
    assert np.all(np.abs([r["act_mean"] for r in rows]) < 0.2)
    assert all(r["dead"] is None for r in rows)
    norms = [r["grad_norm"] for r in rows]
    assert norms[0] > 10 * norms[-1]  # the gradients grow towards the input


def test_only_the_first_128_samples_are_used(keras):
    model = _mlp(keras, 1, 4, "linear", "ones")
    x = np.concatenate([np.zeros((128, 4)), np.full((50, 4), 1000.0)]).astype(np.float32)
    (d1, _) = LayerStats(model, x, None).compute()
    assert d1["act_mean"] == 0.0 and d1["act_std"] == 0.0


def test_several_outputs_and_an_uncompiled_model_give_no_gradients(keras):
    inputs = keras.Input((4,))
    h = keras.layers.Dense(4, name="h")(inputs)
    model = keras.Model(inputs, [keras.layers.Dense(1, name="a")(h), keras.layers.Dense(1, name="b")(h)])
    model.compile(optimizer="adam", loss=["mse", "mse"])
    x = np.ones((10, 4), np.float32)
    rows = LayerStats(model, x, [np.ones((10, 1)), np.ones((10, 1))]).compute()
    assert [r["name"] for r in rows] == ["h", "a", "b"]
    assert all(r["gradients"] is None and r["weights"] is not None for r in rows)

    plain = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2, name="d")])
    (row,) = LayerStats(plain, x, np.ones((10, 2), np.float32)).compute()
    assert row["gradients"] is None and row["weights"][0].sum() == 8


def test_views_of_a_cnn_carry_the_stats():
    from playground.core.teaching.templates import TEMPLATES
    from playground.training.engine.session import Session

    session = Session(TEMPLATES["lenet"][1]())
    stats = session.snapshot().views["stats"]
    model = session.model
    assert [r["name"] for r in stats] == [layer.name for layer in model.layers]
    sizes = {layer.name: layer.kernel.numpy().size for layer in model.layers if hasattr(layer, "kernel")}
    for row in stats:
        if row["name"] in sizes:
            assert row["weights"][0].sum() == row["gradients"][0].sum() == sizes[row["name"]]
            assert row["grad_norm"] > 0
        else:
            assert row["weights"] is None and row["gradients"] is None
    assert stats[0]["dead"] is not None and stats[-1]["dead"] is None  # relu conv, softmax output
