"""Export → Python script: the exported plain-Keras script rebuilds the data, the model, the compile and
the training, and gives the very history of the playground's own `model.fit` engine.

The scripts run in subprocesses (each imports TensorFlow, a few seconds), queued together by one
fixture so they run while this process trains; each test then compares its script's history.csv and data dump with
`Session(exp, engine="fit")` trained in this process. `MAX_DIFF` collects the largest relative
difference seen, reported at the end (`pytest -s`).
"""

from __future__ import annotations

import ast
import csv
import importlib.util
import inspect
import json
import math
import os
import re
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from playground.core.data import datasets, keras_sets, preprocessing, user_files
from playground.core.data.data_config import FILE, DataConfig
from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment, ModelConfig, default_experiment, dense, output_layer
from playground.core.files import export_script
from playground.core.recipe.training_config import TrainingConfig
from playground.core.teaching import templates
from tests.helpers import describe, run_ok
from tests.helpers import run as run_command

ROOT = Path(__file__).resolve().parents[3]
EPOCHS = 5
TIMEOUT = 900  # each script, from its own start; a few seconds on an idle machine
MAX_DIFF: dict[str, float] = {}


def spiral() -> Experiment:
    """A deeper net on the spiral, Adam with the playground's StepDecay, early stopping that stops within
    5 epochs, a checkpoint and a held-out set."""
    exp = default_experiment()
    exp.data.name, exp.data.noise, exp.data.holdout = "spiral", 0.1, 0.2
    exp.data.features = ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]
    exp.model.layers = [dense(8, "relu"), dense(6, "relu"), output_layer("classification", "binary_crossentropy")]
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.01}}
    exp.training.schedule = {"class_name": "StepDecay", "config": {"drop": 0.5, "epochs_drop": 2}}
    exp.training.callbacks = [
        {"class_name": "EarlyStopping", "config": {"patience": 1, "min_delta": 0.05}},
        {"class_name": "ModelCheckpoint", "config": {"filepath": "best.keras"}},
    ]
    return exp


def wine() -> Experiment:
    """Multiclass: one-hot targets (categorical_crossentropy), balanced class weights, Keras's
    ExponentialDecay, a Dropout layer, standardised table features."""
    exp = default_experiment()
    exp.data.name, exp.data.samples, exp.data.train_fraction = "wine", 178, 0.7
    exp.model.layers = [
        dense(12, "relu"),
        {"class_name": "Dropout", "config": {"rate": 0.2}},
        {"class_name": "Dense", "config": {"units": 3, "activation": "softmax"}},
    ]
    exp.training.loss, exp.training.batch_size, exp.training.class_weight = "categorical_crossentropy", 16, "balanced"
    exp.training.optimizer = {"class_name": "RMSprop", "config": {"learning_rate": 0.01, "rho": 0.8}}
    exp.training.schedule = {"class_name": "ExponentialDecay", "config": {"decay_steps": 5, "decay_rate": 0.8}}
    return exp


def diabetes() -> Experiment:
    """Regression with standardised targets, huber loss, two metrics, L2, ReduceLROnPlateau and TerminateOnNaN."""
    exp = default_experiment()
    exp.data.name, exp.data.samples, exp.data.noise = "diabetes", 300, 0.1
    exp.model.layers = [dense(16, "relu", l2=0.01), output_layer("regression", "mse")]
    exp.training.loss, exp.training.metrics, exp.training.batch_size = "huber", ["mae", "mse"], 16
    exp.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9}}
    exp.training.callbacks = [
        {"class_name": "ReduceLROnPlateau", "config": {"patience": 1, "factor": 0.5, "min_delta": 0.01}},
        {"class_name": "TerminateOnNaN", "config": {}},
    ]
    return exp


