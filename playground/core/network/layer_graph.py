"""The model as a graph of layers: which layer feeds which, each one's output shape, parameters
and problem — for sequential stacks and for branched (functional) models alike.

A layer dict may carry `"inputs": [names]`, naming the layers (or "input") it takes; without it a
layer takes the one listed before it, so a plain list is a sequential stack. Layers must be listed
after the layers they take (the file is in graph order).

The data's input is always there, named "input"; an `Input` entry in the list is one more input
(the functional API's several inputs). The last layer is the model's main output; a layer dict
with `"output": {...}` is one more output, with its own target, loss and weight (see
`experiment.Output`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import transfer
from playground.core.network.layer_shapes import THE_INPUT, LayerProblem, Shape, infer, infer_merge

INPUT = "input"
INPUT_KIND = "Input"  # one more input of the model: a layer-list entry that takes nothing
MERGES = ("Add", "Concatenate")


@dataclass(frozen=True)
class Node:
    """One box of the graph.

    Attributes:
        index: position in `model.layers`; -1 for the input.
        name: the layer's name (unique in the model); "input" for the input.
        kind: the Keras class name, or "Input".
        inputs: names of the nodes feeding this one (empty for the input).
        shape: output shape without the batch axis; None when unknown (a problem here or before).
        params: weights, as Keras's `count_params()`.
        problem: why the layer cannot work and what would fix it; None when it is fine.
        summary: its key settings in a few words ("32 relu", "3×3, 16 filters").
    """

    index: int
    name: str
    kind: str
    inputs: tuple[str, ...]
    shape: Shape | None
    params: int
    problem: str | None
    summary: str


def layer_name(layer: dict, index: int) -> str:
    """The name the layer goes by: its own, or one made from its kind and position."""
    name = layer.get("config", {}).get("name")
    return str(name) if name else f"{str(layer.get('class_name', 'layer')).lower()}_{index + 1}"


def fine_tune_settings(layers: list[dict]) -> dict[str, int]:
    """Layer name → fine_tune of every Pretrained layer."""
    return {
        layer_name(layer, i): int(layer.get("config", {}).get("fine_tune", 0))
        for i, layer in enumerate(layers)
        if layer.get("class_name") == transfer.KIND
    }


def layer_inputs(layers: list[dict], index: int) -> tuple[str, ...]:
    """Names of the layers feeding `layers[index]` (its own list, or the one before it)."""
    if layers[index].get("class_name") == INPUT_KIND:
        return ()
    listed = layers[index].get("inputs")
    if listed:
        return tuple(str(n) for n in listed)
    return (layer_name(layers[index - 1], index - 1),) if index else (INPUT,)


def is_sequential(layers: list[dict]) -> bool:
    """True when every layer takes just the layer before it and only the last is an output: a
    `keras.Sequential` model."""
    return all(
        layers[i].get("class_name") not in (*MERGES, INPUT_KIND)
        and ("output" not in layers[i] or i == len(layers) - 1)
        and layer_inputs(layers, i) == ((layer_name(layers[i - 1], i - 1),) if i else (INPUT,))
        for i in range(len(layers))
    )


def output_indices(layers: list[dict]) -> list[int]:
    """Positions of the model's outputs: the last layer (the main output) first, then every other
    layer marked as an output, in list order."""
    if not layers:
        return []
    last = len(layers) - 1
    extra = [i for i, layer in enumerate(layers[:-1]) if "output" in layer and layer.get("class_name") != INPUT_KIND]
    return [last, *extra]


def param_counts(input_shape: Shape, layers: list[dict]) -> list[int]:
    """Parameters per layer, as Keras's `count_params()` (0 for a layer that cannot work)."""
    return [node.params for node in analyse(input_shape, layers)[1:]]


def analyse(input_shape: Shape, layers: list[dict], plane: bool = False) -> list[Node]:
    """Every node of the model, the input first, with shapes, parameters and problems.

    A layer whose input is unknown (a problem before it) has no shape and no problem of its own;
    the first problem along each path is the one to fix. `plane`: the data are points of the
    plane, so an extra `Input` receives the features it names; otherwise it receives what the
    main input does.
    """
    nodes = [Node(-1, INPUT, "Input", (), tuple(input_shape), 0, None, "×".join(map(str, input_shape)))]
    by_name = {INPUT: nodes[0]}
    used: set[str] = set()
    for i, layer in enumerate(layers):
        kind = str(layer.get("class_name", "?"))
        name = layer_name(layer, i)
        inputs = layer_inputs(layers, i)
        summary = describe(layer)
        problem = None
        shape, params = None, 0
        if name in by_name:
            problem = Message(
                QT_TRANSLATE_NOOP("layer_graph", "two layers are called {name}: rename one"), name=repr(name)
            )
        missing = [n for n in inputs if n not in by_name]
        if problem is None and missing:
            problem = Message(
                QT_TRANSLATE_NOOP(
                    "layer_graph", "takes {name}, which is not a layer above it: connect it to a layer above"
                ),
                name=repr(missing[0]),
            )
        if problem is None:
            sources = [by_name[n] for n in inputs]
            used.update(inputs)
            previous = Message.of(
                "", "{sources}", sources=tuple(s.kind if s.index >= 0 else THE_INPUT for s in sources)
            )
            if kind == INPUT_KIND:
                features = layer.get("config", {}).get("features") or ()
                shape = (len(features),) if plane else tuple(input_shape)
                if plane and not features:
                    problem = Message(QT_TRANSLATE_NOOP("layer_graph", "receives no features: tick at least one"))
                    shape = None
                if not plane:
                    summary = "the whole sample"
            elif any(s.shape is None for s in sources):
                pass  # an earlier layer has the problem to fix
            elif kind in MERGES:
                if len(sources) < 2:
                    problem = Message(
                        QT_TRANSLATE_NOOP(
                            "layer_graph", "{kind} merges two or more branches: connect another layer to it"
                        ),
                        kind=kind,
                    )
                else:
                    problem, shape, params = _attempt(infer_merge, kind, layer.get("config", {}), sources)
            elif len(sources) > 1:
                problem = Message(
                    QT_TRANSLATE_NOOP(
                        "layer_graph",
                        "{kind} takes one input but {n} are connected: merge them with Add or Concatenate",
                    ),
                    kind=kind,
                    n=len(sources),
                )
            else:
                cfg = layer.get("config", {})
                problem, shape, params = _attempt(infer, kind, cfg, sources[0].shape, previous)
        node = Node(i, name, kind, inputs, shape, params, problem, summary)
        nodes.append(node)
        by_name.setdefault(name, node)
    if len(nodes) > 1 and INPUT not in used and nodes[1].problem is None:
        nodes[1] = dataclasses.replace(
            nodes[1],
            problem=Message(
                QT_TRANSLATE_NOOP(
                    "layer_graph",
                    "no layer takes the data's own input ('input'): connect it to a layer (its Properties: inputs)",
                )
            ),
        )
    outputs = set(output_indices(layers))
    for k, node in enumerate(nodes[1:-1], start=1):
        if node.name not in used and node.problem is None and node.index not in outputs:
            nodes[k] = dataclasses.replace(
                node,
                problem=Message(
                    QT_TRANSLATE_NOOP(
                        "layer_graph", "the output of {name} goes nowhere: connect it to a layer below, or delete it"
                    ),
                    name=node.name,
                ),
            )
    return nodes


