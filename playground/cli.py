"""The command line: `train` an experiment without a window, `bench` the engine, or `export-script` an
experiment as a plain-Keras Python script."""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

from playground import logs, resources
from playground.commands import COMMANDS
from playground.core import atomic_files


def command_name() -> str:
    """How the playground was started: the installed command's name, or `python -m playground`."""
    name = Path(sys.argv[0]).name.lower().removesuffix(".exe") if sys.argv and sys.argv[0] else ""
    return name if name in (resources.COMMAND, resources.WINDOW_COMMAND) else resources.MODULE_COMMAND


def version_text() -> str:
    return f"{resources.DISTRIBUTION} {resources.version()}"


def parser() -> argparse.ArgumentParser:
    installed = resources.commands()
    if installed == [resources.MODULE_COMMAND]:
        commands = f"Not installed as a command: run it as `{resources.MODULE_COMMAND}`."
    else:
        commands = "Installed commands: " + ", ".join(installed)
        if resources.WINDOW_COMMAND in installed:
            commands += f" ({resources.WINDOW_COMMAND} opens the window without a console)"
        commands += "."
    p = argparse.ArgumentParser(
        prog=command_name(),
        description=f"Neural Network Playground {resources.version()}: build, train and watch small Keras models. "
        "Without a command it opens the window (with the experiment file, if one is given).",
        epilog=commands,
    )
    p.add_argument("-V", "--version", action="version", version=version_text(), help="print the version and exit")
    _add_log_level(p, logs.DEFAULT_LEVEL)
    sub = p.add_subparsers(dest="command")
    train = sub.add_parser("train", help="train an experiment without a window")
    train.add_argument(
        "experiment", help="experiment file (.json), or a TensorFlow Playground link (quoted: it holds &)"
    )
    train.add_argument("--epochs", type=int, help="epochs to train (default: the file's training.epochs)")
    train.add_argument("--out", default="run", help="folder for history.csv and model.keras (default: ./run)")
    train.add_argument(
        "--kfold",
        type=int,
        metavar="K",
        help="K-fold validation: train K models, each validated on one fold (default: as the file's "
        "training.validation says)",
    )
    train.add_argument(
        "--engine",
        choices=("fast", "fit"),
        default="fast",
        help="fast: the compiled engine; fit: plain model.fit, for comparison",
    )
    train.add_argument(
        "--tensorboard",
        metavar="DIR",
        help="write TensorBoard logs into DIR as the run trains (watch with `tensorboard --logdir DIR`): "
        "Keras's epoch scalars (steps from 0), histograms, the graph and an HParams session",
    )
    train.add_argument(
        "--histogram-every",
        type=int,
        default=100,
        metavar="N",
        help="with --tensorboard: weight and gradient histograms every N epochs (0: none; default: 100)",
    )
    export = sub.add_parser(
        "export-script",
        help="write a plain-Keras Python script that trains the experiment again",
        description="Writes a self-contained Python script (numpy, scikit-learn, TensorFlow/Keras; not the "
        "playground) that rebuilds the experiment's data, model, compile and training and gives the same history "
        "as `train --engine fit`.",
    )
    export.add_argument("experiment", help="experiment file (.json)")
    export.add_argument("script", help="the Python script to write (.py)")
    export.add_argument(
        "--data",
        metavar="OUT_DATA.npz",
        help="imported data only: where to write the prepared arrays the script loads (default: beside the "
        "script, SCRIPT_data.npz)",
    )
    bench = sub.add_parser("bench", help="measure training speed and window smoothness")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--seconds", type=float, default=3.0, help="time spent on each measurement")
    bench.add_argument("--no-gui", action="store_true", help="skip the window measurements")
    bench.add_argument(
        "--soak",
        type=int,
        metavar="EPOCHS",
        help="only a long run in the window: memory growth, speed held, points drawn, closing time",
    )
    for command in (train, export, bench):  # after the command too; SUPPRESS keeps a value given before it
        _add_log_level(command, argparse.SUPPRESS)
    p.add_argument("path", nargs="?", help="experiment file, or TensorFlow Playground link, to open in the window")
    return p


