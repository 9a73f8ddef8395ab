"""The command line: `train` an experiment without a window, or `bench` the engine."""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m playground", description="Neural Network Playground")
    sub = p.add_subparsers(dest="command")
    train = sub.add_parser("train", help="train an experiment without a window")
    train.add_argument("experiment", help="experiment file (.json)")
    train.add_argument("--epochs", type=int, help="epochs to train (default: the file's training.epochs)")
    train.add_argument("--out", default="run", help="folder for history.csv and model.keras (default: ./run)")
    train.add_argument(
        "--engine",
        choices=("fast", "fit"),
        default="fast",
        help="fast: the compiled engine; fit: plain model.fit, for comparison",
    )
    bench = sub.add_parser("bench", help="measure training speed and window smoothness")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--seconds", type=float, default=3.0, help="time spent on each measurement")
    bench.add_argument("--no-gui", action="store_true", help="skip the window measurements")
    p.add_argument("path", nargs="?", help="experiment file to open in the window")
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    if args.command == "train":
        return train(args)
    from playground import bench

    return bench.main(args)


def train(args) -> int:
    from playground.core.experiment import Experiment, ExperimentError

    try:
        exp = Experiment.load(args.experiment)
        if args.epochs is not None:
            if args.epochs < 1:
                raise ExperimentError("--epochs", f"must be at least 1, got {args.epochs}")
            exp.training.epochs = args.epochs
    except ExperimentError as exc:
        print(f"error: {args.experiment}: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"error: cannot create {out}: {exc}", file=sys.stderr)
        return 2

    from playground.training.session import Session

    print(f"Loading TensorFlow and building the model ({args.engine} engine)…", flush=True)
    try:
        session = Session(exp, engine=args.engine)
    except ExperimentError as exc:
        print(f"error: {args.experiment}: {exc}", file=sys.stderr)
        return 2
    session.warm_up()
    t0 = time.perf_counter()
    last_print = t0
    while session.epoch < exp.training.epochs:
        rows = session.train(min(64, exp.training.epochs - session.epoch))
        row = rows[-1]
        if not math.isfinite(row["loss"]):
            print(
                f"Stopped: the loss became {row['loss']} at epoch {row['epoch']}; the learning rate "
                f"({exp.training.learning_rate:g}) is probably too high.",
                file=sys.stderr,
            )
            break
        if time.perf_counter() - last_print > 1.0:
            last_print = time.perf_counter()
            print(f"  epoch {row['epoch']}: {_metrics(row)}", flush=True)
    seconds = time.perf_counter() - t0
    session.history.write_csv(out / "history.csv")
    session.model.save(out / "model.keras")
    final = session.history.last or {}
    print(f"Trained {session.epoch} epochs in {seconds:.2f} s.")
    print(f"Final: {_metrics(final)}")
    print(f"Wrote {out / 'history.csv'} and {out / 'model.keras'}")
    return 0 if final and math.isfinite(final.get("loss", math.nan)) else 1


def _metrics(row: dict) -> str:
    return "  ".join(f"{k}={v:.4f}" for k, v in row.items() if k != "epoch")
