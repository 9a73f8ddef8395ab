"""Sweeps: K-fold splits, data-size and capacity variants, optimizer comparisons and their statistics."""

import math
from pathlib import Path

import numpy as np
import pytest

from playground.core.data import datasets, user_files
from playground.core.data.data_config import FILE, DataConfig
from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import default_experiment
from playground.core.runs import sweeps
from playground.core.teaching import templates


def _points(a: np.ndarray) -> set[tuple[float, float]]:
    """The plane's raw points as a set: the plane sets are not scaled, so a point names its row."""
    return {tuple(p) for p in np.asarray(a).tolist()}


def test_folds_partition_the_pool_and_keep_the_holdout():
    cfg = DataConfig(name="circle", samples=200, noise=0.1, holdout=0.2)
    whole = datasets.generate(cfg, 4)
    pool = _points(np.concatenate([whole.train_x, whole.test_x]))
    folds = sweeps.fold_datasets(cfg, 4, k=5)
    assert [label for label, _ in folds] == [f"fold {i}/5" for i in range(1, 6)]
    validated = []
    for _, fold in folds:
        train, test = _points(fold.train_x), _points(fold.test_x)
        assert not train & test and train | test == pool
        assert len(fold.test_x) == 32 and len(fold.train_x) == 128
        assert np.array_equal(fold.holdout_x, whole.holdout_x) and np.array_equal(fold.holdout_y, whole.holdout_y)
        validated += [tuple(p) for p in fold.test_x.tolist()]
    assert len(validated) == len(pool) and set(validated) == pool  # each row validated exactly once


def test_repeated_folds_validate_each_row_once_per_repeat_with_a_new_shuffle():
    cfg = DataConfig(name="gauss", samples=120, noise=0.2)
    folds = sweeps.fold_datasets(cfg, 0, k=3, repeats=2)
    labels = [label for label, _ in folds]
    assert labels[:3] == ["repeat 1, fold 1/3", "repeat 1, fold 2/3", "repeat 1, fold 3/3"]
    assert labels[3] == "repeat 2, fold 1/3" and len(folds) == 6
    per_repeat = [[_points(f.test_x) for _, f in folds[:3]], [_points(f.test_x) for _, f in folds[3:]]]
    for repeat in per_repeat:
        assert sum(len(s) for s in repeat) == 120 and len(set().union(*repeat)) == 120
    assert per_repeat[0] != per_repeat[1]


def test_folds_are_stratified_and_repeatable():
    cfg = DataConfig(name="circle", samples=200)
    a, b = sweeps.fold_datasets(cfg, 1, k=4), sweeps.fold_datasets(cfg, 1, k=4)
    for (_, fa), (_, fb) in zip(a, b, strict=True):
        assert np.array_equal(fa.test_x, fb.test_x)
        assert np.bincount(fa.test_y.ravel().astype(int)).tolist() == [25, 25]


def _csv(tmp_path: Path, far: float = 0.0, rare: int = 0) -> DataConfig:
    """A table of 60 rows, 'a'/'b' alternating; row 7's u is `far` when given, and the first
    `rare` rows are class 'c'."""
    lines = ["u,v,k"]
    for i in range(60):
        u = far if far and i == 7 else i % 9
        lines.append(f"{u},{(i * 7) % 5},{'c' if i < rare else 'ab'[i % 2]}")
    path = tmp_path / "table.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = {
        "kind": "csv",
        "path": str(path),
        "target": "k",
        "problem": "classification" if not rare else "multiclass",
    }
    found = user_files.load(source)
    source.update(problem=found.problem, classes=list(found.classes), input_shape=list(found.input_shape))
    return DataConfig(name=FILE, source=source, samples=60)


def test_each_fold_is_scaled_with_its_own_training_rows_only(tmp_path):
    cfg = _csv(tmp_path, far=1e6)
    folds = sweeps.fold_datasets(cfg, 0, k=5)
    far_in_test = 0
    for _, fold in folds:
        assert np.allclose(fold.train_x.mean(axis=0), 0, atol=1e-4)
        assert np.allclose(fold.train_x.std(axis=0), 1, atol=1e-4)
        if np.abs(fold.test_x).max() > 100:  # the far row, scaled by statistics that never saw it
            far_in_test += 1
        else:  # the far row trains: it stretches the spread, so the others sit near 0
            assert np.abs(fold.test_x[:, 0]).max() < 1
    assert far_in_test == 1


