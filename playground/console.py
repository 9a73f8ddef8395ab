"""Windows: the `playground` command started by a double click or a shortcut opens a console window
of its own; once the playground knows it will show its window, that console is hidden and let go.

`playground` is a console script (so `train`, `--help` and `--version` print on every platform);
on Windows its launcher `playground.exe` runs Python as a child process in the same console. A
console that only this process and its launcher are attached to was made for it (a double click);
one that also holds a shell (cmd, PowerShell) belongs to the user, who typed the command, and stays.
Standard library only: it runs before anything is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys

MOST = 16  # processes asked about; more than two already means "not ours"
SW_HIDE = 0


def release(kernel32=None, user32=None, launched_by_parent: bool | None = None) -> bool:
    """Hides and frees the console if it belongs to this process alone (with its launcher, when
    `launched_by_parent`). Returns whether it did. Does nothing off Windows.

    Args:
        kernel32, user32: the Windows DLLs (tests pass fakes). Defaults to the real ones on Windows.
        launched_by_parent: started through the installed command's .exe launcher, which waits as
            the parent process in the same console. Defaults to: sys.argv[0] names that command.
    """
    if kernel32 is None:
        if sys.platform != "win32":
            return False
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        user32 = ctypes.WinDLL("user32", use_last_error=True)
    if launched_by_parent is None:
        launched_by_parent = os.path.basename(sys.argv[0]).lower().removesuffix(".exe") == "playground"
    ids = (ctypes.c_uint32 * MOST)()
    count = kernel32.GetConsoleProcessList(ids, MOST)
    if count < 1 or count > MOST:  # 0: no console at all (pythonw); more than MOST: not ours either
        return False
    ours = {os.getpid(), os.getppid()} if launched_by_parent else {os.getpid()}
    if not set(ids[:count]) <= ours:
        return False
    # The launcher stays attached to the console, which keeps the window open: hide it too.
    window = kernel32.GetConsoleWindow()
    if window and user32 is not None:
        user32.ShowWindow(window, SW_HIDE)
    kernel32.FreeConsole()
    _quiet_standard_streams()
    return True


def _quiet_standard_streams() -> None:
    """Without a console the standard streams lead nowhere; writes to them must not fail."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None:
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # open as long as the process
