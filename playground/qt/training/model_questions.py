"""What the window asks the model being trained, each answered later by a signal: its summary, a
saved copy, the learning-rate range test, what excites a filter, which sample the "Inside the
network" views probe; and the training doctor's findings, which the worker sends unasked.

Apart from `QtTrainingController`, which drives the run: asking leaves the run as it is. The
answers arrive queued at this GUI-thread object's slots (never lambdas, which would run in the
worker's thread) and are passed on through the controller's signals, the window's one interface
to training, when they belong to the current run.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from playground.qt.i18n import translate
from playground.qt.training.run_states import BUILDING, BUILT, INVALID, LOADING_TF


class QtModelQuestions(QObject):
    def __init__(self, controller, worker) -> None:
        """`controller`: the QtTrainingController whose model is asked (its parent: this object
        lives in the GUI thread too); `worker`: its QtTrainingWorker, which answers."""
        super().__init__(controller)
        self._control = controller
        self._worker = worker
        self.probe = (0, 0)  # (test sample, Grad-CAM class) the "Inside the network" views show
        worker.sigSummary.connect(self._on_summary)
        worker.sigKerasSaved.connect(self._on_keras_saved)
        worker.sigRangeTest.connect(self._on_range_test)
        worker.sigPatterns.connect(self._on_patterns)
        worker.sigHealth.connect(self._on_health)

    def request_summary(self) -> bool:
        """Asks the worker for the current model's `summary()`; it arrives as sigSummary.
        False when there is no built model to describe yet."""
        if self._control.run_state not in BUILT:
            return False
        self._worker.post("summary", self._control.token)
        return True

    def save_keras(self, path: str, what: str = "model") -> bool:
        """Asks the worker to write the model being trained, with its current weights: `what` is
        "model" (a .keras file, or Keras's legacy .h5 when the path ends so), "weights" (a
        .weights.h5 file) or "tensorboard" (the run's TensorBoard logs into the folder `path`).
        The result arrives as sigKerasSaved. False when no model is built yet."""
        if self._control.run_state not in BUILT:
            return False
        self._worker.post("save_keras", self._control.token, path, what)
        return True

    def request_range_test(self) -> bool:
        """Asks for the learning-rate range test (answered by sigRangeTest); False before a model is built."""
        if self._control.run_state not in BUILT:
            return False
        self._worker.post("range_test", self._control.token)
        self._control.sigMessage.emit(
            translate("QtTrainingController", "Learning-rate range test: trying rates from 0.00001 to 10…")
        )
        return True

    def request_patterns(self, layer_name: str) -> None:
        """Asks the worker for what excites each filter of `layer_name` (answered by sigPatterns)."""
        if self._control.run_state not in (LOADING_TF, BUILDING, INVALID):
            self._worker.post("patterns", self._control.token, layer_name)

    def set_probe(self, index: int, cam_class: int) -> None:
        """Which test sample, and which class for Grad-CAM, the "Inside the network" views show."""
        self.probe = (int(index), int(cam_class))
        self._worker.post("set_probe", self._control.token, *self.probe)

    def post_probe(self) -> None:
        """Tells a model just loaded which sample the views probe, when it is not the first."""
        if self.probe != (0, 0):
            self._worker.post("set_probe", self._control.token, *self.probe)

    # -- the worker's answers (queued to this GUI-thread object) --------------------------------

    @Slot(object)
    def _on_summary(self, payload) -> None:
        token, text = payload
        if token == self._control.token:
            self._control.sigSummary.emit(text)

    @Slot(object)
    def _on_keras_saved(self, payload) -> None:
        token, path, error = payload
        if token == self._control.token:
            self._control.sigKerasSaved.emit(path, error)

    @Slot(object)
    def _on_range_test(self, payload) -> None:
        token, result = payload
        if token != self._control.token:
            return
        if isinstance(result, str):
            self._control.sigMessage.emit(
                translate("QtTrainingController", "The range test could not suggest a rate: {0}").format(result)
            )
        else:
            self._control.sigMessage.emit(self._control.message)
            self._control.sigRangeTest.emit(result)

    @Slot(object)
    def _on_patterns(self, payload) -> None:
        token, name, images, epoch = payload
        if token != self._control.token:
            return
        if isinstance(images, str):
            self._control.sigMessage.emit(images)
        else:
            self._control.sigPatterns.emit(name, images, epoch)

    @Slot(object)
    def _on_health(self, payload) -> None:
        token, findings = payload
        if token == self._control.token:
            self._control.sigHealth.emit(findings)
