"""Small offline datasets for the image, sequence and text demos.

The 2-D point sets in `datasets` cannot show what convolutions, recurrent layers or embeddings are
for, and the usual demo sets (MNIST, IMDB, ...) need a download the playground must not depend on.
These sets are either bundled with scikit-learn (the 8×8 digits) or generated here with numpy, so
they are available offline, small enough to train on in seconds, and reproducible from a seed.

Every generator has the signature `(n, noise, rng) -> (x, y)`: `n` samples, `noise` in [0, 0.5]
(0 is clean, 0.5 is hard), and a `numpy.random.Generator`; the same generator state always gives
the same arrays. `y` is an int64 array of class indices, shape `(n,)`.
"""

from __future__ import annotations

import functools

import numpy as np

from playground.core.i18n import QT_TRANSLATE_NOOP

# Class names in words are marked for the window, which shows them with translate("class_names", name).
CLASS_NAMES: dict[str, tuple[str, ...]] = {
    "digits": tuple("0123456789"),
    "shapes": (
        QT_TRANSLATE_NOOP("class_names", "circle"),
        QT_TRANSLATE_NOOP("class_names", "square"),
        QT_TRANSLATE_NOOP("class_names", "triangle"),
        QT_TRANSLATE_NOOP("class_names", "cross"),
    ),
    "sequences": (
        QT_TRANSLATE_NOOP("class_names", "rising"),
        QT_TRANSLATE_NOOP("class_names", "falling"),
        QT_TRANSLATE_NOOP("class_names", "steady"),
    ),
    "reviews": (QT_TRANSLATE_NOOP("class_names", "negative"), QT_TRANSLATE_NOOP("class_names", "positive")),
}

# Shape of one sample, without the batch axis: what a model's Input layer needs.
INPUT_SHAPES: dict[str, tuple[int, ...]] = {
    "digits": (8, 8, 1),
    "shapes": (28, 28, 1),
    "sequences": (20, 1),
    "reviews": (12,),
}

IMAGE_SIZE = 28  # side of a `shapes` image, in pixels
SEQUENCE_LENGTH = 20  # time steps in a `sequences` sample
REVIEW_LENGTH = 12  # words per padded review

_NEUTRAL_WORDS = (
    "the", "a", "movie", "film", "plot", "actors", "acting", "was", "and", "is", "this", "story",
    "it", "really", "very", "with", "director", "ending", "scenes", "music", "characters", "of",
    "i", "script",
)  # fmt: skip
POSITIVE_WORDS = (
    "good", "great", "wonderful", "loved", "fun", "brilliant", "excellent", "enjoyable",
    "beautiful", "amazing", "best", "moving", "clever", "superb", "funny", "liked",
)  # fmt: skip
NEGATIVE_WORDS = (
    "bad", "boring", "awful", "hated", "dull", "terrible", "worst", "poor",
    "weak", "stupid", "disappointing", "predictable", "waste", "mess", "annoying", "slow",
)  # fmt: skip

# Word id -> word. Id 0 is padding (what `Embedding(mask_zero=True)` masks) and id 1 stands for a
# word outside the vocabulary: the same two ids as Keras's `TextVectorization`.
VOCABULARY: tuple[str, ...] = ("<pad>", "<unk>", "not", *_NEUTRAL_WORDS, *POSITIVE_WORDS, *NEGATIVE_WORDS)

_NOT = VOCABULARY.index("not")
_NEUTRAL_IDS = np.array([VOCABULARY.index(w) for w in _NEUTRAL_WORDS])
# Indexed by polarity: row 0 holds the negative word ids, row 1 the positive ones.
_SENTIMENT_IDS = np.array(
    [[VOCABULARY.index(w) for w in NEGATIVE_WORDS], [VOCABULARY.index(w) for w in POSITIVE_WORDS]]
)


def _check(n: int, noise: float) -> None:
    # Plain English: the experiment checks data.samples and data.noise first (with messages for the
    # window), and an exported script copies this function, which must not need the playground.
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")  # internal: experiment validates data.samples first
    if not 0 <= noise <= 0.5:
        raise ValueError(f"noise must be in [0, 0.5], got {noise}")  # internal: experiment validates data.noise


def _balanced_labels(n: int, classes: int, rng: np.random.Generator) -> np.ndarray:
    # Equal counts (±1) rather than independent draws, so a small set never lacks a class.
    return rng.permutation(np.arange(n) % classes).astype(np.int64)


