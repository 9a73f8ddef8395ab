"""`python -m playground bench`: the figures the engine is held to, measured in one run.

- optimizer steps per second of the compiled engine, of `model.fit`, and of plain NumPy, on the
  default problem (circle, 500 points, half for training, batch 10, 2→4→2→1 tanh, SGD 0.03);
- the GUI event loop's lateness (p50/p99) while training with every view open;
- the time from Play to the first plotted epoch, and from Pause to the run standing still;
- the LeNet-style CNN on digits: samples per second with the "Inside the network" views refreshed
  as the worker refreshes them, against the same training with no views;
- with `--soak EPOCHS` (and nothing else): a long run in the window at full speed with every view
  open — how much resident memory grows after the first minute, how the speed holds up, how many
  points the curves draw, and how long closing the window then takes (`measure_soak`).
"""

from __future__ import annotations

import json
import math
import os
import sys
import time

import numpy as np

TARGETS = {
    "engine_steps_per_s": (">=", 30_000),
    "engine_vs_fit": (">=", 50),
    "engine_vs_numpy": (">=", 1.0),
    "gui_lateness_p99_ms": ("<=", 16),
    "gui_lateness_p99_ms_max_speed": ("<=", 16),
    "play_to_first_epoch_s": ("<=", 1.0),
    "pause_latency_s": ("<=", 0.2),
    "cnn_views_speed_ratio": (">=", 0.9),
    "launch_to_window_s": ("<=", 1.0),
    "close_while_training_s": ("<=", 1.0),
    "soak_rss_growth_mb": ("<=", 50),
    "soak_speed_ratio": (">=", 0.9),
    "soak_close_s": ("<=", 1.0),
    "digit_draw_predict_p95_ms": ("<=", 50),  # bench_drawing.py: a pen move to the answer drawn
    "weight_edit_redraw_p95_ms": ("<=", 50),  # bench_weights.py: a weight edit to the pictures redrawn
}
LAUNCHES = 3  # the launch time is the median of this many starts
SOAK_BASE_S = 60.0  # the soak's memory and starting speed are those of its first minute
SOAK_WARM_UP_S = 5.0  # not counted in the starting speed: compiling, the first frames
SOAK_LIMIT_S = 1800.0  # a soak stops here even if its epochs are not done
SOAK_SAMPLE_S = 0.2  # how often the soak notes its epochs and memory


def main(args) -> int:
    if getattr(args, "soak", None):
        figures = measure_soak(args.soak)
    else:
        figures = measure_training(args.seconds)
        figures.update(measure_views(args.seconds))
        if not args.no_gui:
            figures.update(measure_launch())
            figures.update(measure_gui(args.seconds))
            from playground.bench_drawing import measure_drawing

            figures.update(measure_drawing())
            from playground.bench_weights import measure_weight_edits

            figures.update(measure_weight_edits())
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            target = TARGETS.get(key)
            verdict = ""
            if target:
                op, bound = target
                ok = value >= bound if op == ">=" else value <= bound
                verdict = f"   target {op} {bound:g}: {'ok' if ok else 'MISSED'}"
            print(f"{key:28s} {value:12.4g}{verdict}")
    return 0


def _default_session(engine: str):
    from playground.core.experiment.config import default_experiment
    from playground.training.engine.session import Session

    return Session(default_experiment(), engine=engine)


def _steps_per_epoch(session) -> int:
    return math.ceil(len(session.x_train) / session.experiment.training.batch_size)


