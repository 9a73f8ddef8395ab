"""The exported script saves a model.keras (and checkpoints) that take the plane's raw (x1, x2) points (issue 20):
plain Keras, in a Python that cannot import `playground`, with only the script's output folder on
sys.path, answers raw points as the trained model inside answers the features the playground makes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from playground.core.data import datasets
from playground.core.experiment.config import default_experiment
from playground.core.files import export_script
from tests.core.files.test_export_script import wine
from tests.helpers import describe, no_playground, run

FEATURES = ["x1", "x2", "x1^2", "x1*x2", "sin(x2)"]

_RUN = """
folder = sys.argv[1]
sys.argv = ["run.py", "--epochs", "2", "--out", folder, "--dump-data", folder + "/dump.npz"]
runpy.run_path(folder + "/run.py", run_name="__main__")
"""

# Only the output folder (and the standard library and site-packages, for Keras) on sys.path.
_COMPARE = """
folder = sys.argv[1]
sys.path.insert(0, folder)
import keras
import numpy as np
if {sin}:
    import playground_layers
arrays = np.load(folder + "/inputs.npz")
found = []
for name in ("model.keras", "best.keras"):  # what the script saves at the end, and its ModelCheckpoint's
    model = keras.models.load_model(folder + "/" + name)
    inner = [layer for layer in model.layers if isinstance(layer, keras.Model)][0]
    raw = model.predict(arrays["raw"], verbose=0)
    bare = inner.predict(arrays["prepared"], verbose=0)
    found.append([model.name, list(model.inputs[0].shape[1:]), float(np.max(np.abs(raw - bare)))])
print("RESULT " + json.dumps(found))
"""


def _plane():
    exp = default_experiment()
    exp.data.samples, exp.data.features = 60, list(FEATURES)
    return exp


def _inputs(case: str, exp, folder: Path) -> tuple[np.ndarray, np.ndarray]:
    """Raw inputs and the prepared inputs the bare model takes for them."""
    if case == "plane":  # any points: the features are the playground's own
        raw = np.random.default_rng(0).uniform(-6, 6, (200, 2))
        return raw, datasets.features(raw, FEATURES)
    pool = datasets.split_pool(exp.data, exp.seed)  # the script's test rows, raw and as the script scaled them
    with np.load(folder / "dump.npz") as dump:
        return pool.x[pool.parts.test], dump["x_test"]


@pytest.mark.parametrize("case", ["plane", "wine"])
def test_the_scripts_model_takes_raw_inputs(tmp_path, case):
    exp = _plane() if case == "plane" else wine()
    exp.training.callbacks = [{"class_name": "ModelCheckpoint", "config": {"filepath": "best.keras"}}]
    (tmp_path / "run.py").write_text(export_script.script(exp), encoding="utf-8")
    isolate = no_playground(str(Path(__file__).resolve().parents[3]))
    result = run([sys.executable, "-I", "-c", isolate + _RUN, str(tmp_path)], cwd=tmp_path, timeout=900)
    assert result.returncode == 0, describe(result)
    assert (tmp_path / "playground_layers.py").is_file() == (case == "plane")
    assert "Wrote " in result.stdout
    assert ("import playground_layers" in result.stdout) == (case == "plane")

    raw, prepared = _inputs(case, exp, tmp_path)
    np.savez(tmp_path / "inputs.npz", raw=raw.astype(np.float32), prepared=prepared.astype(np.float32))
    compare = _COMPARE.format(sin=case == "plane")
    result = run([sys.executable, "-I", "-c", isolate + compare, str(tmp_path)], cwd=tmp_path, timeout=900)
    assert result.returncode == 0, describe(result)
    for name, shape, difference in json.loads(result.stdout.split("RESULT ", 1)[1]):
        print(case, "max difference", difference)
        assert name == "raw_input_model" and shape == list(raw.shape[1:])
        assert difference <= 1e-5, difference


def test_no_sin_layer_file_without_sin_features():
    exp = default_experiment()
    exp.data.features = ["x1", "x2", "x1^2"]
    text = export_script.script(exp)
    assert "raw_input_model(model, args.out, preparation).save" in text and "PLAYGROUND_LAYERS" not in text


_COMPARE_TABLE = """
folder = sys.argv[1]
sys.path.insert(0, folder)
import keras
import numpy as np
import playground_layers  # FillGaps: the import filled blank numbers
with open(folder + "/raw.json") as fh:  # the test rows' columns by name, as a user reads the file
    raw = {
        name: np.array([np.nan if v is None else v for v in values], object if text else "float64")
        for name, (text, values) in json.load(fh).items()
    }
prepared = np.load(folder + "/dump.npz")["x_test"]
found = []
for name in ("model.keras", "best.keras"):
    model = keras.models.load_model(folder + "/" + name)
    inner = [layer for layer in model.layers if isinstance(layer, keras.Model)][0]
    difference = np.max(np.abs(model.predict(raw, verbose=0) - inner.predict(prepared, verbose=0)))
    found.append([model.name, [i.name for i in model.inputs], float(difference)])
print("RESULT " + json.dumps(found))
"""


def test_the_scripts_model_of_an_imported_csv_takes_its_columns(tmp_path):
    """An imported CSV with blank cells and a text column: the script gets how the app prepared it (in
    the data .npz) and its model.keras and checkpoint take the file's columns by name, blanks and all."""
    from playground.core.files.script_wrap import file_preparation
    from tests.training.files.test_self_contained_model import csv_columns
    from tests.training.files.test_self_contained_table import _csv

    exp = _csv(tmp_path, "mean", "regression")
    exp.training.callbacks = [{"class_name": "ModelCheckpoint", "config": {"filepath": "best.keras"}}]
    text = export_script.script(exp, tmp_path / "data.npz", script_path=tmp_path / "run.py")
    (tmp_path / "run.py").write_text(text, encoding="utf-8")
    preparation = file_preparation(exp)
    assert [c["name"] for c in preparation["columns"]] == ["size", "colour", "floor area"]
    assert len(preparation["mean"]) == 5  # size, the colours one-hot, floor area: standardised
    isolate = no_playground(str(Path(__file__).resolve().parents[3]))
    result = run([sys.executable, "-I", "-c", isolate + _RUN, str(tmp_path)], cwd=tmp_path, timeout=900)
    assert result.returncode == 0, describe(result)
    assert "import playground_layers" in result.stdout and (tmp_path / "playground_layers.py").is_file()

    pool = datasets.split_pool(exp.data, exp.seed)
    columns = csv_columns(exp, pool.parts.test)
    assert None in columns["size"][1] and {"", "NA"} & set(columns["colour"][1])  # blank cells among them
    (tmp_path / "raw.json").write_text(json.dumps(columns))
    result = run([sys.executable, "-I", "-c", isolate + _COMPARE_TABLE, str(tmp_path)], cwd=tmp_path, timeout=900)
    assert result.returncode == 0, describe(result)
    for name, inputs, difference in json.loads(result.stdout.split("RESULT ", 1)[1]):
        print("csv max difference", difference)
        assert name == "raw_input_model" and inputs == ["size", "colour", "floor area"]
        assert difference <= 1e-5, difference
