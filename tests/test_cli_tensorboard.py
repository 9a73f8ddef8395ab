"""`train --tensorboard DIR`: TensorBoard logs written as the run goes, read back with TensorBoard's own
reader, agreeing with history.csv epoch by epoch; and the exported script's `--tensorboard DIR` (Keras's
own TensorBoard callback) and history.csv (its CSVLogger) agreeing with both. Every one numbers epochs
as Keras does, from 0: history.csv's epoch N is TensorBoard's step N."""

from __future__ import annotations

import csv
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from playground.core.experiment.config import default_experiment
from playground.core.files import export_script
from tests.helpers import assert_scalars_are_rows, describe, run, tensorboard_events, tensorboard_scalars

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
    assert [int(r["epoch"]) for r in rows] == list(range(EPOCHS))
    assert_scalars_are_rows(logs, rows, list(range(EPOCHS)))  # history.csv's epoch N is step N, the same number
    train = tensorboard_events(logs / "train")
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


def _csv(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _agrees(rows: list[dict], logs, every: int) -> list[str]:
    """Checks TensorBoard's epoch scalars in `logs` are history.csv's `rows`, step for epoch; returns the
    weight histograms' tags, after checking they come at steps 0, every, 2·every…"""
    train, validation = tensorboard_events(logs / "train"), tensorboard_events(logs / "validation")
    epochs = [int(row["epoch"]) for row in rows]
    for column in rows[0]:
        if column == "epoch":
            continue
        events, tag = (validation, f"epoch_{column[4:]}") if column.startswith("val_") else (train, f"epoch_{column}")
        read = tensorboard_scalars(events, tag)
        assert [s for s, _ in read] == epochs, (logs, tag)
        assert [v for _, v in read] == pytest.approx([float(row[column]) for row in rows], rel=1e-6), (logs, tag)
    histograms = sorted(t for t in train.Tags()["tensors"] if t.endswith("/histogram"))
    for tag in histograms:
        assert [e.step for e in train.Tensors(tag)] == list(range(0, len(rows), every)), (logs, tag)
    return histograms


def test_history_csv_tensorboard_and_the_exported_script_agree_on_every_epoch(tmp_path):
    """The app (`train --engine fit`, as the script trains) and its exported script, both logging to
    TensorBoard: the same history.csv columns, epochs 0..N-1, the same values; each one's TensorBoard
    scalars are its history.csv's rows at step = epoch, the learning rate of a decaying schedule included
    (the rate the epoch's last step used); weight histograms under the same tags at the same steps."""
    exp = default_experiment()
    exp.training.schedule = {"class_name": "ExponentialDecay", "config": {"decay_steps": 5, "decay_rate": 0.8}}
    path, script = tmp_path / "exp.json", tmp_path / "run.py"
    exp.save(path)
    script.write_text(export_script.script(exp, script_path=script), encoding="utf-8")
    logging = ["--tensorboard", str(tmp_path / "{}_logs"), "--histogram-every", "2"]
    app = [sys.executable, "-m", "playground", "train", str(path), "--engine", "fit", "--out", str(tmp_path / "app")]
    mine = [sys.executable, str(script), "--out", str(tmp_path / "script")]
    commands = [
        [*app, "--epochs", "6", *(a.format("app") for a in logging)],
        [*mine, "--epochs", "6", *(a.format("script") for a in logging)],
    ]
    with ThreadPoolExecutor(2) as pool:  # two processes at once: each mostly waits for TensorFlow's import
        results = list(pool.map(run, commands))
    for result in results:
        assert result.returncode == 0, describe(result)
    ours, theirs = _csv(tmp_path / "app" / "history.csv"), _csv(tmp_path / "script" / "history.csv")
    assert list(ours[0]) == list(theirs[0])  # Keras's CSVLogger's columns: epoch, then sorted
    assert [int(r["epoch"]) for r in ours] == [int(r["epoch"]) for r in theirs] == list(range(6))
    for mine_row, script_row in zip(ours, theirs, strict=True):
        for column, value in mine_row.items():
            assert float(script_row[column]) == pytest.approx(float(value), rel=1e-6), (column, mine_row, script_row)
    rates = [float(r["learning_rate"]) for r in ours]
    assert rates[0] > rates[-1]  # the schedule decays: the rate TensorBoard gets is the one each epoch ended with
    app_histograms = _agrees(ours, tmp_path / "app_logs", every=2)
    script_histograms = _agrees(theirs, tmp_path / "script_logs", every=2)
    assert app_histograms == script_histograms and len(app_histograms) == 6


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
        assert [int(row["epoch"]) for row in csv.DictReader(fh)] == [0, 1, 2]
    assert (out / "model.keras").stat().st_size > 1000
