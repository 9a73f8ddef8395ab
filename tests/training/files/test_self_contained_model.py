"""The model.keras the playground saves is self-contained: in a Python that cannot import `playground`,
`keras.models.load_model(...).predict(raw)` on the raw input (the plane's points, a CSV's columns,
images as they come) gives the app's answers — the feature crosses and the scaling are layers inside.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from playground.core.data import datasets
from playground.core.data.data_config import FEATURES
from playground.core.experiment.config import default_experiment
from playground.core.recipe.training_config import default_loss
from playground.training.engine.session import Session
from playground.training.files import self_contained
from playground.training.files.keras_io import read_keras, save_keras
from tests.core.network.test_several_io import two_inputs_two_outputs
from tests.helpers import describe, no_playground, run
from tests.training.data.test_imported_training import dense, file_experiment

TOLERANCE = 1e-5  # float32 rounding of the scaling's two forms ((x − mean) / std against x · a + b)

# Each model from its own folder, as a user would: that folder first on the path, its
# playground_layers imported when the playground wrote one there, then plain Keras in safe mode.
_PREDICT = """
import os
import numpy as np
import keras
for folder in json.loads(sys.argv[1]):
    sys.path.insert(0, folder)
    if os.path.exists(os.path.join(folder, "playground_layers.py")):
        import playground_layers
    model = keras.models.load_model(os.path.join(folder, "model.keras"), safe_mode=True)
    if os.path.exists(os.path.join(folder, "raw.json")):  # a table's columns by name, as a user reads them
        with open(os.path.join(folder, "raw.json")) as fh:
            raw = {
                name: np.array([np.nan if v is None else v for v in values], object if text else "float64")
                for name, (text, values) in json.load(fh).items()
            }
    else:
        raw = np.load(os.path.join(folder, "raw.npy"))
    answer = model.predict(raw, verbose=0)
    answers = answer if isinstance(answer, list) else [answer]
    np.savez(os.path.join(folder, "answer.npz"), *answers)
    with open(os.path.join(folder, "steps.txt"), "w") as fh:  # the optimizer's state came along
        fh.write(str(int(model.optimizer.iterations.numpy())))
    sys.path.remove(folder)
    sys.modules.pop("playground_layers", None)
