"""Many small images as one: maps and samples tiled into a mosaic (one ImageItem updated in place
is what keeps the inside views smooth while training), scaled to 0–1 or to 8-bit RGB, and framed."""

from __future__ import annotations

import math

import numpy as np


def mosaic(maps: np.ndarray, columns: int, gap: int = 1, fill: float = math.nan) -> np.ndarray:
    """Maps (n, h, w, ...) laid out row by row, `columns` wide, with `gap` pixels of `fill` between."""
    n, h, w = maps.shape[:3]
    extra = maps.shape[3:]
    columns = max(1, min(columns, n))
    rows = max(1, math.ceil(n / columns))
    dtype = np.float32 if isinstance(fill, float) else maps.dtype
    # One padded cell per map, then a reshape: no Python loop over hundreds of filters.
    cells = np.full((rows * columns, h + gap, w + gap, *extra), fill, dtype=dtype)
    cells[:n, :h, :w] = maps
    grid = cells.reshape(rows, columns, h + gap, w + gap, *extra).swapaxes(1, 2)
    grid = grid.reshape(rows * (h + gap), columns * (w + gap), *extra)
    return grid[: rows * (h + gap) - gap, : columns * (w + gap) - gap]


def tile(maps: np.ndarray, columns: int, gap: int = 1, per_map: bool = True) -> np.ndarray:
    """(n, h, w) maps as one 2-D float image in [0, 1] with NaN gaps (drawn as background).

    per_map stretches each map to its own min..max, which shows the pattern inside even a weak map;
    otherwise one min..max for all maps shows which maps respond the most."""
    m = np.nan_to_num(np.asarray(maps, dtype=np.float32))  # a diverged model must not blank the view
    axes = (1, 2) if per_map else None
    lo = m.min(axis=axes, keepdims=True)
    span = m.max(axis=axes, keepdims=True) - lo
    return mosaic((m - lo) / np.where(span > 0, span, 1.0), columns, gap)


def to_rgb8(images: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """(n, h, w, 1 or 3) floats → (n, h, w, 3) uint8, with lo..hi spread over 0..255."""
    x = (np.asarray(images, dtype=np.float32) - lo) * (255.0 / (hi - lo if hi > lo else 1.0))
    x = np.clip(np.nan_to_num(x), 0, 255).astype(np.uint8)
    return np.repeat(x, 3, axis=-1) if x.shape[-1] == 1 else x


def frame(cell: np.ndarray, depth: int, rgb: tuple[int, int, int]) -> None:
    """Paints a one-pixel ring `depth` pixels in from the edge of `cell` (h, w, 3)."""
    end = -depth or None
    cell[depth, depth:end] = cell[-1 - depth, depth:end] = rgb
    cell[depth:end, depth] = cell[depth:end, -1 - depth] = rgb
