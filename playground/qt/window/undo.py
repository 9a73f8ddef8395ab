"""Undo and redo for every edit of the experiment, on Qt's undo stack.

The state reports each edit with the experiment before and after it; a command keeps both and
puts one or the other back with `ExperimentState.apply`, which announces only what differs (so
undoing a learning-rate change does not reset the run). Edits from dragging or stepping one
control share a merge key and undo as one step. Opening another experiment clears the stack.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.core.experiment.config import Experiment
from playground.core.experiment.state import Change, Edit, ExperimentState
from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.qt.i18n import translate

# The edits' names the state and the panels give in English (Edit → Undo <name>).
EDIT_LABELS = (
    QT_TRANSLATE_NOOP("edits", "Change data"),
    QT_TRANSLATE_NOOP("edits", "Change callbacks"),
    QT_TRANSLATE_NOOP("edits", "Change class weights"),
    QT_TRANSLATE_NOOP("edits", "Change learning rate"),
    QT_TRANSLATE_NOOP("edits", "Change schedule"),
    QT_TRANSLATE_NOOP("edits", "Change validation"),
    QT_TRANSLATE_NOOP("edits", "Change optimizer"),
    QT_TRANSLATE_NOOP("edits", "Change momentum"),
    QT_TRANSLATE_NOOP("edits", "Choose input features"),
    QT_TRANSLATE_NOOP("edits", "Regenerate data"),
    QT_TRANSLATE_NOOP("edits", "Show or hide controls"),
)
# "Change <setting>, <setting>": the settings as `ExperimentState.update_training` names them.
SETTING_NAMES = (
    QT_TRANSLATE_NOOP("settings", "loss"),
    QT_TRANSLATE_NOOP("settings", "optimizer"),
    QT_TRANSLATE_NOOP("settings", "batch size"),
    QT_TRANSLATE_NOOP("settings", "epochs"),
    QT_TRANSLATE_NOOP("settings", "metrics"),
    QT_TRANSLATE_NOOP("settings", "class weight"),
    QT_TRANSLATE_NOOP("settings", "schedule"),
    QT_TRANSLATE_NOOP("settings", "callbacks"),
    QT_TRANSLATE_NOOP("settings", "validation"),
)
CHANGE = QT_TRANSLATE_NOOP("edits", "Change {0}")
CHANGE_SETTINGS = QT_TRANSLATE_NOOP("edits", "Change {0} settings")


def edit_text(label: str) -> str:
    """An edit's name in the window's language (a name already translated stays as it is)."""
    if label in EDIT_LABELS:
        return translate("edits", label)
    if label.startswith("Change ") and label.endswith(" settings"):  # an optimizer's own settings
        return translate("edits", CHANGE_SETTINGS).format(label[len("Change ") : -len(" settings")])
    if label.startswith("Change "):
        names = label[len("Change ") :].split(", ")
        if all(name in SETTING_NAMES for name in names):
            return translate("edits", CHANGE).format(", ".join(translate("settings", n) for n in names))
    return label


class _EditCommand(QUndoCommand):
    def __init__(self, undo: QtUndo, edit: Edit, merge_id: int):
        super().__init__(edit_text(edit.label))
        # Weakly: Qt deletes a command merged into another, but its Python side can outlive it,
        # and must not keep the window (and its run) alive with it.
        self._undo = weakref.ref(undo)
        self.before = edit.before
        self.after = edit.after
        self._merge_id = merge_id
        self._done = True  # pushed after the edit was applied: the first redo has nothing to do

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, _EditCommand) or other.id() != self.id():
            return False
        self.after = other.after
        # Dragged back to where it started: nothing left to undo.
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, experiment: Experiment) -> None:
        undo = self._undo()
        if undo is not None:
            undo.apply(experiment)


class QtUndo(QObject):
    """Owns the undo stack of one window's experiment state."""

    def __init__(self, state: ExperimentState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.stack = QUndoStack(self)
        self._merge_ids: dict[str, int] = {}
        state.subscribe_edits(self._on_edit)
        state.subscribe(self._on_state_changed)

    def apply(self, experiment: Experiment) -> None:
        self.state.apply(experiment)

    def _on_edit(self, edit: Edit) -> None:
        # -1 tells Qt "never merge"; a merge key gets a stable positive id.
        merge_id = (
            -1 if edit.merge_key is None else self._merge_ids.setdefault(edit.merge_key, len(self._merge_ids) + 1)
        )
        self.stack.push(_EditCommand(self, edit, merge_id))

    def _on_state_changed(self, change: Change) -> None:
        if change.section == "experiment" and not change.revert:
            self.stack.clear()
