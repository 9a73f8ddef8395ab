"""The classic Keras book datasets (MNIST, Fashion-MNIST, CIFAR-10, IMDB, Reuters, Boston housing).

They are not bundled: `playground.training.data.keras_download.prepare` fetches Keras's own files (or
finds them in Keras's cache) and writes the playground's prepared copy, one npz per set holding the
whole pool (Keras's train and test parts together) as `x` and `y`. This module only knows where
the files live and reads the prepared copy, so it needs neither Keras nor the network.

Arrays as `load` returns them:
    images  uint8 (n, h, w, c)           mnist and fashion_mnist get a channel axis of 1
    text    int32 (n, MAXLEN) word ids   0 = padding, 1 = start, 2 = out of vocabulary, < WORDS
    labels  int64 (n,)                   class numbers
    boston  x float32 (n, 13), y float32 (n,) (median price in $1000s)
"""

from __future__ import annotations

import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP, Message

WORDS = 10_000  # vocabulary of the text sets: Keras's `num_words`
MAXLEN = 200  # words per padded review or newswire

_GOOGLE = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"


@dataclass(frozen=True)
class KerasFile:
    """One file of Keras's cache: where `keras.datasets` keeps it and where it comes from."""

    path: str  # relative to keras_home()/"datasets", with "/" separators
    url: str
    sha256: str = ""  # the hash Keras checks ("" where Keras checks none)
    size: int = 0  # bytes, for the progress bar before the server says

    @property
    def host(self) -> str:
        return self.url.split("/")[2]

    @property
    def download_name(self) -> str:
        return self.url.rsplit("/", 1)[1]


@dataclass(frozen=True)
class KerasSet:
    title: str
    problem: str  # "multiclass", "classification" (two classes) or "regression"
    input_shape: tuple[int, ...]  # one sample, without the batch axis
    class_names: tuple[str, ...]  # () for regression
    download_mb: float  # about what Keras downloads
    text: bool = False  # x holds word ids
    files: tuple[KerasFile, ...] = field(default=(), repr=False)
    # Older Keras versions cached the same file under these names (same content, same hash).
    legacy_names: tuple[str, ...] = field(default=(), repr=False)

    @property
    def short_title(self) -> str:
        """The name alone: MNIST for "MNIST: 70,000 ..."."""
        return self.title.split(":")[0]


def _set(title, problem, input_shape, class_names, files, text=False, legacy_names=()) -> KerasSet:
    mb = sum(f.size for f in files) / 1e6
    return KerasSet(title, problem, input_shape, tuple(class_names), mb, text, tuple(files), tuple(legacy_names))


_FASHION_FILES = (
    ("train-labels-idx1-ubyte.gz", 29_515),
    ("train-images-idx3-ubyte.gz", 26_421_880),
    ("t10k-labels-idx1-ubyte.gz", 5_148),
    ("t10k-images-idx3-ubyte.gz", 4_422_102),
)

# keras.datasets.reuters.get_label_names(), in label order
REUTERS_TOPICS = (
    "cocoa", "grain", "veg-oil", "earn", "acq", "wheat", "copper", "housing", "money-supply", "coffee", "sugar",
    "trade", "reserves", "ship", "cotton", "carcass", "crude", "nat-gas", "cpi", "money-fx", "interest", "gnp",
    "meal-feed", "alum", "oilseed", "gold", "tin", "strategic-metal", "livestock", "retail", "ipi", "iron-steel",
    "rubber", "heat", "jobs", "lei", "bop", "zinc", "orange", "pet-chem", "dlr", "gas", "silver", "wpi", "hog", "lead",
)  # fmt: skip

# The sets' names alone (`KerasSet.short_title`), marked for the window, which shows a title or a
# short title with translate("keras_sets", text).
SHORT_TITLES = (
    QT_TRANSLATE_NOOP("keras_sets", "MNIST"),
    QT_TRANSLATE_NOOP("keras_sets", "Fashion-MNIST"),
    QT_TRANSLATE_NOOP("keras_sets", "CIFAR-10"),
    QT_TRANSLATE_NOOP("keras_sets", "IMDB"),
    QT_TRANSLATE_NOOP("keras_sets", "Reuters"),
    QT_TRANSLATE_NOOP("keras_sets", "Boston housing"),
)

