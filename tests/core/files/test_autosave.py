"""Autosave files: each save writes what changed, a kill at any moment leaves files that agree,
and they are offered back only when their window's process is gone."""

import json
import math
import os
import subprocess
import sys
import threading

import numpy as np
import pytest

from playground.core.experiment.config import default_experiment
from playground.core.files import autosave
from playground.core.runs.epoch_history import History, HistoryRows
from playground.core.runs.run_history import RunHistory


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _rows(n: int, start: int = 0, loss: float = 1.0) -> list[dict]:
    return [
        {"epoch": i + 1, "loss": loss / (i + 1), "val_loss": math.nan if i % 5 == 0 else 0.5, "learning_rate": 0.03}
        for i in range(start, start + n)
    ]


def _head(exp) -> dict:
    return {"number": 3, "label": "interrupted", "group": "", "reason": "paused", "experiment": exp.to_dict()}


def _as_left_by_a_crash(saver: autosave.Autosaver, tmp_path):
    """The saver's files under a dead process's id, as a killed window leaves them."""
    dead = f"{_dead_pid()}-1"
    for file in list(tmp_path.iterdir()):
        if file.name.startswith(saver.stem + "."):
            text = file.read_bytes().replace(saver.stem.encode(), dead.encode())
            file.unlink()
            (tmp_path / file.name.replace(saver.stem, dead)).write_bytes(text)
    return tmp_path / f"{dead}.json"


def _same_rows(a: list[dict], b: list[dict]) -> bool:
    return json.dumps(list(a)) == json.dumps(list(b))  # NaN written alike on both sides


def _save_with_weights(saver, exp, rows, arrays, row=None):
    """A save whose weights the worker wrote at the last row (or said they belong to `row`)."""
    file = saver.next_weights_file()
    autosave.write_weights(file, len(rows), arrays)
    current = saver.progress(_head(exp), rows)
    current.weights = (file, len(rows), rows[-1] if row is None else row)
    saver.save(exp, None, True, [], current)
    return file


def test_a_crashed_windows_work_comes_back(tmp_path):
    exp = default_experiment()
    exp.data.noise = 0.25
    runs = RunHistory()
    runs.add(exp, [{"epoch": 1, "loss": 0.5, "val_loss": float("nan")}], [], "paused")
    saver = autosave.Autosaver(tmp_path)
    saver.write(exp, "/somewhere/lesson.json", True, runs)
    left = _as_left_by_a_crash(saver, tmp_path)
    found = autosave.left_behind(tmp_path)
    assert len(found) == 1
    back = found[0]
    assert back.file == left and back.path == "/somewhere/lesson.json" and back.modified
    assert back.experiment.to_dict() == exp.to_dict()
    assert back.runs.runs[0].rows[0]["loss"] == 0.5 and back.runs.runs[0].reason == "paused"
    assert math.isnan(back.runs.runs[0].rows[0]["val_loss"])
    assert back.title == "lesson.json" and back.current is None and back.run_count == 1
    back.remove()
    assert list(tmp_path.iterdir()) == []


