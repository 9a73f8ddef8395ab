from __future__ import annotations

import numpy as np
import pytest

from playground.core.data import generated_data as gd

NAMES = list(gd.GENERATORS)


def _generate(name: str, n: int = 600, noise: float = 0.0, seed: int = 0):
    return gd.GENERATORS[name](n, noise, np.random.default_rng(seed))


def test_registries_agree():
    assert set(gd.GENERATORS) == set(gd.CLASS_NAMES) == set(gd.INPUT_SHAPES)
    assert gd.CLASS_NAMES["digits"] == tuple("0123456789")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("noise", [0.0, 0.5])
def test_shapes_dtypes_and_ranges(name, noise):
    x, y = _generate(name, 300, noise)
    assert x.shape == (300, *gd.INPUT_SHAPES[name])
    assert y.shape == (300,) and y.dtype == np.int64
    assert set(np.unique(y)) == set(range(len(gd.CLASS_NAMES[name])))
    if name == "reviews":
        assert x.dtype == np.int32
        assert x.min() >= 0 and x.max() < len(gd.VOCABULARY)
    else:
        assert x.dtype == np.float32 and np.isfinite(x).all()
    if name in ("digits", "shapes"):
        assert x.min() >= 0 and x.max() <= 1
    if name == "sequences" and noise == 0:
        assert np.abs(x).max() <= 1


@pytest.mark.parametrize("name", NAMES)
def test_seeded(name):
    a, b, c = _generate(name, noise=0.2, seed=1), _generate(name, noise=0.2, seed=1), _generate(name, noise=0.2, seed=2)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert not np.array_equal(a[0], c[0])


@pytest.mark.parametrize("name", NAMES)
def test_noise_changes_the_data(name):
    (clean, y0), (noisy, y1) = _generate(name, noise=0.0), _generate(name, noise=0.3)
    assert np.array_equal(y0, y1)  # noise is drawn after the samples, so the labels stay put
    assert not np.array_equal(clean, noisy)


@pytest.mark.parametrize("name", ["shapes", "sequences", "reviews"])
def test_generated_classes_are_balanced(name):
    _, y = _generate(name, 601)
    counts = np.bincount(y)
    assert counts.max() - counts.min() <= 1


def test_digit_classes_are_roughly_balanced():
    _, y = _generate("digits", 1000)
    assert np.bincount(y, minlength=10).min() > 60  # about 100 each in the sklearn set


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("n", "noise"), [(-1, 0.0), (10, -0.1), (10, 0.6)])
def test_bad_arguments_are_refused(name, n, noise):
    with pytest.raises(ValueError):
        gd.GENERATORS[name](n, noise, np.random.default_rng(0))


def test_digits_are_sklearns_images():
    from sklearn.datasets import load_digits

    data = load_digits()
    x, y = gd.digits(len(data.images), 0.0, np.random.default_rng(0))
    # Without replacement, the whole set comes back in some order: match it image by image.
    ours = np.round(x[..., 0] * 16).astype(int).reshape(len(x), -1)
    theirs = data.images.astype(int).reshape(len(x), -1)
    order_ours, order_theirs = np.lexsort(ours.T), np.lexsort(theirs.T)
    assert np.array_equal(ours[order_ours], theirs[order_theirs])
    assert np.array_equal(y[order_ours], data.target[order_theirs])
    # A zero is a ring and a one a stroke: their mean images differ clearly.
    zero, one = x[y == 0].mean(axis=0), x[y == 1].mean(axis=0)
    assert np.abs(zero - one).max() > 0.5


def test_more_digits_than_sklearn_has_repeat_images():
    x, y = gd.digits(2500, 0.0, np.random.default_rng(0))
    assert x.shape == (2500, 8, 8, 1) and len(np.unique(x.reshape(2500, -1), axis=0)) <= 1797


def test_shapes_lie_inside_the_image_on_a_dark_background():
    x, y = gd.shapes(400, 0.0, np.random.default_rng(0))
    img = x[..., 0]
    border = np.concatenate([img[:, 0, :], img[:, -1, :], img[:, :, 0], img[:, :, -1]], axis=1)
    assert border.max() == 0
    assert img.max(axis=(1, 2)).min() >= 0.7  # every image has a clearly visible shape
    ink = (img > 0.5).mean(axis=(1, 2))
    assert ink.min() > 0.01 and ink.max() < 0.6


def _fourier_features(x: np.ndarray) -> np.ndarray:
    # The magnitude spectrum does not change when a shape moves, so a linear model sees the shape, not its place.
    return np.log1p(np.abs(np.fft.rfft2(x[..., 0]))).reshape(len(x), -1)