def test_fold_errors_say_what_to_change(tmp_path):
    cfg = _csv(tmp_path, rare=3)
    with pytest.raises(ExperimentError, match=r"class 'c' has only 3 samples, fewer than k=5 folds: lower k or turn"):
        sweeps.fold_datasets(cfg, 0, k=5)
    assert len(sweeps.fold_datasets(cfg, 0, k=5, stratify=False)) == 5
    assert len(sweeps.fold_datasets(cfg, 0, k=3)) == 3
    with pytest.raises(ExperimentError, match="training.validation.k: K-fold needs at least 2 folds, got 1"):
        sweeps.fold_datasets(cfg, 0, k=1)
    with pytest.raises(ExperimentError, match="is 61 but there are only 60 samples to split: lower k"):
        sweeps.fold_datasets(cfg, 0, k=61, stratify=False)
    with pytest.raises(ExperimentError, match="repeats: must be a whole number"):
        sweeps.fold_datasets(cfg, 0, k=3, repeats=0)


def test_regression_folds_are_not_stratified():
    cfg = DataConfig(name="plane", samples=100)
    folds = sweeps.fold_datasets(cfg, 0, k=4, stratify=True)
    assert [len(f.test_x) for _, f in folds] == [25, 25, 25, 25]


def test_fractions_keep_the_validation_set_and_subsample_training_rows_stratified():
    data = datasets.generate(DataConfig(name="circle", samples=400), 0)
    parts = sweeps.fraction_datasets(data, seed=3)
    assert [label for label, _ in parts] == [
        "10 % of the training data (n=20)",
        "25 % of the training data (n=50)",
        "50 % of the training data (n=100)",
        "75 % of the training data (n=150)",
        "100 % of the training data (n=200)",
    ]
    previous: set = set()
    for _, part in parts:
        assert part.test_x is data.test_x and part.test_y is data.test_y
        counts = np.bincount(part.train_y.ravel().astype(int))
        assert counts[0] == counts[1]  # the circle's training rows are half and half
        rows = _points(part.train_x)
        assert previous <= rows <= _points(data.train_x)  # nested: a smaller part is inside the larger
        previous = rows
    assert np.array_equal(parts[-1][1].train_x, data.train_x)


def test_fractions_keep_two_of_each_class():
    data = datasets.generate(DataConfig(name="circle", samples=400), 0)
    labels = data.train_y.ravel()
    keep = np.concatenate([np.flatnonzero(labels == 0), np.flatnonzero(labels == 1)[:10]])
    data.train_x, data.train_y = data.train_x[keep], data.train_y[keep]
    [(label, part)] = sweeps.fraction_datasets(data, [0.05])
    assert np.bincount(part.train_y.ravel().astype(int)).tolist() == [5, 2]
    assert label == "5 % of the training data (n=7)"
    with pytest.raises(ExperimentError, match="above 0 and at most 1"):
        sweeps.fraction_datasets(data, [1.5])


def test_capacity_variants_change_units_or_hidden_layers_and_validate():
    exp = default_experiment()  # 4 tanh, 2 tanh, 1 sigmoid
    units = sweeps.capacity_variants(exp, "units", [1, 16])
    assert [label for label, _ in units] == ["1 unit per hidden layer", "16 units per hidden layer"]
    assert [layer["config"]["units"] for layer in units[1][1].model.layers] == [16, 16, 1]
    layers = sweeps.capacity_variants(exp, "layers", [0, 1, 3])
    assert [label for label, _ in layers] == ["no hidden layer", "1 hidden layer", "3 hidden layers"]
    assert [[lay["config"]["units"] for lay in v.model.layers] for _, v in layers] == [[1], [4, 1], [4, 4, 4, 1]]
    assert exp.model.layers[0]["config"]["units"] == 4 and len(exp.model.layers) == 3  # the original is kept
    for _, variant in units + layers:
        validate(variant)


def test_capacity_keeps_what_comes_before_and_between_the_hidden_layers():
    lenet = templates.lenet()  # convolutions, Flatten, Dense 32, Dropout, output
    [(_, none), (_, three)] = sweeps.capacity_variants(lenet, "layers", [0, 3])
    assert [layer["class_name"] for layer in none.model.layers][-2:] == ["Flatten", "Dense"]
    kinds = [layer["class_name"] for layer in three.model.layers]
    assert kinds[4:] == ["Dense", "Dropout"] * 3 + ["Dense"]
    names = [layer["config"]["name"] for layer in three.model.layers]
    assert len(set(names)) == len(names) and names[4] == "dense_1"
    deep = sweeps.capacity_variants(templates.deep_mlp(), "layers", [2])[0][1]
    assert [layer["config"]["name"] for layer in deep.model.layers] == ["flatten", "dense_1", "dense_2", "output"]