def _window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The window's options, `[--log-level LEVEL] [EXPERIMENT.json | LINK]`, or None when `argv` asks for
    more (a command, --help, --version, a mistake): then the whole parser reads it, and says what is wrong."""
    window = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    window.add_argument("--log-level", type=str.upper, choices=logs.LEVELS, default=logs.DEFAULT_LEVEL)
    try:
        known, rest = window.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):  # a level it does not know: the whole parser says so
        return None
    if len(rest) > 1 or any(a.startswith("-") or a in COMMANDS for a in rest):
        return None
    known.path = rest[0] if rest else None
    return known


def _add_log_level(p: argparse.ArgumentParser, default) -> None:
    p.add_argument(
        "--log-level",
        type=str.upper,  # debug or DEBUG
        choices=logs.LEVELS,
        default=default,
        help=f"what the log shows on stderr (default: {logs.DEFAULT_LEVEL}); the log file in the data folder "
        f"keeps INFO and up ({logs.log_folder()})",
    )


def main(argv: list[str]) -> int:
    window = _window_arguments(argv)
    if window is not None:  # `--log-level DEBUG EXPERIMENT.json`: argparse would take the file for a command
        from playground.qt.app import run

        return run(window.path, log_level=window.log_level)
    args = parser().parse_args(argv)
    if args.command is not None:  # the window sets up its own logs, in Qt's data folder
        logs.set_up(args.log_level)
        logs.log_uncaught()
    if args.command == "train":
        return train(args)
    if args.command == "export-script":
        return export_script(args)
    if args.command == "bench":
        from playground import bench

        return bench.main(args)
    from playground.qt.app import run  # options only, e.g. `-- EXPERIMENT.json`: the window

    return run(args.path, log_level=args.log_level)


def train(args) -> int:
    from playground.core.data.imported import ImportFailed
    from playground.core.errors import ExperimentError
    from playground.core.experiment.checks import validate
    from playground.core.i18n import QT_TRANSLATE_NOOP, Message

    try:
        exp = load_experiment(args.experiment)
        if args.epochs is not None:
            if args.epochs < 1:
                raise ExperimentError(
                    "--epochs", Message(QT_TRANSLATE_NOOP("cli", "must be at least 1, got {got}"), got=args.epochs)
                )
            exp.training.epochs = args.epochs
        validate(exp)  # before TensorFlow loads: a model that cannot be built is refused at once
    except ExperimentError as exc:
        print(f"error: {args.experiment}: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"error: cannot create {out}: {exc}", file=sys.stderr)
        return 2

    if args.kfold is not None:
        if args.kfold < 2:
            print(f"error: --kfold must be at least 2, got {args.kfold}", file=sys.stderr)
            return 2
        exp.training.validation = {"method": "kfold", "k": args.kfold, "repeats": 1}
    if exp.training.validation.get("method") == "kfold":
        if args.tensorboard:
            print("error: --tensorboard logs one run, not K-fold validation's K models", file=sys.stderr)
            return 2
        return _kfold(args, exp, out)
    if args.histogram_every < 0:
        print(f"error: --histogram-every must be 0 or more, got {args.histogram_every}", file=sys.stderr)
        return 2

    from playground.training.engine.session import Session

    print(f"Loading TensorFlow and building the model ({args.engine} engine)…", flush=True)
    try:
        session = Session(exp, engine=args.engine, folder=out)
    except (ExperimentError, ImportFailed) as exc:  # ImportFailed: the experiment's data file is gone or broken
        print(f"error: {args.experiment}: {exc}", file=sys.stderr)
        return 2
    session.warm_up()
    board = _tensorboard(args, session)
    if board is None and args.tensorboard:
        return 2
    t0 = time.perf_counter()
    last_print = t0
    while session.epoch < exp.training.epochs:
        n = min(64, exp.training.epochs - session.epoch)
        rows = session.train(min(n, board.next_due(session.epoch) - session.epoch) if board else n)
        board = _logged(board, args, lambda b, rows=rows: b.session_epochs(session, rows))
        row = rows[-1]
        if not math.isfinite(row["loss"]):
            print(
                f"Stopped: the loss became {row['loss']} at epoch {row['epoch']}; the learning rate "
                f"({exp.training.learning_rate:g}) is probably too high.",
                file=sys.stderr,
            )
            break
        if session.finished:
            break
        if time.perf_counter() - last_print > 1.0:
            last_print = time.perf_counter()
            print(f"  epoch {row['epoch']}: {_metrics(row)}", flush=True)
    if not session.finished and math.isfinite(session.history.last["loss"]):
        session.finish()
    for event in session.events:
        print(f"  epoch {event['epoch']}: {event['text']}")
    seconds = time.perf_counter() - t0
    board = _logged(board, args, lambda b: b.session_epochs(session, []))  # what finishing did (a restore…)
    board = _logged(board, args, lambda b: b.close())
    if args.tensorboard:
        print(f"TensorBoard logs in {args.tensorboard}: tensorboard --logdir {args.tensorboard}")
    try:
        with atomic_files.replacing(out / "history.csv") as temporary:
            session.history.write_csv(temporary)
        from playground.training.files.keras_io import save_keras

        # self-contained: it takes the raw input (points, rows, images) and prepares it inside
        written = save_keras(exp, out / "model.keras", session.model)
    except OSError as exc:  # a full disk or a read-only folder: said, as for an unreadable file
        print(f"error: {atomic_files.failed(exc, out)}", file=sys.stderr)
        return 2
    final = session.history.last or {}
    print(f"Trained {session.epoch} epochs in {seconds:.2f} s.")
    print(f"Final: {_metrics(final)}")
    print(f"Wrote {out / 'history.csv'} and {out / 'model.keras'}")
    if len(written) > 1:  # playground_layers.py (Sin, FillGaps), beside the model
        print(
            f"model.keras uses the layers of {written[1]}: `import playground_layers` "
            "(from that folder) before keras.models.load_model"
        )
    return 0 if final and math.isfinite(final.get("loss", math.nan)) else 1


def _logged(board, args, write):
    """`write(board)`, or, when the disk fills or the folder goes away, a message and no more logging:
    the run trains on and history.csv and model.keras are still written. Returns the board, or None."""
    if board is None:
        return None
    try:
        write(board)
        return board
    except OSError as exc:
        print(
            f"error: TensorBoard logging stopped: {atomic_files.failed(exc, Path(args.tensorboard))}", file=sys.stderr
        )
        try:
            board.close()
        except OSError:
            pass  # the same trouble again: the message above says it
        return None


def _tensorboard(args, session):
    """The run's live TensorBoard writer (None without --tensorboard, or when DIR cannot be written)."""
    if not args.tensorboard:
        return None
    from playground.training.files.live_tensorboard import LiveTensorBoard

    try:
        board = LiveTensorBoard(args.tensorboard, session.experiment, args.histogram_every)
        board.graph(session.model)
    except OSError as exc:
        print(f"error: {atomic_files.failed(exc, Path(args.tensorboard))}", file=sys.stderr)
        return None
    return board


