"""Help → About: the playground's version and the command that starts it, and what it runs on — the
versions of Python, TensorFlow, Keras, Qt and the libraries, and the device TensorFlow trains on
(what a teacher needs to reproduce a lesson)."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from playground import resources
from playground.qt.i18n import translate


def versions(tf_versions: dict) -> list[tuple[str, str]]:
    """(name, version) rows; TensorFlow's come from the worker once it has loaded TensorFlow."""

    def installed(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "—"

    loading = translate("QtAboutDialog", "(loading…)")
    devices = tf_versions.get("devices")
    return [
        (translate("QtAboutDialog", "Version"), resources.version()),
        (translate("QtAboutDialog", "Command"), ", ".join(resources.commands())),
        ("Python", platform.python_version()),
        ("TensorFlow", tf_versions.get("tensorflow", loading)),
        ("Keras", tf_versions.get("keras", loading)),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("pyqtgraph", installed("pyqtgraph")),
        ("NumPy", installed("numpy")),
        ("scikit-learn", installed("scikit-learn")),
        (translate("QtAboutDialog", "Device"), ", ".join(devices) if devices else loading),
        (translate("QtAboutDialog", "System"), f"{platform.system()} {platform.release()} ({platform.machine()})"),
    ]


class QtAboutDialog(QDialog):
    def __init__(self, tf_versions: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the Neural Network Playground"))
        self.rows = versions(tf_versions)
        table = "".join(f"<tr><td><b>{name}</b></td><td>&nbsp;&nbsp;{value}</td></tr>" for name, value in self.rows)
        intro = self.tr(
            "Click a network together, press Play, and watch a real Keras model learn: curves, "
            "decision boundaries, activations and filters, live."
        )
        name = self.tr("Neural Network Playground")
        self.text = QLabel(f"<h2>{name}</h2><p>{intro}</p><table>{table}</table>")
        self.text.setObjectName("about_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
