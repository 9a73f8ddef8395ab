"""Logs for bug reports: the `playground` loggers write to stderr (at the level asked for,
`--log-level`) and to a rotating file in the user's data folder, `logs/playground.log`.

The window passes Qt's data folder (QStandardPaths' AppDataLocation); the command line has no Qt, so
`data_folder` finds the same folder the way Qt does. A folder that cannot be written does not stop
the start: the logs go to stderr only, with one warning saying so. Standard library only, and cheap
to import: the window must still appear at once.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from playground import resources

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DEFAULT_LEVEL = "WARNING"
FILE_NAME = "playground.log"
MAX_BYTES = 1_000_000  # 1 MB a file, the current one and three before it: enough for a bug report
BACKUPS = 3
# The file keeps at least INFO (what was opened, trained, saved) even when stderr shows only
# warnings: a bug report needs what led up to the error.
FILE_LEVEL_AT_MOST = logging.INFO
ORGANIZATION, APPLICATION = resources.DISTRIBUTION, resources.COMMAND  # as playground.qt.window.identity names them

log = logging.getLogger("playground")
_installed: list[logging.Handler] = []  # ours, so a second set_up replaces rather than doubles them
_folder: list[Path | None] = [None]  # where the file went, for Help → Open log folder
_warned: set[str] = set()  # folders already said to be unwritable: the warning comes once


def data_folder(environ=os.environ, platform: str = sys.platform, home: Path | None = None) -> Path:
    """The user's data folder for the playground, as Qt's QStandardPaths.AppDataLocation gives it
    for our names, computed without Qt (for the command line)."""
    home = Path.home() if home is None else home
    if platform == "win32":
        base = Path(environ["APPDATA"]) if environ.get("APPDATA") else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:  # Qt takes XDG_DATA_HOME only when it is absolute, as the XDG specification says
        xdg = environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / ORGANIZATION / APPLICATION


def log_folder(data: Path | None = None) -> Path:
    """Where the log files are: `logs` in the data folder (`data_folder()` unless given)."""
    return (data_folder() if data is None else Path(data)) / "logs"


def current_folder() -> Path | None:
    """The folder `set_up` writes the log file to; None before it or when the folder was unwritable."""
    return _folder[0]


def level_number(name: str) -> int:
    """`DEBUG`/`INFO`/`WARNING`/`ERROR` (any case) as logging's number; anything else is refused."""
    upper = str(name).strip().upper()
    if upper not in LEVELS:
        raise ValueError(f"unknown log level {name!r}: choose one of {', '.join(LEVELS)}")
    return getattr(logging, upper)


def set_up(level: str = DEFAULT_LEVEL, data: Path | None = None, stream=None) -> Path | None:
    """Sends the playground's log records to `stream` (stderr) from `level` up, and to the rotating
    file in `data`'s log folder (the data folder computed like Qt's unless given) from INFO or
    `level`, whichever is lower. Returns the log file, or None when it cannot be written."""
    number = level_number(level)
    for handler in _installed:
        log.removeHandler(handler)
        handler.close()
    _installed.clear()
    console = logging.StreamHandler(sys.stderr if stream is None else stream)
    console.setLevel(number)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    _installed.append(console)
    folder = log_folder(data)
    path = folder / FILE_NAME
    file_level = min(number, FILE_LEVEL_AT_MOST)
    problem = None
    try:
        from logging.handlers import RotatingFileHandler  # socket, pickle…: not for --help

        folder.mkdir(parents=True, exist_ok=True)
        to_file = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        problem, path = exc, None
    else:
        to_file.setLevel(file_level)
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _installed.append(to_file)
    _folder[0] = None if path is None else folder
    for handler in _installed:
        log.addHandler(handler)
    log.setLevel(file_level if path is not None else number)
    # Our records stop here: a root handler (absl's, installed with TensorFlow) would print them twice.
    log.propagate = False
    if problem is not None and str(folder) not in _warned:
        _warned.add(str(folder))
        log.warning("cannot write the log file in %s (%s): logging to stderr only", folder, problem)
    log.info(
        "%s %s started: Python %s on %s, arguments %s",
        resources.DISTRIBUTION,
        resources.version(),
        sys.version.split()[0],
        sys.platform,
        sys.argv[1:],
    )
    log.debug("log file: %s", path if path is not None else "none (stderr only)")
    return path


def log_uncaught() -> None:
    """Logs exceptions nobody caught — in the window's slots (which Qt hands to sys.excepthook and
    goes on) and in threads — with their traceback, to the file and stderr."""

    def hook(kind, value, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal: Python's usual way out
            sys.__excepthook__(kind, value, traceback)
            return
        log.error("uncaught exception", exc_info=(kind, value, traceback))

    def thread_hook(args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error("uncaught exception in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