# File names, origins and hashes as in keras/src/datasets/*.py (Keras 3.15). Titles are marked for translation.
KERAS_SETS: dict[str, KerasSet] = {
    "mnist": _set(
        QT_TRANSLATE_NOOP("keras_sets", "MNIST: 70,000 28×28 handwritten digits, 10 classes"),
        "multiclass",
        (28, 28, 1),
        tuple("0123456789"),
        [
            KerasFile(
                "mnist.npz",
                _GOOGLE + "mnist.npz",
                "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1",
                11_490_434,
            )
        ],
    ),
    "fashion_mnist": _set(
        QT_TRANSLATE_NOOP("keras_sets", "Fashion-MNIST: 70,000 28×28 clothing images, 10 classes"),
        "multiclass",
        (28, 28, 1),
        (
            QT_TRANSLATE_NOOP("class_names", "T-shirt/top"),
            QT_TRANSLATE_NOOP("class_names", "Trouser"),
            QT_TRANSLATE_NOOP("class_names", "Pullover"),
            QT_TRANSLATE_NOOP("class_names", "Dress"),
            QT_TRANSLATE_NOOP("class_names", "Coat"),
            QT_TRANSLATE_NOOP("class_names", "Sandal"),
            QT_TRANSLATE_NOOP("class_names", "Shirt"),
            QT_TRANSLATE_NOOP("class_names", "Sneaker"),
            QT_TRANSLATE_NOOP("class_names", "Bag"),
            QT_TRANSLATE_NOOP("class_names", "Ankle boot"),
        ),
        [KerasFile(f"fashion-mnist/{name}", _GOOGLE + name, "", size) for name, size in _FASHION_FILES],
    ),
    "cifar10": _set(
        QT_TRANSLATE_NOOP("keras_sets", "CIFAR-10: 60,000 32×32 colour photos, 10 classes"),
        "multiclass",
        (32, 32, 3),
        (
            QT_TRANSLATE_NOOP("class_names", "airplane"),
            QT_TRANSLATE_NOOP("class_names", "automobile"),
            QT_TRANSLATE_NOOP("class_names", "bird"),
            QT_TRANSLATE_NOOP("class_names", "cat"),
            QT_TRANSLATE_NOOP("class_names", "deer"),
            QT_TRANSLATE_NOOP("class_names", "dog"),
            QT_TRANSLATE_NOOP("class_names", "frog"),
            QT_TRANSLATE_NOOP("class_names", "horse"),
            QT_TRANSLATE_NOOP("class_names", "ship"),
            QT_TRANSLATE_NOOP("class_names", "truck"),
        ),
        [
            # get_file(fname="cifar-10-batches-py-target", extract=True) keeps the archive under
            # this name and unpacks it into "cifar-10-batches-py-target/".
            KerasFile(
                "cifar-10-batches-py-target_archive",
                "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz",
                "6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce",
                170_498_071,
            )
        ],
        legacy_names=("cifar-10-batches-py.tar.gz",),
    ),
    "imdb": _set(
        QT_TRANSLATE_NOOP("keras_sets", "IMDB: 50,000 movie reviews, positive or negative"),
        "classification",
        (MAXLEN,),
        (QT_TRANSLATE_NOOP("class_names", "negative"), QT_TRANSLATE_NOOP("class_names", "positive")),
        [
            KerasFile(
                "imdb.npz",
                _GOOGLE + "imdb.npz",
                "69664113be75683a8fe16e3ed0ab59fda8886cb3cd7ada244f7d9544e4676b9f",
                17_464_789,
            )
        ],
        text=True,
    ),
    "reuters": _set(
        QT_TRANSLATE_NOOP("keras_sets", "Reuters: 11,228 newswires, 46 topics"),
        "multiclass",
        (MAXLEN,),
        REUTERS_TOPICS,
        [
            KerasFile(
                "reuters.npz",
                _GOOGLE + "reuters.npz",
                "d6586e694ee56d7a4e65172e12b3e987c03096cb01eab99753921ef915959916",
                2_110_848,
            )
        ],
        text=True,
    ),
    "boston_housing": _set(
        QT_TRANSLATE_NOOP("keras_sets", "Boston housing: 506 districts, 13 features, median house price"),
        "regression",
        (13,),
        (),
        [
            KerasFile(
                "boston_housing.npz",
                _GOOGLE + "boston_housing.npz",
                "f553886a1f8d56431e820c5b82552d9d95cfcb96d1e678153f8839538947dff5",
                57_026,
            )
        ],
    ),
}