def test_capacity_refuses_models_it_cannot_vary():
    with pytest.raises(ExperimentError, match="has none: add one"):
        sweeps.capacity_variants(templates.lstm(), "units", [8])
    with pytest.raises(ExperimentError, match="plain stack"):
        sweeps.capacity_variants(templates.residual(), "layers", [2])
    exp = default_experiment()
    exp.model.layers.insert(1, {"class_name": "Reshape", "config": {"target_shape": [4, 1]}})
    with pytest.raises(ExperimentError, match=r"model.layers\[1\]: reshape_2 \(Reshape\) sits among the hidden"):
        sweeps.capacity_variants(exp, "layers", [2])
    with pytest.raises(ExperimentError, match=r"model.layers\[0\].config.units: 5000 units per hidden layer: "):
        sweeps.capacity_variants(default_experiment(), "units", [5000])


def test_optimizer_and_rate_variants():
    exp = default_experiment()
    found = sweeps.optimizer_variants(
        exp, [{"class_name": "Adam", "config": {"learning_rate": 0.001}}, {"class_name": "SGD", "config": {}}]
    )
    assert [label for label, _ in found] == ["Adam, lr 0.001", "SGD, lr 0.01"]
    assert found[1][1].training.optimizer == {"class_name": "SGD", "config": {"learning_rate": 0.01}}
    rates = sweeps.rate_variants(exp, [0.3, 0.003])
    assert [label for label, _ in rates] == ["lr 0.3", "lr 0.003"]
    assert [v.training.learning_rate for _, v in rates] == [0.3, 0.003] and exp.training.learning_rate == 0.03
    with pytest.raises(ExperimentError, match="Nope, lr 0.001: 'Nope' is not available"):
        sweeps.optimizer_variants(exp, [{"class_name": "Nope", "config": {"learning_rate": 0.001}}])
    with pytest.raises(ExperimentError, match="lr -1: must be a number above 0"):
        sweeps.rate_variants(exp, [-1])


def _rows(values, column="loss", start=1):
    return [{"epoch": start + i, column: v} for i, v in enumerate(values)]


def test_mean_spread_aligns_on_epochs_and_skips_nan():
    histories = [_rows([1.0, 2.0, 3.0]), _rows([3.0, math.nan]), _rows([5.0]), [{"epoch": 2}]]
    epochs, mean, std, count = sweeps.mean_spread(histories, "loss")
    assert epochs.tolist() == [1, 2, 3]
    assert count.tolist() == [3, 1, 1]
    assert np.allclose(mean, [3.0, 2.0, 3.0]) and np.allclose(std, [np.std([1, 3, 5]), 0.0, 0.0])
    epochs, mean, std, count = sweeps.mean_spread([_rows([math.nan]), _rows([math.inf])], "loss")
    assert count.tolist() == [0] and np.isnan(mean[0]) and np.isnan(std[0])
    epochs, mean, std, count = sweeps.mean_spread([], "loss")
    assert len(epochs) == len(mean) == 0


def test_final_scores_and_fold_table():
    a = [
        {"epoch": 1, "accuracy": 0.6, "val_accuracy": 0.5},
        {"epoch": 2, "accuracy": 0.9, "val_accuracy": 0.8},
        {"epoch": 3, "accuracy": 1.0, "val_accuracy": 0.7},
    ]
    b = [{"epoch": 1, "accuracy": 0.7, "val_accuracy": 0.9}]
    assert sweeps.final_scores(a, "accuracy") == (1.0, 0.7)
    assert all(math.isnan(v) for v in sweeps.final_scores([], "accuracy"))
    table = sweeps.fold_table(["fold 1/2", "fold 2/2"], [a, b], "accuracy")
    assert table[0] == {"label": "fold 1/2", "epochs": 3, "train": 1.0, "val": 0.7, "best_val": 0.8, "best_epoch": 2}
    assert table[1] == {"label": "fold 2/2", "epochs": 1, "train": 0.7, "val": 0.9, "best_val": 0.9, "best_epoch": 1}
    summary = table[2]
    assert summary["label"] == "mean ± std"
    assert summary["val"] == pytest.approx(0.8) and summary["val_std"] == pytest.approx(0.1)
    assert summary["epochs"] == 2 and summary["epochs_std"] == 1
    assert summary["best_val"] == pytest.approx(0.85) and summary["train"] == pytest.approx(0.85)
    losses = sweeps.fold_table(["x"], [_rows([0.5, 0.2, 0.4], "val_loss")], "loss")
    assert losses[0]["best_val"] == 0.2 and losses[0]["best_epoch"] == 2  # lower is better for a loss
