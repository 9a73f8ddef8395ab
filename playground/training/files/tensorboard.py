"""TensorBoard logs of a run, laid out as Keras's `TensorBoard` callback lays them out.

    folder/events.out.tfevents.*              the run's HParams session (its settings)
    folder/train/events.out.tfevents.*        epoch_loss, epoch_accuracy, epoch_learning_rate…,
                                              the settings and events as text, weight histograms
    folder/validation/events.out.tfevents.*   epoch_loss, epoch_accuracy… (the "val_" columns)

Scalars are named "epoch_<column>" with step = Keras's 0-based epoch index (the window's epoch N is
step N - 1, history.csv's epoch N - 1), as Keras names and numbers them, so `tensorboard --logdir
folder` shows a playground run beside runs logged by `model.fit`. The run is written after the fact
from its history rows, so a finished or paused run can be logged at any time (`live_tensorboard`
writes one as it trains).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from playground.core.experiment.config import Experiment
from playground.core.runs import run_history
from playground.core.teaching import report_settings
from playground.training.tf_setup import import_tensorflow

TRAIN, VALIDATION = "train", "validation"
EVENT_FILES = "events.out.tfevents.*"
HISTOGRAM_BUCKETS = 30  # as tf.summary.histogram
# Settings the HParams dashboard gets as numbers (it filters and plots them so), the rest as text.
_NUMBERS = {
    "samples",
    "noise",
    "training fraction",
    "held-out test set",
    "seed",
    "learning rate",
    "batch size",
    "epochs",
}


def scalars(rows: Iterable[Mapping[str, Any]]) -> tuple[list[tuple[str, int, float]], list[tuple[str, int, float]]]:
    """The rows as Keras's epoch scalars: ([(tag, step, value)] for train/, [...] for validation/).
    "val_loss" is "epoch_loss" in validation/; "learning_rate" is "epoch_learning_rate" in train/.
    The step is Keras's 0-based epoch index: the row of epoch N (N epochs trained) is step N - 1."""
    train, validation = [], []
    for i, row in enumerate(rows):
        step = int(row.get("epoch", i + 1)) - 1
        for key, value in row.items():
            if key == "epoch" or isinstance(value, bool) or not isinstance(value, (int, float)):
                continue
            if key.startswith("val_"):
                validation.append((f"epoch_{key[4:]}", step, float(value)))
            else:
                train.append((f"epoch_{key}", step, float(value)))
    return train, validation


def settings_markdown(experiment: Experiment) -> str:
    """The experiment's settings as Markdown tables (TensorBoard's text tab renders Markdown)."""
    lines = []
    for name, pairs in report_settings.settings(experiment):
        lines += [f"### {name}", "", "| setting | value |", "| --- | --- |"]
        lines += [f"| {_cell(k)} | {_cell(v)} |" for k, v in pairs]
        if name == "Model":
            lines += ["", "| layer | kind | units | activation | settings | output shape | parameters |"]
            lines.append("| --- | --- | --- | --- | --- | --- | --- |")
            for row in report_settings.layer_rows(experiment):
                cells = (row[c] for c in ("name", "kind", "units", "activation", "settings", "shape", "params"))
                lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def hparams(experiment: Experiment) -> dict[str, float | str]:
    """The run's settings as the Runs table names them ("layers", "optimizer", "learning rate"…),
    numbers as numbers; settings that are empty for this run are left out."""
    found: dict[str, float | str] = {}
    for name, text in run_history.settings(experiment).items():
        if text in ("", "none") and name not in ("dropout", "L1", "L2", "callbacks"):
            continue
        if name in _NUMBERS:
            try:
                found[name] = float(str(text).rstrip(" %").replace(",", ""))
                continue
            except ValueError:
                pass
        found[name] = str(text)
    return found


