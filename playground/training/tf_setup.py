"""Imports TensorFlow and Keras once, quietly.

TensorFlow writes C++ log lines straight to file descriptor 2 at import, past what
`TF_CPP_MIN_LOG_LEVEL` silences; they alarm students. We park fd 2 in a temporary file during the
import and replay it only if the import fails, so real errors are never hidden.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading

_lock = threading.Lock()
# Set once the imports below are done. Not "tensorflow" in sys.modules: a module is listed there from
# the start of its import, so a second thread (the TensorBoard export's) would get it half made.
_imported = False


def import_keras():
    """Returns the `keras` module (TensorFlow backend), importing TensorFlow on first use."""
    global _imported
    if _imported:
        return sys.modules["keras"]
    with _lock:
        if _imported:
            return sys.modules["keras"]
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        os.environ.setdefault("KERAS_BACKEND", "tensorflow")
        # Keras would print a progress bar and "oneDNN" notes; the playground shows its own.
        os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
        with _quiet_stderr():
            import keras
            import tensorflow as tf
        tf.get_logger().setLevel("ERROR")

        try:
            from absl import logging as absl_logging

            absl_logging.set_verbosity(absl_logging.ERROR)
        except ImportError:
            pass
        _imported = True
        return keras


def import_tensorflow():
    import_keras()
    return sys.modules["tensorflow"]


class _quiet_stderr:
    def __enter__(self):
        try:
            sys.stderr.flush()
            self._saved = os.dup(2)
            self._file = tempfile.TemporaryFile()
            os.dup2(self._file.fileno(), 2)
        except OSError:  # no real fd 2 (e.g. some IDE consoles): nothing to hide
            self._saved = None
        return self

    def __exit__(self, exc_type, exc, tb):
        if self._saved is None:
            return False
        os.dup2(self._saved, 2)
        os.close(self._saved)
        if exc_type is not None:
            self._file.seek(0)
            sys.stderr.write(self._file.read().decode(errors="replace"))
        self._file.close()
        return False
