"""Files are written whole or not at all, and a failed write says what to do."""

from __future__ import annotations

import builtins
import errno
import os

import pytest

from playground.core import atomic_files as atomic


def test_writes_text_and_bytes_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "a.json"
    atomic.write_text(target, "ünïcode\n")
    assert target.read_bytes() == "ünïcode\n".encode()
    atomic.write_bytes(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert os.listdir(tmp_path) == ["a.json"]


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "experiment.json"
    target.write_bytes(b"the good version")
    real_open = builtins.open

    class HalfFile:
        def __init__(self, file):
            self.file = file

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            self.file.write(data[:3])
            self.file.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    def half_open(path, mode="r", *args, **kwargs):
        file = real_open(path, mode, *args, **kwargs)
        return HalfFile(file) if "w" in mode else file

    monkeypatch.setattr(builtins, "open", half_open)
    with pytest.raises(atomic.WriteFailed) as failed:
        atomic.write_text(target, "a much longer new version")
    monkeypatch.undo()
    assert target.read_bytes() == b"the good version"
    assert os.listdir(tmp_path) == ["experiment.json"]
    assert failed.value.errno == errno.ENOSPC
    assert str(failed.value) == (f"The disk is full: could not write {target}. Free some space and save again.")


def test_replacing_gives_writers_a_path_with_the_suffix_they_want(tmp_path):
    target = tmp_path / "model.keras"
    target.write_bytes(b"old")
    with atomic.replacing(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.endswith(".keras")
        assert temporary != target
        temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # not replaced until the writer is done
    assert target.read_bytes() == b"new"
    with atomic.replacing(tmp_path / "w.weights.h5", ".weights.h5") as temporary:
        assert temporary.name.endswith(".weights.h5")
        temporary.write_bytes(b"w")
    assert sorted(os.listdir(tmp_path)) == ["model.keras", "w.weights.h5"]


def test_a_writer_that_raises_leaves_the_old_file(tmp_path):
    target = tmp_path / "history.csv"
    target.write_text("epoch,loss\n1,0.5\n")
    with pytest.raises(ValueError, match="bug"), atomic.replacing(target) as temporary:
        temporary.write_text("epoch,lo")
        raise ValueError("a bug in the writer")
    assert target.read_text() == "epoch,loss\n1,0.5\n"
    assert os.listdir(tmp_path) == ["history.csv"]


def test_messages_name_the_file_and_what_to_do(tmp_path):
    path = tmp_path / "x.json"
    full = atomic.message(OSError(errno.ENOSPC, "No space left on device"), path)
    assert str(full) == f"The disk is full: could not write {path}. Free some space and save again."
    assert full.context == "files"
    for code in (errno.EACCES, errno.EROFS, errno.EPERM):
        text = str(atomic.message(OSError(code, "denied"), path))
        assert text == f"{path} is in a folder that cannot be written (read-only). Choose another folder."
    other = atomic.message(OSError(errno.ENOENT, "No such file or directory"), path)
    assert str(other) == f"Could not write {path}: No such file or directory. Check the folder and save again."


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_named(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "old.txt").write_text("kept")
    folder.chmod(0o500)
    try:
        with pytest.raises(atomic.WriteFailed, match="cannot be written"):
            atomic.write_text(folder / "old.txt", "new")
        assert (folder / "old.txt").read_text() == "kept"
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_private_file_stays_private(tmp_path):
    target = tmp_path / "lesson.json"
    target.write_text("old")
    target.chmod(0o600)
    atomic.write_text(target, "new")
    assert target.read_text() == "new" and (target.stat().st_mode & 0o777) == 0o600
