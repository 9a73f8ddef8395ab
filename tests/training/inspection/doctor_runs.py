"""A short real training as the window runs it, and what the doctor makes of it: shared by the
doctor's tests on real runs."""

import numpy as np

from playground.core.experiment.config import Experiment
from playground.core.teaching.doctor import diagnose
from playground.training.engine.session import Session
from playground.training.inspection.health import layer_health


def sgd(lr: float) -> dict:
    return {"class_name": "SGD", "config": {"learning_rate": lr}}


def train_and_diagnose(exp: Experiment, epochs: int = 300):
    """Trains like the window does (chunks, stopping at a NaN loss); returns the session, the
    findings on the recorded history and the layers' health at the end."""
    session = Session(exp)
    session.warm_up()
    while session.epoch < epochs:
        rows = session.train(min(256, epochs - session.epoch))
        if not rows or not np.isfinite(rows[-1]["loss"]):
            break
    layers = layer_health(session.model, session.x_test, session.y_test)
    optimizer = exp.training.optimizer["class_name"]
    found = diagnose(session.history.rows, exp.problem, len(exp.classes), exp.training.learning_rate, layers, optimizer)
    return session, found, layers
