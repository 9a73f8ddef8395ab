"""Data the user brings: a CSV table, a folder of images (one sub-folder per class) or an `.npz`
of arrays, described in the experiment by a `source` dict so a saved experiment reopens on the
same file. `load` picks the reader for the kind of file and keeps the last set read, per file
version, so a run started again does not read the file again.
"""

from __future__ import annotations

import os

from playground.core.data import csv_import, image_import, npz_import
from playground.core.data.imported import KINDS, Imported, ImportFailed, no_names
from playground.core.i18n import QT_TRANSLATE_NOOP, Message


def load(source: dict) -> Imported:
    """Reads what `source` describes (`{"kind", "path", ...options}`), cached per file version."""
    kind, path = source.get("kind"), source.get("path")
    if kind not in KINDS:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("imported", "unknown kind of file {kind!r}: choose one of {kinds}"),
                kind=kind,
                kinds=KINDS,
            )
        )
    if not isinstance(path, str) or not path:
        raise ImportFailed(Message(QT_TRANSLATE_NOOP("imported", "no file chosen: choose Import… in the Data panel")))
    try:
        stamp = _stamp(path)
    except OSError:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "imported", "{path} is not there any more: import the data again from where it is now"
                ),
                path=path,
            )
        ) from None
    key = _key(source, stamp)
    if key not in _cache:
        _cache.clear()  # one imported set at a time: they can be large
        _cache[key] = found = _read(kind, path, source)
        # The experiment then records the problem found ("multiclass" for "classification"):
        # the same data, not a reason to read the file again.
        _cache[_key({**source, "problem": found.problem}, stamp)] = found
    found = _cache[key]
    _check_unchanged(source, found)
    return found


def _key(source: dict, stamp: tuple) -> tuple:
    options = _reader(source["kind"]).OPTIONS  # what the reader takes, not what it found
    return (
        source["kind"],
        source["path"],
        repr(sorted((k, repr(v)) for k, v in source.items() if k in options)),
        stamp,
    )


def _reader(kind: str):
    """The module that reads `kind`: its `load(path, **options)` and its `OPTIONS`."""
    return {"csv": csv_import, "images": image_import, "npz": npz_import}[kind]


def _read(kind: str, path: str, source: dict) -> Imported:
    reader = _reader(kind)
    return reader.load(path, **{k: v for k, v in source.items() if k in reader.OPTIONS})


def _check_unchanged(source: dict, found: Imported) -> None:
    """The experiment's model was made for the classes and shape seen at import; a changed file
    gets a message rather than a model that quietly no longer fits."""
    classes, shape = source.get("classes"), source.get("input_shape")
    if classes is not None and tuple(classes) != found.classes:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "imported",
                    "{path} changed since it was imported: classes {before} became {after}. Import it again.",
                ),
                path=source["path"],
                before=", ".join(map(str, classes)) or no_names(),
                after=", ".join(found.classes) or no_names(),
            )
        )
    if shape is not None and tuple(shape) != found.input_shape:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "imported", "{path} changed since it was imported: inputs {before} became {after}. Import it again."
                ),
                path=source["path"],
                before=str(tuple(shape)),
                after=str(found.input_shape),
            )
        )


def _stamp(path: str) -> tuple:
    """Changes whenever the file (or, for a folder, any class folder) changes."""
    st = os.stat(path)
    if not os.path.isdir(path):
        return (st.st_mtime_ns, st.st_size)
    parts = [st.st_mtime_ns]
    with os.scandir(path) as entries:
        parts += sorted((e.name, e.stat().st_mtime_ns) for e in entries if e.is_dir())
    return tuple(parts)


_cache: dict = {}
