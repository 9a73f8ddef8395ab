"""What counts as a number in a setting read from JSON: the checks every domain's settings share.

JSON gives Python bools, ints and floats (NaN and infinity too, as Python's json reads them), and a
bool is an int to `isinstance`; a setting that takes a number must refuse `true`, NaN and infinity.
The layer palette, the optimizers, schedules, callbacks, sweeps and the experiment file all check
their values with these two, so they live below every domain and import nothing of the playground.
"""

from __future__ import annotations

import math
from typing import Any


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
