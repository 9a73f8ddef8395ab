"""What each layer of the editor's palette does to a shape, how many parameters it has, and —
when it cannot work — a message that names the cause and the fix.

Computed without TensorFlow so the editor can answer on every keystroke; tests hold each rule
to what Keras builds. Shapes leave out the batch axis: (28, 28, 1) is a 28×28 grey image.
"""

from __future__ import annotations

import math

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network import transfer

Shape = tuple[int, ...]
THE_INPUT = Message(QT_TRANSLATE_NOOP("layer_shapes", "the input"))  # where the first layer's data comes from


class LayerProblem(ValueError):
    """The layer cannot take its input; the message (a Message, `args[0]`) says why and what would
    fix it. `str(problem)` is that Message itself, so whoever keeps the text keeps it translatable."""

    @property
    def message(self) -> Message:
        return self.args[0]

    def __str__(self) -> str:
        return self.args[0] if len(self.args) == 1 and isinstance(self.args[0], str) else super().__str__()


def _problem(template: str, **values) -> LayerProblem:
    return LayerProblem(Message(template, **values))


def _shape(shape) -> str:
    return str(shape)  # Python's tuple, as the f-strings wrote it (a Message would join a tuple's items)


def infer(name: str, cfg: dict, shape: Shape, previous: str = THE_INPUT) -> tuple[Shape, int]:
    """(output shape, parameter count) of one layer on `shape`; raises LayerProblem."""
    rule = _RULES.get(name)
    if rule is None:
        raise _problem(QT_TRANSLATE_NOOP("layer_shapes", "{name} is not a layer the playground knows"), name=name)
    return rule(cfg, shape, previous)


def _rank_text(shape: Shape) -> str:
    return f"{len(shape) + 1}-D"  # counted with the batch axis, as Keras's messages do


def _dense(cfg, shape, previous):
    if len(shape) > 2:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "layer_shapes",
                "Dense receives a {rank} input {shape} from {previous}: insert Flatten or "
                "GlobalAveragePooling2D before it",
            ),
            rank=_rank_text(shape),
            shape=_shape(shape),
            previous=previous,
        )
    # On a sequence (time, features) Keras applies Dense to each time step, as here.
    units = int(cfg["units"])
    return (*shape[:-1], units), shape[-1] * units + (units if cfg.get("use_bias", True) else 0)


def _same(cfg, shape, previous):
    return shape, 0


def _normalization(factor):
    def rule(cfg, shape, previous):
        channels = shape[-1]
        weights = int(cfg.get("center", True)) + int(cfg.get("scale", True))
        return shape, channels * (weights + factor)

    return rule


def _pair(value, dims):
    if isinstance(value, int):
        return (value,) * dims
    return tuple(int(v) for v in value)


def _window(length, size, stride, padding):
    if padding == "same":
        return math.ceil(length / stride)
    return (length - size) // stride + 1


def _conv(dims):
    kind = f"Conv{dims}D"

    def rule(cfg, shape, previous):
        if len(shape) != dims + 1:
            what = (
                QT_TRANSLATE_NOOP("layer_shapes", "a sequence (time, features)")
                if dims == 1
                else QT_TRANSLATE_NOOP("layer_shapes", "images (height, width, channels)")
            )
            fix = "Reshape" if len(shape) == 1 else ("Conv1D" if dims == 2 else "Conv2D")
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "layer_shapes", "{kind} needs {what}; it receives {shape} from {previous}: use {fix} instead"
                ),
                kind=kind,
                what=Message(what),
                shape=_shape(shape),
                previous=previous,
                fix=fix,
            )
        kernel = _pair(cfg.get("kernel_size", 3), dims)
        strides = _pair(cfg.get("strides", 1), dims)
        padding = cfg.get("padding", "valid")
        spatial = shape[:dims]
        if padding == "valid" and any(k > s for k, s in zip(kernel, spatial, strict=True)):
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "layer_shapes",
                    "{kind} kernel {kernel} is larger than its {size} input: use a smaller kernel or padding='same'",
                ),
                kind=kind,
                kernel="×".join(map(str, kernel)),
                size="×".join(map(str, spatial)),
            )
        filters = int(cfg["filters"])
        out = tuple(_window(n, k, s, padding) for n, k, s in zip(spatial, kernel, strides, strict=True))
        params = math.prod(kernel) * shape[-1] * filters + (filters if cfg.get("use_bias", True) else 0)
        return (*out, filters), params

    return rule


