"""history.csv is what Keras's CSVLogger writes for the same epochs, byte for byte: a run's history from
the window or `train` opens as a `model.fit` run's does (the exported script writes it with CSVLogger)."""

from __future__ import annotations

import numpy as np

from playground.core.runs.epoch_history import History
from playground.training.tf_setup import import_keras


def test_history_csv_is_kerass_csvlogger_file(tmp_path):
    keras = import_keras()
    rows = [
        {
            "epoch": epoch,  # the window's count: N epochs trained
            "loss": float(np.float32(1 / epoch)),
            "accuracy": float(np.float32(1 - 0.5 / epoch)),
            "val_loss": float(np.float32(1.2 / epoch)),
            "val_accuracy": float(np.float32(0.9 - 0.4 / epoch)),
            "learning_rate": float(np.float32(0.03 * 0.9**epoch)),
        }
        for epoch in range(1, 8)
    ]
    History(rows).write_csv(tmp_path / "history.csv")
    logger = keras.callbacks.CSVLogger(str(tmp_path / "keras.csv"))
    logger.on_train_begin()
    for row in rows:  # Keras hands over the logs of epoch index N - 1, without the epoch
        logger.on_epoch_end(row["epoch"] - 1, {k: v for k, v in row.items() if k != "epoch"})
    logger.on_train_end()
    assert (tmp_path / "history.csv").read_bytes() == (tmp_path / "keras.csv").read_bytes()
    assert (tmp_path / "history.csv").read_text().splitlines()[1].startswith("0,")