def npz_experiment(folder: Path) -> Experiment:
    """An imported .npz with per-sample weights, noise, a held-out part and balanced class weights."""
    rng = np.random.default_rng(3)
    x = rng.normal(size=(240, 4))
    y = (x[:, 0] + x[:, 1] ** 2 > 0.8).astype(int)
    path = folder / "table.npz"
    np.savez(path, x=x, y=y, sample_weight=rng.uniform(0.5, 2.0, 240))
    source = {"kind": "npz", "path": str(path)}
    found = user_files.load(source)
    source.update(problem=found.problem, classes=list(found.classes), input_shape=list(found.input_shape))
    return Experiment(
        data=DataConfig(name=FILE, source=source, samples=200, noise=0.1, holdout=0.1),
        model=ModelConfig(layers=[dense(8, "relu"), dense(1, "sigmoid")]),
        training=TrainingConfig(
            optimizer={"class_name": "Adam", "config": {"learning_rate": 0.01}},
            batch_size=16,
            class_weight="balanced",
        ),
    )


# -- running the scripts ------------------------------------------------------------------------


class Run:
    """One exported script, run in a subprocess in its own folder by the fixture's pool of workers."""

    def __init__(self, pool: ThreadPoolExecutor, folder: Path, exp: Experiment | None, args: list[str]):
        self.folder, self.exp = folder, exp
        self.command = [sys.executable, str(folder / "run.py"), *args]
        self.future = pool.submit(run_command, self.command, cwd=folder, timeout=TIMEOUT)
        self.written: subprocess.CompletedProcess | None = None

    def result(self) -> subprocess.CompletedProcess:
        return self.future.result()

    def history(self) -> list[dict[str, float]]:
        result = self.result()
        assert result.returncode == 0, describe(result)
        with open(self.folder / "history.csv", newline="") as fh:
            return [{k: float(v) for k, v in row.items()} for row in csv.DictReader(fh)]


