"""A folder of images with one sub-folder per class (Keras's `image_dataset_from_directory`
layout), read with Pillow, resized to one size and scaled to [0, 1] as the book's `rescale=1/255`.
"""

from __future__ import annotations

import os
import warnings

import numpy as np

from playground.core.data.imported import MAX_CLASSES, Imported, ImportFailed, note, problem_for
from playground.core.i18n import QT_TRANSLATE_NOOP, Message

OPTIONS = ("size", "color")
EXTENSIONS = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff")
SIZES = (8, 16, 28, 32, 48, 64, 96, 128)
MAX_IMAGES = 20000
MAX_MB = 1000  # the float32 images in memory
MAX_PIXELS = 40_000_000  # one picture's pixels; a larger one (a decompression bomb) is refused before it is decoded


def classes_in(folder: str) -> list[tuple[str, list[str]]]:
    """(class name, image files) per sub-folder, sorted. Raises ImportFailed if the layout is wrong."""
    if not os.path.isdir(folder):
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "image_import", "{folder} is not a folder: choose the folder that holds one sub-folder per class"
                ),
                folder=folder,
            )
        )
    subs = sorted(e.name for e in os.scandir(folder) if e.is_dir() and not e.name.startswith("."))
    loose = [e.name for e in os.scandir(folder) if e.is_file() and e.name.lower().endswith(EXTENSIONS)]
    if len(subs) < 2 and loose:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "image_import",
                    "{folder} needs one sub-folder per class, at least two (e.g. cats/ and dogs/); found {n} "
                    "(it holds {loose} images directly: put them in one sub-folder per class)",
                ),
                folder=folder,
                n=len(subs),
                loose=len(loose),
            )
        )
    if len(subs) < 2:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "image_import",
                    "{folder} needs one sub-folder per class, at least two (e.g. cats/ and dogs/); found {n}",
                ),
                folder=folder,
                n=len(subs),
            )
        )
    if len(subs) > MAX_CLASSES:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("image_import", "{folder} has {n} sub-folders: at most {most} classes"),
                folder=folder,
                n=len(subs),
                most=MAX_CLASSES,
            )
        )
    found = []
    for sub in subs:
        path = os.path.join(folder, sub)
        files = sorted(f for f in os.listdir(path) if f.lower().endswith(EXTENSIONS) and not f.startswith("."))
        if not files:
            raise ImportFailed(
                Message(
                    QT_TRANSLATE_NOOP("image_import", "{path} holds no images ({kinds}, …)"),
                    path=path,
                    kinds=", ".join(e[1:] for e in EXTENSIONS[:4]),
                )
            )
        found.append((sub, files))
    total = sum(len(files) for _, files in found)
    if total > MAX_IMAGES:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "image_import", "{folder} holds {total} images: at most {most}; use a sample of them"
                ),
                folder=folder,
                total=total,
                most=MAX_IMAGES,
            )
        )
    return found


def load(folder: str, size: int = 32, color: str = "auto") -> Imported:
    """(n, size, size, 1 or 3) images in [0, 1] and class numbers. `color`: "auto" (grey when
    every image is grey), "grey" or "rgb"."""
    from PIL import Image, UnidentifiedImageError

    if size not in SIZES:
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP("image_import", "image size must be one of {sizes}, not {size!r}"),
                sizes=", ".join(map(str, SIZES)),
                size=size,
            )
        )
    if color not in ("auto", "grey", "rgb"):
        raise ImportFailed(
            Message(QT_TRANSLATE_NOOP("image_import", "colour must be auto, grey or rgb, not {color!r}"), color=color)
        )
    found = classes_in(folder)
    total = sum(len(files) for _, files in found)
    megabytes = total * size * size * (1 if color == "grey" else 3) * 4 / 1e6
    if megabytes > MAX_MB:
        fit = int((MAX_MB * 1e6 / (total * 4 * (1 if color == "grey" else 3))) ** 0.5)
        smaller = max((s for s in SIZES if s <= fit), default=SIZES[0])
        raise ImportFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "image_import",
                    "{total} images of {size}×{size} take {megabytes:.0f} MB: choose {smaller}×{smaller} or smaller, "
                    "grey, or fewer images",
                ),
                total=total,
                size=size,
                megabytes=megabytes,
                smaller=smaller,
            )
        )
    images, labels, grey = [], [], True
    for label, (sub, files) in enumerate(found):
        for file in files:
            path = os.path.join(folder, sub, file)
            try:
                with warnings.catch_warnings():  # Pillow warns of large pictures; the check below refuses them
                    warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                    im = Image.open(path)
                with im:
                    _refuse_huge(im.size, os.path.join(sub, file), folder)
                    im.load()
                    grey = grey and im.mode in ("1", "L", "LA", "I", "I;16", "F")
                    im = _eight_bit_rgb(im).resize((size, size), Image.Resampling.BILINEAR)
                    images.append(np.asarray(im, np.uint8))
            except ImportFailed:
                raise
            except UnidentifiedImageError:
                not_picture = QT_TRANSLATE_NOOP(
                    "image_import",
                    "{file} in {folder} is not a picture (PNG, JPEG, BMP, GIF…): remove it from the folder",
                )
                raise ImportFailed(Message(not_picture, file=os.path.join(sub, file), folder=folder)) from None
            except (Image.DecompressionBombError, OSError, ValueError) as exc:
                raise ImportFailed(
                    Message(
                        QT_TRANSLATE_NOOP("image_import", "{file} in {folder} cannot be read as an image: {reason}"),
                        file=os.path.join(sub, file),
                        folder=folder,
                        reason=str(exc),
                    )
                ) from None
            labels.append(label)
    x = np.stack(images).astype(np.float32) / 255.0
    if color == "grey" or (color == "auto" and grey):
        x = x.mean(axis=-1, keepdims=True)
    classes = tuple(sub for sub, _ in found)
    counts = ", ".join(f"{sub} {len(files)}" for sub, files in found)
    if x.shape[-1] == 1:
        told = note(
            QT_TRANSLATE_NOOP("imported", "{n} images resized to {size}×{size}, grey: {counts}"),
            n=len(x),
            size=size,
            counts=counts,
        )
    else:
        told = note(
            QT_TRANSLATE_NOOP("imported", "{n} images resized to {size}×{size}, colour: {counts}"),
            n=len(x),
            size=size,
            counts=counts,
        )
    notes = [told]
    return Imported(x, np.array(labels, np.float32), problem_for(classes), classes, (), notes)


def _refuse_huge(size: tuple[int, int], file: str, folder: str) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        huge = QT_TRANSLATE_NOOP(
            "image_import",
            "{file} in {folder} is {width}×{height} pixels; pictures of up to {most} million pixels are read: "
            "make it smaller or leave it out",
        )
        raise ImportFailed(
            Message(huge, file=file, folder=folder, width=width, height=height, most=MAX_PIXELS // 10**6)
        )


def _eight_bit_rgb(im):
    """RGB with 8 bits a channel: 16-bit and float images scaled by their own range (a plain
    convert would clip them white), transparent ones laid on white."""
    from PIL import Image

    if im.mode in ("I", "I;16", "I;16B", "F"):
        values = np.asarray(im, np.float64)
        low, high = float(values.min()), float(values.max())
        scaled = (values - low) / (high - low if high > low else 1.0) * 255
        im = Image.fromarray(scaled.astype(np.uint8), "L")
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return im.convert("RGB")
