"""Files written whole or not at all: a temporary file in the same folder, synced, then renamed.

A kill or a full disk in the middle of a write leaves the previous file as it was (the rename is
atomic on one file system) and no temporary file behind. A write that fails raises `WriteFailed`,
an OSError whose message says what happened and what to do (a full disk, a folder that cannot be
written), so the window shows it translated and keeps the work in memory.

Example:
    >>> write_text(path, "hello")                      # text or bytes
    >>> with replacing("model.keras") as temporary:    # writers that want a path (Keras, numpy, Qt)
    ...     model.save(temporary)
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from playground.core.i18n import QT_TRANSLATE_NOOP, Message

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EACCES, errno.EROFS, errno.EPERM}


class WriteFailed(OSError):
    """A file could not be written; `args[0]` is the Message to show, `errno` the system's code."""

    def __init__(self, message: Message, code: int | None, path: str | os.PathLike):
        super().__init__(message)
        self.errno = code
        self.path = str(path)

    def __str__(self) -> str:
        return str(self.args[0])


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Writes `text` to `path` atomically (newlines as written, no translation)."""
    write_bytes(path, text.encode(encoding))


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Writes `data` to `path` atomically."""
    with replacing(path) as temporary, open(temporary, "wb") as file:
        file.write(data)


@contextlib.contextmanager
def replacing(path: str | os.PathLike, suffix: str | None = None) -> Iterator[Path]:
    """Yields a fresh temporary path beside `path` (ending in `suffix`, by default `path`'s own, so
    Keras and numpy accept it); once the block ends without an error it is synced and renamed over
    `path`. On an error the temporary file is removed and `path` is left as it was."""
    target = Path(path)
    suffix = target.suffix if suffix is None else suffix
    try:
        temporary = _create(target, suffix)
    except OSError as exc:
        raise failed(exc, target) from exc
    with contextlib.suppress(OSError):  # a file kept private (0o600, say) stays so
        os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
    try:
        yield temporary
        _sync(temporary)
        os.replace(temporary, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, WriteFailed):
            raise failed(exc, target) from exc
        raise
    _sync_folder(target.parent)


def failed(error: OSError, path: str | os.PathLike) -> WriteFailed:
    """`error`, met writing `path`, as a WriteFailed with a message for the window."""
    if isinstance(error, WriteFailed):
        return error
    return WriteFailed(message(error, path), error.errno, path)


def message(error: OSError, path: str | os.PathLike) -> Message:
    """What to tell a user whose write of `path` failed with `error`."""
    if error.errno in _FULL:
        text = QT_TRANSLATE_NOOP("files", "The disk is full: could not write {file}. Free some space and save again.")
    elif error.errno in _READ_ONLY:
        text = QT_TRANSLATE_NOOP(
            "files", "{file} is in a folder that cannot be written (read-only). Choose another folder."
        )
    else:
        text = QT_TRANSLATE_NOOP("files", "Could not write {file}: {reason}. Check the folder and save again.")
    return Message(text, file=str(path), reason=error.strerror or str(error) or type(error).__name__)


def _create(target: Path, suffix: str) -> Path:
    # a hidden name in the same folder (a rename across file systems is not atomic); 0o666 lets the
    # umask decide the permissions, as for any new file
    for _ in range(100):
        temporary = target.with_name(f".{target.stem}-{secrets.token_hex(4)}.tmp{suffix}")
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return temporary
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


def _sync(temporary: Path) -> None:
    # the data reaches the disk before the rename, so a power cut cannot leave an empty file
    if temporary.is_dir():
        return
    with open(temporary, "rb+") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    # the rename itself reaches the disk (POSIX; Windows cannot open a folder, and need not)
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
