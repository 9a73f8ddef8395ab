"""TensorBoard logs written while a run trains, laid out and numbered as Keras's `TensorBoard` callback.

    folder/events.out.tfevents.*              the HParams session: the run's settings (one per run)
    folder/train/events.out.tfevents.*        epoch_loss, epoch_accuracy, epoch_learning_rate…, the
                                              model's graph, weight and gradient histograms, settings
    folder/validation/events.out.tfevents.*   epoch_loss, epoch_accuracy… (the "val_" columns)

Steps are Keras's epoch index, from 0: the history row of epoch N (N epochs trained, as the window
and the curves count them) is step N - 1, as history.csv (Keras's CSVLogger's layout) numbers it.
Histograms are written at the steps Keras's `histogram_freq=N` writes them (step % N == 0); the
trainer ends a compiled call at those epochs (`next_due`) so the weights are the epoch's own. Each
call of `epochs` appends and flushes, so `tensorboard --logdir` shows the run as it goes. Events are
written as protocol buffers straight into TFRecord files (no TensorFlow op per value): logging costs
a few microseconds per number.

Gradient histograms ("<weight path>/gradient") are the gradient of the loss, on up to
`GRADIENT_SAMPLES` training samples with the weights of that epoch (Keras 3's callback writes none).
The HParams session needs the `tensorboard` package (its protocol buffers); without it, none.
"""

from __future__ import annotations

import itertools
import os
import socket
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from playground.core.experiment.config import Experiment
from playground.training.files.tensorboard import (
    TRAIN,
    VALIDATION,
    histogram_buckets,
    scalars,
    settings_markdown,
    write_session,
)
from playground.training.files.tensorboard import weight_histograms as _weights
from playground.training.tf_setup import import_tensorflow

GRADIENT_SAMPLES = 1024
_files = itertools.count()


def step(row: Mapping[str, Any], index: int = 0) -> int:
    """The TensorBoard step of a history row: Keras's 0-based epoch index (row "epoch" N → N - 1)."""
    return int(row.get("epoch", index + 1)) - 1


class _EventFile:
    """One TFRecord file of `Event` protocol buffers, as TensorBoard's writers make them."""

    def __init__(self, folder: Path):
        tf = import_tensorflow()
        from tensorflow.core.util import event_pb2

        folder.mkdir(parents=True, exist_ok=True)
        name = f"events.out.tfevents.{int(time.time()):010d}.{socket.gethostname()}.{os.getpid()}.{next(_files)}.v2"
        self.path = folder / name
        self._pb = event_pb2
        self._writer = tf.io.TFRecordWriter(str(self.path))
        self.write(event_pb2.Event(wall_time=time.time(), file_version="brain.Event:2"))
        # The first START marks the session's beginning; a later one, a run that went back (`_restart`).
        self.write(self.event(0, session_log=event_pb2.SessionLog(status=event_pb2.SessionLog.START)))

    def write(self, event) -> None:
        self._writer.write(event.SerializeToString())

    def event(self, step: int, **fields):
        return self._pb.Event(wall_time=time.time(), step=int(step), **fields)

    def flush(self) -> None:
        self._writer.flush()

    def close(self) -> None:
        self._writer.close()