class NotPrepared(ValueError):
    """The set's prepared file is missing; the message (a `core.i18n.Message`) says how to get it."""


def keras_home() -> Path:
    """Keras's cache folder, by Keras's own rule: $KERAS_HOME, else ~/.keras (/tmp/.keras when the
    home folder, or the folder itself, is not writable: keras/src/backend/config.py and get_file)."""
    env = os.environ.get("KERAS_HOME")
    if env:
        base = Path(env).expanduser()
    else:
        home = Path.home()
        base = (home if os.access(home, os.W_OK) else Path("/tmp")) / ".keras"
    if base.exists() and not os.access(base, os.W_OK):
        base = Path("/tmp" if os.path.isdir("/tmp") else tempfile.gettempdir()) / ".keras"
    return base


def datasets_dir() -> Path:
    """Where `keras.datasets` caches its downloads."""
    return keras_home() / "datasets"


def prepared_path(name: str) -> Path:
    keras_set(name)
    return datasets_dir() / "playground" / f"{name}.npz"


def is_prepared(name: str) -> bool:
    return prepared_path(name).is_file()


def size_text(mb: float) -> str:
    return f"{mb * 1000:.0f} kB" if mb < 1 else f"{mb:.0f} MB"


def copy_hint(name: str) -> Message:
    """How to put Keras's file(s) in place by hand, e.g. "copy mnist.npz into /root/.keras/datasets/"
    (a Message, to go into a longer one)."""
    spec = keras_set(name)
    folder = datasets_dir()
    first = spec.files[0]
    sub = first.path.rpartition("/")[0]
    where = f"{folder / sub if sub else folder}{os.sep}"
    if len(spec.files) > 1:
        files = ", ".join(f.download_name for f in spec.files)
        return Message(QT_TRANSLATE_NOOP("keras_sets", "copy {files} into {where}"), files=files, where=where)
    keras_name = first.path.rpartition("/")[2]
    if first.download_name != keras_name:
        return Message(
            QT_TRANSLATE_NOOP("keras_sets", "copy {file} into {where} and rename it {name}"),
            file=first.download_name,
            where=where,
            name=keras_name,
        )
    return Message(QT_TRANSLATE_NOOP("keras_sets", "copy {files} into {where}"), files=keras_name, where=where)


def keras_set(name: str) -> KerasSet:
    """KERAS_SETS[name], with a clear error for an unknown name."""
    try:
        return KERAS_SETS[name]
    except KeyError:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("keras_sets", "unknown Keras dataset {name!r}; known: {known}"),
                name=name,
                known=", ".join(KERAS_SETS),
            )
        ) from None


def _expected(name: str) -> tuple[tuple[int, ...], np.dtype, np.dtype]:
    spec = keras_set(name)
    if name == "boston_housing":
        return spec.input_shape, np.dtype(np.float32), np.dtype(np.float32)
    return spec.input_shape, np.dtype(np.int32 if spec.text else np.uint8), np.dtype(np.int64)


