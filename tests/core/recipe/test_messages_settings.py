"""The settings' and lessons' messages (schedules, callbacks, lessons, downloads, the training
helpers) are `Message`s the window can translate, with their English text unchanged."""

from __future__ import annotations

import urllib.error
import urllib.request

import numpy as np
import pytest

from playground.core.data.keras_sets import KERAS_SETS
from playground.core.recipe import callback_replays, callback_specs, schedules
from playground.core.teaching import lessons
from playground.training.data import keras_download
from playground.training.data.keras_download import DownloadFailed, Fetch
from playground.training.inspection import loss_surface
from playground.training.recipe import schedules as keras_schedules
from tests.core.messages import assert_translates, bracketed


def test_a_schedule_check_returns_a_message():
    key, message = schedules.check({"class_name": "ExponentialDecay", "config": {"decay_rate": 2.0}})
    assert key == "decay_rate"
    assert message == "must be a number from 0 to 1, got 2.0"
    assert_translates(message, "schedules")
    key, message = schedules.check(
        {"class_name": "PiecewiseConstantDecay", "config": {"boundaries": [10, 5.5], "values": [1, 2, 3]}}
    )
    assert message == "must be a list of whole numbers from 0 to 1000000, got [10, 5.5]"  # a list stays a list
    assert_translates(message, "schedules")
    assert_translates(schedules.check({"class_name": "Nope"})[1], "schedules")


def test_the_plateau_check_gives_the_callbacks_problem_without_the_key():
    key, message = schedules.check_plateau({**schedules.default_plateau(), "factor": 1.0})
    assert (key, message) == ("factor", "must be a number above 0 and below 1, got 1.0")
    assert_translates(message, "callback_specs")


def test_a_callbacks_check_returns_a_message_naming_the_key():
    where, message = callback_specs.check(
        [{"class_name": "EarlyStopping", "config": {"patience": -1}}], callback_specs.monitors(["accuracy"])
    )
    assert where == "callbacks[0].config.patience"
    assert message == "patience must be a whole number from 0 to 1000000, got -1"
    assert_translates(message, "callback_specs")
    assert message.translated(bracketed) == "<patience <must be a whole number from 0 to 1000000, got -1>>"
    with pytest.raises(ValueError) as info:
        callback_replays.mode("val_out_loss")
    assert_translates(info.value.args[0], "callback_specs")


def test_a_lesson_error_carries_a_message():
    with pytest.raises(lessons.LessonError) as info:
        lessons.from_dict([], "01_x.json")
    assert str(info.value) == "01_x.json: (file): must be a JSON object"
    assert_translates(info.value.message, "lessons")
    assert info.value.args[0].translated(bracketed) == "01_x.json: (file): <must be a JSON object>"


def test_a_wrong_variant_key_names_what_is_there():
    exp = lessons.load_all()[0].experiment()
    with pytest.raises(lessons.ExperimentError) as info:
        lessons.apply_variant(exp, {"label": {"en": "a", "zh_CN": "b", "zh_TW": "c"}, "set": {"training.nope.x": 1}})
    assert "training.nope is not a section of the experiment here; sections: " in str(info.value)
    assert_translates(info.value.message, "lessons")
    with pytest.raises(lessons.ExperimentError) as info:
        lessons.apply_variant(exp, {"label": {"en": "a", "zh_CN": "b", "zh_TW": "c"}, "set": {"x[0].y": 1}})
    assert str(info.value) == 'set["x[0].y"]: x is not a section of the experiment here; sections: ' + ", ".join(
        k for k, v in exp.to_dict().items() if isinstance(v, (dict, list))
    )


def test_a_failed_download_carries_a_message(tmp_path):
    source = tmp_path / "source.bin"
    source.write_bytes(b"not what was expected")
    job = Fetch(source.as_uri(), tmp_path / "target.bin", 0, "0" * 32)
    reasons = []

    def failed(job, reason):
        reasons.append(reason)
        return DownloadFailed(reason)

    with pytest.raises(DownloadFailed):
        keras_download.fetch([job], lambda done, total: None, lambda: False, failed)
    assert reasons == ["the file arrived damaged (its checksum is wrong)"]
    assert_translates(reasons[0], "keras_download")
    error = keras_download._failed("mnist", KERAS_SETS["mnist"].files[0], reasons[0])
    message = error.args[0]
    assert_translates(message, "keras_download")
    assert str(message).startswith("Could not download MNIST (11 MB) from storage.googleapis.com: the file arrived")
    assert "<the file arrived damaged (its checksum is wrong)>" in message.translated(bracketed)


def test_offline_keeps_the_systems_reason_as_it_is(monkeypatch, tmp_path):
    def offline(url, timeout=None):
        raise urllib.error.URLError(OSError(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(DownloadFailed) as info:
        keras_download.fetch(
            [Fetch("https://example.invalid/x", tmp_path / "x")],
            lambda done, total: None,
            lambda: False,
            lambda job, reason: keras_download._failed("mnist", KERAS_SETS["mnist"].files[0], reason),
        )
    message = info.value.args[0]
    assert_translates(message, "keras_download")
    assert "Temporary failure in name resolution" in message.translated(bracketed)


def test_the_training_helpers_raise_messages():
    with pytest.raises(ValueError) as info:
        keras_schedules.keras_schedule({"class_name": "ExponentialDecay", "config": {"decay_steps": 0}}, 0.1, 10)
    assert str(info.value).startswith("training.schedule.config.decay_steps: must be a whole number from 1 to")
    assert info.value.args[0].translated(bracketed).startswith("training.schedule.config.decay_steps: <must be")
    with pytest.raises(ValueError) as info:
        loss_surface.surface("nope")
    assert_translates(info.value.args[0], "loss_surface")
    from playground.training.engine import lr_finder

    with pytest.raises(ValueError) as info:
        lr_finder.analyse(np.geomspace(1e-5, 10, 20), np.full(20, np.nan))
    assert_translates(info.value.args[0], "lr_finder")


def test_a_filter_pattern_of_a_missing_layer_raises_a_message():
    from playground.training.inspection import filter_patterns

    class Model:
        def get_layer(self, name):
            raise ValueError(f"No such layer: {name}")

    with pytest.raises(ValueError) as info:
        filter_patterns._conv2d(Model(), "conv")
    assert str(info.value) == "The model has no layer named 'conv'."
    assert_translates(info.value.args[0], "filter_patterns")
