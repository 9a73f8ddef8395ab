"""Themes (light, dark, high contrast) and presentation mode (large text, thick lines) for the
window, applied over its widget tree and its pictures — so a teacher can switch at the projector
without restarting.

Presentation mode makes everything SCALE times larger, without a widget having to know:
- the application font, which every widget without a font size of its own follows;
- a widget's own font size (`setFont` with a size) and the font sizes in its style sheet;
- in every QGraphicsView (pyqtgraph's plots, layouts and image views; the network pictures): axis
  tick labels and titles, legends, TextItems, LabelItems (plot titles) and plain text items; the
  widths of curves, infinite lines and axes; symbol and scatter sizes;
- what a widget or a graphics item draws by hand: `restyle_for(scale)` is called on every widget
  and item that has one (the network picture and the graph of layers have), after the fonts.

What a widget or item had before is kept on it, so switching back restores it exactly; one whose
owner set a new font, style sheet or pen since is taken as it is now. Things made after a switch:
call `restyle(widget)` once they are filled, or size them with `text_scale()`; dialogs and other
windows are restyled when first shown. `keep_size(thing)` leaves a text whose size its owner fits
by itself (numbers fitted into matrix cells) alone.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QListWidget,
    QMainWindow,
    QStyleFactory,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

THEMES = ("light", "dark", "contrast")
SCALE = 1.5  # presentation mode: text and lines this much larger
_PLOT = {  # background, axes, text
    "light": ("#ffffff", "#444444", "#222222"),
    "dark": ("#1e1f22", "#b0b0b0", "#e8e8e8"),
    "contrast": ("#ffffff", "#000000", "#000000"),
}
_SIZE_SET = 0x0002  # QFont::SizeResolved (not exposed by PySide): the size was set, not inherited
_CSS_SIZE = re.compile(r"(font-size\s*:\s*)([\d.]+)(\s*(?:pt|px))")
_MEMO = 0x7E4D  # QGraphicsItem.data key under which a plain Qt item keeps what it had


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


def text_scale() -> float:
    """How much larger text and lines are now: SCALE in presentation mode, else 1. For text a
    widget sizes by hand after the switch (a font for an item it paints)."""
    app = QApplication.instance()
    value = app.property("theme_scale") if app is not None else None
    return float(value) if value else 1.0


def keep_size(thing: QWidget | QGraphicsItem) -> None:
    """Presentation mode leaves the font of `thing` (a widget, a TextItem) as its owner sets it:
    for text the owner fits to a space by itself, with `text_scale()` if it wants."""
    if isinstance(thing, QWidget):
        thing.setProperty("theme_keep_size", True)
    else:
        _memo_set(thing, "keep", True)


def apply(window: QWidget, theme: str = "light", presentation: bool = False) -> None:
    """Applies `theme` and presentation mode to the application, to `window` and to the other
    windows open (dialogs, the loss surface)."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}: choose one of {', '.join(THEMES)}")
    app = QApplication.instance()
    app.setStyle("Fusion")  # the same look on every system, and palettes that take
    app.setPalette(palette(theme))
    scale = SCALE if presentation else 1.0
    # The other windows open, and those styled before (a dialog hidden for later): all in one look.
    windows = [window] + [
        w
        for w in app.topLevelWidgets()
        if w is not window and (w.isVisible() or (w.property("theme_look") and not isinstance(w, QMainWindow)))
    ]
    for top in windows:
        _loosen_item_fonts(top)  # before the size changes: item fonts copied from their view follow it
    app.setFont(_scaled(base_font(), scale))
    # Qt posts the font change to each widget; taken now, the walk below sees the sizes they will have.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    app.setProperty("theme_name", theme)
    app.setProperty("theme_scale", scale)
    for top in windows:
        _restyle_tree(top, theme, scale)
    window.setProperty("theme", theme)
    window.setProperty("presentation", presentation)
    follower = getattr(app, "_theme_follower", None)
    if follower is None:
        follower = app._theme_follower = _QtNewWindows(app)
    if scale != 1.0 or theme != "light":
        app.installEventFilter(follower)  # (once, however often installed)
    else:  # in the normal look a new window needs nothing: no filter to pass every event through
        app.removeEventFilter(follower)


def base_font() -> QFont:
    """The application's font at its normal size (what presentation mode scales)."""
    app = QApplication.instance()
    base = app.property("theme_base_font")
    if base is None:
        base = QFont(app.font())
        app.setProperty("theme_base_font", base)
    return QFont(base)


def reset_font() -> None:
    """The application font back to its normal size, before a new main window is built in
    presentation mode: the fonts its widgets derive from the application's would otherwise be
    scaled twice once the window applies the look."""
    app = QApplication.instance()
    if app.property("theme_base_font") is not None:
        app.setFont(base_font())
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)