def measure_training(seconds: float) -> dict:
    figures: dict[str, float] = {}
    fast = _default_session("fast")
    figures["engine_compile_s"] = fast.warm_up()
    fast.train(1)
    t0 = time.perf_counter()
    epochs = 0
    while time.perf_counter() - t0 < seconds:
        epochs += len(fast.train(128))
    figures["engine_steps_per_s"] = epochs * _steps_per_epoch(fast) / (time.perf_counter() - t0)
    figures["engine_xla"] = float(fast.engine.jit)

    fit = _default_session("fit")
    t0 = time.perf_counter()
    fit.train(2)  # builds fit's own train function, then estimates its speed
    per_epoch = (time.perf_counter() - t0) / 2
    # One `fit` call for the whole measurement, as a user would call it: no per-call overhead.
    epochs = max(2, round(seconds / per_epoch))
    t0 = time.perf_counter()
    fit.train(epochs)
    figures["fit_steps_per_s"] = epochs * _steps_per_epoch(fit) / (time.perf_counter() - t0)

    from playground.training.engine.numpy_mlp import NumpyMLP

    net = NumpyMLP([2, 4, 2, 1], learning_rate=0.03)
    rng = np.random.default_rng(0)
    x, y = fast.x_train, fast.dataset.train_y
    t0 = time.perf_counter()
    epochs = 0
    while time.perf_counter() - t0 < seconds:
        net.epoch(x, y, 10, rng)
        epochs += 1
    figures["numpy_steps_per_s"] = epochs * _steps_per_epoch(fast) / (time.perf_counter() - t0)
    figures["engine_vs_fit"] = figures["engine_steps_per_s"] / figures["fit_steps_per_s"]
    figures["engine_vs_numpy"] = figures["engine_steps_per_s"] / figures["numpy_steps_per_s"]
    return figures


