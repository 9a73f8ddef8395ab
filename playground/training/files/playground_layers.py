"""Keras layers the playground's saved models use where Keras has none of its own; standalone.

The playground writes this file beside a `model.keras` whose inputs go through sin(x1) or sin(x2),
or whose table fills blank number cells. It imports only Keras, so it loads wherever Keras does:
import it before opening the model,

    import playground_layers  # registers playground>Sin and playground>FillGaps
    model = keras.models.load_model("model.keras")

or pass `custom_objects={"Sin": playground_layers.Sin, "FillGaps": playground_layers.FillGaps}` to
`load_model`. The layers hold no code in the file (unlike a Lambda layer), so the model also loads
with `safe_mode=True`.
"""

import keras


@keras.saving.register_keras_serializable(package="playground")
class Sin(keras.layers.Layer):
    """sin of every input value: the playground's sin(x1) and sin(x2) features."""

    def call(self, inputs):
        return keras.ops.sin(inputs)

    def compute_output_shape(self, input_shape):
        return input_shape


@keras.saving.register_keras_serializable(package="playground")
class FillGaps(keras.layers.Layer):
    """Each column's NaN (a blank cell) replaced by that column's `values` entry: the mean, median
    or most frequent value the playground filled the table's gaps with."""

    def __init__(self, values, **kwargs):
        super().__init__(**kwargs)
        self.values = [float(v) for v in values]

    def call(self, inputs):
        values = keras.ops.convert_to_tensor(self.values, dtype=inputs.dtype)
        return keras.ops.where(keras.ops.isnan(inputs), values, inputs)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self):
        return {**super().get_config(), "values": list(self.values)}
