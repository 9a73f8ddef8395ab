"""The "Inside the network" arrays: layer outputs, filters, Grad-CAM and test predictions."""

import numpy as np
import pytest

from playground.core.teaching.templates import TEMPLATES
from playground.training.engine.session import Session
from playground.training.inspection.views import Budget
from playground.training.tf_setup import import_keras


@pytest.fixture(scope="module")
def lenet():
    session = Session(TEMPLATES["lenet"][1]())
    session.warm_up()
    session.train(3)
    return session


def test_layer_outputs_filters_and_predictions_match_keras(lenet):
    session = lenet
    session.probe_index, session.cam_class = 7, 3
    views = session.snapshot().views
    model = session.model
    x = session.x_test[7:8]
    assert views["probe_index"] == 7 and views["epoch"] == 3
    assert views["image"].shape == (8, 8, 1) and np.array_equal(views["image"], session.x_test[7])
    names = [name for name, _, _ in views["activations"]]
    assert names == [layer.name for layer in model.layers]
    keras = import_keras()

    first = keras.Model(model.inputs[0], model.layers[0].output)(x, training=False).numpy()[0]
    assert np.allclose(views["activations"][0][2], first, atol=1e-5)
    probabilities = model(x, training=False).numpy()[0]
    assert np.allclose(views["probabilities"], probabilities, atol=1e-5)
    assert views["prediction"] == int(probabilities.argmax())
    assert views["label"] == int(session.dataset.test_y[7, 0])
    kernels = [(layer.name, layer.kernel.numpy()) for layer in model.layers if type(layer).__name__ == "Conv2D"]
    assert [n for n, _ in views["filters"]] == [n for n, _ in kernels]
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(views["filters"], kernels, strict=True))
    predictions = model.predict(session.x_test, verbose=0).argmax(axis=1)
    assert np.array_equal(views["test_predictions"], predictions)
    confusion = views["confusion"]
    assert confusion.shape == (10, 10) and confusion.sum() == len(session.x_test)
    assert np.trace(confusion) == int((predictions == session.dataset.test_y.ravel()).sum())


def test_grad_cam_is_a_heatmap_over_the_image_for_the_chosen_class(lenet):
    session = lenet
    session.probe_index = 0
    maps = []
    for cls in (0, 5):
        session.cam_class = cls
        views = session.snapshot().views
        assert views["cam_class"] == cls and views["cam_layer"] == "conv2d_2"
        cam = views["cam"]
        assert cam.shape == (8, 8) and cam.min() >= 0 and cam.max() <= 1 + 1e-6
        maps.append(cam)
    assert not np.allclose(maps[0], maps[1])


def test_sequences_text_and_tables_get_vectors_and_predictions_without_grad_cam():
    for name in ("lstm", "gru"):
        session = Session(TEMPLATES[name][1]())
        views = session.snapshot().views
        assert views["cam"] is None and views["filters"] == [] and views["image"] is None
        assert views["activations"][-1][2].shape == session.experiment.target_shape
        assert views["probabilities"].shape == (len(session.experiment.classes),)
        assert views["confusion"].sum() == len(session.x_test)


def test_plane_data_has_no_inside_views_and_autoencoders_no_classes():
    from playground.core.experiment.config import default_experiment

    assert Session(default_experiment()).snapshot().views is None
    views = Session(TEMPLATES["autoencoder"][1]()).snapshot().views
    assert views["confusion"] is None and views["cam"] is None and views["test_predictions"] is None


def test_the_budget_keeps_views_to_a_small_share_of_the_time():
    budget = Budget(min_seconds=0.2, share=0.05)
    assert budget.due(0.0)
    budget.spent(0.0, 0.1)  # a 100 ms refresh: the next one waits 2 s
    assert not budget.due(1.0) and budget.due(2.11)
    budget.spent(3.0, 3.001)  # a cheap one: at most every 0.2 s
    assert not budget.due(3.1) and budget.due(3.21)
