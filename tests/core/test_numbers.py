"""What counts as a number in a setting: a bool is not one, nor NaN or infinity."""

import math

import pytest

from playground.core.numbers import is_int, is_number


@pytest.mark.parametrize(("value", "whole", "number"), [
    (3, True, True),
    (-2, True, True),
    (0, True, True),
    (2.5, False, True),
    (3.0, False, True),  # JSON's 3.0 is a float: not a whole number for a count
    (True, False, False),
    (False, False, False),
    (math.nan, False, False),
    (math.inf, False, False),
    (-math.inf, False, False),
    ("3", False, False),
    (None, False, False),
    ([1], False, False),
])  # fmt: skip
def test_bools_strings_and_non_finite_values_are_not_numbers(value, whole, number):
    assert is_int(value) is whole
    assert is_number(value) is number
