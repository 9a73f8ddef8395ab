"""Keras layers the playground's saved models use where Keras has none of its own; standalone.

The playground writes this file beside a `model.keras` whose inputs go through sin(x1) or sin(x2).
It imports only Keras, so it loads wherever Keras does: import it before opening the model,

    import playground_layers  # registers playground>Sin
    model = keras.models.load_model("model.keras")

or pass `custom_objects={"Sin": playground_layers.Sin}` to `load_model`. The layer holds no code in
the file (unlike a Lambda layer), so the model also loads with `safe_mode=True`.
"""

import keras


@keras.saving.register_keras_serializable(package="playground")
class Sin(keras.layers.Layer):
    """sin of every input value: the playground's sin(x1) and sin(x2) features."""

    def call(self, inputs):
        return keras.ops.sin(inputs)

    def compute_output_shape(self, input_shape):
        return input_shape
