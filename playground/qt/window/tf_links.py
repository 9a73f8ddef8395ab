"""TensorFlow Playground links in the window: File → "Open TensorFlow Playground link…", a link pasted
(Ctrl+V where no text field takes it) or dropped on the window, a link given on the command line, and
Edit → "Copy as TensorFlow Playground link". What a link means is `core.files.tf_playground_link`."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from playground.core.errors import ExperimentError
from playground.core.files.tf_playground_link import RATE_HERE, from_link, looks_like_link, to_link
from playground.qt.i18n import say, translate
from playground.qt.training.run_states import FAILED, INVALID, READY


def add_actions(window, file_menu, edit_menu) -> None:
    """The open action in the File menu (before "Import Keras model"); paste and copy in the Edit menu."""
    open_action = QAction(translate("tf_links", "Open TensorFlow Playground link…"), window)
    open_action.triggered.connect(lambda: ask_link(window))
    file_menu.insertAction(window.import_keras_action, open_action)  # beside the other ways in
    paste = QAction(translate("tf_links", "Paste TensorFlow Playground link"), window)
    paste.setShortcut(QKeySequence.StandardKey.Paste)  # a focused text field takes Ctrl+V first
    paste.triggered.connect(lambda: paste_link(window))
    copy = QAction(translate("tf_links", "Copy as TensorFlow Playground link"), window)
    copy.triggered.connect(lambda: copy_link(window))
    edit_menu.addSeparator()
    edit_menu.addAction(paste)
    edit_menu.addAction(copy)


def ask_link(window) -> bool:
    """A dialog with one line to paste the address in (the clipboard's link already there)."""
    clipboard = QApplication.clipboard().text().strip()
    text, ok = QInputDialog.getText(
        window,
        translate("tf_links", "Open TensorFlow Playground link"),
        translate("tf_links", "The address of a TensorFlow Playground page (https://playground.tensorflow.org/#…):"),
        QLineEdit.EchoMode.Normal,
        clipboard if looks_like_link(clipboard) else "",
    )
    return open_link(window, text) if ok and text.strip() else False


def paste_link(window) -> bool:
    text = QApplication.clipboard().text().strip()
    if not looks_like_link(text):
        window.show_message(translate("tf_links", "The clipboard holds no TensorFlow Playground link."))
        return False
    return open_link(window, text)


def open_link(window, text: str) -> bool:
    """The link's experiment in the window (one undo step); the keys it could not use are said in
    the status bar, a link it cannot read in a message box."""
    try:
        experiment, unknown = from_link(text)
    except ExperimentError as exc:
        QMessageBox.warning(
            window,
            translate("tf_links", "Cannot open the link"),
            translate("tf_links", "This TensorFlow Playground link cannot be opened.\n\n{0}").format(say(exc)),
        )
        return False
    window.state.load(experiment, translate("tf_links", "TensorFlow Playground link"))
    window.path = None
    window.update_title()
    rate = experiment.training.learning_rate
    note = translate(
        "tf_links",
        "Opened the TensorFlow Playground link. Its learning rate {0:g} is {1:g} here: Keras's squared error "
        "is twice its ½(y − t)², so half the rate takes the same steps.",
    ).format(rate / RATE_HERE, rate)
    if unknown:
        note += " " + translate("tf_links", "Not used here: {0}.").format(", ".join(unknown))
    _say_when_ready(window, note)
    return True


def _say_when_ready(window, note: str) -> None:
    """The note now, and again after "Ready…" once the model is built (which would replace it)."""
    controller = window.controller
    window.show_message(note)

    def on_state(state: str) -> None:
        if state not in (READY, INVALID, FAILED):
            return
        controller.sigRunStateChanged.disconnect(on_state)
        if state == READY:  # after the status line has taken the controller's message
            QTimer.singleShot(0, lambda: window.show_message(controller.message + "  " + note))

    controller.sigRunStateChanged.connect(on_state)


def copy_link(window) -> str:
    """Copies the experiment's link; the status bar names what the link cannot say."""
    url, cannot = to_link(window.state.experiment)
    QApplication.clipboard().setText(url)
    if cannot:
        window.show_message(
            translate("tf_links", "Copied the TensorFlow Playground link; it cannot say: {0}").format(
                "; ".join(say(item) for item in cannot)
            )
        )
    else:
        window.show_message(translate("tf_links", "Copied the TensorFlow Playground link."))
    return url


def dropped_link(event) -> str | None:
    """The TensorFlow Playground link a drag carries (from a browser's address bar or a page), else None."""
    data = event.mimeData()
    urls = data.urls() if data.hasUrls() else []
    text = urls[0].toString() if len(urls) == 1 and not urls[0].isLocalFile() else data.text() if data.hasText() else ""
    text = text.strip()
    return text if looks_like_link(text) and "#" in text else None
