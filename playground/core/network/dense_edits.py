"""Adding and removing neurons and hidden layers of a Dense stack on its picture (TensorFlow
Playground's + and − buttons), as pure functions: each returns the new layer list and a plan of
which old weights each new Dense layer keeps (`Carry`), so the model built anew goes on from the
weights that remain instead of starting from nothing (issue 19).

Dense layers are counted as the picture draws them: 0 is the first Dense layer, the last is the
output, whose size follows the data and is not edited here.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import layer_edits
from playground.core.network.layer_graph import layer_name
from playground.core.network.layer_specs import SPECS, new_layer

DENSE = "Dense"
NEW_LAYER_UNITS = 4  # a hidden layer added between the inputs and the output (TF Playground's default)


def most_units() -> int:
    """The most neurons a Dense layer takes (the layer palette's range)."""
    return int(next(p.high for p in SPECS[DENSE].params if p.key == "units"))


@dataclass(frozen=True)
class Carry:
    """Which old weights one Dense layer of the new model keeps.

    Attributes:
        source: the old Dense layer it was (counted as the picture counts), or None: all new.
        rows: for each of its inputs, the old input it was (-1: a new one); empty: all new;
            None: the same inputs as before.
        cols: for each of its neurons, the old neuron it was (-1: a new one); None: the same ones.
    """

    source: int | None
    rows: tuple[int, ...] | None = None
    cols: tuple[int, ...] | None = None


def dense_positions(layers: list[dict]) -> list[int]:
    """Where each Dense layer is in the layer list."""
    return [i for i, layer in enumerate(layers) if layer.get("class_name") == DENSE]


def dense_units(layers: list[dict]) -> list[int]:
    """Neurons of each Dense layer, output last."""
    return [int(layers[i]["config"]["units"]) for i in dense_positions(layers)]


def _hidden(layers: list[dict], k: int) -> None:
    if not 0 <= k < len(dense_positions(layers)) - 1:
        why = QT_TRANSLATE_NOOP("dense_edits", "Only hidden layers change here: the output's size follows the data")
        raise ValueError(Message(why))


def _same(n: int) -> list[Carry]:
    """Every one of `n` Dense layers keeps its weights (the plan to change)."""
    return [Carry(i) for i in range(n)]


def _with_units(layers: list[dict], k: int, units: int) -> list[dict]:
    layers = [{**layer, "config": dict(layer.get("config", {}))} for layer in layers]
    layers[dense_positions(layers)[k]]["config"]["units"] = units
    return layers


def add_unit(layers: list[dict], k: int) -> tuple[list[dict], list[Carry]]:
    """One more neuron at the end of hidden Dense layer `k`; every weight stays."""
    _hidden(layers, k)
    units = dense_units(layers)
    if units[k] >= most_units():
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("dense_edits", "A layer has at most {most} neurons: this one is full"),
                most=most_units(),
            )
        )
    plan = _same(len(units))
    grown = tuple(range(units[k])) + (-1,)
    plan[k] = Carry(k, cols=grown)
    plan[k + 1] = Carry(k + 1, rows=grown)
    return _with_units(layers, k, units[k] + 1), plan


def remove_unit(layers: list[dict], k: int, unit: int | None = None) -> tuple[list[dict], list[Carry]]:
    """Hidden Dense layer `k` without neuron `unit` (its last by default); the others keep their weights."""
    _hidden(layers, k)
    units = dense_units(layers)
    if units[k] <= 1:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "dense_edits", "A layer keeps at least one neuron: remove the layer with its − button instead"
                )
            )
        )
    unit = units[k] - 1 if unit is None else int(unit)
    kept = tuple(i for i in range(units[k]) if i != unit)
    plan = _same(len(units))
    plan[k] = Carry(k, cols=kept)
    plan[k + 1] = Carry(k + 1, rows=kept)
    return _with_units(layers, k, units[k] - 1), plan


