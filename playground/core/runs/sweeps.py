"""Sweeps: the same network trained several times, one run after another, to compare.

K-fold validation (each fold of the training and validation rows validates once, the rest
trains), a data-size sweep (a learning curve: 10 % … 100 % of the training rows), a capacity
sweep (units per hidden layer, or the number of hidden layers), and optimizer or learning-rate
comparisons. Each function returns labelled variants — `(label, Dataset)` or `(label, Experiment)`
— for the training side to run in turn; the statistics at the end summarise the runs' histories.
"""

from __future__ import annotations

import copy
import dataclasses
import math
from collections.abc import Iterable, Sequence

import numpy as np

from playground.core.data import datasets
from playground.core.data.data_config import DataConfig, class_names
from playground.core.data.datasets import Dataset
from playground.core.data.preprocessing import Split
from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import layer_edits
from playground.core.network.layer_graph import is_sequential, layer_name
from playground.core.network.layer_specs import unique_name
from playground.core.numbers import is_int
from playground.core.recipe.training_config import DEFAULT_LEARNING_RATES

FRACTIONS = (0.1, 0.25, 0.5, 0.75, 1.0)
MIN_PER_CLASS = 2  # a data-size sweep keeps at least this many training samples of each class
# Layers that keep a vector a vector of the same size: they travel with the Dense layer before them
# when a capacity sweep adds or removes hidden layers.
PASSTHROUGH = ("Dropout", "BatchNormalization", "LayerNormalization", "Activation")
CAPACITY_KINDS = ("units", "layers")


def fold_datasets(
    cfg: DataConfig, seed: int, k: int, repeats: int = 1, stratify: bool | None = None
) -> list[tuple[str, Dataset]]:
    """K-fold (or repeated K-fold) splits of the training and validation rows, one Dataset each.

    The pool is every row `datasets.generate` would use for training or validation; the held-out
    test set, when the config keeps one, stays out of it and is the same in every fold. Each
    fold's Dataset trains on the other folds and validates (`test_x`) on the fold, scaled with
    that fold's training rows only. With one repeat the folds follow `cfg.shuffle` (off: folds
    of consecutive rows); each further repeat shuffles anew.

    Args:
        cfg: the data to split.
        seed: the experiment's seed: the same rows as `generate`, and the shuffles.
        k: the number of folds, at least 2.
        repeats: how many times to repeat K-fold with a new shuffle. Defaults to 1.
        stratify: keep each class's share in every fold (classes only). Defaults to `cfg.stratify`.

    Returns:
        `[("fold 1/5", dataset), …]`, or `[("repeat 1, fold 1/5", dataset), …]` with repeats.

    Raises:
        ExperimentError: k or repeats cannot split these rows (the message says what to change).
    """
    from sklearn.model_selection import KFold, RepeatedKFold, RepeatedStratifiedKFold, StratifiedKFold

    pool = datasets.split_pool(cfg, seed)
    rows = np.sort(np.concatenate([pool.parts.train, pool.parts.test]))
    labels = np.asarray(pool.y).reshape(len(pool.y), -1)[:, 0][rows]
    stratified = pool.classes and (cfg.stratify if stratify is None else stratify)
    _check_folds(k, repeats, labels, stratified, class_names(cfg) if pool.classes else ())
    if repeats == 1:
        kind = StratifiedKFold if stratified else KFold
        splitter = kind(n_splits=k, shuffle=cfg.shuffle, random_state=seed if cfg.shuffle else None)
    else:
        kind = RepeatedStratifiedKFold if stratified else RepeatedKFold
        splitter = kind(n_splits=k, n_repeats=repeats, random_state=seed)
    found = []
    for i, (train, test) in enumerate(splitter.split(rows, labels if stratified else None)):
        repeat, fold = divmod(i, k)
        label = f"fold {fold + 1}/{k}" if repeats == 1 else f"repeat {repeat + 1}, fold {fold + 1}/{k}"
        parts = Split(rows[train], rows[test], pool.parts.holdout)
        found.append((label, datasets.from_split(cfg, pool, parts)))
    return found


