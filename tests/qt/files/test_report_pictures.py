"""The window's pictures for the HTML report: real PNGs of the views a run is watched in."""

import base64
import re

from PySide6.QtGui import QImage

from playground.core.teaching import report
from playground.qt.files.report_pictures import pictures, png_bytes, report_html
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS, wait_for, wait_for_views


def _image(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull(), "not a readable PNG"
    return image


def _colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), max(1, image.width() // 40))
        for y in range(0, image.height(), max(1, image.height() // 40))
    }


def _points(window) -> int:
    x = window.loss_plot.curves["loss"].getData()[0]
    return 0 if x is None else len(x)


def _embedded(page: str) -> list[bytes]:
    return [base64.b64decode(m) for m in re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", page)]


def test_pictures_of_a_trained_run_are_pngs_and_go_into_the_report(qtbot, window):
    window.controller.set_speed(0)
    window.state.update_training(epochs=20)
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=60_000)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.run_state == tc.FINISHED, timeout=WAIT_MS)
    wait_for_views(qtbot, window)  # the last frame's curves, boundary and neurons are drawn
    wait_for(qtbot, lambda: _points(window) == 20, lambda: f"20 points on the loss curve, not {_points(window)}")
    found = pictures(window)
    assert list(found) == ["Curves", "Output", "Network"]  # circle data: no "Inside the network"
    widgets = {"Curves": window.loss_plot, "Output": window.boundary_view, "Network": window.network_view}
    for caption, data in found.items():
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        image = _image(data)
        widget = widgets[caption]
        ratio = widget.devicePixelRatioF()
        assert (image.width(), image.height()) == (round(widget.width() * ratio), round(widget.height() * ratio))
        assert image.width() >= 150 and image.height() >= 100, caption
        assert len(_colours(image)) >= 5, f"{caption} is blank"
    page = report.html(window.state.experiment, window.controller.history.rows, window.controller.events, found)
    assert _embedded(page) == list(found.values())
    assert "<figcaption>Curves</figcaption>" in page and "<figcaption>Network</figcaption>" in page
    # The window's own report: the same views, its rows and how the run ended.
    page = report_html(window, title="circle run")
    assert len(_embedded(page)) == 3 and all(_image(data).width() > 0 for data in _embedded(page))
    assert "<h1>circle run</h1>" in page
    assert "Finished: reached the epoch limit (20 epochs)" in page


def test_data_off_the_plane_give_the_inside_view_and_the_graph_not_the_boundary(qtbot, window):
    window.state.update_data(name="iris")
    qtbot.waitUntil(lambda: window.controller.run_state == tc.READY, timeout=120_000)
    window.controller.step()
    qtbot.waitUntil(lambda: window.inside_view.confusion_tab.image.image is not None, timeout=WAIT_MS)
    wait_for_views(qtbot, window)
    found = pictures(window)
    assert list(found) == ["Curves", "Network", "Inside the network"]
    graph = window.graph_view  # iris is not on the plane: no neurons to draw, the graph of layers instead
    assert _image(found["Network"]).width() == round(graph.width() * graph.devicePixelRatioF())
    for data in found.values():
        assert _image(data).width() >= 150 and len(_colours(_image(data))) >= 3


def test_a_widget_without_a_size_gives_no_picture(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    label.resize(0, 0)
    assert png_bytes(label) == b""