def load_experiment(source: str):
    """The experiment of a file, or of a TensorFlow Playground link (its unused keys said on stderr)."""
    from playground.core.experiment.config import Experiment
    from playground.core.files import tf_playground_link

    if not tf_playground_link.looks_like_link(source):
        return Experiment.load(source)
    exp, unknown = tf_playground_link.from_link(source)
    rate = exp.training.learning_rate
    print(
        f"note: the link's learning rate {rate / tf_playground_link.RATE_HERE:g} is {rate:g} here: Keras's squared "
        "error is twice TensorFlow Playground's ½(y − t)², so half the rate takes the same steps",
        file=sys.stderr,
    )
    if unknown:
        print(f"note: the link's {', '.join(unknown)} not used here", file=sys.stderr)
    return exp


def export_script(args) -> int:
    """Writes the experiment's plain-Keras script (and, for imported data, the arrays it loads)."""
    from playground.core.data.data_config import FILE
    from playground.core.data.imported import ImportFailed
    from playground.core.errors import ExperimentError
    from playground.core.experiment.config import Experiment
    from playground.core.files import export_script as exporter

    out = Path(args.script)
    data = None
    try:
        exp = Experiment.load(args.experiment)
        if exp.data.name == FILE:
            data = Path(args.data) if args.data else out.with_name(f"{out.stem}_data.npz")
        text = exporter.script(exp, data, source=args.experiment, script_path=out)
    except (ExperimentError, ImportFailed) as exc:
        print(f"error: {args.experiment}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {atomic_files.failed(exc, data)}", file=sys.stderr)
        return 2
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_files.write_text(out, text)
    except OSError as exc:
        print(f"error: {atomic_files.failed(exc, out)}", file=sys.stderr)
        return 2
    print(f"Wrote {out}" + (f" and its data {data}" if data else "") + f". Run it with: python {out}")
    return 0