def _check_folds(k, repeats, labels: np.ndarray, stratified: bool, names: Sequence[str]) -> None:
    where = "training.validation"
    if not is_int(k) or k < 2:
        raise ExperimentError(
            f"{where}.k", Message(QT_TRANSLATE_NOOP("sweeps", "K-fold needs at least 2 folds, got {k}"), k=repr(k))
        )
    if not is_int(repeats) or repeats < 1:
        raise ExperimentError(
            f"{where}.repeats",
            Message(QT_TRANSLATE_NOOP("sweeps", "must be a whole number ≥ 1, got {got}"), got=repr(repeats)),
        )
    if k > len(labels):
        raise ExperimentError(
            f"{where}.k",
            Message(
                QT_TRANSLATE_NOOP(
                    "sweeps", "is {k} but there are only {n} samples to split: lower k or use more samples"
                ),
                k=k,
                n=len(labels),
            ),
        )
    if not stratified:
        return
    values, counts = np.unique(labels.astype(int), return_counts=True)
    for value, count in zip(values, counts, strict=True):
        if count < k:
            name = names[value] if 0 <= value < len(names) else str(value)
            raise ExperimentError(
                f"{where}.k",
                Message(
                    QT_TRANSLATE_NOOP(
                        "sweeps",
                        "class {name!r} has only {count} samples, fewer than k={k} folds: "
                        "lower k or turn stratification off",
                    ),
                    name=name,
                    count=count,
                    k=k,
                ),
            )


def fraction_datasets(
    dataset: Dataset, fractions: Iterable[float] = FRACTIONS, seed: int = 0
) -> list[tuple[str, Dataset]]:
    """The same data with fewer training rows: a learning curve's points.

    The validation and held-out sets stay as they are. The training rows are subsampled —
    stratified for classes, keeping at least 2 of each class — and nested: every smaller part is
    inside the larger ones, so the curve shows the amount of data, not a new draw. The inputs keep
    the scaling fitted on the full training rows, which holds no validation row.

    Args:
        dataset: the split data, as `datasets.generate` makes it.
        fractions: shares of the training rows, each above 0 and at most 1. Defaults to FRACTIONS.
        seed: chooses the rows. Defaults to 0.

    Returns:
        `[("25 % of the training data (n=120)", dataset), …]` in the order of `fractions`.
    """
    rng = np.random.default_rng(seed)
    n = len(dataset.train_y)
    classes = dataset.problem in ("classification", "multiclass")
    labels = dataset.train_y.reshape(n, -1)[:, 0].astype(int) if classes else np.zeros(n, int)
    # One random order per class: taking its first rows for every fraction nests the subsets.
    orders = [rng.permutation(np.flatnonzero(labels == c)) for c in np.unique(labels)]
    found = []
    for fraction in fractions:
        if not 0 < fraction <= 1:
            raise ExperimentError(
                "fractions",
                Message(
                    QT_TRANSLATE_NOOP("sweeps", "each must be above 0 and at most 1, got {got}"), got=repr(fraction)
                ),
            )
        least = MIN_PER_CLASS if classes else 1
        keep = np.sort(
            np.concatenate([order[: max(min(least, len(order)), round(fraction * len(order)))] for order in orders])
        )
        label = f"{fraction * 100:g} % of the training data (n={len(keep)})"
        part = dataclasses.replace(
            dataset,
            train_x=dataset.train_x[keep],
            train_y=dataset.train_y[keep],
            train_w=None if dataset.train_w is None else dataset.train_w[keep],
            warnings=list(dataset.warnings),
            notes=list(dataset.notes),
        )
        found.append((label, part))
    return found