class LiveTensorBoard:
    """Writes one run's TensorBoard logs as it trains.

    Args:
        folder: the run's log folder (created if needed); `tensorboard --logdir` on it or on its
            parent (one subfolder per run) shows it.
        experiment: the run's settings: the HParams session and a "settings" text at step 0.
        histogram_every: weight (and gradient) histograms at every step that is a multiple of it,
            as Keras's `histogram_freq`; 0: none.

    Raises:
        OSError: the folder cannot be written.
    """

    def __init__(self, folder: str | Path, experiment: Experiment | None = None, histogram_every: int = 1):
        from tensorflow.core.framework import summary_pb2, tensor_pb2, tensor_shape_pb2, types_pb2

        self.folder = Path(folder)
        self.histogram_every = max(0, int(histogram_every))
        self._summary, self._tensor, self._shape, self._types = summary_pb2, tensor_pb2, tensor_shape_pb2, types_pb2
        self._train, self._validation = _EventFile(self.folder / TRAIN), _EventFile(self.folder / VALIDATION)
        self._last = -1
        self._events_written = 0
        self._scalars: dict[tuple[str, str], Any] = {}  # (folder, tag): its event, reused
        self._compiled = None  # (model, tagged weights, trainable weights, compiled read, data cut)
        self._graph_written = False
        self._metadata = {plugin: self._plugin(plugin) for plugin in ("scalars", "text", "histograms")}
        if experiment is not None:
            self._session(experiment)
            self._train.write(self._text("settings", settings_markdown(experiment), 0))
        self.flush()

    # -- what a trainer calls ----------------------------------------------------------------------

    def next_due(self, epoch: int) -> int:
        """The first epoch count after `epoch` whose weights get histograms (step % N == 0), or a
        very large number without histograms: a trainer ends its compiled call there."""
        if not self.histogram_every:
            return 2**62
        return epoch + 1 + (-epoch) % self.histogram_every

    def epochs(
        self,
        rows: Sequence[Mapping[str, Any]],
        model=None,
        events: Iterable[Mapping[str, Any]] = (),
        data: tuple | None = None,
    ) -> None:
        """Appends the new history `rows` (and the `events` of their epochs) and flushes; with the
        `model` (as it is after the last row) and a histogram due at the last row's step, its
        weight histograms, and gradient histograms when `data` (x, y training arrays) is given.
        Rows at or before a step already written (a run that went back to an earlier epoch) first
        mark the steps from there as gone, as TensorBoard's restart marker does."""
        if rows and step(rows[0]) <= self._last:
            self._restart(step(rows[0]))
        train, validation = scalars(rows)
        for tag, at, value in train:
            self._train.write(self._scalar(tag, at, value, TRAIN))
        for tag, at, value in validation:
            self._validation.write(self._scalar(tag, at, value, VALIDATION))
        for event in events:
            text = f"- **{event.get('kind', '')}**: {event.get('text', '')}"
            self._train.write(self._text("events", text, max(0, int(event.get("epoch", 1)) - 1)))
        if not rows:
            self.flush()
            return
        self._last = step(rows[-1])
        if model is not None:
            if not self._graph_written:
                self.graph(model)
            if self.histogram_every and self._last % self.histogram_every == 0:
                self.histograms(model, self._last, data)
        self.flush()

    def session_epochs(self, session, rows: Sequence[Mapping[str, Any]]) -> None:
        """`epochs` for a training `Session`: its model, its events not yet written, its training
        data for the gradients."""
        events = session.events[min(self._events_written, len(session.events)) :]
        self._events_written = len(session.events)
        self.epochs(rows, session.model, events, (session.x_train, session.y_train))

    def graph(self, model) -> None:
        """The model's graph, as Keras's callback writes it: the conceptual graph (the model's JSON,
        tag "keras", step 0) and the op graph of its forward pass."""
        self._graph_written = True
        try:
            json_text = model.to_json()
        except Exception:  # a model Keras cannot describe: only the op graph
            json_text = None
        if json_text is not None:
            metadata = self._plugin("graph_keras_model", content=b"1")
            self._train.write(self._value("keras", 0, self._string_tensor(json_text), metadata))
        graph = _forward_graph(model)
        if graph is not None:
            self._train.write(self._train.event(0, graph_def=graph.SerializeToString()))

    def histograms(self, model, at: int, data: tuple | None = None) -> None:
        """Weight histograms at step `at`, and gradient ones with `data` (see `_arrays`)."""
        for tag, values in self._arrays(model, data):
            self._train.write(self._histogram(tag, at, values))

    def flush(self) -> None:
        for writer in (self._train, self._validation):
            writer.flush()

    def close(self) -> None:
        for writer in (self._train, self._validation):
            writer.close()

    # -- summaries ---------------------------------------------------------------------------------

    def _plugin(self, plugin: str, content: bytes = b""):
        metadata = self._summary.SummaryMetadata()
        metadata.plugin_data.plugin_name = plugin
        metadata.plugin_data.content = content
        scalar = plugin == "scalars"
        metadata.data_class = self._summary.DATA_CLASS_SCALAR if scalar else self._summary.DATA_CLASS_TENSOR
        return metadata

    def _value(self, tag: str, at: int, tensor, metadata):
        summary = self._summary.Summary(value=[self._summary.Summary.Value(tag=tag, tensor=tensor, metadata=metadata)])
        return self._train.event(at, summary=summary)

    def _scalar(self, tag: str, at: int, value: float, where: str):
        """One event per tag and folder, filled in again for each epoch: no new messages per number."""
        event = self._scalars.get((where, tag))
        if event is None:
            tensor = self._tensor.TensorProto(
                dtype=self._types.DT_FLOAT, tensor_shape=self._shape.TensorShapeProto(), float_val=[value]
            )
            event = self._scalars[where, tag] = self._value(tag, at, tensor, self._metadata["scalars"])
        event.step, event.wall_time = at, time.time()
        event.summary.value[0].tensor.float_val[0] = value
        return event

    def _string_tensor(self, text: str):
        return self._tensor.TensorProto(
            dtype=self._types.DT_STRING, tensor_shape=self._shape.TensorShapeProto(), string_val=[text.encode()]
        )

    def _text(self, tag: str, text: str, at: int):
        return self._value(tag, at, self._string_tensor(text), self._metadata["text"])

    def _histogram(self, tag: str, at: int, values):
        buckets = np.ascontiguousarray(histogram_buckets(_floats(values)), "<f8")
        dims = [self._shape.TensorShapeProto.Dim(size=n) for n in buckets.shape]
        tensor = self._tensor.TensorProto(
            dtype=self._types.DT_DOUBLE,
            tensor_shape=self._shape.TensorShapeProto(dim=dims),
            tensor_content=buckets.tobytes(),
        )
        return self._value(tag, at, tensor, self._metadata["histograms"])

    def _restart(self, at: int) -> None:
        from tensorflow.core.util import event_pb2

        for writer in (self._train, self._validation):
            log = event_pb2.SessionLog(status=event_pb2.SessionLog.START)
            writer.write(writer.event(at, session_log=log))

    def _session(self, experiment: Experiment) -> None:
        write_session(self.folder, experiment)

    def _arrays(self, model, data: tuple | None) -> list[tuple[str, np.ndarray]]:
        """(tag, values) of every weight ("<path>/histogram") and, with `data` (x, y training arrays),
        of the loss's gradient with respect to every trainable weight on up to `GRADIENT_SAMPLES` of
        them ("<path>/gradient"; none when the model has several outputs or no loss): all read by
        one compiled call."""
        tf = import_tensorflow()
        if self._compiled is None or self._compiled[0] is not model:
            tagged, trainable = _weights(model), list(model.trainable_weights)

            def read(x, y, gradients: bool):
                values = [tf.identity(weight.value) for _, weight in tagged]
                if not gradients:
                    return values, []
                with tf.GradientTape() as tape:
                    loss = model.compute_loss(x=x, y=y, y_pred=model(x, training=False), training=False)
                return values, tape.gradient(loss, trainable, unconnected_gradients=tf.UnconnectedGradients.ZERO)

            self._compiled = (model, tagged, trainable, tf.function(read, reduce_retracing=True), {})
        _, tagged, trainable, read, cut = self._compiled
        gradients = data is not None and len(model.outputs) == 1 and getattr(model, "optimizer", None) is not None
        if gradients:
            if id(data[0]) not in cut:  # the training arrays, cut and made tensors once
                cut.clear()
                cut[id(data[0])] = tf.nest.map_structure(lambda a: tf.constant(np.asarray(a)[:GRADIENT_SAMPLES]), data)
            x, y = cut[id(data[0])]
        else:
            x = y = tf.zeros([0])
        values, grads = read(x, y, gradients)
        found = [(tag, value.numpy()) for (tag, _), value in zip(tagged, values, strict=True)]
        paths = (str(weight.path).replace(":", "_") for weight in trainable)
        return found + [(f"{path}/gradient", grad.numpy()) for path, grad in zip(paths, grads, strict=False)]


def _floats(values) -> np.ndarray:
    values = np.asarray(values)
    return values.astype(np.float64) if not np.issubdtype(values.dtype, np.floating) else values


def _forward_graph(model):
    """The GraphDef of the model's forward pass (traced once, on a batch of one), or None."""
    tf = import_tensorflow()
    try:
        specs = [tf.TensorSpec([None, *tensor.shape[1:]], tensor.dtype) for tensor in model.inputs]
        fn = tf.function(lambda *x: model(list(x) if len(x) > 1 else x[0], training=False))
        return fn.get_concrete_function(*specs).graph.as_graph_def()
    except Exception:  # a model without symbolic inputs: the conceptual graph is there all the same
        return None
