"""The model.keras of an imported CSV takes the file's columns by name — numbers with blank cells
(NaN), text columns as written, blanks and all — and of a bag of words the word numbers, and in a
Python that cannot import `playground` answers as the app does on its prepared rows.
"""

from __future__ import annotations

import numpy as np
import pytest

from playground.core.data import user_files
from playground.core.data.data_config import input_shape
from playground.core.data.generated_data import VOCABULARY
from playground.core.experiment.checks import validate
from playground.core.experiment.config import default_experiment
from playground.core.recipe.training_config import default_loss
from playground.training.files import self_contained
from playground.training.files.keras_io import _load, read_keras
from playground.training.tf_setup import import_keras
from tests.training.data.test_imported_training import dense, file_experiment
from tests.training.files.test_self_contained_model import TOLERANCE, save_and_answer


def _csv(folder, missing: str, problem: str):
    """60 rows: a number column with blank cells, a text column with blank cells (empty and "NA"),
    a column whose name has a space, and the target (a price, or a text class)."""
    rng = np.random.default_rng(5)
    lines = ["size,colour,floor area,kind,price"]
    for i in range(60):
        size = "" if i % 7 == 3 else f"{rng.normal(100, 30):.1f}"
        colour = ("", "NA")[i % 2] if i % 9 == 4 else ("red", "blue", "green")[rng.integers(3)]
        area = rng.integers(20, 90)
        price = rng.normal(1000, 200) + 10 * area
        kind = "house" if (area > 50) ^ (colour == "red") else "flat"
        lines.append(f"{size},{colour},{area},{kind},{price:.0f}")
    path = folder / "homes.csv"
    path.write_text("\n".join(lines) + "\n")
    if problem == "regression":
        source = {"kind": "csv", "path": str(path), "target": "price", "missing": missing, "exclude": ["kind"]}
        return file_experiment(source, [dense(8, "relu"), dense(1, "linear")], "mse", 100, epochs=2)
    source = {"kind": "csv", "path": str(path), "target": "kind", "missing": missing, "exclude": ["price"]}
    layers = [dense(8, "relu"), dense(1, "sigmoid")]
    return file_experiment(source, layers, "binary_crossentropy", 100, epochs=2)


def _reviews(folder):
    exp = default_experiment()
    exp.data.name, exp.data.samples, exp.data.encoding = "reviews", 120, "multi_hot"
    exp.training.loss, exp.training.batch_size = default_loss("classification"), 16
    exp.model.layers = [dense(8, "relu"), dense(1, "sigmoid")]
    validate(exp)
    return exp


CASES = {
    "csv, gaps filled with the mean": lambda tmp: _csv(tmp, "mean", "regression"),
    "csv, gaps filled with the most frequent, classes": lambda tmp: _csv(tmp, "most_frequent", "classification"),
    "csv, rows with a gap left out": lambda tmp: _csv(tmp, "drop", "regression"),
    "reviews, bag of words": _reviews,
}


_made: dict = {}  # case: its experiment, as the fixture made it


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    def recorded(case, make):
        def made(folder):
            _made[case] = make(folder)
            return _made[case]

        return made

    return save_and_answer({case: recorded(case, make) for case, make in CASES.items()}, tmp_path_factory)


def _columns(case: str) -> dict:
    return {c.name: c for c in user_files.load(_made[case].data.source).columns}


@pytest.mark.parametrize("case", list(CASES))
def test_plain_keras_answers_the_files_columns_as_the_app_does(saved, case):
    _, app, theirs = saved[case]
    assert len(theirs) == len(app) == 1
    assert theirs[0].shape == app[0].shape
    difference = float(np.max(np.abs(theirs[0] - app[0])))
    print(f"{case}: max |difference| {difference:.2e}")
    assert np.isfinite(theirs[0]).all() and difference <= TOLERANCE, (case, difference)


def test_the_test_rows_hold_blank_cells_and_text(saved):
    """What the comparison covers: blank numbers, blank text cells ("" and "NA"), three categories."""
    import json

    folder = saved["csv, gaps filled with the mean"][0]
    columns = json.loads((folder / "raw.json").read_text())
    assert None in columns["size"][1] and {"", "NA"} & set(columns["colour"][1])
    assert {"red", "blue", "green"} <= set(columns["colour"][1]) and columns["colour"][0] is True