def restyle(widget: QWidget) -> None:
    """Styles `widget` and everything in it (a plot after items were added to it) in the look the
    application shows now: a run's overlay drawn after a switch to the dark theme would otherwise
    keep the light look, a text item made in presentation mode its normal size."""
    app = QApplication.instance()
    theme = app.property("theme_name") if app is not None else None
    if theme in THEMES:
        _restyle_tree(widget, theme, text_scale())


class _QtNewWindows(QObject):
    """Gives a dialog or other window the look when it is first shown (main windows apply their own)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.Show or not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        if watched.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip) or isinstance(watched, QMainWindow):
            return False  # menus and tips follow the application font
        theme = QApplication.instance().property("theme_name")
        styled = watched.property("theme_look")
        if styled != f"{theme} {text_scale()}" and (styled is not None or theme != "light" or text_scale() != 1.0):
            restyle(watched)
        return False


# -- widgets ------------------------------------------------------------------------------------


def _restyle_tree(root: QWidget, theme: str, scale: float) -> None:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.property("theme_keep_size"):
            continue
        if widget.styleSheet():
            _scale_style_sheet(widget, scale)  # the style sheet's font wins over the widget's
        else:
            _scale_font(widget, scale)
        if isinstance(widget, QDockWidget):
            _follow_dock_title(widget, scale)
    for widget in widgets:
        if isinstance(widget, QGraphicsView):
            _restyle_view(widget, theme, scale)
        hook = getattr(widget, "restyle_for", None)
        if callable(hook):
            hook(scale)
        if widget.isWindow():
            widget.setProperty("theme_look", f"{theme} {scale}")


def _scale_font(widget: QWidget, scale: float) -> None:
    """A widget with its own font size keeps its proportions to the others."""
    font = widget.font()
    unit, size = _size_of(font)
    original, applied = widget.property("theme_font_size"), widget.property("theme_font_applied")
    if original is None or applied is None or abs(applied - size) > 1e-6:
        # Not seen yet, or its owner set a new font since: one that follows the application's is left to Qt.
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) or not font.resolveMask() & _SIZE_SET:
            return
        original = size
    widget.setFont(_sized(font, unit, original * scale))
    widget.setProperty("theme_font_size", original)
    widget.setProperty("theme_font_applied", _size_of(widget.font())[1])


def _scale_style_sheet(widget: QWidget, scale: float) -> None:
    """Font sizes written in a style sheet. Set again even when it has none: Qt fixes a styled
    widget's font when it polishes it, so it would not follow the application font otherwise."""
    sheet = widget.styleSheet()
    original = widget.property("theme_sheet")
    if original is None or sheet != widget.property("theme_sheet_applied"):
        original = sheet
    scaled = _CSS_SIZE.sub(lambda m: f"{m[1]}{float(m[2]) * scale:g}{m[3]}", original)
    widget.setStyleSheet(scaled)
    widget.setProperty("theme_sheet", original)
    widget.setProperty("theme_sheet_applied", scaled)


def _follow_dock_title(dock: QDockWidget, scale: float) -> None:
    """Qt paints a dock's title in the font it took when the dock was made, unless the dock's font
    differs from the application's. In presentation mode the dock gets a font of its own that sets
    nothing but letter spacing, to none (so it looks the same): the title then follows the text size."""
    if scale != 1.0 and not dock.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        font = QFont()
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.0)
        dock.setFont(font)
        dock.setProperty("theme_title_font", True)
    elif scale == 1.0 and dock.property("theme_title_font"):
        dock.setFont(QFont())  # nothing set: the dock's font is the application's again
        dock.setProperty("theme_title_font", None)


def _loosen_item_fonts(root: QWidget) -> None:
    """A table's or tree's item font copied from its view (made bold, say) stops fixing its size,
    so it follows the view's font from now on (a delegate resolves item fonts against it)."""
    role = Qt.ItemDataRole.FontRole
    for view in root.findChildren(QWidget):
        if isinstance(view, QTableWidget):
            items = [view.item(r, c) for r in range(view.rowCount()) for c in range(view.columnCount())]
            cells = [(item, None) for item in items if item is not None]
        elif isinstance(view, QListWidget):
            cells = [(view.item(i), None) for i in range(view.count())]
        elif isinstance(view, QTreeWidget):
            items, k = [view.topLevelItem(i) for i in range(view.topLevelItemCount())], 0
            while k < len(items):
                items += [items[k].child(i) for i in range(items[k].childCount())]
                k += 1
            cells = [(item, c) for item in items for c in range(view.columnCount())]
        else:
            continue
        size = view.font().pointSizeF()
        for item, column in cells:
            font = item.data(role) if column is None else item.data(column, role)
            if isinstance(font, QFont) and font.resolveMask() & _SIZE_SET and font.pointSizeF() == size:
                font.setResolveMask(font.resolveMask() & ~_SIZE_SET)
                item.setData(role, font) if column is None else item.setData(column, role, font)


