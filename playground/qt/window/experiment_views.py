"""What follows an edit of the experiment in the main window: the question before an edit that would
restart the model being trained, then the neuron picture (TensorFlow Playground's, for Dense
networks on the plane), the curves' plan (learning-rate schedule, EarlyStopping), the title and the
hidden controls. The panels follow the state themselves; these are the window's own views.

Its strings belong to the main window's translation context ("QtMainWindow"), where they were
first written: the translations keep matching."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from playground.core.data import datasets
from playground.core.experiment.config import Experiment
from playground.core.experiment.state import Change, needs_new_run
from playground.core.network.layer_graph import dense_picture_ok
from playground.core.recipe import callback_specs, schedule_rates
from playground.qt.i18n import translate
from playground.qt.training import training_controller as tc
from playground.qt.window import hidden_controls

GRID = 50  # points a side of the grid the inputs' pictures are drawn on


class QtExperimentViews:
    """Args: the main window, with its state, controller, network tabs, neuron picture, output view
    and curves. Becomes the state's `confirm` hook and one of its subscribers."""

    def __init__(self, window) -> None:
        self.window = window
        window.state.confirm = self.confirm_edit
        window.state.subscribe(self._on_state_changed)

    def confirm_edit(self, before: Experiment, after: Experiment) -> bool:
        """An edit that needs a new run, made while training, asks first (and can be undone)."""
        controller = self.window.controller
        if controller.run_state != tc.RUNNING or not needs_new_run(before, after):
            return True
        epoch = len(controller.history)
        if controller.weights.resizing:  # + / − on the picture: the weights that remain stay
            text = translate(
                "QtMainWindow",
                "This change needs a new run: the model being trained (epoch {0}) is built again with "
                "this layer changed, keeping every weight that remains. Make the change?",
            )
        else:
            text = translate(
                "QtMainWindow",
                "This change needs a new run: the model being trained (epoch {0}) starts again "
                "from new weights. Make the change?",
            )
        answer = QMessageBox.question(
            self.window,
            translate("QtMainWindow", "Start a new run?"),
            text.format(epoch),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_state_changed(self, change: Change) -> None:
        if change.revert:
            return
        if change.reshapes_network:
            self.show_network()
        if change.section in ("training", "data", "experiment"):
            self.show_training_plan()
        if change.section == "experiment":
            self.window.update_title()
        hidden_controls.apply(self.window, self.window.state.experiment.hidden)

    def show_training_plan(self) -> None:
        """The curves' plan: the schedule's rate over the planned epochs, and the EarlyStopping the
        would-stop line should not second-guess."""
        state, loss_plot = self.window.state, self.window.loss_plot
        exp = state.experiment
        t = exp.training
        loss_plot.set_early_stopping(callback_specs.get(t.callbacks, "EarlyStopping"))
        if state.error is None:
            spe = schedule_rates.steps_per_epoch(exp.n_train, t.batch_size)
            x, lr = schedule_rates.preview(t.schedule, t.learning_rate, spe, t.epochs)
            loss_plot.set_lr_preview(x, lr, planned=t.schedule is not None)

    def show_network(self) -> None:
        """The neuron picture for a Dense network on 2-D data (its inputs drawn over the plane), and
        the output view's kind of output; any other model is shown by its graph."""
        w = self.window
        exp = w.state.experiment
        layers = exp.model.layers
        drawable = exp.plane and dense_picture_ok(layers)
        tabs = w.network_tabs
        tabs.setTabEnabled(0, drawable)
        tabs.setTabToolTip(
            0, "" if drawable else translate("QtMainWindow", "The neuron picture shows Dense networks on 2-D data")
        )
        if not drawable:
            tabs.setCurrentIndex(1)
            return
        dense = [layer for layer in layers if layer["class_name"] == "Dense"]
        names = exp.data.features
        feature_grids = datasets.features(datasets.grid(GRID), names).T.reshape(len(names), GRID, GRID)
        # Inputs are drawn on the same colour scale as neurons: scale each feature to [-1, 1].
        scale = abs(feature_grids).reshape(len(names), GRID * GRID).max(axis=1, initial=0).clip(min=1e-6)
        w.network_view.set_network(
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
        w.boundary_view.set_output_kind(kind)