@functools.cache
def _digit_images() -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import load_digits

    data = load_digits()
    # Pixel values are 0..16 counts of set pixels in a 4×4 block of the original 32×32 bitmaps.
    images = (data.images / 16.0).astype(np.float32)[..., np.newaxis]
    images.setflags(write=False)  # cached and shared between calls
    return images, data.target.astype(np.int64)


def digits(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Handwritten digits: scikit-learn's bundled 8×8 images (1,797 of them), no download needed.

    Args:
        n: Number of images. Up to 1,797 are distinct images drawn without replacement; beyond
            that images are drawn with replacement, so some repeat.
        noise: Standard deviation of Gaussian noise added to every pixel, in [0, 0.5]. The result
            is clipped back to [0, 1].
        rng: Source of randomness.

    Returns:
        `(x, y)`: float32 images in [0, 1] of shape `(n, 8, 8, 1)` and int64 digits 0–9 of shape `(n,)`.
    """
    _check(n, noise)
    images, targets = _digit_images()
    index = rng.choice(len(images), size=n, replace=n > len(images))
    x = images[index] + noise * rng.standard_normal((n, 8, 8, 1), dtype=np.float32)
    return np.clip(x, 0.0, 1.0, out=x), targets[index]


def _rotated_coords(centre: np.ndarray, angle: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates in each shape's own (centred, rotated) frame: (n, 28, 28) arrays u, v."""
    ticks = np.arange(IMAGE_SIZE, dtype=np.float32) + 0.5
    dx = ticks[np.newaxis, np.newaxis, :] - centre[:, 0, np.newaxis, np.newaxis]
    dy = ticks[np.newaxis, :, np.newaxis] - centre[:, 1, np.newaxis, np.newaxis]
    cos, sin = np.cos(angle)[:, None, None], np.sin(angle)[:, None, None]
    return cos * dx + sin * dy, cos * dy - sin * dx


def _shape_distance(label: int, u: np.ndarray, v: np.ndarray, size: np.ndarray, width: np.ndarray) -> np.ndarray:
    """Signed distance (negative inside) to a filled circle, square, triangle or cross of `size`.

    Inside a shape the distances are exact; outside, the square and triangle use the max of their
    edge distances, which is only wrong beyond the corners, where it matters for nothing but the
    1-px anti-aliased edge.
    """
    s = size[:, None, None]
    if label == 0:  # circle of diameter `size`
        return np.hypot(u, v) - s / 2
    if label == 1:  # square of side `size`
        return np.maximum(np.abs(u), np.abs(v)) - s / 2
    if label == 2:  # equilateral triangle of side `size`, centred on its centroid
        inradius = s / (2 * np.sqrt(3))
        edges = [
            np.cos(a) * u + np.sin(a) * v for a in (np.pi / 2, np.pi / 2 + 2 * np.pi / 3, np.pi / 2 - 2 * np.pi / 3)
        ]
        return np.maximum(np.maximum(edges[0], edges[1]), edges[2]) - inradius
    # plus of two bars `size` long and `width` thick (an ×, once rotated)
    half, w = s / 2, width[:, None, None] / 2
    bar_u = np.maximum(np.abs(u) - half, np.abs(v) - w)
    bar_v = np.maximum(np.abs(v) - half, np.abs(u) - w)
    return np.minimum(bar_u, bar_v)


# How far a shape of size 1 reaches from its centre at worst (any rotation): its bounding radius.
# The cross's includes the half-width of its bars, at most 0.14 of its size.
_REACH = (0.5, np.sqrt(2) / 2, 1 / np.sqrt(3), np.hypot(0.5, 0.14))
# Room kept free between a shape's bounding circle and the image edge: its anti-aliased edge spills
# up to a pixel past a triangle's corner, and the outermost row of pixels stays black.
_PAD = 2.0
# Rotations beyond these repeat the same shape (the cross at 45° is an ×).
_ROTATION = (0.0, np.pi / 2, 2 * np.pi / 3, np.pi / 2)
# Smallest sizes: a triangle or cross of 8 px is a blob at 28×28, so they start a little larger.
_MIN_SIZE = (8.0, 8.0, 11.0, 9.0)


def shapes(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Simple geometric shapes, the smallest image set where a CNN's translation invariance pays off.

    Each 28×28 image holds one circle, square, triangle or cross of random size (8–22 px across;
    squares up to 17 px so they fit at any rotation), position, rotation and brightness, with the
    outermost pixels left black. Circles, squares and triangles are filled or outlined (1.5–3 px
    strokes), so neither ink area nor fill alone gives the class away. The classes are balanced.

    Args:
        n: Number of images.
        noise: In [0, 0.5]: the standard deviation of Gaussian pixel noise, and the chance of each
            of up to three small random blotches. At 0 the images are clean.
        rng: Source of randomness.

    Returns:
        `(x, y)`: float32 images in [0, 1] of shape `(n, 28, 28, 1)` and int64 labels of shape `(n,)`:
        0 circle, 1 square, 2 triangle, 3 cross.
    """
    _check(n, noise)
    y = _balanced_labels(n, 4, rng)
    reach = np.array(_REACH)[y]
    # The largest size that still fits the image at any rotation.
    max_size = np.minimum(22.0, (IMAGE_SIZE / 2 - _PAD) / reach)
    min_size = np.array(_MIN_SIZE)[y]
    size = min_size + rng.random(n) * (max_size - min_size)
    margin = reach * size + _PAD
    centre = margin[:, None] + rng.uniform(0.0, 1.0, (n, 2)) * (IMAGE_SIZE - 2 * margin)[:, None]
    angle = rng.uniform(0.0, 1.0, n) * np.array(_ROTATION)[y]
    filled = rng.random(n) < 0.5
    stroke = rng.uniform(1.5, 3.0, n)
    # Bars in proportion to the cross, so a small cross stays a cross and a large one not a stick figure.
    cross_width = np.clip(size * rng.uniform(0.15, 0.28, n), 1.5, 4.0)
    brightness = rng.uniform(0.7, 1.0, n)

    x = np.zeros((n, IMAGE_SIZE, IMAGE_SIZE), np.float32)
    for label in range(4):
        sel = np.flatnonzero(y == label)
        if not len(sel):
            continue
        u, v = _rotated_coords(centre[sel].astype(np.float32), angle[sel].astype(np.float32))
        d = _shape_distance(label, u, v, size[sel].astype(np.float32), cross_width[sel].astype(np.float32))
        if label != 3:
            # An outline is the band of the filled shape within `stroke` of its edge, so it never
            # reaches further out than the filled shape and the fit computed above still holds.
            outline = np.maximum(d, -d - stroke[sel, None, None].astype(np.float32))
            d = np.where(filled[sel, None, None], d, outline)
        # Coverage of a pixel by the shape, linear over one pixel across the edge: cheap anti-aliasing.
        x[sel] = np.clip(0.5 - d, 0.0, 1.0) * brightness[sel, None, None]

    # Blotches: small discs that a model must learn to ignore, unlike pixel noise, which averages out.
    blotches = 3
    active = rng.random((n, blotches)) < noise
    spot = rng.uniform(0.0, IMAGE_SIZE, (n, blotches, 2)).astype(np.float32)
    radius = rng.uniform(0.7, 1.8, (n, blotches)).astype(np.float32)
    level = rng.uniform(0.3, 0.9, (n, blotches)).astype(np.float32)
    ticks = np.arange(IMAGE_SIZE, dtype=np.float32) + 0.5
    for b in range(blotches):
        sel = np.flatnonzero(active[:, b])
        dist = np.hypot(
            ticks[None, None, :] - spot[sel, b, 0, None, None], ticks[None, :, None] - spot[sel, b, 1, None, None]
        )
        blot = np.clip(radius[sel, b, None, None] + 0.5 - dist, 0.0, 1.0) * level[sel, b, None, None]
        x[sel] = np.maximum(x[sel], blot)
    x += noise * rng.standard_normal(x.shape, dtype=np.float32)
    np.clip(x, 0.0, 1.0, out=x)
    return x[..., np.newaxis], y


def sequences(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Sine waves whose frequency rises, falls or stays steady: a task only order can solve.

    Each sample is 20 steps of a sine wave with random phase and amplitude (0.5–1). Rising and
    falling chirps are time-reversed versions of each other, and all three classes have zero mean
    and the same spread of values, so a model that ignores the order of the steps (a bag of values)
    does little better than chance, while a recurrent layer learns it easily. The classes are
    balanced.

    Args:
        n: Number of sequences.
        noise: Standard deviation of Gaussian noise added to every step, in [0, 0.5].
        rng: Source of randomness.

    Returns:
        `(x, y)`: float32 sequences of shape `(n, 20, 1)` and int64 labels of shape `(n,)`:
        0 rising frequency, 1 falling frequency, 2 steady frequency.
    """
    _check(n, noise)
    y = _balanced_labels(n, 3, rng)
    # Frequencies in cycles per step, below 0.25 so even 20 samples show each cycle clearly. The
    # steady frequency spans most of the chirps' range with the same mean (about 2.3 cycles in 20
    # steps), so no class owns a frequency: only how it changes over time tells them apart.
    low = rng.uniform(0.02, 0.06, n)
    high = rng.uniform(0.16, 0.24, n)
    steady = rng.uniform(0.05, 0.2, n)
    start = np.select([y == 0, y == 1], [low, high], steady)
    end = np.select([y == 0, y == 1], [high, low], steady)
    phase0 = rng.uniform(0.0, 2 * np.pi, n)
    amplitude = rng.uniform(0.5, 1.0, n)
    t = np.arange(SEQUENCE_LENGTH, dtype=np.float64)
    span = SEQUENCE_LENGTH - 1
    # Phase of a linear chirp: 2π times the integral of the frequency f(t) = start + (end - start) t / span.
    cycles = start[:, None] * t + (end - start)[:, None] * t**2 / (2 * span)
    x = amplitude[:, None] * np.sin(phase0[:, None] + 2 * np.pi * cycles)
    x += noise * rng.standard_normal(x.shape)
    return x.astype(np.float32)[..., np.newaxis], y


def reviews(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Generated movie "reviews" for sentiment classification with an Embedding layer.

    A review is 5–12 words from `VOCABULARY`: neutral filler ("the plot was ...") around one to
    three sentiment words. About one in seven sentiment words is negated — "not" followed by a word
    of the opposite polarity ("not boring" in a positive review) — so word order matters a little:
    a bag-of-words model reads those backwards (it scores about 88 % at noise 0, an LSTM about
    96 %). Now and then a filler word is unknown (`<unk>`). Reviews are padded with 0 at the front
    to 12 ids, like `keras.utils.pad_sequences`. The classes are balanced.

    Args:
        n: Number of reviews.
        noise: Chance that a sentiment word speaks for the other class, in [0, 0.5]. At 0.5 the
            words say nothing about the label.
        rng: Source of randomness.

    Returns:
        `(x, y)`: int32 word ids of shape `(n, 12)` and int64 labels of shape `(n,)`: 0 negative,
        1 positive. Use `decode` to read a review.
    """
    _check(n, noise)
    y = _balanced_labels(n, 2, rng)
    most = 3  # sentiment words per review, at most
    length = rng.integers(5, REVIEW_LENGTH + 1, n)
    count = rng.integers(1, most + 1, n)
    flipped = rng.random((n, most)) < noise
    negated = rng.random((n, most)) < 0.15  # rare enough that most words still mean what they say
    # The polarity a word has on its own: the review's, unless noise flips it, and reversed once
    # more when "not" precedes it.
    polarity = y[:, None] ^ flipped ^ negated
    sentiment = _SENTIMENT_IDS[polarity, rng.integers(0, _SENTIMENT_IDS.shape[1], (n, most))]
    filler = _NEUTRAL_IDS[rng.integers(0, len(_NEUTRAL_IDS), (n, REVIEW_LENGTH))]
    filler[rng.random((n, REVIEW_LENGTH)) < 0.04] = 1  # <unk>
    # Random sort keys place the sentiment phrases among the filler words.
    order = rng.random((n, REVIEW_LENGTH + most)).argsort(axis=1)

    x = np.zeros((n, REVIEW_LENGTH), np.int32)
    # Assembling the variable-length word lists is a short loop over plain ints; every random
    # choice was drawn above, in bulk.
    for i in range(n):
        k = int(count[i])
        phrases = [
            [_NOT, s] if neg else [s] for s, neg in zip(sentiment[i, :k].tolist(), negated[i, :k].tolist(), strict=True)
        ]
        fill = max(0, int(length[i]) - sum(len(p) for p in phrases))
        units = [[w] for w in filler[i, :fill].tolist()] + phrases
        # A random permutation of 0..14 keeps its randomness when filtered to the ids of the units.
        ranks = [int(j) for j in order[i] if j < len(units)]
        words = [w for j in ranks for w in units[j]]
        x[i, REVIEW_LENGTH - len(words) :] = words
    return x, y


def decode(ids: np.ndarray | list[int]) -> str:
    """The text of one review: its words separated by spaces, without the padding.

    Args:
        ids: Word ids of one review, as returned by `reviews` (a row of `x`).

    Returns:
        The review as a string, e.g. `"the plot was not boring"`.
    """
    return " ".join(VOCABULARY[int(i)] for i in np.asarray(ids).ravel() if i != 0)


GENERATORS = {"digits": digits, "shapes": shapes, "sequences": sequences, "reviews": reviews}
