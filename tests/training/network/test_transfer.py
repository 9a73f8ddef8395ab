"""The Pretrained layer in Keras, on fake ImageNet weights (tests/conftest.py): shapes and counts
as Keras builds them, preprocessing as keras.applications does it, a frozen base that stays put,
fine-tuning that goes on from the trained head, and a download that never reaches the network."""

import dataclasses
import hashlib
import io
import urllib.error
import urllib.request

import numpy as np
import pytest

from playground.core.errors import ExperimentError
from playground.core.network import transfer
from playground.core.network.layer_graph import analyse
from playground.core.teaching.templates import TEMPLATES
from playground.training.data import keras_download
from playground.training.data.keras_download import DownloadFailed
from playground.training.engine.session import Session
from playground.training.files.keras_io import read_keras, save_keras
from playground.training.network import transfer as keras_transfer
from playground.training.network.model_builder import build_model
from playground.training.tf_setup import import_keras


@pytest.mark.parametrize(
    "application, sizes",
    [
        ("MobileNetV2", [(32, 32), (40, 40), (64, 64), (33, 47)]),
        ("ResNet50", [(40, 40)]),
        ("VGG16", [(32, 32), (40, 40), (64, 64), (33, 47)]),
        ("EfficientNetB0", [(32, 32), (40, 40), (64, 64)]),
    ],
)
def test_shapes_and_counts_equal_keras(application, sizes):
    keras = import_keras()
    app = transfer.APPLICATIONS[application]
    for size in sizes:
        base = getattr(keras.applications, application)(include_top=False, weights=None, input_shape=(*size, 3))
        assert transfer.output_shape(application, (*size, 3)) == tuple(base.output.shape[1:]), size
        assert (app.params, app.layers) == (base.count_params(), len(base.layers))


def test_the_layer_counts_as_keras_does(pretrained_home):
    layer = keras_transfer.pretrained_layer({"application": "MobileNetV2", "name": "p"}, (28, 28, 1))
    node = analyse((28, 28, 1), [{"class_name": "Pretrained", "config": {"application": "MobileNetV2"}}])[1]
    assert node.params == layer.count_params() and node.shape == tuple(layer.output.shape[1:])
    assert layer.trainable_weights == []  # fine_tune 0: feature extraction


@pytest.mark.parametrize(
    "application, module", [("MobileNetV2", "mobilenet_v2"), ("VGG16", "vgg16"), ("ResNet50", "resnet50")]
)
@pytest.mark.parametrize("channels", [1, 3])
def test_preprocessing_is_keras_own_on_pixels_in_0_1(application, module, channels):
    keras = import_keras()
    x = np.random.default_rng(0).uniform(0, 1, (2, 4, 4, channels)).astype(np.float32)
    kernel, bias = keras_transfer.preprocess_weights(transfer.APPLICATIONS[application].preprocessing, channels)
    ours = np.einsum("nhwc,cd->nhwd", x, kernel[0, 0]) + bias
    rgb = np.repeat(x, 3, axis=-1) if channels == 1 else x
    theirs = getattr(keras.applications, module).preprocess_input(rgb * 255.0)
    np.testing.assert_allclose(ours, theirs, atol=1e-3)
    kernel, bias = keras_transfer.preprocess_weights("raw", channels)  # EfficientNet normalises itself
    np.testing.assert_allclose(np.einsum("nhwc,cd->nhwd", x, kernel[0, 0]) + bias, rgb * 255, atol=1e-3)


def test_missing_weights_stop_the_build_with_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    with pytest.raises(ExperimentError) as info:
        build_model(TEMPLATES["transfer"][1]())
    assert info.value.field == "model.layers[0]"
    assert info.value.message.startswith("pretrained: MobileNetV2's ImageNet weights are not on this computer:")
    assert "press Download weights in the layer's properties (about 9 MB)" in info.value.message
    assert str(tmp_path / "models") in info.value.message


def small_transfer(samples=24, engine="fast"):
    exp = TEMPLATES["transfer"][1]()
    exp.data.samples = samples
    exp.training.batch_size = 8
    return Session(exp, engine=engine)


def weights(layers) -> list[list[np.ndarray]]:
    return [[np.array(w) for w in layer.get_weights()] for layer in layers]


