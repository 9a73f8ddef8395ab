"""The Keras callbacks an experiment may use, with their settings, defaults and ranges, so the callbacks
dialog is built from one table and an experiment file's `training.callbacks` is checked without
TensorFlow. What Keras would do with them on a run's recorded values is in `callback_replays`.

An entry is Keras's own form, `{"class_name": "EarlyStopping", "config": {...}}`, at most one of each.
`mode` is always Keras's "auto" (see `callback_replays.mode()`); EarlyStopping's `baseline` is not offered.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.numbers import is_int, is_number


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str  # "float", "int", "bool", "monitor" (one of the recorded values) or "path" (a .keras file)
    default: Any
    low: float = 0.0
    high: float = 1.0
    tip: str = ""
    open_range: bool = False  # low and high themselves are not allowed


@dataclass(frozen=True)
class CallbackSpec:
    """A callback for the dialog. Its label, explanation and settings' tips are marked with
    QT_TRANSLATE_NOOP("callbacks", ...); the window shows them through `translate("callbacks", text)`."""

    label: str
    explanation: str  # one plain sentence, for the tooltip
    settings: tuple[Setting, ...]


_EPOCHS = 1_000_000  # an experiment's epoch limit


def _monitor(tip: str) -> Setting:
    return Setting("monitor", "monitor", "val_loss", tip=tip)


_MONITOR_TO_WATCH = QT_TRANSLATE_NOOP(
    "callbacks",
    "the recorded value to watch (val_… is measured on the test set); losses and errors should fall, "
    "accuracy should rise",
)


def _min_delta(default: float) -> Setting:
    return Setting(
        "min_delta",
        "float",
        default,
        0.0,
        1000.0,
        QT_TRANSLATE_NOOP("callbacks", "a change smaller than this does not count as an improvement"),
    )


CALLBACKS: dict[str, CallbackSpec] = {
    "EarlyStopping": CallbackSpec(
        QT_TRANSLATE_NOOP("callbacks", "Early stopping"),
        QT_TRANSLATE_NOOP(
            "callbacks",
            "Stops training when the monitored value has not improved by min_delta for patience epochs; "
            "restore_best_weights puts back the best epoch's weights at the end.",
        ),
        (
            _monitor(_MONITOR_TO_WATCH),
            _min_delta(0.0),
            Setting(
                "patience",
                "int",
                10,
                0,
                _EPOCHS,
                QT_TRANSLATE_NOOP("callbacks", "epochs without improvement before training stops"),
            ),
            Setting(
                "restore_best_weights",
                "bool",
                True,
                tip=QT_TRANSLATE_NOOP(
                    "callbacks", "when training ends (stopped early or not), put back the weights of the best epoch"
                ),
            ),
            Setting(
                "start_from_epoch",
                "int",
                0,
                0,
                _EPOCHS,
                QT_TRANSLATE_NOOP("callbacks", "epochs of warm-up that are not watched at all"),
            ),
        ),
    ),
    "ReduceLROnPlateau": CallbackSpec(
        QT_TRANSLATE_NOOP("callbacks", "Reduce learning rate on plateau"),
        QT_TRANSLATE_NOOP(
            "callbacks",
            "Multiplies the learning rate by factor when the monitored value has not improved by min_delta for "
            "patience epochs, never below min_lr; cooldown pauses the counting after a reduction.",
        ),
        (
            _monitor(_MONITOR_TO_WATCH),
            Setting(
                "factor",
                "float",
                0.5,
                0.0,
                1.0,
                QT_TRANSLATE_NOOP("callbacks", "new learning rate = learning rate × factor"),
                open_range=True,
            ),
            Setting(
                "patience",
                "int",
                10,
                0,
                _EPOCHS,
                QT_TRANSLATE_NOOP("callbacks", "epochs without improvement before the rate is lowered"),
            ),
            _min_delta(0.0001),
            Setting(
                "cooldown",
                "int",
                0,
                0,
                _EPOCHS,
                QT_TRANSLATE_NOOP(
                    "callbacks",
                    "after a reduction, the next cooldown − 1 epochs do not count toward patience "
                    "(Keras counts the cooldown down first, so 1 acts as 0)",
                ),
            ),
            Setting(
                "min_lr",
                "float",
                0.0,
                0.0,
                100.0,
                QT_TRANSLATE_NOOP("callbacks", "the learning rate is never lowered below this"),
            ),
        ),
    ),
    "ModelCheckpoint": CallbackSpec(
        QT_TRANSLATE_NOOP("callbacks", "Save the best model (checkpoint)"),
        QT_TRANSLATE_NOOP(
            "callbacks",
            "Saves the model to a .keras file after each epoch whose monitored value is the best so far "
            "(after every epoch if save_best_only is off).",
        ),
        (
            Setting(
                "filepath",
                "path",
                "best.keras",
                tip=QT_TRANSLATE_NOOP(
                    "callbacks", "the .keras file to write; a relative path is relative to the experiment file's folder"
                ),
            ),
            _monitor(
                QT_TRANSLATE_NOOP(
                    "callbacks",
                    "the recorded value that decides which model is best (val_… is measured on the test set); "
                    "losses and errors should fall, accuracy should rise",
                )
            ),
            Setting(
                "save_best_only",
                "bool",
                True,
                tip=QT_TRANSLATE_NOOP(
                    "callbacks", "save only when the monitored value is the best so far; off: after every epoch"
                ),
            ),
        ),
    ),
    "TerminateOnNaN": CallbackSpec(
        QT_TRANSLATE_NOOP("callbacks", "Stop on NaN"),
        QT_TRANSLATE_NOOP("callbacks", "Stops training at the first batch whose loss is NaN or infinite."),
        (),
    ),
}

_ENTRY_KEYS = ("class_name", "config", "module", "registered_name")  # the last two: as Keras serializes


def default(name: str) -> dict:
    """Every setting of callback `name` at its default, e.g. `{"monitor": "val_loss", "patience": 10, ...}`."""
    return {s.key: s.default for s in CALLBACKS[name].settings}


def get(callbacks: Any, name: str) -> dict | None:
    """The config of callback `name` in `callbacks`, with every key (the ones left out take the defaults
    here, not Keras's); None if it is not in the list."""
    if not isinstance(callbacks, list):
        return None
    for entry in callbacks:
        if isinstance(entry, dict) and entry.get("class_name") == name and name in CALLBACKS:
            config = entry.get("config") or {}
            return {**default(name), **(config if isinstance(config, dict) else {})}
    return None


def monitors(metrics: list[str]) -> list[str]:
    """What can be monitored with these compiled metrics: "val_loss", "loss", then "val_<m>", "<m>"."""
    out = ["val_loss", "loss"]
    for m in metrics:
        for name in (f"val_{m}", m):
            if name not in out:
                out.append(name)
    return out


def check(callbacks: Any, monitors: list[str]) -> tuple[str, Message] | None:
    """(where, message) for the first thing `callbacks` gets wrong, where is e.g. "callbacks[1].config.patience";
    None if all fit. `monitors` are the values the run records (see `monitors()`)."""
    if not isinstance(callbacks, list):
        return "callbacks", Message(
            QT_TRANSLATE_NOOP(
                "callback_specs",
                'must be a list of {{"class_name": ..., "config": {{...}}}} entries, got {callbacks}',
            ),
            callbacks=repr(callbacks),
        )
    seen: set[str] = set()
    for i, entry in enumerate(callbacks):
        where = f"callbacks[{i}]"
        if not isinstance(entry, dict) or "class_name" not in entry:
            return where, Message(
                QT_TRANSLATE_NOOP(
                    "callback_specs", 'must look like {"class_name": "EarlyStopping", "config": {"patience": 10}}'
                )
            )
        name = entry["class_name"]
        if name not in CALLBACKS:
            return f"{where}.class_name", Message(
                QT_TRANSLATE_NOOP("callback_specs", "unknown callback {name!r}; choose from {known}"),
                name=name,
                known=tuple(CALLBACKS),
            )
        if name in seen:
            return "callbacks", Message(
                QT_TRANSLATE_NOOP("callback_specs", "{name} appears twice; keep one"), name=name
            )
        seen.add(name)
        extra = [key for key in entry if key not in _ENTRY_KEYS]
        if extra:
            return where, Message(
                QT_TRANSLATE_NOOP("callback_specs", "unexpected key {key!r}; an entry has class_name and config"),
                key=extra[0],
            )
        config = entry.get("config", {})
        if not isinstance(config, dict):
            return f"{where}.config", Message(
                QT_TRANSLATE_NOOP("callback_specs", "must be an object of settings, got {config}"), config=repr(config)
            )
        specs = {s.key: s for s in CALLBACKS[name].settings}
        for key, value in config.items():
            spec = specs.get(key)
            if spec is None:
                if specs:
                    message = Message(
                        QT_TRANSLATE_NOOP("callback_specs", "{name} has no setting {key!r}; its settings: {settings}"),
                        name=name,
                        key=key,
                        settings=tuple(specs),
                    )
                else:
                    message = Message(
                        QT_TRANSLATE_NOOP("callback_specs", "{name} has no setting {key!r}; its settings: none"),
                        name=name,
                        key=key,
                    )
                return f"{where}.config.{key}", message
            wrong = _check_value(spec, value, monitors)
            if wrong:
                return f"{where}.config.{key}", wrong
    return None


def _check_value(spec: Setting, value: Any, monitors: list[str]) -> Message | None:
    """What is wrong with `value` for `spec`, as "<key> <problem>" (the problem alone is `.values["problem"]`,
    which the schedule dialog shows beside the key)."""
    problem = _problem(spec, value, monitors)
    if problem is None:
        return None
    return Message(QT_TRANSLATE_NOOP("callback_specs", "{key} {problem}"), key=spec.key, problem=problem)


def _escapes(path: str) -> bool:
    """Whether a file path from an experiment could write outside the folder it is relative to: an
    absolute path (on any system), a drive, a home (~) or a step up (..). Files are strangers' too."""
    windows = PureWindowsPath(path)
    return (
        PurePosixPath(path).is_absolute()
        or bool(windows.drive or windows.root)
        or path.startswith("~")
        or ".." in windows.parts
    )


def leaves_folder(folder: str | os.PathLike, path: str) -> Message | None:
    """Why writing `path` (relative to `folder`) would land outside `folder` once symbolic links
    are followed — a folder shipped with an experiment may hold a link out of it, which `_escapes`
    cannot see in the text; None when it stays inside. Checked just before each write."""
    base = os.path.realpath(folder)
    target = os.path.realpath(os.path.join(base, path))
    if os.path.commonpath([base, target]) == base:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "callback_specs", "{path} leads out of the run's folder through a symbolic link (to {target}): not written"
        ),
        path=path,
        target=target,
    )


