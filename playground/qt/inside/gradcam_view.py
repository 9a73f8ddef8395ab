"""Grad-CAM drawn over the image it explains: the picture in grey, the heatmap blended on top in
colour, as opaque as it is hot, at the picture's own resolution — a coarse map (of the last
convolution's few cells) is first upsampled bilinearly to the image's height and width. Where the
model did not look, the picture shows as it is; where it looked, the heat's colour is darker on the
picture's dark parts and lighter on its light ones, so the digit still shows under the heat."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget

HEAT_LUT = pg.colormap.get("inferno").getLookupTable(0.0, 1.0, 256)
MAX_ALPHA = 0.6  # the hottest cell still lets some of the picture through
SHADE = 0.3  # the heat's colour on the picture's darkest parts, as a share of its colour on the lightest
LOW_HEAT = 0.15  # below this the heat does not tint the picture at all: no haze over all of it


def upsample(cam: np.ndarray, height: int, width: int) -> np.ndarray:
    """`cam` (h, w) resized to (height, width) by bilinear interpolation, pixel centres aligned as
    tf.image.resize aligns them."""
    cam = np.nan_to_num(np.asarray(cam, dtype=np.float32))
    if cam.shape == (height, width):
        return cam
    rows = _source_positions(cam.shape[0], height)
    cols = _source_positions(cam.shape[1], width)
    # Interpolate along the columns, then along the rows (separable, exact for bilinear).
    across = np.stack([np.interp(cols, np.arange(cam.shape[1]), line) for line in cam])
    return np.stack([np.interp(rows, np.arange(cam.shape[0]), line) for line in across.T]).T.astype(np.float32)


def _source_positions(n_in: int, n_out: int) -> np.ndarray:
    return np.clip((np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5, 0, n_in - 1)


def grey(image: np.ndarray) -> np.ndarray:
    """(H, W, 1 or 3) → (H, W) in [0, 1]: the image's own range stretched, colour as luminance."""
    img = np.nan_to_num(np.asarray(image, dtype=np.float32))
    if img.ndim == 3:
        img = img[..., 0] if img.shape[-1] == 1 else img[..., :3] @ np.array([0.299, 0.587, 0.114], np.float32)
    lo, hi = float(img.min()), float(img.max())
    return (img - lo) / (hi - lo) if hi > lo else np.zeros_like(img)


def blend(image: np.ndarray, cam: np.ndarray | None) -> np.ndarray:
    """The picture in grey with the heatmap (upsampled to it) on top: (H, W, 3) uint8."""
    base = grey(image)
    rgb = np.repeat(base[..., None] * 255.0, 3, axis=-1)
    if cam is None:
        return rgb.astype(np.uint8)
    heat = np.clip(upsample(cam, *base.shape), 0.0, 1.0)
    colours = HEAT_LUT[(heat * 255).astype(np.uint8)][..., :3].astype(np.float32)
    colours *= (SHADE + (1 - SHADE) * base)[..., None]
    alpha = (MAX_ALPHA * np.clip((heat - LOW_HEAT) / (1 - LOW_HEAT), 0.0, 1.0))[..., None]
    return np.clip((1 - alpha) * rgb + alpha * colours, 0, 255).astype(np.uint8)


class QtGradCamView(pg.GraphicsView):
    """One image: the picture and its Grad-CAM heatmap blended (see `blend`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        # Row 0 at the top, as images are read; no panning or zooming to lose the picture with.
        self.box = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
        self.box.disableAutoRange()
        self.setCentralItem(self.box)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.box.addItem(self.image)
        self.heat: np.ndarray | None = None  # the heatmap as blended, at the picture's size

    def show_cam(self, image: np.ndarray, cam: np.ndarray | None) -> None:
        """Draws `image` (H, W, 1 or 3) with `cam` (any h × w, values 0–1) over it; None: the picture only."""
        rgb = blend(image, cam)
        self.heat = None if cam is None else np.clip(upsample(cam, *rgb.shape[:2]), 0.0, 1.0)
        old = None if self.image.image is None else self.image.image.shape[:2]
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255))
        if old != rgb.shape[:2]:
            self.box.setRange(QRectF(0, 0, rgb.shape[1], rgb.shape[0]), padding=0.02)
        self.image.setVisible(True)

    def clear(self) -> None:
        self.image.clear()
        self.heat = None
