"""Every kept run as TensorBoard logs, one folder per run, read back with TensorBoard's own readers:
each run's scalars are its history, each folder is an HParams session with its settings, and the
HParams dashboard lists one row per run with its settings and final metrics."""

from __future__ import annotations

import pytest

from playground.core.experiment.config import default_experiment
from playground.core.runs.run_history import RunHistory
from playground.training.files.tensorboard_runs import folder_names, write_runs
from tests.helpers import assert_scalars_are_rows, tensorboard_events


def _rows(epochs: int, offset: float) -> list[dict]:
    return [
        {
            "epoch": e,
            "loss": 1 / e + offset,
            "val_loss": 1.2 / e + offset,
            "accuracy": 1 - 0.5 / e,
            "val_accuracy": 1 - 0.6 / e - offset,
            "learning_rate": 0.01,
        }
        for e in range(1, epochs + 1)
    ]


@pytest.fixture
def runs():
    """Three runs with different settings: a baseline, Adam at another rate, a fold of a K-fold sweep."""
    history = RunHistory()
    base = default_experiment()
    history.add(base, _rows(5, 0.0), [], "finished", label="baseline")
    adam = base.copy()
    adam.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.002}}
    adam.training.batch_size = 32
    history.add(adam, _rows(7, 0.1), [{"epoch": 3, "kind": "changed", "text": "learning rate"}], "early_stopped")
    wide = base.copy()
    wide.training.optimizer["config"]["learning_rate"] = 0.3
    history.add(wide, _rows(4, 0.2), [], "finished", label="fold 2/5", group="K-fold validation #1")
    return history.runs


def _session(folder) -> dict:
    from tensorboard.plugins.hparams import plugin_data_pb2

    events = tensorboard_events(folder)
    content = events.SummaryMetadata("_hparams_/session_start_info").plugin_data.content
    info = plugin_data_pb2.HParamsPluginData.FromString(content).session_start_info
    return {name: value.string_value or value.number_value for name, value in info.hparams.items()}


def test_each_run_has_its_folder_its_scalars_and_its_hparams_session(runs, tmp_path):
    written = write_runs(tmp_path / "logs", runs)
    names = ["01_run1_baseline", "02_run2", "03_run3_K-fold-validation-1-fold-2-5"]
    assert [p.name for p in written] == names == folder_names(runs)
    assert sorted(p.name for p in (tmp_path / "logs").iterdir() if p.is_dir()) == names  # the table's order
    for run, folder in zip(runs, written, strict=True):
        assert_scalars_are_rows(folder, run.rows, list(range(run.epochs)))  # Keras's 0-based epoch index
    sessions = [_session(folder) for folder in written]
    assert [s["optimizer"] for s in sessions] == ["SGD", "Adam", "SGD"]
    assert [s["learning rate"] for s in sessions] == pytest.approx([0.03, 0.002, 0.3])
    assert [s["batch size"] for s in sessions] == [10, 32, 10]
    assert [s["run"] for s in sessions] == [1, 2, 3]
    assert [s["label"] for s in sessions] == ["baseline", "run 2", "K-fold validation #1: fold 2/5"]
    assert [s["ended"] for s in sessions] == ["finished", "early_stopped", "finished"]
    assert "sweep" not in sessions[0] and sessions[2]["sweep"] == "K-fold validation #1"


def test_the_hparams_dashboard_lists_a_row_per_run_with_its_settings_and_final_metrics(runs, tmp_path):
    """What `tensorboard --logdir` serves to the HParams tab, through the plugin's own handlers."""
    from tensorboard import context
    from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer
    from tensorboard.plugins import base_plugin
    from tensorboard.plugins.hparams import api_pb2, backend_context, get_experiment, list_session_groups

    write_runs(tmp_path, runs)
    multiplexer = plugin_event_multiplexer.EventMultiplexer()
    multiplexer.AddRunsFromDirectory(str(tmp_path))
    multiplexer.Reload()
    provider = data_provider.MultiplexerDataProvider(multiplexer, str(tmp_path))
    backend = backend_context.Context(
        base_plugin.TBContext(logdir=str(tmp_path), multiplexer=multiplexer, data_provider=provider)
    )
    ctx = context.RequestContext()
    experiment = get_experiment.Handler(ctx, backend, "", api_pb2.GetExperimentRequest()).run()
    assert {"optimizer", "learning rate", "batch size", "label", "ended"} <= {h.name for h in experiment.hparam_infos}
    metrics = {(m.name.group, m.name.tag) for m in experiment.metric_infos}
    assert metrics == {(g, t) for g in ("train", "validation") for t in ("epoch_loss", "epoch_accuracy")} | {
        ("train", "epoch_learning_rate")
    }
    request = api_pb2.ListSessionGroupsRequest(
        allowed_statuses=[api_pb2.STATUS_UNKNOWN, api_pb2.STATUS_SUCCESS], start_index=0, slice_size=100
    )
    groups = list_session_groups.Handler(ctx, backend, "", request).run().session_groups
    assert sorted(g.name for g in groups) == folder_names(runs)  # one session per run
    for group in groups:
        run = runs[folder_names(runs).index(group.name)]
        values = {(m.name.group, m.name.tag): m.value for m in group.metric_values}
        assert values[("validation", "epoch_loss")] == pytest.approx(run.rows[-1]["val_loss"], rel=1e-6)
        assert values[("train", "epoch_accuracy")] == pytest.approx(run.rows[-1]["accuracy"], rel=1e-6)
        rate = run.experiment.training.optimizer["config"]["learning_rate"]
        assert group.hparams["learning rate"].number_value == pytest.approx(rate)


def test_writing_again_replaces_the_earlier_export_and_names_stay_safe(runs, tmp_path):
    write_runs(tmp_path, runs)
    (tmp_path / "notes.txt").write_text("mine")
    history = RunHistory()
    history.add(runs[0].experiment, runs[0].rows, label='a/b\\c: "d" * <e>? ../..')
    [folder] = write_runs(tmp_path, history.runs)
    assert folder.name == "01_run1_a-b-c-d-e"  # no separator, nothing a file system refuses
    assert folder.parent == tmp_path
    # The earlier export's folders are gone, the user's own file stays, one experiment summary.
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("events.")) == [folder.name, "notes.txt"]
    assert len(list(tmp_path.glob("events.out.tfevents.*"))) == 1
    assert len(list((folder / "validation").glob("events.out.tfevents.*"))) == 1


def test_a_folder_that_cannot_be_written_raises_oserror(runs, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(OSError):
        write_runs(tmp_path / "file" / "logs", runs)
