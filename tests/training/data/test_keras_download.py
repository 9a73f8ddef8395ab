"""keras_download.prepare against fake files: no test here may reach the network.

urlopen is replaced by a fake server (or by a tripwire), and the hashes of the fake files replace
Keras's in both hash checks (ours and get_file's), so the real keras.datasets loaders read them.
"""

import dataclasses
import gzip
import hashlib
import io
import urllib.error
import urllib.request

import numpy as np
import pytest

from playground.core.data import keras_sets
from playground.core.data.keras_sets import KERAS_SETS, MAXLEN, WORDS
from playground.training.data import keras_download
from playground.training.data.keras_download import DownloadCancelled, DownloadFailed
from playground.training.tf_setup import import_keras

GOOGLE = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"


class Response(io.BytesIO):
    def __init__(self, data: bytes, length: int | None = None, fail_after: int | None = None):
        super().__init__(data)
        self.headers = {"Content-Length": str(len(data) if length is None else length)}
        self.fail_after = fail_after

    def read(self, n=-1):
        if self.fail_after is not None and self.tell() >= self.fail_after:
            raise TimeoutError("timed out")
        return super().read(n)


@pytest.fixture
def home(tmp_path, monkeypatch):
    """KERAS_HOME in tmp_path, for us and for the already imported Keras; the network is off."""
    keras = import_keras()
    from keras.src.backend import config
    from keras.src.utils import file_utils

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    monkeypatch.setattr(config, "_KERAS_DIR", str(tmp_path))

    def no_network(*args, **kwargs):
        raise AssertionError(f"a test tried to reach the network: {args}")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    monkeypatch.setattr(urllib.request, "urlretrieve", no_network)
    # The fake files cannot have Keras's hashes; our check uses the fakes' (see `fake_hashes`).
    monkeypatch.setattr(file_utils, "validate_file", lambda *args, **kwargs: True)
    monkeypatch.setattr(keras_download, "CHUNK", 1000)  # several progress reports per file
    assert keras is not None
    return tmp_path


def fake_hashes(monkeypatch, name, served: dict[str, bytes]):
    """Gives the set's files the hashes of the fake data, where Keras checks one."""
    spec = KERAS_SETS[name]
    files = tuple(
        dataclasses.replace(f, sha256=hashlib.sha256(served[f.url]).hexdigest() if f.sha256 else "") for f in spec.files
    )
    monkeypatch.setitem(KERAS_SETS, name, dataclasses.replace(spec, files=files))


def serve(monkeypatch, served: dict[str, bytes], **response):
    calls = []

    def urlopen(url, timeout=None):
        calls.append((url, timeout))
        return Response(served[url], **response)

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    return calls


def leftovers(home):
    return sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())


def npz_bytes(**arrays):
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def ragged(rows):
    array = np.empty(len(rows), dtype=object)
    array[:] = rows
    return array


def fake_mnist(rng=None):
    rng = rng or np.random.default_rng(0)
    return npz_bytes(
        x_train=rng.integers(0, 256, (30, 28, 28), dtype=np.uint8),
        y_train=rng.integers(0, 10, 30).astype(np.uint8),
        x_test=rng.integers(0, 256, (10, 28, 28), dtype=np.uint8),
        y_test=rng.integers(0, 10, 10).astype(np.uint8),
    )


MNIST = GOOGLE + "mnist.npz"


def test_download_reports_progress_and_writes_the_prepared_file(home, monkeypatch):
    data = fake_mnist()
    fake_hashes(monkeypatch, "mnist", {MNIST: data})
    calls = serve(monkeypatch, {MNIST: data})
    reports = []
    path = keras_download.prepare("mnist", progress=lambda done, total: reports.append((done, total)))

    assert calls == [(MNIST, keras_download.TIMEOUT)]
    assert len(reports) > 3
    dones = [done for done, _ in reports]
    assert dones == sorted(dones) and len(set(dones)) == len(dones)
    assert all(total == len(data) for _, total in reports)
    assert reports[-1] == (len(data), len(data))

    assert path == keras_sets.prepared_path("mnist")
    assert (home / "datasets" / "mnist.npz").read_bytes() == data  # where Keras caches it
    x, y = keras_sets.load("mnist")
    assert x.shape == (40, 28, 28, 1) and x.dtype == np.uint8
    assert y.shape == (40,) and y.dtype == np.int64
    with np.load(io.BytesIO(data)) as raw:
        np.testing.assert_array_equal(x[:30, ..., 0], raw["x_train"])
        np.testing.assert_array_equal(y[30:], raw["y_test"])
    assert leftovers(home) == ["datasets/mnist.npz", "datasets/playground/mnist.npz"]


