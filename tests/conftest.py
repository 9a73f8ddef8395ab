"""Fake ImageNet weights for the Pretrained layer: no test may download the real ones.

`fake_weights(application, input_shape)` builds the keras.applications base with weights=None,
calibrates its batch normalization statistics on random images (random weights alone shrink the
features to ~1e-13 over 50 layers, which would hide whether anything trains), and writes them in
Keras's legacy .h5 layout to exactly the path playground.core.network.transfer names.

Every test also lets go of the Keras models it trained (see `_keras_models_released`); `restored`
puts the `playground` logger and the exception hooks back after a test that sets up the logs.
"""

import ctypes
import gc
import logging
import sys

import pytest

TRIM_AFTER_MB = 64  # growth since the last trim that is worth handing back


def _resident_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * 4096 / 2**20
    except OSError:  # not Linux
        return 0.0


def _malloc_trim():
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


_TRIM = _malloc_trim()
_trimmed_at = [_resident_mb()]


@pytest.fixture(autouse=True, scope="session")
def _logs_kept_out_of_the_users_folder(tmp_path_factory):
    """The commands the tests start (`python -m playground train …`) write their log file under
    XDG_DATA_HOME on Linux: a folder of the test run's, not the user's data folder."""
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data_home")))
    yield
    mp.undo()


@pytest.fixture
def restored():
    """`logs.set_up` changes the `playground` logger and the exception hooks: put them back after the test."""
    from playground import logs

    logger = logging.getLogger("playground")
    before = logger.handlers[:], logger.level, logger.propagate, sys.excepthook, logs.threading.excepthook
    folder = logs._folder[0]
    yield
    for handler in logs._installed:
        handler.close()
    logs._installed.clear()
    logger.handlers[:], logger.level, logger.propagate = before[0], before[1], before[2]
    sys.excepthook, logs.threading.excepthook = before[3], before[4]
    logs._folder[0] = folder


@pytest.fixture(autouse=True)
def _memory_released():
    """After each test, heap memory the test freed goes back to the system: glibc keeps freed
    memory in its arenas (TensorFlow's threads use many); trimming after a test that grew the
    process returns about half of it."""
    yield
    if _TRIM is not None and _resident_mb() - _trimmed_at[0] > TRIM_AFTER_MB:
        gc.collect()  # models sit in reference cycles: free them first
        _TRIM(0)
        _trimmed_at[0] = _resident_mb()


def write_fake_weights(application: str, input_shape: tuple[int, ...]):
    import h5py
    import numpy as np

    from playground.core.network import transfer
    from playground.training.tf_setup import import_keras

    keras = import_keras()
    shape = transfer.base_shape(input_shape)
    base = getattr(keras.applications, application)(include_top=False, weights=None, input_shape=shape)
    norms = [layer for layer in base.layers if isinstance(layer, keras.layers.BatchNormalization)]
    if norms:
        probe = keras.Model(base.inputs[0], [layer.input for layer in norms])
        x = np.random.default_rng(0).uniform(-1, 1, (4, *shape)).astype(np.float32)
        for i, layer in enumerate(norms):  # each in turn: its input depends on the ones before
            a = np.asarray(probe(x)[i])
            layer.moving_mean.assign(a.mean(axis=(0, 1, 2)))
            layer.moving_variance.assign(a.var(axis=(0, 1, 2)))
    path = transfer.weights_path(application, input_shape)
    path.parent.mkdir(parents=True, exist_ok=True)
    with h5py.File(path, "w") as f:  # what load_weights reads from Keras's own files, layer by layer
        f.attrs["layer_names"] = [layer.name.encode() for layer in base.layers]
        for layer in base.layers:
            group = f.create_group(layer.name)
            weights = [*layer.trainable_weights, *layer.non_trainable_weights]
            group.attrs["weight_names"] = [f"w{i}".encode() for i in range(len(weights))]
            for i, w in enumerate(weights):
                group.create_dataset(f"w{i}", data=w.numpy())
    return path


@pytest.fixture(scope="session")
def fake_weights_dir(tmp_path_factory):
    """A Keras home holding fake MobileNetV2 weights for images up to 32×32 (digits, shapes…)."""
    home = tmp_path_factory.mktemp("keras_home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KERAS_HOME", str(home))
        write_fake_weights("MobileNetV2", (28, 28, 1))
    return home


@pytest.fixture
def pretrained_home(fake_weights_dir, monkeypatch):
    """KERAS_HOME is the fake weights' home for this test."""
    monkeypatch.setenv("KERAS_HOME", str(fake_weights_dir))
    return fake_weights_dir
