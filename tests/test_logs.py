"""Logs for bug reports: the rotating log file in the data folder, --log-level, a folder that cannot
be written, uncaught exceptions, and no print() left in the library but a command's own output."""

from __future__ import annotations

import ast
import io
import logging
import os
import sys
from pathlib import Path

import pytest

from playground import cli, logs
from tests.helpers import describe, python, run

PACKAGE = Path(logs.__file__).parent


def test_the_log_file_is_made_in_the_data_folder_and_keeps_info(tmp_path, restored):
    stream = io.StringIO()
    path = logs.set_up("WARNING", tmp_path, stream)
    assert path == tmp_path / "logs" / "playground.log" and logs.current_folder() == tmp_path / "logs"
    log = logging.getLogger("playground.somewhere")
    log.debug("a debug line")
    log.info("an info line")
    log.warning("a warning line")
    text = path.read_text(encoding="utf-8")
    assert "started: Python" in text and "an info line" in text and "a warning line" in text
    assert "a debug line" not in text
    assert stream.getvalue().strip().splitlines() == ["WARNING playground.somewhere: a warning line"]


def test_debug_shows_debug_lines_on_stderr_and_in_the_file(tmp_path, restored):
    stream = io.StringIO()
    path = logs.set_up("debug", tmp_path, stream)
    logging.getLogger("playground.x").debug("looking closely")
    assert "DEBUG playground.x: looking closely" in stream.getvalue()
    assert "DEBUG playground.x: looking closely" in path.read_text(encoding="utf-8")


def test_the_log_file_rotates_and_keeps_three_before_it(tmp_path, restored, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.set_up("INFO", tmp_path, io.StringIO())
    for i in range(400):
        logging.getLogger("playground.busy").info("line %04d %s", i, "x" * 40)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["playground.log", "playground.log.1", "playground.log.2", "playground.log.3"]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())
    assert "line 0399" in path.read_text(encoding="utf-8")
    assert "line 0000" not in "".join(p.read_text(encoding="utf-8") for p in path.parent.iterdir())


def test_a_folder_that_cannot_be_written_falls_back_to_stderr_with_one_warning(tmp_path, restored):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    stream = io.StringIO()
    assert logs.set_up("WARNING", blocker, stream) is None
    assert logs.set_up("WARNING", blocker, stream) is None  # started again: no second warning
    logging.getLogger("playground.y").error("still heard")
    lines = stream.getvalue().strip().splitlines()
    assert len(lines) == 2 and "cannot write the log file in " + str(blocker / "logs") in lines[0], lines
    assert lines[1] == "ERROR playground.y: still heard"
    assert logs.current_folder() is None


def test_an_uncaught_exception_is_logged_with_its_traceback(tmp_path, restored):
    path = logs.set_up("WARNING", tmp_path, io.StringIO())
    logs.log_uncaught()
    try:
        raise RuntimeError("nobody caught me")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    text = path.read_text(encoding="utf-8")
    assert "ERROR playground: uncaught exception" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: nobody caught me" in text


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, "home/.local/share/nn-playground/playground"),
        ("linux", {"XDG_DATA_HOME": "/xdg"}, "/xdg/nn-playground/playground"),
        ("linux", {"XDG_DATA_HOME": "relative"}, "home/.local/share/nn-playground/playground"),
        ("darwin", {}, "home/Library/Application Support/nn-playground/playground"),
        ("win32", {"APPDATA": "/roaming"}, "/roaming/nn-playground/playground"),
    ],
)
def test_the_data_folder_is_where_qt_puts_it(platform, environ, expected):
    assert logs.data_folder(environ, platform, Path("home")) == Path(expected)


