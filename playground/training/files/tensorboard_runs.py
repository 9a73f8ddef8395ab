"""Every run of the Runs table as TensorBoard logs, one subfolder per run (issue: "the Runs table as
TensorBoard's HParams dashboard"):

    folder/events.out.tfevents.*         the HParams experiment: the settings and metrics to list
    folder/01_run3_lr-0.01/              run 3, as `tensorboard.write_run` writes one run: its
        events.out.tfevents.*                HParams session (its settings, its label, sweep, end)
        train/, validation/                  and its epoch scalars, settings and events as text
    folder/02_run4_K-fold-validation-1-fold-1-5/
    …

The number in front keeps TensorBoard's run list in the table's order (it sorts runs by name) and
makes every name unique; the rest is the run's number and label with anything a file system could
refuse replaced by "-". `tensorboard --logdir folder` shows the runs side by side, and the HParams
dashboard lists one row per run: its settings and its last train and validation values.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Sequence
from pathlib import Path

from playground.core.runs.run_history import Run
from playground.training.files.tensorboard import (
    EVENT_FILES,
    TRAIN,
    VALIDATION,
    hparams,
    scalars,
    write_run,
    write_summary_pb,
)
from playground.training.tf_setup import import_tensorflow

NAME_CHARS = 48  # of a label in a folder name: long enough to read, short of any path limit
# TensorFlow's file errors by name, as the OSError a Python write would have raised.
_ERRNO = {"ResourceExhaustedError": errno.ENOSPC, "PermissionDeniedError": errno.EACCES, "NotFoundError": errno.ENOENT}
# A folder an earlier export wrote ("07_run12…"): its event files are replaced, not left to show twice.
_OURS = re.compile(r"^\d{2,}_run\d+(_|$)")


def run_hparams(run: Run) -> dict[str, float | str]:
    """The HParams session of a run: its settings (`tensorboard.hparams`) and what the table says
    of it beside them — its number, label, sweep and how it ended (folds of a K-fold share every setting)."""
    found: dict[str, float | str] = {"run": float(run.number), "label": _label(run) or run.title}
    if run.group:
        found["sweep"] = run.group
    found["ended"] = run.reason
    found.update(hparams(run.experiment))
    return found


def folder_names(runs: Sequence[Run]) -> list[str]:
    """A folder name per run, in order: "01_run3_lr-0.01" — sortable, unique and safe on any file system."""
    width = max(2, len(str(len(runs))))
    names = []
    for index, run in enumerate(runs, 1):
        name = f"{index:0{width}d}_run{run.number}"
        label = _safe(_label(run))
        names.append(f"{name}_{label}" if label else name)
    return names


def write_runs(folder: str | Path, runs: Sequence[Run]) -> list[Path]:
    """Writes each run's logs into its own subfolder of `folder` and the HParams experiment (every
    setting and metric the runs have, for the dashboard's columns) into `folder` itself.

    Writing into a folder an earlier export used replaces its logs: its run folders this export does
    not write again lose their event files (and are removed when nothing else is left in them).

    Returns:
        The runs' folders, in order.

    Raises:
        OSError: the folder cannot be written.
    """
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    names = folder_names(runs)
    _forget_earlier(root, set(names))
    written = []
    tf = import_tensorflow()
    try:
        for run, name in zip(runs, names, strict=True):
            session = run_hparams(run)
            written.append(write_run(root / name, run.rows, run.events, experiment=run.experiment, session=session))
        _write_experiment(root, runs)
    except tf.errors.OpError as exc:  # TensorFlow's writer met the disk's error: said as Python says it
        code = _ERRNO.get(type(exc).__name__, errno.EIO)
        raise OSError(code, exc.message or os.strerror(code), str(root)) from exc
    return written


def _label(run: Run) -> str:
    """As the table's run column says it: "K-fold validation #1: fold 2/5", "lr 0.01", or ""."""
    if not run.label:
        return ""
    return run.label if not run.group or run.group in run.label else f"{run.group}: {run.label}"


def _safe(text: str) -> str:
    """Letters, digits, ".", "+" and "-" only (no separators, spaces or characters Windows refuses)."""
    return re.sub(r"[^\w.+-]+", "-", text).strip(".-_")[:NAME_CHARS].rstrip(".-_")


def _forget_earlier(root: Path, keep: set[str]) -> None:
    for old in root.glob(EVENT_FILES):  # the earlier experiment summary
        if old.is_file():
            old.unlink()
    for sub in root.iterdir():
        if sub.name in keep or not sub.is_dir() or not _OURS.match(sub.name):
            continue
        for where in (sub, sub / TRAIN, sub / VALIDATION):
            for old in where.glob(EVENT_FILES):
                if old.is_file():
                    old.unlink()
        for where in (sub / TRAIN, sub / VALIDATION, sub):
            try:
                where.rmdir()  # only when empty: anything else the user put there stays
            except OSError:
                pass


def _write_experiment(root: Path, runs: Sequence[Run]) -> bool:
    """The HParams dashboard's experiment: every hparam of the sessions (with the values they take)
    and every metric the runs logged (their last value is the dashboard's column). False without
    the `tensorboard` package (the dashboard then has no sessions either)."""
    try:
        from tensorboard.plugins.hparams import api, summary_v2
    except ImportError:
        return False
    values: dict[str, list] = {}
    for run in runs:
        for name, value in run_hparams(run).items():
            if value not in values.setdefault(name, []):
                values[name].append(value)
    params = []
    for name, seen in values.items():
        same_kind = all(isinstance(v, str) for v in seen) or all(isinstance(v, float) for v in seen)
        params.append(api.HParam(name, api.Discrete(seen) if same_kind else None))
    metrics = [
        api.Metric(tag, group=group, display_name=f"{group} {tag.removeprefix('epoch_')}")
        for group, tag in _metric_tags(runs)
    ]
    write_summary_pb(root, summary_v2.hparams_config_pb(params, metrics))
    return True


def _metric_tags(runs: Sequence[Run]) -> list[tuple[str, str]]:
    """(group, tag) of every scalar the runs logged: validation first (what runs are compared by)."""
    found: dict[tuple[str, str], None] = {}
    for run in runs:
        columns: dict[str, float] = {}
        for row in run.rows:  # a column may start late (a metric added), so every row's keys count
            columns.update({key: 0.0 for key, value in row.items() if _number(value)})
        train, validation = scalars([columns])
        for tag, _, _ in validation:
            found[(VALIDATION, tag)] = None
        for tag, _, _ in train:
            found[(TRAIN, tag)] = None
    return sorted(found, key=lambda key: key[0] != VALIDATION)


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
