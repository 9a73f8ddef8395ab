"""The main window's pictures as PNG bytes, for the HTML report of a run (`core/teaching/report.py`).

Each picture is what the widget shows now, grabbed at its size on screen: the curves, the output
(the decision boundary, for points of the plane), the network (the neurons where they can be drawn,
else the graph of layers) and "Inside the network" (for images, sequences, text and tables).

The report is written in the window's language (`playground.qt.i18n`); the pictures keep their
English names here, and the report translates their captions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QWidget

from playground.core.teaching import report
from playground.qt import i18n

HTML_LANGS = {"en": "en", "zh_CN": "zh-CN", "zh_TW": "zh-TW"}  # the window's language as HTML names it

MIN_SIDE = 8  # a widget smaller than this (never laid out) gives no picture


def png_bytes(widget: QWidget) -> bytes:
    """What `widget` shows, as PNG bytes; b"" if it has no size or cannot be grabbed."""
    if widget.width() < MIN_SIDE or widget.height() < MIN_SIDE:
        return b""
    pixmap = widget.grab()
    if pixmap.isNull():
        return b""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        ok = pixmap.save(buffer, "PNG")
    finally:
        buffer.close()
    return bytes(data.data()) if ok else b""


def _shown(widget: QWidget) -> bool:
    """On screen now: visible, and not under another tab (a tabified dock's hidden page still says
    isVisible())."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _widgets(window) -> list[tuple[str, QWidget]]:
    """(caption, widget) of the pictures the report takes from the window, in the report's order."""
    plane = window.state.experiment.plane
    found: list[tuple[str, QWidget]] = [("Curves", window.loss_plot)]
    if plane or _shown(window.boundary_view):
        found.append(("Output", window.boundary_view))
    neurons = window.network_tabs.isTabEnabled(window.network_tabs.indexOf(window.network_view))
    found.append(("Network", window.network_view if neurons else window.graph_view))
    if not plane or _shown(window.inside_view):
        found.append(("Inside the network", window.inside_view))
    return found


def pictures(window) -> dict[str, bytes]:
    """Caption → PNG bytes of the main window's views: "Curves" (`loss_plot`), "Output"
    (`boundary_view`, for plane data or when its dock is the one shown), "Network" (`network_view`, or
    `graph_view` when the neurons cannot be drawn) and "Inside the network" (`inside_view`, for data
    that are not points of the plane, or when its dock is the one shown). A view with no size is left out."""
    found = {}
    for caption, widget in _widgets(window):
        data = png_bytes(widget)
        if data:
            found[caption] = data
    return found


def report_html(window, title: str | None = None) -> str:
    """The HTML report of the window's current run: its settings, history, events, held-out scores,
    library versions and `pictures(window)`, in the window's language. `title` defaults to the
    experiment file's name."""
    c = window.controller
    if title is None:
        title = Path(window.path).name if getattr(window, "path", None) else None
    return report.html(
        window.state.experiment,
        c.history.rows,  # read as it is: a list of a long run's rows would take ~500 bytes an epoch
        list(c.events),
        pictures(window),
        title=title,
        holdout=c.holdout,
        versions=getattr(c, "tf_versions", None) or None,
        translate=i18n.translate,
        lang=HTML_LANGS.get(i18n.current, "en"),
    )
