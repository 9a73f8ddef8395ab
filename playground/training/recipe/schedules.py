"""Builds the Keras learning-rate schedule an experiment asks for (see `playground.core.recipe.schedules`).

Keras's own classes where they exist; `StepDecay` and `NaturalExpDecay` are the playground's,
registered as `playground>StepDecay` and `playground>NaturalExpDecay` so a saved model that uses
them loads again (call `custom_objects()` or build any schedule first: that registers them).
Keras is imported on first use only, so importing this module stays cheap.
"""

from __future__ import annotations

import functools

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.recipe import schedules
from playground.training.tf_setup import import_keras

KERAS_CLASSES = (
    "ExponentialDecay",
    "InverseTimeDecay",
    "PolynomialDecay",
    "CosineDecay",
    "CosineDecayRestarts",
    "PiecewiseConstantDecay",
)


def keras_schedule(schedule: dict | None, lr0: float, steps_per_epoch: int):
    """The `keras.optimizers.schedules.LearningRateSchedule` for `schedule`, starting at `lr0`.

    Args:
        schedule: a schedule `schedules.check` accepts (its missing keys take their defaults), or
            None for a constant rate.
        lr0: the optimizer's learning_rate (ignored by PiecewiseConstantDecay, whose values are
            the rates).
        steps_per_epoch: optimizer steps in an epoch; only StepDecay uses it.

    Returns:
        The schedule object, or None for None.
    """
    if schedule is None:
        return None
    wrong = schedules.check(schedule)
    if wrong:
        field = f"training.schedule.config.{wrong[0]}" if wrong[0] else "training.schedule"
        raise ValueError(Message.of("", "{field}: {message}", field=field, message=wrong[1]))  # as ExperimentError
    keras = import_keras()
    name = schedule["class_name"]
    config = schedules.with_defaults(schedule)["config"]
    lr0 = float(lr0)
    if name == "PiecewiseConstantDecay":
        values = [float(v) for v in config["values"]]
        return keras.optimizers.schedules.PiecewiseConstantDecay([int(b) for b in config["boundaries"]], values)
    if name in KERAS_CLASSES:
        return getattr(keras.optimizers.schedules, name)(initial_learning_rate=lr0, **config)
    classes = custom_objects()
    if name == "StepDecay":
        return classes["playground>StepDecay"](lr0, steps_per_epoch=int(steps_per_epoch), **config)
    return classes["playground>NaturalExpDecay"](lr0, **config)


@functools.cache
def custom_objects() -> dict:
    """The playground's own schedule classes by their registered names (registering them once)."""
    keras = import_keras()
    ops = keras.ops
    register = keras.saving.register_keras_serializable(package="playground")

    @register
    class StepDecay(keras.optimizers.schedules.LearningRateSchedule):
        """Drops the rate by a factor every few epochs, as in the book's step decay.

        lr = initial_learning_rate · drop^⌊(1 + epoch) / epochs_drop⌋, epoch = ⌊step / steps_per_epoch⌋.

        Args:
            initial_learning_rate: the rate at the start.
            drop: each drop multiplies the rate by this. Defaults to 0.5.
            epochs_drop: epochs between drops. Defaults to 10.
            steps_per_epoch: optimizer steps (batches) in an epoch. Defaults to 1.
            name: the op name. Defaults to "StepDecay".

        Example:

        ```python
        optimizer = keras.optimizers.SGD(StepDecay(0.1, drop=0.5, epochs_drop=10, steps_per_epoch=25))
        ```
        """

        def __init__(self, initial_learning_rate, drop=0.5, epochs_drop=10, steps_per_epoch=1, name="StepDecay"):
            super().__init__()
            if epochs_drop <= 0 or steps_per_epoch <= 0:
                raise ValueError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "schedules", "epochs_drop and steps_per_epoch must be > 0, got {epochs_drop} and {steps}"
                        ),
                        epochs_drop=epochs_drop,
                        steps=steps_per_epoch,
                    )
                )
            self.initial_learning_rate = initial_learning_rate
            self.drop = drop
            self.epochs_drop = epochs_drop
            self.steps_per_epoch = steps_per_epoch
            self.name = name

        def __call__(self, step):
            lr0 = ops.convert_to_tensor(self.initial_learning_rate)
            dtype = lr0.dtype
            epoch = ops.floor(ops.cast(step, dtype) / ops.cast(self.steps_per_epoch, dtype))
            drops = ops.floor((1.0 + epoch) / ops.cast(self.epochs_drop, dtype))
            return lr0 * ops.power(ops.cast(self.drop, dtype), drops)

        def get_config(self):
            return {
                "initial_learning_rate": self.initial_learning_rate,
                "drop": self.drop,
                "epochs_drop": self.epochs_drop,
                "steps_per_epoch": self.steps_per_epoch,
                "name": self.name,
            }

    @register
    class NaturalExpDecay(keras.optimizers.schedules.LearningRateSchedule):
        """TensorFlow 1's natural exponential decay.

        lr = initial_learning_rate · e^(−decay_rate · step / decay_steps), with ⌊step / decay_steps⌋
        if `staircase`.

        Args:
            initial_learning_rate: the rate at the start.
            decay_steps: steps over which the exponent grows by decay_rate. Defaults to 1.
            decay_rate: see the formula. Defaults to 1e-4.
            staircase: decay in jumps. Defaults to False.
            name: the op name. Defaults to "NaturalExpDecay".

        Example:

        ```python
        optimizer = keras.optimizers.SGD(NaturalExpDecay(0.1, decay_steps=1, decay_rate=1e-4))
        ```
        """

        def __init__(
            self, initial_learning_rate, decay_steps=1, decay_rate=1e-4, staircase=False, name="NaturalExpDecay"
        ):
            super().__init__()
            if decay_steps <= 0:
                raise ValueError(
                    Message(QT_TRANSLATE_NOOP("schedules", "decay_steps must be > 0, got {steps}"), steps=decay_steps)
                )
            self.initial_learning_rate = initial_learning_rate
            self.decay_steps = decay_steps
            self.decay_rate = decay_rate
            self.staircase = staircase
            self.name = name

        def __call__(self, step):
            lr0 = ops.convert_to_tensor(self.initial_learning_rate)
            dtype = lr0.dtype
            p = ops.cast(step, dtype) / ops.cast(self.decay_steps, dtype)
            if self.staircase:
                p = ops.floor(p)
            return lr0 * ops.exp(-ops.cast(self.decay_rate, dtype) * p)

        def get_config(self):
            return {
                "initial_learning_rate": self.initial_learning_rate,
                "decay_steps": self.decay_steps,
                "decay_rate": self.decay_rate,
                "staircase": self.staircase,
                "name": self.name,
            }

    return {"playground>StepDecay": StepDecay, "playground>NaturalExpDecay": NaturalExpDecay}
