"""The data section stands on its own: what each dataset is, and its checks, without an experiment."""

import pytest

from playground.core.data import data_config
from playground.core.data.data_config import FILE, DataConfig
from playground.core.errors import ExperimentError


@pytest.mark.parametrize(
    "data, problem, shape, classes",
    [
        (DataConfig(), "classification", (2,), ("0", "1")),
        (DataConfig(name="plane", features=["x1", "x2", "x1*x2"]), "regression", (3,), ()),
        (DataConfig(name="digits"), "multiclass", (8, 8, 1), tuple("0123456789")),
        (DataConfig(name="iris"), "multiclass", (4,), ("setosa", "versicolor", "virginica")),
        (
            DataConfig(name=FILE, source={"problem": "classification", "classes": ["a", "b"], "input_shape": [5]}),
            "classification",
            (5,),
            ("a", "b"),
        ),
    ],
)
def test_what_a_dataset_is(data, problem, shape, classes):
    assert data_config.data_problem(data) == problem
    assert data_config.input_shape(data) == shape
    assert data_config.class_names(data) == classes


def test_a_bag_of_words_is_as_wide_as_the_vocabulary():
    words = DataConfig(name="reviews", encoding="multi_hot")
    assert data_config.is_text(words) and not data_config.is_plane(words)
    assert data_config.input_shape(words) == (data_config.vocabulary_size(words),)


@pytest.mark.parametrize(
    "edits, field",
    [
        ({"name": "nope"}, "data.name"),
        ({"samples": 5}, "data.samples"),
        ({"target": "inputs"}, "data.target"),
        ({"train_fraction": 0.95}, "data.train_fraction"),
    ],
)
def test_validate_data_names_the_field(edits, field):
    with pytest.raises(ExperimentError) as info:
        data_config.validate_data(DataConfig(**edits))
    assert info.value.field == field


@pytest.mark.parametrize(
    "edits, field",
    [
        ({"source": {"kind": "csv"}}, "data.source"),
        ({"name": FILE, "source": {"kind": "csv", "path": "t.csv", "size": 3, "colour": 1}}, "data.source.colour"),
        ({"name": FILE, "source": {"kind": "xls", "path": "t.xls"}}, "data.source.kind"),
        ({"encoding": "multi_hot"}, "data.encoding"),
        ({"holdout": 0.9}, "data.holdout"),
        ({"shuffle": "yes"}, "data.shuffle"),
    ],
)
def test_validate_preprocessing_names_the_field(edits, field):
    with pytest.raises(ExperimentError) as info:
        data_config.validate_preprocessing(DataConfig(**edits))
    assert info.value.field == field


def test_valid_data_passes():
    data_config.validate_data(DataConfig(name="digits", target="inputs"))
    data_config.validate_preprocessing(DataConfig(name="reviews", encoding="multi_hot", samples=200))


@pytest.mark.parametrize(
    "features, field",
    [([], "data.features"), (["x1", "x3"], "data.features[1]"), (["x1", "x1"], "data.features")],
)
def test_features_of_the_plane(features, field):
    with pytest.raises(ExperimentError) as info:
        data_config.validate_features(DataConfig(features=features))
    assert info.value.field == field
    data_config.validate_features(DataConfig(name="digits", features=[]))  # only the plane has features