def capacity_variants(exp: Experiment, kind: str, values: Iterable[int]) -> list[tuple[str, Experiment]]:
    """The network with more or fewer neurons, or more or fewer hidden layers.

    The model must be a plain stack whose hidden part is Dense layers (each possibly followed by
    Dropout, BatchNormalization, LayerNormalization or Activation) before a Dense output; layers
    before the first hidden Dense layer (Flatten, convolutions…) stay as they are.

    Args:
        exp: the experiment to vary.
        kind: "units" sets every hidden Dense layer's units to the value; "layers" makes that many
            hidden layers, copies of the first one with what follows it (0: no hidden layer).
        values: one variant per value.

    Returns:
        `[("8 units per hidden layer", exp), …]` or `[("2 hidden layers", exp), …]`.

    Raises:
        ExperimentError: the model is not such a stack, or a variant does not validate.
    """
    if kind not in CAPACITY_KINDS:
        raise ExperimentError(
            "kind", Message(QT_TRANSLATE_NOOP("sweeps", "must be units or layers, got {got}"), got=repr(kind))
        )
    layers = exp.model.layers
    hidden = [i for i, layer in enumerate(layers[:-1]) if layer.get("class_name") == "Dense"]
    if not layers or not is_sequential(layers) or layers[-1].get("class_name") != "Dense":
        raise ExperimentError(
            "model.layers",
            Message(
                QT_TRANSLATE_NOOP(
                    "sweeps",
                    "a capacity sweep needs a plain stack of layers ending in a Dense output (no branches, Inputs or "
                    "extra outputs)",
                )
            ),
        )
    if not hidden:
        raise ExperimentError(
            "model.layers",
            Message(
                QT_TRANSLATE_NOOP(
                    "sweeps", "a capacity sweep varies hidden Dense layers, and this model has none: add one"
                )
            ),
        )
    first = hidden[0]
    for i in range(first, len(layers) - 1):
        kind_i = layers[i].get("class_name")
        if kind_i != "Dense" and kind_i not in PASSTHROUGH:
            raise ExperimentError(
                f"model.layers[{i}]",
                Message(
                    QT_TRANSLATE_NOOP(
                        "sweeps",
                        "{name} ({kind}) sits among the hidden Dense layers: a capacity sweep "
                        "needs Dense layers with only {between} between them",
                    ),
                    name=layer_name(layers[i], i),
                    kind=kind_i,
                    between=", ".join(PASSTHROUGH),
                ),
            )
    found = []
    for value in values:
        variant = exp.copy()
        if kind == "units":
            if not is_int(value) or value < 1:
                raise ExperimentError(
                    "values",
                    Message(QT_TRANSLATE_NOOP("sweeps", "units must be whole numbers ≥ 1, got {got}"), got=repr(value)),
                )
            for i in hidden:
                variant.model.layers[i]["config"]["units"] = value
            label = f"{value} unit{'s' if value != 1 else ''} per hidden layer"
        else:
            if not is_int(value) or value < 0:
                raise ExperimentError(
                    "values",
                    Message(
                        QT_TRANSLATE_NOOP("sweeps", "layer counts must be whole numbers ≥ 0, got {got}"),
                        got=repr(value),
                    ),
                )
            variant.model.layers = _with_hidden_layers(variant.model.layers, first, value)
            label = "no hidden layer" if value == 0 else f"{value} hidden layer" + ("s" if value > 1 else "")
        found.append((label, _validated(label, variant)))
    return found


def _with_hidden_layers(layers: list[dict], first: int, count: int) -> list[dict]:
    """`layers` with `count` copies of the first hidden Dense layer and the size-keeping layers
    after it, between what comes before it and the output."""
    named = any(layer.get("config", {}).get("name") for layer in layers)
    if named:  # names by position could clash with written ones: write them all down
        layers = layer_edits.with_names(layers)
    end = first + 1
    while end < len(layers) - 1 and layers[end].get("class_name") != "Dense":
        end += 1
    block = layers[first:end]
    prefix, output = layers[:first], layers[-1]
    taken = layer_edits.names([*prefix, *block, output])
    out = [*prefix]
    for n in range(count):
        for layer in block:
            copy_ = copy.deepcopy(layer)
            copy_.pop("inputs", None)  # a plain stack: each layer takes the one before it
            if n and named:  # the first copy is the original layer, name and all
                copy_["config"]["name"] = unique_name(copy_["class_name"], taken)
                taken.add(copy_["config"]["name"])
            out.append(copy_)
    return layer_edits.normalise([*out, output])


def optimizer_variants(exp: Experiment, optimizers: Iterable[dict]) -> list[tuple[str, Experiment]]:
    """The experiment with each optimizer in turn.

    Args:
        exp: the experiment to vary.
        optimizers: Keras-serialized optimizers, `{"class_name": "Adam", "config": {"learning_rate": 0.001}}`;
            a missing learning rate takes Keras's default.

    Returns:
        `[("Adam, lr 0.001", exp), …]`.
    """
    found = []
    for optimizer in optimizers:
        variant = exp.copy()
        name = optimizer.get("class_name")
        config = dict(optimizer.get("config") or {})
        config.setdefault("learning_rate", DEFAULT_LEARNING_RATES.get(str(name), 0.001))
        variant.training.optimizer = {"class_name": name, "config": config}
        label = f"{name}, lr {_number(config['learning_rate'])}"
        found.append((label, _validated(label, variant)))
    return found


def rate_variants(exp: Experiment, rates: Iterable[float]) -> list[tuple[str, Experiment]]:
    """The experiment's optimizer at each learning rate in turn: `[("lr 0.01", exp), …]`."""
    found = []
    for rate in rates:
        variant = exp.copy()
        variant.training.optimizer["config"]["learning_rate"] = rate
        label = f"lr {_number(rate)}"
        found.append((label, _validated(label, variant)))
    return found


