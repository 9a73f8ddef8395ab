"""The compact history: its rows read as the list of dicts they were, its columns, its CSV."""

import csv
import math

import numpy as np
import pytest

from playground.core.runs.epoch_history import History, as_history


def _rows(start: int, stop: int) -> list[dict]:
    return [
        {
            "epoch": e,
            "loss": float(np.float32(1.0 / e)),  # what Keras hands over: float32 values
            "val_loss": 1.0 / e + 1e-9,  # not a float32: kept as float64
            "accuracy": float(np.float32(1 - 0.5 / e)),
            "learning_rate": 0.03,
        }
        for e in range(start, stop)
    ]


def _same(a: list[dict], b: list[dict]) -> bool:
    """Equal rows, types included, NaN equal to NaN."""
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert list(x) == list(y)
        for key in x:
            assert type(x[key]) is type(y[key]), key
            assert x[key] == y[key] or (math.isnan(x[key]) and math.isnan(y[key])), key
    return True


def test_rows_read_like_the_list_of_dicts_they_were():
    rows = _rows(1, 301)
    history = History()
    history.extend(rows[:7])
    history.extend(rows[7:])
    view = history.rows
    assert len(history) == len(view) == 300 and bool(history)
    assert _same([view[0], view[5], view[-1], view[-300]], [rows[0], rows[5], rows[-1], rows[-300]])
    assert _same(view[10:20], rows[10:20]) and _same(view[-3:], rows[-3:]) and _same(view[::50], rows[::50])
    assert view[400:] == [] and _same(list(view), rows) and view == rows
    assert history.last == rows[-1] and history.row(3) == rows[3]
    with pytest.raises(IndexError):
        view[300]
    view[0]["loss"] = 99.0  # a row handed out is the reader's own
    assert view[0]["loss"] == rows[0]["loss"]


def test_values_come_back_exactly_and_a_float32_column_stays_float32():
    history = History(_rows(1, 50))
    assert history.column("loss").dtype == np.float32 and history.column("val_loss").dtype == np.float64
    assert history.column("epoch").dtype == np.float32 and type(history.rows[0]["epoch"]) is int
    np.testing.assert_array_equal(history.column("val_loss"), [row["val_loss"] for row in _rows(1, 50)])
    with pytest.raises(ValueError):
        history.column("loss")[0] = 5.0  # read-only: the history's own memory


def test_missing_columns_odd_values_nan_and_infinity_are_kept():
    rows = [
        {"epoch": 1, "loss": 0.5},
        {"epoch": 2, "loss": math.nan, "val_loss": 0.7, "note": None},
        {"epoch": 3, "loss": math.inf, "val_loss": 1, "flag": True},  # an int in a float column
        {"epoch": 2**60, "loss": -math.inf, "val_loss": "text"},
    ]
    history = History(rows)
    assert _same(list(history.rows), rows) and _same(history.rows[1:3], rows[1:3])
    assert history.has("val_loss") and not history.has("accuracy")
    np.testing.assert_array_equal(history.column("val_loss"), [math.nan, 0.7, math.nan, math.nan])
    assert np.isnan(history.column("accuracy")).all() and len(history.column("accuracy")) == 4
    assert history.columns() == ["epoch", "loss", "val_loss"]
    assert list(History([{}, {}]).rows) == [{}, {}]
    huge = History([{"loss": 0.5}, {"loss": 1e300}])  # beyond float32: the column becomes float64
    assert huge.column("loss").dtype == np.float64 and huge.rows[-1] == {"loss": 1e300}


def test_del_keeps_the_first_rows_and_the_history_grows_again():
    rows = _rows(1, 101)
    history = History(rows)
    cuts = history.cuts
    del history.rows[60:]
    assert len(history) == 60 and _same(list(history.rows), rows[:60]) and history.cuts == cuts + 1
    del history.rows[-1]
    assert len(history) == 59
    with pytest.raises(ValueError):
        del history.rows[3]  # only the last rows go
    history.extend(rows[59:])
    assert _same(list(history.rows), rows)
    history.clear()
    assert len(history) == 0 and history.last is None and list(history.rows) == [] and history.cuts == cuts + 3


def test_a_copy_and_rows_of_another_history_are_read_column_by_column():
    first, second = History(_rows(1, 30)), History([{"epoch": 30, "loss": 0.1, "mae": 0.2}])
    joined = History(first.rows)
    joined.extend(second.rows)
    assert _same(list(joined.rows), _rows(1, 30) + [{"epoch": 30, "loss": 0.1, "mae": 0.2}])
    copy = joined.copy()
    del joined.rows[5:]
    assert len(copy) == 30 and as_history(copy.rows) is copy and as_history(copy) is copy


def test_a_part_is_copied_and_a_table_reads_uniform_rows_at_once():
    rows = _rows(1, 200)
    history = History(rows)
    part = history.part(150, 180)
    del history.rows[160:]  # the part is its own
    assert _same(list(part.rows), rows[150:180])
    assert part.column("loss").dtype == np.float32 and len(history.part(190, 500)) == 0
    names, ints, values = history.table(10, 13)
    assert names == ["epoch", "loss", "val_loss", "accuracy", "learning_rate"] and ints == ["epoch"]
    assert values.dtype == np.float64 and values.shape == (3, 5)
    assert values.tolist() == [list(row.values()) for row in rows[10:13]]
    odd = History([{"epoch": 1, "loss": 0.5}, {"epoch": 2, "loss": "text"}, {"epoch": 3}, {"epoch": 4}])
    assert odd.table(0, 2) is None and odd.table(1, 3) is None  # an odd value, a missing one
    assert odd.table(2, 4)[0] == ["epoch"]  # no row here has a loss: not a column of this table
    assert _same(list(odd.part(1, 4).rows), [{"epoch": 2, "loss": "text"}, {"epoch": 3}, {"epoch": 4}])


def test_the_csv_numbers_epochs_as_keras_and_sorts_the_columns(tmp_path):
    """Keras CSVLogger's layout: epoch from 0, then the columns in alphabetical order, floats as repr."""
    rows = _rows(1, 40)
    rows[3]["val_loss"] = math.nan
    rows[5].pop("accuracy")
    rows[-1]["mae"] = 0.25
    History(rows).write_csv(tmp_path / "history.csv")
    with open(tmp_path / "history.csv", newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["epoch", "accuracy", "learning_rate", "loss", "mae", "val_loss"]
    assert [int(r[0]) for r in table[1:]] == list(range(39))  # the window's epoch 1 is Keras's epoch 0
    assert table[1] == ["0", repr(rows[0]["accuracy"]), "0.03", repr(rows[0]["loss"]), "", repr(rows[0]["val_loss"])]
    assert table[4][5] == "nan" and table[6][1] == "" and table[-1][4] == "0.25"


def test_a_long_history_takes_a_few_bytes_an_epoch():
    history = History()
    for start in range(1, 200_001, 5_000):
        history.extend([{"epoch": e, "loss": 0.5, "accuracy": 0.75} for e in range(start, start + 5_000)])
    stored = sum(history.column(name).nbytes for name in ("epoch", "loss", "accuracy"))
    assert len(history) == 200_000 and stored == 200_000 * 3 * 4  # float32: 4 bytes a value
    assert history.rows[-1] == {"epoch": 200_000, "loss": 0.5, "accuracy": 0.75}
