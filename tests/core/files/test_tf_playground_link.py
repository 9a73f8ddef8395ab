"""TensorFlow Playground links: read into an experiment, written back, refused when malformed."""

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import default_experiment
from playground.core.files.tf_playground_link import from_link, looks_like_link, to_link

# Written by hand in the format of TensorFlow Playground's src/state.ts (keys in its order).
SPIRAL = (
    "https://playground.tensorflow.org/#activation=relu&batchSize=10&dataset=spiral&regDataset=reg-plane"
    "&learningRate=0.03&regularizationRate=0.001&noise=15&networkShape=8,8,5&seed=0.58123&showTestData=false"
    "&discretize=false&percTrainData=70&x=true&y=true&xTimesY=false&xSquared=true&ySquared=true&cosX=false"
    "&sinX=true&cosY=false&sinY=true&collectStats=false&problem=classification&initZero=false&hideText=false"
    "&regularization=L2"
)
NO_HIDDEN = (
    "#activation=sigmoid&batchSize=5&dataset=gauss&regDataset=reg-plane&learningRate=0.1&regularizationRate=0"
    "&noise=0&networkShape=&seed=0.10000&showTestData=false&discretize=false&percTrainData=50&x=true&y=false"
    "&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false"
    "&collectStats=false&problem=classification&initZero=true&hideText=false"
)
REG_PLANE = (
    "https://playground.tensorflow.org/#activation=linear&regularization=L1&batchSize=20&dataset=circle"
    "&regDataset=reg-plane&learningRate=0.01&regularizationRate=0.003&noise=5&networkShape=3&seed=0.00042"
    "&percTrainData=30&x=true&y=true&problem=regression&initZero=false"
)
REG_GAUSS = (
    "https://playground.tensorflow.org/#activation=tanh&batchSize=30&regDataset=reg-gauss&learningRate=0.3"
    "&networkShape=6,6&percTrainData=90&problem=regression&noise=50&xTimesY=true"
    "&learningRate_hide=true&dataset_hide=true&problem_hide=true&x_hide=true&playButton_hide=true&foo=1"
)


def test_a_spiral_link_gives_its_experiment():
    exp, unknown = from_link(SPIRAL)
    assert unknown == []
    assert (exp.data.name, exp.data.samples, exp.data.noise, exp.data.train_fraction) == ("spiral", 500, 0.15, 0.7)
    assert exp.data.features == ["x1", "x2", "x1^2", "x2^2", "sin(x1)", "sin(x2)"]
    assert [layer["config"]["units"] for layer in exp.model.layers] == [8, 8, 5, 1]
    assert {layer["config"]["activation"] for layer in exp.model.layers[:-1]} == {"relu"}
    # Its squared error is ½(y − t)², Keras's (y − t)²: half the learning rate steps the same; its L2 step
    # lr × rate × w is Keras's penalty rate × w² (gradient 2 × rate × w) at half the rate, with the same rate
    assert all(layer["config"]["kernel_regularizer"]["config"] == {"l2": 0.001} for layer in exp.model.layers)
    assert exp.training.optimizer == {"class_name": "SGD", "config": {"learning_rate": 0.015}}
    # its classification: a tanh output, labels ±1, squared error (Keras's squared hinge on a tanh output)
    assert (exp.model.layers[-1]["config"]["activation"], exp.training.loss) == ("tanh", "squared_hinge")
    assert exp.model.layers[0]["config"]["kernel_initializer"] == {
        "class_name": "RandomUniform",
        "config": {"minval": -0.5, "maxval": 0.5},
    }
    assert exp.model.layers[0]["config"]["bias_initializer"] == {"class_name": "Constant", "config": {"value": 0.1}}
    assert (exp.training.batch_size, exp.seed, exp.hidden) == (10, 58123, [])