def measure_views(seconds: float) -> dict:
    """The LeNet template on digits, trained in ~30 ms calls as the worker does, once without
    views and once refreshing them on the worker's schedule (`views.Budget`)."""
    from playground.core.teaching.templates import TEMPLATES
    from playground.qt.training.worker import CALL_SECONDS, EMIT_SECONDS
    from playground.training.engine.session import Session
    from playground.training.inspection.views import Budget

    session = Session(TEMPLATES["lenet"][1]())
    session.warm_up()
    session.train(1)
    t0 = time.perf_counter()
    session.snapshot()  # traces the views' function once, as loading a run does
    figures = {"cnn_views_first_s": time.perf_counter() - t0}
    t0 = time.perf_counter()
    session.snapshot()
    figures["cnn_views_ms"] = (time.perf_counter() - t0) * 1000
    per_epoch = max(1e-4, _timed(lambda: session.train(2)) / 2)
    chunk = max(1, int(CALL_SECONDS / per_epoch))

    # The two modes take turns in half-second blocks, so the machine's drift (other jobs, clock
    # changes) falls on both alike rather than on whichever ran second.
    budget, last_emit = Budget(), 0.0
    totals = {False: [0, 0.0], True: [0, 0.0]}  # mode -> [epochs, seconds]
    end = time.perf_counter() + 2 * seconds
    while time.perf_counter() < end:
        for with_views in (False, True):
            t0 = time.perf_counter()
            while time.perf_counter() - t0 < 0.5:
                totals[with_views][0] += len(session.train(chunk))
                now = time.perf_counter()
                if now - last_emit >= EMIT_SECONDS:
                    last_emit = now
                    views = with_views and budget.due(now)
                    session.snapshot(views=views)
                    if views:
                        budget.spent(now, time.perf_counter())
            totals[with_views][1] += time.perf_counter() - t0
    samples = len(session.x_train)
    figures["cnn_samples_per_s"], figures["cnn_samples_per_s_views"] = (
        totals[mode][0] * samples / totals[mode][1] for mode in (False, True)
    )
    figures["cnn_views_speed_ratio"] = figures["cnn_samples_per_s_views"] / figures["cnn_samples_per_s"]
    return figures


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _lateness(clock, seconds: float) -> np.ndarray:
    """How late a 10 ms timer fires, in ms, while the app's real event loop runs for `seconds`."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    lateness: list[float] = []
    interval_ms = 10
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        lateness.append(max(0.0, (now - last[0]) / 1e6 - interval_ms))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    return np.array(lateness[5:] or [math.nan])


def measure_gui(seconds: float) -> dict:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from playground.core.experiment.config import default_experiment
    from playground.qt.training import training_controller as tc
    from playground.qt.window.main_window import QtMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    experiment = default_experiment()
    experiment.training.epochs = 10**6  # keep training through both measurements
    window = QtMainWindow(experiment)
    window.show()
    controller = window.controller
    clock = QElapsedTimer()
    clock.start()
    marks: dict[str, float] = {}

    def wait_until(condition, limit_s: float) -> bool:
        deadline = time.perf_counter() + limit_s
        while not condition() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
        return condition()

    if not wait_until(lambda: controller.run_state == tc.READY, 120):
        window.close()
        return {"gui_error": 1.0}

    def on_history(history) -> None:
        if len(history) and "first" not in marks:
            marks["first"] = clock.nsecsElapsed() / 1e9

    # Connected after the window's own slot, so it fires once the epoch has been drawn.
    controller.sigHistoryChanged.connect(on_history)
    marks["play"] = clock.nsecsElapsed() / 1e9
    controller.play()

    figures = {}
    try:
        for label, speed in (("", tc.DEFAULT_SPEED), ("_max_speed", 0)):
            controller.set_speed(speed)
            late = _lateness(clock, seconds)
            figures[f"gui_lateness_p50_ms{label}"] = float(np.percentile(late, 50))
            figures[f"gui_lateness_p99_ms{label}"] = float(np.percentile(late, 99))
        # Still at full speed, the worst case: how long until Pause has taken effect.
        t0 = time.perf_counter()
        controller.pause()
        wait_until(lambda: controller.run_state == tc.READY, 5)
        figures["pause_latency_s"] = time.perf_counter() - t0
    finally:
        epochs = len(controller.history)
        window.close()
        wait_until(lambda: not controller.thread_running, 60)
    return {
        "play_to_first_epoch_s": marks.get("first", math.nan) - marks["play"],
        **figures,
        "gui_epochs_in_run": float(epochs),
        "gui_test_accuracy": float(controller.history.last.get("val_accuracy", math.nan)) if epochs else math.nan,
    }


def measure_launch(launches: int = LAUNCHES) -> dict:
    """Starts `python -m playground` as a user would, `launches` times: the seconds from launch to
    the window's first frame (median), and from closing the window while it trains to the
    process's end (the longest). Each start has empty settings, so no question stops it."""
    import subprocess
    import tempfile

    shown, closed = [], []
    for _ in range(launches):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, PLAYGROUND_BENCH_LAUNCH="1", XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
            if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
                env.setdefault("QT_QPA_PLATFORM", "offscreen")
            t0 = time.time()
            command = [sys.executable, "-m", "playground"]
            proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            marks = {}
            for line in proc.stdout:
                key, _, value = line.strip().partition("=")
                if key in ("window_shown_at", "close_at"):
                    marks[key] = float(value)
            proc.wait(timeout=300)
            end = time.time()
        if "window_shown_at" in marks:
            shown.append(marks["window_shown_at"] - t0)
        if "close_at" in marks:
            closed.append(end - marks["close_at"])
    return {
        "launch_to_window_s": float(np.median(shown)) if shown else math.nan,
        "close_while_training_s": max(closed) if closed else math.nan,
    }