# -- pictures -----------------------------------------------------------------------------------


def _restyle_view(view: QGraphicsView, theme: str, scale: float) -> None:
    """Every item of the view's scene; a PlotWidget also takes the theme's ground and colours."""
    scene = view.scene()
    if scene is None:
        return
    coloured = isinstance(view, pg.PlotWidget)
    if coloured and view.getPlotItem() is None:  # a closed plot: pyqtgraph has let its items go
        return
    if coloured:
        view.setBackground(_PLOT[theme][0])
    for item in scene.items():
        _restyle_item(item, theme if coloured else "light", scale)
    if coloured:
        _colour_plot(view.getPlotItem(), theme, scale)


def _restyle_item(item: QGraphicsItem, theme: str, scale: float) -> None:
    if _memo_get(item, "keep"):
        return
    parent = item.parentItem()
    if isinstance(item, pg.AxisItem):
        _scale_axis(item, scale)
    elif isinstance(item, pg.LegendItem):
        size = _remembered(item, "label_size", item.opts.get("labelTextSize") or "9pt")
        item.setLabelTextSize(_css_scaled(size, scale))
        _memo_set(item, "label_size!", item.opts["labelTextSize"])
    elif isinstance(item, pg.LabelItem) and not isinstance(parent, pg.LegendItem):
        _scale_label_item(item, scale)
    elif isinstance(item, pg.TextItem):
        font = _font_scaled(item, item.textItem.font(), scale)
        if font is not None:
            item.setFont(font)
    elif isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem)) and not isinstance(parent, pg.PlotDataItem):
        _style_pen(item, theme, scale)
    elif isinstance(item, pg.InfiniteLine):
        original = _remembered(item, "pen", pg.mkPen(item.pen))
        item.setPen(_pen(original, theme, scale))
        _memo_set(item, "pen!", pg.mkPen(item.pen))
    elif isinstance(item, pg.ScatterPlotItem) and not isinstance(parent, pg.PlotDataItem):
        size = item.opts.get("size")
        if size:
            original = _remembered(item, "size", size)
            item.setSize(original * scale)
            _memo_set(item, "size!", item.opts["size"])
    elif isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem)) and not isinstance(
        parent, (pg.TextItem, pg.LabelItem, pg.AxisItem)
    ):
        font = _font_scaled(item, item.font(), scale)
        if font is not None:
            item.setFont(font)
    hook = getattr(item, "restyle_for", None)
    if callable(hook):
        hook(scale)


def _scale_axis(axis: pg.AxisItem, scale: float) -> None:
    """Tick labels, the title (its CSS size, or its font when it has none) and the axis line."""
    ticks = _font_scaled(axis, axis.style.get("tickFont") or QFont(), scale, "tick")
    if ticks is not None:
        axis.setTickFont(ticks)
    css = axis.labelStyle.get("font-size")
    if css:
        original = _remembered(axis, "title", css)
        axis.labelStyle["font-size"] = _css_scaled(original, scale)
        _memo_set(axis, "title!", axis.labelStyle["font-size"])
    else:
        font = _font_scaled(axis, axis.label.font(), scale, "title_font")
        if font is not None:
            axis.label.setFont(font)
    original = _remembered(axis, "axis_pen", pg.mkPen(axis.pen()))
    pen = pg.mkPen(original)
    pen.setWidthF(max(1.0, original.widthF()) * scale)
    color = axis.labelStyle.get("color")
    axis.setPen(pen)  # also lays the title out again in its new size
    _memo_set(axis, "axis_pen!", pg.mkPen(axis.pen()))
    if color is not None and axis.labelStyle.get("color") != color:  # setPen gave the title the line's colour
        axis.labelStyle["color"] = color
        axis.label.setHtml(axis.labelString())


def _scale_label_item(label: pg.LabelItem, scale: float) -> None:
    size = label.opts.get("size")
    if size:
        original = _remembered(label, "size", size)
        label.setText(label.text, size=_css_scaled(original, scale))
        _memo_set(label, "size!", label.opts["size"])
    else:
        font = _font_scaled(label, label.item.font(), scale)
        if font is not None:
            label.item.setFont(font)
            label.setText(label.text)  # measured again


