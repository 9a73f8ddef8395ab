"""The main window's menu bar: File (with recent files, exports, templates and the bundled
examples), Edit, Run, View, Lessons and Help. The actions themselves are the window's; the menus
only arrange them.

Its strings belong to the main window's translation context ("QtMainWindow"), where they were
first written: the translations keep matching."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDockWidget

from playground import resources
from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.core.teaching.templates import TEMPLATES
from playground.qt.files import recent_files
from playground.qt.i18n import translate
from playground.qt.window import tf_links
from playground.qt.window.hidden_controls import QtControlsDialog

# The bundled examples' menu titles (a file not listed shows its name).
EXAMPLE_TITLES = {
    "circle": QT_TRANSLATE_NOOP("examples", "Circle"),
    "gauss_overfit": QT_TRANSLATE_NOOP("examples", "Two Gaussians, overfitted"),
    "multigauss_regression": QT_TRANSLATE_NOOP("examples", "Multi-Gaussian regression"),
    "spiral_deep": QT_TRANSLATE_NOOP("examples", "Spiral, deep network"),
    "xor_one_feature": QT_TRANSLATE_NOOP("examples", "Exclusive or with one feature"),
}
EXAMPLES_DIR = resources.folder(resources.EXPERIMENTS)


def fill_menu_bar(window) -> None:
    """Builds `window`'s menus from its actions and helpers (files, exports, look, lessons, help)."""
    bar = window.menuBar()
    files = window.files
    file_menu = bar.addMenu(translate("QtMainWindow", "&File"))
    for action in (window.open_action, window.save_action, window.save_as_action):
        file_menu.addAction(action)
    window.recent_menu = recent = file_menu.addMenu(translate("QtMainWindow", "Open &recent"))
    recent.setObjectName("recent_menu")
    recent.aboutToShow.connect(lambda: recent_files.fill(recent, files.open_path))
    file_menu.addAction(window.import_keras_action)
    export = file_menu.addMenu(translate("QtMainWindow", "&Export"))
    export.setObjectName("export_menu")
    window.exports.fill(export)
    templates = file_menu.addMenu(translate("QtMainWindow", "New from &template"))
    templates.setObjectName("templates_menu")
    for key, (title, _build) in TEMPLATES.items():
        templates.addAction(translate("templates", title), lambda k=key: files.load_template(k))
    examples = file_menu.addMenu(translate("QtMainWindow", "Open &example"))
    for path in resources.matching(EXAMPLES_DIR, "*.json"):
        stem = path.name.removesuffix(".json")
        title = EXAMPLE_TITLES.get(stem, stem.replace("_", " ").capitalize())
        examples.addAction(
            translate("examples", title),
            lambda p=path: resources.with_file(p, lambda file: files.open_path(file, remember=False)),
        )
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu(translate("QtMainWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    tf_links.add_actions(window, file_menu, edit_menu)
    run_menu = bar.addMenu(translate("QtMainWindow", "&Run"))
    for action in (window.play_action, window.step_action, window.reset_action, window.stop_action):
        run_menu.addAction(action)

    view_menu = bar.addMenu(translate("QtMainWindow", "&View"))
    for dock in window.findChildren(QDockWidget):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    view_menu.addAction(translate("QtMainWindow", "Optimizers on a loss surface…"), window.side_windows.show_surface)
    view_menu.addSeparator()
    view_menu.addAction(translate("QtMainWindow", "Show or hide controls…"), lambda: edit_hidden_controls(window))
    window.look.fill(view_menu)
    lessons_menu = bar.addMenu(translate("QtMainWindow", "&Lessons"))
    lessons_menu.setObjectName("lessons_menu")
    window.lessons.fill(lessons_menu)
    window.help.fill(bar.addMenu(translate("QtMainWindow", "&Help")))


def edit_hidden_controls(window) -> None:
    """View → "Show or hide controls…": the checklist, then the experiment's list (one undo step)."""
    dialog = QtControlsDialog(window.state.experiment.hidden, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.state.set_hidden(dialog.hidden())
