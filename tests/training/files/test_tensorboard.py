"""TensorBoard logs of a real run, read back from the event files as TensorBoard would read them."""

from __future__ import annotations

import pytest

from playground.core.experiment.config import default_experiment
from playground.training.engine.session import Session
from playground.training.files.tensorboard import scalars, weight_histograms, write_run
from playground.training.tf_setup import import_tensorflow


def _read(folder):
    """{tag: [(step, value, plugin)]} from every event file in `folder`; text as str, scalars as float,
    histograms as their (buckets, 3) array."""
    tf = import_tensorflow()
    found: dict[str, list] = {}
    plugins: dict[str, str] = {}
    files = sorted(folder.glob("events.out.tfevents.*"))
    assert files, f"no event file in {folder}"
    for path in files:
        for event in tf.compat.v1.train.summary_iterator(str(path)):
            for value in event.summary.value:
                if value.metadata.plugin_data.plugin_name:
                    plugins[value.tag] = value.metadata.plugin_data.plugin_name
                array = tf.make_ndarray(value.tensor)
                if plugins.get(value.tag) == "text":
                    data = array.item() if array.shape == () else array.ravel()[0]
                    data = data.decode("utf-8")
                elif plugins.get(value.tag) == "scalars":
                    data = float(array)
                else:
                    data = array
                found.setdefault(value.tag, []).append((event.step, data, plugins.get(value.tag)))
    return found


@pytest.fixture(scope="module")
def run():
    exp = default_experiment()
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.02}}
    exp.training.epochs = 6
    session = Session(exp)
    session.train(4)
    session.set_learning_rate(0.005)  # a live change: an event at epoch 4
    session.train(2)
    return session


def test_scalars_are_kerass_epoch_tags_with_the_epoch_as_step(run, tmp_path):
    rows = run.history.rows
    assert write_run(tmp_path / "logs", rows, run.events, experiment=run.experiment) == tmp_path / "logs"
    train = _read(tmp_path / "logs" / "train")
    validation = _read(tmp_path / "logs" / "validation")
    # Keras's epoch index: the window's epoch N (history.csv's N - 1) is step N - 1
    steps = [int(row["epoch"]) - 1 for row in rows]
    assert steps == [0, 1, 2, 3, 4, 5]
    for tag, column in (
        ("epoch_loss", "loss"),
        ("epoch_accuracy", "accuracy"),
        ("epoch_learning_rate", "learning_rate"),
    ):
        assert [s for s, _, _ in train[tag]] == steps
        assert [v for _, v, _ in train[tag]] == pytest.approx([row[column] for row in rows], rel=1e-6)
        assert train[tag][0][2] == "scalars"
    for tag, column in (("epoch_loss", "val_loss"), ("epoch_accuracy", "val_accuracy")):
        assert [s for s, _, _ in validation[tag]] == steps
        assert [v for _, v, _ in validation[tag]] == pytest.approx([row[column] for row in rows], rel=1e-6)
    # Validation values only in validation/, with the val_ prefix taken off as Keras does.
    assert not any(tag.startswith("epoch_val_") for tag in (*train, *validation))
    assert "epoch_learning_rate" not in validation
    assert train["epoch_learning_rate"][-1][1] == pytest.approx(0.005)


def test_settings_and_events_are_text_summaries(run, tmp_path):
    write_run(tmp_path, run.history.rows, run.events, experiment=run.experiment)
    train = _read(tmp_path / "train")
    [(step, text, plugin)] = train["settings"]
    assert step == 0 and plugin == "text"
    assert "| optimizer | Adam" in text and "| loss | binary_crossentropy |" in text
    assert "| batch size | 10 |" in text and "| dataset | circle |" in text
    assert "| dense_1 | Dense | 4 | tanh |" in text
    [(_, file_text, _)] = train["experiment"]
    assert '"class_name": "Adam"' in file_text
    changes = [e for e in run.events if e["kind"] == "changed"]
    assert changes and changes[0]["epoch"] == 4
    by_step = {step: text for step, text, _ in train["events"]}
    assert "learning rate 0.02 → 0.005" in by_step[3] and "changed" in by_step[3]  # after epoch 4: step 3
    assert "settings" not in _read(tmp_path / "validation")


