"""One picture file dropped on the drawing pad, read with Pillow as the image-folder import reads its
pictures (the same size limit, colour handling and messages' spirit): resized to the model's input,
grey or colour as it takes them, in [0, 1] with ink bright on dark paper as the digits and shapes
come — a photo of dark ink on white paper is turned over.
"""

from __future__ import annotations

import os
import warnings

import numpy as np

from playground.core.data.image_import import MAX_PIXELS, _eight_bit_rgb
from playground.core.data.imported import ImportFailed
from playground.core.i18n import QT_TRANSLATE_NOOP, Message

MAX_FILE_MB = 50  # a picture file larger than this is refused before it is opened


def read_picture(path: str, height: int, width: int, channels: int = 1) -> np.ndarray:
    """(height, width, channels) float32 in [0, 1]. Raises ImportFailed with a message for a file
    that is missing, too large, not a picture, or of too many pixels."""
    from PIL import Image, UnidentifiedImageError

    name = os.path.basename(str(path))
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("picture_file", "{file} cannot be read: {reason}"), file=name, reason=exc.strerror
            )
        ) from None
    if size > MAX_FILE_MB * 10**6:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "picture_file", "{file} is {mb:.0f} MB; pictures of up to {most} MB are read: make it smaller"
                ),
                file=name,
                mb=size / 1e6,
                most=MAX_FILE_MB,
            )
        )
    try:
        with warnings.catch_warnings():  # Pillow warns of large pictures; the check below refuses them
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(path)
        with im:
            w, h = im.size
            if w * h > MAX_PIXELS:
                raise _huge(name)
            im.load()
            rgb = _eight_bit_rgb(im).resize((width, height), Image.Resampling.BOX)
    except ImportFailed:
        raise
    except UnidentifiedImageError:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "picture_file", "{file} is not a picture: drop a PNG, JPEG, BMP or GIF file on the pad"
                ),
                file=name,
            )
        ) from None
    except Image.DecompressionBombError:  # Pillow's own limit, past ours: refused as huge all the same
        raise _huge(name) from None
    except (OSError, ValueError) as exc:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("picture_file", "{file} cannot be read as a picture: {reason}"),
                file=name,
                reason=str(exc),
            )
        ) from None
    x = np.asarray(rgb, np.float32) / 255.0
    if channels == 1:
        x = x.mean(axis=-1, keepdims=True)
        border = np.concatenate([x[0], x[-1], x[:, 0], x[:, -1]])
        if float(border.mean()) > 0.5:  # dark ink on light paper: the training digits are the other way
            x = 1.0 - x
    return np.ascontiguousarray(x, np.float32)


def _huge(name: str) -> ImportFailed:
    return ImportFailed(
        Message(
            QT_TRANSLATE_NOOP(
                "picture_file", "{file} has more than {most} million pixels, more than is read: make it smaller"
            ),
            file=name,
            most=MAX_PIXELS // 10**6,
        )
    )
