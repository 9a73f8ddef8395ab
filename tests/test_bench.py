"""The soak's figures from its samples (the soak itself is timed: it runs in the benchmark only)."""

import pytest

from playground.bench import SOAK_BASE_S, TARGETS, soak_figures


def test_growth_and_speed_ratio_are_taken_after_the_first_minute():
    # 200 s sampled every second: 1000 epochs/s for the first 100 s, then 900; memory flat until
    # the first minute's end, then 0.25 MB a second.
    samples, epochs = [], 0
    for t in range(201):
        samples.append((float(t), epochs, 900.0 + 0.25 * max(0, t - SOAK_BASE_S)))
        epochs += 1000 if t < 100 else 900
    figures = soak_figures(samples)
    assert figures["soak_rss_growth_mb"] == pytest.approx(0.25 * (200 - SOAK_BASE_S))
    assert figures["soak_speed_ratio"] == pytest.approx(0.9)
    assert figures["soak_epochs"] == epochs - 900 and figures["soak_seconds"] == 200
    assert TARGETS["soak_rss_growth_mb"] == ("<=", 50) and TARGETS["soak_speed_ratio"] == (">=", 0.9)


def test_a_short_soak_uses_its_first_tenth():
    samples = [(t / 10, 100 * t, 500.0 + t) for t in range(101)]  # 10 s, 1000 epochs/s
    figures = soak_figures(samples)
    assert figures["soak_rss_start_mb"] == 510.0 and figures["soak_rss_growth_mb"] == 90.0
    assert figures["soak_speed_ratio"] == pytest.approx(1.0)