def add_layer(layers: list[dict], gap: int, units: int | None = None) -> tuple[list[dict], list[Carry]]:
    """A new hidden Dense layer before Dense layer `gap` (0: right after the inputs), as wide as
    `units` or its hidden neighbour and with its activation; the layer after it keeps its own
    neurons' biases, its inputs are new."""
    positions = dense_positions(layers)
    if not 0 <= gap < len(positions):
        raise IndexError(gap)
    old_units = dense_units(layers)
    hidden = [k for k in (gap - 1, gap) if 0 <= k < len(positions) - 1]
    model = layers[positions[hidden[0]]]["config"] if hidden else {}
    layer = new_layer(DENSE, layer_edits.names(layers))
    layer["config"]["units"] = int(units or model.get("units", NEW_LAYER_UNITS))
    if "activation" in model:
        layer["config"]["activation"] = model["activation"]
    new = layer_edits.insert(layers, positions[gap], layer)
    plan = [Carry(i) for i in range(gap)] + [Carry(None)]
    plan += [Carry(gap, rows=())]
    plan += [Carry(i) for i in range(gap + 1, len(old_units))]
    return new, plan


def remove_layer(layers: list[dict], k: int) -> tuple[list[dict], list[Carry]]:
    """Hidden Dense layer `k` gone; the layer after it keeps its neurons' biases, takes new inputs."""
    _hidden(layers, k)
    units = dense_units(layers)
    new = layer_edits.delete(layers, dense_positions(layers)[k])
    plan = [Carry(i) for i in range(k)] + [Carry(k + 1, rows=())]
    plan += [Carry(i) for i in range(k + 2, len(units))]
    return new, plan


def inverse(plan: list[Carry], before: list[dict]) -> list[Carry]:
    """The plan back: which weights of the model built after the edit `plan` made from the layers
    `before` a model built from `before` again keeps — what undoing the edit carries. What the
    edit dropped (a removed neuron or layer) comes back new."""
    old_units = dense_units(before)
    back = [Carry(None)] * len(old_units)
    for j, carry in enumerate(plan):
        s = carry.source
        if s is None or not 0 <= s < len(old_units):
            continue
        inputs = old_units[s - 1] if s > 0 else len(carry.rows or ())
        back[s] = Carry(j, _undone(carry.rows, inputs), _undone(carry.cols, old_units[s]))
    return back


def _undone(mapping: tuple[int, ...] | None, size: int) -> tuple[int, ...] | None:
    """A mapping's inverse over `size` old positions (None: the same; empty: all new stay so)."""
    if not mapping:
        return mapping
    back = [-1] * size
    for new, old in enumerate(mapping):
        if 0 <= old < size:
            back[old] = new
    return tuple(back)


def dense_names(layers: list[dict]) -> list[str]:
    """The Dense layers' names, in order (as the silenced units name them)."""
    return [layer_name(layers[i], i) for i in dense_positions(layers)]


def silenced_after(silenced: dict, before: list[dict], after: list[dict], plan: list[Carry]) -> dict:
    """The silenced units ({layer name: [units]}) of the layers `after` an edit `plan` made from
    `before`: a unit stays silenced where it went (the same index in an unchanged layer, its new
    one where neurons came or went); a removed unit or layer takes its silencing with it; layers
    the edit did not touch (convolutions) keep theirs."""
    old_names, new_names = dense_names(before), dense_names(after)
    found = {name: list(units) for name, units in silenced.items() if name not in old_names and units}
    for j, carry in enumerate(plan):
        if carry.source is None or not 0 <= carry.source < len(old_names) or j >= len(new_names):
            continue
        units = {int(u) for u in silenced.get(old_names[carry.source], ())}
        if carry.cols is None:
            kept = sorted(units)
        else:
            kept = [new for new, old in enumerate(carry.cols) if old >= 0 and old in units]
        if kept:
            found[new_names[j]] = kept
    return found
