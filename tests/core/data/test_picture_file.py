"""A picture file dropped on the drawing pad: read, resized, turned to bright ink; refused with a
message when it is not a picture or too large."""

import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from playground.core.data import picture_file
from playground.core.data.imported import ImportFailed
from playground.core.data.picture_file import read_picture


def _said(exc) -> str:
    return exc.value.args[0].translated()


def test_a_dark_digit_on_white_paper_becomes_bright_ink_at_the_models_size(tmp_path):
    paper = np.full((64, 64), 255, np.uint8)
    paper[8:56, 24:40] = 0  # a black "1" down the middle: input cells 1–6 × 3–4
    path = tmp_path / "one.png"
    Image.fromarray(paper, "L").save(path)
    x = read_picture(str(path), 8, 8, 1)
    assert x.shape == (8, 8, 1) and x.dtype == np.float32
    assert np.allclose(x[1:7, 3:5, 0], 1.0) and np.allclose(x[:, :3, 0], 0.0) and np.allclose(x[:, 5:, 0], 0.0)
    colour = read_picture(str(path), 28, 28, 3)
    assert colour.shape == (28, 28, 3) and colour.max() == 1.0  # colour models: as it is, white paper
    assert colour[0, 0].tolist() == [1.0, 1.0, 1.0]


def test_a_file_that_is_not_a_picture_is_refused_with_a_message(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("not a picture at all")
    with pytest.raises(ImportFailed) as exc:
        read_picture(str(path), 28, 28)
    assert _said(exc) == "notes.png is not a picture: drop a PNG, JPEG, BMP or GIF file on the pad"
    with pytest.raises(ImportFailed) as exc:
        read_picture(str(tmp_path / "missing.png"), 28, 28)
    assert "missing.png cannot be read" in _said(exc)


def _png_header(width: int, height: int) -> bytes:
    """A PNG that says it is width × height (and holds no pixels): opening it reads only this."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def test_a_huge_picture_is_refused_before_it_is_decoded(tmp_path, monkeypatch):
    for side in (7_000, 20_000):  # beyond our limit; beyond Pillow's too
        path = tmp_path / f"huge{side}.png"
        path.write_bytes(_png_header(side, side))
        with pytest.raises(ImportFailed) as exc:
            read_picture(str(path), 28, 28)
        assert _said(exc) == f"huge{side}.png has more than 40 million pixels, more than is read: make it smaller"
    big = tmp_path / "big.png"
    big.write_bytes(b"\0" * 2000)
    monkeypatch.setattr(picture_file, "MAX_FILE_MB", 0.001)
    with pytest.raises(ImportFailed) as exc:
        read_picture(str(big), 28, 28)
    assert "big.png is 0 MB; pictures of up to 0.001 MB are read" in _said(exc)
