"""The run history: numbering, the size limit, JSON with NaN, what sets runs apart, best scores."""

import json
import math

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment, default_experiment, dense
from playground.core.runs.run_history import Run, RunHistory, best_score, differing_settings, flatten, settings_text

ROWS = [
    {"epoch": 1, "loss": 0.7, "val_loss": 0.8, "accuracy": 0.5, "val_accuracy": 0.55},
    {"epoch": 2, "loss": 0.4, "val_loss": math.nan, "accuracy": 0.8, "val_accuracy": 0.9},
    {"epoch": 3, "loss": 0.3, "val_loss": 0.35, "accuracy": 0.85, "val_accuracy": 0.9},
]


def test_numbers_increase_and_are_never_reused():
    history = RunHistory()
    exp = default_experiment()
    a = history.add(exp, ROWS, [], "finished")
    b = history.add(exp, ROWS[:1], [{"epoch": 1, "kind": "lr", "text": "learning rate 0.01"}], "stopped", label="x")
    assert (a.number, b.number) == (1, 2) and history.get(2) is b and history.get(7) is None
    history.remove(2)
    assert [run.number for run in history.runs] == [1]
    assert history.add(exp, [], [], "paused").number == 3
    history.clear()
    assert history.runs == [] and history.add(exp, [], [], "finished").number == 4


def test_a_run_keeps_its_own_copy_of_the_settings_and_rows():
    history = RunHistory()
    exp, rows = default_experiment(), [dict(row) for row in ROWS]
    run = history.add(exp, rows, [], "finished")
    exp.training.optimizer["config"]["learning_rate"] = 9.0
    rows[0]["loss"] = 99.0
    assert run.experiment.training.learning_rate == 0.03 and run.rows[0]["loss"] == 0.7
    assert run.epochs == 3 and run.title == "run 1"


def test_the_oldest_runs_go_first_beyond_the_limit():
    history = RunHistory()
    exp = default_experiment()
    for _ in range(RunHistory.MAX_RUNS + 3):
        history.add(exp, [], [], "finished")
    assert len(history) == RunHistory.MAX_RUNS
    assert history.runs[0].number == 4 and history.runs[-1].number == RunHistory.MAX_RUNS + 3


def test_json_round_trip_keeps_nan_and_infinity():
    history = RunHistory()
    exp = default_experiment()
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.001}}
    rows = [*ROWS, {"epoch": 4, "loss": math.inf, "val_loss": -math.inf}]
    events = [{"epoch": 2, "kind": "early_stopping", "text": "val_loss stopped improving"}]
    history.add(exp, rows, events, "nonfinite", label="fold 1/5", group="K-fold 5×1")
    history.add(default_experiment(), [], [], "finished")
    history.remove(2)
    text = json.dumps(history.to_json(), allow_nan=False)  # strict JSON: no NaN literal
    assert "null" in text
    back = RunHistory.from_json(json.loads(text))
    [run] = back.runs
    assert (run.number, run.label, run.group, run.reason, run.events) == (
        1,
        "fold 1/5",
        "K-fold 5×1",
        "nonfinite",
        events,
    )
    assert run.experiment.to_dict() == exp.to_dict()
    assert math.isnan(run.rows[1]["val_loss"]) and run.rows[3]["loss"] == math.inf
    assert run.rows[3]["val_loss"] == -math.inf and run.rows[0] == ROWS[0]
    assert back.add(exp, [], [], "finished").number == 2
    assert RunHistory.loads(history.dumps()).runs[0].rows[2] == ROWS[2]


def test_a_wrong_history_names_the_run_and_field():
    good = RunHistory()
    good.add(default_experiment(), [], [], "finished")
    data = good.to_json()
    data[0]["experiment"]["training"]["batch_size"] = 0
    with pytest.raises(ExperimentError, match=r"runs\[0\].experiment.training.batch_size: must be a whole number"):
        RunHistory.from_json(data)
    with pytest.raises(ExperimentError, match="runs: must be a list"):
        RunHistory.from_json({"runs": []})


def _runs(*experiments: Experiment, labels=None) -> list[Run]:
    history = RunHistory()
    for i, exp in enumerate(experiments):
        history.add(exp, [], [], "finished", label=(labels or [""] * len(experiments))[i])
    return history.runs


def test_same_settings_differ_in_nothing():
    runs = _runs(default_experiment(), default_experiment())
    assert differing_settings(runs) == {1: {}, 2: {}}
    assert differing_settings(runs[:1]) == {1: {}}


def test_optimizer_rate_and_dropout_differences_are_named_readably():
    base = default_experiment()
    adam = base.copy()
    adam.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.001}}
    adam.model.layers.insert(1, {"class_name": "Dropout", "config": {"rate": 0.3}})
    found = differing_settings(_runs(base, adam))
    assert found[1] == {"dropout": "none", "optimizer": "SGD", "learning rate": "0.03"}
    assert found[2] == {"dropout": "0.3", "optimizer": "Adam", "learning rate": "0.001"}
    assert settings_text(found[2]) == "dropout 0.3 · Adam · lr 0.001"


