"""Makes the prepared copy of a Keras book dataset (see playground.core.data.keras_sets).

Keras's own loaders (`keras.datasets.<name>.load_data`) download with no progress report, no
cancel and no timeout, and download again when a cached file's hash is wrong. So `prepare` first
puts every file where the loader looks, checked with the loader's own hash, downloading what is
missing itself; the loader then only reads its cache and never touches the network. `fetch`, the
safe download itself, also brings keras.applications' weights (playground.training.network.transfer).
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import shutil
import tempfile
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from playground.core.data import keras_sets
from playground.core.data.keras_sets import KERAS_SETS, MAXLEN, WORDS, KerasFile
from playground.core.i18n import QT_TRANSLATE_NOOP, Message

TIMEOUT = 20  # seconds without an answer before a download counts as failed
CHUNK = 64 * 1024

Progress = Callable[[int, int], None]


class DownloadFailed(RuntimeError):
    """A download or the reading of the downloaded files failed; the message says what to do."""


class DownloadCancelled(Exception):
    """`cancelled()` became true; nothing half-written is left behind."""


def prepare(name: str, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Path:
    """Writes keras_sets.prepared_path(name) from Keras's cached files, downloading the missing ones.

    progress(done_bytes, total_bytes) is called while downloading (total 0 when unknown); the
    download stops with DownloadCancelled once cancelled() returns True.
    """
    spec = keras_sets.keras_set(name)
    folder = keras_sets.datasets_dir()
    missing = [f for f in spec.files if not _cached(folder, f, spec.legacy_names)]
    if missing:
        _download(name, folder, missing, progress or (lambda done, total: None), cancelled or (lambda: False))
    if cancelled and cancelled():
        raise DownloadCancelled(name)
    try:
        x, y = convert(name, *_keras_arrays(name))
        keras_sets.check_arrays(name, x, y)
    except DownloadFailed:
        raise
    except Exception as e:
        raise DownloadFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "keras_download",
                    "Could not read {title} from {files}: {reason}. "
                    "Delete the file(s) and choose the set again under Keras book datasets.",
                ),
                title=spec.short_title,
                files=tuple(str(folder / f.path) for f in spec.files),
                reason=_reason(e),
            )
        ) from e
    return _write(name, x, y)


def convert(name: str, train, test) -> tuple[np.ndarray, np.ndarray]:
    """The pool (x, y) in the prepared form, from what keras.datasets.<name>.load_data returns."""
    (x_train, y_train), (x_test, y_test) = train, test
    y = np.concatenate([np.asarray(y_train).reshape(-1), np.asarray(y_test).reshape(-1)])
    if name == "boston_housing":
        return np.concatenate([x_train, x_test]).astype(np.float32), y.astype(np.float32)
    if KERAS_SETS[name].text:
        keras = _keras()
        rows = [*x_train, *x_test]
        # Keras's defaults (and the book's): pad and cut at the front, so a review keeps its end.
        x = keras.utils.pad_sequences(rows, maxlen=MAXLEN, dtype="int32")
        return x, y.astype(np.int64)
    x = np.concatenate([x_train, x_test])
    if x.ndim == 3:  # mnist, fashion_mnist
        x = x[..., None]
    elif x.shape[1] == 3 and x.shape[-1] != 3:  # cifar10 under image_data_format "channels_first"
        x = x.transpose(0, 2, 3, 1)
    return np.ascontiguousarray(x, dtype=np.uint8), y.astype(np.int64)


def _keras():
    from playground.training.tf_setup import import_keras

    return import_keras()


def _keras_arrays(name: str):
    keras = _keras()
    _check_same_cache(keras)
    loader = getattr(keras.datasets, name).load_data
    return loader(num_words=WORDS) if KERAS_SETS[name].text else loader()


def _check_same_cache(keras) -> None:
    # Keras fixes its folder when it is imported; if KERAS_HOME changed since, its loader would
    # not find the files put in place here and would download again on its own.
    try:
        from keras.src.backend import config
    except ImportError:  # another Keras layout: trust that both follow $KERAS_HOME
        return
    theirs = Path(os.path.expanduser(config.keras_home()))
    if theirs.exists() and not os.access(theirs, os.W_OK):  # get_file's fallback, as keras_sets.keras_home
        theirs = Path("/tmp" if os.path.isdir("/tmp") else tempfile.gettempdir()) / ".keras"
    if theirs.resolve() != keras_sets.keras_home().resolve():
        raise DownloadFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "keras_download",
                    "Keras keeps its datasets in {theirs} but the playground looked in {ours}: "
                    "set KERAS_HOME before starting the playground, not while it runs.",
                ),
                theirs=str(theirs),
                ours=str(keras_sets.keras_home()),
            )
        )


# -- Keras's cached files ----------------------------------------------------------------------


def hash_matches(path: Path, expected: str) -> bool:
    """Whether the file has the hash Keras expects: sha256 for 64 hex digits, else md5 (as
    keras.utils.get_file decides); "" matches anything (Keras checks no hash then)."""
    if not expected:
        return True
    digest = hashlib.sha256() if len(expected) == 64 else hashlib.md5()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest() == expected


def _hash_ok(path: Path, file: KerasFile) -> bool:
    return hash_matches(path, file.sha256)


def _cached(folder: Path, file: KerasFile, legacy_names: tuple[str, ...]) -> bool:
    """Whether Keras's loader will accept the cached file without downloading it again."""
    target = folder / file.path
    if target.is_file():
        return _hash_ok(target, file)
    for old in legacy_names:  # the same archive under an older Keras's name: link or copy it over
        source = folder / old
        if source.is_file() and _hash_ok(source, file):
            part = _part(target)
            try:
                try:
                    os.link(source, part)
                except OSError:
                    shutil.copyfile(source, part)
                os.replace(part, target)
                return True
            except OSError:
                _remove(part)
    return False


