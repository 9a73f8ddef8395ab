import pytest

from playground.core.data import datasets
from playground.core.experiment.config import default_experiment


@pytest.fixture
def circle():
    exp = default_experiment()
    data = datasets.generate(exp.data, exp.seed)
    train = (datasets.features(data.train_x, exp.data.features), data.train_y)
    test = (datasets.features(data.test_x, exp.data.features), data.test_y)
    return exp, train, test