def _start(pool: ThreadPoolExecutor, folder: Path, exp: Experiment, data_file: str | None = None) -> Run:
    folder.mkdir(parents=True)
    text = export_script.script(exp, None if data_file is None else folder / data_file, script_path=folder / "run.py")
    (folder / "run.py").write_text(text, encoding="utf-8")
    args = ["--epochs", str(EPOCHS), "--out", str(folder), "--dump-data", str(folder / "dump.npz")]
    return Run(pool, folder, exp, args)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Every script of the tests below, queued at once and run in the order the tests want them, one per
    two cores: this process trains the playground's side meanwhile, and TensorFlow processes that share
    cores spin in each other's way (two at a time on two cores is slower than one after the other)."""
    base = tmp_path_factory.mktemp("exported")
    # The command line writes a script of a functional model (two inputs, two outputs), run distributed.
    cli = base / "cli"
    cli.mkdir()
    two_io = templates.two_inputs_two_outputs()
    two_io.save(cli / "two_io.json")
    command = [sys.executable, "-m", "playground", "export-script", str(cli / "two_io.json"), str(cli / "run.py")]
    written = run_ok(command, cwd=ROOT, timeout=TIMEOUT)
    pool = ThreadPoolExecutor(max_workers=max(1, (os.cpu_count() or 2) // 2))
    started = {
        "circle": _start(pool, base / "circle", default_experiment()),
        "spiral": _start(pool, base / "spiral", spiral()),
        "wine": _start(pool, base / "wine", wine()),
        "diabetes": _start(pool, base / "diabetes", diabetes()),
    }
    # The imported file: the arrays go beside the script, which names them by a path relative to itself.
    data_folder = base / "npz_source"
    data_folder.mkdir()
    started["npz"] = _start(pool, base / "npz", npz_experiment(data_folder), data_file="run_data.npz")
    started["cli"] = Run(pool, cli, two_io, ["--epochs", str(EPOCHS), "--out", str(cli / "out"), "--distribute"])
    started["cli"].written = written
    yield started
    pool.shutdown(wait=True, cancel_futures=True)  # a failed test leaves no script running
    if MAX_DIFF:
        print("\nlargest relative difference script vs playground:", json.dumps(MAX_DIFF))


def _session(exp: Experiment, folder: Path):
    from playground.training.engine.session import Session

    session = Session(exp, engine="fit", folder=folder)
    return session, session.train(EPOCHS)


def _compare(name: str, ours: list[dict], theirs: list[dict], rel: float) -> None:
    """Every column the playground records, epoch by epoch, within `rel` (0: equal)."""
    assert len(theirs) == len(ours), (len(theirs), len(ours))
    worst = 0.0
    for mine, script in zip(ours, theirs, strict=True):
        assert set(mine) <= set(script), set(mine) - set(script)
        for key, value in mine.items():
            other = script[key] + 1 if key == "epoch" else script[key]  # history.csv: Keras's epoch index, from 0
            assert math.isfinite(other), (key, other)
            diff = abs(value - other) / max(abs(value), 1e-12)
            worst = max(worst, diff)
            assert diff <= rel, f"epoch {mine['epoch']:.0f} {key}: playground {value!r}, script {other!r}"
    MAX_DIFF[name] = worst


def _same_arrays(session, dump: Path) -> None:
    """The arrays model.fit got in the script are those the playground feeds it, bit for bit."""
    from playground.training.engine.engine import float32

    with np.load(dump) as found:
        for key, value in (
            ("x_train", session.x_train),
            ("y_train", session.y_train),
            ("x_test", session.x_test),
            ("y_test", session.y_test),
        ):
            parts = value if isinstance(value, list) else [value]
            names = [f"{key}_{i}" for i in range(len(parts))] if isinstance(value, list) else [key]
            for name, part in zip(names, parts, strict=True):
                np.testing.assert_array_equal(found[name], float32(part), err_msg=name)
        weights = session._train[2] if len(session._train) > 2 else None
        if weights is None:
            assert "sample_weight" not in found.files
        else:
            np.testing.assert_array_equal(found["sample_weight"], float32(weights))


# -- the tests -------------------------------------------------------------------------------------


def test_default_circle_gives_the_playgrounds_history_exactly(runs, tmp_path):
    run = runs["circle"]
    session, rows = _session(run.exp, tmp_path)
    history = run.history()
    assert [r["epoch"] for r in history] == [0, 1, 2, 3, 4]
    assert set(history[0]) == {"epoch", "loss", "accuracy", "val_loss", "val_accuracy", "learning_rate"}
    _compare("circle", rows, history, rel=0.0)
    _same_arrays(session, run.folder / "dump.npz")
    assert history[0]["learning_rate"] == pytest.approx(0.03)
    assert (run.folder / "model.keras").stat().st_size > 1000


def test_spiral_with_step_decay_and_early_stopping_matches(runs, tmp_path):
    run = runs["spiral"]
    session, rows = _session(run.exp, tmp_path)
    history = run.history()
    assert session.stopped_early and len(rows) < EPOCHS  # both stop at the same epoch
    _compare("spiral", rows, history, rel=0.0)
    _same_arrays(session, run.folder / "dump.npz")
    assert history[0]["learning_rate"] == pytest.approx(0.01 * 0.5 ** (1 // 2))
    assert history[1]["learning_rate"] == pytest.approx(0.01 * 0.5)
    assert (run.folder / "best.keras").stat().st_size > 1000  # ModelCheckpoint wrote into --out
    assert "Held-out test set:" in run.result().stdout


def test_multiclass_with_class_weights_and_keras_schedule_matches(runs, tmp_path):
    run = runs["wine"]
    session, rows = _session(run.exp, tmp_path)
    # Keras's own schedule runs inside the optimizer's step in the script but is set before each batch by
    # the playground's fit engine: float32 rounding may differ in the last bit.
    _compare("wine", rows, run.history(), rel=1e-5)
    _same_arrays(session, run.folder / "dump.npz")
    assert session._train[2].min() != session._train[2].max()  # the classes do get different weights


def test_regression_with_reduce_on_plateau_matches(runs, tmp_path):
    run = runs["diabetes"]
    session, rows = _session(run.exp, tmp_path)
    history = run.history()
    _compare("diabetes", rows, history, rel=0.0)
    _same_arrays(session, run.folder / "dump.npz")
    assert {"mae", "mse", "val_mae", "val_mse"} <= set(history[0])
    assert np.std(session.dataset.train_y) == pytest.approx(1, abs=1e-4)  # standardised targets, as the script's


def test_imported_npz_runs_from_the_data_file_beside_the_script(runs, tmp_path):
    run = runs["npz"]
    text = (run.folder / "run.py").read_text(encoding="utf-8")
    assert 'DATA_FILE = Path(__file__).with_name("run_data.npz")' in text
    assert "table.npz" in text.split('"""')[1]  # the header names the imported file
    with np.load(run.folder / "run_data.npz") as f:
        assert {"x_train", "y_train", "x_test", "y_test", "x_holdout", "y_holdout", "sample_weight"} <= set(f.files)
        assert len(f["x_holdout"]) == 20
    session, rows = _session(run.exp, tmp_path)
    _compare("npz", rows, run.history(), rel=0.0)
    _same_arrays(session, run.folder / "dump.npz")


# Signals Keras/TensorFlow's MirroredStrategy sometimes dies of, not the script: on a busy CPU, about
# one run in ten segfaults where `fit` drops the previous epoch's distributed validation iterator
# (keras/src/trainers/epoch_iterator.py `reset`, seen with the fault handler on). That crash is
# tried again, twice at most; any other failure, or three crashes in a row, fails the test.
CRASHES = (-signal.SIGSEGV, -signal.SIGBUS, -signal.SIGABRT)


def test_cli_writes_a_script_that_runs_distributed(runs):
    run = runs["cli"]
    assert "Wrote" in run.written.stdout and "Traceback" not in run.written.stderr
    attempts = [run.result()]
    while attempts[-1].returncode in CRASHES and len(attempts) < 3:
        attempts.append(run_command(run.command, cwd=run.folder, timeout=TIMEOUT))
    result = attempts[-1]
    assert result.returncode == 0, "\n\n".join(describe(attempt) for attempt in attempts)
    assert "replica(s)" in result.stdout
    with open(run.folder / "out" / "history.csv", newline="") as fh:
        history = list(csv.DictReader(fh))
    assert len(history) == EPOCHS
    assert {"loss", "val_loss", "output_loss", "xy_only_loss"} <= set(history[0])
    assert all(math.isfinite(float(row["loss"])) and float(row["loss"]) > 0 for row in history)
    assert (run.folder / "out" / "model.keras").stat().st_size > 1000
    text = (run.folder / "run.py").read_text(encoding="utf-8")
    assert "two_io.json" in text and "python run.py --distribute" in text


# -- without running anything ----------------------------------------------------------------------


def _all_examples() -> list[tuple[str, Experiment]]:
    found = [(name, make()) for name, (_, make) in templates.TEMPLATES.items() if name != "transfer"]
    for name in ("xor", "gauss", "moons", "plane", "multigauss", "digits", "shapes", "sequences", "iris", "reviews"):
        found.append((name, simple(DataConfig(name=name, samples=120))))
    for name, extra in (("mnist", {}), ("imdb", {"encoding": "multi_hot"}), ("boston_housing", {})):
        found.append((name, keras_experiment(name, **extra)))
    found.append(("spiral", spiral()))
    found.append(("wine", wine()))
    found.append(("diabetes", diabetes()))
    return found


def simple(data: DataConfig) -> Experiment:
    """A small network that fits `data`: Flatten if needed, Dense(8), the output its problem wants."""
    exp = default_experiment()
    exp.data = data
    head = [] if len(exp.input_shape) == 1 else [{"class_name": "Flatten", "config": {}}]
    if exp.text and data.encoding == "sequence":
        head = [{"class_name": "Embedding", "config": {"input_dim": 100, "output_dim": 4}}, *head]
        head.append({"class_name": "GlobalAveragePooling1D", "config": {}})
    if exp.problem == "multiclass":
        last = {"class_name": "Dense", "config": {"units": len(exp.classes), "activation": "softmax"}}
        exp.training.loss = "sparse_categorical_crossentropy"
    else:
        last = output_layer(exp.problem, "mse" if exp.problem == "regression" else "binary_crossentropy")
        if exp.problem == "regression":
            exp.training.loss, exp.training.metrics = "mse", ["mae"]
    exp.model.layers = [*head, dense(8, "relu"), last]
    return exp


def keras_experiment(name: str, **data) -> Experiment:
    noise = 0.0 if keras_sets.KERAS_SETS[name].text else 0.1
    return simple(DataConfig(name=name, samples=60, train_fraction=0.5, noise=noise, **data))


def test_every_example_exports_a_standalone_script_with_the_playgrounds_code(tmp_path):
    for name, exp in _all_examples():
        data_file = tmp_path / f"{name}.npz" if exp.data.name == FILE else None
        text = export_script.script(exp, data_file)
        tree = ast.parse(text)  # valid Python
        modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        modules |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not [m for m in modules if m and m.split(".")[0] == "playground"], name
        assert {m.split(".")[0] for m in modules if m} <= {
            "__future__", "argparse", "contextlib", "csv", "json", "math", "os", "pathlib", "tempfile", "types",
            "functools", "dataclasses", "numpy", "sklearn", "keras", "tensorflow",
        }, (name, modules)  # fmt: skip
        assert "keras.utils.set_random_seed(seed)" in text and "MirroredStrategy()" in text
        for section in ("# 1. Data", "# 2. Model", "# 3. Compile", "# 4. Train"):
            assert section in text, (name, section)
    # The copies are the playground's own source, word for word.
    text = export_script.script(spiral())
    for fn in (datasets._spiral, datasets._uniform, datasets.features, preprocessing.split, preprocessing.scale):
        assert inspect.getsource(fn) in text
    assert "def step_decay(initial_learning_rate, drop, epochs_drop):" in text  # no schedule class: plain Keras
    assert "keras.callbacks.LearningRateScheduler(step_decay(0.01, drop=0.5, epochs_drop=2))," in text
    assert "keras.callbacks.EarlyStopping(" in text and "patience=1" in text and "restore_best_weights=True" in text
    shapes = simple(DataConfig(name="shapes", samples=100))
    assert "_ROTATION = (0.0, np.pi / 2, 2 * np.pi / 3, np.pi / 2)" in export_script.script(shapes)


def test_the_template_reads_like_the_script_and_every_part_fills_one_of_its_placeholders():
    template = export_script.TEMPLATE
    placeholders = set(re.findall(r"\$\{?(\w+)", template))
    for name, exp in _all_examples():
        assert set(export_script.parts(exp, None, None, "SCRIPT.py")) == placeholders, name
    text = export_script.script(default_experiment())
    for line in template.splitlines():  # every line but the placeholders' is the script's own
        if "$" not in line:
            assert line in text.splitlines(), line


def test_an_empty_block_takes_its_line_and_the_blank_lines_of_a_paragraph_of_its_own():
    template = "a\n$inline_block\n\n$own_paragraph\n\n\nb $word\n"
    assert export_script.fill(template, inline_block="", own_paragraph="", word="x") == "a\n\nb x\n"
    filled = export_script.fill(template, inline_block="1\n2", own_paragraph="p", word="$x")
    assert filled == "a\n1\n2\n\np\n\n\nb $x\n"
    with pytest.raises(KeyError):
        export_script.fill(template, inline_block="", own_paragraph="")


def test_what_cannot_be_exported_says_what(tmp_path):
    transfer = templates.transfer_mobilenet()
    with pytest.raises(ExperimentError, match=r"model.layers\[0\].*Pretrained layer.*cannot be exported"):
        export_script.script(transfer)
    kfold = default_experiment()
    kfold.training.validation = {"method": "kfold", "k": 3, "repeats": 1}
    with pytest.raises(ExperimentError, match=r"training.validation.*K-fold.*holdout"):
        export_script.script(kfold)
    exp = npz_experiment(tmp_path)
    with pytest.raises(ExperimentError, match=r"data_file.*imported from a file.*\.npz"):
        export_script.script(exp)
    broken = default_experiment()
    broken.model.layers[-1]["config"]["units"] = 3  # a network that cannot work is refused as the playground does
    with pytest.raises(ExperimentError, match=r"model.layers\[2\]"):
        export_script.script(broken)


def test_cli_names_the_data_file_beside_the_script_and_refuses_what_it_cannot_export(tmp_path):
    exp = npz_experiment(tmp_path)
    exp.save(tmp_path / "imported.json")
    out = tmp_path / "scripts" / "train_it.py"
    command = [sys.executable, "-m", "playground", "export-script", str(tmp_path / "imported.json"), str(out)]
    run_ok(command, cwd=ROOT, timeout=TIMEOUT)
    assert (tmp_path / "scripts" / "train_it_data.npz").is_file()
    assert 'Path(__file__).with_name("train_it_data.npz")' in out.read_text(encoding="utf-8")
    kfold = default_experiment()
    kfold.training.validation = {"method": "kfold", "k": 3, "repeats": 1}
    kfold.save(tmp_path / "kfold.json")
    command[4:6] = [str(tmp_path / "kfold.json"), str(tmp_path / "k.py")]
    result = run_command(command, cwd=ROOT, timeout=TIMEOUT)
    assert result.returncode == 2 and "K-fold" in result.stderr and "Traceback" not in result.stderr, describe(result)
    assert not (tmp_path / "k.py").exists()


def _fake_keras_parts(name: str):
    """What keras.datasets.<name>.load_data() returns, small: ((x_train, y_train), (x_test, y_test))."""
    rng = np.random.default_rng(1)
    if name == "imdb":
        texts = [list(rng.integers(1, keras_sets.WORDS, rng.integers(5, 300))) for _ in range(90)]
        x = np.empty(90, dtype=object)
        x[:] = texts
        y = rng.integers(0, 2, 90)
    else:
        x, y = rng.integers(0, 256, (90, 28, 28), dtype=np.uint8), rng.integers(0, 10, 90).astype(np.uint8)
    return (x[:70], y[:70]), (x[70:], y[70:])


@pytest.mark.parametrize("name, data", [("mnist", {}), ("imdb", {"encoding": "multi_hot"})])
def test_keras_book_set_gives_the_playgrounds_subset_and_initial_weights(name, data, tmp_path, monkeypatch):
    """keras.datasets.<name>.load_data() faked (no download): the script's pool, subset, split and
    scaling give the playground's arrays, and its build_model the playground's initial weights."""
    from playground.training.data import keras_download
    from playground.training.tf_setup import import_keras

    keras = import_keras()
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras_home"))
    parts = _fake_keras_parts(name)
    x, y = keras_download.convert(name, *parts)  # the playground's prepared pool, as a download makes it
    path = keras_sets.prepared_path(name)
    path.parent.mkdir(parents=True)
    np.savez(path, x=x, y=y)
    monkeypatch.setattr(getattr(keras.datasets, name), "load_data", lambda **kwargs: parts)

    exp = keras_experiment(name, **data)
    (tmp_path / "run.py").write_text(export_script.script(exp), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"exported_{name}", tmp_path / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    arrays = module.load_data(exp.seed)
    session, _ = _session_untrained(exp, tmp_path)
    for key, value in (("x_train", session.x_train), ("y_train", session.y_train), ("x_test", session.x_test)):
        np.testing.assert_array_equal(arrays[key], np.asarray(value, np.float32), err_msg=key)
    assert arrays["x_train"].shape[0] == 30
    model = module.build_model(exp.seed)
    for mine, theirs in zip(model.get_weights(), session._initial_weights, strict=True):
        np.testing.assert_array_equal(mine, theirs)


def _session_untrained(exp: Experiment, folder: Path):
    from playground.training.engine.session import Session

    return Session(exp, engine="fit", folder=folder), None
