"""A corpus of hostile data files, kept runs, lessons and .keras archives (issue 18).

Each case is refused with a message naming the problem (a substring of it), or accepted with the
right result (shape, classes, problem). Big inputs are made cheaply: a sparse file, a header of a
million commas, a PNG whose header declares 400 million pixels, an .npy header declaring 10¹² values.
Experiment files and the commands are `test_hostile_corpus.py`; .keras files read by Keras itself
are `tests/training/files/test_keras_hostile.py`.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib

import numpy as np
import pytest

from playground.core.data import csv_import, image_import, npz_import
from playground.core.data.imported import ImportFailed
from playground.core.errors import ExperimentError
from playground.core.experiment.config import default_experiment
from playground.core.runs.run_history import RunHistory
from playground.core.teaching import lessons
from playground.training.files import keras_archive

OK = None


def _rows(n: int, target=lambda i: i % 2) -> bytes:
    return b"a,b,y\n" + b"".join(f"{i},{(i * 7) % 5},{target(i)}\n".encode() for i in range(n))


# (id, file bytes or a function of the path writing it, substring of the refusal, or the expected
# (x shape, problem, classes) when accepted).
CSV_CASES = [
    ("empty", b"", "is empty"),
    ("header-only", b"a,b,y\n", "has a header but 0 data row(s)"),
    ("one-column", b"y\n1\n2\n3\n", "the first row names one column"),
    ("ragged-short", b"a,b,y\n1,2,0\n3,1\n4,5,1\n", "row 3: 2 values but the header names 3 columns"),
    ("ragged-long", b"a,b,y\n1,2,0\n3,1,1,9\n4,5,1\n", "row 3: 4 values but the header names 3 columns"),
    ("latin-1", "a,b,y\n1,2,caf\xe9\n3,4,th\xe9\n".encode("latin-1"), "not UTF-8 text"),
    ("utf-16", "a,b,y\n1,2,0\n".encode("utf-16"), "line 1: not UTF-8 text"),
    ("nul-bytes", b"a,b,y\n1,\0,0\n3,4,1\n", "is not a text file"),
    ("binary", bytes(range(256)) * 4, "line 2: not UTF-8 text"),
    ("huge-cell", b"a,b,y\n1,2,0\n" + b"x" * 2_000_000 + b",4,1\n", "a cell of more than 131,072 characters"),
    ("only-separators", b"," * 1_000_000 + b"\n", "holds no values, only separators"),
    (
        "million-columns",
        lambda p: p.write_bytes(b",".join(b"c%d" % i for i in range(10**6)) + b"\n1\n"),
        "has 1000000 columns",
    ),
    (
        "10001-columns",
        lambda p: p.write_bytes(b",".join(b"c%d" % i for i in range(10_001)) + b"\n"),
        "has 10001 columns",
    ),
    ("over-200-MB", lambda p: _sparse(p, csv_import.MAX_BYTES + 1), "is larger than 200 MB"),
    ("duplicate-columns", b"a,a,y\n1,2,0\n3,4,1\n", "two columns are called 'a'"),
    ("unclosed-quote", b'a,b,y\n"1,2,0\n3,4,1\n', "has a header but 1 data row(s)"),
    ("inf-target", b"a,b,y\n1,2,0.5\n3,4,inf\n5,6,1.5\n", "row 3: column 'y' holds 'inf', not a finite number"),
    ("neg-inf-target", b"a,b,y\n1,2,0.5\n3,4,-inf\n5,6,1.5\n", "row 3: column 'y' holds '-inf'"),
    ("inf-input", b"a,b,y\n1,2,0\n3,Infinity,1\n5,6,0\n", "holds 'Infinity', not a finite number"),
    ("regression-inf-row-7", _rows(5, lambda i: i * 0.37) + b"1,2,inf\n", "row 7: column 'y' holds 'inf'"),
    ("nan-target-dropped", b"a,b,y\n1,2,0\n3,4,\n5,6,1\n7,8,0\n", ((3, 2), "classification", ("0", "1"))),
    ("nan-word-target-dropped", b"a,b,y\n1,2,0\n3,4,NaN\n5,6,1\n7,8,0\n", ((3, 2), "classification", ("0", "1"))),
    ("bom", b"\xef\xbb\xbf" + _rows(4), ((4, 2), "classification", ("0", "1"))),
    ("crlf", _rows(4).replace(b"\n", b"\r\n"), ((4, 2), "classification", ("0", "1"))),
    ("semicolons", _rows(4).replace(b",", b";"), ((4, 2), "classification", ("0", "1"))),
    ("text-inputs-one-hot", b"a,b,y\nfoo,2,0\nbar,4,1\nbaz,5,0\n", ((3, 4), "classification", ("0", "1"))),
    ("regression", _rows(30, lambda i: i * 0.37), ((30, 2), "regression", ())),
    ("multiclass", _rows(30, lambda i: "abc"[i % 3]), ((30, 2), "multiclass", ("a", "b", "c"))),
    ("one-class", b"a,b,y\n1,2,0\n3,4,0\n5,6,0\n", "has only one class (0.0)"),
]


def _sparse(path, size):
    with open(path, "wb") as fh:
        fh.truncate(size)


@pytest.mark.parametrize("content, expected", [c[1:] for c in CSV_CASES], ids=[c[0] for c in CSV_CASES])
def test_a_csv_is_refused_by_name_or_read(tmp_path, content, expected):
    path = tmp_path / "t.csv"
    content(path) if callable(content) else path.write_bytes(content)
    if isinstance(expected, tuple):
        found = csv_import.load(str(path))
        assert (found.x.shape, found.problem, found.classes) == expected
        assert np.isfinite(found.x).all() and np.isfinite(found.y).all()
        return
    with pytest.raises(ImportFailed) as info:
        csv_import.load(str(path))
    assert expected in str(info.value)


def _npz(path, members: dict) -> None:
    """An .npz written member by member: arrays as np.save writes them, or raw bytes."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, value in members.items():
            if isinstance(value, bytes):
                archive.writestr(f"{name}.npy", value)
            else:
                buffer = io.BytesIO()
                np.save(buffer, value, allow_pickle=True)
                archive.writestr(f"{name}.npy", buffer.getvalue())