def measure_soak(epochs: int, limit_s: float = SOAK_LIMIT_S) -> dict:
    """Trains the default experiment for `epochs` epochs at full speed in the window (offscreen when
    there is no display) with every view open: the output and "Inside the network" side by side, the
    neurons, the curves and their timeline, the runs table (following the run every second) and the
    doctor (fed every two seconds). Stops after `limit_s` seconds if the epochs are not done.

    Returns:
        soak_rss_growth_mb: resident memory at the end less that after the first minute (after
            its first 10 % for a run shorter than two minutes);
        soak_speed_ratio: epochs per second over the last 10 % of the run ÷ over the first minute
            (after SOAK_WARM_UP_S);
        soak_close_s: from closing the window, while it still trains, to its training thread's end;
        and the epochs, seconds, speeds, memory, the points the loss curve draws and the
        timeline's snapshots.
    """
    import shutil
    import tempfile

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from playground.core.experiment.config import default_experiment
    from playground.core.recipe import training_config
    from playground.qt.training import training_controller as tc
    from playground.qt.window.main_window import QtMainWindow

    home = tempfile.mkdtemp(prefix="playground-soak-")  # its settings and autosaves, not the user's
    os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = home
    app = QApplication.instance() or QApplication(sys.argv[:1])
    experiment = default_experiment()
    # Still training when the window closes, if the epoch limit leaves room for more.
    experiment.training.epochs = min(2 * int(epochs), training_config.MAX_EPOCHS)
    window = QtMainWindow(experiment)
    window.show()
    _open_every_view(window)
    controller = window.controller

    def wait_until(condition, limit: float) -> bool:
        deadline = time.perf_counter() + limit
        while not condition() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
        return condition()

    if not wait_until(lambda: controller.run_state == tc.READY, 120):
        window.close()
        return {"soak_error": 1.0}
    controller.set_speed(0)
    controller.play()
    samples = []  # (seconds since Play, epochs, resident MB)
    t0 = next_sample = time.perf_counter()
    while True:
        app.processEvents()
        time.sleep(0.002)
        now = time.perf_counter()
        done = len(controller.history) >= epochs or (controller.history and controller.run_state != tc.RUNNING)
        if now >= next_sample or done or now - t0 > limit_s:
            samples.append((now - t0, len(controller.history), _resident_mb()))
            next_sample += SOAK_SAMPLE_S
        if done or now - t0 > limit_s:
            break
    drawn = window.loss_plot.curves["loss"].xData  # the points handed to the curve (before pyqtgraph's own thinning)
    points, snapshots = len(drawn) if drawn is not None else 0, len(controller.book.timeline)
    t_close = time.perf_counter()
    window.close()
    wait_until(lambda: not controller.thread_running, 60)
    close_s = time.perf_counter() - t_close
    shutil.rmtree(home, ignore_errors=True)
    return {
        **soak_figures(samples),
        "soak_close_s": close_s,
        "soak_points_drawn": float(points),
        "soak_timeline_snapshots": float(snapshots),
    }


def soak_figures(samples: list[tuple[float, int, float]]) -> dict:
    """The soak's figures from its samples (seconds, epochs, resident MB), taken every SOAK_SAMPLE_S."""
    t = np.array([s[0] for s in samples])
    n = np.array([s[1] for s in samples], float)
    mb = np.array([s[2] for s in samples])
    end = t[-1]
    base = SOAK_BASE_S if end >= 2 * SOAK_BASE_S else 0.1 * end
    warm = min(SOAK_WARM_UP_S, base / 2)

    def at(when: float) -> int:
        return min(int(np.searchsorted(t, when)), len(t) - 1)

    def speed(a: int, b: int) -> float:
        return (n[b] - n[a]) / (t[b] - t[a]) if b > a and t[b] > t[a] else math.nan

    start = speed(at(warm), at(base))
    last = speed(at(0.9 * end), len(t) - 1)
    return {
        "soak_epochs": float(n[-1]),
        "soak_seconds": float(end),
        "soak_rss_start_mb": float(mb[at(base)]),
        "soak_rss_end_mb": float(mb[-1]),
        "soak_rss_growth_mb": float(mb[-1] - mb[at(base)]),
        "soak_epochs_per_s_start": start,
        "soak_epochs_per_s_end": last,
        "soak_speed_ratio": last / start,
    }


def _open_every_view(window) -> None:
    """The output and "Inside the network" side by side (the latter floated out of their shared
    dock), the neurons, and the runs table among the tabs under the network."""
    window._inside_dock.setFloating(True)
    window._inside_dock.show()
    window._output_dock.show()
    window.network_tabs.setCurrentWidget(window.network_view)
    window.bottom_tabs.setCurrentIndex(1)  # Runs


def _resident_mb() -> float:
    """The process's resident memory now, in MB (Linux); elsewhere its peak so far."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10
