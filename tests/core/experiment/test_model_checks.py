"""The checks of the network's part of a file: the layers and their output marks."""

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment import model_checks
from playground.core.experiment.config import dense


@pytest.mark.parametrize(
    "mark, field",
    [
        ({"target": "noise"}, "model.layers[0].output.target"),
        ({"loss": "l3"}, "model.layers[0].output.loss"),
        ({"loss_weight": -1}, "model.layers[0].output.loss_weight"),
        ({"metrics": ["f1"]}, "model.layers[0].output.metrics"),
        ({"weight": 1}, "model.layers[0].output.weight"),
    ],
)
def test_an_output_mark_names_the_wrong_key(mark, field):
    with pytest.raises(ExperimentError) as info:
        model_checks.validate_layers([{**dense(2), "output": mark}, dense(1, "sigmoid")])
    assert info.value.field == field


def test_the_weights_are_a_keras_file_or_none():
    model_checks.validate_weights(None)
    model_checks.validate_weights("model.keras")
    with pytest.raises(ExperimentError, match=".keras file or null"):
        model_checks.validate_weights("model.h5")
