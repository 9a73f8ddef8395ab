"""Controls an experiment hides (`Experiment.hidden`): which widgets each name stands for, hiding
them, and the View → "Show or hide controls…" checklist that edits the list."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from playground.core.experiment.config import HIDABLE
from playground.qt.i18n import translate


def widgets(window) -> dict[str, list[QWidget]]:
    """Each hidable control's widgets in `window`, with their captions."""
    d, t = window.data_panel, window.training_panel

    def captioned(*controls: QWidget) -> list[QWidget]:
        out = []
        for control in controls:
            out.append(control)
            caption = t.captions.get(control)
            for form in d.findChildren(QFormLayout):
                label = form.labelForField(control) or form.labelForField(control.parentWidget())
                if label is not None:
                    caption = label
            if caption is not None:
                out.append(caption)
        return out

    return {
        "datasets": [*d.dataset_buttons.buttons(), d.import_button, d.keras_sets],
        "ratio": captioned(d.ratio.parentWidget()),
        "noise": captioned(d.noise.parentWidget()),
        "samples": captioned(d.samples),
        "regenerate": [d.regenerate],
        "preprocessing": [d.prep_box],
        "features": [d.features_box],
        "loss": captioned(t.loss),
        "optimizer": captioned(t.optimizer, t.momentum) + [t.nesterov, t.more],
        "learning_rate": captioned(t.learning_rate) + [t.range_test],
        "schedule": captioned(t.schedule),
        "batch_size": captioned(t.batch_size),
        "epochs": captioned(t.epochs),
        "callbacks": captioned(t.callbacks),
        "layers": [window.network_editor],
        "lab": [window.runs_view, window.lab_view, window.doctor_view],
    }


def apply(window, hidden: list[str]) -> None:
    """Hides the `hidden` controls; the others keep what their panel decided (shown or not)."""
    for name, items in widgets(window).items():
        for widget in items:
            if name in hidden:
                widget.setProperty("hidden_by_experiment", True)
                widget.hide()
            elif widget.property("hidden_by_experiment"):
                widget.setProperty("hidden_by_experiment", False)
                widget.show()
    for action in (window.speed_label_action, window.speed_action):  # toolbar widgets hide by their action
        action.setVisible("speed" not in hidden)
    tabs = window.bottom_tabs
    for view in (window.network_editor, window.runs_view, window.lab_view, window.doctor_view):
        name = "layers" if view is window.network_editor else "lab"
        tabs.setTabVisible(tab_of(tabs, view), name not in hidden)


def tab_of(tabs, widget) -> int:
    """The index of the page of `tabs` that holds `widget` (the page itself or, scrolled, inside it)."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            return index
    return -1


class QtControlsDialog(QDialog):
    """A checkbox per control: ticked ones show."""

    def __init__(self, hidden: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Show or hide controls"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Untick what this experiment should not show: a lesson shows only what matters. "
                "The choice is saved in the experiment file."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.boxes: dict[str, QCheckBox] = {}
        for name, label in HIDABLE.items():
            box = QCheckBox(translate("controls", label))
            box.setChecked(name not in hidden)
            layout.addWidget(box)
            self.boxes[name] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def hidden(self) -> list[str]:
        return [name for name, box in self.boxes.items() if not box.isChecked()]
