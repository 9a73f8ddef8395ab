"""The silenced units are a view setting of the experiment: saved, checked, undoable, and never a
reason for a new run."""

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment, default_experiment
from playground.core.experiment.state import ExperimentState, needs_new_run


def test_a_file_keeps_the_silenced_units_in_order_each_once(tmp_path):
    exp = default_experiment()
    assert "silenced" not in exp.to_dict()  # files without silenced units stay as they were
    raw = exp.to_dict()
    raw["silenced"] = {"dense_1": [2, 0, 2], "dense_2": []}
    loaded = Experiment.from_dict(raw)
    assert loaded.silenced == {"dense_1": [0, 2]}
    loaded.save(tmp_path / "e.json")
    assert Experiment.load(tmp_path / "e.json").silenced == {"dense_1": [0, 2]}


@pytest.mark.parametrize(
    ("silenced", "field"),
    [
        ([0, 1], "silenced"),
        ({"dense_1": [0, -1]}, "silenced.dense_1"),
        ({"dense_1": [1.5]}, "silenced.dense_1"),
        ({"dense_1": [True]}, "silenced.dense_1"),
        ({"dense_1": 3}, "silenced.dense_1"),
        ({"dense_1": [10**9]}, "silenced.dense_1"),
    ],
)
def test_a_wrong_silenced_setting_is_refused_with_its_field(silenced, field):
    raw = default_experiment().to_dict()
    raw["silenced"] = silenced
    with pytest.raises(ExperimentError) as caught:
        Experiment.from_dict(raw)
    assert caught.value.field == field


def test_silencing_is_an_edit_to_undo_and_not_a_new_run():
    state = ExperimentState(default_experiment())
    changes, edits = [], []
    state.subscribe(changes.append)
    state.subscribe_edits(edits.append)
    state.set_silenced({"dense_1": [3, 1], "dense_2": []}, "Silence dense_1 unit 4")
    assert state.experiment.silenced == {"dense_1": [1, 3]}
    assert [(c.section, c.keys) for c in changes] == [("hidden", ("silenced",))]
    assert edits[0].label == "Silence dense_1 unit 4" and edits[0].before.silenced == {}
    assert not needs_new_run(edits[0].before, edits[0].after)
    state.apply(edits[0].before)  # what undo does
    assert state.experiment.silenced == {}
    assert [(c.section, c.keys) for c in changes][-1] == ("hidden", ("silenced",))