print("DONE")
"""


def _plane(features: list[str]):
    exp = default_experiment()
    exp.data.samples, exp.data.features = 60, list(features)
    return exp


def _table(tmp_path: Path):
    """A numeric CSV in its own units (tens to thousands): standardised inside the model."""
    rng = np.random.default_rng(3)
    rows = ["size,rooms,age,price"]
    for _ in range(80):
        size, rooms, age = rng.normal(120, 40), rng.integers(1, 7), rng.uniform(0, 90)
        rows.append(f"{size:.1f},{rooms},{age:.1f},{1000 * size - 50 * age + rng.normal(0, 5000):.0f}")
    (tmp_path / "houses.csv").write_text("\n".join(rows))
    source = {"kind": "csv", "path": str(tmp_path / "houses.csv"), "target": "price"}
    return file_experiment(source, [dense(8, "relu"), dense(1, "linear")], "mse", 80, epochs=2)


def _digits(scaling: str):
    exp = default_experiment()
    exp.data.name, exp.data.samples, exp.data.scaling = "digits", 120, scaling
    exp.training.loss, exp.training.batch_size = default_loss("multiclass"), 16
    exp.model.layers = [
        {"class_name": "Flatten", "config": {}},
        {"class_name": "Dense", "config": {"units": 10, "activation": "softmax"}},
    ]
    return exp


def _raw_and_app(session: Session) -> tuple[np.ndarray | dict, np.ndarray, list[np.ndarray]]:
    """The test rows as the user has them, the app's inputs before the scaling, and the app's
    answers to them (what it trains and shows on)."""
    exp = session.experiment
    pool = None if exp.plane else datasets.split_pool(exp.data, exp.seed)
    unscaled = session.dataset.test_x if pool is None else np.asarray(pool.x[pool.parts.test], np.float32)
    if exp.plane:
        raw = session.dataset.test_x  # the plane's points: the app makes the features of them
    elif exp.data.source.get("kind") == "csv":
        raw = csv_columns(exp, pool.parts.test)  # the file's cells
    else:
        raw = unscaled
    answer = session.model.predict(session.x_test, verbose=0)
    return raw, unscaled, answer if isinstance(answer, list) else [answer]


def csv_columns(exp, rows) -> dict:
    """{column: (is text, cells)} of the CSV's `rows` of the app's pool — every column, the target
    too, as a user reads the file: text as written, a number as a float, None (NaN) where blank.
    The pool is the file's rows in order, less those `missing="drop"` leaves out."""
    with open(exp.data.source["path"], newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    if exp.data.source.get("missing") == "drop":
        target = exp.data.source["target"]
        table = [row for row in table if not any(_blank(v) for k, v in row.items() if k != target)]
    picked = [table[int(r)] for r in rows]
    columns = {}
    for name in table[0]:  # a number column as floats, when all its cells but blanks are numbers
        cells = [row[name].strip() for row in picked]
        try:
            columns[name] = (False, [None if _blank(v) else float(v) for v in cells])
        except ValueError:
            columns[name] = (True, cells)
    return columns


def _blank(cell: str) -> bool:
    """A cell the import reads as blank ("", "NA", "?"…)."""
    from playground.core.data.csv_import import BLANKS

    return cell.strip().lower() in BLANKS


CASES = {
    "plane, all seven features": lambda tmp: _plane(list(FEATURES)),
    "plane, x1 and x2": lambda tmp: _plane(["x1", "x2"]),
    "plane, two inputs and two outputs": lambda tmp: two_inputs_two_outputs(),
    "csv, standardised": _table,
    "digits, mean image subtracted": lambda tmp: _digits("pixel_mean"),
    "digits, min-max": lambda tmp: _digits("minmax"),
}


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """Each case trained for two epochs, saved, and answered by plain Keras in one process that
    cannot import the playground: {case: (folder, the app's answers, plain Keras's answers)}."""
    return save_and_answer(CASES, tmp_path_factory)


def save_and_answer(cases: dict, tmp_path_factory) -> dict:
    """`saved` for `cases` ({case: make the experiment in a folder})."""
    found = {}
    for i, (case, make) in enumerate(cases.items()):
        folder = tmp_path_factory.mktemp(f"case{i}")
        session = Session(make(folder))
        session.warm_up()
        session.train(2)
        raw, unscaled, app = _raw_and_app(session)
        if isinstance(raw, dict):
            (folder / "raw.json").write_text(json.dumps(raw))
        else:
            np.save(folder / "raw.npy", raw)
        np.save(folder / "unscaled.npy", unscaled)
        save_keras(session.experiment, folder / "model.keras", session.model)
        (folder / "app_steps.txt").write_text(str(int(session.model.optimizer.iterations.numpy())))
        found[case] = (folder, app)
    root = str(Path(__file__).resolve().parents[3])
    folders = [str(folder) for folder, _ in found.values()]
    body = no_playground(root) + _PREDICT
    result = run([sys.executable, "-I", "-c", body, json.dumps(folders)], cwd=folders[0])
    assert result.returncode == 0 and "DONE" in result.stdout, describe(result)
    answers = {}
    for case, (folder, app) in found.items():
        with np.load(folder / "answer.npz") as theirs:
            answers[case] = (folder, app, [theirs[f"arr_{i}"] for i in range(len(theirs.files))])
    return answers


@pytest.mark.parametrize("case", list(CASES))
def test_plain_keras_answers_raw_inputs_as_the_app_does(saved, case):
    folder, app, theirs = saved[case]
    assert len(theirs) == len(app), case
    for ours, plain in zip(app, theirs, strict=True):
        assert plain.shape == ours.shape, case
        difference = float(np.max(np.abs(plain - ours)))
        print(f"{case}: max |difference| {difference:.2e}")
        assert difference <= TOLERANCE, (case, difference)


def test_the_sin_layer_module_is_written_only_when_sin_is_used(saved):
    for case, (folder, _, _) in saved.items():
        written = (folder / self_contained.LAYERS_FILE).exists()
        assert written == (case == "plane, all seven features"), case


def test_the_raw_answers_differ_from_a_model_without_its_preparation(saved):
    """What the wrapping is for: the trained model alone answers the raw points differently."""
    from playground.training.tf_setup import import_keras

    folder, app, _ = saved["csv, standardised"]
    self_contained.register_layers()
    inner = self_contained.unwrap(import_keras().models.load_model(folder / "model.keras", compile=False))
    assert inner.name != self_contained.NAME
    unscaled = np.load(folder / "unscaled.npy")
    assert float(np.max(np.abs(inner.predict(unscaled, verbose=0) - app[0]))) > 1.0


@pytest.mark.parametrize(
    "case", ["plane, all seven features", "plane, two inputs and two outputs", "csv, standardised"]
)
def test_the_app_reads_back_the_trained_model_inside(saved, case):
    folder, _, _ = saved[case]
    layers, shape, _ = read_keras(folder / "model.keras")
    assert shape != (2,) or case != "plane, all seven features"  # the trained model's input: 7 features
    assert all(layer["class_name"] not in ("Sin", "Normalization", "Functional") for layer in layers)


def test_the_size_check_looks_inside_a_saved_model_made_hostile(saved, tmp_path):
    """A file the playground saved, its trained model's layers widened by hand: refused before it is built."""
    import zipfile

    from playground.core.errors import ExperimentError

    source = saved["plane, x1 and x2"][0] / "model.keras"
    target = tmp_path / "wide.keras"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "config.json":
                config = json.loads(data)
                inner = next(raw for raw in config["config"]["layers"] if raw["class_name"] == "Sequential")
                dense = [raw for raw in inner["config"]["layers"] if raw["class_name"] == "Dense"]
                dense[0]["config"]["units"] = dense[1]["config"]["units"] = 60_000
                data = json.dumps(config).encode()
            new.writestr(name, data)
    with pytest.raises(ExperimentError, match="would hold 3,600,"):
        read_keras(target)


def test_the_saved_optimizer_goes_on_from_the_apps_steps(saved):
    for case, (folder, _, _) in saved.items():
        steps = int((folder / "app_steps.txt").read_text())
        assert steps > 0 and int((folder / "steps.txt").read_text()) == steps, case


def test_the_train_command_saves_the_self_contained_model_and_says_how_to_load_it(tmp_path):
    from playground.training.tf_setup import import_keras

    exp = _plane(list(FEATURES))
    exp.save(tmp_path / "exp.json")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "playground", "train", str(tmp_path / "exp.json"), "--epochs", "2"]
    result = run([*command, "--out", str(out)])
    assert result.returncode == 0, describe(result)
    assert (out / self_contained.LAYERS_FILE).exists() and "import playground_layers" in result.stdout
    self_contained.register_layers()
    model = import_keras().models.load_model(out / "model.keras", safe_mode=True)
    points = datasets.grid(9)
    inner = self_contained.unwrap(model)
    assert model.name == self_contained.NAME and inner is not model
    np.testing.assert_array_equal(
        model.predict(points, verbose=0), inner.predict(datasets.features(points, exp.data.features), verbose=0)
    )