def _npy(array) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def _header(shape, descr="<f8", data=b"") -> bytes:
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": descr, "fortran_order": False, "shape": shape})
    return buffer.getvalue() + data


X, Y = np.random.default_rng(0).random((20, 3)), np.arange(20) % 2
NPZ_CASES = [
    ("not-a-zip", b"hello, not an archive", "is not an .npz file (not a zip archive"),
    ("empty-file", b"", "is not an .npz file"),
    ("lone-npy", lambda p: p.write_bytes(_npy(X)), "holds one array, not named arrays"),
    ("truncated-zip", lambda p: (np.savez(p, x=X, y=Y), p.write_bytes(p.read_bytes()[:300])), "File is not a zip file"),
    ("object-x", {"x": np.array([1, {}], dtype=object), "y": np.arange(2)}, "array 'x' holds Python objects"),
    (
        "object-class-names",
        {"x": X, "y": Y, "class_names": np.array(["a", None], dtype=object)},
        "array 'class_names' holds Python objects",
    ),
    ("huge-header-shape", {"x": _header((10**12,)), "y": Y}, "array 'x' of shape (1000000000000,) takes"),
    ("huge-2d-header", {"x": _header((10**6, 10**4), "<f4"), "y": Y}, "takes 40,000 MB"),
    ("header-larger-than-data", {"x": _header((1000, 2), data=b"\0" * 16), "y": Y}, "array 'x' cannot be read"),
    ("garbage-member", {"x": b"\x93NUMPY garbage", "y": Y}, "array 'x' cannot be read"),
    ("too-many-arrays", {f"a{i}": np.zeros(1) for i in range(101)}, "holds 101 arrays"),
    ("no-x-y", {"a": X, "b": Y}, "needs arrays named x and y"),
    ("empty-archive", {}, "needs arrays named x and y"),
    ("mismatched-lengths", {"x": X, "y": Y[:19]}, "x has 20 samples but y has 19"),
    ("scalar-x", {"x": np.float64(3), "y": Y}, "must be arrays with one row per sample"),
    ("one-sample", {"x": X[:1], "y": Y[:1]}, "x holds 1 sample(s)"),
    ("nan-x", {"x": np.where(X > 0.9, np.nan, X), "y": Y}, "missing or infinite value(s)"),
    ("inf-x", {"x": np.where(X > 0.9, np.inf, X), "y": Y}, "missing or infinite value(s)"),
    ("nan-y", {"x": X, "y": np.where(Y > 0, np.nan, 0.5)}, "y is missing at sample 1"),
    ("text-x", {"x": np.array([["a", "b"]] * 20), "y": Y}, "x holds <U1 values; it must hold numbers"),
    ("complex-x", {"x": X.astype(complex), "y": Y}, "it must hold numbers"),
    ("x-5d", {"x": np.zeros((20, 2, 2, 2, 2)), "y": Y}, "use (n, features), (n, time, features) or (n, h, w, c)"),
    ("y-2d-not-one-hot", {"x": X, "y": np.ones((20, 3))}, "give one target per sample (or one-hot rows)"),
    ("class-names-count", {"x": X, "y": Y, "class_names": np.array(["a", "b", "c"])}, "lists 3 names but y has 2"),
    ("weights-length", {"x": X, "y": Y, "sample_weight": np.ones(5)}, "sample_weight"),
    (
        "train-test-shapes",
        {"x_train": X, "y_train": Y, "x_test": np.zeros((5, 4)), "y_test": Y[:5]},
        "x_test samples are (4,) but x_train's are (3,)",
    ),
    ("ok", {"x": X, "y": Y}, ((20, 3), "classification", ("0", "1"))),
    (
        "ok-keras-split",
        {"x_train": X, "y_train": Y, "x_test": X[:5], "y_test": Y[:5]},
        ((25, 3), "classification", ("0", "1")),
    ),
    ("ok-one-hot", {"x": X, "y": np.eye(3)[np.arange(20) % 3]}, ((20, 3), "multiclass", ("0", "1", "2"))),
    ("ok-grey-images", {"x": np.zeros((20, 8, 8), np.uint8), "y": Y}, ((20, 8, 8, 1), "classification", ("0", "1"))),
]


