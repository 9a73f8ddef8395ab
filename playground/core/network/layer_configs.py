"""A layer's config as the experiment file holds it: checked against the palette, and its initializer
and regularizer values read and written.

Kept apart from the palette's table (`layer_specs`): this is the rule a file must follow, that is
the list of what there is. Without TensorFlow, so a file is checked before Keras is loaded.
"""

from __future__ import annotations

import re
from typing import Any

from playground.core.data.data_config import FEATURES
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.network.layer_params import (
    ACTIVATIONS,
    COMMON,
    IGNORED_KEYS,
    INITIALIZERS,
    MAX_RATE,
    NAME_PATTERN,
    REGULARIZERS,
    Param,
)
from playground.core.network.layer_specs import SPECS, snake
from playground.core.numbers import is_int, is_number


def check_config(kind: str, cfg: dict) -> tuple[str, Message] | None:
    """(key, message) for the first setting of a `kind` layer that is wrong, else None."""
    spec = SPECS[kind]
    for key, value in cfg.items():
        if key in IGNORED_KEYS:
            continue
        param = spec.param(key) or next((p for p in COMMON if p.key == key), None)
        if param is None:
            known = ", ".join(p.key for p in spec.all_params + COMMON)
            return key, Message(
                QT_TRANSLATE_NOOP("layer_specs", "is not a setting of {kind}; it has: {known}"), kind=kind, known=known
            )
        message = _check_value(param, value)
        if message:
            return key, message
    return None


def _check_value(p: Param, v: Any) -> Message | None:
    if p.kind == "name":
        ok = isinstance(v, str) and re.fullmatch(NAME_PATTERN, v or "") is not None
        return (
            None
            if ok
            else Message(
                QT_TRANSLATE_NOOP(
                    "layer_specs", "must be a name of letters, digits and _ (not starting with a digit), got {v!r}"
                ),
                v=v,
            )
        )
    if p.kind == "bool":
        return (
            None
            if isinstance(v, bool)
            else Message(QT_TRANSLATE_NOOP("layer_specs", "must be true or false, got {v!r}"), v=v)
        )
    if p.kind in ("int", "float"):
        number = is_int(v) if p.kind == "int" else is_number(v)
        if not number or (p.low is not None and v < p.low) or (p.high is not None and v > p.high):
            template = (
                QT_TRANSLATE_NOOP("layer_specs", "must be a whole number from {low:g} to {high:g}, got {v!r}")
                if p.kind == "int"
                else QT_TRANSLATE_NOOP("layer_specs", "must be a number from {low:g} to {high:g}, got {v!r}")
            )
            return Message(template, low=p.low, high=p.high, v=v)
        return None
    if p.kind == "choice":
        if v in p.choices:
            return None
        return Message(
            QT_TRANSLATE_NOOP("layer_specs", "must be one of {choices}, got {v!r}"), choices=", ".join(p.choices), v=v
        )
    if p.kind == "activation":
        if v in ACTIVATIONS:
            return None
        return Message(
            QT_TRANSLATE_NOOP("layer_specs", "unknown activation {v!r}; choose from {known}"),
            v=v,
            known=", ".join(ACTIVATIONS),
        )
    if p.kind == "size":
        values = [v] if is_int(v) else v
        if v is None and p.default is None:
            return None
        ok = isinstance(values, (list, tuple)) and len(values) in (1, p.dims) and all(is_int(x) for x in values)
        if not ok or not all(p.low <= x <= p.high for x in values):
            return Message(
                QT_TRANSLATE_NOOP(
                    "layer_specs", "must be a whole number from {low:g} to {high:g}, or {dims} of them, got {v!r}"
                ),
                low=p.low,
                high=p.high,
                dims=p.dims,
                v=v,
            )
        return None
    if p.kind == "shape":
        ok = isinstance(v, (list, tuple)) and v and all(is_int(x) and (x >= 1 or x == -1) for x in v)
        if not ok or list(v).count(-1) > 1:
            return Message(
                QT_TRANSLATE_NOOP("layer_specs", "must be a list of sizes ≥ 1 (one of them may be -1), got {v!r}"), v=v
            )
        return None
    if p.kind == "initializer":
        if v in INITIALIZERS.values() or _initializer_name(v):
            return None
        return Message(QT_TRANSLATE_NOOP("layer_specs", "unknown initializer {v!r}"), v=v)
    if p.kind == "regularizer":
        return check_regularizer(v)
    if p.kind == "features":
        ok = isinstance(v, (list, tuple)) and v and all(f in FEATURES for f in v) and len(set(v)) == len(v)
        if ok:
            return None
        return Message(
            QT_TRANSLATE_NOOP("layer_specs", "must list one or more different features from {known}, got {v!r}"),
            known=", ".join(FEATURES),
            v=v,
        )
    if p.kind == "recurrent":
        if not isinstance(v, dict) or v.get("class_name") not in ("SimpleRNN", "LSTM", "GRU"):
            return Message(
                QT_TRANSLATE_NOOP("layer_specs", 'must be {"class_name": "LSTM" (or GRU, SimpleRNN), "config": {...}}')
            )
        inner = check_config(v["class_name"], v.get("config", {}))
        return Message.of("", "{key} {message}", key=inner[0], message=inner[1]) if inner else None
    return None


