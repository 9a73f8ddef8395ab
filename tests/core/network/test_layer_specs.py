"""The layer palette: its families in order, and new layers made from its defaults with Keras's names."""

from playground.core.network.layer_configs import check_config
from playground.core.network.layer_params import COMMON, Param
from playground.core.network.layer_specs import FAMILIES, LAYERS, SPECS, new_layer, snake, unique_name


def test_the_families_keep_the_palettes_order():
    assert FAMILIES == (
        "Core",
        "Regularisation",
        "Convolution",
        "Pooling",
        "Reshaping",
        "Recurrent",
        "Merging",
        "Preprocessing",
        "Augmentation",
        "Transfer",
        "Inputs",
    )
    assert LAYERS[:3] == ("Dense", "Activation", "Dropout") and set(LAYERS) == set(SPECS)


def test_every_new_layer_passes_the_checks_and_every_setting_has_a_tip():
    for kind in LAYERS:
        layer = new_layer(kind)
        assert layer["class_name"] == kind
        assert check_config(kind, layer["config"]) is None, kind
        assert all(isinstance(p, Param) and p.tip for p in SPECS[kind].all_params + COMMON), kind


def test_a_weighted_layer_has_initializers_and_regularizers():
    keys = [p.key for p in SPECS["LSTM"].all_params]
    assert keys[-6:] == [
        "use_bias",
        "kernel_initializer",
        "bias_initializer",
        "kernel_regularizer",
        "bias_regularizer",
        "recurrent_initializer",
    ]
    assert SPECS["Dense"].param("kernel_initializer").default == "glorot_uniform"
    assert SPECS["Flatten"].param("use_bias") is None


def test_new_layers_take_the_defaults_and_kerass_names():
    assert new_layer("Dense") == {
        "class_name": "Dense",
        "config": {"units": 32, "activation": "relu", "name": "dense_1"},
    }
    conv = new_layer("Conv2D", {"conv2d_1"})["config"]
    assert conv == {
        "filters": 16,
        "kernel_size": 3,
        "strides": 1,
        "padding": "valid",
        "activation": "relu",
        "name": "conv2d_2",
    }
    reshape = new_layer("Reshape")["config"]
    assert reshape["target_shape"] == [-1, 1]  # a list, as JSON writes it
    a, b = new_layer("Bidirectional")["config"]["layer"], new_layer("Bidirectional")["config"]["layer"]
    a["config"]["units"] = 99
    assert b["config"]["units"] == 16  # every new layer has its own copy of the default
    assert snake("MaxPooling2D") == "max_pooling2d" and snake("LSTM") == "lstm"
    assert unique_name("Dense", {"dense_1", "dense_2"}) == "dense_3"
