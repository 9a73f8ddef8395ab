"""Per-sample weights (Keras's `fit(sample_weight=...)`) read from an .npz or a CSV column, and
kept with their rows through the subset and the split."""

import numpy as np
import pytest

from playground.core.data import csv_import, datasets, imported, npz_import, user_files
from playground.core.data.data_config import FILE, DataConfig
from playground.core.runs import sweeps


def save(tmp_path, name="w.npz", **arrays):
    path = tmp_path / name
    np.savez(path, **arrays)
    return str(path)


def test_npz_sample_weight_is_read_with_a_note(tmp_path):
    w = np.linspace(0.5, 3, 20)
    path = save(tmp_path, x=np.arange(40.0).reshape(20, 2), y=np.arange(20) % 2, Sample_Weight=w)
    found = npz_import.load(path)
    assert found.sample_weight.dtype == np.float32 and found.sample_weight.shape == (20,)
    assert np.allclose(found.sample_weight, w)
    assert "sample_weight: weights 0.5 to 3 used in training (Keras's sample_weight)" in found.notes


def test_npz_without_weights_has_none(tmp_path):
    found = npz_import.load(save(tmp_path, x=np.zeros((10, 2)), y=np.arange(10) % 2))
    assert found.sample_weight is None
    assert not any("sample_weight" in n for n in found.notes)


@pytest.mark.parametrize(
    "weights, message",
    [
        (np.array([1.0, -2.0] + [1.0] * 8), r"sample_weight is negative at sample 1 \(-2\): weights must be 0 or more"),
        (np.array([1.0] * 5 + [np.nan] + [1.0] * 4), "sample_weight is missing or infinite at sample 5"),
        (np.array([1.0] * 5 + [np.inf] + [1.0] * 4), "sample_weight is missing or infinite at sample 5"),
        (np.ones(9), r"shape \(9,\); give one weight per sample: 10 numbers in a 1-D array"),
        (np.ones((10, 1)), r"shape \(10, 1\); give one weight per sample"),
        (np.zeros(10), "sample_weight is 0 for every sample"),
        (np.array(["a"] * 10), "sample_weight holds <U1 values; sample weights must be numbers"),
    ],
)
def test_bad_npz_weights_say_what_to_fix(tmp_path, weights, message):
    path = save(tmp_path, x=np.zeros((10, 2)), y=np.arange(10) % 2, sample_weight=weights)
    with pytest.raises(imported.ImportFailed, match=message):
        npz_import.load(path)


def test_check_weights_returns_float32():
    w = imported.check_weights(np.array([0, 1, 2]), 3, "w")
    assert w.dtype == np.float32 and w.tolist() == [0.0, 1.0, 2.0]
    assert imported.check_weights(np.zeros(2), 2, "part", part=True).tolist() == [0.0, 0.0]


def test_npz_train_and_test_weights_are_pooled_in_order(tmp_path):
    arrays = {
        "x_train": np.zeros((6, 2)),
        "y_train": np.arange(6) % 2,
        "x_test": np.ones((4, 2)),
        "y_test": np.arange(4) % 2,
        "sample_weight_train": np.arange(1, 7, dtype=float),
        "sample_weight_test": np.zeros(4),  # all 0 in one part is allowed: the pool has weights
    }
    found = npz_import.load(save(tmp_path, **arrays))
    assert found.sample_weight.tolist() == [1, 2, 3, 4, 5, 6, 0, 0, 0, 0]
    assert len(found.x) == 10


@pytest.mark.parametrize("given", ["sample_weight_train", "sample_weight_test"])
def test_npz_with_only_one_of_the_train_and_test_weights_fails(tmp_path, given):
    arrays = {"x_train": np.zeros((6, 2)), "y_train": np.arange(6) % 2, "x_test": np.ones((4, 2))}
    arrays.update(y_test=np.arange(4) % 2, **{given: np.ones(6 if given.endswith("train") else 4)})
    with pytest.raises(imported.ImportFailed, match=f"has {given} but no sample_weight_.*both are needed"):
        npz_import.load(save(tmp_path, **arrays))


