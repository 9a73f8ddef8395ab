"""What many tests share: running a command and saying why it failed, and waiting for what comes
later (a worker's reply, a throttled redraw) with a timeout that holds on a busy machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence

# Long enough for a machine whose cores are busy with other work: a wait returns as soon as its
# condition holds, so a generous limit costs nothing when things are fast.
WAIT_MS = 60_000
RUN_SECONDS = 600


def describe(result: subprocess.CompletedProcess, tail: int = 3000) -> str:
    """The command, how it ended (the signal's name when it was killed) and the ends of its output."""
    code = result.returncode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "an unknown signal"
        ended = f"killed by {name} (returncode {code})"
        if -code == signal.SIGKILL:
            ended += ": out of memory (the kernel's OOM killer) or killed from outside"
    else:
        ended = f"exit code {code}"
    command = result.args if isinstance(result.args, str) else " ".join(map(str, result.args))
    return (
        f"`{command}` ended with {ended}\n"
        f"--- stdout (last {tail} characters) ---\n{_text(result.stdout)[-tail:]}\n"
        f"--- stderr (last {tail} characters) ---\n{_text(result.stderr)[-tail:]}"
    )


def run(command: Sequence, *, timeout: float = RUN_SECONDS, env: dict | None = None, **kwargs):
    """`subprocess.run` with the output captured as text and Python's fault handler on, so a child
    that crashes in C code still says where."""
    env = dict(os.environ if env is None else env)
    env.setdefault("PYTHONFAULTHANDLER", "1")
    return subprocess.run(list(command), capture_output=True, text=True, timeout=timeout, env=env, **kwargs)


def run_ok(command: Sequence, **kwargs) -> subprocess.CompletedProcess:
    """Runs `command` (see `run`) and fails the test, saying how and with the output, unless it exits 0."""
    result = run(command, **kwargs)
    assert result.returncode == 0, describe(result)
    return result


def python(*args: str) -> list[str]:
    """A command line running this test run's Python."""
    return [sys.executable, *args]


def wait_for(qtbot, condition: Callable[[], bool], what: str | Callable[[], str], timeout: int = WAIT_MS) -> None:
    """Waits until `condition()` is true; a timeout fails with `what` (called then, when it is a
    function, so it can say what it saw)."""

    def check() -> None:
        assert condition(), what() if callable(what) else what

    qtbot.waitUntil(check, timeout=timeout)


def wait_for_state(qtbot, window, state: str, timeout: int = 2 * WAIT_MS) -> None:
    """Waits until the window's run is in `state` (a training_controller state), or says where it is."""
    c = window.controller
    wait_for(
        qtbot, lambda: c.run_state == state, lambda: f"run state {state!r}; it is {c.run_state!r}: {c.message}", timeout
    )


def views_caught_up(controller) -> bool:
    """Every result the worker sent has reached the views: the controller hands rows, snapshots and
    the "Inside the network" views to them only at its frames, a few times a second."""
    return (
        not controller._history_dirty
        and controller._pending_snapshot is None
        and controller._shown_snapshot is None
        and controller._pending_views is None
    )


def wait_for_views(qtbot, window, timeout: int = WAIT_MS) -> None:
    """Waits until the views show everything the worker sent (see `views_caught_up`)."""
    c = window.controller
    wait_for(
        qtbot, lambda: views_caught_up(c), f"the views to catch up with the run ({len(c.history)} epochs)", timeout
    )


def _text(output) -> str:
    if output is None:
        return ""
    return output.decode(errors="replace") if isinstance(output, bytes) else output


# The start of a child `python -I` that must run as a user's Python without the playground would: the
# playground's editable install (a path hook and a finder) and the checkout are taken out of the
# import system, and the child checks it worked.
_NO_PLAYGROUND = """
import importlib, json, runpy, sys
sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in (getattr(f, "__module__", "") or "")]
sys.path_hooks[:] = [h for h in sys.path_hooks if "__editable__" not in (getattr(h, "__module__", "") or "")]
sys.path[:] = [p for p in sys.path if "__editable__" not in p and p != {root!r}]
sys.path_importer_cache.clear()
importlib.invalidate_caches()
try:
    import playground
except ModuleNotFoundError:
    pass
else:
    raise SystemExit("playground is importable: " + str(playground.__file__))
"""


def no_playground(root: str) -> str:
    """`_NO_PLAYGROUND` for the checkout at `root`: code to put before a child's own lines."""
    return _NO_PLAYGROUND.format(root=root)


def tensorboard_events(folder):
    """TensorBoard's own reader of the event files in `folder`, loaded, every tensor kept."""
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    events = EventAccumulator(str(folder), size_guidance={"tensors": 0})
    events.Reload()
    return events


def tensorboard_scalars(events, tag: str) -> list[tuple[int, float]]:
    """(step, value) of each event of a scalar `tag`, as TensorBoard reads them; [] without the tag."""
    from tensorboard.util import tensor_util

    if tag not in events.Tags()["tensors"]:
        return []
    return [(e.step, float(tensor_util.make_ndarray(e.tensor_proto))) for e in events.Tensors(tag)]


def assert_scalars_are_rows(folder, rows, steps: list[int], rel: float = 1e-6) -> None:
    """Keras's epoch scalars in folder/train and folder/validation — loss, accuracy, learning rate and
    their val_ twins — are the history `rows`' columns (numbers, or history.csv's text), at `steps`."""
    import pytest

    train, validation = tensorboard_events(folder / "train"), tensorboard_events(folder / "validation")
    for events, tag, column in (
        (train, "epoch_loss", "loss"),
        (train, "epoch_accuracy", "accuracy"),
        (train, "epoch_learning_rate", "learning_rate"),
        (validation, "epoch_loss", "val_loss"),
        (validation, "epoch_accuracy", "val_accuracy"),
    ):
        read = tensorboard_scalars(events, tag)
        assert [s for s, _ in read] == steps, (folder, tag)
        assert [v for _, v in read] == pytest.approx([float(row[column]) for row in rows], rel=rel), (folder, tag)