def changed(before, after) -> list[int]:
    return [
        i
        for i, (a, b) in enumerate(zip(before, after, strict=True))
        if any(not np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    ]


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_feature_extraction_then_fine_tuning_goes_on_from_the_trained_head(pretrained_home, engine):
    session = small_transfer(engine=engine)
    assert session.x_train.shape[1:] == (28, 28, 1)
    base = keras_transfer.base_of(session.model.get_layer("pretrained"))
    head = session.model.get_layer("output")
    start_base, start_head = weights(base.layers), weights([head])
    rows = session.train(2)
    assert [r["epoch"] for r in rows] == [1, 2] and all(np.isfinite(r["loss"]) for r in rows)
    assert changed(start_base, weights(base.layers)) == []  # step 1: the base, batch norm included, stays
    trained_head = weights([head])
    assert changed(start_head, trained_head) == [0]

    session.fine_tune(5, learning_rate=1e-4)  # step 2
    assert changed(trained_head, weights([head])) == []  # the trained head is kept
    assert session.experiment.model.layers[0]["config"]["fine_tune"] == 5
    assert session.engine.learning_rate == pytest.approx(1e-4)
    tuned_base = weights(base.layers)
    rows = session.train(1)
    assert [r["epoch"] for r in rows] == [3] and session.epoch == 3 and len(session.history) == 3
    last = base.layers[-5:]
    expected = [
        len(base.layers) - 5 + i
        for i, layer in enumerate(last)
        if layer.weights and "BatchNorm" not in type(layer).__name__
    ]
    assert [base.layers[i].name for i in expected] == ["block_16_project", "Conv_1"]
    assert changed(tuned_base, weights(base.layers)) == expected
    assert changed(trained_head, weights([head])) == [0]

    session.fine_tune(0)  # frozen again, at the learning rate it has
    assert session.model.get_layer("pretrained").trainable_weights == []
    assert session.engine.learning_rate == pytest.approx(1e-4)


def test_views_save_and_read_back(pretrained_home, tmp_path):
    session = small_transfer()
    views = session.snapshot().views
    assert [a[0] for a in views["activations"]][:1] == ["pretrained"]
    assert views["activations"][0][2].shape == (1, 1, 1280)
    save_keras(session.experiment, tmp_path / "m.keras", session.model)
    layers, shape, notes = read_keras(tmp_path / "m.keras")
    assert layers == session.experiment.model.layers and shape == (28, 28, 1) and notes == []
    keras = import_keras()
    loaded = keras.saving.load_model(tmp_path / "m.keras", safe_mode=True)  # no Lambda: safe mode reads it
    np.testing.assert_allclose(loaded(session.x_test[:3]), session.model(session.x_test[:3]), atol=1e-5)
    session.fine_tune(5)
    save_keras(session.experiment, tmp_path / "tuned.keras", session.model)
    assert read_keras(tmp_path / "tuned.keras")[0][0]["config"]["fine_tune"] == 5


def test_an_image_folder_in_colour_trains(pretrained_home, tmp_path):
    from tests.core.data.test_imports import make_images
    from tests.training.data.test_imported_training import file_experiment

    folder = make_images(tmp_path / "pics", per_class=12, mode="RGB")
    layers = [
        {"class_name": "Pretrained", "config": {"application": "MobileNetV2", "name": "base"}},
        {"class_name": "GlobalAveragePooling2D", "config": {}},
        {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}},
    ]
    exp = file_experiment({"kind": "images", "path": folder, "size": 16}, layers, "binary_crossentropy", 24, batch=8)
    session = Session(exp)
    assert session.x_train.shape[1:] == (16, 16, 3)
    rows = session.train(2)
    assert all(np.isfinite(r["loss"]) for r in rows)


# -- the download --------------------------------------------------------------------------------


class Response(io.BytesIO):
    def __init__(self, data: bytes):
        super().__init__(data)
        self.headers = {"Content-Length": str(len(data))}


@pytest.fixture
def offline_home(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    monkeypatch.setattr(keras_download, "CHUNK", 1000)

    def no_network(*args, **kwargs):
        raise urllib.error.URLError(OSError(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    return tmp_path


def serve(monkeypatch, data: bytes, application: str):
    """Serves `data` as the weights file, with Keras's hash replaced by the fake file's."""
    app = transfer.APPLICATIONS[application]
    monkeypatch.setitem(transfer.APPLICATIONS, application, dataclasses.replace(app, md5=hashlib.md5(data).hexdigest()))
    calls = []

    def urlopen(url, timeout=None):
        calls.append(url)
        return Response(data)

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    return calls


def test_download_puts_the_weights_where_keras_caches_them(offline_home, monkeypatch):
    data = bytes(range(256)) * 20
    calls = serve(monkeypatch, data, "VGG16")
    reports = []
    path = keras_transfer.download_weights("VGG16", (28, 28, 1), progress=lambda *r: reports.append(r))
    assert calls == [transfer.weights_url("VGG16", (28, 28, 1))]
    assert path == offline_home / "models" / "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5"
    assert path.read_bytes() == data and transfer.has_weights("VGG16", (28, 28, 1))
    assert len(reports) > 3 and reports[-1] == (len(data), len(data))
    assert keras_transfer.download_weights("VGG16", (28, 28, 1)) == path  # there: no second download
    assert calls == [transfer.weights_url("VGG16", (28, 28, 1))]


def test_offline_or_damaged_downloads_say_what_to_do_and_leave_nothing(offline_home, monkeypatch):
    with pytest.raises(DownloadFailed) as info:
        keras_transfer.download_weights("MobileNetV2", (28, 28, 1))
    text = str(info.value)
    assert text.startswith("Could not download MobileNetV2's ImageNet weights (9 MB) from storage.googleapis.com: ")
    assert "Temporary failure in name resolution. Check the internet connection and try again" in text
    assert (
        f"copy mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5 into {offline_home / 'models'}" in text
    )
    assert [p for p in offline_home.rglob("*") if p.is_file()] == []
    serve(monkeypatch, b"good", "ResNet50")
    monkeypatch.setattr(urllib.request, "urlopen", lambda url, timeout=None: Response(b"evil"))
    with pytest.raises(DownloadFailed, match="damaged"):
        keras_transfer.download_weights("ResNet50", (64, 64, 3))
    assert [p for p in offline_home.rglob("*") if p.is_file()] == []