def _colour_plot(item: pg.PlotItem, theme: str, scale: float) -> None:
    _, axis_color, text_color = _PLOT[theme]
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        pen = pg.mkPen(axis_color, width=(2 if theme == "contrast" else 1) * scale)
        axis.setPen(pen)
        _memo_set(axis, "axis_pen!", pg.mkPen(axis.pen()))
        axis.setTextPen(pg.mkPen(text_color))
        if axis.label is not None:
            axis.label.setDefaultTextColor(QColor(text_color))
    if item.legend is not None:
        ground = QColor(_PLOT[theme][0])
        ground.setAlpha(210)  # the legend on the plot's own ground, a little see-through
        item.legend.setBrush(pg.mkBrush(ground))
        item.legend.setLabelTextColor(text_color)


def _style_pen(curve, theme: str, scale: float) -> None:
    if curve.opts.get("pen") is None:
        return
    original = _remembered(curve, "pen", pg.mkPen(curve.opts["pen"]))
    curve.setPen(_pen(original, theme, scale))
    _memo_set(curve, "pen!", pg.mkPen(curve.opts["pen"]))
    if curve.opts.get("symbolSize"):
        size = _remembered(curve, "symbol", curve.opts["symbolSize"])
        curve.setSymbolSize(size * scale)
        _memo_set(curve, "symbol!", curve.opts["symbolSize"])


def _pen(original, theme: str, scale: float):
    """`original` thicker by `scale`; on the dark ground a dark colour turns light so it shows."""
    pen = pg.mkPen(original)
    pen.setWidthF(max(1.0, original.widthF()) * scale)
    color = QColor(original.color())
    if theme == "dark" and color.lightnessF() < 0.45:
        color.setHslF(color.hslHueF(), color.hslSaturationF() * 0.6, 1.0 - color.lightnessF() * 0.8, color.alphaF())
        pen.setColor(color)
    return pen


# -- what an item had ---------------------------------------------------------------------------


def _memo_get(item, key: str):
    if isinstance(item, pg.GraphicsItem):  # pyqtgraph's items are Python objects: an attribute holds anything
        return getattr(item, "_theme_memo", {}).get(key)
    memo = item.data(_MEMO)
    return memo.get(key) if isinstance(memo, dict) else None


def _memo_set(item, key: str, value) -> None:
    if isinstance(item, pg.GraphicsItem):
        item.__dict__.setdefault("_theme_memo", {})[key] = value
        return
    memo = item.data(_MEMO)
    memo = dict(memo) if isinstance(memo, dict) else {}
    memo[key] = value
    item.setData(_MEMO, memo)


def _remembered(item, key: str, current):
    """What `item` had under `key` before presentation mode: kept on first sight, and taken anew
    when its owner changed it since (it no longer has what was last set, kept under `key!`)."""
    original, applied = _memo_get(item, key), _memo_get(item, key + "!")
    if original is None or applied != current:
        original = current
        _memo_set(item, key, original)
    return original


def _font_scaled(item, font: QFont, scale: float, key: str = "font") -> QFont | None:
    """`font` of `item` at `scale` times its original size. A font whose size was never set (a
    default QFont, taken from the application when the item was made) gets the application's
    size now. None when nothing changes."""
    unit, size = _size_of(font)
    if _memo_get(item, key + "!") != size or _memo_get(item, key) is None:
        follows = not font.resolveMask() & _SIZE_SET
        _memo_set(item, key, "app" if follows else size)
    original = _memo_get(item, key)
    if original == "app":
        new = QFont(font)
        new.setPointSizeF(QApplication.font().pointSizeF())
    else:
        new = _sized(font, unit, original * scale)
    _memo_set(item, key + "!", _size_of(new)[1])
    return None if _size_of(new) == (unit, size) and new.resolveMask() == font.resolveMask() else new


def _size_of(font: QFont) -> tuple[str, float]:
    if font.pointSizeF() > 0:
        return "pt", font.pointSizeF()
    return "px", float(font.pixelSize())


def _sized(font: QFont, unit: str, size: float) -> QFont:
    font = QFont(font)
    if unit == "pt":
        font.setPointSizeF(size)
    else:
        font.setPixelSize(max(1, round(size)))
    return font


def _scaled(font: QFont, scale: float) -> QFont:
    unit, size = _size_of(font)
    return _sized(font, unit, size * scale)


def _css_scaled(size: str, scale: float) -> str:
    """A CSS size ("9pt", "12px") `scale` times larger; other sizes as they are."""
    match = re.fullmatch(r"\s*([\d.]+)\s*(pt|px)\s*", str(size))
    return f"{float(match[1]) * scale:g}{match[2]}" if match else size
