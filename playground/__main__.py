"""`python -m playground [EXPERIMENT.json]` opens the window; `train`, `export-script` and `bench` run
headless; `--version` and `--help` print (without a display, Qt or TensorFlow).

Installed, `playground` (a console script, `command`) does the same; `playground-window` (a
gui-script, `main`) opens the window without a console on Windows.
"""

from __future__ import annotations

import sys

from playground.commands import COMMANDS


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _prints(argv):
        from playground import cli

        return cli.main(argv)
    from playground.qt.app import run

    return run(argv[0] if argv else None)


def command() -> int:
    """The installed `playground` command: `main`, but when it opens the window from a double click
    on Windows, the console that came with it goes away (see playground.console)."""
    argv = sys.argv[1:]
    if not _prints(argv):
        from playground import console

        console.release()
    return main(argv)


def _prints(argv: list[str]) -> bool:
    """A command or an option (--help, --version): the command line, not the window."""
    return bool(argv) and (argv[0] in COMMANDS or argv[0].startswith("-"))


if __name__ == "__main__":
    sys.exit(main())