def _attempt(fn, *args) -> tuple[str | None, Shape | None, int]:
    try:
        shape, params = fn(*args)
        return None, shape, params
    except LayerProblem as problem:
        return problem.message, None, 0
    except KeyError as exc:  # a setting Keras has no default for, left out of the file
        missing = QT_TRANSLATE_NOOP("layer_graph", "has no {key}, which it needs: give it one in its properties")
        return Message(missing, key=str(exc.args[0]) if exc.args else "?"), None, 0
    except (TypeError, ValueError) as exc:
        return (
            Message(QT_TRANSLATE_NOOP("layer_graph", "has a setting it cannot use ({error})"), error=str(exc)),
            None,
            0,
        )


def shape_text(shape: tuple[int, ...] | None) -> str:
    """How rows and arrows name a shape: Python's tuple, as Keras and the problem messages write it."""
    return "?" if shape is None else str(tuple(shape))


def describe(layer: dict) -> str:
    """A layer's key settings in a few words, for rows and graph boxes."""
    cfg = layer.get("config", {})
    kind = layer.get("class_name")

    def size(v):
        return "×".join(map(str, v)) if isinstance(v, (list, tuple)) else f"{v}×{v}"

    act = cfg.get("activation")
    act_text = f" {act}" if act and act != "linear" else ""
    if kind == "Dense":
        return f"{cfg.get('units')}{act_text}"
    if kind in ("Conv1D", "Conv2D"):
        k = cfg.get("kernel_size", 3)
        k_text = size(k) if kind == "Conv2D" else str(k if isinstance(k, int) else k[0])
        return f"{cfg.get('filters')} × {k_text}{act_text}" + (" same" if cfg.get("padding") == "same" else "")
    if kind and "Pooling" in kind and "Global" not in kind:
        return size(cfg.get("pool_size", 2)) if kind.endswith("2D") else str(cfg.get("pool_size", 2))
    if kind in ("Dropout",):
        return f"{cfg.get('rate', 0.5):g}"
    if kind == "Activation":
        return str(act or "linear")
    if kind in ("SimpleRNN", "LSTM", "GRU"):
        return f"{cfg.get('units')}" + (" sequences" if cfg.get("return_sequences") else "")
    if kind == "Bidirectional":
        inner = cfg.get("layer", {})
        return f"{inner.get('class_name')} {describe(inner)}"
    if kind == "Embedding":
        return f"{cfg.get('input_dim')} words → {cfg.get('output_dim')}"
    if kind == INPUT_KIND:
        return ", ".join(cfg.get("features") or ())
    if kind == "Reshape":
        return size(cfg.get("target_shape", ()))
    if kind == "Rescaling":
        return f"×{cfg.get('scale', 1):g}" + (f" +{cfg['offset']:g}" if cfg.get("offset") else "")
    if kind in ("RandomRotation", "RandomZoom"):
        return f"{cfg.get('factor', 0)}"
    if kind == "Pretrained":
        tuned = int(cfg.get("fine_tune", 0))
        return f"{cfg.get('application')} " + (f"last {tuned} train" if tuned else "frozen")
    if kind == "RandomFlip":
        return str(cfg.get("mode", "horizontal_and_vertical"))
    return ""


# Layers the network picture can draw through: they keep a vector a vector of the same size.
_PICTURE_PASSTHROUGH = ("Dropout", "BatchNormalization", "LayerNormalization", "Activation")


def dense_picture_ok(layers: list[dict]) -> bool:
    """Whether TensorFlow Playground's picture (columns of neurons joined by each Dense layer's
    weights) describes this model: a stack of Dense layers, with only size-keeping layers between."""
    return (
        bool(layers)
        and is_sequential(layers)
        and layers[-1].get("class_name") == "Dense"
        and all(layer.get("class_name") in ("Dense", *_PICTURE_PASSTHROUGH) for layer in layers)
    )
