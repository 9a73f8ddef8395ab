"""An .npz's arrays are checked from their headers before any is read: object arrays and arrays
too large for memory are refused by name, whatever their data."""

import io
import zipfile

import numpy as np
import pytest

from playground.core.data import npz_import
from playground.core.data.imported import ImportFailed
from tests.core.messages import assert_translates


def _write(path, members: dict) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(f"{name}.npy", data)


def _header(shape, descr="<f4") -> bytes:
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": descr, "fortran_order": False, "shape": shape})
    return buffer.getvalue()


def _npy(array) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=True)
    return buffer.getvalue()


def test_an_array_over_the_limit_is_refused_from_its_header(tmp_path):
    path = tmp_path / "d.npz"
    _write(path, {"x": _header((npz_import.MAX_BYTES // 4 + 1,)), "y": _npy(np.arange(3))})
    with pytest.raises(ImportFailed) as info:
        npz_import.load(str(path))
    assert str(info.value) == (
        f"{path}: array 'x' of shape (250000001,) takes 1,000 MB; the playground reads at most 1,000 MB of "
        "arrays: save a sample of the rows"
    )
    assert_translates(info.value.args[0], "npz_import")


def test_arrays_are_counted_together(tmp_path):
    path = tmp_path / "d.npz"
    half = (npz_import.MAX_BYTES // 8 + 1,)
    _write(path, {"x": _header(half), "y": _header(half), "z": _header(half)})
    with pytest.raises(ImportFailed, match="array 'y' of shape"):
        npz_import.load(str(path))


def test_an_object_array_is_refused_before_numpy_reads_it(tmp_path):
    path = tmp_path / "d.npz"
    _write(path, {"x": _npy(np.array([1, {}], dtype=object)), "y": _npy(np.arange(2))})
    with pytest.raises(ImportFailed, match="array 'x' holds Python objects, which are not read"):
        npz_import.load(str(path))


def test_a_text_file_is_not_an_npz(tmp_path):
    path = tmp_path / "d.npz"
    path.write_text("x,y\n1,2\n")
    with pytest.raises(ImportFailed) as info:
        npz_import.load(str(path))
    assert str(info.value) == f"{path} is not an .npz file (not a zip archive of arrays): save it with numpy.savez"
