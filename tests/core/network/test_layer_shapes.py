import pytest

from playground.core.network.layer_graph import analyse
from playground.core.network.layer_shapes import LayerProblem, infer


def L(name, **config):  # noqa: N802 (reads like a layer)
    return {"class_name": name, "config": config}


def test_a_lenet_stack():
    layers = [
        L("Rescaling", scale=1 / 255),
        L("Conv2D", filters=6, kernel_size=5, padding="same"),
        L("MaxPooling2D"),
        L("Conv2D", filters=16, kernel_size=5),
        L("MaxPooling2D"),
        L("Dropout", rate=0.25),
        L("Flatten"),
        L("Dense", units=120),
        L("Dense", units=10, activation="softmax"),
    ]
    results = analyse((28, 28, 1), layers)[1:]
    assert [r.shape for r in results] == [
        (28, 28, 1),
        (28, 28, 6),
        (14, 14, 6),
        (10, 10, 16),
        (5, 5, 16),
        (5, 5, 16),
        (400,),
        (120,),
        (10,),
    ]
    assert [r.params for r in results] == [0, 156, 0, 2416, 0, 0, 0, 48120, 1210]
    assert all(r.problem is None for r in results)


@pytest.mark.parametrize(
    "shape, layers, index, words",
    [
        (
            (28, 28, 1),
            [L("Conv2D", filters=4, kernel_size=3), L("Dense", units=10)],
            1,
            "Dense receives a 4-D input (26, 26, 4) from Conv2D: insert Flatten or GlobalAveragePooling2D",
        ),
        ((3, 3, 8), [L("Conv2D", filters=4, kernel_size=5)], 0, "Conv2D kernel 5×5 is larger than its 3×3 input"),
        ((20,), [L("LSTM", units=8)], 0, "LSTM needs a sequence (batch, time, features)"),
        ((20,), [L("Conv2D", filters=2, kernel_size=3)], 0, "Conv2D needs images (height, width, channels)"),
        ((4, 4, 1), [L("MaxPooling2D", pool_size=8)], 0, "window 8×8 is larger than its 4×4 input"),
        ((12,), [L("Reshape", target_shape=[5, 2])], 0, "needs 10 values but receives 12"),
        ((10, 3), [L("Embedding", input_dim=100, output_dim=8)], 0, "Embedding needs word numbers"),
        ((10, 3), [L("Bidirectional", layer=L("Dense", units=3))], 0, "wraps a SimpleRNN, LSTM or GRU"),
        ((5,), [L("Lambda")], 0, "not a layer the playground knows"),
    ],
)
def test_problems_name_the_layer_the_cause_and_the_fix(shape, layers, index, words):
    results = analyse(shape, layers)[1:]
    assert words in results[index].problem
    assert all(r.problem is None for r in results[:index])
    assert all(r.shape is None for r in results[index:])


def test_layers_after_a_problem_have_no_shape():
    results = analyse((20,), [L("LSTM", units=8), L("Dense", units=1)])[1:]
    assert results[0].problem and (results[1].shape, results[1].params, results[1].problem) == (None, 0, None)


def test_reshape_infers_minus_one():
    assert infer("Reshape", {"target_shape": [-1, 4]}, (12,)) == ((3, 4), 0)
    with pytest.raises(LayerProblem, match="do not divide"):
        infer("Reshape", {"target_shape": [-1, 5]}, (12,))