def test_shapes_are_separable():
    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

    x, y = gd.shapes(2000, 0.0, np.random.default_rng(0))
    f = _fourier_features(x)
    model = LinearDiscriminantAnalysis(solver="lsqr", shrinkage="auto").fit(f[:1500], y[:1500])
    # Chance is 25 %; a small CNN reaches about 98 % on this set, a linear model on spectra about 72 %.
    assert model.score(f[1500:], y[1500:]) > 0.6


def _logistic_accuracy(features: np.ndarray, y: np.ndarray, train: int) -> float:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(max_iter=2000).fit(features[:train], y[:train])
    return model.score(features[train:], y[train:])


def test_sequences_need_the_order_of_steps():
    x, y = gd.sequences(1500, 0.0, np.random.default_rng(0))
    series = x[..., 0]
    # Sorting keeps every value but drops the order; rising and falling chirps then look alike.
    order_blind = _logistic_accuracy(np.sort(series, axis=1), y, 1000)
    # Squared steps measure the local frequency at each time: the order-aware cue.
    order_aware = _logistic_accuracy(np.diff(series, axis=1) ** 2, y, 1000)
    assert order_blind < 0.5  # chance is 1/3
    assert order_aware > 0.9


def test_sequence_classes_share_mean_and_spread():
    x, y = gd.sequences(3000, 0.0, np.random.default_rng(0))
    means = [x[y == k].mean() for k in range(3)]
    stds = [x[y == k].std() for k in range(3)]
    assert np.abs(means).max() < 0.05
    assert max(stds) / min(stds) < 1.1


def test_vocabulary():
    assert gd.VOCABULARY[:2] == ("<pad>", "<unk>")
    assert len(set(gd.VOCABULARY)) == len(gd.VOCABULARY)
    assert 50 <= len(gd.VOCABULARY) <= 70
    assert not set(gd.POSITIVE_WORDS) & set(gd.NEGATIVE_WORDS)
    assert set(gd.POSITIVE_WORDS) | set(gd.NEGATIVE_WORDS) | {"not"} <= set(gd.VOCABULARY)


def test_reviews_decode_to_padded_word_lists():
    x, _ = gd.reviews(300, 0.2, np.random.default_rng(0))
    for row in x:
        words = gd.decode(row).split()
        assert 5 <= len(words) <= gd.REVIEW_LENGTH
        assert "<pad>" not in words and words == [gd.VOCABULARY[i] for i in row[row > 0]]
        # Padding is at the front only, as keras.utils.pad_sequences does by default.
        assert (row[: gd.REVIEW_LENGTH - len(words)] == 0).all()
    assert gd.decode([0, 0, gd.VOCABULARY.index("great")]) == "great"


def test_review_sentiment_follows_the_label_without_noise():
    x, y = gd.reviews(500, 0.0, np.random.default_rng(0))
    positive, negative = set(gd.POSITIVE_WORDS), set(gd.NEGATIVE_WORDS)
    negations = 0
    for row, label in zip(x, y, strict=True):
        words = gd.decode(row).split()
        felt = []
        for i, word in enumerate(words):
            if word in positive or word in negative:
                negated = i > 0 and words[i - 1] == "not"
                negations += negated
                felt.append((word in positive) != negated)
            if word == "not":
                assert words[i + 1] in positive | negative  # "not" always negates a sentiment word
        assert 1 <= len(felt) <= 3
        assert all(f == bool(label) for f in felt)
    assert negations > 20  # some reviews need the word order to be read right


def test_sentiment_words_are_more_common_in_their_class():
    x, y = gd.reviews(1000, 0.2, np.random.default_rng(0))
    positive_ids = [gd.VOCABULARY.index(w) for w in gd.POSITIVE_WORDS]
    negative_ids = [gd.VOCABULARY.index(w) for w in gd.NEGATIVE_WORDS]
    pos_in = np.isin(x, positive_ids).sum(axis=1)
    neg_in = np.isin(x, negative_ids).sum(axis=1)
    assert pos_in[y == 1].mean() > 2 * pos_in[y == 0].mean()
    assert neg_in[y == 0].mean() > 2 * neg_in[y == 1].mean()
    # A bag of words gets most reviews right, but not all: noise and negation need more than that.
    bag = np.zeros((len(x), len(gd.VOCABULARY)))
    np.add.at(bag, (np.arange(len(x))[:, None], x), 1)
    accuracy = _logistic_accuracy(bag[:, 1:], y, 700)
    assert 0.6 < accuracy < 0.95
