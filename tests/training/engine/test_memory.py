"""Memory: a model the playground is done with is freed, so a window that builds many models (every
Reset, every edit of the network) does not grow without end."""

import gc
import weakref

from playground.core.experiment.config import default_experiment
from playground.training.engine.session import Session


def _gone(ref: weakref.ref) -> bool:
    gc.collect()
    return ref() is None


def test_a_dropped_session_frees_its_model():
    session = Session(default_experiment())
    session.train(2)
    model = weakref.ref(session.model)
    del session
    assert _gone(model), "the session's model outlived the session"


def test_the_training_doctors_probe_does_not_keep_its_model():
    from playground.training.inspection.health import layer_health

    session = Session(default_experiment())
    session.train(2)
    assert layer_health(session.model, session.x_test, session.y_test)  # traced once, kept for the next call
    model = weakref.ref(session.model)
    del session
    assert _gone(model), "the training doctor's probe keeps every model it looked at alive"
