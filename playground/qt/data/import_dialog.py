"""Import a CSV table, a folder of images or an .npz: choose the file, confirm how to read it,
read it completely (or say why not), and hand back the experiment's `source` for it."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.core.data import csv_import, image_import, imported, user_files
from playground.core.data.data_config import MAX_SAMPLES, MIN_SAMPLES
from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.qt.i18n import say, translate

PROBLEM_LABELS = {
    "classification": QT_TRANSLATE_NOOP("QtCsvDialog", "Classification (classes)"),
    "regression": QT_TRANSLATE_NOOP("QtCsvDialog", "Regression (a number)"),
}
COLOR_LABELS = {
    "auto": QT_TRANSLATE_NOOP("QtImageFolderDialog", "as the images are"),
    "grey": QT_TRANSLATE_NOOP("QtImageFolderDialog", "grey"),
    "rgb": QT_TRANSLATE_NOOP("QtImageFolderDialog", "colour (RGB)"),
}
PREVIEW_ROWS = 12


class QtCsvDialog(QDialog):
    """Shows the table's first rows and asks for the target column, the problem type (detected,
    confirmable) and what to do with missing values."""

    def __init__(self, table: csv_import.Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Import %s") % file_name(table.path))
        layout = QVBoxLayout(self)
        preview = QTableWidget(min(PREVIEW_ROWS, len(table.rows)), len(table.header))
        preview.setObjectName("csv_preview")
        preview.setHorizontalHeaderLabels(table.header)
        for r, row in enumerate(table.rows[:PREVIEW_ROWS]):
            for c, value in enumerate(row):
                preview.setItem(r, c, QTableWidgetItem(value))
        preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        preview.setMinimumHeight(180)
        layout.addWidget(QLabel(self.tr("%d rows, %d columns. The first rows:") % (len(table.rows), len(table.header))))
        layout.addWidget(preview)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setObjectName("csv_target")
        self.target.addItems(table.header)
        self.target.setCurrentIndex(len(table.header) - 1)
        form.addRow(self.tr("Target column (what to predict):"), self.target)
        self.problem = QComboBox()
        self.problem.setObjectName("csv_problem")
        for key, label in PROBLEM_LABELS.items():
            self.problem.addItem(translate("QtCsvDialog", label), key)
        form.addRow(self.tr("Problem:"), self.problem)
        self.missing = QComboBox()
        self.missing.setObjectName("csv_missing")
        for key in csv_import.MISSING:
            self.missing.addItem(translate("imported", csv_import.MISSING_LABELS[key]), key)
        form.addRow(self.tr("Missing values:"), self.missing)
        layout.addLayout(form)
        self.report = QLabel()
        self.report.setObjectName("csv_report")
        self.report.setWordWrap(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.target.currentIndexChanged.connect(self._on_target_changed)
        self._on_target_changed()

    def _on_target_changed(self) -> None:
        target = self.target.currentText()
        detected = self.table.guess_problem(target)
        key = "regression" if detected == "regression" else "classification"
        self.problem.setCurrentIndex(self.problem.findData(key))
        lines = []
        what = (
            self.tr("numbers with many values: regression")
            if key == "regression"
            else self.tr("%d classes: classification") % self.table.distinct(target)
        )
        lines.append(self.tr("Detected for %s: %s.") % (target, what))
        text = [h for h, num in zip(self.table.header, self.table.numeric, strict=True) if not num and h != target]
        ids = self.table.identifiers(target)
        categories = [h for h in text if h not in ids]
        if categories:
            lines.append(self.tr("Text columns one-hot encoded: %s.") % ", ".join(categories))
        if ids:
            lines.append(self.tr("Left out (a different text in nearly every row, like a name): %s.") % ", ".join(ids))
        gaps = [f"{h} {n}" for h, n in zip(self.table.header, self.table.missing, strict=True) if n]
        lines.append(self.tr("Missing values: %s.") % (", ".join(gaps) if gaps else self.tr("none")))
        self.report.setText(" ".join(lines))

    def source(self) -> dict:
        return {
            "kind": "csv",
            "path": self.table.path,
            "target": self.target.currentText(),
            "problem": self.problem.currentData(),
            "missing": self.missing.currentData(),
        }


class QtImageFolderDialog(QDialog):
    """Shows the classes found and asks for the image size and colour."""

    def __init__(self, folder: str, classes: list[tuple[str, list[str]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Import images from %s") % file_name(folder))
        layout = QVBoxLayout(self)
        counts = ", ".join(f"{name} ({len(files)})" for name, files in classes)
        found = QLabel(self.tr("%d classes, one per sub-folder: %s") % (len(classes), counts))
        found.setWordWrap(True)
        layout.addWidget(found)
        form = QFormLayout()
        self.size = QComboBox()
        self.size.setObjectName("image_size")
        for size in image_import.SIZES:
            self.size.addItem(f"{size} × {size}", size)
        self.size.setCurrentIndex(image_import.SIZES.index(32))
        form.addRow(self.tr("Resize every image to:"), self.size)
        self.color = QComboBox()
        self.color.setObjectName("image_color")
        for key, label in COLOR_LABELS.items():
            self.color.addItem(translate("QtImageFolderDialog", label), key)
        form.addRow(self.tr("Colour:"), self.color)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def source(self) -> dict:
        return {
            "kind": "images",
            "path": self.folder,
            "size": self.size.currentData(),
            "color": self.color.currentData(),
        }


def file_name(path: str) -> str:
    """The last part of a file's or a folder's path."""
    return os.path.basename(os.path.normpath(path))


def choose_path(parent: QWidget, kind: str) -> str:
    """Asks for the file (or folder); "" if cancelled."""
    if kind == "images":
        title = translate("import_dialog", "Folder with one sub-folder of images per class")
        return QFileDialog.getExistingDirectory(parent, title)
    if kind == "csv":
        pattern = translate("import_dialog", "CSV tables (*.csv *.txt)")
    else:
        pattern = translate("import_dialog", "NumPy arrays (*.npz)")
    return QFileDialog.getOpenFileName(parent, translate("import_dialog", "Import data"), "", pattern)[0]


def ask_source(parent: QWidget, kind: str, path: str) -> dict | None:
    """The dialog for `kind`, or None if cancelled. Raises ImportFailed for a file it cannot read."""
    if kind == "csv":
        dialog = QtCsvDialog(csv_import.read(path), parent)
    elif kind == "images":
        dialog = QtImageFolderDialog(path, image_import.classes_in(path), parent)
    else:
        return {"kind": "npz", "path": path}
    return dialog.source() if dialog.exec() == QDialog.DialogCode.Accepted else None


def read(source: dict) -> tuple[dict, imported.Imported]:
    """Reads the whole file (a busy cursor meanwhile) and completes `source` with the classes and
    input shape it found. Raises ImportFailed."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        found = user_files.load(source)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if len(found.y) < MIN_SAMPLES:
        raise imported.ImportFailed(
            f"{source['path']} holds {len(found.y)} samples; the playground needs at least {MIN_SAMPLES}"
        )
    source = {**source, "problem": found.problem, "classes": list(found.classes)}
    source["input_shape"] = list(found.input_shape)
    return source, found


def import_data(parent: QWidget, kind: str, path: str | None = None) -> tuple[dict, int, list[str]] | None:
    """The whole import: (source, samples to use, notes), or None when cancelled or refused (the
    reason shown in a message box)."""
    path = path if path is not None else choose_path(parent, kind)
    if not path:
        return None
    try:
        source = ask_source(parent, kind, path)
        if source is None:
            return None
        source, found = read(source)
    except imported.ImportFailed as exc:
        QMessageBox.warning(parent, translate("import_dialog", "Cannot import"), say(exc))
        return None
    except (ValueError, OSError, MemoryError) as exc:  # what a reader did not foresee: say it, lose nothing
        text = translate("import_dialog", "%s could not be read: %s") % (path, say(exc))
        QMessageBox.warning(parent, translate("import_dialog", "Cannot import"), text)
        return None
    return source, min(len(found.y), MAX_SAMPLES), found.notes