_INITIALIZER_CLASSES = {
    "Zeros", "Ones", "RandomNormal", "RandomUniform", "TruncatedNormal", "GlorotUniform", "GlorotNormal",
    "HeUniform", "HeNormal", "LecunNormal", "LecunUniform", "Orthogonal", "Constant", "VarianceScaling",
    "Identity",
}  # fmt: skip


def _initializer_name(v: Any) -> bool:
    if isinstance(v, str):
        return v in {snake(c) for c in _INITIALIZER_CLASSES} | {"lecun_normal", "he_normal", "he_uniform"}
    return isinstance(v, dict) and v.get("class_name") in _INITIALIZER_CLASSES and isinstance(v.get("config", {}), dict)


def initializer_label(value: Any) -> str | None:
    """The palette's name for an initializer value, or None for one it does not list."""
    if isinstance(value, dict) and value.get("class_name") == "RandomNormal":
        std = value.get("config", {}).get("stddev", 0.05)
        return "small random normal (σ 0.01)" if std == 0.01 else ("random normal (σ 0.05)" if std == 0.05 else None)
    for label, known in INITIALIZERS.items():
        if known == value or (isinstance(value, dict) and snake(str(value.get("class_name"))) == known):
            return label
    return None


def check_regularizer(reg: Any) -> Message | None:
    if reg is None:
        return None
    if (
        not isinstance(reg, dict)
        or reg.get("class_name") not in REGULARIZERS
        or not isinstance(reg.get("config", {}), dict)
    ):
        return Message(
            QT_TRANSLATE_NOOP("layer_specs", 'must be null or {{"class_name": one of {names}, "config": {{...}}}}'),
            names=", ".join(REGULARIZERS),
        )
    for key, rate in reg.get("config", {}).items():
        if key not in ("l1", "l2") or not is_number(rate) or not 0 <= rate <= MAX_RATE:
            return Message(
                QT_TRANSLATE_NOOP("layer_specs", "{key} must be l1 or l2 with a rate from 0 to {high:g}, got {rate!r}"),
                key=key,
                high=MAX_RATE,
                rate=rate,
            )
    return None


def regularizer(l1: float, l2: float) -> dict | None:
    """The Keras regularizer for these rates; None when both are 0."""
    if l1 and l2:
        return {"class_name": "L1L2", "config": {"l1": l1, "l2": l2}}
    if l1:
        return {"class_name": "L1", "config": {"l1": l1}}
    if l2:
        return {"class_name": "L2", "config": {"l2": l2}}
    return None


def regularizer_rates(reg: dict | None) -> tuple[float, float]:
    if not reg:
        return 0.0, 0.0
    cfg = reg.get("config", {})
    return float(cfg.get("l1", 0.0)), float(cfg.get("l2", 0.0))
