"""TensorBoard logs written while a run trains, read back with TensorBoard's own reader
(`EventAccumulator`): Keras's tags and 0-based steps, values equal to the history rows, histograms at
Keras's `histogram_freq` steps, the graph, the HParams session; readable before the run ends."""

from __future__ import annotations

import pytest

from playground.core.experiment.config import default_experiment
from playground.training.engine.session import Session
from playground.training.files.live_tensorboard import LiveTensorBoard
from playground.training.files.tensorboard import hparams
from tests.helpers import assert_scalars_are_rows, tensorboard_events, tensorboard_scalars

EPOCHS, EVERY = 12, 5


def train(session, board, epochs):
    """As the worker and `train --tensorboard` do: calls end where a histogram is due."""
    while session.epoch < epochs:
        n = min(64, epochs - session.epoch, board.next_due(session.epoch) - session.epoch)
        board.session_epochs(session, session.train(n))


@pytest.fixture(scope="module")
def logged(tmp_path_factory):
    exp = default_experiment()
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.02}}
    exp.training.epochs = EPOCHS
    session = Session(exp)
    folder = tmp_path_factory.mktemp("logs") / "run1"
    board = LiveTensorBoard(folder, exp, histogram_every=EVERY)
    board.graph(session.model)
    train(session, board, 3)
    early = tensorboard_events(folder / "train")  # while the run is still going: already readable
    session.set_learning_rate(0.005)  # a live change: an event after epoch 3
    train(session, board, EPOCHS)
    board.close()
    return session, folder, early


def test_scalars_are_kerass_tags_steps_from_0_and_the_history_rows_values(logged):
    session, folder, early = logged
    rows = session.history.rows
    assert [int(r["epoch"]) for r in rows] == list(range(1, EPOCHS + 1))  # the window's epochs (N epochs trained): 1..N
    steps = list(range(EPOCHS))  # TensorBoard's, as Keras's callback numbers them: 0..N-1
    assert_scalars_are_rows(folder, rows, steps)
    train, validation = tensorboard_events(folder / "train"), tensorboard_events(folder / "validation")
    assert train.SummaryMetadata("epoch_loss").plugin_data.plugin_name == "scalars"
    assert tensorboard_scalars(train, "epoch_learning_rate")[-1][1] == pytest.approx(0.005)
    assert not [t for t in validation.Tags()["tensors"] if "learning_rate" in t or "histogram" in t]
    assert [s for s, _ in tensorboard_scalars(early, "epoch_loss")] == [0, 1, 2]


def test_histograms_at_kerass_histogram_freq_steps_with_gradients(logged):
    session, folder, _ = logged
    train = tensorboard_events(folder / "train")
    tags = train.Tags()["tensors"]
    for weight in session.model.weights:
        for kind in ("histogram", "gradient"):
            tag = f"{weight.path}/{kind}"
            assert tag in tags
            assert [e.step for e in train.Tensors(tag)] == [0, 5, 10]  # step % 5 == 0, as histogram_freq=5
            assert train.SummaryMetadata(tag).plugin_data.plugin_name == "histograms"
    from tensorboard.util import tensor_util

    last = tensor_util.make_ndarray(train.Tensors(f"{session.model.weights[0].path}/histogram")[-1].tensor_proto)
    assert last.shape[1] == 3 and last[:, 2].sum() == session.model.weights[0].numpy().size


def test_the_graph_settings_events_and_hparams_session(logged):
    session, folder, _ = logged
    train = tensorboard_events(folder / "train")
    assert train.Tags()["graph"] and len(train.Graph().node) > 5  # the forward pass's op graph
    assert train.SummaryMetadata("keras").plugin_data.plugin_name == "graph_keras_model"  # the conceptual one
    assert '"class_name": "Dense"' in train.Tensors("keras")[0].tensor_proto.string_val[0].decode()
    assert [e.step for e in train.Tensors("settings")] == [0]
    [event] = train.Tensors("events")
    assert event.step == 2 and "0.02 → 0.005" in event.tensor_proto.string_val[0].decode()  # after epoch 3

    from tensorboard.plugins.hparams import plugin_data_pb2

    root = tensorboard_events(folder)
    [start] = root.Tensors("_hparams_/session_start_info")
    content = root.SummaryMetadata("_hparams_/session_start_info").plugin_data.content
    info = plugin_data_pb2.HParamsPluginData.FromString(content).session_start_info
    assert start.step == 0
    assert info.hparams["optimizer"].string_value == "Adam"
    assert info.hparams["learning rate"].number_value == pytest.approx(0.02)
    assert info.hparams["batch size"].number_value == 10
    assert info.hparams["layers"].string_value == "4-2-1 tanh"
    assert info.hparams["dataset"].string_value == "circle"
    assert set(info.hparams) == set(hparams(session.experiment))


def test_tensorboards_hparams_dashboard_lists_the_run_with_its_final_metrics(logged):
    """The HParams plugin's own view: one session, its settings and the final scalars as metrics."""
    from tensorboard import context
    from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer
    from tensorboard.plugins.hparams import api_pb2, backend_context, list_session_groups, metadata

    session, folder, _ = logged
    multiplexer = plugin_event_multiplexer.EventMultiplexer()
    multiplexer.AddRunsFromDirectory(str(folder.parent))
    multiplexer.Reload()
    provider = data_provider.MultiplexerDataProvider(multiplexer, str(folder.parent))
    ctx = context.RequestContext()
    hp_context = backend_context.Context(_TBContext(provider, multiplexer))
    statuses = [api_pb2.STATUS_UNKNOWN, api_pb2.STATUS_SUCCESS, api_pb2.STATUS_FAILURE, api_pb2.STATUS_RUNNING]
    request = api_pb2.ListSessionGroupsRequest(start_index=0, slice_size=10, allowed_statuses=statuses)
    groups = list_session_groups.Handler(ctx, hp_context, "", request).run().session_groups
    assert len(groups) == 1 and len(groups[0].sessions) == 1
    assert groups[0].hparams["optimizer"].string_value == "Adam"
    metrics = {(m.name.group, m.name.tag): m.value for m in groups[0].metric_values}
    final = session.history.rows[-1]
    assert metrics[("validation", "epoch_loss")] == pytest.approx(final["val_loss"], rel=1e-6)
    assert metrics[("train", "epoch_accuracy")] == pytest.approx(final["accuracy"], rel=1e-6)
    assert metadata.PLUGIN_NAME == "hparams"


class _TBContext:
    def __init__(self, provider, multiplexer):
        self.data_provider, self.multiplexer = provider, multiplexer


def test_a_run_that_goes_back_marks_the_later_steps_as_gone(tmp_path):
    rows = [{"epoch": e, "loss": 1.0 / e, "val_loss": 2.0 / e, "learning_rate": 0.1} for e in range(1, 6)]
    board = LiveTensorBoard(tmp_path, histogram_every=0)
    board.epochs(rows)
    board.epochs([{**rows[2], "loss": 9.0}])  # back to epoch 2, trained epoch 3 again
    board.close()
    # The loader TensorBoard's server reads with (the older EventAccumulator purges no tensor summaries).
    from tensorboard.backend.event_processing import plugin_event_accumulator

    events = plugin_event_accumulator.EventAccumulator(str(tmp_path / "train"), size_guidance={"tensors": 0})
    events.Reload()
    assert tensorboard_scalars(events, "epoch_loss") == [
        (0, 1.0),
        (1, 0.5),
        (2, 9.0),
    ]  # steps 2..4 dropped at the marker
