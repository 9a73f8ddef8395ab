import os

import numpy as np
import pytest

from playground.core.data import keras_sets
from playground.core.data.keras_sets import KERAS_SETS, MAXLEN, WORDS, NotPrepared


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    return tmp_path


def _write(name, **arrays):
    path = keras_sets.prepared_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **arrays)
    return path


def _fake(name, n=12, rng=None):
    rng = rng or np.random.default_rng(0)
    spec = KERAS_SETS[name]
    if name == "boston_housing":
        return rng.random((n, 13)).astype(np.float32), (rng.random(n) * 50).astype(np.float32)
    y = rng.integers(0, len(spec.class_names), n).astype(np.int64)
    if spec.text:
        return rng.integers(0, WORDS, (n, MAXLEN)).astype(np.int32), y
    return rng.integers(0, 256, (n, *spec.input_shape)).astype(np.uint8), y


def test_paths_follow_keras_home(home, monkeypatch, tmp_path_factory):
    assert keras_sets.keras_home() == home
    assert keras_sets.prepared_path("mnist") == home / "datasets" / "playground" / "mnist.npz"
    monkeypatch.delenv("KERAS_HOME")
    user = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("HOME", str(user))
    assert keras_sets.keras_home() == user / ".keras"


@pytest.mark.parametrize("name", sorted(KERAS_SETS))
def test_load_reads_the_prepared_pool(name):
    x, y = _fake(name)
    _write(name, x=x, y=y)
    assert keras_sets.is_prepared(name)
    got_x, got_y = keras_sets.load(name)
    np.testing.assert_array_equal(got_x, x)
    np.testing.assert_array_equal(got_y, y)
    assert got_x.shape[1:] == KERAS_SETS[name].input_shape
    assert (got_x.dtype, got_y.dtype) == (x.dtype, y.dtype)


def test_load_is_cached_until_the_file_changes():
    x, y = _fake("mnist")
    path = _write("mnist", x=x, y=y)
    first = keras_sets.load("mnist")
    assert keras_sets.load("mnist")[0] is first[0]
    with pytest.raises(ValueError):  # shared between callers, so read-only
        first[0][0, 0, 0, 0] = 1
    x2, y2 = _fake("mnist", n=5)
    _write("mnist", x=x2, y=y2)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert keras_sets.load("mnist")[0].shape[0] == 5


def test_missing_file_says_what_to_do(home):
    assert not keras_sets.is_prepared("mnist")
    with pytest.raises(NotPrepared) as info:
        keras_sets.load("mnist")
    text = str(info.value)
    assert "MNIST is not on this computer yet" in text
    assert "under Keras book datasets in the Data panel to download it" in text and "11 MB" in text
    assert f"mnist.npz into {home / 'datasets'}{os.sep}" in text
    assert isinstance(info.value, ValueError)


def test_copy_hints_name_kerass_files(home):
    assert "cifar-10-python.tar.gz" in keras_sets.copy_hint("cifar10")
    assert "rename it cifar-10-batches-py-target_archive" in keras_sets.copy_hint("cifar10")
    fashion = keras_sets.copy_hint("fashion_mnist")
    assert "t10k-images-idx3-ubyte.gz" in fashion and str(home / "datasets" / "fashion-mnist") in fashion


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"not an npz at all", "damaged"),
        ("npy", "single array"),
        ("no_y", "lacks y"),
        ("flat", "expected uint8 (n, 28, 28, 1)"),
        ("labels", "labels outside 0..9"),
        ("truncated", "damaged"),
    ],
)
def test_damaged_file_says_so(content, reason):
    x, y = _fake("mnist")
    path = keras_sets.prepared_path("mnist")
    path.parent.mkdir(parents=True)
    if content == "npy":
        with open(path, "wb") as f:
            np.save(f, x)
    elif content == "no_y":
        _write("mnist", x=x)
    elif content == "flat":
        _write("mnist", x=x.reshape(len(x), -1), y=y)
    elif content == "labels":
        _write("mnist", x=x, y=y + 10)
    elif content == "truncated":
        _write("mnist", x=x, y=y)
        path.write_bytes(path.read_bytes()[:300])
    else:
        path.write_bytes(content)
    with pytest.raises(ValueError) as info:
        keras_sets.load("mnist")
    assert not isinstance(info.value, NotPrepared)
    text = str(info.value)
    assert f"The prepared file {path} is damaged" in text and reason in text and "choose the set again" in text


def test_text_ids_must_fit_the_vocabulary():
    x, y = _fake("imdb")
    x[0, 0] = WORDS
    _write("imdb", x=x, y=y)
    with pytest.raises(ValueError, match="word ids outside"):
        keras_sets.load("imdb")


def test_unknown_name():
    with pytest.raises(ValueError, match="unknown Keras dataset 'mnistt'"):
        keras_sets.prepared_path("mnistt")


@pytest.mark.parametrize("name", sorted(KERAS_SETS))
def test_table_is_consistent(name):
    spec = KERAS_SETS[name]
    classes = len(spec.class_names)
    assert {"multiclass": classes > 2, "classification": classes == 2, "regression": classes == 0}[spec.problem]
    assert len(set(spec.class_names)) == classes
    assert spec.text == (name in ("imdb", "reuters"))
    if spec.text:
        assert spec.input_shape == (MAXLEN,)
    assert spec.files and spec.download_mb == pytest.approx(sum(f.size for f in spec.files) / 1e6)
    assert spec.title.startswith(spec.short_title + ": ")
    for f in spec.files:
        assert f.url.startswith("https://") and f.size > 0
        assert len(f.sha256) in (0, 64)


def test_table_matches_the_brief():
    assert [KERAS_SETS[n].input_shape for n in ("mnist", "fashion_mnist", "cifar10", "imdb", "reuters")] == [
        (28, 28, 1),
        (28, 28, 1),
        (32, 32, 3),
        (MAXLEN,),
        (MAXLEN,),
    ]
    assert KERAS_SETS["boston_housing"].input_shape == (13,)
    assert KERAS_SETS["mnist"].class_names == tuple("0123456789")
    assert KERAS_SETS["fashion_mnist"].class_names[9] == "Ankle boot"
    assert KERAS_SETS["cifar10"].class_names[0] == "airplane"
    assert len(KERAS_SETS["reuters"].class_names) == 46
    assert KERAS_SETS["imdb"].class_names == ("negative", "positive")
    assert (WORDS, MAXLEN) == (10_000, 200)