def test_offline_says_what_to_do_and_leaves_nothing(home, monkeypatch):
    def offline(url, timeout=None):
        raise urllib.error.URLError(OSError(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(DownloadFailed) as info:
        keras_download.prepare("mnist")
    text = str(info.value)
    assert text.startswith("Could not download MNIST (11 MB) from storage.googleapis.com: ")
    assert "Temporary failure in name resolution" in text
    assert "Check the internet connection" in text
    assert f"copy mnist.npz into {home / 'datasets'}" in text
    assert leftovers(home) == []


def test_a_stalled_download_fails_and_leaves_nothing(home, monkeypatch):
    data = fake_mnist()
    fake_hashes(monkeypatch, "mnist", {MNIST: data})
    serve(monkeypatch, {MNIST: data}, fail_after=3000)
    with pytest.raises(DownloadFailed, match="from storage.googleapis.com: timed out"):
        keras_download.prepare("mnist")
    assert leftovers(home) == []


def test_a_short_download_fails(home, monkeypatch):
    data = fake_mnist()
    fake_hashes(monkeypatch, "mnist", {MNIST: data})
    serve(monkeypatch, {MNIST: data}, length=len(data) + 10)
    with pytest.raises(DownloadFailed, match="the connection closed after"):
        keras_download.prepare("mnist")
    assert leftovers(home) == []


def test_a_damaged_download_fails(home, monkeypatch):
    data = fake_mnist()
    fake_hashes(monkeypatch, "mnist", {MNIST: data})
    serve(monkeypatch, {MNIST: data[:-1] + b"?"})
    with pytest.raises(DownloadFailed, match="arrived damaged"):
        keras_download.prepare("mnist")
    assert leftovers(home) == []


def test_cancel_leaves_nothing(home, monkeypatch):
    data = fake_mnist()
    fake_hashes(monkeypatch, "mnist", {MNIST: data})
    serve(monkeypatch, {MNIST: data})
    reports = []
    with pytest.raises(DownloadCancelled):
        keras_download.prepare("mnist", lambda done, total: reports.append(done), lambda: len(reports) >= 2)
    assert len(reports) == 2
    assert leftovers(home) == []


def test_a_cached_file_is_used_without_the_network(home, monkeypatch):
    data = fake_mnist()
    fake_hashes(monkeypatch, "mnist", {MNIST: data})
    (home / "datasets").mkdir()
    (home / "datasets" / "mnist.npz").write_bytes(data)
    reports = []
    keras_download.prepare("mnist", progress=lambda *a: reports.append(a))  # urlopen is the tripwire
    assert reports == []
    assert keras_sets.load("mnist")[0].shape == (40, 28, 28, 1)


def test_a_cached_file_with_a_wrong_hash_is_downloaded_again(home, monkeypatch):
    data = fake_mnist()
    fake_hashes(monkeypatch, "mnist", {MNIST: data})
    (home / "datasets").mkdir()
    (home / "datasets" / "mnist.npz").write_bytes(data[:100])
    calls = serve(monkeypatch, {MNIST: data})
    keras_download.prepare("mnist")
    assert len(calls) == 1
    assert (home / "datasets" / "mnist.npz").read_bytes() == data


def test_fashion_mnist_downloads_four_files_into_kerass_folder(home, monkeypatch):
    rng = np.random.default_rng(1)

    def labels(n):
        return gzip.compress(bytes(8) + rng.integers(0, 10, n, dtype=np.uint8).tobytes())

    def images(n):
        return gzip.compress(bytes(16) + rng.integers(0, 256, n * 784, dtype=np.uint8).tobytes())

    parts = {
        "train-labels-idx1-ubyte.gz": labels(30),
        "train-images-idx3-ubyte.gz": images(30),
        "t10k-labels-idx1-ubyte.gz": labels(10),
        "t10k-images-idx3-ubyte.gz": images(10),
    }
    calls = serve(monkeypatch, {GOOGLE + name: data for name, data in parts.items()})
    reports = []
    keras_download.prepare("fashion_mnist", progress=lambda done, total: reports.append((done, total)))
    assert [url for url, _ in calls] == [GOOGLE + name for name in parts]
    total = sum(len(d) for d in parts.values())
    dones = [done for done, _ in reports]
    assert dones == sorted(dones) and reports[-1] == (total, total)
    for name, data in parts.items():
        assert (home / "datasets" / "fashion-mnist" / name).read_bytes() == data
    x, y = keras_sets.load("fashion_mnist")
    assert x.shape == (40, 28, 28, 1) and x.dtype == np.uint8 and y.shape == (40,)


def test_an_unreadable_cached_file_is_reported(home, monkeypatch):
    folder = home / "datasets" / "fashion-mnist"
    folder.mkdir(parents=True)
    for f in KERAS_SETS["fashion_mnist"].files:  # Keras checks no hash for these
        (home / "datasets" / f.path).write_bytes(b"not gzip")
    with pytest.raises(DownloadFailed, match="Could not read Fashion-MNIST from .*choose the set again"):
        keras_download.prepare("fashion_mnist")
    assert not keras_sets.is_prepared("fashion_mnist")


def test_reuters_through_kerass_loader(home, monkeypatch):
    rng = np.random.default_rng(2)
    rows = [[int(w) for w in rng.integers(1, 30_000, rng.integers(3, 400))] for _ in range(50)]
    data = npz_bytes(x=ragged(rows), y=rng.integers(0, 46, 50))
    url = GOOGLE + "reuters.npz"
    fake_hashes(monkeypatch, "reuters", {url: data})
    serve(monkeypatch, {url: data})
    keras_download.prepare("reuters")
    x, y = keras_sets.load("reuters")
    assert x.shape == (50, MAXLEN) and x.dtype == np.int32
    assert 0 <= x.min() and x.max() < WORDS
    assert y.dtype == np.int64 and y.max() < 46


def test_text_is_padded_and_cut_at_the_front(home, monkeypatch):
    keras = import_keras()
    seen = {}
    short, long = [1, 5, 6, 7], [1] + [(i % (WORDS - 3)) + 3 for i in range(MAXLEN + 50)]

    def load_data(**kwargs):
        seen.update(kwargs)
        return (ragged([short, long, [1, 2, 9]]), np.array([0, 1, 1])), (ragged([long]), np.array([0]))

    monkeypatch.setattr(keras.datasets.imdb, "load_data", load_data)
    (home / "datasets").mkdir()
    (home / "datasets" / "imdb.npz").write_bytes(b"raw")
    fake_hashes(monkeypatch, "imdb", {GOOGLE + "imdb.npz": b"raw"})
    keras_download.prepare("imdb")

    assert seen == {"num_words": WORDS}
    x, y = keras_sets.load("imdb")
    assert x.shape == (4, MAXLEN) and x.dtype == np.int32
    assert x.max() < WORDS
    assert list(x[0, -4:]) == short and not x[0, :-4].any()  # zeros in front
    assert list(x[1]) == long[-MAXLEN:]  # the review's end is kept
    assert list(y) == [0, 1, 1, 0] and y.dtype == np.int64


def test_cifar10_from_an_older_kerass_archive_name(home, monkeypatch):
    keras = import_keras()
    rng = np.random.default_rng(3)
    # Keras gives (n, 3, 32, 32) when image_data_format is "channels_first"; the pool is channels-last.
    x_train = rng.integers(0, 256, (6, 3, 32, 32), dtype=np.uint8)
    x_test = rng.integers(0, 256, (2, 3, 32, 32), dtype=np.uint8)
    labels = rng.integers(0, 10, (8, 1)).astype(np.uint8)
    monkeypatch.setattr(keras.datasets.cifar10, "load_data", lambda: ((x_train, labels[:6]), (x_test, labels[6:])))
    (home / "datasets").mkdir()
    (home / "datasets" / "cifar-10-batches-py.tar.gz").write_bytes(b"archive")
    fake_hashes(monkeypatch, "cifar10", {"https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz": b"archive"})
    keras_download.prepare("cifar10")
    assert (home / "datasets" / "cifar-10-batches-py-target_archive").read_bytes() == b"archive"
    x, y = keras_sets.load("cifar10")
    assert x.shape == (8, 32, 32, 3) and x.dtype == np.uint8
    np.testing.assert_array_equal(x[0], x_train[0].transpose(1, 2, 0))
    assert y.shape == (8,) and y.dtype == np.int64


def test_boston_housing_is_float32(home, monkeypatch):
    rng = np.random.default_rng(4)
    data = npz_bytes(x=rng.random((40, 13)), y=rng.random(40) * 50)
    url = GOOGLE + "boston_housing.npz"
    fake_hashes(monkeypatch, "boston_housing", {url: data})
    serve(monkeypatch, {url: data})
    keras_download.prepare("boston_housing")
    x, y = keras_sets.load("boston_housing")
    assert x.shape == (40, 13) and x.dtype == np.float32
    assert y.shape == (40,) and y.dtype == np.float32


def test_keras_looking_elsewhere_is_reported_not_downloaded(home, monkeypatch, tmp_path_factory):
    from keras.src.backend import config

    monkeypatch.setattr(config, "_KERAS_DIR", str(tmp_path_factory.mktemp("elsewhere")))
    data = fake_mnist()
    fake_hashes(monkeypatch, "mnist", {MNIST: data})
    (home / "datasets").mkdir()
    (home / "datasets" / "mnist.npz").write_bytes(data)
    with pytest.raises(DownloadFailed, match="set KERAS_HOME before starting the playground"):
        keras_download.prepare("mnist")
