"""`train --tensorboard DIR`: TensorBoard logs written as the run goes, read back with TensorBoard's own
reader, agreeing with history.csv epoch by epoch (history.csv's epoch N, like the exported script's,
is TensorBoard's step N - 1: Keras's 0-based epoch index, as its TensorBoard callback and CSVLogger
number epochs)."""

from __future__ import annotations

import ast
import csv
import sys
import types

import pytest

from playground.core.experiment.config import default_experiment
from playground.core.files import export_script
from tests.helpers import describe, run, tensorboard_events, tensorboard_scalars

EPOCHS, EVERY = 14, 4


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_train_logs_to_tensorboard_as_history_csv_says(tmp_path, engine):
    path = tmp_path / "exp.json"
    default_experiment().save(path)
    out, logs = tmp_path / "out", tmp_path / "logs"
    result = run(
        [sys.executable, "-m", "playground", "train", str(path), "--epochs", str(EPOCHS), "--out", str(out)]
        + ["--engine", engine, "--tensorboard", str(logs), "--histogram-every", str(EVERY)]
    )
    assert result.returncode == 0, describe(result)
    assert f"tensorboard --logdir {logs}" in result.stdout
    with open(out / "history.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["epoch"]) for r in rows] == list(range(1, EPOCHS + 1))
    train, validation = tensorboard_events(logs / "train"), tensorboard_events(logs / "validation")
    for events, tag, column in (
        (train, "epoch_loss", "loss"),
        (train, "epoch_accuracy", "accuracy"),
        (train, "epoch_learning_rate", "learning_rate"),
        (validation, "epoch_loss", "val_loss"),
        (validation, "epoch_accuracy", "val_accuracy"),
    ):
        by_step = dict(tensorboard_scalars(events, tag))
        assert sorted(by_step) == list(range(EPOCHS)), tag
        for row in rows:  # history.csv's epoch N is step N - 1, the same number (float32)
            assert by_step[int(row["epoch"]) - 1] == pytest.approx(float(row[column]), rel=1e-6), (tag, row)
    tags = train.Tags()
    histograms = [t for t in tags["tensors"] if t.endswith("/histogram")]
    assert len(histograms) == 6 and len([t for t in tags["tensors"] if t.endswith("/gradient")]) == 6
    assert [e.step for e in train.Tensors(histograms[0])] == [0, 4, 8, 12]
    assert tags["graph"] and "keras" in tags["tensors"]
    assert "_hparams_/session_start_info" in tensorboard_events(logs).Tags()["tensors"]


def test_histograms_can_be_turned_off_and_k_fold_is_refused(tmp_path):
    path = tmp_path / "exp.json"
    default_experiment().save(path)
    logs = tmp_path / "logs"
    command = [sys.executable, "-m", "playground", "train", str(path), "--epochs", "3", "--out", str(tmp_path)]
    result = run([*command, "--tensorboard", str(logs), "--histogram-every", "0"])
    assert result.returncode == 0, describe(result)
    assert not [t for t in tensorboard_events(logs / "train").Tags()["tensors"] if "histogram" in t]
    result = run([*command, "--tensorboard", str(logs), "--kfold", "3"])
    assert result.returncode == 2 and "K-fold" in result.stderr


def test_the_exported_scripts_history_csv_numbers_epochs_as_the_apps(tmp_path):
    """The script's `write_history` writes Keras's `history.epoch` (0, 1, …) as 1, 2, …: the app's
    history.csv numbering, so its epoch N is TensorBoard's step N - 1 too."""
    text = export_script.script(default_experiment())
    tree = ast.parse(text)
    [function] = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "write_history"]
    namespace: dict = {"csv": csv}
    exec(compile(ast.Module([function], []), "script", "exec"), namespace)
    history = types.SimpleNamespace(epoch=[0, 1, 2], history={"loss": [0.5, 0.4, 0.3], "val_loss": [0.6, 0.5, 0.4]})
    namespace["write_history"](history, tmp_path / "history.csv")
    with open(tmp_path / "history.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["epoch"]) for r in rows] == [1, 2, 3]
    assert [float(r["loss"]) for r in rows] == [0.5, 0.4, 0.3]


def test_a_full_disk_stops_the_logging_not_the_run(tmp_path, monkeypatch, capsys, restored):
    import errno

    from playground import cli
    from playground.training.files import live_tensorboard

    def full(self, session, rows):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(live_tensorboard.LiveTensorBoard, "session_epochs", full)
    path = tmp_path / "exp.json"
    default_experiment().save(path)
    out, logs = tmp_path / "out", tmp_path / "logs"
    code = cli.main(["train", str(path), "--epochs", "3", "--out", str(out), "--tensorboard", str(logs)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert err.count("TensorBoard logging stopped") == 1 and "Traceback" not in err
    with open(out / "history.csv") as fh:
        assert [int(row["epoch"]) for row in csv.DictReader(fh)] == [1, 2, 3]
    assert (out / "model.keras").stat().st_size > 1000
