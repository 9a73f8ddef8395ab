"""Imported data trains: a CSV with mixed columns, a folder of images with a CNN, an .npz."""

import numpy as np
import pytest

from playground.core.data import user_files
from playground.core.data.data_config import FILE, DataConfig
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment, ModelConfig
from playground.core.recipe.training_config import TrainingConfig
from playground.training.engine.session import Session


def file_experiment(source: dict, layers: list[dict], loss: str, samples: int, epochs=40, batch=16, lr=0.01):
    found = user_files.load(source)
    source = {**source, "problem": found.problem, "classes": list(found.classes)}
    source["input_shape"] = list(found.input_shape)
    metrics = ["mae"] if found.problem == "regression" else ["accuracy"]
    opt = {"class_name": "Adam", "config": {"learning_rate": lr}}
    exp = Experiment(
        data=DataConfig(name=FILE, source=source, samples=samples),
        model=ModelConfig(layers=layers),
        training=TrainingConfig(loss=loss, optimizer=opt, batch_size=batch, epochs=epochs, metrics=metrics),
    )
    validate(exp)
    return exp


def dense(units, activation):
    return {"class_name": "Dense", "config": {"units": units, "activation": activation}}


def run(exp, epochs):
    session = Session(exp)
    session.warm_up()
    session.train(epochs)
    return session


def test_a_csv_with_mixed_columns_trains_to_its_rule(tmp_path):
    rng = np.random.default_rng(0)
    lines = ["age,city,income,owner"]
    for _ in range(300):
        age, city = rng.integers(18, 80), rng.choice(["north", "south", "east"])
        income = "" if rng.random() < 0.05 else f"{rng.normal(40, 10):.1f}"
        owner = "yes" if (age > 45) != (city == "south") else "no"  # a rule over a number and a category
        lines.append(f"{age},{city},{income},{owner}")
    (tmp_path / "homes.csv").write_text("\n".join(lines))
    source = {"kind": "csv", "path": str(tmp_path / "homes.csv"), "target": "owner", "missing": "median"}
    exp = file_experiment(source, [dense(16, "relu"), dense(1, "sigmoid")], "binary_crossentropy", 300)
    session = run(exp, 60)
    assert session.x_train.shape[1] == 5  # age, city×3, income
    assert session.history.last["val_accuracy"] > 0.9


def test_an_image_folder_trains_a_cnn(tmp_path):
    from tests.core.data.test_imports import make_images

    folder = make_images(tmp_path / "pics", per_class=30)
    source = {"kind": "images", "path": folder, "size": 16}
    layers = [
        {"class_name": "Conv2D", "config": {"filters": 4, "kernel_size": 3, "activation": "relu"}},
        {"class_name": "MaxPooling2D", "config": {"pool_size": 2}},
        {"class_name": "Flatten", "config": {}},
        dense(1, "sigmoid"),
    ]
    exp = file_experiment(source, layers, "binary_crossentropy", 60, batch=8)
    session = run(exp, 30)
    assert session.x_train.shape[1:] == (16, 16, 1)
    assert session.history.last["val_accuracy"] > 0.9
    assert session.views is not None and session.snapshot().views["cam"].shape == (16, 16)


def test_an_npz_regression_trains(tmp_path):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(400, 3))
    np.savez(tmp_path / "r.npz", x=x, y=100 + 30 * (x[:, 0] - 2 * x[:, 1]))  # in its own units
    exp = file_experiment({"kind": "npz", "path": str(tmp_path / "r.npz")}, [dense(1, "linear")], "mse", 400)
    assert exp.problem == "regression"
    session = run(exp, 60)
    assert session.history.last["val_mae"] < 0.1  # targets standardised: 0.1 std
    assert np.std(session.dataset.train_y) == pytest.approx(1, abs=1e-4)
