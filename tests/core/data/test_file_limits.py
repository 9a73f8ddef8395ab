"""Hostile files: a CSV table too wide to be data, an infinite number in a column of numbers, a
picture bomb in an image folder — each refused before any work, with a message naming the column,
row, value or file to fix."""

from __future__ import annotations

import pytest

from playground.core.data import csv_import
from playground.core.data.imported import ImportFailed


def _write(tmp_path, text: str) -> str:
    path = tmp_path / "table.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_header_of_a_million_columns_is_refused_before_the_rows_are_looked_at(tmp_path):
    n = 1_000_000
    path = _write(tmp_path, ",".join(f"c{i}" for i in range(n)) + "\n" + ",".join("1" * n) + "\n")
    with pytest.raises(ImportFailed) as info:
        csv_import.read(path)
    assert str(info.value) == f"{path} has {n} columns; the playground takes at most 10000: keep the columns you need"


def test_a_table_as_wide_as_allowed_is_read(tmp_path):
    n = csv_import.MAX_COLUMNS
    rows = "\n".join(",".join(str(r + i) for i in range(n)) for r in range(3))
    table = csv_import.read(_write(tmp_path, ",".join(f"c{i}" for i in range(n)) + "\n" + rows + "\n"))
    assert len(table.header) == n and table.numeric == [True] * n


def test_a_table_of_too_many_values_is_refused_before_its_rows_are_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_CELLS", 1_000)
    path = _write(tmp_path, "a,b,c,d\n" + "1,2,3,4\n" * 251)
    with pytest.raises(ImportFailed) as info:
        csv_import.read(path)
    assert str(info.value) == (
        f"{path} has 251 rows of 4 values; the playground reads at most 1,000 values: use a sample of its rows"
    )
    path = _write(tmp_path, "a,b,c,d\n" + "1,2,3,4\n" * 249)
    assert len(csv_import.read(path).rows) == 249


def test_number_columns_are_read_at_once_with_blanks_as_gaps(tmp_path):
    path = _write(tmp_path, "a,b,y\n1,x,0\nNA,y,1\n2.5, ,0\n1_000,z,N/A\n")
    table = csv_import.read(path)
    assert table.numeric == [True, False, True] and table.missing == [1, 1, 1]
    assert table.numbers[0].tolist()[:1] + table.numbers[0].tolist()[2:] == [1.0, 2.5, 1000.0]
    assert table.numbers[1] is None
    imported = csv_import.load(path, target="y")
    # The row without a target is left out; the gap in "a" is filled with the column's mean.
    assert imported.x[:, 0].tolist() == pytest.approx([1.0, 1.75, 2.5])
    assert imported.y.tolist() == [0, 1, 0]


@pytest.mark.parametrize("cell", ["inf", "-inf", "1e999", "Infinity"])
@pytest.mark.parametrize("column", ["y", "a"])
def test_an_infinite_number_is_named_with_its_row_not_taken_for_text(tmp_path, cell, column):
    rows = [{"a": str(i), "b": str(2 * i), "y": str(i % 2)} for i in range(30)]
    rows[6][column] = cell
    text = "a,b,y\n" + "".join(f"{r['a']},{r['b']},{r['y']}\n" for r in rows)
    path = _write(tmp_path, text)
    with pytest.raises(ImportFailed) as info:
        csv_import.read(path)
    assert str(info.value) == (f"{path}, row 8: column {column!r} holds {cell!r}, not a finite number; fix that cell")
    with pytest.raises(ImportFailed):
        csv_import.load(path, target="y", problem="regression")


def test_infinity_in_a_text_column_is_just_a_word(tmp_path):
    text = "name,x,y\n" + "".join(f"{w},{i},{i % 2}\n" for i, w in enumerate(["inf", "cat", "dog"] * 4))
    table = csv_import.read(_write(tmp_path, text))
    assert table.numeric == [False, True, True]


@pytest.mark.parametrize("side", [10_000, 20_000])  # 100 Mpx: Pillow warns; 400 Mpx: Pillow refuses to open it
def test_a_picture_bomb_in_an_image_folder_is_refused_before_it_is_decoded(tmp_path, side):
    from PIL import Image

    from playground.core.data import image_import

    for name in ("cat", "dog"):
        (tmp_path / name).mkdir()
        for i in range(2):
            Image.new("L", (8, 8), 40 * i).save(tmp_path / name / f"{i}.png")
    Image.new("1", (side, side)).save(tmp_path / "dog" / "bomb.png")  # a few kB on disk
    with pytest.raises(ImportFailed) as info:
        image_import.load(str(tmp_path), size=8)
    text = str(info.value)
    assert text.startswith(f"{'dog/bomb.png'} in {tmp_path} ") and "pixels" in text, text
    if side == 10_000:
        assert "is 10000×10000 pixels; pictures of up to 40 million pixels are read" in text
