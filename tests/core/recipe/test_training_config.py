"""The training section stands on its own: its defaults and its checks, without an experiment."""

import pytest

from playground.core.errors import ExperimentError
from playground.core.recipe import training_config
from playground.core.recipe.training_config import LOSSES_FOR, TrainingConfig


def test_the_default_loss_is_the_first_that_fits():
    assert [training_config.default_loss(p) for p in LOSSES_FOR] == [
        "binary_crossentropy",
        "sparse_categorical_crossentropy",
        "mse",
        "mse",
    ]
    assert training_config.default_metrics("reconstruction") == ["mae"]


@pytest.mark.parametrize("name, rate", [("SGD", 0.01), ("Adam", 0.001)])
def test_a_missing_learning_rate_is_keras_default(name, rate):
    optimizer = {"class_name": name}
    training_config.fill_default_learning_rate(optimizer)
    assert optimizer == {"class_name": name, "config": {"learning_rate": rate}}


@pytest.mark.parametrize(
    "edits, problem, field",
    [
        ({"loss": "hinge"}, "multiclass", "training.loss"),
        (
            {"optimizer": {"class_name": "Lion", "config": {"learning_rate": 0.1}}},
            "classification",
            "training.optimizer.class_name",
        ),
        ({"batch_size": 200}, "classification", "training.batch_size"),
        ({"metrics": ["f1"]}, "classification", "training.metrics[0]"),
        ({"validation": {"method": "kfold", "k": 1}}, "classification", "training.validation.k"),
        ({"validation": {"method": "kfold", "folds": 3}}, "classification", "training.validation.folds"),
    ],
)
def test_validate_training_names_the_field(edits, problem, field):
    with pytest.raises(ExperimentError) as info:
        training_config.validate_training(TrainingConfig(**edits), 100, problem)
    assert info.value.field == field


def test_valid_training_passes():
    training_config.validate_training(TrainingConfig(loss="mse"), 100, "reconstruction")
    training_config.validate_training(TrainingConfig(validation={"method": "kfold", "k": 3}), 100, "classification")


def test_only_classes_can_be_weighed():
    training_config.validate_class_weight("balanced", "multiclass")
    with pytest.raises(ExperimentError, match="choose none"):
        training_config.validate_class_weight("balanced", "regression")
    with pytest.raises(ExperimentError, match="must be one of none, balanced"):
        training_config.validate_class_weight("equal", "classification")


def test_a_whole_number_where_keras_wants_a_float_becomes_that_float():
    # JSON writes 1 for 1.0; Keras refuses an int learning rate ("should be float"), so the file's
    # whole numbers in float settings are read as floats, and booleans and the rest are left alone.
    optimizer = {"class_name": "SGD", "config": {"learning_rate": 1, "momentum": 0, "nesterov": True}}
    training_config.fill_default_learning_rate(optimizer)
    config = optimizer["config"]
    assert config == {"learning_rate": 1.0, "momentum": 0.0, "nesterov": True}
    assert type(config["learning_rate"]) is float and type(config["momentum"]) is float
    assert type(config["nesterov"]) is bool
