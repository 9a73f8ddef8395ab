"""Layers that take inputs as the user has them to the inputs the app trains on, for `self_contained`:
a CSV table's columns as the file has them, and a text's word numbers as a bag of words.

A CSV table: one input per column, named as the column (a number column: float, NaN for a blank
cell; a text column: strings), so `model.predict({"age": ..., "colour": ...})` takes the file's
columns by name — extra ones, such as the target, are left alone — or a list of them in the order
of `model.inputs`. `csv_import` filled blank cells and one-hot encoded text; here

    number columns → FillGaps (NaN → the value the import filled with; playground_layers),
                     when the import filled a gap in one (else a blank number gives NaN)
    text column    → StringLookup (its categories, and the spellings of a blank cell) → one-hot
                     → a fixed 0/1 Dense that moves a blank to the most frequent category

concatenated in the import's column order. A category the import never saw is an error, as it
was for the import's OneHotEncoder (handle_unknown="error").

A bag of words: the word numbers (0 = padding) → CategoryEncoding(multi_hot) → Rescaling by 0 of
column 0, which CategoryEncoding counts for the padding and `datasets.multi_hot` leaves out.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from playground.core.data import csv_import, user_files
from playground.core.data.data_config import FILE, input_shape, is_text, vocabulary_size
from playground.core.data.imported import Column
from playground.core.experiment.config import Experiment

BLANK_TEXT = csv_import.BLANK_TEXT  # a blank text cell's spellings


def is_table(exp: Experiment) -> bool:
    """The experiment's data are an imported CSV table."""
    return exp.data.name == FILE and (exp.data.source or {}).get("kind") == "csv"


def is_bag_of_words(exp: Experiment) -> bool:
    return is_text(exp.data) and exp.data.encoding == "multi_hot"


def table_columns(exp: Experiment) -> tuple[Column, ...]:
    """The table's input columns as the import used them (read again, or from its cache).

    Raises:
        ImportFailed: the file cannot be read.
    """
    return user_files.load(exp.data.source).columns


def table_inputs(keras, columns: tuple[Column, ...], taken: set[str]) -> dict:
    """One Input per column, named as the column, keyed by the column's name. A layer's name cannot
    hold "/" nor repeat another layer's (`taken`): such a column's Input is named column_<n>."""
    inputs = {}
    for i, column in enumerate(columns):
        name = column.name
        if "/" in name or name in taken or not name.isprintable():
            name = f"column_{i + 1}"
        taken.add(name)
        dtype = "float32" if column.categories is None else "string"
        inputs[column.name] = keras.Input((1,), dtype=dtype, name=name)
    return inputs


def internal_names(columns: tuple[Column, ...]) -> set[str]:
    """The names `table_prepared` gives its layers (a column's Input must not take one)."""
    return (
        {"filled_gaps", "columns"}
        | {f"text_{i + 1}" for i in range(len(columns))}
        | {f"text_{i + 1}_filled" for i in range(len(columns))}
    )


def table_prepared(keras, inputs: dict, columns: tuple[Column, ...]):
    """The table's x as `csv_import` made it, gaps filled and text one-hot, before the scaling."""
    pieces = []
    for i, column in enumerate(columns):
        tensor = inputs[column.name]
        pieces.append(tensor if column.categories is None else _one_hot(keras, tensor, column, i + 1))
    x = pieces[0] if len(pieces) == 1 else keras.layers.Concatenate(name="columns")(pieces)
    numbers = [column for column in columns if column.categories is None]
    # Only where the import filled a blank number: a table without gaps needs no playground_layers
    # beside it (a blank number then gives NaN), and none with "drop" was filled.
    if any(column.gaps and column.fill is not None for column in numbers):
        from playground.training.files.playground_layers import FillGaps

        # Over the whole row: a one-hot column is never NaN, so its 0 is never used.
        values = [v for column in columns for v in _fills(column)]
        x = FillGaps(values, name="filled_gaps")(x)
    return x


def _fills(column: Column) -> list[float]:
    if column.categories is not None:
        return [0.0] * len(column.categories)
    return [float(column.fill)]


def _one_hot(keras, tensor, column: Column, n: int):
    """A text column one-hot over its categories; a blank cell as its most frequent category."""
    categories = list(column.categories)
    if column.fill is None:  # rows with a gap were left out: a blank is as unknown as a new category
        return keras.layers.StringLookup(
            vocabulary=categories, num_oov_indices=0, output_mode="one_hot", name=f"text_{n}"
        )(tensor)
    blanks = [b for b in BLANK_TEXT if b not in categories]
    lookup = keras.layers.StringLookup(
        vocabulary=categories + blanks, num_oov_indices=0, output_mode="one_hot", name=f"text_{n}"
    )
    # Categories go through as they are, every blank to the fill: one 1 per row of the kernel, so exact.
    kernel = np.zeros((len(categories) + len(blanks), len(categories)), np.float32)
    kernel[: len(categories)] = np.eye(len(categories), dtype=np.float32)
    kernel[len(categories) :, categories.index(column.fill)] = 1.0
    fill = keras.layers.Dense(len(categories), use_bias=False, trainable=False, name=f"text_{n}_filled")
    out = fill(lookup(tensor))
    fill.set_weights([kernel])
    return out


def bag_of_words(keras, exp: Experiment):
    """(the word numbers' Input, the app's multi-hot vector of them)."""
    shape = input_shape(dataclasses.replace(exp.data, encoding="sequence"))
    words = vocabulary_size(exp.data)
    raw = keras.Input(shape, dtype="int32", name="word_numbers")
    counted = keras.layers.CategoryEncoding(num_tokens=words, output_mode="multi_hot", name="bag_of_words")(raw)
    padding = np.ones(words, np.float32)
    padding[0] = 0.0  # the padding is not a word (`datasets.multi_hot`)
    return raw, keras.layers.Rescaling(scale=padding, name="without_padding")(counted)
