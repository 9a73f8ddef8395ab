"""`python -m playground train URL`: a TensorFlow Playground link trains like an experiment file."""

import csv
import sys

import pytest

from tests.helpers import describe, run

LINK = (
    "https://playground.tensorflow.org/#activation=relu&batchSize=20&regDataset=reg-gauss&learningRate=0.01"
    "&regularizationRate=0&noise=0&networkShape=&seed=0.00007&percTrainData=50&x=true&y=true"
    "&problem=regression&initZero=false&playButton_hide=true"
)


def _run(*args):
    return run([sys.executable, "-m", "playground", *args])


def test_train_a_link(tmp_path):
    out = tmp_path / "out"
    result = _run("train", LINK, "--epochs", "2", "--out", str(out))
    assert result.returncode == 0, describe(result)
    with open(out / "history.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["epoch"]) for r in rows] == [0, 1]
    assert "val_mae" in rows[0]  # regression: the link's regDataset, not the default circle
    assert float(rows[0]["learning_rate"]) == pytest.approx(0.005)  # half: Keras's mse is twice its ½(y − t)²
    assert "learning rate 0.01 is 0.005 here" in result.stderr
    assert (out / "model.keras").stat().st_size > 1000
    assert "playButton_hide" in result.stderr  # the key it could not use is said, not dropped


def test_a_malformed_link_is_refused(tmp_path):
    result = _run("train", "https://playground.tensorflow.org/#activation=softsign", "--out", str(tmp_path / "o"))
    assert result.returncode == 2, describe(result)
    assert "activation" in result.stderr and "relu, tanh, sigmoid, linear" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_load_experiment_keeps_paths(tmp_path):
    from playground import cli
    from playground.core.experiment.config import default_experiment

    path = tmp_path / "exp.json"
    default_experiment().save(path)
    assert cli.load_experiment(str(path)).to_dict() == default_experiment().to_dict()
    assert cli.load_experiment(LINK).model.layers == [
        {
            "class_name": "Dense",
            "config": {
                "units": 1,
                "activation": "linear",
                "kernel_initializer": {"class_name": "RandomUniform", "config": {"minval": -0.5, "maxval": 0.5}},
                "bias_initializer": {"class_name": "Constant", "config": {"value": 0.1}},
            },
        }
    ]