def test_the_run_in_progress_and_its_weights_come_back(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    rows = _rows(40)
    arrays = [np.arange(6, dtype=np.float32).reshape(2, 3), np.array(7, np.int64)]
    _save_with_weights(saver, exp, rows, arrays)
    back = autosave.read(_as_left_by_a_crash(saver, tmp_path))
    assert _same_rows(back.current.rows, rows) and back.current.number == 3
    assert back.weights is not None and back.run_count == 1
    got = back.weight_arrays()
    assert [a.dtype for a in got] == [np.float32, np.int64]
    assert np.array_equal(got[0], arrays[0]) and int(got[1]) == 7


def test_each_save_appends_only_the_new_rows(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    history = _rows(100_000)
    saver.save(exp, None, True, [], saver.progress(_head(exp), history))
    history += _rows(100, start=100_000)
    wrote = saver.save(exp, None, True, [], saver.progress(_head(exp), history))
    # 100 new rows and the head: a few kB, not the 5 MB of the whole run
    assert wrote < 20_000
    assert _same_rows(autosave.read(saver.file).current.rows, history)


def test_the_head_names_only_the_rows_and_weights_that_agree(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    rows = _rows(10)
    first = _save_with_weights(saver, exp, rows, [np.ones(3)])
    # The next weights go to the other file; rows are appended, then the head is killed before
    # it is written: the old head still reads its own 10 rows and the first weights.
    second = saver.next_weights_file()
    assert second != first
    autosave.write_weights(second, 20, [np.zeros(3)])
    with open(tmp_path / saver._written.file.name, "ab") as out:
        out.write(b'{"columns": ["epoch"], "rows": [[11], [12]]}\n{"columns": ["ep')
    back = autosave.read(saver.file)
    assert len(back.current.rows) == 10 and back.weights == first


def test_a_historys_rows_are_saved_as_columns_and_read_back_alike(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    odd = [{"epoch": 31, "loss": "text"}, {"epoch": 32}]  # rows a table cannot hold: as dicts
    history = History(_rows(30))
    current = saver.progress(_head(exp), history.rows)
    assert isinstance(current.rows, HistoryRows) and current.rows.history is not history  # a copy
    saver.save(exp, None, True, [], current)
    history.extend(_rows(25_000, start=30) + odd)
    saver.save(exp, None, True, [], saver.progress(_head(exp), history.rows))
    back = autosave.read(saver.file).current.rows
    assert _same_rows(back, history.rows) and type(back[-1]["epoch"]) is int and len(back) == 25_032


def test_a_restored_run_keeps_its_rows_file(tmp_path):
    exp = default_experiment()
    old = autosave.Autosaver(tmp_path)
    rows = _rows(20_000)
    _save_with_weights(old, exp, rows, [np.ones(3)])
    back = autosave.read(_as_left_by_a_crash(old, tmp_path))
    saver = autosave.Autosaver(tmp_path)
    saver.adopt(back)
    back.remove()
    assert saver.rows_written == 20_000 and saver._written.file.exists()
    rows += _rows(10, start=20_000)
    wrote = saver.save(exp, None, True, [], saver.progress(_head(exp), History(rows).rows))
    assert wrote < 10_000  # the ten new rows and the head, not the 20,000 again
    again = autosave.read(saver.file)
    assert _same_rows(again.current.rows, rows) and again.weights is None  # asked of the worker next


def test_a_torn_last_line_is_left_out(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    saver.save(exp, None, True, [], saver.progress(_head(exp), _rows(5)))
    head = json.loads(saver.file.read_text())
    rows_file = tmp_path / head["current"]["rows"]
    with open(rows_file, "ab") as out:
        out.write(b'{"columns": ["epoch", "loss"], "rows": [[6, 0.1], [7, 0.')
    head["current"]["bytes"] = rows_file.stat().st_size  # as if the head had been written after it
    saver.file.write_text(json.dumps(head))
    assert len(autosave.read(saver.file).current.rows) == 5


def test_a_torn_block_of_numbers_is_left_out(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    rows = _rows(5)
    saver.save(exp, None, True, [], saver.progress(_head(exp), rows))
    saver.save(exp, None, True, [], saver.progress(_head(exp), rows + _rows(4, start=5)))
    head = json.loads(saver.file.read_text())
    rows_file = tmp_path / head["current"]["rows"]
    data = rows_file.read_bytes()
    rows_file.write_bytes(data[:-20])  # the last block's numbers cut short
    head["current"]["bytes"] = len(data)
    saver.file.write_text(json.dumps(head))
    assert _same_rows(autosave.read(saver.file).current.rows, rows)


def test_rows_keep_their_types_and_odd_values(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    rows = [
        {"epoch": 1, "loss": math.inf, "val_loss": -math.inf, "note": "text"},
        {"epoch": 2, "loss": 0.1},
        {"epoch": 3, "loss": 2.0, "val_loss": math.nan},
    ]
    saver.save(exp, None, True, [], saver.progress(_head(exp), rows))
    back = autosave.read(saver.file).current.rows
    assert _same_rows(back, rows)
    assert type(back[1]["epoch"]) is int and type(back[2]["loss"]) is float


def test_weights_of_another_epoch_are_not_offered(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    rows = _rows(10)
    _save_with_weights(saver, exp, rows, [np.ones(3)], row={**rows[-1], "loss": 123.0})  # not the file's row
    back = autosave.read(saver.file)
    assert back.weights is None and len(back.current.rows) == 10


def test_rows_newer_than_the_weights_are_cut_to_them(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    rows = _rows(10)
    file = _save_with_weights(saver, exp, rows, [np.ones(3)])
    rows += _rows(5, start=10)  # a save whose weights write failed: the rows went on
    saver.save(exp, None, True, [], saver.progress(_head(exp), rows))
    back = autosave.read(saver.file)
    assert back.weights == file and _same_rows(back.current.rows, rows[:10])


def test_a_run_that_went_back_appends_a_cut(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    rows = _rows(30)
    saver.save(exp, None, True, [], saver.progress(_head(exp), rows))
    again = rows[:20] + _rows(15, start=20, loss=2.0)  # went back to epoch 20, trained on differently
    events = [{"epoch": 20, "kind": "rewound", "text": "went back to epoch 20"}]
    current = saver.progress(_head(exp), again, events)
    assert current.keep == 20 and len(current.rows) == 15
    wrote = saver.save(exp, None, True, [], current)
    assert wrote < 5_000
    assert _same_rows(autosave.read(saver.file).current.rows, again)


def test_a_new_run_starts_a_new_rows_file(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    saver.save(exp, None, True, [], saver.progress(_head(exp), _rows(30)))
    old = saver._written.file
    fresh = _rows(3, loss=5.0)
    saver.save(exp, None, True, [], saver.progress(_head(exp), fresh))
    assert not old.exists()
    assert _same_rows(autosave.read(saver.file).current.rows, fresh)


def test_kept_runs_are_written_once(tmp_path):
    exp = default_experiment()
    runs = RunHistory()
    runs.add(exp, _rows(5000), [], "finished")
    saver = autosave.Autosaver(tmp_path)
    first = saver.write(exp, None, True, runs)
    assert first > 100_000
    exp.data.noise = 0.3  # only the experiment changed: the head alone is written
    assert saver.write(exp, None, True, runs) < 5_000
    runs.add(exp, _rows(3), [], "stopped")
    assert saver.write(exp, None, True, runs) < 5_000
    runs.remove(1)
    saver.write(exp, None, True, runs)
    assert [f.name for f in tmp_path.iterdir() if ".run" in f.name] == [f"{saver.stem}.run2.rows"]
    assert [run.number for run in autosave.read(saver.file).runs.runs] == [2]


def test_the_first_format_is_still_read(tmp_path):
    exp = default_experiment()
    exp.data.noise = 0.15
    runs = RunHistory()
    runs.add(exp, [{"epoch": 1, "loss": 0.5, "val_loss": None}], [], "paused", label="interrupted")
    old = {"format": 1, "pid": 1, "saved_at": 123.0, "path": None, "modified": True, "experiment": exp.to_dict()}
    file = tmp_path / f"{_dead_pid()}-4.json"
    file.write_text(json.dumps({**old, "runs": runs.to_json()}), encoding="utf-8")
    [back] = autosave.left_behind(tmp_path)
    assert back.experiment.data.noise == 0.15 and back.saved_at == 123.0
    assert back.runs.runs[0].label == "interrupted" and back.current is None and back.weights is None


def test_closing_does_not_wait_for_a_long_write(tmp_path, monkeypatch):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    writing, finish = threading.Event(), threading.Event()
    write_bytes = autosave.atomic_files.write_bytes

    def slow(path, data):  # a head written to a slow disk
        writing.set()
        finish.wait(60)
        write_bytes(path, data)

    monkeypatch.setattr(autosave.atomic_files, "write_bytes", slow)
    save = threading.Thread(target=lambda: saver.save(exp, None, True, [], saver.progress(_head(exp), _rows(5))))
    save.start()
    assert writing.wait(60)
    saver.remove()  # returns while the write is still under way
    assert save.is_alive()
    finish.set()
    save.join(60)
    assert list(tmp_path.iterdir()) == []  # what the late write left, it removed


def test_a_running_windows_file_is_not_offered(tmp_path):
    saver = autosave.Autosaver(tmp_path)
    saver.write(default_experiment(), None, False, RunHistory())
    assert saver.file.exists()
    assert autosave.left_behind(tmp_path) == []  # this process is alive
    saver.remove()
    assert list(tmp_path.iterdir()) == []


def test_a_save_after_the_window_closed_leaves_nothing(tmp_path):
    exp = default_experiment()
    saver = autosave.Autosaver(tmp_path)
    saver.save(exp, None, True, [], saver.progress(_head(exp), _rows(5)))
    saver.remove()
    with pytest.raises(OSError):
        saver.save(exp, None, True, [], saver.progress(_head(exp), _rows(8)))
    assert list(tmp_path.iterdir()) == []


def test_files_of_an_ended_window_without_a_head_are_deleted(tmp_path):
    dead = _dead_pid()
    orphan = tmp_path / f"{dead}-2.weights0.npz"
    orphan.write_bytes(b"x")
    mine = tmp_path / f"{os.getpid()}-99.weights0.npz"
    mine.write_bytes(b"x")
    assert autosave.left_behind(tmp_path) == []
    assert not orphan.exists() and mine.exists()


def test_a_window_with_nothing_to_lose_is_not_offered(tmp_path):
    exp = default_experiment()
    untouched = autosave.Autosaver(tmp_path)
    untouched.write(exp, None, False, RunHistory())  # the default, no edit, no run
    saved = autosave.Autosaver(tmp_path)
    saved.write(exp, "/lessons/a.json", False, RunHistory())  # all of it in its file
    _as_left_by_a_crash(untouched, tmp_path)
    _as_left_by_a_crash(saved, tmp_path)
    assert autosave.left_behind(tmp_path) == [] and list(tmp_path.iterdir()) == []


def test_damaged_files_are_skipped_and_kept(tmp_path):
    bad = tmp_path / f"{_dead_pid()}-1.json"
    bad.write_text("{not json", encoding="utf-8")
    wrong = tmp_path / f"{_dead_pid()}-2.json"
    wrong.write_text(json.dumps({"experiment": {"data": {"name": "nonsense"}}}), encoding="utf-8")
    assert autosave.left_behind(tmp_path) == []
    assert bad.exists() and wrong.exists()


def test_a_head_may_not_name_a_file_elsewhere(tmp_path):
    exp = default_experiment()
    outside = tmp_path / "outside.jsonl"
    outside.write_text('{"columns": ["epoch"], "rows": [[1]]}\n')
    folder = tmp_path / "autosave"
    folder.mkdir()
    head = {"format": 2, "experiment": exp.to_dict(), "runs": ["../outside.jsonl"]}
    head["current"] = {"run": _head(exp), "rows": "../outside.jsonl", "bytes": 100}
    file = folder / f"{_dead_pid()}-1.json"
    file.write_text(json.dumps(head))
    back = autosave.read(file)
    assert len(back.runs) == 0 and back.current is None
    back.remove()
    assert outside.exists()


def test_newest_first_and_missing_folder(tmp_path):
    assert autosave.left_behind(tmp_path / "none") == []
    for noise in (0.1, 0.2):
        exp = default_experiment()
        exp.data.noise = noise
        saver = autosave.Autosaver(tmp_path)
        saver.write(exp, None, True, RunHistory())
        _as_left_by_a_crash(saver, tmp_path).rename(tmp_path / f"{_dead_pid()}-{int(noise * 10)}.json")
    found = autosave.left_behind(tmp_path)
    assert [r.experiment.data.noise for r in found] == [0.2, 0.1]
