"""The fast training engine: whole epochs inside one compiled TensorFlow function.

`model.fit` pays ~1 ms of Python per step and more per epoch; for the playground's small networks
that is ~100× the arithmetic. Here a `tf.while_loop` over epochs and batches calls Keras's own
`train_step` and `test_step` — the same model, optimizer, loss, metrics and regularisation losses
that `fit` uses — and XLA compiles the lot. A call runs up to `MAX_CHUNK` epochs and returns one
row per epoch, so the caller can stop, pause or change the learning rate between calls.
"""

from __future__ import annotations

import time

import numpy as np

from playground.training.recipe.graph_callbacks import FLAGS, GraphCallbacks
from playground.training.tf_setup import import_tensorflow

MAX_CHUNK = 256  # epochs per compiled call; the worker asks for fewer to stay responsive


class Engine:
    """Trains a compiled Keras model on in-memory arrays.

    Args:
        model: a compiled Keras model.
        train: (x, y) for training, or (x, y, sample_weight) to weigh samples (Keras's
            `class_weight` becomes per-sample weights just so); x and y are each an array, or a
            list of arrays for a model with several inputs or outputs.
        test: (x, y) for validation, evaluated after every epoch like `fit`'s
            `validation_data`.
        batch_size: samples per optimizer step; the last, smaller batch is used too, as in `fit`.
        seed: seeds the per-epoch shuffle. Defaults to 0.
        shuffle: shuffle the training data every epoch. Defaults to True.
        jit: try XLA first, falling back to a plain `tf.function` if XLA cannot compile the
            model. Defaults to True.
        epoch: epochs already trained (a run that goes on with a new engine). Defaults to 0.
        schedule: a Keras `LearningRateSchedule` setting the rate before every step, or None
            (the optimizer's rate stays as set). Defaults to None.
        callbacks: the experiment's `training.callbacks`; EarlyStopping, ReduceLROnPlateau and
            ModelCheckpoint run inside the compiled loop (`graph_callbacks`). Defaults to none.
    """

    def __init__(
        self, model, train, test, batch_size, seed=0, shuffle=True, jit=True, epoch=0, schedule=None, callbacks=()
    ):
        tf = import_tensorflow()
        self.model = model
        self._train = tuple(tf.nest.map_structure(tf.constant, float32(a)) for a in train)
        self._vx, self._vy = (tf.nest.map_structure(tf.constant, float32(a)) for a in test)
        self._n = _samples(self._train[0])
        self.batch_size = int(batch_size)
        self._shuffle = shuffle
        self._seed = int(seed)
        self._epoch = tf.Variable(int(epoch), dtype=tf.int64, trainable=False, name="epoch")
        self._schedule = schedule
        self.keys = self._build()
        self.callbacks = GraphCallbacks(model, self.keys, list(callbacks))
        self.flags = list(FLAGS)
        self.stopped_early = False
        self.events: list[dict] = []
        self.jit = jit
        self._fn = self._compile(jit)

    @property
    def epoch(self) -> int:
        return int(self._epoch.numpy())

    @property
    def learning_rate(self) -> float:
        return float(np.asarray(self.model.optimizer.learning_rate))

    def set_learning_rate(self, lr: float) -> None:
        self.model.optimizer.learning_rate.assign(lr)

    def set_schedule(self, schedule) -> None:
        """A new schedule (or None) from the next step on; the loop is traced again with it."""
        self._schedule = schedule
        self._fn = self._compile(self.jit)

    def rewind(self, epoch: int) -> None:
        """Goes on from `epoch` (its weights already put back): the shuffle order and the epoch
        numbers continue from there, the callbacks start afresh."""
        self._epoch.assign(int(epoch))
        self.callbacks.reset()
        self.stopped_early = False

    def warm_up(self) -> float:
        """Compiles the training function (running zero epochs); returns the seconds it took.
        Falls back to a non-XLA function if XLA rejects the model."""
        t0 = time.perf_counter()
        try:
            self._fn(self._tf.constant(0, self._tf.int32))
        except Exception:  # XLA rejects some ops; plain graph mode runs everything
            if not self.jit:
                raise
            self.jit = False
            self._fn = self._compile(False)
            self._fn(self._tf.constant(0, self._tf.int32))
        return time.perf_counter() - t0

    def run(self, epochs: int) -> list[dict[str, float]]:
        """Trains `epochs` epochs (at most MAX_CHUNK) and returns their history rows. Stops early
        after an epoch whose loss is NaN or infinite, or when early stopping says so (then
        `stopped_early` is True); that epoch's row is the last one returned. What the callbacks
        did in these epochs is in `events`: {"epoch", "kind" (a FLAGS name without "_"), "value"}."""
        epochs = max(0, min(int(epochs), MAX_CHUNK))
        start = self.epoch
        done, stopped, table = self._fn(self._tf.constant(epochs, self._tf.int32))
        self.stopped_early = bool(stopped)
        values = table.numpy()[: int(done)]
        rows, self.events = [], []
        width = len(self.keys)
        for i, vals in enumerate(values):
            row = {"epoch": start + i + 1}
            row.update({k: float(v) for k, v in zip(self.keys, vals[:width], strict=True)})
            rows.append(row)
            for flag, value in zip(self.flags, vals[width:], strict=True):
                if value:
                    self.events.append({"epoch": row["epoch"], "kind": flag.lstrip("_"), "value": float(value)})
        return rows

    # -- compiled parts -------------------------------------------------------------------------

    @property
    def _tf(self):
        return import_tensorflow()

    def _build(self) -> list[str]:
        """Builds the loss and metric trackers and the optimizer's slots eagerly (variables cannot
        be created inside the compiled loop), and returns the row's column names."""
        model = self.model
        b = min(self.batch_size, self._n)
        model.test_step(self._tf.nest.map_structure(lambda a: a[:b], self._train[:2]))
        names = list(model.get_metrics_result())
        model.reset_metrics()
        model.optimizer.build(model.trainable_variables)
        return [*names, *(f"val_{n}" for n in names), "learning_rate"]

    def _compile(self, jit: bool):
        return self._tf.function(self._run_epochs, jit_compile=jit, reduce_retracing=True)

    def _run_epochs(self, n):
        tf = self._tf
        model = self.model
        width = len(self.keys) + len(self.flags)
        table0 = tf.zeros([MAX_CHUNK, width], tf.float32)
        schedule = self._schedule

        def train_step(batch):
            if schedule is not None:
                model.optimizer.learning_rate.assign(tf.cast(schedule(model.optimizer.iterations), tf.float32))
            return model.train_step(batch)

        def epoch_body(e, done, ok, stopped, table):
            model.reset_metrics()
            self._each_batch(self._epoch_order(), self.batch_size, train_step)
            train = model.get_metrics_result()
            model.reset_metrics()
            self._each_batch((self._vx, self._vy), max(self.batch_size, 256), model.test_step)
            val = model.get_metrics_result()
            lr = tf.cast(tf.convert_to_tensor(model.optimizer.learning_rate), tf.float32)
            row = [tf.cast(train[k], tf.float32) for k in train]
            row += [tf.cast(val[k], tf.float32) for k in val]
            values = tf.stack([*row, lr])
            stop, flags = self.callbacks.epoch_end(self._epoch, values)
            table = tf.tensor_scatter_nd_update(table, [[e]], [tf.concat([values, tf.stack(flags)], 0)])
            self._epoch.assign_add(1)
            finite = tf.math.is_finite(row[0])
            return e + 1, done + 1, tf.logical_and(finite, tf.logical_not(stop)), stop, table

        _, done, _, stopped, table = tf.while_loop(
            lambda e, done, ok, stopped, table: tf.logical_and(e < n, ok),
            epoch_body,
            (tf.constant(0), tf.constant(0), tf.constant(True), tf.constant(False), table0),
        )
        return done, stopped, table[:, :width]

    def _epoch_order(self):
        tf = self._tf
        if not self._shuffle:
            return self._train
        seed = tf.stack([tf.constant(self._seed, tf.int64), self._epoch])
        perm = tf.argsort(tf.random.stateless_uniform([self._n], seed=seed))
        return tf.nest.map_structure(lambda a: tf.gather(a, perm), self._train)

    def _each_batch(self, data, size, step):
        """Calls `step(data batch)` on consecutive batches of the (x, y[, weight]) tuple: full ones
        in a loop (static shapes keep XLA happy), then the remainder once."""
        tf = self._tf
        n = _samples(data[0])
        size = min(size, n)
        full, rest = divmod(n, size)
        batches = tf.nest.map_structure(lambda a: tf.reshape(a[: full * size], [full, size, *a.shape[1:]]), data)

        def body(i):
            step(tf.nest.map_structure(lambda a: tf.gather(a, i), batches))
            return (i + 1,)

        tf.while_loop(lambda i: i < full, body, (tf.constant(0),))
        if rest:
            step(tf.nest.map_structure(lambda a: a[full * size :], data))


def float32(data):
    """An array, or a list of arrays (several inputs or outputs), as float32."""
    if isinstance(data, (list, tuple)):
        return [np.asarray(a, np.float32) for a in data]
    return np.asarray(data, np.float32)


def _samples(data) -> int:
    return int((data[0] if isinstance(data, list) else data).shape[0])
