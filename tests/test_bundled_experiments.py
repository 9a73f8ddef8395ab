from pathlib import Path

import pytest

from playground.core.experiment.config import Experiment

EXPERIMENTS = sorted((Path(__file__).parents[1] / "assets" / "experiments").glob("*.json"))


def test_there_are_bundled_experiments():
    assert len(EXPERIMENTS) >= 4


@pytest.mark.parametrize("path", EXPERIMENTS, ids=lambda p: p.stem)
def test_bundled_experiment_loads_and_round_trips(path):
    exp = Experiment.load(path)
    assert Experiment.from_json(exp.to_json()) == exp
    assert path.read_text() == exp.to_json()