@pytest.mark.parametrize("content, expected", [c[1:] for c in NPZ_CASES], ids=[c[0] for c in NPZ_CASES])
def test_an_npz_is_refused_by_name_or_read(tmp_path, content, expected):
    path = tmp_path / "d.npz"
    if callable(content):
        content(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        _npz(path, content)
    if isinstance(expected, tuple):
        found = npz_import.load(str(path))
        assert (found.x.shape, found.problem, found.classes) == expected
        return
    with pytest.raises(ImportFailed) as info:
        npz_import.load(str(path))
    assert expected in str(info.value)


def _png(path, width: int, height: int) -> None:
    """A PNG whose header declares width × height pixels over a few bytes of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def _pictures(folder, classes=("cat", "dog"), n=3):
    from PIL import Image

    for c in classes:
        (folder / c).mkdir(parents=True, exist_ok=True)
        for i in range(n):
            Image.new("RGB", (10, 10), (i * 40, 80, 0)).save(folder / c / f"{i}.png")


def _with(change):
    def make(folder):
        _pictures(folder)
        change(folder)

    return make


IMAGE_CASES = [
    ("two-classes", _pictures, ((6, 16, 16, 3), ("cat", "dog"))),
    ("three-classes", lambda f: _pictures(f, ("a", "b", "c")), ((9, 16, 16, 3), ("a", "b", "c"))),
    ("empty-folder", lambda f: f.mkdir(), "found 0"),
    ("one-class", lambda f: _pictures(f, ("cat",)), "found 1"),
    ("not-a-folder", lambda f: f.write_bytes(b"x"), "is not a folder"),
    ("missing", lambda f: None, "is not a folder"),
    ("not-an-image", _with(lambda f: (f / "cat" / "x.png").write_text("not an image")), "is not a picture (PNG, JPEG"),
    ("empty-png", _with(lambda f: (f / "cat" / "z.png").write_bytes(b"")), "z.png in"),
    ("bomb-400-megapixels", _with(lambda f: _png(f / "cat" / "big.png", 20_000, 20_000)), "big.png in"),
    ("bomb-100-megapixels", _with(lambda f: _png(f / "dog" / "big.png", 10_000, 10_000)), "10000×10000 pixels"),
    ("bomb-41-megapixels", _with(lambda f: _png(f / "dog" / "big.png", 41_000, 1_000)), "up to 40 million"),
    ("class-without-images", _with(lambda f: (f / "bird").mkdir()), "bird holds no images"),
    (
        "text-files-only",
        lambda f: [(f / c).mkdir(parents=True) or (f / c / "r.txt").write_text("x") for c in "ab"],
        "holds no images",
    ),
]


@pytest.mark.parametrize("make, expected", [c[1:] for c in IMAGE_CASES], ids=[c[0] for c in IMAGE_CASES])
def test_an_image_folder_is_refused_by_name_or_read(tmp_path, make, expected):
    folder = tmp_path / "pictures"
    make(folder)
    if isinstance(expected, tuple):
        found = image_import.load(str(folder), 16)
        assert (found.x.shape, found.classes) == expected
        return
    with pytest.raises(ImportFailed) as info:
        image_import.load(str(folder), 16)
    assert expected in str(info.value)


def _keras_config(*layers, input_shape=(2,), kind="Sequential") -> dict:
    inputs = {"class_name": "InputLayer", "config": {"name": "input", "batch_shape": [None, *input_shape]}}
    return {"class_name": kind, "config": {"name": "m", "layers": [inputs, *layers]}}


def _layer(kind="Dense", name="dense", **config) -> dict:
    return {"class_name": kind, "config": {"name": name, "trainable": True, **config}}


def _keras(path, config=None, members=None) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        if config is not None:
            archive.writestr("config.json", config if isinstance(config, (bytes, str)) else json.dumps(config))
        for name, data in (members or {}).items():
            archive.writestr(name, data)


def _bomb(path) -> None:
    """A zip whose directory says one member unpacks to 5 GB."""
    _keras(path, _keras_config(_layer(units=1)), {"model.weights.h5": b"\0" * 10})
    data = bytearray(path.read_bytes())
    entry = data.rfind(b"PK\x01\x02")  # the last member's central directory entry
    data[entry + 24 : entry + 28] = struct.pack("<I", 0xFFFF_FFF0)
    zipfile.ZipFile(io.BytesIO(data)).infolist()  # still a readable directory
    path.write_bytes(bytes(data))


def _many_members(path) -> None:
    _keras(path, _keras_config(_layer(units=1)), {f"assets/{i}": b"" for i in range(1001)})


WIDE = [_layer(name=f"dense_{i}", units=60_000) for i in range(3)]
KERAS_CASES = [
    ("not-a-zip", lambda p: p.write_text("hello"), "is not a Keras .keras file (not a zip archive)"),
    ("empty-file", lambda p: p.write_bytes(b""), "not a zip archive"),
    ("missing", lambda p: None, "does not exist"),
    ("no-config", lambda p: _keras(p, None, {"metadata.json": "{}"}), "has no config.json"),
    ("config-not-json", lambda p: _keras(p, b"{not json"), "its config.json is not valid JSON"),
    ("config-deep", lambda p: _keras(p, b"[" * 100_000 + b"]" * 100_000), "nested deeper than 100 levels"),
    ("config-list", lambda p: _keras(p, b"[]"), "does not describe a model"),
    (
        "lambda",
        lambda p: _keras(p, _keras_config(_layer("Lambda", "code", function={}))),
        "layer 'code' is a Lambda: it contains code",
    ),
    (
        "nested-lambda",
        lambda p: _keras(p, _keras_config(_layer("Functional", "base", layers=[_layer("Lambda", "f")]))),
        "layer 'f' is a Lambda",
    ),
    ("units-1e9", lambda p: _keras(p, _keras_config(_layer(units=10**9))), "has units = 1,000,000,000"),
    ("units-string", lambda p: _keras(p, _keras_config(_layer(units="9"))), "has units = '9'"),
    (
        "filters-1e6",
        lambda p: _keras(
            p, _keras_config(_layer("Conv2D", "c", filters=10**6, kernel_size=[3, 3]), input_shape=(8, 8, 1))
        ),
        "has filters = 1,000,000",
    ),
    ("no-units", lambda p: _keras(p, _keras_config(_layer(activation="relu"))), "is a Dense without units"),
    ("too-large", lambda p: _keras(p, _keras_config(*WIDE)), "dense_1 would hold 3,600,060,000 weights"),
    (
        "layers-1000",
        lambda p: _keras(p, _keras_config(*[_layer(name=f"d{i}", units=2) for i in range(1000)])),
        "its model has 1,000 layers",
    ),
    ("zip-bomb", _bomb, "would unpack to"),
    ("many-members", _many_members, "holds 1,002 files"),
    ("small-ok", lambda p: _keras(p, _keras_config(_layer(units=4), _layer(name="out", units=1))), OK),
]


@pytest.mark.parametrize("make, expected", [c[1:] for c in KERAS_CASES], ids=[c[0] for c in KERAS_CASES])
def test_a_keras_file_is_checked_as_data_before_keras_opens_it(tmp_path, make, expected):
    path = tmp_path / "m.keras"
    make(path)
    if expected is OK:
        assert keras_archive.check(path)["class_name"] == "Sequential"
        return
    with pytest.raises(ExperimentError) as info:
        keras_archive.check(path)
    assert expected in str(info.value)


RUN = {"number": 1, "experiment": default_experiment().to_dict(), "rows": [{"epoch": 1, "loss": 0.5}]}
RUNS_CASES = [
    ("not-json", "[{", "is not valid JSON"),
    ("deep", "[" * 100_000 + "]" * 100_000, "nested deeper than 100 levels"),
    ("digits", "[" + "1" * 5000 + "]", "more than 4,300 digits"),
    ("object", "{}", "must be a list of runs"),
    ("run-not-object", "[1]", 'must look like {"number": 1'),
    ("bad-experiment", json.dumps([{**RUN, "experiment": {"format": "x"}}]), "runs[0].experiment.format"),
    ("rows-not-list", json.dumps([{**RUN, "rows": {}}]), "runs[0].rows: must be a list of rows"),
    ("ok", json.dumps([RUN, {**RUN, "number": 2}]), OK),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in RUNS_CASES], ids=[c[0] for c in RUNS_CASES])
def test_kept_runs_are_refused_by_name_or_read(text, expected):
    if expected is OK:
        assert [run.number for run in RunHistory.loads(text).runs] == [1, 2]
        return
    with pytest.raises(ExperimentError) as info:
        RunHistory.loads(text)
    assert expected in str(info.value)


LESSON = json.loads((lessons.LESSONS_DIR / "01_zero_init.json").read_text(encoding="utf-8"))
LESSON_CASES = [
    ("not-json", b"{", "is not valid JSON"),
    ("deep", b"[" * 100_000 + b"]" * 100_000, "nested deeper than 100 levels"),
    ("latin-1", b'{"title": "caf\xe9"}', "cannot be read"),
    ("list", b"[]", "must be a JSON object"),
    ("bad-experiment", json.dumps({**LESSON, "experiment": {"format": "x"}}).encode(), "experiment.format"),
    ("bom", b"\xef\xbb\xbf" + json.dumps(LESSON).encode(), OK),
]


@pytest.mark.parametrize("content, expected", [c[1:] for c in LESSON_CASES], ids=[c[0] for c in LESSON_CASES])
def test_a_lesson_is_refused_by_name_or_read(tmp_path, content, expected):
    path = tmp_path / "01_lesson.json"
    path.write_bytes(content)
    if expected is OK:
        assert lessons.load(path).experiment().seed == LESSON["experiment"].get("seed", 0)
        return
    with pytest.raises(ExperimentError) as info:
        lessons.load(path)
    assert expected in str(info.value) and "01_lesson.json" in str(info.value)