def check_arrays(name: str, x: np.ndarray, y: np.ndarray) -> None:
    """Raises ValueError unless (x, y) has the shapes, types and value ranges `load` promises; its
    message is a `core.i18n.Message`."""
    shape, x_type, y_type = _expected(name)
    spec = KERAS_SETS[name]
    problems: list[Message] = []
    if x.ndim != len(shape) + 1 or x.shape[1:] != shape or x.dtype != x_type:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("keras_sets", "x is {dtype} {shape}, expected {expected} (n, {dims})"),
                dtype=str(x.dtype),
                shape=str(x.shape),
                expected=str(x_type),
                dims=", ".join(map(str, shape)),
            )
        )
    if y.shape != (len(x),) or y.dtype != y_type:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("keras_sets", "y is {dtype} {shape}, expected {expected} ({n},)"),
                dtype=str(y.dtype),
                shape=str(y.shape),
                expected=str(y_type),
                n=len(x),
            )
        )
    if not len(x):
        problems.append(Message(QT_TRANSLATE_NOOP("keras_sets", "it holds no samples")))
    if not problems and spec.class_names and (y.min() < 0 or y.max() >= len(spec.class_names)):
        problems.append(
            Message(QT_TRANSLATE_NOOP("keras_sets", "labels outside 0..{last}"), last=len(spec.class_names) - 1)
        )
    if not problems and spec.text and (x.min() < 0 or x.max() >= WORDS):
        problems.append(Message(QT_TRANSLATE_NOOP("keras_sets", "word ids outside 0..{last}"), last=WORDS - 1))
    if problems:
        told = problems[0]
        for more in problems[1:]:
            told = Message(QT_TRANSLATE_NOOP("keras_sets", "{first}; {then}"), first=told, then=more)
        raise ValueError(told)


def _not_prepared(name: str) -> NotPrepared:
    spec = KERAS_SETS[name]
    return NotPrepared(
        Message(
            QT_TRANSLATE_NOOP(
                "keras_sets",
                "{title} is not on this computer yet: choose it under Keras book datasets in the Data "
                "panel to download it (about {size}), or {hint} and choose it there (it then needs no internet).",
            ),
            title=Message.of("keras_sets", spec.short_title),
            size=size_text(spec.download_mb),
            hint=copy_hint(name),
        )
    )


_cache: dict[str, tuple[tuple, tuple[np.ndarray, np.ndarray]]] = {}
_cache_lock = threading.Lock()


def load(name: str) -> tuple[np.ndarray, np.ndarray]:
    """The whole pool (x, y) of a prepared set (see the module docstring for types and shapes).

    The arrays are shared between calls (kept in memory until the file changes), so they are
    read-only: copy before changing them in place.
    """
    path = prepared_path(name)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise _not_prepared(name) from None
    key = (str(path), stat.st_mtime_ns, stat.st_size)  # the path: KERAS_HOME may change (tests do)
    with _cache_lock:
        hit = _cache.get(name)
        if hit and hit[0] == key:
            return hit[1]
        arrays = _read(name, path)
        _cache[name] = (key, arrays)
        return arrays


def _damaged(path: Path, e: Exception) -> ValueError:
    """The prepared file is broken: why (`e`'s Message, or the text numpy or zipfile gave) and what to do."""
    reason = e.args[0] if len(e.args) == 1 and isinstance(e.args[0], Message) else str(e)
    return ValueError(
        Message(
            QT_TRANSLATE_NOOP(
                "keras_sets",
                "The prepared file {path} is damaged ({reason}): "
                "delete it and choose the set again under Keras book datasets to download it.",
            ),
            path=str(path),
            reason=reason,
        )
    )


def _read(name: str, path: Path) -> tuple[np.ndarray, np.ndarray]:
    try:
        # Our own file handle: np.load leaks its own when the zip inside is broken.
        with open(path, "rb") as handle:
            f = np.load(handle, allow_pickle=False)
            if not isinstance(f, np.lib.npyio.NpzFile):
                raise ValueError(
                    Message(QT_TRANSLATE_NOOP("keras_sets", "it holds a single array, not an npz archive"))
                )
            missing = {"x", "y"} - set(f.files)
            if missing:
                raise ValueError(
                    Message(QT_TRANSLATE_NOOP("keras_sets", "it lacks {arrays}"), arrays=", ".join(sorted(missing)))
                )
            x, y = f["x"], f["y"]
    except FileNotFoundError:
        raise _not_prepared(name) from None
    except Exception as e:  # numpy, zipfile and zlib each raise their own kinds for a broken file
        raise _damaged(path, e) from e
    try:
        check_arrays(name, x, y)
    except ValueError as e:
        raise _damaged(path, e) from e
    x.flags.writeable = False
    y.flags.writeable = False
    return x, y