def test_a_weight_histogram_per_weight_at_the_last_epoch(run, tmp_path):
    write_run(tmp_path, run.history.rows, run.events, model=run.model, experiment=run.experiment)
    train = _read(tmp_path / "train")
    tags = [tag for tag, _ in weight_histograms(run.model)]
    assert len(tags) == len(run.model.weights) == 6  # 3 Dense layers × (kernel, bias)
    assert tags == [f"{w.path}/histogram" for w in run.model.weights]  # Keras's callback's tags
    for tag, weight in weight_histograms(run.model):
        [(step, buckets, plugin)] = train[tag]
        assert step == 5 and plugin == "histograms"  # the 6th epoch, Keras's epoch 5
        assert buckets.ndim == 2 and buckets.shape[1] == 3  # (left edge, right edge, count)
        assert buckets[:, 2].sum() == pytest.approx(weight.numpy().size)
        assert buckets[0, 0] == pytest.approx(weight.numpy().min(), abs=1e-6)
        assert buckets[-1, 1] == pytest.approx(weight.numpy().max(), abs=1e-6)


def test_writing_again_replaces_the_logs_and_events_at_one_epoch_share_a_summary(tmp_path):
    rows = [{"epoch": 1, "loss": 0.5, "val_loss": 0.6, "learning_rate": 0.1}]
    events = [
        {"epoch": 1, "kind": "lr_reduced", "text": "ReduceLROnPlateau: learning rate lowered to 0.05"},
        {"epoch": 1, "kind": "early_stop", "text": "EarlyStopping: val_loss has not improved"},
    ]
    write_run(tmp_path, rows, events)
    write_run(tmp_path, rows, events)
    assert len(list((tmp_path / "train").glob("events.out.tfevents.*"))) == 1
    train = _read(tmp_path / "train")
    assert [s for s, _, _ in train["epoch_loss"]] == [0]
    [(step, text, _)] = train["events"]
    assert step == 0 and "lowered to 0.05" in text and "has not improved" in text
    assert "settings" not in train
    assert _read(tmp_path / "validation")["epoch_loss"][0][1] == pytest.approx(0.6)


def test_scalars_split_train_and_validation_columns():
    train, validation = scalars([{"epoch": 3, "loss": 1.0, "val_loss": 2.0, "mae": 0.5, "val_mae": 0.7}])
    assert train == [("epoch_loss", 2, 1.0), ("epoch_mae", 2, 0.5)]
    assert validation == [("epoch_loss", 2, 2.0), ("epoch_mae", 2, 0.7)]


def test_tensorboard_itself_reads_the_scalars_text_and_histograms(run, tmp_path):
    """The logs through TensorBoard's own loader (the one its server's dashboards read from)."""
    from tensorboard import context
    from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer

    write_run(tmp_path, run.history.rows, run.events, run.model, run.experiment)
    multiplexer = plugin_event_multiplexer.EventMultiplexer()
    multiplexer.AddRunsFromDirectory(str(tmp_path))
    multiplexer.Reload()
    provider = data_provider.MultiplexerDataProvider(multiplexer, str(tmp_path))
    ctx, where = context.RequestContext(), {"experiment_id": ""}
    # "." holds the HParams session
    assert sorted(r.run_name for r in provider.list_runs(ctx, **where)) == [".", "train", "validation"]
    read = provider.read_scalars(ctx, **where, plugin_name="scalars", downsample=100)
    loss = [(d.step, d.value) for d in read["validation"]["epoch_loss"]]
    assert [s for s, _ in loss] == [0, 1, 2, 3, 4, 5]
    assert [v for _, v in loss] == pytest.approx([row["val_loss"] for row in run.history.rows], rel=1e-6)
    assert set(read["train"]) == {"epoch_loss", "epoch_accuracy", "epoch_learning_rate"}
    texts = provider.list_tensors(ctx, **where, plugin_name="text")["train"]
    assert {"settings", "experiment", "events"} <= set(texts)
    histograms = provider.list_tensors(ctx, **where, plugin_name="histograms")["train"]
    assert len(histograms) == len(run.model.weights)
    assert all(series.max_step == 5 for series in histograms.values())


def test_the_exported_run_is_an_hparams_session_with_its_settings(run, tmp_path):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    from tensorboard.plugins.hparams import plugin_data_pb2

    write_run(tmp_path, run.history.rows, run.events, experiment=run.experiment)
    write_run(tmp_path, run.history.rows, run.events, experiment=run.experiment)  # again: still one session
    assert len(list(tmp_path.glob("events.out.tfevents.*"))) == 1
    events = EventAccumulator(str(tmp_path), size_guidance={"tensors": 0})
    events.Reload()
    content = events.SummaryMetadata("_hparams_/session_start_info").plugin_data.content
    info = plugin_data_pb2.HParamsPluginData.FromString(content).session_start_info
    assert info.hparams["optimizer"].string_value == "Adam"
    assert info.hparams["learning rate"].number_value == pytest.approx(0.005)  # as the run ended