def test_a_bad_level_is_refused_with_the_choices(capsys):
    for argv in (["--log-level", "LOUD"], ["export-script", "a.json", "b.py", "--log-level", "verbose"]):
        with pytest.raises(SystemExit) as exit_:
            cli.parser().parse_args(argv)
        assert exit_.value.code == 2
        err = capsys.readouterr().err
        assert "argument --log-level: invalid choice" in err and "'DEBUG', 'INFO', 'WARNING', 'ERROR'" in err
    with pytest.raises(ValueError, match="unknown log level 'loud': choose one of DEBUG, INFO, WARNING, ERROR"):
        logs.level_number("loud")


def test_the_level_goes_before_or_after_the_command():
    assert cli.parser().parse_args(["--log-level", "debug", "bench"]).log_level == "DEBUG"
    assert cli.parser().parse_args(["bench", "--log-level", "info"]).log_level == "INFO"
    assert cli.parser().parse_args(["bench"]).log_level == "WARNING"


def test_the_window_takes_a_level_before_its_experiment_or_link(monkeypatch, capsys):
    import playground.qt.app

    opened = []
    monkeypatch.setattr(playground.qt.app, "run", lambda path, log_level: opened.append((path, log_level)) or 0)
    link = "https://playground.tensorflow.org/#x=true&y=true"
    for argv, want in (
        (["--log-level", "debug", "exp.json"], ("exp.json", "DEBUG")),
        (["--log-level", "INFO"], (None, "INFO")),
        (["--log-level", "ERROR", link], (link, "ERROR")),
    ):
        assert cli.main(argv) == 0
        assert opened.pop() == want
    with pytest.raises(SystemExit) as exit_:  # still one clear complaint, from the whole parser
        cli.main(["--log-level", "LOUD", "exp.json"])
    assert exit_.value.code == 2 and capsys.readouterr().err.count("invalid choice") == 1
    assert opened == []


def test_the_command_line_logs_to_the_data_folder_and_debug_shows_on_stderr(tmp_path):
    from playground.core.experiment.config import default_experiment

    default_experiment().save(tmp_path / "exp.json")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    command = python("-m", "playground", "export-script", str(tmp_path / "exp.json"), str(tmp_path / "s.py"))
    quiet = run(command, env=env)
    assert quiet.returncode == 0, describe(quiet)
    assert "DEBUG" not in quiet.stderr and "INFO" not in quiet.stderr
    folder = logs.log_folder(logs.data_folder(env)) if sys.platform == "linux" else None
    if folder is not None:
        assert folder == tmp_path / "data" / "nn-playground" / "playground" / "logs"
        assert "started: Python" in (folder / "playground.log").read_text(encoding="utf-8")
    loud = run([*command, "--log-level", "DEBUG"], env=env)
    assert loud.returncode == 0, describe(loud)
    assert "DEBUG playground: log file: " in loud.stderr and "INFO playground: " in loud.stderr


# print() left in the library: only where it is a command's own output. {module: why}
PRINTS_ALLOWED = {
    "cli.py": "the command line's output: train's progress and results, its error messages",
    "bench.py": "bench's figures (as a table or --json) are its output",
    "qt/window/launch_probe.py": "the times the bench reads from the started window's stdout",
    "qt/window/icon_files.py": "a developer's tool (`__main__`): which icons it wrote",
    "qt/i18n_files.py": "a developer's tool (`__main__`): which translations it updated",
    "qt/data/dataset_thumbnails.py": "a developer's tool (`__main__`): which pictures it wrote",
    "qt/recipe/callbacks_dialog.py": "the dialog's demo (`__main__`): its result is its output",
    "qt/recipe/schedule_dialog.py": "the dialog's demo (`__main__`): its result is its output",
}


def test_no_print_in_the_library_but_the_commands_output():
    found = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
        if any(call.func.id == "print" for call in calls):
            found.add(path.relative_to(PACKAGE).as_posix())
    assert found - set(PRINTS_ALLOWED) == set(), "use logging.getLogger(__name__) for diagnostics"
    assert "cli.py" in found and "bench.py" in found  # the scan sees prints at all