def _pool(dims, kind):
    def rule(cfg, shape, previous):
        if len(shape) != dims + 1:
            raise _problem(
                QT_TRANSLATE_NOOP("layer_shapes", "{kind} needs a {rank}-D input; it receives {shape} from {previous}"),
                kind=kind,
                rank=dims + 2,
                shape=_shape(shape),
                previous=previous,
            )
        size = _pair(cfg.get("pool_size", 2), dims)
        strides = _pair(cfg.get("strides") or size, dims)
        padding = cfg.get("padding", "valid")
        spatial = shape[:dims]
        if padding == "valid" and any(p > s for p, s in zip(size, spatial, strict=True)):
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "layer_shapes",
                    "{kind} window {window} is larger than its {size} input: remove it or use a smaller pool_size",
                ),
                kind=kind,
                window="×".join(map(str, size)),
                size="×".join(map(str, spatial)),
            )
        out = tuple(_window(n, p, s, padding) for n, p, s in zip(spatial, size, strides, strict=True))
        return (*out, shape[-1]), 0

    return rule


def _global_pool(dims, kind):
    def rule(cfg, shape, previous):
        if len(shape) != dims + 1:
            raise _problem(
                QT_TRANSLATE_NOOP("layer_shapes", "{kind} needs a {rank}-D input; it receives {shape} from {previous}"),
                kind=kind,
                rank=dims + 2,
                shape=_shape(shape),
                previous=previous,
            )
        return (shape[-1],), 0

    return rule


def _flatten(cfg, shape, previous):
    return (math.prod(shape),), 0


def _reshape(cfg, shape, previous):
    target = tuple(int(v) for v in cfg["target_shape"])
    known = math.prod(v for v in target if v != -1)
    if -1 in target:
        if math.prod(shape) % known:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "layer_shapes", "Reshape cannot turn {shape} into {target}: {n} values do not divide"
                ),
                shape=_shape(shape),
                target=_shape(target),
                n=math.prod(shape),
            )
        target = tuple(math.prod(shape) // known if v == -1 else v for v in target)
    if math.prod(target) != math.prod(shape):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "layer_shapes", "Reshape to {target} needs {needed} values but receives {n} {shape} from {previous}"
            ),
            target=_shape(target),
            needed=math.prod(target),
            n=math.prod(shape),
            shape=_shape(shape),
            previous=previous,
        )
    return target, 0


def _recurrent(kind, gates, bias_per_gate):
    def rule(cfg, shape, previous):
        if len(shape) != 2:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "layer_shapes",
                    "{kind} needs a sequence (batch, time, features); it receives {rank} {shape} "
                    "from {previous}: use Reshape to (time, features), or an Embedding for words",
                ),
                kind=kind,
                rank=_rank_text(shape),
                shape=_shape(shape),
                previous=previous,
            )
        units = int(cfg["units"])
        params = gates * units * (shape[-1] + units + bias_per_gate)
        out = (shape[0], units) if cfg.get("return_sequences", False) else (units,)
        return out, params

    return rule


def _bidirectional(cfg, shape, previous):
    inner = cfg["layer"]
    name = inner.get("class_name")
    if name not in ("SimpleRNN", "LSTM", "GRU"):
        raise _problem(
            QT_TRANSLATE_NOOP("layer_shapes", "Bidirectional wraps a SimpleRNN, LSTM or GRU, not {name}"), name=name
        )
    out, params = infer(name, inner.get("config", {}), shape, previous)
    width = 2 * out[-1] if cfg.get("merge_mode", "concat") == "concat" else out[-1]
    return (*out[:-1], width), 2 * params


def _embedding(cfg, shape, previous):
    if len(shape) != 1:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "layer_shapes",
                "Embedding needs word numbers (batch, time); it receives {shape} from {previous}: "
                "put it first, on integer sequences",
            ),
            shape=_shape(shape),
            previous=previous,
        )
    return (shape[0], int(cfg["output_dim"])), int(cfg["input_dim"]) * int(cfg["output_dim"])


def _pretrained(cfg, shape, previous):
    name = cfg.get("application", transfer.NAMES[0])
    first = previous == THE_INPUT
    if len(shape) != 3:
        fix = (
            QT_TRANSLATE_NOOP("layer_shapes", "choose image data (digits, shapes, CIFAR-10, an image folder…)")
            if first
            else QT_TRANSLATE_NOOP("layer_shapes", "put it first")
        )
        if len(shape) == 2:
            fix = QT_TRANSLATE_NOOP("layer_shapes", "Reshape to (height, width, 1) before it")
        raise _problem(
            QT_TRANSLATE_NOOP(
                "layer_shapes",
                "Pretrained {name} needs images (height, width, channels); it receives {shape} from {previous}: {fix}",
            ),
            name=name,
            shape=_shape(shape),
            previous=previous,
            fix=Message(fix),
        )
    if shape[-1] not in (1, 3):
        fix = (
            QT_TRANSLATE_NOOP("layer_shapes", "import the images in grey or in colour (RGB)")
            if first
            else QT_TRANSLATE_NOOP("layer_shapes", "put it first, on the images themselves")
        )
        raise _problem(
            QT_TRANSLATE_NOOP(
                "layer_shapes",
                "Pretrained {name} takes grey (1 channel) or colour (3 channels) images; it receives {channels} "
                "channels from {previous}: {fix}",
            ),
            name=name,
            channels=shape[-1],
            previous=previous,
            fix=Message(fix),
        )
    app = transfer.APPLICATIONS[name]
    tuned = int(cfg.get("fine_tune", 0))
    if tuned > app.layers:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "layer_shapes",
                "fine_tune {tuned} is more than {name}'s {layers} layers: at most {layers} (the whole base)",
            ),
            tuned=tuned,
            name=name,
            layers=app.layers,
        )
    return transfer.output_shape(name, shape), transfer.param_count(name, shape)


