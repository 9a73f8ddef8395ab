"""Autosave files: written whole, offered back only when their window's process is gone."""

import json
import subprocess
import sys

from playground.core.experiment.config import default_experiment
from playground.core.files import autosave
from playground.core.runs.run_history import RunHistory


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_crashed_windows_work_comes_back(tmp_path):
    exp = default_experiment()
    exp.data.noise = 0.25
    runs = RunHistory()
    runs.add(exp, [{"epoch": 1, "loss": 0.5, "val_loss": float("nan")}], [], "paused")
    saver = autosave.Autosaver(tmp_path)
    saver.write(exp, "/somewhere/lesson.json", True, runs)
    # The same file under a dead process's id: as a killed window leaves it.
    left = tmp_path / f"{_dead_pid()}-1.json"
    saver.file.rename(left)
    found = autosave.left_behind(tmp_path)
    assert len(found) == 1
    back = found[0]
    assert back.file == left and back.path == "/somewhere/lesson.json" and back.modified
    assert back.experiment.to_dict() == exp.to_dict()
    assert back.runs.runs[0].rows[0]["loss"] == 0.5 and back.runs.runs[0].reason == "paused"
    assert back.title == "lesson.json"


def test_a_running_windows_file_is_not_offered(tmp_path):
    saver = autosave.Autosaver(tmp_path)
    saver.write(default_experiment(), None, False, RunHistory())
    assert saver.file.exists()
    assert autosave.left_behind(tmp_path) == []  # this process is alive
    saver.remove()
    assert list(tmp_path.iterdir()) == []


def test_damaged_files_are_skipped_and_kept(tmp_path):
    bad = tmp_path / f"{_dead_pid()}-1.json"
    bad.write_text("{not json", encoding="utf-8")
    wrong = tmp_path / f"{_dead_pid()}-2.json"
    wrong.write_text(json.dumps({"experiment": {"data": {"name": "nonsense"}}}), encoding="utf-8")
    assert autosave.left_behind(tmp_path) == []
    assert bad.exists() and wrong.exists()


def test_newest_first_and_missing_folder(tmp_path):
    assert autosave.left_behind(tmp_path / "none") == []
    for n, noise in enumerate((0.1, 0.2), start=1):
        exp = default_experiment()
        exp.data.noise = noise
        saver = autosave.Autosaver(tmp_path)
        saver.write(exp, None, True, RunHistory())
        saver.file.rename(tmp_path / f"{_dead_pid()}-{n}.json")
    found = autosave.left_behind(tmp_path)
    assert [r.experiment.data.noise for r in found] == [0.2, 0.1]
