"""Panels that read in a laptop's small dock and in presentation mode: the curves' tick labels do not
overlap and stay inside, their titles are whole, the legend and the marks' labels keep clear of the
data and of each other, the epoch axis spans the run; a 10-class confusion matrix writes counts
that fit their cells; Grad-CAM is drawn at the picture's size over the picture; lesson text and
buttons wrap instead of being cut off; the inner tabs wrap instead of scrolling."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from playground.core.runs.epoch_history import History
from playground.qt import theme
from playground.qt.inside.confusion_view import FILL_HEIGHT, FILL_WIDTH, QtConfusionView
from playground.qt.inside.gradcam_view import LOW_HEAT, QtGradCamView, grey, upsample
from playground.qt.inside.inside_view import QtInsideView
from playground.qt.runs.loss_plot import EMPTY_EPOCHS, QtLossPlot
from playground.qt.runs.timeline_bar import QtTimelineBar
from playground.qt.teaching.lesson_panel import QtLessonPanel

# The curves dock of a 1366 × 768 laptop and larger ones (the timeline takes the rest of the dock).
SIZES = [(320, 165), (320, 220), (480, 300), (700, 450)]
CIFAR = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")


def _history(last: int, first: int = 1) -> History:
    h = History()
    h.extend(
        [
            {
                "epoch": float(e),
                "loss": 0.7 * math.exp(-e / 80) + 0.05,
                "val_loss": 0.7 * math.exp(-e / 90) + 0.08 + max(0, e - 300) * 5e-4,
                "accuracy": 1 - 0.5 * math.exp(-e / 60),
                "val_accuracy": 0.97 - 0.5 * math.exp(-e / 70),
            }
            for e in range(first, last + 1)
        ]
    )
    return h


class _Look:
    """Presentation mode (text and lines 1.5 × larger) for the widgets given, or not."""

    def __init__(self, on: bool) -> None:
        self.on = on
        self.widgets = []

    def __call__(self, widget) -> None:
        if self.on:
            theme.apply(widget, "light", presentation=True)
            self.widgets.append(widget)


@pytest.fixture(params=[False, True], ids=["normal", "presentation"])
def presentation(request, qtbot):
    look = _Look(request.param)
    yield look
    if look.widgets:  # the application's font and look back to normal for the next test
        theme.apply(QWidget(), "light", presentation=False)


def _curves(qtbot, size, present=None, last: int = 579) -> QtLossPlot:
    plot = QtLossPlot()
    qtbot.addWidget(plot)
    plot.set_history(_history(last))
    plot.set_events(
        [
            {"epoch": 200, "kind": "lr_reduced", "text": "the rate went down"},
            {"epoch": 210, "kind": "changed", "text": "the optimizer changed"},
        ]
    )
    plot.resize(*size)
    plot.show()
    qtbot.waitExposed(plot)
    if present is not None:
        present(plot)
    _settle(qtbot, plot)
    # A dock gives the panel at least its minimum (it reports one that fits two readable plots).
    width, height = size
    plot.resize(max(width, plot.minimumSizeHint().width()), max(height, plot.layout().minimumHeightForWidth(width)))
    plot.update_marks()
    _settle(qtbot, plot)
    return plot


def _settle(qtbot, widget) -> None:
    """Lets the layouts, the deferred label layout and a paint (which measures the tick labels) run."""
    for _ in range(3):
        widget.grab()
        qtbot.wait(20)


def _in(widget, item, rect: QRectF) -> QRectF:
    """`rect` in `item`'s coordinates, in `widget`'s pixels."""
    view = item.scene().views()[0]
    box = view.viewportTransform().mapRect(item.mapRectToScene(rect))
    return box.translated(QPointF(view.viewport().mapTo(widget, QPoint(0, 0))))


def _tick_rects(widget, axis) -> list[QRectF]:
    """The rectangles of the tick labels `axis` draws, in `widget`'s pixels."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    specs = axis.generateDrawSpecs(painter)
    painter.end()
    if specs is None:
        return []
    rects = [_in(widget, axis, rect) for rect, _flags, _text in specs[2]]
    metrics = QFontMetricsF(axis.style["tickFont"])
    # pyqtgraph lays a label out in 80 % of its line height: measure the text's own height instead.
    return [r.adjusted(0, -(metrics.height() - r.height()) / 2, 0, (metrics.height() - r.height()) / 2) for r in rects]