def test_layers_activation_and_regularizers():
    base = default_experiment()
    wide = base.copy()
    wide.model.layers = [dense(8, "relu", l2=0.01), dense(8, "relu", l2=0.01), dense(1, "sigmoid")]
    found = differing_settings(_runs(base, wide))
    assert found[1]["layers"] == "4-2-1 tanh" and found[2]["layers"] == "8-8-1 relu"
    assert found[1]["activation"] == "tanh-tanh-sigmoid" and found[2]["activation"] == "relu-relu-sigmoid"
    assert found[1]["L2"] == "none" and found[2]["L2"] == "0.01 (dense_1, dense_2)"
    assert "L1" not in found[2]
    everywhere = base.copy()
    everywhere.model.layers = [dense(4, "tanh", l1=0.001), dense(2, "tanh", l1=0.001), dense(1, "sigmoid", l1=0.001)]
    assert differing_settings(_runs(base, everywhere))[2] == {"L1": "0.001"}


def test_data_training_and_callback_settings():
    base = default_experiment()
    other = base.copy()
    other.data.name, other.data.samples, other.data.train_fraction, other.data.noise = "xor", 300, 0.7, 0.2
    other.training.batch_size, other.training.epochs = 32, 200
    other.training.schedule = {"class_name": "ExponentialDecay", "config": {"decay_steps": 100, "decay_rate": 0.9}}
    other.training.callbacks = [{"class_name": "EarlyStopping", "config": {"patience": 10}}]
    other.training.validation = {"method": "kfold", "k": 5, "repeats": 2}
    other.seed = 7
    found = differing_settings(_runs(base, other))
    assert found[2] == {
        "dataset": "xor",
        "samples": "300",
        "noise": "0.2",
        "training fraction": "70 %",
        "seed": "7",
        "schedule": "ExponentialDecay (decay_steps 100, decay_rate 0.9)",
        "batch size": "32",
        "epochs": "200",
        "callbacks": "EarlyStopping (patience 10)",
        "validation": "5-fold × 2",
    }
    assert found[1]["schedule"] == "constant" and found[1]["callbacks"] == "none"
    assert found[1]["training fraction"] == "50 %" and found[1]["validation"] == "holdout"


def test_a_difference_without_a_readable_name_is_shown_by_its_path():
    base = default_experiment()
    other = base.copy()
    other.model.layers[0]["config"]["kernel_initializer"] = "he_normal"
    other.training.optimizer["config"]["momentum"] = 0.9
    other.data.source = {}
    found = differing_settings(_runs(base, other))
    assert found[1] == {"dense_1 kernel_initializer": "default", "optimizer momentum": "default"}
    assert found[2] == {"dense_1 kernel_initializer": "he_normal", "optimizer momentum": "0.9"}


def test_fold_and_sweep_come_from_labels_and_groups():
    exp = default_experiment()
    history = RunHistory()
    history.add(exp, [], [], "finished", label="fold 1/3", group="K-fold 3×1")
    history.add(exp, [], [], "finished", label="repeat 1, fold 2/3", group="K-fold 3×1")
    history.add(exp, [], [], "finished", label="lr 0.03")
    found = differing_settings(history.runs)
    assert found[1] == {"fold": "fold 1/3", "sweep": "K-fold 3×1"}
    assert found[2]["fold"] == "repeat 1, fold 2/3" and found[3] == {"fold": "—", "sweep": "—"}
    assert settings_text(found[3]) == ""


def test_flatten_names_every_leaf():
    assert flatten({"a": {"b": [1, {"c": 2}], "d": []}, "e": None}) == {
        "a.b[0]": 1,
        "a.b[1].c": 2,
        "a.d": [],
        "e": None,
    }


def test_best_score_prefers_validation_accuracy_then_loss():
    run = Run(1, "", default_experiment(), [dict(row) for row in ROWS])
    assert best_score(run) == ("val_accuracy", 0.9, 2)
    for row in run.rows:
        del row["val_accuracy"]
    assert best_score(run) == ("val_loss", 0.35, 3)
    run.rows = [{"epoch": 1, "loss": 1.0, "val_loss": math.nan}]
    assert best_score(run) is None
    run.rows = []
    assert best_score(run) is None and run.epochs == 0


def test_layers_are_matched_by_name_or_kind_not_position():
    from playground.core.runs import sweeps
    from playground.core.teaching import templates

    base = default_experiment()
    renamed = base.copy()
    renamed.model.layers[0]["config"]["name"] = "first"
    assert differing_settings(_runs(base, renamed))[2] == {"layer names": "first, dense_2, dense_3"}
    deep = templates.deep_mlp()
    variants = [v for _, v in sweeps.capacity_variants(deep, "layers", [1, 3])]
    found = differing_settings(_runs(deep, *variants))
    assert [f["layers"] for f in found.values()] == [
        "Flatten → 100 (×10) → 10 tanh",
        "Flatten → 100 → 10 tanh",
        "Flatten → 100 (×3) → 10 tanh",
    ]
    assert all(list(f) == ["layers"] for f in found.values())  # the new layers' names go unsaid


def test_a_long_run_is_kept_as_columns_and_scored_from_them():
    from playground.core.runs.epoch_history import History

    current = History(
        [{"epoch": e, "loss": 1.0 / e, "val_loss": 1.0 / e, "val_accuracy": e % 997 / 1000} for e in range(1, 50_001)]
    )
    run = RunHistory().add(default_experiment(), current.rows, [], "stopped")
    del current.rows[10:]  # the window's history goes on; the kept run keeps its own copy
    assert len(run.rows) == 50_000 and run.epochs == 50_000 and run.rows.history is not current
    assert run.rows.column("loss").dtype.itemsize <= 8 and run.rows[-1]["epoch"] == 50_000
    assert best_score(run) == ("val_accuracy", 0.996, 996)
