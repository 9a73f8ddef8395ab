"""Themes (light, dark, high contrast) and presentation mode (large text, thick lines) for the
window, applied over its widget tree and its pyqtgraph plots — so a teacher can switch at the
projector without restarting.

What a widget or plot had before is kept on it, so switching back restores it exactly.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

THEMES = ("light", "dark", "contrast")
SCALE = 1.5  # presentation mode: text and lines this much larger
_PLOT = {  # background, axes, text
    "light": ("#ffffff", "#444444", "#222222"),
    "dark": ("#1e1f22", "#b0b0b0", "#e8e8e8"),
    "contrast": ("#ffffff", "#000000", "#000000"),
}


def palette(theme: str) -> QPalette:
    """The widgets' colours: Qt's Fusion palette for light; dark grey; black on white with strong
    selection for high contrast."""
    p = QStyleFactory.create("Fusion").standardPalette()
    role = QPalette.ColorRole
    if theme == "dark":
        for r, c in (
            (role.Window, "#2b2d30"),
            (role.WindowText, "#e8e8e8"),
            (role.Base, "#1e1f22"),
            (role.AlternateBase, "#2b2d30"),
            (role.Text, "#e8e8e8"),
            (role.Button, "#3c3f41"),
            (role.ButtonText, "#e8e8e8"),
            (role.ToolTipBase, "#3c3f41"),
            (role.ToolTipText, "#e8e8e8"),
            (role.Highlight, "#2f65ca"),
            (role.HighlightedText, "#ffffff"),
            (role.PlaceholderText, "#9a9a9a"),
            (role.Link, "#8ab4f8"),
        ):
            p.setColor(r, QColor(c))
        p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7a7a7a"))
        p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7a7a7a"))
        p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7a7a7a"))
    elif theme == "contrast":
        for r, c in (
            (role.Window, "#ffffff"),
            (role.WindowText, "#000000"),
            (role.Base, "#ffffff"),
            (role.Text, "#000000"),
            (role.Button, "#ffffff"),
            (role.ButtonText, "#000000"),
            (role.Highlight, "#0000c0"),
            (role.HighlightedText, "#ffffff"),
            (role.Mid, "#000000"),
            (role.Dark, "#000000"),
        ):
            p.setColor(r, QColor(c))
    return p


def apply(window: QWidget, theme: str = "light", presentation: bool = False) -> None:
    """Applies `theme` and presentation mode to the application and to `window`'s widgets and plots."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}: choose one of {', '.join(THEMES)}")
    app = QApplication.instance()
    app.setStyle("Fusion")  # the same look on every system, and palettes that take
    app.setPalette(palette(theme))
    scale = SCALE if presentation else 1.0
    base = app.property("theme_base_font")
    if base is None:
        base = QFont(app.font())
        app.setProperty("theme_base_font", base)
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    app.setFont(font)
    for widget in [window, *window.findChildren(QWidget)]:
        _scale_font(widget, scale)
    for plot in window.findChildren(pg.PlotWidget):
        _style_plot(plot, theme, scale)
    window.setProperty("theme", theme)
    window.setProperty("presentation", presentation)


def _scale_font(widget: QWidget, scale: float) -> None:
    """A widget with its own font size keeps its proportions to the others."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        return
    original = widget.property("theme_point_size")
    if original is None:
        original = widget.font().pointSizeF()
        if original <= 0:
            return
        widget.setProperty("theme_point_size", original)
    font = widget.font()
    font.setPointSizeF(original * scale)
    widget.setFont(font)


def _style_plot(plot: pg.PlotWidget, theme: str, scale: float) -> None:
    background, axis_color, text_color = _PLOT[theme]
    plot.setBackground(background)
    item = plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(axis_color, width=2 if theme == "contrast" else 1))
        axis.setTextPen(pg.mkPen(text_color))
        font = getattr(axis, "_theme_font", None)
        if font is None:
            font = axis.style.get("tickFont") or QFont()
            axis._theme_font = QFont(font)
        bigger = QFont(font)
        if font.pointSizeF() > 0:
            bigger.setPointSizeF(font.pointSizeF() * scale)
        axis.setTickFont(bigger)
        if axis.label is not None:
            axis.label.setDefaultTextColor(QColor(text_color))
    for curve in item.listDataItems():
        _style_pen(curve, theme, scale)
    if item.legend is not None:
        _style_legend(item.legend, background, text_color, scale)
    for line in item.items:
        if isinstance(line, pg.InfiniteLine):
            original = getattr(line, "_theme_pen", None)
            if original is None:
                original = line._theme_pen = pg.mkPen(line.pen)
            line.setPen(_pen(original, theme, scale))


def _style_legend(legend: pg.LegendItem, background: str, text_color: str, scale: float) -> None:
    """The legend on the plot's own ground (a little see-through), its names in the plot's text colour."""
    ground = QColor(background)
    ground.setAlpha(210)
    legend.setBrush(pg.mkBrush(ground))
    size = getattr(legend, "_theme_text_size", None)
    if size is None:
        size = legend._theme_text_size = legend.opts.get("labelTextSize") or "9pt"
    points = float(str(size).removesuffix("pt")) if str(size).endswith("pt") else None
    legend.setLabelTextSize(f"{points * scale:g}pt" if points else size)
    legend.setLabelTextColor(text_color)


def restyle(plot: pg.PlotWidget) -> None:
    """Styles `plot` after items were added to it, in the theme its window shows now (a run's overlay
    drawn after a switch to the dark theme would otherwise keep the light look)."""
    window = plot.window()
    theme = window.property("theme")
    if theme in THEMES:
        _style_plot(plot, theme, SCALE if window.property("presentation") else 1.0)


def _style_pen(curve, theme: str, scale: float) -> None:
    if not isinstance(curve, pg.PlotDataItem) or curve.opts.get("pen") is None:
        return
    original = getattr(curve, "_theme_pen", None)
    if original is None:
        original = curve._theme_pen = pg.mkPen(curve.opts["pen"])
    curve.setPen(_pen(original, theme, scale))
    if curve.opts.get("symbolSize"):
        size = getattr(curve, "_theme_symbol_size", None) or curve.opts["symbolSize"]
        curve._theme_symbol_size = size
        curve.setSymbolSize(size * scale)


def _pen(original, theme: str, scale: float):
    """`original` thicker by `scale`; on the dark ground a dark colour turns light so it shows."""
    pen = pg.mkPen(original)
    pen.setWidthF(max(1.0, original.widthF()) * scale)
    color = QColor(original.color())
    if theme == "dark" and color.lightnessF() < 0.45:
        color.setHslF(color.hslHueF(), color.hslSaturationF() * 0.6, 1.0 - color.lightnessF() * 0.8, color.alphaF())
        pen.setColor(color)
    return pen
