"""The worker's drawing commands and the GUI-thread side that feeds them: the newest drawing is the
one answered (stale ones are dropped on both sides), the answer is the model's, a model that does
not take pictures says so, and a nudge starts from the test sample looked at when asked to."""

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from playground.core.experiment.config import default_experiment
from playground.core.teaching.templates import TEMPLATES
from playground.qt.training.drawing import QtDrawing
from playground.qt.training.run_states import READY
from playground.qt.training.worker import QtTrainingWorker
from playground.training.engine.session import Session


@pytest.fixture(scope="module")
def lenet():
    session = Session(TEMPLATES["lenet"][1](), weight_seed=2)
    session.warm_up()
    session.train(2)
    return session


def _worker(session):
    worker = QtTrainingWorker()
    worker._session, worker._token = session, 7
    answers = []
    worker.sigHandsOn.connect(answers.append)  # the same thread: delivered at once
    return worker, answers


def test_of_several_queued_drawings_only_the_newest_is_answered(lenet):
    worker, answers = _worker(lenet)
    drawings = [np.full((8, 8, 1), k / 4, np.float32) for k in range(1, 4)]
    worker.post_drawing(6, 1, drawings[0])  # an older run's: not answered
    for number, pixels in enumerate(drawings, start=2):
        worker.post_drawing(7, number, pixels)
    assert worker._handle_commands()  # the four queued drawings, in one go
    assert [(token, kind) for token, kind, _ in answers] == [(7, "drawn")]
    answer = answers[0][2]
    assert answer["number"] == 4 and np.array_equal(answer["image"], drawings[2])
    expected = lenet.model.predict(drawings[2][None], verbose=0)[0]
    assert np.allclose(answer["probabilities"], expected, atol=1e-5)
    assert answer["epoch"] == 2 and answer["cam"].shape == (8, 8)


def test_a_nudge_of_the_test_sample_starts_from_it(lenet):
    worker, answers = _worker(lenet)
    worker.post("nudge", 7, None, 5, 2)
    worker._handle_commands()
    ((token, kind, nudge),) = answers
    assert (token, kind, nudge["target"]) == (7, "nudged", 2)
    assert np.allclose(nudge["images"][0], lenet.x_test[5], atol=1e-6)  # unscaled digits: as they are
    assert nudge["probabilities"][-1][2] > nudge["probabilities"][0][2]
    assert nudge["class_names"] == tuple("0123456789")


def test_a_drawing_of_another_size_is_skipped_not_answered_wrongly(lenet):
    worker, answers = _worker(lenet)
    worker.post_drawing(7, 1, np.zeros((28, 28, 1), np.float32))  # drawn for the model before
    worker._handle_commands()
    assert answers == [(7, "drawing_skipped", 1)]


def test_a_model_that_does_not_take_pictures_says_so():
    session = Session(default_experiment())
    worker, answers = _worker(session)
    worker.post_drawing(7, 1, np.zeros((8, 8, 1), np.float32))
    worker._handle_commands()
    assert answers == [
        (7, "drawing_refused", "The drawing pad is for models that sort pictures into classes (digits, shapes…).")
    ]


class _Controller(QObject):
    sigViews = Signal(object)

    def __init__(self):
        super().__init__()
        self.run_state, self.token, self.probe = READY, 3, (4, 0)


class _Worker(QObject):
    sigHandsOn = Signal(object)

    def __init__(self):
        super().__init__()
        self.sent = []

    def post_drawing(self, token, number, pixels, cam_class=-1, unit=None):
        self.sent.append((token, number, pixels, cam_class, unit))

    def post(self, *args):
        self.sent.append(args)


class _Tab(QObject):
    sigAsk = Signal(object)
    sigNudge = Signal(object)

    def __init__(self):
        super().__init__()
        self.answers, self.nudges, self.said = [], [], []
        self.show_answer, self.show_nudge, self.explain = self.answers.append, self.nudges.append, self.said.append

    def isVisible(self):  # noqa: N802 (Qt's name)
        return False


def test_while_one_drawing_is_with_the_worker_only_the_newest_waits(qtbot):
    controller, worker, tab = _Controller(), _Worker(), _Tab()
    drawing = QtDrawing(controller, worker)
    drawing.attach(tab)
    for k in range(5):
        tab.sigAsk.emit((np.full((8, 8, 1), k, np.float32), -1, None))
    assert len(worker.sent) == 1 and worker.sent[0][1] == 1 and worker.sent[0][2][0, 0, 0] == 0
    worker.sigHandsOn.emit((3, "weight_edited", {}))  # another command's answer: not this one's
    assert len(worker.sent) == 1
    worker.sigHandsOn.emit((3, "drawn", {"number": 1}))
    assert tab.answers == [{"number": 1}]
    assert len(worker.sent) == 2 and worker.sent[1][1] == 2 and worker.sent[1][2][0, 0, 0] == 4  # the newest
    worker.sigHandsOn.emit((3, "drawn", {"number": 2}))
    assert len(worker.sent) == 2  # nothing waits
    tab.sigNudge.emit((None, 6))
    assert worker.sent[-1] == ("nudge", 3, None, 4, 6)  # the test sample the views look at
    worker.sigHandsOn.emit((2, "drawn", {"number": 9}))  # an older run's answer is not shown
    assert len(tab.answers) == 2