def _validated(label: str, exp: Experiment) -> Experiment:
    try:
        validate(exp)
    except ExperimentError as exc:
        raise ExperimentError(
            exc.field, Message.of("", "{label}: {message}", label=label, message=exc.message)
        ) from None
    return exp


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def mean_spread(
    histories: Sequence[Sequence[dict]], column: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A column's mean and spread over several runs, epoch by epoch.

    Runs are aligned on the epoch number; a run that stopped early (early stopping, a fold that
    ended sooner) counts only for the epochs it reached, and a missing or non-finite value is left
    out. The spread is the population standard deviation (NumPy's and scikit-learn's `std`).

    Returns:
        (epochs, mean, std, count): for each epoch any run reached, the mean and standard
        deviation over the runs with a finite value there (NaN where none has), and how many.
    """
    epochs = sorted({int(row["epoch"]) for rows in histories for row in rows if row.get("epoch") is not None})
    where = {epoch: i for i, epoch in enumerate(epochs)}
    table = np.full((len(histories), len(epochs)), np.nan)
    for j, rows in enumerate(histories):
        for row in rows:
            value = row.get(column)
            if row.get("epoch") is not None and isinstance(value, (int, float)):
                table[j, where[int(row["epoch"])]] = float(value)
    finite = np.isfinite(table)
    count = finite.sum(axis=0)
    known = count > 0
    values = np.where(finite, table, 0.0)
    mean = np.divide(values.sum(axis=0), count, out=np.full(len(epochs), np.nan), where=known)
    squares = np.where(finite, (values - np.where(known, mean, 0.0)) ** 2, 0.0)
    std = np.sqrt(np.divide(squares.sum(axis=0), count, out=np.full(len(epochs), np.nan), where=known))
    return np.array(epochs, dtype=int), mean, std, count


def final_scores(rows: Sequence[dict], metric: str) -> tuple[float, float]:
    """The last epoch's training and validation value of `metric` ("accuracy", "loss", …); NaN
    where it was not recorded."""
    if not rows:
        return math.nan, math.nan
    last = rows[-1]
    return _float(last.get(metric)), _float(last.get(f"val_{metric}"))


def higher_is_better(metric: str) -> bool:
    """Whether a larger value of `metric` is better: accuracy yes, a loss or an error no."""
    return any(word in metric for word in ("accuracy", "auc", "precision", "recall"))


def best_value(rows: Sequence[dict], column: str) -> tuple[float, int | None]:
    """The best finite value of `column` (highest for accuracy, lowest for losses and errors) and
    its epoch (the first to reach it); (NaN, None) if none was recorded."""
    best, epoch = math.nan, None
    higher = higher_is_better(column)
    for row in rows:
        value = _float(row.get(column))
        if not math.isfinite(value):
            continue
        if epoch is None or (value > best if higher else value < best):
            best, epoch = value, int(row.get("epoch", 0))
    return best, epoch


FOLD_COLUMNS = ("epochs", "train", "val", "best_val", "best_epoch")


def fold_table(labels: Sequence[str], histories: Sequence[Sequence[dict]], metric: str) -> list[dict]:
    """One row per fold (or per run of any sweep), and a last row with the mean and spread.

    Returns:
        Rows of {"label", "epochs" (trained), "train" and "val" (the last epoch's `metric` on the
        training and validation rows), "best_val", "best_epoch" (the best validation value and its
        epoch)}; the last row is labelled "mean ± std" and holds each column's mean over the folds
        (NaN left out), with its standard deviation under "<column>_std".
    """
    found = []
    for label, rows in zip(labels, histories, strict=True):
        train, val = final_scores(rows, metric)
        best, best_epoch = best_value(rows, f"val_{metric}")
        epochs = int(rows[-1].get("epoch", len(rows))) if rows else 0
        found.append(
            {"label": label, "epochs": epochs, "train": train, "val": val, "best_val": best, "best_epoch": best_epoch}
        )
    summary: dict = {"label": "mean ± std"}
    for key in FOLD_COLUMNS:
        column = np.array([math.nan if row[key] is None else float(row[key]) for row in found])
        column = column[np.isfinite(column)]
        summary[key] = float(column.mean()) if len(column) else math.nan
        summary[f"{key}_std"] = float(column.std()) if len(column) else math.nan
    return [*found, summary]


def _float(value) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan
