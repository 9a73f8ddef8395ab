"""The training recipe: optimizers, learning-rate schedules and Keras callbacks, each with its
settings, defaults, ranges and formula.
"""
