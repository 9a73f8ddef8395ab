"""Guards against the PySide6 6.12.0 bug that pyproject.toml's `PySide6-Essentials<6.12` pin avoids.

On Python 3.11, PySide6 6.12.0 drops one reference to `True` on every Signal.emit; after a few hundred
emits the refcount of `True` reaches zero and the interpreter aborts ("deallocating True",
bool_dealloc). On Python >= 3.12 `True` is immortal, so this test passes trivially there.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402

import PySide6  # noqa: E402
from PySide6.QtCore import QObject, Qt, Signal  # noqa: E402

EMITS = 10_000
TOLERANCE = 10


class Emitter(QObject):
    sig = Signal(object)
    sig2 = Signal(bool)


def test_signal_emit_keeps_refcount_of_true(qapp):
    emitter = Emitter()
    calls = {"object": 0, "bool": 0, "queued": 0}

    def on_object(value):  # keeps no reference to `value`
        calls["object"] += 1

    def on_bool(value):
        calls["bool"] += 1

    def on_queued(value):
        calls["queued"] += 1

    emitter.sig.connect(on_object)
    emitter.sig2.connect(on_bool)
    emitter.sig.connect(on_queued, Qt.ConnectionType.QueuedConnection)

    # warm up: the first emits may create caches that hold references
    for _ in range(3):
        emitter.sig.emit(True)
        emitter.sig2.emit(True)
    qapp.processEvents()

    before = sys.getrefcount(True)
    for i in range(EMITS):
        emitter.sig.emit(True)
        emitter.sig2.emit(True)
        emitter.sig2.emit(False)
        emitter.sig.emit(i)
        # Check as we go: with the bug, `True` would be freed (a hard crash) long before the end.
        drift = sys.getrefcount(True) - before
        assert drift >= -TOLERANCE, (
            f"PySide6 {PySide6.__version__} loses references to True on Signal.emit "
            f"({-drift} lost after {i + 1} rounds); keep PySide6-Essentials below the broken release"
        )
    qapp.processEvents()

    assert calls["object"] == 2 * EMITS + 3
    assert calls["bool"] == 2 * EMITS + 3
    assert calls["queued"] == 2 * EMITS + 3
    after = sys.getrefcount(True)
    assert abs(after - before) <= TOLERANCE, (
        f"refcount of True changed by {after - before} over {EMITS} rounds of emits (PySide6 {PySide6.__version__})"
    )
