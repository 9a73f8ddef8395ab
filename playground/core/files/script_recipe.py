"""The exported script's recipe code (sections 3 and 4): the optimizer, the learning-rate schedule,
losses, loss weights and metrics of `compile_model`, and the Keras callbacks of `make_callbacks`,
each with the settings the playground gives it.

Everything is plain Keras, so the script and its model.keras load where the playground is not
installed: Keras's own schedules are called by name; natural-exponential decay is Keras's
`ExponentialDecay`, and the book's step decay a `LearningRateScheduler` callback with the
`step_decay` function copied from script_schedules.py.txt. `fields` fills the placeholders of
"# 3. Compile" and `make_callbacks`.
"""

from __future__ import annotations

import math
from importlib import resources

from playground.core.experiment.config import Experiment, Output
from playground.core.files import script_wrap
from playground.core.files.python_text import call, py
from playground.core.files.source_copies import definitions
from playground.core.recipe import callback_specs, schedule_rates, schedules

# The playground's schedule that Keras has no class for, as the script defines it.
_OWN_SCHEDULES = definitions(resources.files(__package__).joinpath("script_schedules.py.txt").read_text("utf-8"))
_CALLBACK_SCHEDULES = {"StepDecay": "step_decay"}  # set once an epoch by Keras's LearningRateScheduler


def fields(exp: Experiment) -> dict[str, str]:
    """The placeholders of `compile_model`, the schedule class it may need, and `make_callbacks`."""
    t = exp.training
    opt = t.optimizer
    config = {k: v for k, v in opt.get("config", {}).items() if k != "learning_rate"}
    name = t.schedule["class_name"] if t.schedule else None
    rate = "schedule" if t.schedule and name not in _CALLBACK_SCHEDULES else "learning_rate"
    return {
        "schedule_class": _OWN_SCHEDULES[_CALLBACK_SCHEDULES[name]] if name in _CALLBACK_SCHEDULES else "",
        "learning_rate": py(float(t.learning_rate)),
        "schedule_lines": "\n".join(
            _schedule_lines(exp) if t.schedule else ["    schedule = None  # a constant learning rate"]
        ),
        "optimizer": call("keras.optimizers", opt["class_name"], config, 4, f"learning_rate={rate}"),
        "compile_arguments": "\n".join(_compile_arguments(exp)),
        "make_callbacks_body": "\n".join(_callbacks(exp)),
    }


def _schedule_lines(exp: Experiment) -> list[str]:
    t = exp.training
    name = t.schedule["class_name"]
    config = schedules.with_defaults(t.schedule)["config"]
    comment = f"    # {schedule_rates.describe(t.schedule, t.learning_rate)}"
    if name == "PiecewiseConstantDecay":
        args = {
            "boundaries": [int(b) for b in config["boundaries"]],
            "values": [float(v) for v in config["values"]],
        }
        return [comment, f"    schedule = {call('keras.optimizers.schedules', name, args, 4)}"]
    if name in _CALLBACK_SCHEDULES:
        return [comment, "    schedule = None  # set before each epoch by make_callbacks' LearningRateScheduler"]
    if name == "NaturalExpDecay":
        return [comment, *_natural_exp_lines(config)]
    return [
        comment,
        "    schedule = " + call("keras.optimizers.schedules", name, config, 4, "initial_learning_rate=learning_rate"),
    ]


def _natural_exp_lines(config: dict) -> list[str]:
    """TF1's natural_exp_decay, lr₀ · e^(−k · p), as Keras's ExponentialDecay.

    decay_rate e^−k would be rounded to float32 and its error raised to the power p (1e-5 of the rate
    after a few hundred steps); without staircase the same rate is 0.5^(p · k / ln 2), whose base 0.5
    is exact, so the script's rates differ from the playground's by float32 rounding alone. With
    staircase p must stay ⌊step / decay_steps⌋, so e^−k it is.
    """
    k, steps = float(config["decay_rate"]), int(config["decay_steps"])
    if config["staircase"] or k == 0.0:
        args = {"decay_steps": steps, "decay_rate": math.exp(-k), "staircase": bool(config["staircase"])}
        why = f"    # e^−{k:g} per {steps} step(s)"
    else:
        args = {"decay_steps": steps * math.log(2.0) / k, "decay_rate": 0.5}
        per = f"{args['decay_steps']:.6g}"
        why = f"    # e^−{k:g} per {steps} step(s), written as 0.5 per {per}: float32 holds 0.5 exactly"
    return [
        why,
        "    schedule = "
        + call("keras.optimizers.schedules", "ExponentialDecay", args, 4, "initial_learning_rate=learning_rate"),
    ]


def _compile_arguments(exp: Experiment) -> list[str]:
    """`model.compile`'s loss(es), loss weights and metrics, one argument a line."""
    outputs = exp.outputs
    if len(outputs) > 1:
        losses = py([o.loss for o in outputs])
        weights = py([float(o.loss_weight) for o in outputs])
        metrics = "".join(f"            {_metrics(exp, o)},  # {o.name}\n" for o in outputs)
        return [
            f"        loss={losses},  # one per output: {', '.join(o.name for o in outputs)}",
            f"        loss_weights={weights},  # the total loss is their weighted sum",
            f"        metrics=[\n{metrics}        ],",
        ]
    return [f"        loss={py(exp.training.loss)},", f"        metrics={_metrics(exp, outputs[0])},"]


def _metrics(exp: Experiment, out: Output) -> str:
    threshold = 0.5 if exp.model.layers[out.index]["config"].get("activation", "linear") == "sigmoid" else 0.0
    made = []
    for m in out.metrics:
        if m == "accuracy":
            if out.problem == "multiclass":
                cls = "CategoricalAccuracy" if out.one_hot else "SparseCategoricalAccuracy"
                made.append(f'keras.metrics.{cls}(name="accuracy")')
            else:
                made.append(f'keras.metrics.BinaryAccuracy(name="accuracy", threshold={threshold})')
        elif m == "mae":
            made.append('keras.metrics.MeanAbsoluteError(name="mae")')
        else:
            made.append('keras.metrics.MeanSquaredError(name="mse")')
    return "[" + ", ".join(made) + "]"


def _callbacks(exp: Experiment) -> list[str]:
    """The body of `make_callbacks`: the experiment's callbacks, files written into `out`."""
    t = exp.training
    name = t.schedule["class_name"] if t.schedule else None
    scheduler = []
    if name in _CALLBACK_SCHEDULES:
        config = schedules.with_defaults(t.schedule)["config"]
        args = ", ".join([py(float(t.learning_rate)), *(f"{k}={py(v)}" for k, v in config.items())])
        scheduler = [f"        keras.callbacks.LearningRateScheduler({_CALLBACK_SCHEDULES[name]}({args})),"]
    if not t.callbacks and not scheduler:
        return ["    return []  # the experiment uses none"]
    lines = ["    return [", *scheduler]
    for entry in t.callbacks:
        name = entry["class_name"]
        config = callback_specs.get(t.callbacks, name) or {}
        first, last = "", ""
        if name == "ModelCheckpoint":  # relative (checked), so inside the output folder
            first = f"filepath=str(out / {py(str(config.pop('filepath', 'best.keras')))})"
            if script_wrap.wraps(exp):  # the checkpoint, like model.keras, takes the raw samples
                last = "out=out, preparation=preparation"
        made = call("keras.callbacks", name, config, 8, first, last)
        if last:
            made = made.replace("keras.callbacks.ModelCheckpoint(", "RawInputCheckpoint(", 1)
        lines.append(f"        {made},")
    lines.append("    ]")
    return lines
