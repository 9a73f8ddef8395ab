import csv
import json
import sys

import pytest

from playground.core.experiment.config import default_experiment
from tests.helpers import describe, run


def _run(*args):
    return run([sys.executable, "-m", "playground", *args])


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_train_writes_history_and_model(tmp_path, engine):
    exp = default_experiment()
    exp.training.metrics = ["accuracy", "mse"]
    path = tmp_path / "exp.json"
    exp.save(path)
    out = tmp_path / "out"
    result = _run("train", str(path), "--epochs", "12", "--out", str(out), "--engine", engine)
    assert result.returncode == 0, describe(result)
    with open(out / "history.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["epoch"]) for r in rows] == list(range(12))  # Keras's epoch index, as CSVLogger
    assert set(rows[0]) == {"epoch", "loss", "val_loss", "accuracy", "val_accuracy", "mse", "val_mse", "learning_rate"}
    assert float(rows[0]["learning_rate"]) == pytest.approx(0.03)
    assert (out / "model.keras").stat().st_size > 1000
    assert "Final:" in result.stdout and "val_accuracy=" in result.stdout
    # TensorFlow's import chatter stays out of the user's terminal.
    assert "oneDNN" not in result.stderr and "absl" not in result.stderr


def test_fast_engine_reproduces_a_saved_experiment(tmp_path):
    path = tmp_path / "exp.json"
    default_experiment().save(path)
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        result = _run("train", str(path), "--epochs", "5", "--out", str(out))
        assert result.returncode == 0, describe(result)
    assert (first / "history.csv").read_text() == (second / "history.csv").read_text()


def test_bad_file_names_the_field(tmp_path):
    raw = default_experiment().to_dict()
    raw["model"]["layers"][0]["config"]["units"] = 0
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(raw))
    result = _run("train", str(path), "--out", str(tmp_path / "o"))
    assert result.returncode == 2, describe(result)
    assert "model.layers[0].config.units" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_message(tmp_path):
    result = _run("train", str(tmp_path / "none.json"))
    assert result.returncode == 2 and "cannot be read" in result.stderr and "Traceback" not in result.stderr, describe(
        result
    )


def test_train_runs_k_fold_from_the_file_and_schedules_and_callbacks(tmp_path):
    exp = default_experiment()
    exp.training.epochs = 20
    exp.training.validation = {"method": "kfold", "k": 3, "repeats": 1}
    exp.training.schedule = {"class_name": "StepDecay", "config": {"drop": 0.5, "epochs_drop": 5}}
    exp.training.callbacks = [{"class_name": "ModelCheckpoint", "config": {"filepath": "best.keras"}}]
    path = tmp_path / "exp.json"
    exp.save(path)
    out = tmp_path / "out"
    result = _run("train", str(path), "--out", str(out))
    assert result.returncode == 0, describe(result)
    with open(out / "kfold.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["label"] for r in rows] == ["fold 1/3", "fold 2/3", "fold 3/3", "mean ± std"]
    assert "±" in result.stdout
    with open(out / "history_fold_1of3.csv") as fh:
        rates = [float(r["learning_rate"]) for r in csv.DictReader(fh)]
    assert rates[0] == pytest.approx(0.03) and rates[-1] == pytest.approx(0.03 * 0.5**4)
    # Without K-fold: the checkpoint lands in --out.
    exp.training.validation = {"method": "holdout"}
    exp.save(path)
    result = _run("train", str(path), "--out", str(out))
    assert result.returncode == 0, describe(result)
    assert (out / "best.keras").stat().st_size > 1000


@pytest.mark.parametrize("kfold", [False, True])
@pytest.mark.parametrize("damage", ["missing", "garbage"])
def test_train_on_an_experiment_whose_data_file_is_gone_or_broken_says_so(tmp_path, damage, kfold):
    from playground.core.data import user_files
    from playground.core.data.data_config import FILE, DataConfig

    table = tmp_path / "table.csv"
    table.write_text("a,b,y\n" + "".join(f"{i},{i % 3},{i % 2}\n" for i in range(40)), encoding="utf-8")
    source = {"kind": "csv", "path": str(table), "target": "y", "problem": "classification"}
    found = user_files.load(source)
    source.update(classes=list(found.classes), input_shape=list(found.input_shape))
    exp = default_experiment()
    exp.data = DataConfig(name=FILE, source=source, samples=40)
    path = tmp_path / "exp.json"
    exp.save(path)
    if damage == "missing":
        table.unlink()
    else:
        table.write_bytes(b"\x00\x01garbage\xff" * 100)
    result = _run("train", str(path), "--epochs", "1", "--out", str(tmp_path / "out"), *(["--kfold", "2"] * kfold))
    assert result.returncode == 2, describe(result)
    assert "Traceback" not in result.stderr, describe(result)
    expected = "is not there any more" if damage == "missing" else "not UTF-8 text"
    assert result.stderr.startswith(f"error: {path}: ") and expected in result.stderr, describe(result)
