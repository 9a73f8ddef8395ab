"""The Pretrained layer without TensorFlow: weights files, shapes, problems, fine-tuning as a live
change, and the transfer template's structure."""

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import validate_structure
from playground.core.experiment.state import needs_new_run
from playground.core.network import transfer
from playground.core.network.layer_configs import check_config
from playground.core.network.layer_graph import analyse, describe, fine_tune_settings
from playground.core.network.layer_specs import new_layer
from playground.core.teaching.templates import TEMPLATES


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    return tmp_path


def pretrained(application="MobileNetV2", fine_tune=0, name="pretrained"):
    return {"class_name": "Pretrained", "config": {"application": application, "fine_tune": fine_tune, "name": name}}


def test_keras_file_names_urls_and_where_they_are_cached(home):
    mobile = "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_{}_no_top.h5"
    assert transfer.weights_path("MobileNetV2", (28, 28, 1)) == home / "models" / mobile.format(224)
    assert transfer.weights_path("MobileNetV2", (96, 96, 3)).name == mobile.format(96)  # its own file
    assert transfer.weights_path("MobileNetV2", (96, 128, 3)).name == mobile.format(224)  # not square
    assert transfer.weights_url("MobileNetV2", (160, 160, 3)) == (
        "https://storage.googleapis.com/tensorflow/keras-applications/mobilenet_v2/" + mobile.format(160)
    )
    assert transfer.weights_url("VGG16", (8, 8, 1)) == (
        "https://storage.googleapis.com/tensorflow/keras-applications/vgg16/"
        "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5"
    )
    assert transfer.weights_url("ResNet50", (32, 32, 3)).endswith(
        "/resnet/resnet50_weights_tf_dim_ordering_tf_kernels_notop.h5"
    )
    assert transfer.weights_url("EfficientNetB0", (32, 32, 3)) == (
        "https://storage.googleapis.com/keras-applications/efficientnetb0_notop.h5"
    )
    assert [transfer.APPLICATIONS[a].preprocessing for a in transfer.NAMES] == ["tf", "caffe", "caffe", "raw"]


def test_missing_weights_say_how_to_get_them(home):
    assert not transfer.has_weights("MobileNetV2", (28, 28, 1))
    with pytest.raises(transfer.NoWeights) as info:
        transfer.check_weights("MobileNetV2", (28, 28, 1))
    assert str(info.value) == (
        "MobileNetV2's ImageNet weights are not on this computer: press Download weights in the layer's "
        "properties (about 9 MB), or copy mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5 "
        f"into {home / 'models'}."
    )
    path = transfer.weights_path("MobileNetV2", (28, 28, 1))
    path.parent.mkdir()
    path.write_bytes(b"weights")
    assert transfer.has_weights("MobileNetV2", (28, 28, 1)) and transfer.check_weights("MobileNetV2", (8, 8, 1)) == path


@pytest.mark.parametrize(
    "application, shape, out",
    [
        ("MobileNetV2", (8, 8, 1), (1, 1, 1280)),  # resized up to 32×32
        ("MobileNetV2", (33, 47, 3), (2, 2, 1280)),  # strided convolutions round up
        ("ResNet50", (64, 64, 3), (2, 2, 2048)),
        ("VGG16", (33, 47, 3), (1, 1, 512)),  # max pools round down
        ("VGG16", (28, 64, 1), (1, 2, 512)),
        ("EfficientNetB0", (96, 96, 3), (3, 3, 1280)),
    ],
)
def test_output_shapes_and_parameters(application, shape, out):
    node = analyse(shape, [pretrained(application)])[1]
    assert node.problem is None and node.shape == out
    assert node.params == transfer.APPLICATIONS[application].params + 3 * shape[-1] + 3


@pytest.mark.parametrize(
    "shape, layers, words",
    [
        (
            (64,),
            [pretrained()],
            "needs images (height, width, channels); it receives (64,) from the input: choose image",
        ),
        ((20, 5), [pretrained()], "Reshape to (height, width, 1) before it"),
        ((8, 8, 2), [pretrained()], "takes grey (1 channel) or colour (3 channels) images; it receives 2 channels"),
        (
            (28, 28, 1),
            [new_layer("Conv2D"), pretrained()],
            "receives 16 channels from Conv2D: put it first, on the images themselves",
        ),
        ((28, 28, 1), [pretrained("VGG16", fine_tune=20)], "fine_tune 20 is more than VGG16's 19 layers: at most 19"),
    ],
)
def test_problems_name_the_cause_and_the_fix(shape, layers, words):
    problem = next(n.problem for n in analyse(shape, layers)[1:] if n.problem)
    assert words in problem


def test_settings_are_checked_and_described():
    assert check_config("Pretrained", {"application": "AlexNet"})[0] == "application"
    assert check_config("Pretrained", {"fine_tune": -1})[0] == "fine_tune"
    assert new_layer("Pretrained")["config"] == {"application": "MobileNetV2", "fine_tune": 0, "name": "pretrained_1"}
    assert describe(pretrained()) == "MobileNetV2 frozen"
    assert describe(pretrained("VGG16", 4)) == "VGG16 last 4 train"


def test_changing_only_fine_tune_continues_the_run():
    before = TEMPLATES["transfer"][1]()
    tuned = before.copy()
    tuned.model.layers[0]["config"]["fine_tune"] = 20
    tuned.training.optimizer["config"]["learning_rate"] = 1e-5
    assert transfer.only_fine_tune_differs(before.model.layers, tuned.model.layers)
    assert not needs_new_run(before, tuned)
    assert fine_tune_settings(tuned.model.layers) == {"pretrained": 20}
    other = tuned.copy()
    other.model.layers[0]["config"]["application"] = "VGG16"
    assert needs_new_run(before, other)
    other = tuned.copy()
    other.model.layers[2]["config"]["rate"] = 0.2
    assert needs_new_run(before, other) and not transfer.only_fine_tune_differs(
        before.model.layers, before.model.layers
    )


def test_the_transfer_template_is_sound_without_its_weights(home):
    exp = TEMPLATES["transfer"][1]()
    validate_structure(exp)
    assert [n.problem for n in exp.analyse()] == [None] * 5
    assert exp.analyse()[-1].shape == (4,)
    with pytest.raises(ExperimentError, match="is not available"):
        bad = exp.copy()
        bad.model.layers[0]["class_name"] = "Pretrainedd"
        validate_structure(bad)
