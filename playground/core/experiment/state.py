"""The one observable experiment that the window edits.

Widgets never hold the truth: they call the edit methods below and listen with `subscribe`. Each
change says which section and keys moved, so the training controller can decide what to do with
it (a new learning rate applies at once; a new network or new data resets the run). Every edit
is also reported, with the experiment before and after it, to `subscribe_edits` listeners: the
window's undo stack is one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from playground.core.data import preprocessing
from playground.core.data.data_config import AUTOENCODER_DATASETS, FILE, DataConfig
from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment, output_activation
from playground.core.network import layer_edits, transfer
from playground.core.network.layer_specs import new_layer
from playground.core.recipe.training_config import LOSSES_FOR, TrainingConfig, default_loss, default_metrics


@dataclass(frozen=True)
class Change:
    # "data", "model", "training", "hidden" (controls shown; with keys ("silenced",): the units held
    # at zero — view settings both, nothing trains anew) or "experiment" (everything replaced)
    section: str
    keys: tuple[str, ...] = ()
    revert: bool = False  # nothing changed: an edit was declined, views show the state again
    rebuild: bool = False  # the same model, to be built again: files it loads (weights) arrived

    @property
    def reshapes_network(self) -> bool:
        """The model, or the shape of what goes into it or comes out of it, may have changed."""
        data_shape = self.section == "data" and bool(
            {"name", "features", "target", "source", "encoding"} & set(self.keys)
        )
        return self.section in ("model", "experiment") or data_shape


@dataclass(frozen=True)
class Edit:
    """One user edit: what it was called and the experiment on either side of it.

    `merge_key` is set for edits made by dragging or stepping a control: consecutive edits with
    the same key are one step to undo."""

    label: str
    before: Experiment
    after: Experiment
    merge_key: str | None = None


Listener = Callable[[Change], None]
EditListener = Callable[[Edit], None]


class ExperimentState:
    def __init__(self, experiment: Experiment):
        self._exp = experiment
        self._listeners: list[Listener] = []
        self._edit_listeners: list[EditListener] = []
        # Asked before an edit is applied, with the experiment before and after it; returning
        # False drops the edit (the window asks before an edit would end a run in progress).
        self.confirm: Callable[[Experiment, Experiment], bool] | None = None
        self.error: ExperimentError | None = None
        self._check()

    @property
    def experiment(self) -> Experiment:
        """The current experiment. Treat it as read-only: edit through the methods below."""
        return self._exp

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def subscribe_edits(self, listener: EditListener) -> None:
        self._edit_listeners.append(listener)

    # -- not edits: a whole new experiment, or going back to an earlier one ---------------------

    def replace(self, experiment: Experiment) -> None:
        """A different experiment (an opened file); not an edit, so it cannot be undone."""
        self._exp = experiment
        self._notify(Change("experiment"))

    def apply(self, experiment: Experiment) -> None:
        """Makes `experiment` current, announcing only the sections and keys that differ — so
        undoing a learning-rate change does not reset the run. Not reported as an edit."""
        old, new = self._exp, experiment.copy()
        self._exp = new
        if old.model != new.model:
            self._notify(Change("model"))
        training_keys = _differing(old.training, new.training, TrainingConfig)
        if training_keys:
            self._notify(Change("training", training_keys))
        data_keys = _differing(old.data, new.data, DataConfig) + (("seed",) if old.seed != new.seed else ())
        if data_keys:
            self._notify(Change("data", data_keys))
        if old.hidden != new.hidden:
            self._notify(Change("hidden"))
        if old.silenced != new.silenced:
            self._notify(Change("hidden", ("silenced",)))

    def reload_data(self) -> None:
        """The data must be read again though the experiment is the same: its file arrived (a
        Keras set downloaded). Not an edit."""
        self._notify(Change("data", ("source",)))

    def rebuild(self) -> None:
        """The model must be built again though the experiment is the same: the files it loads
        arrived (a Pretrained layer's weights). Not an edit."""
        self._notify(Change("model", rebuild=True))

    # -- edits: each builds the new experiment on a copy, then commits it -------------------------

    def update_data(self, label: str = "Change data", merge_key: str | None = None, **values) -> None:
        new = self._exp.copy()
        _assign(new.data, values)
        old = self._exp
        _fit_data_choices(new, old)
        follow_problem(new, old)
        layers = new.model.layers
        if len(new.input_shape) > len(old.input_shape) and layers and layers[0].get("class_name") == "Dense":
            # A Dense stack meeting images: Flatten first, as every Keras course does.
            new.model.layers = layer_edits.insert(layers, 0, new_layer("Flatten"))
        self._commit(label, new, merge_key)

    def set_layers(self, layers: list[dict], label: str = "Edit network", merge_key: str | None = None) -> None:
        new = self._exp.copy()
        new.model.layers = [{**layer, "config": dict(layer.get("config", {}))} for layer in layers]
        self._commit(label, new, merge_key)

    def update_training(self, label: str | None = None, merge_key: str | None = None, **values) -> None:
        new = self._exp.copy()
        _assign(new.training, values)
        if "loss" in values:
            _fit_output_layer(new)
        self._commit(label or "Change " + ", ".join(k.replace("_", " ") for k in values), new, merge_key)

    def set_learning_rate(self, lr: float) -> None:
        opt = dict(self._exp.training.optimizer)
        opt["config"] = {**opt.get("config", {}), "learning_rate": float(lr)}
        self.update_training(label="Change learning rate", optimizer=opt)

    def set_hidden(self, names: list[str]) -> None:
        """The controls this experiment hides in the window (an edit: saved, undoable)."""
        new = self._exp.copy()
        new.hidden = list(names)
        self._commit("Show or hide controls", new, None)

    def set_silenced(self, silenced: dict[str, list[int]], label: str = "Silence units") -> None:
        """The units held at zero in the live model, {layer name: [units]} (an edit: saved,
        undoable; the weights stay as trained)."""
        new = self._exp.copy()
        new.silenced = {name: sorted(set(units)) for name, units in silenced.items() if units}
        self._commit(label, new, None)

    def load(self, experiment: Experiment, label: str) -> None:
        """A whole new experiment (a template) as one edit, so it can be undone."""
        self._commit(label, experiment.copy(), None)

    def regenerate(self) -> None:
        """New random data (and new initial weights): the seed moves on."""
        new = self._exp.copy()
        new.seed += 1
        self._commit("Regenerate data", new, None)

    def _commit(self, label: str, new: Experiment, merge_key: str | None) -> None:
        if new == self._exp:
            return
        if self.confirm is not None and not self.confirm(self._exp, new):
            # Declined: widgets that already show the new value go back to the current one.
            self._notify(Change("experiment", revert=True))
            return
        before = self._exp
        self.apply(new)
        edit = Edit(label, before, self._exp.copy(), merge_key)
        for listener in list(self._edit_listeners):
            listener(edit)

    # -- internals ------------------------------------------------------------------------------

    def _check(self) -> None:
        try:
            validate(self._exp)
            self.error = None
        except ExperimentError as exc:
            self.error = exc

    def _notify(self, change: Change) -> None:
        self._check()
        for listener in list(self._listeners):
            listener(change)


def _assign(section, values: dict) -> None:
    for key, value in values.items():
        if not hasattr(section, key):
            raise AttributeError(f"{type(section).__name__} has no field {key!r}")
        setattr(section, key, value)


def _fit_data_choices(new: Experiment, old: Experiment) -> None:
    """Choices that belong to the data before: an imported file's description, a scaling or text
    encoding the new data cannot take, class weights for data without classes."""
    data = new.data
    if data.name != old.data.name:
        if data.name != FILE:
            data.source = {}
        if preprocessing.scaling_problem(data.scaling, new.input_shape, new.text, new.plane):
            data.scaling = "auto"
        if not new.text:
            data.encoding = "sequence"
        if data.name not in AUTOENCODER_DATASETS:  # the panel hides the target choice for these
            data.target = "labels"
    if new.problem not in ("classification", "multiclass"):
        new.training.class_weight = "none"


def follow_problem(new: Experiment, old: Experiment) -> None:
    """The loss, metrics and last layer follow new data's problem and classes (a drawing that
    gains a class: one more output unit)."""
    if new.problem != old.problem or new.training.loss not in LOSSES_FOR[new.problem]:
        new.training.loss = default_loss(new.problem)
        new.training.metrics = default_metrics(new.problem)
    if new.problem != old.problem or new.target_shape != old.target_shape:
        _fit_output_layer(new)


def _fit_output_layer(exp: Experiment) -> None:
    """A last Dense layer follows the data: one unit per class (or one target) and the activation
    the loss needs. Other last layers (an autoencoder's Reshape) are left to the user."""
    layers = exp.model.layers
    if layers and layers[-1].get("class_name") == "Dense" and len(exp.target_shape) == 1:
        activation = output_activation(exp.problem, exp.training.loss)
        cfg = {**layers[-1]["config"], "units": exp.target_shape[0], "activation": activation}
        layers[-1] = {**layers[-1], "config": cfg}


def needs_new_run(before: Experiment, after: Experiment) -> bool:
    """Whether going from `before` to `after` must start a new run. The optimizer and its
    settings, the learning-rate schedule, the callbacks, the epoch limit and how many layers of a
    Pretrained base train (fine-tuning, the book's second step) can change under a running model;
    the curves mark where."""
    if before.seed != after.seed or before.data != after.data:
        return True
    if before.model != after.model and not transfer.only_fine_tune_differs(before.model.layers, after.model.layers):
        return True
    keys = set(_differing(before.training, after.training, TrainingConfig))
    return bool(keys - KEEP_RUN_KEYS)


# Training settings a run survives: applied live, or (validation: how K-fold splits) not used by it.
KEEP_RUN_KEYS = {"optimizer", "epochs", "schedule", "callbacks", "validation"}


def _differing(old, new, cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if getattr(old, f.name) != getattr(new, f.name))
