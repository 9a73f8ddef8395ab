"""Hostile files opened in the window (File → Open, File → Import Keras model): the window shows
the message that names the problem and keeps the experiment it had (issue 18)."""

from __future__ import annotations

import json

import pytest

from playground.core.experiment.config import default_experiment, dense
from playground.qt.training import training_controller as tc

WIDE = [dense(4096, "relu") for _ in range(12)] + [dense(1, "sigmoid")]


def _text(change) -> bytes:
    raw = default_experiment().to_dict()
    change(raw)
    return json.dumps(raw).encode()


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper than 100 levels"),
        (_text(lambda raw: raw["data"].update(source=json.loads('{"a":' * 900 + "0" + "}" * 900))), "nested deeper"),
        (_text(lambda raw: raw.update(seed=0)).replace(b'"seed": 0', b'"seed": ' + b"9" * 5000), "4,300 digits"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (_text(lambda raw: raw["model"].update(layers=[dense(2)] * 999 + [dense(1, "sigmoid")])), "has 1,000 layers"),
    ],
    ids=["deep-100000", "deep-900", "digits", "not-utf8", "layers-1000"],
)
def test_a_hostile_experiment_is_refused_with_its_message(qtbot, window, tmp_path, monkeypatch, content, expected):
    shown = []
    monkeypatch.setattr("playground.qt.window.file_actions.QMessageBox.warning", lambda *a: shown.append(a[2]))
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    before = window.state.experiment.to_dict()
    assert not window.open_path(str(path))
    assert expected in shown[0] and "hostile.json" in shown[0]
    assert window.state.experiment.to_dict() == before


def test_a_network_too_large_opens_but_cannot_play(qtbot, window, tmp_path):
    def wide(raw):
        raw["model"]["layers"] = WIDE
        raw["training"]["optimizer"] = {"class_name": "Adam", "config": {"learning_rate": 0.001}}

    path = tmp_path / "wide.json"
    path.write_bytes(_text(wide))
    assert window.open_path(str(path))  # the editor shows it, to make it smaller
    assert window.controller.run_state == tc.INVALID
    assert not window.play_action.isEnabled()
    assert "would hold 16,781,312 weights" in window.status.text()


def test_a_keras_file_that_is_not_a_zip_says_so(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("playground.qt.window.file_actions.QMessageBox.warning", lambda *a: shown.append(a[2]))
    path = tmp_path / "notes.keras"
    path.write_text("not a model")
    assert not window.files.import_keras_path(str(path))
    assert "is not a Keras .keras file (not a zip archive)" in shown[0]
