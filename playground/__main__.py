"""`python -m playground [EXPERIMENT.json]` opens the window; `train` and `bench` run headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("train", "bench", "export-script"):
        from playground import cli

        return cli.main(argv)
    if argv and argv[0] in ("-h", "--help"):
        from playground import cli

        cli.parser().print_help()
        return 0
    from playground.qt.app import run

    return run(argv[0] if argv else None)


if __name__ == "__main__":
    sys.exit(main())
