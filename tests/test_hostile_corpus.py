"""A corpus of hostile experiment files, through the reader and the command line (issue 18).

Each case is a file a stranger could hand a student: truncated, of the wrong type or shape, huge,
deep, empty, not UTF-8, with NaN or infinity, a path out of its folder, a network too large to
build. Each asserts its exact outcome: refused with a message that names the problem (a substring
of it), or accepted with the right result. The importers' corpus is `test_hostile_files.py`; the
.keras files that need TensorFlow are in `tests/training/files/test_keras_hostile.py`.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

from playground import cli
from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment, default_experiment, dense
from tests.helpers import describe, run

BASE = default_experiment().to_dict()


def _text(change=None) -> str:
    raw = copy.deepcopy(BASE)
    if change:
        change(raw)
    return json.dumps(raw)


def _set(*path_and_value):
    """A change that sets raw[path...] = value."""
    *path, key, value = path_and_value

    def change(raw):
        target = raw
        for step in path:
            target = target[step]
        target[key] = value

    return change


def _nested(depth: int, leaf=0):
    value = leaf
    for _ in range(depth):
        value = {"a": value}
    return value


def _layers(layers):
    return _set("model", "layers", layers)


def _deep_inside(depth):
    def change(raw):
        raw["data"]["source"] = _nested(depth)

    return change


def _optimizer(name, **config):
    return _set("training", "optimizer", {"class_name": name, "config": {"learning_rate": 0.01, **config}})


def _callbacks(*entries):
    return _set("training", "callbacks", list(entries))


def _checkpoint(path):
    return _callbacks({"class_name": "ModelCheckpoint", "config": {"filepath": path}})


WIDE = [dense(4096, "relu") for _ in range(12)] + [dense(1, "sigmoid")]  # 185 million weights
OK = None  # accepted

# (id, file bytes, substring of the refusal or OK). Read with Experiment.load, as train,
# export-script and the window's File → Open read them.
READ_CASES = [
    ("empty", b"", "is not valid JSON"),
    ("spaces", b"  \n\t ", "is not valid JSON"),
    ("truncated", _text().encode()[:200], "is not valid JSON"),
    ("truncated-1", _text().encode()[:-1], "is not valid JSON"),
    ("trailing-garbage", _text().encode() + b"}", "is not valid JSON"),
    ("single-quotes", _text().replace('"', "'").encode(), "is not valid JSON"),
    ("comment", b"// experiment\n" + _text().encode(), "is not valid JSON"),
    ("null", b"null", "must be a JSON object"),
    ("list", b"[]", "must be a JSON object"),
    ("string", b'"experiment"', "must be a JSON object"),
    ("number", b"42", "must be a JSON object"),
    ("nan-literal", b"NaN", "must be a JSON object"),
    ("empty-object", b"{}", 'format: must be "playground.experiment"'),
    ("bom", b"\xef\xbb\xbf" + _text().encode(), OK),
    ("latin-1", _text().replace('"x2"', '"x\xe9"').encode("latin-1"), "is not UTF-8 text"),
    ("utf-16", _text().encode("utf-16"), "is not UTF-8 text"),
    ("nul-bytes", b"\0" * 64, "is not valid JSON"),
    ("binary", bytes(range(256)), "is not UTF-8 text"),
    ("deep-list-100000", b"[" * 100_000 + b"]" * 100_000, "nested deeper than 100 levels"),
    ("deep-dict-100000", b'{"a":' * 100_000 + b"0" + b"}" * 100_000, "nested deeper than 100 levels"),
    ("deep-dict-900", _text(_deep_inside(900)).encode(), "nested deeper than 100 levels"),
    ("deep-101", _text(_deep_inside(101)).encode(), "nested deeper than 100 levels"),
    ("deep-90-legal-json", _text(_deep_inside(90)).encode(), "data.source"),
    ("digits-5000", _text().replace('"seed": 0', '"seed": ' + "7" * 5000).encode(), "more than 4,300 digits"),
    ("digits-4300", _text().replace('"seed": 0', '"seed": ' + "7" * 4300).encode(), "seed: must be at most"),
    ("seed-2-32", _text(_set("seed", 2**32)).encode(), "seed: must be at most 2147483647"),
    ("seed-negative", _text(_set("seed", -1)).encode(), "seed: must be a whole number ≥ 0"),
    ("seed-float", _text(_set("seed", 1.5)).encode(), "seed: must be a whole number"),
    ("seed-string", _text(_set("seed", "1")).encode(), "seed: must be a whole number"),
    ("seed-true", _text(_set("seed", True)).encode(), "seed: must be a whole number"),
    ("float-1e400", _text().replace('"noise": 0.0', '"noise": 1e400').encode(), "data.noise: must be a fraction"),
    ("nan-noise", _text().replace('"noise": 0.0', '"noise": NaN').encode(), "data.noise: must be a fraction"),
    ("infinity-epochs", _text().replace('"epochs": 1000', '"epochs": Infinity').encode(), "training.epochs"),
    (
        "neg-infinity-lr",
        _text(_set("training", "optimizer", "config", "learning_rate", "X")).replace('"X"', "-Infinity").encode(),
        "learning_rate",
    ),
    ("format-wrong", _text(_set("format", "keras")).encode(), 'must be "playground.experiment"'),
    ("version-2", _text(_set("version", 2)).encode(), "reads version 1, got 2"),
    ("version-string", _text(_set("version", "1")).encode(), "reads version 1, got '1'"),
    ("unknown-top-key", _text(_set("extra", 1)).encode(), "extra: is not a known field"),
    ("unknown-data-key", _text(_set("data", "colour", 1)).encode(), "data.colour: is not a known field"),
    ("data-list", _text(_set("data", [])).encode(), "data: must be a JSON object"),
    ("model-string", _text(_set("model", "dense")).encode(), "model: must be a JSON object"),
    ("training-null", _text(_set("training", None)).encode(), "training: must be a JSON object"),
    ("dataset-unknown", _text(_set("data", "name", "imagenet")).encode(), "data.name"),
    ("samples-zero", _text(_set("data", "samples", 0)).encode(), "data.samples: must be a whole number from 20"),
    ("samples-huge", _text(_set("data", "samples", 10**12)).encode(), "data.samples: must be a whole number"),
    ("noise-negative", _text(_set("data", "noise", -0.1)).encode(), "data.noise"),
    ("ratio-above-1", _text(_set("data", "train_fraction", 1.5)).encode(), "data.train_fraction"),
    ("features-unknown", _text(_set("data", "features", ["x9"])).encode(), "data.features"),
    ("features-string", _text(_set("data", "features", "x1")).encode(), "data.features"),
    ("hidden-unknown", _text(_set("hidden", ["everything"])).encode(), "'everything' is not a control"),
    ("hidden-string", _text(_set("hidden", "loss")).encode(), "is not a control"),
    ("epochs-zero", _text(_set("training", "epochs", 0)).encode(), "training.epochs: must be a whole number from 1"),
    ("epochs-negative", _text(_set("training", "epochs", -5)).encode(), "training.epochs"),
    ("epochs-float", _text(_set("training", "epochs", 10.5)).encode(), "training.epochs"),
    ("epochs-string", _text(_set("training", "epochs", "10")).encode(), "training.epochs"),
    ("epochs-huge", _text(_set("training", "epochs", 10**12)).encode(), "from 1 to 1000000"),
    ("batch-zero", _text(_set("training", "batch_size", 0)).encode(), "training.batch_size"),
    ("batch-huge", _text(_set("training", "batch_size", 10**9)).encode(), "there are only 250 training samples"),
    ("loss-unknown", _text(_set("training", "loss", "hinge_squared")).encode(), "training.loss"),
    ("metric-unknown", _text(_set("training", "metrics", ["auc_roc"])).encode(), "training.metrics"),
    ("lr-negative", _text(_set("training", "optimizer", "config", "learning_rate", -1)).encode(), "learning_rate"),
    ("lr-zero", _text(_set("training", "optimizer", "config", "learning_rate", 0)).encode(), "learning_rate"),
    ("lr-string", _text(_set("training", "optimizer", "config", "learning_rate", "0.1")).encode(), "learning_rate"),
    ("lr-int-accepted", _text(_set("training", "optimizer", "config", "learning_rate", 1)).encode(), OK),
    ("optimizer-unknown", _text(_optimizer("Sophia")).encode(), "Sophia"),
    ("optimizer-setting-unknown", _text(_optimizer("Adam", warmup=3)).encode(), "has no setting 'warmup'"),
    ("momentum-2", _text(_optimizer("SGD", momentum=2)).encode(), "momentum"),
    ("callbacks-dict", _text(_set("training", "callbacks", {})).encode(), "training.callbacks"),
    ("callback-unknown", _text(_callbacks({"class_name": "CSVLogger", "config": {}})).encode(), "CSVLogger"),
    ("checkpoint-dotdot", _text(_checkpoint("../../x.keras")).encode(), "must stay in the run's folder"),
    ("checkpoint-absolute", _text(_checkpoint("/tmp/x.keras")).encode(), "must stay in the run's folder"),
    ("checkpoint-home", _text(_checkpoint("~/x.keras")).encode(), "must stay in the run's folder"),
    ("checkpoint-drive", _text(_checkpoint("C:\\x.keras")).encode(), "must stay in the run's folder"),
    ("checkpoint-not-keras", _text(_checkpoint("best.h5")).encode(), "must end in .keras"),
    ("checkpoint-inside", _text(_checkpoint("checkpoints/best.keras")).encode(), OK),
    ("layers-empty", _text(_layers([])).encode(), "must list at least the output layer"),
    ("layers-dict", _text(_layers({"0": {}})).encode(), "must list at least the output layer"),
    ("layer-string", _text(_layers(["Dense"])).encode(), 'must look like {"class_name": "Dense"'),
    ("layer-no-config", _text(_layers([{"class_name": "Dense"}])).encode(), 'must look like {"class_name"'),
    ("layer-lambda", _text(_layers([{"class_name": "Lambda", "config": {}}])).encode(), "'Lambda' is not available"),
    (
        "layer-unknown-key",
        _text(_layers([{"class_name": "Dense", "config": {"units": 1}, "code": "x"}])).encode(),
        "model.layers[0].code: is not a known field",
    ),
    ("units-zero", _text(_layers([dense(0)])).encode(), "units: must be a whole number from 1 to 4096"),
    ("units-4097", _text(_layers([dense(4097)])).encode(), "units: must be a whole number from 1 to 4096"),
    ("units-1e9", _text(_layers([dense(10**9)])).encode(), "units: must be a whole number from 1 to 4096"),
    ("units-float", _text(_layers([dense(4.0)])).encode(), "units: must be a whole number"),
    ("units-string", _text(_layers([dense("4")])).encode(), "units: must be a whole number"),
    ("units-true", _text(_layers([dense(True)])).encode(), "units: must be a whole number"),
    ("activation-unknown", _text(_layers([dense(1, "swishy")])).encode(), "unknown activation 'swishy'"),
    (
        "layer-name-code",
        _text(_layers([{"class_name": "Dense", "config": {"units": 1, "name": "__import__('os')"}}])).encode(),
        "must be a name of letters",
    ),
    ("layers-201", _text(_layers([dense(2)] * 200 + [dense(1, "sigmoid")])).encode(), "has 201 layers"),
    ("layers-1000", _text(_layers([dense(2)] * 999 + [dense(1, "sigmoid")])).encode(), "at most 200"),
    ("layers-200", _text(_layers([dense(2)] * 199 + [dense(1, "sigmoid")])).encode(), OK),
    ("weights-not-keras", _text(_set("model", "weights", "model.h5")).encode(), "must be the path of a .keras file"),
    ("weights-number", _text(_set("model", "weights", 3)).encode(), "must be the path of a .keras file"),
    ("source-without-file", _text(_set("data", "source", {"kind": "csv"})).encode(), "data.source"),
    ("source-kind-unknown", _text(_set("data", "source", {"kind": "xlsx", "path": "a.xlsx"})).encode(), "data.source"),
    ("duplicate-keys-last-wins", _text().replace('"seed": 0', '"seed": 0, "seed": 3').encode(), OK),
]


@pytest.mark.parametrize("content, expected", [c[1:] for c in READ_CASES], ids=[c[0] for c in READ_CASES])
def test_an_experiment_file_is_refused_by_name_or_read(tmp_path, content, expected):
    path = tmp_path / "exp.json"
    path.write_bytes(content)
    if expected is OK:
        exp = Experiment.load(path)
        assert exp.to_dict()["format"] == "playground.experiment"
        return
    with pytest.raises(ExperimentError) as info:
        Experiment.load(path)
    assert expected in str(info.value)


def test_accepted_files_read_the_right_values(tmp_path):
    path = tmp_path / "exp.json"
    path.write_bytes(b"\xef\xbb\xbf" + _text(_set("seed", 3)).encode())
    assert Experiment.load(path).seed == 3
    path.write_text(_text(_set("training", "optimizer", "config", "learning_rate", 1)))
    assert Experiment.load(path).training.optimizer["config"]["learning_rate"] == 1.0


# Networks that pass the file's structure but cannot be built: refused by the whole check that
# train, export-script, the window and the worker run before building.
NETWORK_CASES = [
    ("wide-adam", WIDE, ("Adam", {}), "would hold 16,781,312 weights, the whole model 184,610,817"),
    ("wide-adam-size", WIDE, ("Adam", {}), "≈ 3.0 GB while training with Adam); at most 2.0 GB fit"),
    ("wide-amsgrad", WIDE, ("Adam", {"amsgrad": True}), "≈ 3.7 GB"),
    ("wide-sgd-fits", WIDE, ("SGD", {}), OK),
    ("wide-sgd-momentum", WIDE, ("SGD", {"momentum": 0.9}), "≈ 2.2 GB while training with SGD"),
    ("wider-sgd-momentum", WIDE[:-1] * 2 + WIDE[-1:], ("SGD", {"momentum": 0.9}), "≈ 4.6 GB"),
    ("names-largest-layer", [dense(8), dense(4096), *WIDE[1:]], ("Adam", {}), "dense_3 would hold 16,781,312"),
    (
        "no-units",
        [{"class_name": "Dense", "config": {"activation": "relu"}}, dense(1, "sigmoid")],
        ("SGD", {}),
        "dense_1: has no units, which it needs",
    ),
    (
        "conv-on-plane",
        [{"class_name": "Conv2D", "config": {"filters": 4}}, dense(1, "sigmoid")],
        ("SGD", {}),
        "model.layers[0]",
    ),
    ("small-fits", [dense(8), dense(1, "sigmoid")], ("Adam", {}), OK),
]


@pytest.mark.parametrize(
    "layers, optimizer, expected", [c[1:] for c in NETWORK_CASES], ids=[c[0] for c in NETWORK_CASES]
)
def test_a_network_too_large_or_broken_is_refused_before_building(layers, optimizer, expected):
    exp = default_experiment()
    exp.model.layers = copy.deepcopy(layers)
    exp.training.optimizer = {"class_name": optimizer[0], "config": {"learning_rate": 0.01, **optimizer[1]}}
    if expected is OK:
        validate(exp)
        return
    with pytest.raises(ExperimentError) as info:
        validate(exp)
    assert expected in str(info.value)


def _file(tmp_path: Path, content) -> str:
    path = tmp_path / "exp.json"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    return str(path)


def _wide_adam(raw):
    raw["model"]["layers"] = copy.deepcopy(WIDE)
    raw["training"]["optimizer"] = {"class_name": "Adam", "config": {"learning_rate": 0.001}}


def _missing_csv(raw):
    raw["data"] = {
        "name": "file",
        "samples": 20,
        "source": {
            "kind": "csv",
            "path": "gone.csv",
            "problem": "classification",
            "classes": ["0", "1"],
            "input_shape": [2],
        },
    }


# (id, experiment bytes, the command's extra arguments, its exit code, substring of its stderr).
# Run in-process through playground.cli.main; nothing here loads TensorFlow.
CLI_FILES = {
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "deep-900": _text(_deep_inside(900)).encode(),
    "digits": _text().replace('"seed": 0', '"seed": ' + "9" * 5000).encode(),
    "truncated": _text().encode()[:100],
    "not-utf8": b"\xff\xfe{}",
    "layers-1000": _text(_layers([dense(2)] * 999 + [dense(1, "sigmoid")])).encode(),
    "too-large": _text(_wide_adam).encode(),
    "checkpoint-escape": _text(_checkpoint("../../x.keras")).encode(),
    "missing-data": _text(_missing_csv).encode(),
}
CLI_CASES = [
    (f"{command}-{name}", name, command, expected)
    for name, expected in [
        ("deep", "nested deeper than 100 levels"),
        ("deep-900", "nested deeper than 100 levels"),
        ("digits", "more than 4,300 digits"),
        ("truncated", "is not valid JSON"),
        ("not-utf8", "is not UTF-8 text"),
        ("layers-1000", "has 1,000 layers"),
        ("too-large", "would hold 16,781,312 weights"),
        ("checkpoint-escape", "must stay in the run's folder"),
        ("missing-data", "is not there any more"),
    ]
    for command in ("train", "export-script")
]


@pytest.mark.parametrize("name, command, expected", [c[1:] for c in CLI_CASES], ids=[c[0] for c in CLI_CASES])
def test_the_commands_refuse_a_hostile_file_with_exit_2(tmp_path, capsys, monkeypatch, name, command, expected):
    monkeypatch.chdir(tmp_path)
    path = _file(tmp_path, CLI_FILES[name])
    extra = ["--out", str(tmp_path / "run")] if command == "train" else [str(tmp_path / "out.py")]
    assert cli.main([command, path, *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path}: ") and expected in err
    assert "Traceback" not in err
    assert not (tmp_path / "out.py").exists()


@pytest.mark.parametrize(
    "args, expected",
    [
        (["train", "{file}", "--epochs", "0"], "--epochs: must be at least 1, got 0"),
        (["train", "{file}", "--epochs", "-3"], "--epochs: must be at least 1, got -3"),
        (["train", "{file}", "--kfold", "1"], "--kfold must be at least 2, got 1"),
        (["train", "{missing}"], "cannot be read"),
        (["export-script", "{missing}", "out.py"], "cannot be read"),
        (["train", "{folder}"], "cannot be read"),
    ],
    ids=["epochs-0", "epochs-negative", "kfold-1", "train-missing-file", "export-missing-file", "train-a-folder"],
)
def test_the_commands_refuse_bad_arguments(tmp_path, capsys, monkeypatch, args, expected):
    monkeypatch.chdir(tmp_path)
    values = {"file": _file(tmp_path, _text().encode()), "missing": "gone.json", "folder": str(tmp_path)}
    assert cli.main([a.format(**values) for a in args]) == 2
    assert expected in capsys.readouterr().err


def test_export_script_accepts_a_file_with_a_byte_order_mark(tmp_path, capsys):
    path = _file(tmp_path, b"\xef\xbb\xbf" + _text().encode())
    assert cli.main(["export-script", path, str(tmp_path / "out.py")]) == 0
    assert "import keras" in (tmp_path / "out.py").read_text(encoding="utf-8")


def test_a_relative_data_path_is_read_beside_the_experiment(tmp_path, monkeypatch):
    folder = tmp_path / "lesson"
    folder.mkdir()
    (folder / "data.csv").write_text("a,b,y\n" + "".join(f"{i},{i % 3},{i % 2}\n" for i in range(20)))
    raw = json.loads(_text(_missing_csv))
    raw["data"]["source"]["path"] = "data.csv"
    raw["data"]["samples"] = 20
    (folder / "exp.json").write_text(json.dumps(raw))
    monkeypatch.chdir(tmp_path)  # not the experiment's folder
    exp = Experiment.load("lesson/exp.json")
    assert exp.data.source["path"] == str(folder / "data.csv")
    from playground.core.data import user_files

    assert user_files.load(exp.data.source).x.shape == (20, 2)


def test_the_real_command_exits_2_without_a_traceback(tmp_path):
    path = _file(tmp_path, b'{"a":' * 100_000 + b"0" + b"}" * 100_000)
    result = run([sys.executable, "-m", "playground", "train", path, "--out", str(tmp_path / "run")])
    assert result.returncode == 2, describe(result)
    assert "nested deeper than 100 levels" in result.stderr and "Traceback" not in result.stderr
