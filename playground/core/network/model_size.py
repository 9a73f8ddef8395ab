"""How large a network may be: the number of layers, and the memory its weights take while they train.

Keras builds whatever it is given: a thousand layers overflow its graph walk's stack, and a layer of
a thousand billion weights asks for terabytes. Both are refused before anything is built, with the
layer that makes the model too large named. Units and filters per layer have their own ranges in
the palette (`layer_specs`). While it trains, each weight is held four times over with Adam (the
weight, its gradient and Adam's two moments), as float32.
"""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.i18n import QT_TRANSLATE_NOOP, Message

MAX_LAYERS = 200  # far more than a lesson's models; 1,000 overflow Keras's recursive graph walk
MAX_BYTES = 2_000_000_000  # weights + gradients + optimizer slots: fits a classroom laptop beside the window
BYTES_PER_WEIGHT = 4  # float32


def layer_count_problem(count: int) -> Message | None:
    """Why a model of `count` layers is refused; None if it is not."""
    if count <= MAX_LAYERS:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "model_size", "has {count} layers; the playground builds models of at most {most}: remove some"
        ),
        count=f"{count:,}",
        most=MAX_LAYERS,
    )


def training_bytes(weights: int, slots: int) -> int:
    """Memory of `weights` while they train: each one, its gradient and the optimizer's `slots`."""
    return weights * BYTES_PER_WEIGHT * (2 + slots)


def size_problem(names: Sequence[str], params: Sequence[int], slots: int, optimizer: str) -> tuple[int, Message] | None:
    """(index of the largest layer, why the model does not fit) when its weights, gradients and the
    optimizer's `slots` per weight would take more than MAX_BYTES; None when it fits."""
    total = sum(params)
    if not params or training_bytes(total, slots) <= MAX_BYTES:
        return None
    largest = max(range(len(params)), key=params.__getitem__)
    return largest, Message(
        QT_TRANSLATE_NOOP(
            "model_size",
            "{name} would hold {weights} weights, the whole model {total} (≈ {size} while training with "
            "{optimizer}); at most {most} fit: give it fewer units or filters, or a smaller input",
        ),
        name=names[largest],
        weights=f"{params[largest]:,}",
        total=f"{total:,}",
        size=size_text(training_bytes(total, slots)),
        optimizer=optimizer,
        most=size_text(MAX_BYTES),
    )


def size_text(size: float) -> str:
    """Bytes as a person reads them: 512 MB, 2.0 GB, 8,000 TB."""
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1000:
            return f"{size:.0f} {unit}" if unit == "bytes" or size >= 10 else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:,.0f} TB"
