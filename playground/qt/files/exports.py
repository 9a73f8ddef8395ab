"""File → Export: what a student takes away — the model (.keras, .h5), its weights, a Python script
that trains it with plain Keras, the history as CSV, TensorBoard logs, a one-page HTML report, and
every plot as PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from playground.core import atomic_files
from playground.core.data.imported import ImportFailed
from playground.core.errors import ExperimentError
from playground.qt.files.live_tensorboard import QtLiveTensorBoard
from playground.qt.files.runs_tensorboard import QtRunsTensorBoard
from playground.qt.i18n import say


class QtExports(QObject):
    """The export actions of one main window (`window`); each asks for a path, then writes."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.live_tensorboard = QtLiveTensorBoard(window)  # File → Export: logs every run as it trains
        self.runs_tensorboard = QtRunsTensorBoard(window)  # every run of the Runs table, for the HParams tab

    def fill(self, menu: QMenu) -> None:
        w = self.window
        menu.addAction(w.summary_action)
        menu.addAction(w.export_keras_action)
        menu.addAction(self.tr("Keras model, legacy HDF5 (.h5)…"), lambda: self.model(h5=True))
        menu.addAction(self.tr("Weights (.weights.h5)…"), self.weights)
        menu.addSeparator()
        self.script_action = menu.addAction(self.tr("Python script (plain Keras)…"), self.script)
        self.script_action.setShortcut("Ctrl+E")
        menu.addAction(self.tr("History (CSV)…"), self.history_csv)
        menu.addAction(self.tr("TensorBoard logs…"), self.tensorboard)
        menu.addAction(self.runs_tensorboard.action)
        menu.addAction(self.live_tensorboard.action)
        menu.addAction(self.live_tensorboard.folder_action)
        menu.addAction(self.live_tensorboard.every_action)
        menu.addAction(self.tr("Report (HTML)…"), self.report)
        menu.addSeparator()
        for title, widget in (
            (self.tr("Network picture…"), w.network_view),
            (self.tr("Graph picture…"), w.graph_view),
            (self.tr("Output picture…"), w.boundary_view),
            (self.tr("Curves picture…"), w.loss_plot),
            (self.tr("Inside-the-network picture…"), w.inside_view),
        ):
            menu.addAction(title, lambda wd=widget, t=title: w.export_picture(wd, t.rstrip("…")))

    # -- helpers ----------------------------------------------------------------------------------

    def _ask(self, title: str, name: str, file_filter: str, suffix: str) -> str | None:
        w = self.window
        default = str(Path(w._last_dir()) / name)
        path, _ = QFileDialog.getSaveFileName(w, title, default, file_filter)
        if not path:
            return None
        if not path.endswith(suffix):
            path += suffix
        w._remember_dir(path)
        return path

    def _stem(self) -> str:
        return Path(self.window.path).stem if self.window.path else "experiment"

    def _failed(self, error: str) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot export"), error)

    def _not_built(self) -> None:
        self.window.show_message(self.tr("This can be exported once the model is built."))

    # -- the model --------------------------------------------------------------------------------

    def model(self, h5: bool = False) -> None:
        suffix = ".h5" if h5 else ".keras"
        path = self._ask(
            self.tr("Export Keras model"), self._stem() + suffix, self.tr("Keras model (*{0})").format(suffix), suffix
        )
        if path and not self.window.controller.save_keras(path):
            self._not_built()

    def weights(self) -> None:
        path = self._ask(
            self.tr("Export weights"),
            self._stem() + ".weights.h5",
            self.tr("Keras weights (*.weights.h5)"),
            ".weights.h5",
        )
        if path and not self.window.controller.save_keras(path, "weights"):
            self._not_built()

    def tensorboard(self) -> None:
        w = self.window
        if not w.controller.history:
            w.show_message(self.tr("Train a little first: TensorBoard logs hold the run's epochs."))
            return
        folder = QFileDialog.getExistingDirectory(w, self.tr("Folder for TensorBoard logs"), w._last_dir())
        if folder:
            path = str(Path(folder) / f"{self._stem()}_logs")
            if not w.controller.save_keras(path, "tensorboard"):
                self._not_built()

    # -- files written here -----------------------------------------------------------------------

    def script(self) -> str | None:
        """Writes the experiment as a Python script (and, for imported data, its arrays beside it)."""
        from playground.core.files import export_script

        w = self.window
        path = self._ask(self.tr("Export Python script"), self._stem() + ".py", self.tr("Python (*.py)"), ".py")
        if not path:
            return None
        data = str(Path(path).with_suffix("")) + "_data.npz"
        try:
            text = export_script.script(w.state.experiment, data, source=w.path, script_path=path)
            atomic_files.write_text(path, text)
        except (ExperimentError, ImportFailed, OSError) as exc:
            self._failed(say(exc))
            return None
        w.show_message(self.tr("Wrote {0}: run it with  python {1}").format(path, Path(path).name))
        return path

    def history_csv(self) -> str | None:
        w = self.window
        if not w.controller.history:
            w.show_message(self.tr("Train a little first: the history has no epochs yet."))
            return None
        path = self._ask(self.tr("Export history"), self._stem() + "_history.csv", self.tr("CSV (*.csv)"), ".csv")
        if not path:
            return None
        try:
            with atomic_files.replacing(path) as temporary:
                w.controller.history.write_csv(temporary)
        except OSError as exc:
            self._failed(say(exc))
            return None
        w.show_message(self.tr("Wrote the history ({0} epochs) to {1}").format(len(w.controller.history), path))
        return path

    def report(self) -> str | None:
        from playground.qt.files.report_pictures import report_html

        w = self.window
        path = self._ask(self.tr("Export report"), self._stem() + "_report.html", self.tr("Web page (*.html)"), ".html")
        if not path:
            return None
        try:
            atomic_files.write_text(path, report_html(w))
        except OSError as exc:
            self._failed(say(exc))
            return None
        w.show_message(self.tr("Wrote the report to {0}").format(path))
        return path
