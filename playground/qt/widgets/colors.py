"""The one colour scale every view shares, as in TensorFlow Playground: -1 orange, 0 light grey,
+1 blue. Keeping it in one place means a colour means the same thing in every panel."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

NEGATIVE_HEX = "#f59322"
NEUTRAL_HEX = "#e8eaeb"
POSITIVE_HEX = "#0877bd"

NEGATIVE = QColor(NEGATIVE_HEX)
NEUTRAL = QColor(NEUTRAL_HEX)
POSITIVE = QColor(POSITIVE_HEX)
# The classes of data with more than two (drawn by hand): 0 and 1 keep the two-class colours, so a
# drawing that gains a class keeps its colours; the others are told apart from them and each other.
CLASS_HEX = (NEGATIVE_HEX, POSITIVE_HEX, "#2ca02c", "#9b4dca", "#d62728", "#8c6d1f")
CLASS_COLORS = tuple(QColor(h) for h in CLASS_HEX)

# How a value is brought into [-1, 1] before colouring:
#   probability: sigmoid output p in [0, 1] → 2p - 1, so p = 0.5 (undecided) is neutral grey;
#   signed: tanh / hinge output, already in [-1, 1];
#   regression: unbounded linear output, clipped.
OUTPUT_KINDS = ("probability", "signed", "regression")

_STOPS = np.array([[0xF5, 0x93, 0x22], [0xE8, 0xEA, 0xEB], [0x08, 0x77, 0xBD]], dtype=float)


def lookup_table(n: int = 256) -> np.ndarray:
    """(n, 4) uint8 RGBA: row 0 is -1, row n-1 is +1, piecewise linear through neutral."""
    t = np.linspace(-1.0, 1.0, n)
    rgb = np.stack([np.interp(t, [-1.0, 0.0, 1.0], _STOPS[:, c]) for c in range(3)], axis=1)
    lut = np.empty((n, 4), dtype=np.uint8)
    lut[:, :3] = np.round(rgb)
    lut[:, 3] = 255
    return lut


_LUT = lookup_table()
_LUT32 = _LUT.view(np.uint32).ravel()


def colormap() -> pg.ColorMap:
    """The scale as a pyqtgraph ColorMap over positions 0..1 (that is, values -1..+1)."""
    return pg.ColorMap(pos=[0.0, 0.5, 1.0], color=_STOPS.astype(np.uint8))


def kind_for_activation(activation: str) -> str:
    """The output kind a layer's activation produces (only sigmoid lives in [0, 1])."""
    return "probability" if activation == "sigmoid" else "signed"


def levels_for(kind: str) -> tuple[float, float]:
    """The raw value range that spans the scale, for ImageItem's fixed `levels`."""
    return (0.0, 1.0) if kind == "probability" else (-1.0, 1.0)


def to_signed(values: np.ndarray, kind: str = "signed") -> np.ndarray:
    """Values mapped into [-1, 1] according to `kind` (one of OUTPUT_KINDS)."""
    v = np.asarray(values, dtype=np.float32)
    if kind == "probability":
        v = 2.0 * v - 1.0
    return np.clip(np.nan_to_num(v, nan=0.0), -1.0, 1.0)


def to_rgba(values: np.ndarray, kind: str = "signed") -> np.ndarray:
    """(..., 4) uint8 RGBA for values of the given kind; C-contiguous so QImage can wrap it.
    NaN (a diverged model) shows as neutral. Written for speed: it runs per neuron per epoch."""
    v = np.asarray(values, dtype=np.float32)
    flat = v.reshape(-1)
    scale, offset = (255.0, 0.0) if kind == "probability" else (127.5, 127.5)
    t = flat * np.float32(scale) + np.float32(offset)
    np.clip(t, 0.0, 255.0, out=t)
    t[np.isnan(t)] = 127.5
    # One uint32 gather per pixel instead of four uint8 ones.
    return _LUT32[(t + 0.5).astype(np.uint8)].view(np.uint8).reshape(v.shape + (4,))


def qcolor(value: float, kind: str = "signed") -> QColor:
    r, g, b, a = to_rgba(np.array([value]), kind)[0]
    return QColor(int(r), int(g), int(b), int(a))
