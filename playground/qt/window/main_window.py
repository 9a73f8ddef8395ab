"""The main window: wiring only — docks, toolbar, menus and actions. Panels are their own modules."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from playground import resources
from playground.core.data import datasets
from playground.core.experiment.config import Experiment, ExperimentError
from playground.core.experiment.state import Change, ExperimentState, needs_new_run
from playground.core.files import autosave
from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.core.network.layer_graph import dense_picture_ok
from playground.core.network.templates import TEMPLATES
from playground.core.recipe import callback_specs, schedules
from playground.qt import i18n, theme
from playground.qt.data.data_panel import QtDataPanel
from playground.qt.files import autosaving, recent_files
from playground.qt.files.autosaving import QtAutosave
from playground.qt.files.exports import QtExports
from playground.qt.i18n import say, translate
from playground.qt.inside.boundary_view import QtBoundaryView
from playground.qt.inside.inside_view import QtInsideView
from playground.qt.network.graph_view import QtGraphView
from playground.qt.network.network_editor import QtNetworkEditor
from playground.qt.network.network_view import QtNetworkView
from playground.qt.network.summary_dialog import QtSummaryDialog
from playground.qt.recipe.range_test_dialog import QtRangeTestDialog
from playground.qt.recipe.training_panel import QtTrainingPanel
from playground.qt.runs.lab import QtLab
from playground.qt.runs.lab_view import QtLabView
from playground.qt.runs.loss_plot import QtLossPlot
from playground.qt.runs.runs_view import QtRunsView
from playground.qt.runs.timeline_bar import QtTimelineBar
from playground.qt.teaching.doctor_view import QtDoctorView
from playground.qt.teaching.lesson_panel import QtLessonPanel
from playground.qt.teaching.lessons_menu import QtLessons
from playground.qt.training import training_controller as tc
from playground.qt.widgets import picture
from playground.qt.widgets.tab_buttons import QtTabs, headed
from playground.qt.widgets.vertical_scroll import QtVerticalScroll
from playground.qt.window import hidden_controls, window_geometry
from playground.qt.window.dock_layout import QtDockLayout
from playground.qt.window.help_menu import QtHelp
from playground.qt.window.hidden_controls import QtControlsDialog
from playground.qt.window.look import QtLook
from playground.qt.window.run_toolbar import QtRunToolbar
from playground.qt.window.undo import QtUndo

FILE_FILTER = "Playground experiments (*.json);;All files (*)"
KERAS_FILTER = "Keras models (*.keras);;All files (*)"
# The bundled examples' menu titles (a file not listed shows its name).
EXAMPLE_TITLES = {
    "circle": QT_TRANSLATE_NOOP("examples", "Circle"),
    "gauss_overfit": QT_TRANSLATE_NOOP("examples", "Two Gaussians, overfitted"),
    "multigauss_regression": QT_TRANSLATE_NOOP("examples", "Multi-Gaussian regression"),
    "spiral_deep": QT_TRANSLATE_NOOP("examples", "Spiral, deep network"),
    "xor_one_feature": QT_TRANSLATE_NOOP("examples", "Exclusive or with one feature"),
}
EXAMPLES_DIR = resources.folder(resources.EXPERIMENTS)


class QtMainWindow(QMainWindow):
    def __init__(self, experiment: Experiment, path: str | None = None, start: bool = True):
        """`start`: make the data and load TensorFlow at once; otherwise `controller.start()` does
        it, after the window's first frame (the app does so: the window appears at once)."""
        super().__init__()
        self.state = ExperimentState(experiment)
        self.state.confirm = self._confirm_edit
        self.undo = QtUndo(self.state, self)
        self.path = path
        self.controller = tc.QtTrainingController(self.state, self, start)

        self.network_view = QtNetworkView()
        self.boundary_view = QtBoundaryView()
        self.loss_plot = QtLossPlot()
        self.data_panel = QtDataPanel(self.state)
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
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.statusBar().addWidget(self.status, 1)

        c = self.controller
        c.sigRunStateChanged.connect(self._on_run_state_changed)
        c.sigMessage.connect(self.show_message)
        c.sigDatasetChanged.connect(self._on_dataset_changed)
        c.sigSummary.connect(self._on_summary)
        c.sigKerasSaved.connect(self._on_keras_saved)
        c.sigHistoryChanged.connect(self._on_history_changed)
        c.sigEventsChanged.connect(self.loss_plot.set_events)
        bar = self.timeline_bar
        c.sigTimelineChanged.connect(bar.set_epochs)
        c.sigPastShown.connect(bar.set_shown)
        c.sigPastShown.connect(self.loss_plot.set_past_epoch)
        c.sigPastShown.connect(self._on_past_shown)
        bar.sigView.connect(c.view_epoch)
        bar.sigNow.connect(lambda: c.view_epoch(None))
        bar.sigGoOn.connect(c.go_on_from)
        self.loss_plot.sigEpochDragged.connect(self._on_past_line_dragged)
        c.sigHealth.connect(self._diagnose)
        c.sigRangeTest.connect(self._on_range_test)
        self.lab = QtLab(self.state, c, self.lab_view, self.runs_view, self.loss_plot, self)
        self.training_panel.sigRangeTest.connect(self.range_test)
        c.sigSnapshot.connect(self.boundary_view.set_snapshot)
        c.sigSnapshotDetail.connect(self.network_view.set_snapshot)
        c.sigViews.connect(self.inside_view.set_views)
        inside = self.inside_view
        inside.sigProbeChosen.connect(lambda i: c.set_probe(i, inside.cam_class))
        inside.sigCamClassChosen.connect(lambda k: c.set_probe(inside.probe_index, k))
        inside.sigPatternsRequested.connect(c.request_patterns)
        c.sigPatterns.connect(inside.set_patterns)
        self.state.subscribe(self._on_state_changed)
        self.undo.stack.cleanChanged.connect(self._on_clean_changed)
        self.setAcceptDrops(True)
        self.autosave = QtAutosave(self)
        window_geometry.place(self)
        if c.dataset is not None:
            self._on_dataset_changed(c.dataset)
        self._rebuild_network_view()
        self._show_training_plan()
        self._on_run_state_changed(c.run_state)
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
        self.open_action = self._action(self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("&Save"), self.save_file, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_file_as, QKeySequence.StandardKey.SaveAs)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.summary_action = self._action(self.tr("Model summary…"), self.show_summary)
        self.export_keras_action = self._action(self.tr("Keras model (.keras)…"), self.export_keras)
        self.import_keras_action = self._action(self.tr("&Import Keras model…"), self.import_keras)
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
        self._show_epoch(None)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.open_action, self.save_action, self.save_as_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(lambda: recent_files.fill(self.recent_menu, self.open_path))
        file_menu.addAction(self.import_keras_action)
        export = file_menu.addMenu(self.tr("&Export"))
        export.setObjectName("export_menu")
        self.exports.fill(export)
        templates = file_menu.addMenu(self.tr("New from &template"))
        templates.setObjectName("templates_menu")
        for key, (title, _build) in TEMPLATES.items():
            templates.addAction(translate("templates", title), lambda k=key: self.load_template(k))
        examples = file_menu.addMenu(self.tr("Open &example"))
        for path in resources.matching(EXAMPLES_DIR, "*.json"):
            stem = path.name.removesuffix(".json")
            title = EXAMPLE_TITLES.get(stem, stem.replace("_", " ").capitalize())
            examples.addAction(
                translate("examples", title),
                lambda p=path: resources.with_file(p, lambda file: self.open_path(file, remember=False)),
            )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        for action in (self.play_action, self.step_action, self.reset_action, self.stop_action):
            run_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for dock in self.findChildren(QDockWidget):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.tr("Optimizers on a loss surface…"), self.show_surface)
        view_menu.addSeparator()
        view_menu.addAction(self.tr("Show or hide controls…"), self.edit_hidden_controls)
        self.look.fill(view_menu)
        lessons_menu = self.menuBar().addMenu(self.tr("&Lessons"))
        lessons_menu.setObjectName("lessons_menu")
        self.lessons.fill(lessons_menu)
        self.help.fill(self.menuBar().addMenu(self.tr("&Help")))

    # -- lessons, look and language ------------------------------------------------------------

    def open_lesson(self, key: str) -> None:
        self.lessons.open(key)

    def set_look(self, theme: str | None = None, presentation: bool | None = None) -> None:
        self.look.set(theme, presentation)

    def edit_hidden_controls(self) -> None:
        dialog = QtControlsDialog(self.state.experiment.hidden, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.state.set_hidden(dialog.hidden())

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

    # -- files ----------------------------------------------------------------------------------

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open experiment"), self._last_dir(), FILE_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str, remember: bool = True) -> bool:
        if not Path(path).is_file():
            QMessageBox.warning(
                self, self.tr("Cannot open experiment"), self.tr("{0} does not exist (moved or deleted?).").format(path)
            )
            recent_files.remove(path)
            return False
        try:
            experiment = Experiment.load(path)
        except ExperimentError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot open experiment"),
                self.tr("{0} is not a usable experiment file.\n\n{1}").format(Path(path).name, exc),
            )
            return False
        # An example opens as a new, unsaved experiment so Save cannot overwrite the bundled file.
        self.path = path if remember else None
        self.state.replace(experiment)
        self.setWindowModified(False)
        if remember:
            self._remember_dir(path)
            recent_files.add(path)
        self.update_title()
        return True

    def load_template(self, key: str) -> None:
        """Replaces the experiment with a template's (one undo step); the file becomes untitled."""
        title, build = TEMPLATES[key]
        self.state.load(build(), self.tr("Template: {0}").format(translate("templates", title)))
        self.path = None
        self.update_title()

    def save_file(self) -> None:
        if self.path:
            self.save_path(self.path)
        else:
            self.save_file_as()

    def save_file_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save experiment"), self.path or self._last_dir(), FILE_FILTER
        )
        if path:
            if not Path(path).suffix:
                path += ".json"
            self.save_path(path)

    def save_path(self, path: str) -> bool:
        try:
            self.state.experiment.save(path)
        except (ExperimentError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), say(exc))
            return False
        self.path = path
        self._remember_dir(path)
        recent_files.add(path)
        self.undo.stack.setClean()
        self.setWindowModified(False)
        self.update_title()
        return True

    def show_summary(self) -> None:
        if not self.controller.request_summary():
            self.show_message(self.tr("The summary is ready once the model is built."))

    @Slot(str)
    def _on_summary(self, text: str) -> None:
        self.summary_dialog = QtSummaryDialog(text, self)
        self.summary_dialog.show()

    def export_keras(self) -> None:
        self.exports.model()

    @Slot(str, str)
    def _on_keras_saved(self, path: str, error: str) -> None:
        if error:
            QMessageBox.warning(self, self.tr("Cannot save"), error)
        else:
            self.show_message(self.tr("Saved the model with its current weights to {0}").format(path))

    def import_keras(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Keras model"), self._last_dir(), KERAS_FILTER)
        if path:
            self.import_keras_path(path, weights=None)

    def import_keras_path(self, path: str, weights: bool | None = False) -> bool:
        """Takes a .keras file's layers into the experiment, as one undo step; with `weights` its
        trained weights too, to go on training or fine-tune (freeze layers by unticking their
        `trainable`). None asks."""
        from playground.training.files.keras_io import read_keras  # TensorFlow: only when asked

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            layers, input_shape, notes = read_keras(path)
        except ExperimentError as exc:
            QMessageBox.warning(self, self.tr("Cannot import model"), exc.message)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if weights is None:
            answer = QMessageBox.question(
                self,
                self.tr("Import Keras model"),
                self.tr(
                    "Start from the model's trained weights, to go on training it or to fine-tune it "
                    "(untick a layer's “trainable” to freeze it)? No: its layers with fresh weights."
                ),
            )
            weights = answer == QMessageBox.StandardButton.Yes
        new = self.state.experiment.copy()
        new.model.layers = layers
        new.model.weights = str(Path(path).resolve()) if weights else None
        if input_shape and tuple(input_shape) != new.input_shape:
            notes.insert(
                0,
                self.tr("The model was built for inputs {0}; here it gets {1} from the {2} data.").format(
                    input_shape, new.input_shape, new.data.name
                ),
            )
        self.state.load(new, self.tr("Import {0}").format(Path(path).name))
        self._remember_dir(path)
        if notes:
            QMessageBox.information(
                self,
                self.tr("Model imported"),
                (
                    self.tr("Imported the layers and their trained weights.")
                    if weights
                    else self.tr("Imported the layers (not the weights).")
                )
                + "\n\n"
                + "\n".join(say(note) for note in notes),
            )
        return True

    def export_picture(self, widget: QWidget, title: str) -> None:
        default = str(Path(self._last_dir()) / (title.lower().replace(" ", "_") + ".png"))
        path, _ = QFileDialog.getSaveFileName(self, title, default, picture.FILTER)
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".png"
        try:
            picture.save_picture(widget, path, title)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), say(exc))

    def _last_dir(self) -> str:
        return str(QSettings().value("last_dir", str(Path.home())))

    def _remember_dir(self, path: str) -> None:
        QSettings().setValue("last_dir", str(Path(path).parent))

    def update_title(self) -> None:
        name = Path(self.path).name if self.path else self.tr("untitled")
        # "[*]" is where Qt shows the unsaved-changes mark (windowModified, from the undo stack).
        self.setWindowTitle(self.tr("{0}[*] — Neural Network Playground").format(name))
        self.training_panel.folder = str(Path(self.path).parent) if self.path else None
        self.controller.folder = self.training_panel.folder or tc.untitled_folder()

    def _confirm_edit(self, before: Experiment, after: Experiment) -> bool:
        """An edit that needs a new run, made while training, asks first (and can be undone)."""
        if self.controller.run_state != tc.RUNNING or not needs_new_run(before, after):
            return True
        epoch = len(self.controller.history)
        answer = QMessageBox.question(
            self,
            self.tr("Start a new run?"),
            self.tr(
                "This change needs a new run: the model being trained (epoch {0}) starts again "
                "from new weights. Make the change?"
            ).format(epoch),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- observers ------------------------------------------------------------------------------

    def _on_state_changed(self, change: Change) -> None:
        if change.revert:
            return
        if change.reshapes_network:
            self._rebuild_network_view()
        if change.section in ("training", "data", "experiment"):
            self._show_training_plan()
        if change.section == "experiment":
            self.update_title()
        hidden_controls.apply(self, self.state.experiment.hidden)

    def _show_training_plan(self) -> None:
        """The curves' plan: the schedule's rate over the planned epochs, and the EarlyStopping the
        would-stop line should not second-guess."""
        exp = self.state.experiment
        t = exp.training
        self.loss_plot.set_early_stopping(callback_specs.get(t.callbacks, "EarlyStopping"))
        if self.state.error is None:
            spe = schedules.steps_per_epoch(exp.n_train, t.batch_size)
            x, lr = schedules.preview(t.schedule, t.learning_rate, spe, t.epochs)
            self.loss_plot.set_lr_preview(x, lr, planned=t.schedule is not None)

    def show_surface(self) -> None:
        """The "ball with momentum" picture: real Keras optimizers racing down 2-D loss surfaces."""
        from playground.qt.recipe.surface_view import QtSurfaceView

        if getattr(self, "surface_view", None) is None:
            self.surface_view = QtSurfaceView()
            self.surface_view.setWindowTitle(self.tr("Optimizers on a loss surface"))
            self.surface_view.resize(1100, 720)
        self.surface_view.show()
        self.surface_view.raise_()

    def range_test(self) -> None:
        if not self.controller.request_range_test():
            self.show_message(self.tr("The range test can run once the model is built."))

    @Slot(object)
    def _on_range_test(self, result) -> None:
        self.range_dialog = QtRangeTestDialog(result, self.state.experiment.training.learning_rate, self)
        self.range_dialog.sigApply.connect(self.state.set_learning_rate)
        self.range_dialog.show()

    def _rebuild_network_view(self) -> None:
        exp = self.state.experiment
        layers = exp.model.layers
        drawable = exp.plane and dense_picture_ok(layers)
        tabs = self.network_tabs
        tabs.setTabEnabled(0, drawable)
        tabs.setTabToolTip(0, "" if drawable else self.tr("The neuron picture shows Dense networks on 2-D data"))
        if not drawable:
            tabs.setCurrentIndex(1)
            return
        dense = [layer for layer in layers if layer["class_name"] == "Dense"]
        names = exp.data.features
        res = 50
        feature_grids = datasets.features(datasets.grid(res), names).T.reshape(len(names), res, res)
        # Inputs are drawn on the same colour scale as neurons: scale each feature to [-1, 1].
        scale = abs(feature_grids).reshape(len(names), res * res).max(axis=1, initial=0).clip(min=1e-6)
        self.network_view.set_network(
            names,
            feature_grids / scale[:, None, None],
            [int(layer["config"]["units"]) for layer in dense],
            [layer["config"].get("activation", "linear") for layer in dense],
        )
        kind = {"sigmoid": "probability", "linear": "regression"}.get(
            dense[-1]["config"].get("activation", "linear"), "signed"
        )
        if exp.problem == "classification" and kind == "regression":
            kind = "signed"
        self.boundary_view.set_output_kind(kind)

    @Slot(str)
    def _on_run_state_changed(self, run_state: str) -> None:
        running = run_state == tc.RUNNING
        sp = QStyle.StandardPixmap
        self.play_action.setText(self.tr("Pause") if running else self.tr("Play"))
        self.play_action.setIcon(self.style().standardIcon(sp.SP_MediaPause if running else sp.SP_MediaPlay))
        # While TensorFlow loads, Play is a wish the controller keeps (and says so).
        can_train = run_state in (tc.READY, tc.RUNNING, tc.FINISHED, tc.BUILDING, tc.LOADING_TF)
        self.play_action.setEnabled(can_train)
        self.step_action.setEnabled(run_state in (tc.READY, tc.BUILDING))
        self.reset_action.setEnabled(run_state not in (tc.LOADING_TF, tc.INVALID))
        self.stop_action.setEnabled(running or (run_state == tc.READY and len(self.controller.history) > 0))
        if run_state in (tc.BUILDING, tc.INVALID):
            self.loss_plot.clear()
            self.boundary_view.clear_output()
            self._show_epoch(None)

    @Slot(str)
    def show_message(self, message: str) -> None:
        self.status.setText(message)
        failed = self.controller.run_state in (tc.FAILED, tc.INVALID)
        self.status.setStyleSheet("color: #c0392b; font-weight: bold;" if failed else "")

    @Slot(object)
    def _on_dataset_changed(self, dataset) -> None:
        self.data_panel.show_dataset(dataset, self.controller.data_error)
        if dataset is None:
            return
        self.boundary_view.set_dataset(dataset)
        self.inside_view.clear()
        self.inside_view.set_samples(dataset.test_x, dataset.test_y, self.state.experiment.classes)
        (self._output_dock if dataset.plane else self._inside_dock).raise_()

    @Slot(object)
    def _on_history_changed(self, history) -> None:
        self.loss_plot.set_history(history)
        if self.controller.viewing is None:
            self._show_epoch(history.last)
        self.timeline_bar.set_now(len(history))
        if not history:
            self.doctor_view.set_findings([])

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_past_line_dragged(self, epoch: float) -> None:
        """The timeline's line on the curves was dragged: the nearest kept epoch is shown."""
        kept = self.timeline_bar.nearest(epoch)
        self.controller.view_epoch(kept)
        if kept is None:
            self.loss_plot.set_past_epoch(-1)
        elif kept != epoch:
            self.loss_plot.set_past_epoch(kept)

    def _diagnose(self, findings: list) -> None:
        """Shows the doctor's findings whenever fresh ones arrive (every few seconds while
        training, and at every stop; the worker works them out)."""
        if self.controller.history:
            self.doctor_view.set_findings(findings)

    def _on_past_shown(self, epoch: int) -> None:
        """The big epoch counter and the numbers beside it follow the timeline."""
        rows = self.controller.history.rows
        if epoch < 0:
            self._show_epoch(rows[-1] if rows else None)
        else:
            self._show_epoch(rows[epoch - 1] if 0 < epoch <= len(rows) else None, past=True)

    def _show_epoch(self, row: dict | None, past: bool = False) -> None:
        self.run_toolbar.show_epoch(row, past)

    # -- keyboard -------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """Space plays or pauses from anywhere in the window — except where Space types or
        toggles something (text fields, spin boxes, check boxes), which keep it."""
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
            and self._space_is_ours(QApplication.focusWidget())
        ):
            # Swallow the release too: a focused push button clicks on release.
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.play_action.trigger()
            return True
        return super().eventFilter(watched, event)

    def _space_is_ours(self, focus) -> bool:
        if focus is None:
            return QApplication.activeWindow() in (self, None)
        return focus.window() is self and not isinstance(focus, (QLineEdit, QAbstractSpinBox, QCheckBox))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        QApplication.instance().installEventFilter(self)
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

    # -- dropping files --------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if _dropped_path(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        path = _dropped_path(event)
        if path is None:
            return
        event.acceptProposedAction()
        self.open_any(path)

    def open_any(self, path: str) -> bool:
        """Opens what `path` holds, by its extension: an experiment, data (CSV, .npz) or a Keras model."""
        kind = DROPPABLE.get(Path(path).suffix.lower())
        if kind == "experiment":
            return self.open_path(path)
        if kind == "keras":
            return self.import_keras_path(path, weights=None)
        if kind in ("csv", "npz"):
            return self.data_panel.import_file(kind, path)
        QMessageBox.warning(
            self,
            self.tr("Cannot open"),
            self.tr(
                "{0}: the playground opens experiments (.json), data (.csv, .npz) and Keras models (.keras)."
            ).format(Path(path).name),
        )
        return False

    # -- recovery ---------------------------------------------------------------------------------

    def offer_recovery(self) -> bool:
        """After a crash or a kill: offers the newest work left behind. True if it was restored."""
        found = autosave.left_behind(autosaving.folder())
        if not found:
            return False
        newest = found[0]
        when = datetime.fromtimestamp(newest.saved_at).strftime("%Y-%m-%d %H:%M:%S")
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Restore unsaved work?"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            self.tr(
                "The playground did not close normally. Restore the experiment “{0}” as it was at {1}, "
                "with its {2} run(s)?"
            ).format(newest.title, when, len(newest.runs.runs))
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore:
            self.restore(newest)
            return True
        if box.clickedButton() is discard:
            newest.file.unlink(missing_ok=True)
        return False

    def restore(self, recovered) -> None:
        """Makes a crashed window's work current: its experiment, file and runs (the interrupted
        run's curves among them, to overlay or reopen)."""
        self.path = recovered.path
        self.state.replace(recovered.experiment)
        self.controller.runs.take(recovered.runs)
        self.controller.sigRunsChanged.emit()
        self.setWindowModified(recovered.modified or recovered.path is None)
        self.update_title()
        recovered.file.unlink(missing_ok=True)
        self.autosave.mark()
        self.show_message(self.tr("Restored the work of {0}.").format(recovered.title))

    # -- closing --------------------------------------------------------------------------------

    ask_on_close = True  # tests turn the question off

    def _may_close(self) -> bool:
        """Unsaved edits: Save, Discard or Cancel."""
        name = Path(self.path).name if self.path else self.tr("untitled")
        answer = QMessageBox.question(
            self,
            self.tr("Save changes?"),
            self.tr("“{0}” has changes that are not saved. Save them before closing?").format(name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save_file()
            return not self.isWindowModified()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.ask_on_close and self.isWindowModified() and not self._may_close():
            event.ignore()
            return
        self.autosave.finish()
        window_geometry.remember(self)
        QApplication.instance().removeEventFilter(self)
        if getattr(self, "surface_view", None) is not None:
            self.surface_view.close()
        self.controller.shutdown()
        super().closeEvent(event)


DROPPABLE = {".json": "experiment", ".csv": "csv", ".npz": "npz", ".keras": "keras"}


def _dropped_path(event) -> str | None:
    """The one local file of a drag whose kind the window takes, else None."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower() in DROPPABLE else None


def _scrolled(widget: QWidget) -> QScrollArea:
    return QtVerticalScroll(widget)