_RULES = {
    "Dense": _dense,
    "Activation": _same,
    "Dropout": _same,
    "BatchNormalization": _normalization(2),  # gamma, beta + moving mean and variance
    "LayerNormalization": _normalization(0),
    "Conv1D": _conv(1),
    "Conv2D": _conv(2),
    "MaxPooling1D": _pool(1, "MaxPooling1D"),
    "MaxPooling2D": _pool(2, "MaxPooling2D"),
    "AveragePooling1D": _pool(1, "AveragePooling1D"),
    "AveragePooling2D": _pool(2, "AveragePooling2D"),
    "GlobalAveragePooling1D": _global_pool(1, "GlobalAveragePooling1D"),
    "GlobalAveragePooling2D": _global_pool(2, "GlobalAveragePooling2D"),
    "GlobalMaxPooling2D": _global_pool(2, "GlobalMaxPooling2D"),
    "Flatten": _flatten,
    "Reshape": _reshape,
    "SimpleRNN": _recurrent("SimpleRNN", 1, 1),
    "LSTM": _recurrent("LSTM", 4, 1),
    "GRU": _recurrent("GRU", 3, 2),  # Keras 3's GRU keeps two biases (reset_after=True)
    "Bidirectional": _bidirectional,
    "Embedding": _embedding,
    "Rescaling": _same,
    "RandomFlip": _same,
    "RandomRotation": _same,
    "RandomZoom": _same,
    "RandomTranslation": _same,
    transfer.KIND: _pretrained,
}


def infer_merge(name: str, cfg: dict, sources: list) -> tuple[Shape, int]:
    """(output shape, 0) of Add or Concatenate over the nodes in `sources`; raises LayerProblem."""
    shapes = [tuple(s.shape) for s in sources]
    if name == "Add":
        if len(set(shapes)) > 1:
            a, b = next((s, t) for s, t in zip(sources, sources[1:], strict=False) if s.shape != t.shape)
            fix = (
                Message(
                    QT_TRANSLATE_NOOP(
                        "layer_shapes", "give both branches {channels} channels (a 1×1 Conv2D on the shortcut)"
                    ),
                    channels=b.shape[-1],
                )
                if len(a.shape) == 3 and a.shape[:-1] == b.shape[:-1]
                else Message(
                    QT_TRANSLATE_NOOP(
                        "layer_shapes",
                        "make the branches end in the same shape (use Concatenate to join different shapes)",
                    )
                )
            )
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "layer_shapes", "Add needs equal shapes but receives {a} from {a_name} and {b} from {b_name}: {fix}"
                ),
                a=_shape(a.shape),
                a_name=a.name,
                b=_shape(b.shape),
                b_name=b.name,
                fix=fix,
            )
        return shapes[0], 0
    axis = int(cfg.get("axis", -1))
    rank = len(shapes[0])
    if any(len(s) != rank for s in shapes):
        raise _problem(
            QT_TRANSLATE_NOOP("layer_shapes", "Concatenate needs inputs of the same rank; it receives {shapes}"),
            shapes=", ".join(map(str, shapes)),
        )
    ax = axis if axis >= 0 else rank + axis + 1  # counted with the batch axis, as Keras does
    if not 1 <= ax <= rank:
        raise _problem(
            QT_TRANSLATE_NOOP("layer_shapes", "Concatenate axis {axis} does not exist for inputs {shape}"),
            axis=axis,
            shape=_shape(shapes[0]),
        )
    others = {s[: ax - 1] + s[ax:] for s in shapes}
    if len(others) > 1:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "layer_shapes",
                "Concatenate joins along axis {axis}; the other axes must match but it receives "
                "{shapes}: pool or reshape the branches to the same size",
            ),
            axis=axis,
            shapes=", ".join(map(str, shapes)),
        )
    out = list(shapes[0])
    out[ax - 1] = sum(s[ax - 1] for s in shapes)
    return tuple(out), 0