def _overlapping(rects: list[QRectF]) -> list[tuple[QRectF, QRectF]]:
    return [
        (a, b)
        for i, a in enumerate(rects)
        for b in rects[i + 1 :]
        if a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5
    ]


def _shown_plots(plot: QtLossPlot):
    return [p for p in (plot.loss_plot, plot.metric_plot, plot.lr_plot) if not p.isHidden()]


def _mark_labels(plot: QtLossPlot):
    return [line.label for line in plot.marks.labelled_lines() if line.isVisible() and line.label.isVisible()]


# -- the curves ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_tick_labels_do_not_overlap_and_stay_inside(qtbot, size, presentation):
    plot = _curves(qtbot, size, presentation)
    assert plot.minimumSizeHint().height() <= (240 if presentation.on else 150)  # a laptop's dock holds it
    inside = QRectF(plot.rect())
    everything = []
    for shown in _shown_plots(plot):
        item = shown.getPlotItem()
        axis = item.getAxis("left")
        left = _tick_rects(plot, axis)
        # Two values where the plot has the room for two labels (it may be lower in a crowded window).
        room = item.getViewBox().height() / QFontMetricsF(axis.style["tickFont"]).height()
        assert len(left) >= (2 if room >= 1.8 else 1), (size, room)
        everything += left
    bottom = _tick_rects(plot, plot.metric_plot.getPlotItem().getAxis("bottom"))
    # 320 pixels hold only one epoch label in presentation mode, beside the title "epoch".
    assert len(bottom) >= (1 if presentation.on and size[0] < 400 else 2)
    everything += bottom
    title = plot.metric_plot.getPlotItem().getAxis("bottom")
    everything.append(_in(plot, title, title.label_rect()))  # "epoch", at the end of the row of labels
    assert not _overlapping(everything)
    assert all(inside.contains(r) for r in everything), [r for r in everything if not inside.contains(r)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_axis_titles_are_whole_and_the_legend_and_labels_clear_of_the_data(qtbot, size, presentation):
    plot = _curves(qtbot, size, presentation)
    inside = QRectF(plot.rect())
    headers = [plot.loss_header, plot.metric_header]
    assert [h.title() for h in headers] == ["loss", "accuracy"]
    views = []
    for header, shown in zip(headers, _shown_plots(plot), strict=True):
        box = header.title_box()
        metrics = QFontMetricsF(header._title_font())
        assert box.width() >= metrics.horizontalAdvance(header.title())  # not elided
        title = QRectF(box.translated(QPointF(header.mapTo(plot, header.rect().topLeft()))))
        assert inside.contains(title) and title.bottom() <= header.mapTo(plot, header.rect().bottomLeft()).y() + 1
        view = shown.getPlotItem().getViewBox()
        views.append(_in(plot, view, view.boundingRect()))
    legend = plot.loss_header
    assert legend.names() == ["train", "test"]
    entries = [QRectF(b.translated(QPointF(legend.mapTo(plot, legend.rect().topLeft())))) for b in legend.boxes()]
    assert all(legend.rect().contains(b.toAlignedRect()) for b in legend.boxes())  # none cut off at the right
    labels = [_in(plot, label, label.boundingRect()) for label in _mark_labels(plot)]
    assert labels, "at least the best epoch is labelled"
    assert not _overlapping(labels)
    loss_view = views[0]
    assert all(loss_view.adjusted(-1, -1, 1, 1).contains(r) for r in labels)  # on the plot, whole
    for entry in entries:
        assert not any(entry.intersects(v) for v in views)  # the legend is above the data, not on it
        assert not any(entry.intersects(r) for r in labels)


def test_the_labels_of_close_lines_take_separate_rows(qtbot):
    plot = _curves(qtbot, (480, 300))
    plot.set_past_epoch(300)  # the timeline's line, right beside the would-stop line
    _settle(qtbot, plot)
    labels = _mark_labels(plot)
    assert plot.past_line.label in labels and plot.marks.best.label in labels
    rects = [_in(plot, label, label.boundingRect()) for label in labels]
    assert not _overlapping(rects)
    assert len({round(r.top()) for r in rects}) >= 2  # stacked, not all on one height


def test_the_epoch_axis_spans_the_run(qtbot, shown):
    plot = shown(QtLossPlot(), 480, 300)
    assert plot.x_span() == pytest.approx(EMPTY_EPOCHS)  # whole epochs before a run, not 0 to 1
    ticks = _tick_rects(plot, plot.loss_plot.getPlotItem().getAxis("bottom"))
    assert ticks
    h = _history(30)
    plot.set_history(h)
    first, last = plot.x_span()
    assert first == 1 and 30 <= last <= 32  # from the first epoch to (about) the last
    h.extend(list(_history(579, first=31).rows))
    plot.set_history(h)
    first, last = plot.x_span()
    assert first == 1 and 579 <= last <= 579 * 1.05
    plot.set_overlays([("run 1", _history(900))])  # a longer run overlaid: the axis takes it in
    assert 900 <= plot.x_span()[1] <= 900 * 1.05
    assert plot.loss_header.names() == ["train", "test", "run 1"]
    plot.set_overlays([])
    plot.clear()
    assert plot.x_span() == pytest.approx(EMPTY_EPOCHS)
    x = np.linspace(0, 200, 401)
    plot.set_lr_preview(x, 0.1 * 0.5 ** (x // 50), planned=True)  # before the run: the planned epochs
    assert plot.x_span() == pytest.approx((0, 200))


def test_other_runs_alone_lie_in_view(qtbot, shown):
    plot = shown(QtLossPlot(), 480, 300)
    high = History(
        [{"epoch": e, "loss": 3.0 / e, "val_loss": 4.0 / e, "accuracy": 0.5, "val_accuracy": 0.6} for e in range(1, 41)]
    )
    plot.set_overlays([("run 1", high)])  # a restored run, and no run of its own yet
    loss_view = plot.loss_plot.getPlotItem().getViewBox().viewRange()
    assert 4.0 <= loss_view[1][1] <= 6.0 and loss_view[0][1] >= 40  # the whole curve, not cut at 1
    assert plot.metric_plot.isVisible() and plot.metric_header.title() == "accuracy"
    plot.set_history(_history(20))  # a run of its own: the range takes both
    assert plot.loss_plot.getPlotItem().getViewBox().viewRange()[1][1] >= 4.0


def test_the_options_wrap_in_a_narrow_dock(qtbot, presentation):
    plot = _curves(qtbot, (220, 240), presentation)
    assert plot.width() == 220  # narrow enough
    boxes = [plot.gap_box, plot._log_box]
    assert all(QRect(0, 0, plot.width(), plot.height()).contains(b.geometry()) for b in boxes)
    if presentation.on:
        assert boxes[0].y() != boxes[1].y()  # on two rows


# -- the confusion matrix -----------------------------------------------------------------------


@pytest.mark.parametrize("size", [(320, 260), (480, 420), (900, 700)])
def test_counts_fit_their_cells_for_10_classes(qtbot, size, presentation):
    view = QtConfusionView(QApplication.font(), 12)
    qtbot.addWidget(view)
    rng = np.random.default_rng(3)
    counts = rng.integers(0, 2000, (10, 10))
    counts[np.diag_indices(10)] = 5000
    view.set_matrix(counts, CIFAR)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    presentation(view)
    _settle(qtbot, view)
    width, height = view.cell_size()
    font = view.count_font()
    if width >= 40:  # cells of 40 pixels hold four digits
        assert font is not None
    if font is not None:
        metrics = QFontMetricsF(font)
        assert metrics.horizontalAdvance("5000") <= FILL_WIDTH * width
        assert metrics.height() <= FILL_HEIGHT * height
        # …and they are written: the dark diagonal cell 3 has light pixels (its count) in it.
        image = view.grab().toImage()
        box = _in(view, view.image, QRectF(3, 3, 1, 1)).toAlignedRect().adjusted(2, 2, -2, -2)
        pixels = [
            image.pixelColor(x, y).lightnessF()
            for x in range(box.left(), box.right())
            for y in range(box.top(), box.bottom())
        ]
        assert max(pixels) > 0.8 and min(pixels) < 0.4
    # Every cell tells its count on hover, whatever its size.
    centre = view.getPlotItem().getViewBox().mapViewToScene(QPointF(7.5, 2.5))
    assert view.cell_at(centre) == (2, 7)
    assert view.hover_text(2, 7) == f"true bird, predicted horse: {counts[2, 7]} of {counts[2].sum()} samples"
    # The class names label the axes where they fit, else the class numbers; never overlapping. An
    # axis title shows whole, or not at all.
    for name in ("left", "bottom"):
        axis = view.getPlotItem().getAxis(name)
        rects = _tick_rects(view, axis)
        assert rects and not _overlapping(rects)
        if view.title_shown(name):
            margin = axis.label.document().documentMargin()
            title = _in(view, axis.label, axis.label.boundingRect().adjusted(margin, margin, -margin, -margin))
            assert QRectF(view.rect()).adjusted(-1, -1, 1, 1).contains(title)
    assert view.title_shown("left") and view.title_shown("bottom") or size[0] < 400


def test_many_classes_are_coloured_without_counts(qtbot, shown):
    view = shown(QtConfusionView(QApplication.font(), 12), 320, 300)
    view.set_matrix(np.arange(40 * 40).reshape(40, 40), tuple(f"c{i}" for i in range(40)))
    _settle(qtbot, view)
    assert view.count_font() is None  # cells of a few pixels: the colour and the hover tell the counts
    ticks = view.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert 1 < len(ticks) < 40 and not _overlapping(_tick_rects(view, view.getPlotItem().getAxis("left")))


# -- Grad-CAM -----------------------------------------------------------------------------------


def test_upsampling_is_bilinear_with_centred_pixels():
    np.testing.assert_allclose(upsample(np.array([[0.0, 1.0]]), 1, 4), [[0, 0.25, 0.75, 1]])
    out = upsample(np.arange(9, dtype=float).reshape(3, 3), 6, 6)
    assert out.shape == (6, 6)
    assert out[0, 0] == pytest.approx(0) and out[-1, -1] == pytest.approx(8)


def test_gradcam_is_drawn_at_the_picture_size_over_the_picture(shown):
    view = shown(QtGradCamView(), 300, 300)
    yy, xx = np.mgrid[0:28, 0:28]
    picture = (np.abs(np.hypot(yy - 14, xx - 14) - 8) < 2.5).astype(np.float32)[..., None]  # a ring, an "0"
    cam = np.zeros((7, 7), np.float32)
    cam[1:3, 4:6] = 1.0  # the model looked at the top right of the ring
    view.show_cam(picture, cam)
    image = view.image.image
    assert image.shape == (28, 28, 3)  # the picture's resolution, not the 7 × 7 map's
    assert view.heat.shape == (28, 28)
    cold = view.heat < LOW_HEAT
    assert cold.mean() > 0.5
    luminance = image.astype(float).mean(axis=-1)
    # Where the model did not look, the picture shows as it is (grey): it correlates with the input.
    assert np.corrcoef(luminance[cold], grey(picture)[cold])[0, 1] > 0.99
    assert np.all(image[cold][:, 0] == image[cold][:, 2])
    hot = view.heat > 0.9
    red, blue = image[hot][:, 0].astype(int), image[hot][:, 2].astype(int)
    assert hot.any() and np.all((red - blue >= 10) & (red >= 1.15 * blue))  # tinted (not grey) where it looked
    assert np.corrcoef(luminance[hot], grey(picture)[hot])[0, 1] > 0.9  # …and the ring still shows under it


# -- lessons ------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [260, 320])  # the data dock of a 1366 × 768 screen is about 290 wide
def test_lesson_text_and_buttons_wrap_and_are_never_cut_off(qtbot, width, presentation):
    from playground.core.teaching import lessons

    found = lessons.load_all()
    found = list(found.values() if isinstance(found, dict) else found)
    lesson = max(found, key=lambda item: max((len(v.label("en")) for v in item.variants), default=0))
    panel = QtLessonPanel()
    qtbot.addWidget(panel)
    # First the lesson with the longest word in its title ("BatchNormalization"): the title's size
    # gives way rather than widen the lesson.
    panel.set_lesson(max(found, key=lambda item: max(len(w) for w in item.title("en").split())), "en")
    panel.resize(width, 700)
    panel.show()
    qtbot.waitExposed(panel)
    presentation(panel)
    _settle(qtbot, panel)
    area = panel.findChild(QScrollArea)
    assert not area.horizontalScrollBar().isVisible()
    words = panel.title.text().split()
    assert max(QFontMetricsF(panel.title.font()).horizontalAdvance(w) for w in words) <= panel.panel_width()
    assert panel.title.font().pointSizeF() >= 0.8 * panel.text.font().pointSizeF()  # still a title
    panel.set_lesson(lesson, "en")
    _settle(qtbot, panel)
    area = panel.findChild(QScrollArea)
    viewport = area.viewport()
    assert not area.horizontalScrollBar().isVisible()  # no word is wider than the panel here
    labels = [panel.title, panel.text, panel.try_text, *(b.label for b in panel.buttons)]
    assert len(panel.buttons) >= 2 and max(len(b.label.text()) for b in panel.buttons) > 30
    for label in labels:
        left = label.mapTo(viewport, label.rect().topLeft()).x()
        assert left >= 0 and left + label.width() <= viewport.width()
        assert label.height() >= label.heightForWidth(label.width())  # every wrapped line shows
    for button in panel.buttons:
        assert button.label.height() >= button.label.heightForWidth(button.label.width())
        assert button.height() >= button.heightForWidth(button.width())


# -- tabs and the timeline ----------------------------------------------------------------------


def test_the_inside_tabs_wrap_instead_of_scrolling(shown, qtbot):
    view = shown(QtInsideView(), 300, 400)
    _settle(qtbot, view)
    assert view.tabs.tabBar().isHidden()
    rect = QRect(0, 0, view.width(), view.height())
    buttons = view.tab_buttons.buttons
    assert [b.text() for b in buttons] == [view.tabs.tabText(i) for i in range(view.tabs.count())]
    for button in buttons:
        assert button.isVisible() and rect.contains(QRect(button.mapTo(view, button.rect().topLeft()), button.size()))
    assert len({b.mapTo(view, b.rect().topLeft()).y() for b in buttons}) >= 2  # two rows at this width
    buttons[4].click()
    assert view.tabs.currentIndex() == 4 and buttons[4].isChecked()
    view.tabs.setCurrentIndex(1)
    assert buttons[1].isChecked()


def test_the_timeline_fits_a_narrow_dock_in_presentation_mode(qtbot, presentation):
    bar = QtTimelineBar()
    qtbot.addWidget(bar)
    bar.show()
    presentation(bar)
    assert bar.minimumSizeHint().width() <= 300
    bar.resize(300, bar.heightForWidth(300) if bar.hasHeightForWidth() else bar.sizeHint().height())
    _settle(qtbot, bar)
    for widget in bar.findChildren(QLabel):
        assert widget.geometry().right() <= bar.width()


def test_the_inside_view_fills_a_scrolling_dock_instead_of_overflowing_it(qtbot):
    from PySide6.QtWidgets import QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    view = QtInsideView()
    area.setWidget(view)
    qtbot.addWidget(area)
    view.set_samples(np.zeros((4, 8, 8, 1), np.float32), np.arange(4), ())
    view.set_views({"epoch": 1, "image": np.eye(8, dtype=np.float32)[..., None], "cam": np.ones((2, 2))})
    view.tabs.setCurrentWidget(view.cam_tab)
    area.resize(360, 420)  # the right column's dock on a 1366 × 768 screen
    area.show()
    qtbot.waitExposed(area)
    _settle(qtbot, area)
    assert view.heightForWidth(360) < 420  # what the views need, not their (far taller) preferred size
    assert not area.verticalScrollBar().isVisible()
    picture = view.cam_tab.view
    bottom = picture.mapTo(area.viewport(), picture.rect().bottomLeft()).y()
    assert picture.height() >= 100 and bottom <= area.viewport().height()  # the picture shows whole