def write_session(folder: str | Path, experiment: Experiment, values: Mapping[str, float | str] | None = None) -> bool:
    """Writes the HParams dashboard's session of a run into its folder itself (its train/ and
    validation/ scalars are the session's metrics): `values`, by default the run's settings
    (`hparams`). False without the `tensorboard` package, whose protocol buffers HParams needs."""
    try:
        from tensorboard.plugins.hparams import summary_v2
    except ImportError:
        return False
    pb = summary_v2.hparams_pb(dict(hparams(experiment) if values is None else values), trial_id=Path(folder).name)
    write_summary_pb(folder, pb)
    return True


def write_summary_pb(folder: str | Path, pb) -> None:
    """Writes one summary protocol buffer (an HParams session or configuration) into an events file of
    its own in `folder`, at step 0."""
    tf = import_tensorflow()
    writer = tf.summary.create_file_writer(str(folder))
    try:
        with writer.as_default():
            tf.summary.experimental.write_raw_pb(pb.SerializeToString(), step=0)
    finally:
        writer.flush()
        writer.close()


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _events_by_epoch(events: Iterable[Mapping[str, Any]]) -> dict[int, list[Mapping[str, Any]]]:
    found: dict[int, list[Mapping[str, Any]]] = {}
    for event in events:
        epoch = event.get("epoch", 0)
        found.setdefault(int(epoch) if isinstance(epoch, (int, float)) and math.isfinite(epoch) else 0, []).append(
            event
        )
    return dict(sorted(found.items()))


def weight_histograms(model) -> list[tuple[str, Any]]:
    """(tag, weight) for every weight of the model, tagged as Keras's callback tags them:
    "<weight path>/histogram" ("dense/kernel/histogram"); a weight shared by two layers appears once."""
    found, seen = [], set()
    for layer in model.layers:
        for weight in layer.weights:
            if id(weight) in seen:
                continue
            seen.add(id(weight))
            name = str(getattr(weight, "path", None) or weight.name).replace(":", "_")
            found.append((f"{name}/histogram", weight))
    return found


def write_run(
    folder: str | Path,
    rows: Sequence[Mapping[str, Any]],
    events: Iterable[Mapping[str, Any]] = (),
    model=None,
    experiment: Experiment | None = None,
    session: Mapping[str, float | str] | None = None,
) -> Path:
    """Writes TensorBoard event files for a run into `folder/train` and `folder/validation`.

    Args:
        folder: the run's log folder (created if needed). Event files an earlier call wrote into its
            train/ and validation/ folders are replaced, so logging a run again does not double it.
        rows: the history rows {"epoch", "loss", "val_loss", <metric>, "val_<metric>", "learning_rate"}.
        events: what happened along the way, {"epoch", "kind", "text"}: a text summary "events" at
            the step of each epoch where something happened (early stop, rate drops, live changes).
        model: the trained Keras model; if given, a histogram of each weight at the last epoch.
        experiment: the run's settings; if given, a text summary "settings" (readable tables) and
            "experiment" (the experiment file) at step 0, and the run's HParams session in `folder`.
        session: the HParams session's values when not just the experiment's settings (`hparams`).

    Returns:
        `folder`, as a Path.

    Raises:
        OSError: the folder cannot be written.
    """
    tf = import_tensorflow()
    root = Path(folder)
    train_dir, val_dir = root / TRAIN, root / VALIDATION
    for sub in (train_dir, val_dir):
        sub.mkdir(parents=True, exist_ok=True)
        for old in sub.glob(EVENT_FILES):
            if old.is_file():
                old.unlink()
    train, validation = scalars(rows)
    last = int(rows[-1].get("epoch", len(rows))) - 1 if rows else 0
    write = _Summaries(tf)
    train_writer = tf.summary.create_file_writer(str(train_dir))
    val_writer = tf.summary.create_file_writer(str(val_dir))
    try:
        with train_writer.as_default():
            for tag, step, value in train:
                write.scalar(tag, value, step)
            if experiment is not None:
                write.text("settings", settings_markdown(experiment), 0)
                text = json.dumps(experiment.to_dict(), indent=2, ensure_ascii=False)
                write.text("experiment", "\n".join("    " + line for line in text.splitlines()), 0)
            for epoch, happened in _events_by_epoch(events).items():
                text = "\n".join(f"- **{e.get('kind', '')}**: {e.get('text', '')}" for e in happened)
                write.text("events", text, max(0, epoch - 1))  # after epoch N: step N - 1
            if model is not None:
                for tag, weight in weight_histograms(model):
                    write.histogram(tag, _array(weight), last)
        with val_writer.as_default():
            for tag, step, value in validation:
                write.scalar(tag, value, step)
    finally:
        for writer in (train_writer, val_writer):
            writer.flush()
            writer.close()
    for old in root.glob(EVENT_FILES):  # an earlier HParams session of this folder
        if old.is_file():
            old.unlink()
    if experiment is not None:
        write_session(root, experiment, session)
    return root


