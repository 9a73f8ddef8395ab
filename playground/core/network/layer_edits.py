"""Edits of a model's layer list — insert, move, delete, duplicate, paste, connect, rename — as
pure functions returning a new list, so the editor, the graph view and tests share one meaning.

A sequential stack stays a plain list (no "inputs"). Once a model branches, every layer names its
inputs, so moving a row in the list can never silently rewire the graph; when the branches are
gone again, the names are dropped and the file is a plain stack once more.
"""

from __future__ import annotations

import copy

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_graph import INPUT, INPUT_KIND, MERGES, is_sequential, layer_inputs, layer_name
from playground.core.network.layer_specs import new_layer, unique_name


def names(layers: list[dict]) -> set[str]:
    return {layer_name(layer, i) for i, layer in enumerate(layers)}


def normalise(layers: list[dict]) -> list[dict]:
    """Explicit inputs on every layer of a branched model; none on a sequential one."""
    layers = [_plain(layer) for layer in layers]
    if is_sequential(layers):
        for layer in layers:
            layer.pop("inputs", None)
        return layers
    return _explicit(layers)


def _explicit(layers: list[dict]) -> list[dict]:
    """Every layer with its inputs written down (an Input with none), as the list reads now."""
    return [_with_inputs(layers, i) for i in range(len(layers))]


def _with_inputs(layers: list[dict], i: int) -> dict:
    layer = {**layers[i], "inputs": list(layer_inputs(layers, i))}
    if layer["class_name"] == INPUT_KIND:
        del layer["inputs"]  # an Input takes nothing
    return layer


def with_names(layers: list[dict]) -> list[dict]:
    """Every layer gets its name written down (the graph refers to layers by name)."""
    out = [_plain(layer) for layer in layers]
    for i, layer in enumerate(out):
        layer["config"].setdefault("name", layer_name(layer, i))
    return out


def insert(layers: list[dict], index: int, layer: dict) -> list[dict]:
    """`layer` placed at `index`. In a branched model it goes between the layer above and the
    layer that was at `index`, as in a stack; shortcuts from the layer above stay where they are."""
    layers = with_names(layers)  # positions change: names written now stay with their layers
    layer = _unique(_plain(layer), names(layers))
    layer.pop("inputs", None)
    if layer["class_name"] == INPUT_KIND:
        # One more input: it takes nothing and rewires nothing; layers are connected to it later.
        layers = _explicit(layers)
        return normalise([*layers[:index], layer, *layers[index:]])
    if is_sequential(layers):
        return [*layers[:index], layer, *layers[index:]]
    layers = with_names(normalise(layers))
    above = layer_name(layers[index - 1], index - 1) if index else INPUT
    new_name = layer["config"]["name"]
    layer["inputs"] = [above]
    if index < len(layers):
        below = layers[index]
        below["inputs"] = [new_name if n == above else n for n in below["inputs"]]
    return normalise([*layers[:index], layer, *layers[index:]])


def branch(layers: list[dict], index: int, layer: dict) -> list[dict]:
    """`layer` right after `layers[index]`, taking it, as a side branch: the layers below keep what
    they take (the start of a second output head, or of a path to merge later)."""
    layers = with_names(layers)
    layer = _unique(_plain(layer), names(layers))
    layers = _explicit(layers)
    layer["inputs"] = [layers[index]["config"]["name"]]
    return normalise([*layers[: index + 1], layer, *layers[index + 1 :]])


def delete(layers: list[dict], index: int) -> list[dict]:
    """Removes a layer; in a branched model, its users take its (first) input instead."""
    layers = with_names(layers)
    if is_sequential(layers):
        return [layer for i, layer in enumerate(layers) if i != index]
    layers = with_names(normalise(layers))
    gone = layers.pop(index)
    name, inputs = gone["config"]["name"], gone.get("inputs", [INPUT])[:1]
    for other in layers:
        if "inputs" not in other:
            continue  # an Input
        replaced: list[str] = []
        for n in other["inputs"]:
            for m in inputs if n == name else [n]:
                if m not in replaced:
                    replaced.append(m)
        other["inputs"] = replaced
    return normalise(layers)


def move(layers: list[dict], source: int, target: int) -> list[dict]:
    """The layer at `source` moved to list position `target` (counted before the move)."""
    layers = with_names(layers)
    if source == target or source + 1 == target:
        return layers
    if not is_sequential(layers):
        # In a graph, moving a row means moving the layer to that place in the chain.
        layer = layers[source]
        rest = delete(layers, source)
        return insert(rest, target - (target > source), layer)
    layer = layers.pop(source)
    layers.insert(target - (target > source), layer)
    return layers


