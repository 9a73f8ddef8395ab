"""How large a model may be: its layer count and the memory of its weights while they train."""

import pytest

from playground.core.network import model_size
from playground.core.recipe.optimizer_specs import slots
from tests.core.messages import assert_translates


def test_layer_count():
    assert model_size.layer_count_problem(model_size.MAX_LAYERS) is None
    problem = model_size.layer_count_problem(1000)
    assert problem == "has 1,000 layers; the playground builds models of at most 200: remove some"
    assert_translates(problem, "model_size")


@pytest.mark.parametrize(
    "name, config, expected",
    [
        ("SGD", {}, 0),
        ("SGD", {"momentum": 0.9}, 1),
        ("RMSprop", {}, 1),
        ("RMSprop", {"momentum": 0.5, "centered": True}, 3),
        ("Adam", {}, 2),
        ("Adam", {"amsgrad": True}, 3),
        ("AdamW", {}, 2),
        ("Adagrad", {}, 1),
        ("Adadelta", {}, 2),
        ("Adamax", {}, 2),
        ("Nadam", {}, 2),
    ],
)
def test_optimizer_slots_follow_keras(name, config, expected):
    assert slots(name, config) == expected


def test_the_memory_names_the_largest_layer():
    assert model_size.training_bytes(1000, 2) == 16_000  # weight, gradient, Adam's two moments
    assert model_size.size_problem(["a", "b"], [10, 20], 2, "Adam") is None
    index, problem = model_size.size_problem(["a", "b", "c"], [10, 10**12, 5], 2, "Adam")
    assert index == 1
    assert str(problem) == (
        "b would hold 1,000,000,000,000 weights, the whole model 1,000,000,000,015 (≈ 16 TB while training "
        "with Adam); at most 2.0 GB fit: give it fewer units or filters, or a smaller input"
    )
    assert_translates(problem, "model_size")


@pytest.mark.parametrize(
    "size, text",
    [(512, "512 bytes"), (1500, "1.5 kB"), (2e9, "2.0 GB"), (29e9, "29 GB"), (8e12, "8 TB"), (8.5e15, "8,500 TB")],
)
def test_size_text(size, text):
    assert model_size.size_text(size) == text