def test_no_hidden_layers_and_zero_init():
    exp, unknown = from_link(NO_HIDDEN)
    assert unknown == []
    assert len(exp.model.layers) == 1
    assert exp.model.layers[0]["config"] == {
        "units": 1,
        "activation": "tanh",
        "kernel_initializer": "zeros",
        "bias_initializer": "zeros",
    }
    assert exp.data.features == ["x1"]
    assert (exp.data.name, exp.training.batch_size, exp.training.learning_rate) == ("gauss", 5, 0.05)


def test_regression_links():
    exp, unknown = from_link(REG_PLANE)
    assert unknown == []
    assert (exp.data.name, exp.data.samples, exp.problem, exp.training.loss) == ("plane", 1200, "regression", "mse")
    assert exp.model.layers[-1]["config"]["activation"] == "linear"
    assert exp.model.layers[0]["config"]["kernel_regularizer"] == {"class_name": "L1", "config": {"l1": 0.006}}
    assert (exp.data.noise, exp.data.train_fraction, exp.seed) == (0.05, 0.3, 42)
    exp, unknown = from_link(REG_GAUSS)
    assert exp.data.name == "multigauss"
    assert exp.data.features == ["x1", "x2", "x1*x2"]
    assert exp.hidden == ["learning_rate", "datasets", "features"]
    assert unknown == ["playButton_hide", "foo"]


@pytest.mark.parametrize("link", [SPIRAL, NO_HIDDEN, REG_PLANE, REG_GAUSS])
def test_round_trip(link):
    exp, _ = from_link(link)
    url, cannot = to_link(exp)
    assert cannot == []
    assert url.startswith("https://playground.tensorflow.org/#")
    again, unknown = from_link(url)
    assert unknown == []
    assert again.to_dict() == exp.to_dict()


def test_link_text_of_no_hidden_layers():
    url, _ = to_link(from_link(NO_HIDDEN)[0])
    assert "&networkShape=&" in url and "initZero=true" in url and "seed=0.10000" in url
    assert "learningRate=0.1&" in url


def test_defaults_fill_a_short_link():
    exp, unknown = from_link("#dataset=xor")
    assert unknown == []
    assert [layer["config"]["units"] for layer in exp.model.layers] == [4, 2, 1]
    assert exp.data.name == "xor" and exp.data.features == ["x1", "x2"] and exp.training.learning_rate == 0.015


@pytest.mark.parametrize(
    ("link", "field", "words"),
    [
        ("https://playground.tensorflow.org/", "link", "#"),
        ("#", "link", "no settings"),
        ("#learningRate=fast", "learningRate", "number"),
        ("#activation=softplus", "activation", "relu, tanh, sigmoid, linear"),
        ("#dataset=moons", "dataset", "circle, xor, gauss, spiral"),
        ("#problem=regression&regDataset=plane", "regDataset", "reg-plane"),
        ("#networkShape=4,x", "networkShape", "must be a number"),
        ("#networkShape=4.5", "networkShape", "whole number"),
        ("#networkShape=4,0", "networkShape", "whole number"),
        ("#x=yes", "x", "true or false"),
        ("#noise=70", "noise", "0 to 50"),
        ("#x=false&y=false", "data.features", "at least one"),
    ],
)
def test_malformed_links_are_refused(link, field, words):
    with pytest.raises(ExperimentError) as caught:
        from_link(link)
    assert caught.value.field == field
    assert words in str(caught.value.message)


def test_what_a_link_cannot_say():
    exp = default_experiment()
    exp.data.name = "digits"
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.001}}
    exp.training.schedule = {"class_name": "ExponentialDecay", "config": {"decay_steps": 10, "decay_rate": 0.5}}
    exp.model.layers.insert(0, {"class_name": "Dropout", "config": {"rate": 0.2}})
    exp.hidden = ["speed", "noise"]
    url, cannot = to_link(exp)
    said = " | ".join(cannot)
    for words in ("dataset digits", "Dropout", "Adam", "schedule", "speed"):
        assert words in said
    assert "noise" not in said
    assert "dataset=circle" in url and "noise_hide=true" in url


def test_links_are_told_from_paths():
    assert looks_like_link(SPIRAL) and looks_like_link(NO_HIDDEN)
    assert not looks_like_link("experiments/circle.json")
