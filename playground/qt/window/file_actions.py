"""The File menu's work for one main window: opening, saving and "Save as", templates, importing a
Keras model, pictures of a view, a file dropped on the window, and the "Save changes?" question on
closing. It keeps the window's file (`window.path`), its title and the folder last used.

Its strings belong to the main window's translation context ("QtMainWindow"), where they were
first written: the translations keep matching."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment
from playground.core.teaching.templates import TEMPLATES
from playground.qt.files import recent_files
from playground.qt.i18n import say, translate
from playground.qt.training import training_controller as tc
from playground.qt.widgets import picture

FILE_FILTER = "Playground experiments (*.json);;All files (*)"
KERAS_FILTER = "Keras models (*.keras);;All files (*)"
# What a file dropped on the window (or given to open) is, by its extension.
DROPPABLE = {".json": "experiment", ".csv": "csv", ".npz": "npz", ".keras": "keras"}


class QtFileActions(QObject):
    """Args: the main window, whose `path`, `state`, `undo`, `controller`, panels and title it uses."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    # -- experiments --------------------------------------------------------------------------------

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("QtMainWindow", "Open experiment"), self.last_dir(), FILE_FILTER
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str, remember: bool = True) -> bool:
        w = self.window
        if not Path(path).is_file():
            QMessageBox.warning(
                w,
                translate("QtMainWindow", "Cannot open experiment"),
                translate("QtMainWindow", "{0} does not exist (moved or deleted?).").format(path),
            )
            recent_files.remove(path)
            return False
        try:
            experiment = Experiment.load(path)
        except ExperimentError as exc:
            QMessageBox.warning(
                w,
                translate("QtMainWindow", "Cannot open experiment"),
                translate("QtMainWindow", "{0} is not a usable experiment file.\n\n{1}").format(Path(path).name, exc),
            )
            return False
        # An example opens as a new, unsaved experiment so Save cannot overwrite the bundled file.
        w.path = path if remember else None
        w.state.replace(experiment)
        w.setWindowModified(False)
        if remember:
            self.remember_dir(path)
            recent_files.add(path)
        self.update_title()
        return True

    def load_template(self, key: str) -> None:
        """Replaces the experiment with a template's (one undo step); the file becomes untitled."""
        title, build = TEMPLATES[key]
        self.window.state.load(
            build(), translate("QtMainWindow", "Template: {0}").format(translate("templates", title))
        )
        self.window.path = None
        self.update_title()

    def save_file(self) -> None:
        if self.window.path:
            self.save_path(self.window.path)
        else:
            self.save_file_as()

    def save_file_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("QtMainWindow", "Save experiment"),
            self.window.path or self.last_dir(),
            FILE_FILTER,
        )
        if path:
            if not Path(path).suffix:
                path += ".json"
            self.save_path(path)

    def save_path(self, path: str) -> bool:
        w = self.window
        try:
            w.state.experiment.save(path)
        except (ExperimentError, OSError) as exc:
            QMessageBox.warning(w, translate("QtMainWindow", "Cannot save"), say(exc))
            return False
        w.path = path
        self.remember_dir(path)
        recent_files.add(path)
        w.undo.stack.setClean()
        w.setWindowModified(False)
        self.update_title()
        return True

    def update_title(self) -> None:
        """The file's name in the title; the runs' checkpoints go beside the file (or to a folder
        for untitled experiments)."""
        w = self.window
        name = Path(w.path).name if w.path else translate("QtMainWindow", "untitled")
        # "[*]" is where Qt shows the unsaved-changes mark (windowModified, from the undo stack).
        w.setWindowTitle(translate("QtMainWindow", "{0}[*] — Neural Network Playground").format(name))
        w.training_panel.folder = str(Path(w.path).parent) if w.path else None
        w.controller.folder = w.training_panel.folder or tc.untitled_folder()

    def may_close(self) -> bool:
        """Unsaved edits: Save, Discard or Cancel. True if the window may close."""
        w = self.window
        name = Path(w.path).name if w.path else translate("QtMainWindow", "untitled")
        answer = QMessageBox.question(
            w,
            translate("QtMainWindow", "Save changes?"),
            translate("QtMainWindow", "“{0}” has changes that are not saved. Save them before closing?").format(name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save_file()
            return not w.isWindowModified()
        return answer == QMessageBox.StandardButton.Discard

    # -- Keras models -------------------------------------------------------------------------------

    def import_keras(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("QtMainWindow", "Import Keras model"), self.last_dir(), KERAS_FILTER
        )
        if path:
            self.import_keras_path(path, weights=None)

    def import_keras_path(self, path: str, weights: bool | None = False) -> bool:
        """Takes a .keras file's layers into the experiment, as one undo step; with `weights` its
        trained weights too, to go on training or fine-tune (freeze layers by unticking their
        `trainable`). None asks."""
        from playground.training.files.keras_io import read_keras  # TensorFlow: only when asked

        w = self.window
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            layers, input_shape, notes = read_keras(path)
        except ExperimentError as exc:
            QMessageBox.warning(w, translate("QtMainWindow", "Cannot import model"), exc.message)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if weights is None:
            answer = QMessageBox.question(
                w,
                translate("QtMainWindow", "Import Keras model"),
                translate(
                    "QtMainWindow",
                    "Start from the model's trained weights, to go on training it or to fine-tune it "
                    "(untick a layer's “trainable” to freeze it)? No: its layers with fresh weights.",
                ),
            )
            weights = answer == QMessageBox.StandardButton.Yes
        new = w.state.experiment.copy()
        new.model.layers = layers
        new.model.weights = str(Path(path).resolve()) if weights else None
        if input_shape and tuple(input_shape) != new.input_shape:
            notes.insert(
                0,
                translate(
                    "QtMainWindow", "The model was built for inputs {0}; here it gets {1} from the {2} data."
                ).format(input_shape, new.input_shape, new.data.name),
            )
        w.state.load(new, translate("QtMainWindow", "Import {0}").format(Path(path).name))
        self.remember_dir(path)
        if notes:
            QMessageBox.information(
                w,
                translate("QtMainWindow", "Model imported"),
                (
                    translate("QtMainWindow", "Imported the layers and their trained weights.")
                    if weights
                    else translate("QtMainWindow", "Imported the layers (not the weights).")
                )
                + "\n\n"
                + "\n".join(say(note) for note in notes),
            )
        return True

    @Slot(str, str)
    def on_keras_saved(self, path: str, error: str) -> None:
        """The worker wrote (or failed to write) the model File → Export asked for."""
        if error:
            QMessageBox.warning(self.window, translate("QtMainWindow", "Cannot save"), error)
        elif _wrote_layers_beside(path):
            self.window.show_message(
                translate(
                    "QtMainWindow",
                    "Saved the model with its current weights to {0}. It uses playground_layers.py, saved beside "
                    "it: import playground_layers before keras.models.load_model.",
                ).format(path)
            )
        else:
            self.window.show_message(
                translate("QtMainWindow", "Saved the model with its current weights to {0}").format(path)
            )

    # -- pictures, dropped files, folders -----------------------------------------------------------

    def export_picture(self, widget: QWidget, title: str) -> None:
        default = str(Path(self.last_dir()) / (title.lower().replace(" ", "_") + ".png"))
        path, _ = QFileDialog.getSaveFileName(self.window, title, default, picture.FILTER)
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".png"
        try:
            picture.save_picture(widget, path, title)
        except OSError as exc:
            QMessageBox.warning(self.window, translate("QtMainWindow", "Cannot save"), say(exc))

    def open_any(self, path: str) -> bool:
        """Opens what `path` holds, by its extension: an experiment, data (CSV, .npz) or a Keras model."""
        kind = DROPPABLE.get(Path(path).suffix.lower())
        if kind == "experiment":
            return self.open_path(path)
        if kind == "keras":
            return self.import_keras_path(path, weights=None)
        if kind in ("csv", "npz"):
            return self.window.data_panel.import_file(kind, path)
        QMessageBox.warning(
            self.window,
            translate("QtMainWindow", "Cannot open"),
            translate(
                "QtMainWindow",
                "{0}: the playground opens experiments (.json), data (.csv, .npz) and Keras models (.keras).",
            ).format(Path(path).name),
        )
        return False

    def last_dir(self) -> str:
        return str(QSettings().value("last_dir", str(Path.home())))

    def remember_dir(self, path: str) -> None:
        QSettings().setValue("last_dir", str(Path(path).parent))


def dropped_path(event) -> str | None:
    """The one local file of a drag whose kind the window takes, else None."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower() in DROPPABLE else None


def _wrote_layers_beside(path: str) -> bool:
    """Whether saving the model at `path` wrote playground_layers.py beside it (its Sin or FillGaps layer):
    written just after the model, so not older than it (one left by an earlier save is)."""
    model, layers = Path(path), Path(path).with_name("playground_layers.py")
    try:
        return model.suffix == ".keras" and layers.stat().st_mtime_ns >= model.stat().st_mtime_ns
    except OSError:
        return False
