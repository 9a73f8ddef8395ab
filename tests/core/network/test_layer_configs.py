"""A layer's config as the file holds it: checked against the palette, its initializers named and its
regularizers written and read back."""

import pytest

from playground.core.network.layer_configs import (
    check_config,
    check_regularizer,
    initializer_label,
    regularizer,
    regularizer_rates,
)


@pytest.mark.parametrize(
    ("kind", "config", "key", "message"),
    [
        ("Dense", {"units": 0}, "units", "must be a whole number from 1 to 4096, got 0"),
        ("Dense", {"units": True}, "units", "must be a whole number from 1 to 4096, got True"),
        ("Dense", {"activation": "swish2"}, "activation", "unknown activation 'swish2'"),
        ("Dense", {"kernel_initializer": "wrong"}, "kernel_initializer", "unknown initializer 'wrong'"),
        ("Dense", {"name": "1dense"}, "name", "must be a name of letters, digits and _"),
        ("Conv2D", {"kernel_size": [3, 3, 3]}, "kernel_size", "must be a whole number from 1 to 64, or 2 of them"),
        ("Reshape", {"target_shape": [-1, -1]}, "target_shape", "one of them may be -1"),
        ("Input", {"features": ["x1", "x1"]}, "features", "must list one or more different features"),
        ("Flatten", {"units": 3}, "units", "is not a setting of Flatten"),
    ],
)
def test_a_wrong_setting_names_its_key_and_what_is_allowed(kind, config, key, message):
    wrong = check_config(kind, config)
    assert wrong is not None and wrong[0] == key and message in wrong[1], wrong


def test_kerass_own_keys_and_forms_pass():
    assert check_config("Dense", {"units": 8, "dtype": "float32", "trainable": False}) is None
    assert check_config("Conv2D", {"kernel_size": [3, 5], "strides": 2}) is None
    assert check_config("Dense", {"kernel_initializer": {"class_name": "HeNormal", "config": {}}}) is None
    assert check_config("Dense", {"kernel_initializer": "identity"}) is None


def test_initializer_labels_are_the_palettes_names():
    assert initializer_label("he_normal") == "He normal"
    assert initializer_label({"class_name": "HeNormal", "config": {}}) == "He normal"
    assert (
        initializer_label({"class_name": "RandomNormal", "config": {"stddev": 0.01}}) == "small random normal (σ 0.01)"
    )
    assert initializer_label({"class_name": "RandomNormal", "config": {"stddev": 0.3}}) is None
    assert initializer_label("identity") is None


def test_regularizers_are_written_and_read_back():
    assert regularizer(0.0, 0.0) is None
    assert regularizer(0.1, 0.0) == {"class_name": "L1", "config": {"l1": 0.1}}
    assert regularizer(0.0, 0.2) == {"class_name": "L2", "config": {"l2": 0.2}}
    assert regularizer(0.1, 0.2) == {"class_name": "L1L2", "config": {"l1": 0.1, "l2": 0.2}}
    assert regularizer_rates(regularizer(0.1, 0.2)) == (0.1, 0.2)
    assert regularizer_rates(None) == (0.0, 0.0)
    assert check_regularizer(regularizer(0.1, 0.2)) is None and check_regularizer(None) is None
    assert check_regularizer({"class_name": "L2", "config": {"l2": 11}}) == (
        "l2 must be l1 or l2 with a rate from 0 to 10, got 11"
    )
