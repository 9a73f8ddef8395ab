"""The data panel's dataset pictures ship as files (drawing them means making fifteen datasets
before the first paint): they must be what the generators draw today."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from playground import resources
from playground.core.data.data_config import DATASETS
from playground.qt.data import dataset_thumbnails


def _array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return (
        np.frombuffer(image.constBits(), np.uint8)
        .reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width()]
        .astype(int)
    )


@pytest.mark.parametrize("name", list(DATASETS))
def test_each_shipped_picture_is_what_the_dataset_draws(qapp, name):
    item = resources.folder(dataset_thumbnails.FOLDER).joinpath(f"{name}.png")
    tool = "python -m playground.qt.data.dataset_thumbnails"
    assert item.is_file(), f"assets/thumbnails/{name}.png is missing: run {tool}"
    shipped = QImage()
    assert shipped.loadFromData(item.read_bytes(), "PNG")
    drawn = dataset_thumbnails.draw(name)
    size = dataset_thumbnails.SIZE * dataset_thumbnails.SCALE
    assert (shipped.width(), shipped.height()) == (drawn.width(), drawn.height()) == (size, size)
    # Text drawn by another machine's fonts may differ by a few edge pixels; points and images not.
    difference = np.abs(_array(shipped) - _array(drawn)).mean()
    assert difference < 2.0, f"{name}.png differs from the drawing by {difference:.2f} on average: draw it again"


def test_the_panel_shows_the_shipped_pictures_at_their_size(qtbot, qapp):
    from playground.core.experiment.config import default_experiment
    from playground.core.experiment.state import ExperimentState
    from playground.qt.data.data_panel import QtDataPanel

    panel = QtDataPanel(ExperimentState(default_experiment()))
    qtbot.addWidget(panel)
    button = panel.findChild(type(panel.dataset_buttons.button(0)), "dataset_spiral")
    assert button.iconSize().width() == dataset_thumbnails.SIZE
    picture = dataset_thumbnails.thumbnail("spiral")
    assert picture.devicePixelRatio() == dataset_thumbnails.SCALE
    image = picture.toImage()
    # The spiral's two arms: both colours are there, on the light ground.
    rgb = _array(image)[..., :3]
    blue = ((rgb[..., 2] > 150) & (rgb[..., 0] < 100)).sum()
    orange = ((rgb[..., 0] > 200) & (rgb[..., 2] < 100)).sum()
    assert blue > 50 and orange > 50, (blue, orange)