def duplicate(layers: list[dict], index: int) -> list[dict]:
    """A copy of the layer, right after it, with a new name."""
    copy_ = _plain(layers[index])
    copy_["config"].pop("name", None)
    return insert(layers, index + 1, copy_)


def paste(layers: list[dict], index: int, pasted: list[dict]) -> list[dict]:
    """Layers copied earlier, inserted in order at `index`, renamed where their names are taken."""
    for offset, layer in enumerate(pasted):
        layers = insert(layers, index + offset, layer)
    return layers


def connect(layers: list[dict], source: str, target: str) -> tuple[list[dict], str | None]:
    """`source`'s output as one more input of `target`. Returns the new list and, when the
    connection cannot be made, why (the list is then unchanged)."""
    layers = with_names(normalise(layers))
    order = [layer_name(layer, i) for i, layer in enumerate(layers)]
    if target == INPUT or target not in order:
        return layers, Message(QT_TRANSLATE_NOOP("layer_edits", "the input takes no connections: connect to a layer"))
    t = order.index(target)
    if source != INPUT and (source not in order or order.index(source) >= t):
        return layers, Message(
            QT_TRANSLATE_NOOP("layer_edits", "{source} is not above {target}: connect a layer to one below it"),
            source=source,
            target=target,
        )
    current = list(layer_inputs(layers, t))
    if source in current:
        return layers, Message(
            QT_TRANSLATE_NOOP("layer_edits", "{source} already feeds {target}"), source=source, target=target
        )
    kind = layers[t]["class_name"]
    if kind not in MERGES:
        return layers, Message(
            QT_TRANSLATE_NOOP(
                "layer_edits",
                "{target} ({kind}) takes one input: add an Add or Concatenate layer below to merge {source} "
                "with {current}",
            ),
            target=target,
            kind=kind,
            source=source,
            current=current[0],
        )
    layers[t] = {**layers[t], "inputs": [*current, source]}
    return normalise(layers), None


def disconnect(layers: list[dict], source: str, target: str) -> tuple[list[dict], str | None]:
    layers = with_names(normalise(layers))
    order = [layer_name(layer, i) for i, layer in enumerate(layers)]
    if target not in order:
        return layers, Message(QT_TRANSLATE_NOOP("layer_edits", "there is no layer {target}"), target=target)
    t = order.index(target)
    current = list(layer_inputs(layers, t))
    if source not in current:
        return layers, Message(
            QT_TRANSLATE_NOOP("layer_edits", "{source} does not feed {target}"), source=source, target=target
        )
    if len(current) == 1:
        return layers, Message(
            QT_TRANSLATE_NOOP(
                "layer_edits", "{target} needs an input: connect another layer to it first, or delete it"
            ),
            target=target,
        )
    layers[t] = {**layers[t], "inputs": [n for n in current if n != source]}
    return normalise(layers), None


def shortcut(layers: list[dict], index: int, kind: str = "Add") -> list[dict]:
    """A residual connection around `layers[index]`: a new `kind` merge right below it, fed by
    the layer and by what the layer takes; the layer's users take the merge instead."""
    layers = with_names(layers)
    if layers[index]["class_name"] == INPUT_KIND:
        return layers  # nothing to go around: an Input takes nothing
    layers = _explicit(layers)
    above = layers[index]["inputs"][0]
    here = layers[index]["config"]["name"]
    merge = _unique(new_layer(kind), names(layers))
    merge["inputs"] = [here, above]
    for other in layers[index + 1 :]:
        if "inputs" in other:
            other["inputs"] = [merge["config"]["name"] if n == here else n for n in other["inputs"]]
    return normalise([*layers[: index + 1], merge, *layers[index + 1 :]])


def rename(layers: list[dict], index: int, new: str) -> tuple[list[dict], str | None]:
    taken = names(layers) - {layer_name(layers[index], index)}
    if new in taken or new == INPUT:
        return layers, Message(
            QT_TRANSLATE_NOOP("layer_edits", "another layer is called {name!r}: choose a different name"), name=new
        )
    layers = with_names(normalise(layers))
    old = layers[index]["config"]["name"]
    layers[index]["config"]["name"] = new
    for layer in layers:
        if "inputs" in layer:
            layer["inputs"] = [new if n == old else n for n in layer["inputs"]]
    return normalise(layers), None


def _unique(layer: dict, taken: set[str]) -> dict:
    name = layer["config"].get("name")
    if not name or name in taken:
        layer["config"]["name"] = unique_name(layer["class_name"], taken)
    return layer


def _plain(layer: dict) -> dict:
    return copy.deepcopy(layer)