def _problem(spec: Setting, value: Any, monitors: list[str]) -> Message | None:
    if spec.kind == "bool":
        if isinstance(value, bool):
            return None
        return Message(QT_TRANSLATE_NOOP("callback_specs", "must be true or false, got {value}"), value=repr(value))
    if spec.kind == "monitor":
        if isinstance(value, str) and value in monitors:
            return None
        return Message(
            QT_TRANSLATE_NOOP("callback_specs", "{value} is not recorded here; choose from {monitors}"),
            value=repr(value),
            monitors=tuple(monitors),
        )
    if spec.kind == "path":
        if not isinstance(value, str) or not value.strip():
            return Message(
                QT_TRANSLATE_NOOP("callback_specs", "must be the path of a .keras file, got {value}"), value=repr(value)
            )
        if not value.endswith(".keras"):
            return Message(QT_TRANSLATE_NOOP("callback_specs", "must end in .keras, got {value}"), value=repr(value))
        if _escapes(value):
            outside = QT_TRANSLATE_NOOP(
                "callback_specs", "must stay in the run's folder: give a relative path without '..', got {value}"
            )
            return Message(outside, value=repr(value))
        return _check_placeholders(value, monitors)
    if spec.kind == "int":
        if is_int(value) and spec.low <= value <= spec.high:
            return None
        return Message(
            QT_TRANSLATE_NOOP("callback_specs", "must be a whole number from {low} to {high}, got {value}"),
            low=spec.low,
            high=spec.high,
            value=repr(value),
        )
    if spec.open_range:
        if is_number(value) and spec.low < value < spec.high:
            return None
        return Message(
            QT_TRANSLATE_NOOP("callback_specs", "must be a number above {low:g} and below {high:g}, got {value}"),
            low=spec.low,
            high=spec.high,
            value=repr(value),
        )
    if is_number(value) and spec.low <= value <= spec.high:
        return None
    return Message(
        QT_TRANSLATE_NOOP("callback_specs", "must be a number from {low:g} to {high:g}, got {value}"),
        low=spec.low,
        high=spec.high,
        value=repr(value),
    )


def _check_placeholders(path: str, monitors: list[str]) -> Message | None:
    """Keras fills `{epoch}` and the recorded values into the path (`path.format(epoch=..., **logs)`)."""
    try:
        path.format(epoch=1, **dict.fromkeys(monitors, 0.5))
    except (KeyError, IndexError, ValueError):
        return Message(
            QT_TRANSLATE_NOOP(
                "callback_specs",
                "has a {{…}} Keras cannot fill; use one of {names}, e.g. best-{{epoch}}.keras, got {path!r}",
            ),
            names=("epoch", *monitors),
            path=path,
        )
    return None