def _part(target: Path) -> Path:
    # Unique per process and thread, so two downloads of the same file never share a part file.
    return target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.part")


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _download(name, folder: Path, files: list[KerasFile], progress: Progress, cancelled) -> None:
    jobs = [Fetch(f.url, folder / f.path, f.size, f.sha256) for f in files]
    fetch(jobs, progress, cancelled, lambda job, reason: _failed(name, files[jobs.index(job)], reason), name)


@dataclass(frozen=True)
class Fetch:
    """One file to download: from `url` to `target`, about `size` bytes, with Keras's hash."""

    url: str
    target: Path
    size: int = 0
    hash: str = ""


def fetch(
    jobs: list[Fetch],
    progress: Progress,
    cancelled: Callable[[], bool],
    failed: Callable[[Fetch, str], DownloadFailed],
    name: str = "",
) -> None:
    """Downloads each job's file, checked with its hash, reporting progress(done, total) over all of
    them. A file appears only whole: it is written beside the target and renamed at the end, so a
    failure (`failed(job, reason)` makes the message, `reason` a Message or the error's own text) or
    cancel leaves nothing behind."""
    sizes = [job.size for job in jobs]  # replaced by the server's figure once a file is opened
    done = 0
    last = None
    for i, job in enumerate(jobs):
        if cancelled():
            raise DownloadCancelled(name)
        part = _part(job.target)
        try:
            job.target.parent.mkdir(parents=True, exist_ok=True)
            with urllib.request.urlopen(job.url, timeout=TIMEOUT) as response, open(part, "wb") as out:
                length = int(response.headers.get("Content-Length") or 0)
                if length:
                    sizes[i] = length
                got = 0
                while True:
                    if cancelled():
                        raise DownloadCancelled(name)
                    block = response.read(CHUNK)
                    if not block:
                        break
                    out.write(block)
                    got += len(block)
                    last = (done + got, max(sum(sizes), done + got))
                    progress(*last)
            if length and got != length:
                closed = QT_TRANSLATE_NOOP("keras_download", "the connection closed after {got:,} of {length:,} bytes")
                raise failed(job, Message(closed, got=got, length=length))
            if not hash_matches(part, job.hash):
                raise failed(
                    job,
                    Message(QT_TRANSLATE_NOOP("keras_download", "the file arrived damaged (its checksum is wrong)")),
                )
            os.replace(part, job.target)
            done += got
            sizes[i] = got
        except urllib.error.URLError as e:
            raise failed(job, _reason(e.reason)) from e
        except (OSError, http.client.HTTPException) as e:  # timeouts, resets, a full disk
            raise failed(job, _reason(e)) from e
        finally:
            _remove(part)
    if last != (done, done):
        progress(done, done)


def _reason(e) -> str:
    """What went wrong, without a closing period: the error's own Message if it has one (so it stays
    translatable), else its text (Python's or the system's, as it is) or its class's name."""
    args = getattr(e, "args", ())
    if len(args) == 1 and isinstance(args[0], Message) and args[0] and not args[0].endswith("."):
        return args[0]
    return str(e).rstrip(".") or type(e).__name__


def _failed(name: str, file: KerasFile, reason: str) -> DownloadFailed:
    spec = KERAS_SETS[name]
    return DownloadFailed(
        Message(
            QT_TRANSLATE_NOOP(
                "keras_download",
                "Could not download {title} ({size}) from {host}: {reason}. "
                "Check the internet connection and try again, or {hint}.",
            ),
            title=spec.short_title,
            size=keras_sets.size_text(spec.download_mb),
            host=file.host,
            reason=reason,
            hint=keras_sets.copy_hint(name),
        )
    )


def _write(name: str, x: np.ndarray, y: np.ndarray) -> Path:
    path = keras_sets.prepared_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = _part(path)
    try:
        with open(part, "wb") as f:
            np.savez(f, x=x, y=y)
        os.replace(part, path)
    finally:
        _remove(part)
    return path
