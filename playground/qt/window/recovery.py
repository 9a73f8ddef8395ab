"""Work a crash left behind: the question at start-up (restore, discard or later) and making the
restored experiment, file and runs the window's. The autosaves themselves are `qt.files.autosaving`'s.

Its strings belong to the main window's translation context ("QtMainWindow"), where they were
first written: the translations keep matching."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMessageBox

from playground.core.files import autosave
from playground.qt.files import autosaving
from playground.qt.i18n import translate


def offer(window) -> bool:
    """After a crash or a kill: offers the newest work left behind. True if it was restored."""
    found = autosave.left_behind(autosaving.folder())
    if not found:
        return False
    newest = found[0]
    when = datetime.fromtimestamp(newest.saved_at).strftime("%Y-%m-%d %H:%M:%S")
    box = QMessageBox(window)
    box.setWindowTitle(translate("QtMainWindow", "Restore unsaved work?"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        translate(
            "QtMainWindow",
            "The playground did not close normally. Restore the experiment “{0}” as it was at {1}, "
            "with its {2} run(s)?",
        ).format(newest.title, when, len(newest.runs.runs))
    )
    restore_button = box.addButton(translate("QtMainWindow", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("QtMainWindow", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("QtMainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restore_button:
        restore(window, newest)
        return True
    if box.clickedButton() is discard:
        newest.file.unlink(missing_ok=True)
    return False


def restore(window, recovered) -> None:
    """Makes a crashed window's work current in `window`: its experiment, file and runs (the
    interrupted run's curves among them, to overlay or reopen)."""
    window.path = recovered.path
    window.state.replace(recovered.experiment)
    window.controller.runs.take(recovered.runs)
    window.controller.sigRunsChanged.emit()
    window.setWindowModified(recovered.modified or recovered.path is None)
    window.update_title()
    recovered.file.unlink(missing_ok=True)
    window.autosave.mark()
    window.show_message(translate("QtMainWindow", "Restored the work of {0}.").format(recovered.title))
