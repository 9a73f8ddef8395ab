"""`export-script` and `train` on a full disk: a message naming the file, exit code 2, no traceback,
and an older file of the same name left whole."""

import errno
import os

from playground import cli
from playground.core import atomic_files
from playground.core.experiment.config import default_experiment


def _no_space(path):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_export_script_on_a_full_disk_says_so(tmp_path, monkeypatch, capsys):
    experiment = tmp_path / "lesson.json"
    default_experiment().save(experiment)
    script = tmp_path / "lesson.py"
    script.write_text("an older script")
    monkeypatch.setattr(atomic_files, "_sync", _no_space)
    assert cli.main(["export-script", str(experiment), str(script)]) == 2
    error = capsys.readouterr().err
    assert error == f"error: The disk is full: could not write {script}. Free some space and save again.\n"
    assert script.read_text() == "an older script"
    assert sorted(os.listdir(tmp_path)) == ["lesson.json", "lesson.py"]


def test_train_on_a_full_disk_says_so(tmp_path, monkeypatch, capsys):
    experiment = tmp_path / "lesson.json"
    default_experiment().save(experiment)
    out = tmp_path / "run"
    monkeypatch.setattr(atomic_files, "_sync", _no_space)
    assert cli.main(["train", str(experiment), "--epochs", "2", "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.endswith(
        f"error: The disk is full: could not write {out / 'history.csv'}. Free some space and save again.\n"
    )
    assert "Traceback" not in error
    assert os.listdir(out) == []