def _kfold(args, exp, out: Path) -> int:
    """Trains K models (or K × repeats), each validated on one fold; writes each fold's history and
    kfold.csv (per fold and the mean ± std)."""
    import csv

    from playground.core.data.imported import ImportFailed
    from playground.core.errors import ExperimentError
    from playground.core.runs import sweeps
    from playground.training.engine.sweep_runner import SweepItem, SweepRunner

    k, repeats = exp.training.validation.get("k", 5), exp.training.validation.get("repeats", 1)
    try:
        folds = sweeps.fold_datasets(exp.data, exp.seed, k, repeats)
    except (ExperimentError, ImportFailed) as exc:
        print(f"error: {args.experiment}: {exc}", file=sys.stderr)
        return 2
    print(f"Loading TensorFlow; K-fold validation: {len(folds)} models, one after another…", flush=True)
    runner = SweepRunner([SweepItem(label, exp, ds) for label, ds in folds])
    labels, histories = [], []
    while not runner.done:
        _, _, finished = runner.step(1.0)
        if finished is not None:
            labels.append(finished.label)
            histories.append(finished.rows)
            last = finished.rows[-1] if finished.rows else {}
            print(f"  {finished.label}: {len(finished.rows)} epochs, {_metrics(last)}", flush=True)
            path = out / f"history_{finished.label.replace(', ', '_').replace(' ', '_').replace('/', 'of')}.csv"
            _write_rows(path, finished.rows)
    metric = "accuracy" if histories and "val_accuracy" in histories[0][-1] else "loss"
    table = sweeps.fold_table(labels, histories, metric)
    with (
        atomic_files.replacing(out / "kfold.csv") as temporary,
        open(temporary, "w", newline="", encoding="utf-8") as fh,
    ):
        columns = [key for key in table[-1] if not key.endswith("_std")]
        writer = csv.writer(fh)
        writer.writerow([*columns, *(f"{c}_std" for c in columns[1:])])
        for row in table:
            writer.writerow([row.get(c) for c in columns] + [row.get(f"{c}_std", "") for c in columns[1:]])
    mean = table[-1]
    print(f"K-fold validation {metric}: {mean['val']:.4f} ± {mean['val_std']:.4f} over {len(labels)} folds.")
    print(f"Wrote {out / 'kfold.csv'} and one history per fold.")
    return 0


def _write_rows(path: Path, rows: list[dict]) -> None:
    from playground.core.runs.epoch_history import History

    history = History()
    history.extend(rows)
    with atomic_files.replacing(path) as temporary:
        history.write_csv(temporary)


def _metrics(row: dict) -> str:
    return "  ".join(f"{k}={v:.4f}" for k, v in row.items() if k != "epoch")