class _Summaries:
    """Scalar, text and histogram summaries in the form the `tensorboard` package's own `tf.summary.scalar`,
    `text` and `histogram` write (its plugins read them so), written with TensorFlow's core
    `tf.summary.write`: those three functions need the `tensorboard` package installed, which the
    playground does not require."""

    def __init__(self, tf):
        from tensorflow.core.framework import summary_pb2

        self._tf, self._pb = tf, summary_pb2

    def _metadata(self, plugin: str, data_class: int):
        metadata = self._pb.SummaryMetadata()
        metadata.plugin_data.plugin_name = plugin
        metadata.plugin_data.content = b""  # the plugins' version-0 data: an empty message
        metadata.data_class = data_class
        return metadata

    def scalar(self, tag: str, value: float, step: int) -> None:
        tensor = self._tf.constant(value, self._tf.float32)
        self._tf.summary.write(tag, tensor, step=step, metadata=self._metadata("scalars", self._pb.DATA_CLASS_SCALAR))

    def text(self, tag: str, text: str, step: int) -> None:
        tensor = self._tf.constant(text, self._tf.string)
        self._tf.summary.write(tag, tensor, step=step, metadata=self._metadata("text", self._pb.DATA_CLASS_TENSOR))

    def histogram(self, tag: str, values: np.ndarray, step: int) -> None:
        tensor = self._tf.constant(histogram_buckets(values), self._tf.float64)
        metadata = self._metadata("histograms", self._pb.DATA_CLASS_TENSOR)
        self._tf.summary.write(tag, tensor, step=step, metadata=metadata)


def histogram_buckets(values, bucket_count: int = HISTOGRAM_BUCKETS) -> np.ndarray:
    """TensorBoard's histogram tensor: (bucket_count, 3) rows of (left edge, right edge, count) of
    equal-width buckets from the smallest value to the largest, the largest counted in the last
    bucket; all values equal: the first bucket holds them all. Non-finite values are left out."""
    data = np.asarray(values, np.float64).ravel()
    data = data[np.isfinite(data)]
    if data.size == 0:
        return np.zeros((0, 3))
    low, high = float(data.min()), float(data.max())
    if high == low:
        counts = np.zeros(bucket_count)
        counts[0] = data.size
        return np.stack([np.full(bucket_count, low), np.full(bucket_count, high), counts], axis=1)
    edges = np.linspace(low, high, bucket_count + 1)
    index = np.minimum(((data - low) / ((high - low) / bucket_count)).astype(np.int64), bucket_count - 1)
    counts = np.bincount(index, minlength=bucket_count).astype(np.float64)
    return np.stack([edges[:-1], edges[1:], counts], axis=1)


def _array(weight):
    """A weight's values as numbers a histogram takes (a seed generator's integer state as floats)."""
    values = np.asarray(weight.numpy() if hasattr(weight, "numpy") else weight)
    return values.astype(np.float64) if not np.issubdtype(values.dtype, np.floating) else values
