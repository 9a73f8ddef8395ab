"""The main window: wiring only. It builds the docks, the toolbars and the actions, and connects the
panels to the experiment's state and the training controller; each job beyond that is a module of
its own in this package (menus, file actions, what a run shows, what follows an edit, the side
windows, crash recovery, the Space key, the look, the lab, the help)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from playground.core.experiment.config import Experiment
from playground.core.experiment.state import ExperimentState
from playground.qt import i18n, theme
from playground.qt.data.data_panel import QtDataPanel
from playground.qt.files.autosaving import QtAutosave
from playground.qt.files.exports import QtExports
from playground.qt.inside.boundary_view import QtBoundaryView
from playground.qt.inside.inside_view import QtInsideView
from playground.qt.network.graph_view import QtGraphView
from playground.qt.network.network_editor import QtNetworkEditor
from playground.qt.network.network_view import QtNetworkView
from playground.qt.recipe.training_panel import QtTrainingPanel
from playground.qt.runs.lab_view import QtLabView
from playground.qt.runs.loss_plot import QtLossPlot
from playground.qt.runs.runs_view import QtRunsView
from playground.qt.runs.timeline_bar import QtTimelineBar
from playground.qt.teaching.doctor_view import QtDoctorView
from playground.qt.teaching.lesson_panel import QtLessonPanel
from playground.qt.teaching.lessons_menu import QtLessons
from playground.qt.training import training_controller as tc
from playground.qt.widgets.tab_buttons import QtTabs, headed
from playground.qt.widgets.vertical_scroll import QtVerticalScroll
from playground.qt.window import hidden_controls, menus, recovery, tf_links, window_geometry
from playground.qt.window.dock_layout import QtDockLayout
from playground.qt.window.experiment_views import QtExperimentViews
from playground.qt.window.file_actions import QtFileActions, dropped_path
from playground.qt.window.help_menu import QtHelp
from playground.qt.window.lab import QtLab
from playground.qt.window.look import QtLook
from playground.qt.window.run_display import QtRunDisplay
from playground.qt.window.run_toolbar import QtRunToolbar
from playground.qt.window.side_windows import QtSideWindows
from playground.qt.window.space_key import QtSpaceKey
from playground.qt.window.undo import QtUndo


class QtMainWindow(QMainWindow):
    def __init__(self, experiment: Experiment, path: str | None = None, start: bool = True):
        """`start`: make the data and load TensorFlow at once; otherwise `controller.start()` does
        it, after the window's first frame (the app does so: the window appears at once)."""
        super().__init__()
        self.state = ExperimentState(experiment)
        self.undo = QtUndo(self.state, self)
        self.path = path
        self.controller = tc.QtTrainingController(self.state, self, start)
        self.files = QtFileActions(self)  # open, save, import; the title and the runs' folder

        self.network_view = QtNetworkView()
        self.boundary_view = QtBoundaryView()
        self.loss_plot = QtLossPlot()
        self.data_panel = QtDataPanel(self.state)
        self.boundary_view.enable_drawing(self.state)  # draw, erase and drag data points on the plane
        self.training_panel = QtTrainingPanel(self.state)
        self.update_title()
        self.network_editor = QtNetworkEditor(self.state)
        self.graph_view = QtGraphView()
        self._data_dock = self._dock(
            self.tr("Data"), self.data_panel, Qt.DockWidgetArea.LeftDockWidgetArea, scroll=True
        )
        # The editor sits under the pictures of the network it edits: TensorFlow Playground's
        # neurons (for Dense stacks on the plane) and the graph of layers (for every model). The
        # right column keeps the full height for the output and the curves.
        self.network_tabs = QTabWidget()
        self.network_tabs.setObjectName("network_tabs")
        self.network_tabs.addTab(self.network_view, self.tr("Neurons"))
        self.network_tabs.addTab(self.graph_view, self.tr("Graph"))
        self.centre = centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(self.network_tabs)
        # Under the network: its layers, and the runs and the lab that compare versions of it.
        self.runs_view = QtRunsView()
        self.lab_view = QtLabView()
        self.bottom_tabs = QtTabs()  # its tabs are buttons that wrap rather than scroll
        self.bottom_tabs.setObjectName("bottom_tabs")
        self.doctor_view = QtDoctorView()
        # On a small screen (or a projector in presentation mode) each page scrolls rather than
        # push the network picture or the window past the screen's edge.
        self.layers_page = _scrolled(self.network_editor)
        for page, title in (
            (self.layers_page, self.tr("Layers")),
            (_scrolled(self.runs_view), self.tr("Runs")),
            (_scrolled(self.lab_view), self.tr("Overfitting lab")),
            (_scrolled(self.doctor_view), self.tr("Doctor")),
        ):
            self.bottom_tabs.addTab(page, title)
        centre.addWidget(headed(self.bottom_tabs))
        for tabs in (self.network_tabs, self.network_editor.side):
            # Every tab's name in sight: the layout makes room rather than hide some behind arrows.
            tabs.tabBar().setUsesScrollButtons(False)
        # When the window is short the network picture keeps more of the height than its editor.
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 2)
        self.setCentralWidget(centre)
        editor = self.network_editor
        editor.sigNodesChanged.connect(lambda nodes: self.graph_view.set_nodes(nodes, editor.outputs))
        editor.sigSelected.connect(self.graph_view.select)
        self.graph_view.sigLayerSelected.connect(lambda i: editor.select(i if i >= 0 else None))
        self.graph_view.sigConnect.connect(editor.connect_layers)
        self.graph_view.sigDisconnect.connect(editor.disconnect_layers)
        self.graph_view.set_nodes(editor.nodes, editor.outputs)
        output = self._dock(self.tr("Output"), self.boundary_view, Qt.DockWidgetArea.RightDockWidgetArea)
        # Images, sequences, text and tables have no plane to draw: their model is looked into
        # instead (activations, filters, Grad-CAM, confusion, samples), in a tab beside the output.
        self.inside_view = QtInsideView()
        self._inside_dock = self._dock(
            self.tr("Inside the network"), self.inside_view, Qt.DockWidgetArea.RightDockWidgetArea, scroll=True
        )
        self.tabifyDockWidget(output, self._inside_dock)
        self._output_dock = output
        # The timeline sits under the curves whose epochs it walks along.
        self.timeline_bar = QtTimelineBar()
        curves_box = QWidget()
        column = QVBoxLayout(curves_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.loss_plot, 1)
        column.addWidget(self.timeline_bar)
        curves = self._dock(self.tr("Loss and accuracy"), curves_box, Qt.DockWidgetArea.RightDockWidgetArea)
        self.lesson_panel = QtLessonPanel()
        self._lesson_dock = self._dock(self.tr("Lesson"), self.lesson_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self._data_dock, self._lesson_dock)
        self.lessons = QtLessons(self, self.lesson_panel, self._lesson_dock)
        self._data_dock.raise_()
        self._lesson_dock.hide()
        self.dock_layout = QtDockLayout(self, self._data_dock, output, curves, self.bottom_tabs)
        self._docks_sized = False

        self.exports = QtExports(self)
        self.look, self.help = QtLook(self), QtHelp(self)
        self.side_windows = QtSideWindows(self)  # the summary, the range test, the loss surface
        self._build_actions()
        self._build_toolbar()
        menus.fill_menu_bar(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.statusBar().addWidget(self.status, 1)

        c = self.controller
        self.run_display = QtRunDisplay(self)  # the run's state, status, epoch, timeline, doctor
        c.sigKerasSaved.connect(self.files.on_keras_saved)
        self.lab = QtLab(self.state, c, self.lab_view, self.runs_view, self.loss_plot, self)
        self.runs_view.sigExportTensorBoard.connect(self.exports.runs_tensorboard.export)
        self.training_panel.sigRangeTest.connect(self.side_windows.range_test)
        c.sigSnapshot.connect(self.boundary_view.set_snapshot)
        c.sigSnapshotDetail.connect(self.network_view.set_snapshot)
        c.weights.attach(self.network_view.editing)
        c.sigViews.connect(self.inside_view.set_views)
        inside = self.inside_view
        inside.sigProbeChosen.connect(lambda i: c.set_probe(i, inside.cam_class))
        inside.sigCamClassChosen.connect(lambda k: c.set_probe(inside.probe_index, k))
        inside.sigPatternsRequested.connect(c.request_patterns)
        c.drawing.attach(inside.draw_tab)
        # Drawing wants the pad in sight: the right column's room goes to it, from the curves.
        inside.tabs.currentChanged.connect(
            lambda _i: inside.tabs.currentWidget() is inside.draw_tab and self.dock_layout.favour(self._inside_dock)
        )
        c.silencing.attach(self.network_view, inside.activations_tab)
        c.sigPatterns.connect(inside.set_patterns)
        self.experiment_views = QtExperimentViews(self)  # asks before a restarting edit; follows edits
        self.undo.stack.cleanChanged.connect(self._on_clean_changed)
        self.setAcceptDrops(True)
        self.space_key = QtSpaceKey(self)
        self.autosave = QtAutosave(self)
        window_geometry.place(self)
        if c.dataset is not None:
            self.run_display.on_dataset_changed(c.dataset)
        self.experiment_views.show_network()
        self.experiment_views.show_training_plan()
        self.run_display.on_run_state_changed(c.run_state)
        self.show_message(c.message)
        hidden_controls.apply(self, self.state.experiment.hidden)
        if QSettings().value("theme", "light") != "light" or QSettings().value("presentation", False) in (True, "true"):
            self.set_look()

    # -- construction ---------------------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area, scroll: bool = False) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{widget.__class__.__name__}")
        if scroll:
            widget = _scrolled(widget)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut=None, icon=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        c = self.controller
        sp = QStyle.StandardPixmap
        self.play_action = self._action(self.tr("Play"), c.toggle_play, None, sp.SP_MediaPlay)
        self.step_action = self._action(self.tr("Step"), c.step, "S", sp.SP_MediaSeekForward)
        self.reset_action = self._action(self.tr("Reset"), c.reset, "R", sp.SP_BrowserReload)
        self.stop_action = self._action(self.tr("Stop"), c.stop, "Esc", sp.SP_MediaStop)
        self.play_action.setToolTip(self.tr("Play / pause training (Space)"))
        self.step_action.setToolTip(self.tr("Train one epoch (S)"))
        self.reset_action.setToolTip(self.tr("New initial weights, empty curves (R)"))
        self.stop_action.setToolTip(self.tr("End this run; Play starts a new one (Esc)"))
        self.open_action = self._action(self.tr("&Open…"), self.files.open_file, QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("&Save"), self.files.save_file, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(
            self.tr("Save &As…"), self.files.save_file_as, QKeySequence.StandardKey.SaveAs
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.summary_action = self._action(self.tr("Model summary…"), self.side_windows.show_summary)
        self.export_keras_action = self._action(self.tr("Keras model (.keras)…"), lambda: self.exports.model())
        self.import_keras_action = self._action(self.tr("&Import Keras model…"), self.files.import_keras)
        self.undo_action = self.undo.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])

    def _build_toolbar(self) -> None:
        actions = [self.play_action, self.step_action, self.reset_action, self.stop_action]
        self.run_toolbar = bar = QtRunToolbar(actions, tc.DEFAULT_SPEED, self)
        self.speed, self.speed_action, self.speed_label_action = bar.speed, bar.speed_action, bar.speed_label_action
        self.epoch_label, self.metrics_label = bar.epoch_label, bar.metrics_label
        self.speed.currentIndexChanged.connect(lambda: self.controller.set_speed(self.speed.currentData()))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.addToolBarBreak()
        settings = QToolBar(self.tr("Training settings"))
        settings.setObjectName("training_toolbar")
        settings.setMovable(False)
        settings.addWidget(self.training_panel)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, settings)
        bar.show_epoch(None)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        # A slot of the window, not a lambda: it is not called while the window is being deleted.
        self.setWindowModified(not clean)

    # -- what other modules call --------------------------------------------------------------

    def open_path(self, path: str, remember: bool = True) -> bool:
        return self.files.open_path(path, remember)

    def save_path(self, path: str) -> bool:
        return self.files.save_path(path)

    def update_title(self) -> None:
        self.files.update_title()

    def show_message(self, message: str) -> None:
        self.run_display.show_message(message)

    def export_picture(self, widget: QWidget, title: str) -> None:
        self.files.export_picture(widget, title)

    def _last_dir(self) -> str:
        return self.files.last_dir()

    def _remember_dir(self, path: str) -> None:
        self.files.remember_dir(path)

    def offer_recovery(self) -> bool:
        """After a crash or a kill: offers the newest work left behind. True if it was restored."""
        return recovery.offer(self)

    def restore(self, recovered) -> None:
        recovery.restore(self, recovered)

    # -- lessons, look and language ------------------------------------------------------------

    def open_lesson(self, key: str) -> None:
        self.lessons.open(key)

    def set_look(self, theme: str | None = None, presentation: bool | None = None) -> None:
        self.look.set(theme, presentation)

    def switch_language(self, language: str) -> QtMainWindow:
        """Builds the window again in `language`, with the same experiment, file, unsaved mark and
        runs (the current run's curves kept among them); this one closes. Returns the new window."""
        i18n.install(language)
        self.controller.archive()
        theme.reset_font()  # the new window applies the look itself: not scaled twice
        new = QtMainWindow(self.state.experiment.copy(), self.path)
        new.controller.runs.take(self.controller.runs)
        new.controller.sigRunsChanged.emit()
        new.setWindowModified(self.isWindowModified())
        new.restoreGeometry(self.saveGeometry())
        new.show()
        if self.lessons.shown() is not None:
            new.lessons.show(self.lessons.shown())
        QApplication.instance().setProperty("main_window", new)
        asking, self.ask_on_close = self.ask_on_close, False  # nothing is lost: the new window has it all
        self.close()
        self.ask_on_close = asking
        return new

    # -- showing, sizing, dropping files, closing -------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        QApplication.instance().installEventFilter(self.space_key)
        super().showEvent(event)
        if not self._docks_sized:  # dock sizes only take once the window has its size
            self._docks_sized = True
            self.fit_docks()

    def fit_docks(self) -> None:
        """Places and sizes the docks for the window's size and text size (again after a change)."""
        if self._docks_sized:  # not before the window has its size: showEvent does it then
            self.dock_layout.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._docks_sized and self.dock_layout.wants_curves_in_tab() != self.dock_layout.curves_in_tab:
            self.dock_layout.fit()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if dropped_path(event) or tf_links.dropped_link(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        path = dropped_path(event)
        link = None if path else tf_links.dropped_link(event)
        if path is None and link is None:
            return
        event.acceptProposedAction()
        if link:
            tf_links.open_link(self, link)
        else:
            self.files.open_any(path)

    ask_on_close = True  # tests turn the question off

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.ask_on_close and self.isWindowModified() and not self.files.may_close():
            event.ignore()
            return
        self.autosave.finish()
        window_geometry.remember(self)
        QApplication.instance().removeEventFilter(self.space_key)
        self.side_windows.close()
        self.controller.shutdown()
        super().closeEvent(event)


def _scrolled(widget: QWidget) -> QScrollArea:
    return QtVerticalScroll(widget)
