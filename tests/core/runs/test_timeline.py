"""The epoch timeline keeps evenly spread snapshots within its count and memory bounds."""

import numpy as np
import pytest

from playground.core.runs.timeline import Timeline


def _arrays(epoch, size=10):
    return [np.full(size, epoch, np.float32)]


def test_keeps_every_epoch_until_full_then_thins_to_an_even_spread():
    timeline = Timeline(most=10)
    for epoch in range(0, 40):
        timeline.record(epoch, _arrays(epoch))
    kept = timeline.epochs
    assert len(kept) <= 10
    # Epochs 0–2 (a quarter of the room) stay; the rest thinned to every 8th epoch.
    assert timeline.interval == 8
    assert kept == [0, 1, 2, 8, 16, 24, 32]


def test_the_first_epochs_stay_whole_in_a_long_run():
    timeline = Timeline()
    for epoch in range(3000):
        timeline.record(epoch, _arrays(epoch))
    kept = timeline.epochs
    assert len(kept) <= 60
    assert kept[:11] == list(range(11))
    later = np.diff(kept[11:])
    assert (later == later[0]).all() and kept[-1] >= 3000 - later[0]
    # The copies hold what was given at that epoch, not a later value.
    assert timeline.get(64)[0][0] == 64


def test_memory_budget_bounds_the_snapshots():
    size = 1000  # 4000 bytes each
    timeline = Timeline(budget_bytes=40_000, most=1000)
    for epoch in range(500):
        timeline.record(epoch, _arrays(epoch, size))
        assert timeline.nbytes <= 40_000
    assert 5 <= len(timeline.epochs) <= 10
    assert timeline.epochs[0] == 0


def test_a_model_too_big_for_the_budget_keeps_nothing():
    timeline = Timeline(budget_bytes=1000)
    assert not timeline.record(0, _arrays(0, 1000))
    assert timeline.epochs == []


def test_records_only_due_epochs_and_copies():
    timeline = Timeline(interval=5)
    source = _arrays(0)
    assert timeline.record(0, source)
    source[0][:] = 99  # the caller's array changes later; the snapshot does not
    assert timeline.get(0)[0][0] == 0
    assert not timeline.record(3, _arrays(3))
    assert timeline.next_due(3) == 5 and timeline.next_due(5) == 10
    assert timeline.record(5, _arrays(5))
    assert not timeline.due(5)  # already kept


def test_nearest_truncate_and_missing():
    timeline = Timeline()
    for epoch in (0, 1, 2, 3, 4):
        timeline.record(epoch, _arrays(epoch))
    assert timeline.nearest(2.4) == 2 and timeline.nearest(2.5) == 2 and timeline.nearest(9) == 4
    timeline.truncate(2)
    assert timeline.epochs == [0, 1, 2]
    with pytest.raises(KeyError, match="kept: \\[0, 1, 2\\]"):
        timeline.get(3)