def test_npz_train_and_test_weights_are_checked_each(tmp_path):
    arrays = {"x_train": np.zeros((6, 2)), "y_train": np.arange(6) % 2, "x_test": np.ones((4, 2))}
    arrays.update(y_test=np.arange(4) % 2, sample_weight_train=np.ones(6), sample_weight_test=np.ones(3))
    with pytest.raises(imported.ImportFailed, match=r"sample_weight_test has shape \(3,\).*4 numbers"):
        npz_import.load(save(tmp_path, **arrays))
    arrays.update(sample_weight_train=np.zeros(6), sample_weight_test=np.zeros(4))
    with pytest.raises(imported.ImportFailed, match="is 0 for every sample"):
        npz_import.load(save(tmp_path, "z.npz", **arrays))


def write(tmp_path, text, name="w.csv"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_csv_weight_column_is_not_a_feature_and_follows_dropped_rows(tmp_path):
    lines = ["a,Sample_Weight,b,k"]
    for i in range(12):
        k = "" if i in (3, 7) else "xy"[i % 2]  # rows 3 and 7 have no target: left out
        lines.append(f"{i},{i / 2},{i * 10},{k}")
    path = write(tmp_path, "\n".join(lines))
    found = csv_import.load(path, target="k")
    assert found.feature_names == ("a", "b")
    assert found.x.shape == (10, 2)
    kept = [i for i in range(12) if i not in (3, 7)]
    assert found.x[:, 0].tolist() == kept
    assert found.sample_weight.tolist() == [i / 2 for i in kept]
    assert "sample_weight: weights 0 to 5.5 used in training (Keras's sample_weight)" in found.notes


def test_csv_weights_follow_rows_dropped_for_gaps(tmp_path):
    lines = ["a,b,sample_weight,k"] + [f"{'' if i == 4 else i},{i},{i + 1},{'xy'[i % 2]}" for i in range(10)]
    found = csv_import.load(write(tmp_path, "\n".join(lines)), target="k", missing="drop")
    assert found.sample_weight.tolist() == [i + 1 for i in range(10) if i != 4]
    assert found.x[:, 1].tolist() == [i for i in range(10) if i != 4]


def test_csv_default_target_skips_the_weight_column(tmp_path):
    lines = ["a,k,sample_weight"] + [f"{i},{'xy'[i % 2]},1" for i in range(10)]
    found = csv_import.load(write(tmp_path, "\n".join(lines)))
    assert found.classes == ("x", "y") and found.feature_names == ("a",)
    assert found.sample_weight.tolist() == [1.0] * 10


def test_csv_weight_column_left_out_gives_no_weights(tmp_path):
    lines = ["a,sample_weight,k"] + [f"{i},2,{'xy'[i % 2]}" for i in range(10)]
    found = csv_import.load(write(tmp_path, "\n".join(lines)), target="k", exclude=["sample_weight"])
    assert found.sample_weight is None and found.feature_names == ("a",)


@pytest.mark.parametrize(
    "cell, message",
    [
        ("", r"row 7: no weight in column 'sample_weight'"),
        ("heavy", r"row 7: 'heavy' is not a weight in column 'sample_weight'"),
        ("-1", r"row 7: '-1' is not a weight .* a number 0 or more"),
    ],
)
def test_csv_bad_weight_names_the_file_line(tmp_path, cell, message):
    # Data row 5 is file line 7 (the header is line 1).
    lines = ["a,sample_weight,k"] + [f"{i},{cell if i == 5 else 1},{'xy'[i % 2]}" for i in range(10)]
    with pytest.raises(imported.ImportFailed, match=message):
        csv_import.load(write(tmp_path, "\n".join(lines)), target="k")


def test_csv_weights_cannot_be_the_target_or_all_zero(tmp_path):
    lines = ["a,sample_weight,k"] + [f"{i},{i % 3},{'xy'[i % 2]}" for i in range(10)]
    path = write(tmp_path, "\n".join(lines))
    with pytest.raises(imported.ImportFailed, match="'sample_weight' holds sample weights .* cannot be the target"):
        csv_import.load(path, target="sample_weight")
    lines = ["a,sample_weight,k"] + [f"{i},0,{'xy'[i % 2]}" for i in range(10)]
    with pytest.raises(imported.ImportFailed, match="column 'sample_weight' is 0 for every sample"):
        csv_import.load(write(tmp_path, "\n".join(lines), "zero.csv"), target="k")


def weighted_file(tmp_path, n=300):
    """x's first column is a sample id; the weight is a known function of it, and y is the id too
    (a regression target), so rows can be matched after scaling and splitting."""
    rng = np.random.default_rng(3)
    ids = np.arange(n, dtype=float)
    x = np.stack([ids, rng.normal(size=n)], axis=1)
    return save(tmp_path, "d.npz", x=x, y=ids + 0.5, sample_weight=1 + ids % 7)


def file_config(path, samples, **options):
    found = user_files.load({"kind": "npz", "path": path})
    source = {"kind": "npz", "path": path, "problem": found.problem, "input_shape": list(found.input_shape)}
    return DataConfig(name=FILE, source=source, samples=samples, scaling="none", **options)


def expected(ids):
    return (1 + np.round(ids) % 7).astype(np.float32)


def test_generate_keeps_each_weight_with_its_row(tmp_path):
    cfg = file_config(weighted_file(tmp_path), samples=200, holdout=0.2)  # a subset of the 300 rows
    data = datasets.generate(cfg, seed=5)
    assert data.train_w.dtype == np.float32 and data.train_w.shape == (len(data.train_x),)
    for x, w in ((data.train_x, data.train_w), (data.test_x, data.test_w), (data.holdout_x, data.holdout_w)):
        assert len(w) == len(x) > 0
        assert np.array_equal(w, expected(x[:, 0]))
    assert len(data.train_x) + len(data.test_x) + len(data.holdout_x) == 200
    assert len(np.unique(data.train_x[:, 0])) == len(data.train_x)  # shuffled, not the first rows


def test_generate_keeps_weights_when_x_is_standardised(tmp_path):
    cfg = file_config(weighted_file(tmp_path), samples=300)
    cfg.scaling = "auto"
    data = datasets.generate(cfg, seed=1)
    pool = datasets.split_pool(cfg, seed=1)  # the same rows, unscaled
    ids = pool.x[pool.parts.train, 0]
    assert np.allclose(data.train_x[:, 0], (ids - ids.mean()) / ids.std(), atol=1e-4)  # those rows, scaled
    assert np.array_equal(data.train_w, expected(ids))
    assert np.array_equal(pool.w, expected(pool.x[:, 0]))


def test_sets_without_weights_have_none(tmp_path):
    data = datasets.generate(DataConfig(name="circle", samples=100), seed=0)
    assert data.train_w is None and data.test_w is None and data.holdout_w is None


def test_kfold_and_data_size_sweeps_carry_the_weights(tmp_path):
    cfg = file_config(weighted_file(tmp_path, n=120), samples=120)
    folds = sweeps.fold_datasets(cfg, seed=0, k=3)
    assert len(folds) == 3
    for _, data in folds:
        assert np.array_equal(data.train_w, expected(data.train_x[:, 0]))
        assert np.array_equal(data.test_w, expected(data.test_x[:, 0]))
    for _, part in sweeps.fraction_datasets(folds[0][1], fractions=(0.5,)):
        assert len(part.train_w) == len(part.train_x)
        assert np.array_equal(part.train_w, expected(part.train_x[:, 0]))
