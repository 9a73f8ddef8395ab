"""The exported script's learning-rate schedules are plain Keras: every schedule of the playground gives,
step by step, the rate the app's own training gives, and the model.keras a run of the script saves
loads with `keras.models.load_model` in a Python that cannot import `playground`.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from playground.core.experiment.config import Experiment, default_experiment
from playground.core.files import export_script
from playground.core.recipe import schedule_rates, schedules
from playground.training.tf_setup import import_keras, import_tensorflow
from tests.helpers import describe, no_playground, run

STEPS = 400
STEPS_PER_EPOCH = 10
LR0 = 0.03

# One experiment per schedule (two for the ones whose staircase changes how the script writes them),
# with settings that move the rate well within STEPS steps.
CASES = {
    "StepDecay": {"drop": 0.7, "epochs_drop": 3},
    "ExponentialDecay": {"decay_steps": 20, "decay_rate": 0.9},
    "ExponentialDecay staircase": {"decay_steps": 20, "decay_rate": 0.9, "staircase": True},
    "NaturalExpDecay": {"decay_steps": 3, "decay_rate": 0.05},
    "NaturalExpDecay staircase": {"decay_steps": 7, "decay_rate": 0.02, "staircase": True},
    "InverseTimeDecay": {"decay_steps": 10, "decay_rate": 0.5},
    "PolynomialDecay": {"decay_steps": 150, "end_learning_rate": 1e-4, "power": 2.0, "cycle": True},
    "CosineDecay": {"decay_steps": 200, "alpha": 0.1, "warmup_target": 0.1, "warmup_steps": 50},
    "CosineDecayRestarts": {"first_decay_steps": 40, "t_mul": 2.0, "m_mul": 0.8, "alpha": 0.05},
    "PiecewiseConstantDecay": {"boundaries": [50, 120], "values": [0.05, 0.01, 0.002]},
}

# How far the script's float32 rate may be from the app's, relative. Keras's own classes are the app's
# own: equal. The others differ by float32 rounding only - no more than the app's own float32 rates
# differ from their float64 formula (up to 6.5e-7 for Keras's classes here), see FORMULA:
# - step decay: Python's float64 product rounded once (the script is the nearer to the formula: 4e-8,
#   where the app multiplies in float32: 2.4e-7);
# - natural-exp decay: 0.5^(step / (decay_steps · ln 2 / k)) in the script, e^(−k · step / decay_steps) in
#   the app; with staircase, decay_rate e^−k is itself rounded to float32 and that error grows with
#   the number of stairs p, about p · 1e-8 (5e-7 after the 57 stairs here).
TOLERANCE = {"StepDecay": 2.5e-7, "NaturalExpDecay": 1e-6, "NaturalExpDecay staircase": 1e-6}
FORMULA = 7e-7  # every float32 rate, the app's and the script's, against schedule_rates' float64 formula


def _schedule(case: str) -> dict:
    return {"class_name": case.split()[0], "config": dict(CASES[case])}


def _experiment(case: str) -> Experiment:
    exp = default_experiment()
    exp.data.samples = 40  # tiny: a short run only has to save a model
    exp.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": LR0}}
    exp.training.schedule = _schedule(case)
    return exp


def test_every_schedule_has_a_case():
    assert {c.split()[0] for c in CASES} == set(schedules.SCHEDULES)
    for case in CASES:
        assert schedules.check(_schedule(case)) is None, case


def _load_script(text: str, path: Path):
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"exported_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _script_rates(module, folder: Path) -> np.ndarray:
    """The rate each optimizer step of the exported script uses: its optimizer's schedule, or the
    rate its LearningRateScheduler sets for the step's epoch."""
    keras = import_keras()

    model = module.build_model(module.SEED)
    schedule = module.compile_model(model, STEPS_PER_EPOCH)
    callbacks = module.make_callbacks(folder)
    # Only Keras's own classes: nothing the playground registers.
    assert not isinstance(model.optimizer.learning_rate, keras.optimizers.schedules.LearningRateSchedule)
    if schedule is not None:
        assert type(schedule).__module__.startswith("keras."), type(schedule)
        assert model.optimizer._learning_rate is schedule
        return np.array([keras.ops.convert_to_numpy(schedule(s)) for s in range(STEPS)], np.float32)
    [scheduler] = [c for c in callbacks if isinstance(c, keras.callbacks.LearningRateScheduler)]
    lr = float(keras.ops.convert_to_numpy(model.optimizer.learning_rate))
    return np.array([scheduler.schedule(s // STEPS_PER_EPOCH, lr) for s in range(STEPS)], np.float32)


@pytest.mark.parametrize("case", list(CASES))
def test_the_scripts_rate_per_step_is_the_apps(case, tmp_path):
    # Through tf_setup, as the app imports it: a bare `import tensorflow` first would load it with the
    # oneDNN kernels on, and every later test's model.fit in this process would round differently
    # from the exported scripts it is compared with.
    tf = import_tensorflow()

    from playground.training.recipe.schedules import keras_schedule

    schedule = _schedule(case)
    text = export_script.script(_experiment(case))
    assert "register_keras_serializable" not in text and "(keras.optimizers.schedules.LearningRateSchedule)" not in text
    module = _load_script(text, tmp_path / "run.py")
    ours = _script_rates(module, tmp_path)
    # What the app's engines assign before each step: the schedule at the step, cast to float32.
    app = keras_schedule(schedule, LR0, STEPS_PER_EPOCH)
    theirs = np.array([tf.cast(app(s), tf.float32).numpy() for s in range(STEPS)], np.float32)
    exact = schedule_rates.lr_at(schedule, LR0, np.arange(STEPS), STEPS_PER_EPOCH)
    assert len(np.unique(theirs)) >= 3, case  # the rate does move within the steps compared
    np.testing.assert_allclose(theirs, exact, rtol=FORMULA, atol=0, err_msg=f"{case}: the app vs the formula")
    np.testing.assert_allclose(ours, exact, rtol=FORMULA, atol=0, err_msg=f"{case}: the script vs the formula")
    np.testing.assert_allclose(ours, theirs, rtol=TOLERANCE.get(case, 0.0), atol=0, err_msg=case)


_RUN_SCRIPTS = """
for folder in json.loads(sys.argv[1]):
    sys.argv = ["run.py", "--epochs", "2", "--out", folder]
    runpy.run_path(folder + "/run.py", run_name="__main__")
"""

_LOAD_MODELS = """
import keras
found = {}
for folder in json.loads(sys.argv[1]):
    model = keras.models.load_model(folder + "/model.keras")
    rate = model.optimizer._learning_rate
    found[folder] = [type(rate).__module__, type(rate).__name__, int(model.optimizer.iterations.numpy())]
print("FOUND " + json.dumps(found))
"""


def test_a_run_of_every_scripts_saves_a_model_that_plain_keras_loads(tmp_path):
    root = str(Path(__file__).resolve().parents[3])
    folders = []
    for i, case in enumerate(CASES):
        folder = tmp_path / f"case{i}"
        folder.mkdir()
        (folder / "run.py").write_text(export_script.script(_experiment(case)), encoding="utf-8")
        folders.append(str(folder))
    isolate = no_playground(root)
    for body in (_RUN_SCRIPTS, _LOAD_MODELS):  # two processes: the models load where no script ran
        result = run([sys.executable, "-I", "-c", isolate + body, json.dumps(folders)], cwd=tmp_path)
        assert result.returncode == 0, describe(result)
    found = json.loads(result.stdout.split("FOUND ", 1)[1])
    steps = 2 * schedule_rates.steps_per_epoch(20, 10)  # 40 samples, half of them for training
    for case, folder in zip(CASES, folders, strict=True):
        module, name, iterations = found[folder]
        assert iterations == steps, (case, iterations)
        if case == "StepDecay":  # the LearningRateScheduler left a plain rate: the last epoch's
            assert name == "Variable", (case, module, name)
        else:
            assert module.startswith("keras.") and name == case.split()[0].replace("NaturalExp", "Exponential")
