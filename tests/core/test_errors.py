"""An ExperimentError names the field as the file spells it and carries a translatable message."""

import pytest

from playground.core.errors import ExperimentError, names, reject_unknown
from playground.core.i18n import Message


def test_an_unknown_key_is_named_with_what_is_allowed():
    with pytest.raises(ExperimentError) as info:
        reject_unknown("data.", {"name": "circle", "size": 3}, {"name", "samples"})
    assert info.value.field == "data.size"
    assert isinstance(info.value.message, Message) and info.value.message.context == "experiment"
    assert str(info.value) == "data.size: is not a known field; allowed here: name, samples"


def test_names_lists_choices():
    assert names(("a", 1, None)) == "a, 1, None"