def _model(folder):
    self_contained.register_layers()
    return import_keras().models.load_model(folder / "model.keras", safe_mode=True)


def _row(size, colour, area=40.0):
    return {"size": np.array([size]), "colour": np.array([colour], object), "floor area": np.array([area])}


def test_a_blank_cell_answers_as_the_imports_fill(saved):
    folder = saved["csv, gaps filled with the mean"][0]
    size, colour = (
        _columns("csv, gaps filled with the mean")["size"],
        _columns("csv, gaps filled with the mean")["colour"],
    )
    assert size.gaps and colour.gaps and colour.fill in colour.categories
    model = _model(folder)
    filled = model.predict(_row(size.fill, colour.fill), verbose=0)
    for blank in ("", "NA", "na", "N/A", "NaN", "?", "-"):
        np.testing.assert_array_equal(model.predict(_row(np.nan, blank), verbose=0), filled)


def test_a_category_the_file_never_had_is_refused(saved):
    model = _model(saved["csv, gaps filled with the mean"][0])
    with pytest.raises(Exception, match="OOV|vocabulary"):
        model.predict(_row(100.0, "purple"), verbose=0)


def test_with_rows_left_out_a_blank_number_gives_no_answer(saved):
    model = _model(saved["csv, rows with a gap left out"][0])
    assert np.isnan(model.predict(_row(np.nan, "red"), verbose=0)).all()
    assert np.isfinite(model.predict(_row(100.0, "red"), verbose=0)).all()


def test_the_columns_go_by_name_and_a_missing_one_is_named(saved):
    model = _model(saved["csv, gaps filled with the mean"][0])
    assert [t.name for t in model.inputs] == ["size", "colour", "floor area"]
    row = _row(90.0, "blue")
    shuffled = {"price": np.array([1.0]), **{k: row[k] for k in reversed(row)}}
    np.testing.assert_array_equal(model.predict(shuffled, verbose=0), model.predict(row, verbose=0))
    with pytest.raises(ValueError, match='Missing data for input "floor area"'):
        model.predict({"size": row["size"], "colour": row["colour"]}, verbose=0)


def test_the_layers_module_is_written_only_where_a_number_gap_was_filled(saved):
    for case, (folder, _, _) in saved.items():
        written = (folder / self_contained.LAYERS_FILE).exists()
        assert written == case.startswith("csv, gaps filled"), case


@pytest.mark.parametrize("case", list(CASES))
def test_the_app_reads_back_the_trained_model_inside(saved, case):
    folder = saved[case][0]
    inner = _load(folder / "model.keras")
    assert inner.name != self_contained.NAME
    layers, shape, _ = read_keras(folder / "model.keras")
    assert [layer["class_name"] for layer in layers] == ["Dense", "Dense"]
    expected = input_shape(_made[case].data)  # the trained model's: prepared, not raw
    assert expected == ((len(VOCABULARY),) if case.startswith("reviews") else (5,))  # size, 3 colours, floor area
    assert shape == expected == tuple(inner.inputs[0].shape[1:])


def test_a_column_name_keras_cannot_take_gets_an_input_named_by_its_place(tmp_path):
    """A "/" (refused in a layer's name) or a name the model's own layers use: column_<n>, still
    answering as the app does."""
    from playground.core.data import datasets
    from playground.training.engine.session import Session
    from playground.training.files.keras_io import save_keras
    from tests.training.files.test_self_contained_model import csv_columns

    rows = "".join(f"{i % 5},{i % 3},{2 * i}\n" for i in range(30))
    (tmp_path / "odd.csv").write_text("m/s,scaling,y\n" + rows)
    source = {"kind": "csv", "path": str(tmp_path / "odd.csv"), "target": "y"}
    session = Session(file_experiment(source, [dense(1, "linear")], "mse", 100, epochs=1))
    session.warm_up()
    save_keras(session.experiment, tmp_path / "model.keras", session.model)
    model = _model(tmp_path)
    assert [t.name for t in model.inputs] == ["column_1", "column_2"]
    exp = session.experiment
    cells = csv_columns(exp, datasets.split_pool(exp.data, exp.seed).parts.test)
    ours = model.predict({"column_1": np.array(cells["m/s"][1]), "column_2": np.array(cells["scaling"][1])}, verbose=0)
    app = session.model.predict(session.x_test, verbose=0)
    assert float(np.max(np.abs(ours - app))) <= TOLERANCE
