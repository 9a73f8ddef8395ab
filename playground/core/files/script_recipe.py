"""The exported script's recipe code (sections 3 and 4): the optimizer, the learning-rate schedule,
losses, loss weights and metrics of `compile_model`, and the Keras callbacks of `make_callbacks`,
each with the settings the playground gives it.

Keras's own schedules are called by name; the playground's StepDecay and NaturalExpDecay are
copied from script_schedules.py.txt. `fields` fills the placeholders of "# 3. Compile" and
`make_callbacks`.
"""

from __future__ import annotations

from importlib import resources

from playground.core.experiment.config import Experiment, Output
from playground.core.files.python_text import call, py
from playground.core.files.source_copies import definitions
from playground.core.recipe import callback_specs, schedule_rates, schedules

# The playground's schedules that Keras does not have, as the script defines them.
_OWN_SCHEDULES = definitions(resources.files(__package__).joinpath("script_schedules.py.txt").read_text("utf-8"))


def fields(exp: Experiment) -> dict[str, str]:
    """The placeholders of `compile_model`, the schedule class it may need, and `make_callbacks`."""
    t = exp.training
    opt = t.optimizer
    config = {k: v for k, v in opt.get("config", {}).items() if k != "learning_rate"}
    rate = "schedule" if t.schedule else "learning_rate"
    name = t.schedule["class_name"] if t.schedule else None
    return {
        "schedule_class": _OWN_SCHEDULES.get(name, "") if name else "",
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
    if name == "StepDecay":
        return [
            comment,
            "    schedule = StepDecay(learning_rate, steps_per_epoch=steps_per_epoch, "
            + ", ".join(f"{k}={py(v)}" for k, v in config.items())
            + ")",
        ]
    if name == "NaturalExpDecay":
        return [
            comment,
            "    schedule = NaturalExpDecay(learning_rate, "
            + ", ".join(f"{k}={py(v)}" for k, v in config.items())
            + ")",
        ]
    return [
        comment,
        "    schedule = " + call("keras.optimizers.schedules", name, config, 4, "initial_learning_rate=learning_rate"),
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
    if not t.callbacks:
        return ["    return []  # the experiment uses none"]
    lines = ["    return ["]
    for entry in t.callbacks:
        name = entry["class_name"]
        config = callback_specs.get(t.callbacks, name) or {}
        first = ""
        if name == "ModelCheckpoint":  # relative (checked), so inside the output folder
            first = f"filepath=str(out / {py(str(config.pop('filepath', 'best.keras')))})"
        lines.append(f"        {call('keras.callbacks', name, config, 8, first)},")
    lines.append("    ]")
    return lines
