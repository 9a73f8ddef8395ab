"""A user's JSON is read within limits: size, nesting depth and digits, each refused with a message
the window translates, and the depth counted without recursion."""

import json

import pytest

from playground.core import json_files
from playground.core.errors import ExperimentError
from tests.core.messages import assert_translates


def _nested(depth: int):
    value = 0
    for _ in range(depth):
        value = [value]
    return value


def test_depth_is_counted_without_recursion():
    assert json_files.depth(0) == 0
    assert json_files.depth({"a": [1, {"b": 2}]}) == 3
    assert json_files.depth(_nested(json_files.MAX_DEPTH)) == json_files.MAX_DEPTH
    assert json_files.depth(_nested(50_000)) == json_files.MAX_DEPTH + 1  # stops walking once too deep


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[" * 100_000 + "]" * 100_000, "is nested deeper than 100 levels of lists and objects"),
        (json.dumps(_nested(101)), "is nested deeper than 100 levels"),
        ("[" + "9" * 4301 + "]", "holds a number with more than 4,300 digits"),
        ("{", "is not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2"),
    ],
    ids=["parser-depth", "depth-101", "digits", "not-json"],
)
def test_text_beyond_a_limit_is_refused_by_name(text, expected):
    with pytest.raises(ExperimentError) as info:
        json_files.loads(text)
    assert info.value.field == "(file)" and expected in str(info.value)
    assert_translates(info.value.message, "experiment")


def test_what_is_within_the_limits_is_read():
    assert json_files.loads(json.dumps(_nested(100))) == _nested(100)
    assert json_files.loads("[" + "9" * 4300 + "]") == [int("9" * 4300)]


def test_size_is_checked_before_parsing(tmp_path):
    with pytest.raises(ExperimentError, match="is 2 MB; a file of this kind holds at most 1 MB"):
        json_files.loads(" " * 2_000_000, most_mb=1)
    path = tmp_path / "big.json"
    with open(path, "wb") as fh:
        fh.truncate(3_000_000)  # sparse: never read
    with pytest.raises(ExperimentError, match="is 3 MB"):
        json_files.read(path, most_mb=1)


def test_a_file_may_start_with_a_byte_order_mark_but_must_be_utf8(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"\xef\xbb\xbf[1]")
    assert json_files.read(path) == [1]
    path.write_bytes(b'["caf\xe9"]')
    with pytest.raises(ExperimentError, match=r"is not UTF-8 text \(byte 5 cannot be read\): save it again as UTF-8"):
        json_files.read(path)
    with pytest.raises(ExperimentError, match="cannot be read"):
        json_files.read(tmp_path / "gone.json", field="runs")
