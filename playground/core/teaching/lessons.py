"""Lessons: bundled experiments, each with a short text in English, Simplified and Traditional Chinese.

A lesson file `assets/lessons/NN_short_name.json` (NN = 01, 02… gives the order) holds:

    {
      "format": "playground.lesson",
      "version": 1,
      "title": {"en": "...", "zh_CN": "...", "zh_TW": "..."},
      "text": {"en": "...", "zh_CN": "...", "zh_TW": "..."},      what to watch and why
      "try": {"en": "...", "zh_CN": "...", "zh_TW": "..."},       optional: what to do next
      "experiment": {...},                                          a whole experiment, as Experiment.save writes it
      "variants": [                                                 optional: the other settings to compare
        {"label": {"en": ..., "zh_CN": ..., "zh_TW": ...},
         "set": {"training.optimizer.config.learning_rate": 0.0003, "model.layers[0].config.units": 8},
         "remove": ["model.layers[1].config.kernel_initializer"]}
      ],
      "expect": {"epochs": 40, "check": "...", ...}                 optional: what the tests measure
    }

A variant is a patch on the lesson's experiment (its first case): `set` writes each value at a dotted
key, spelled the way error messages name fields (`model.layers[2].config.rate`); `remove` deletes keys
so they take their defaults. Every container on the way must exist; the last key may be new in an
object (a regularizer added to a layer) but a list index must already exist. The patched experiment is
validated like any experiment file. `expect` is free-form data for the tests (`epochs`, if given, is
the number of epochs the effect shows within).

Plain Python: no TensorFlow and no Qt.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playground import resources
from playground.core import json_files
from playground.core.errors import ExperimentError
from playground.core.experiment.checks import validate
from playground.core.experiment.config import Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Message

FORMAT = "playground.lesson"
VERSION = 1
LANGUAGES = ("en", "zh_CN", "zh_TW")
FALLBACK = "en"
LESSONS_DIR = resources.folder(resources.LESSONS)  # a Path, or a Traversable when zipped
FILE_PATTERN = "[0-9][0-9]_*.json"
KEYS = ("format", "version", "title", "text", "try", "experiment", "variants", "expect")
VARIANT_KEYS = ("label", "set", "remove")

_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")
_INDEX = re.compile(r"\[(\d+)\]")
KEY_EXAMPLE = "training.optimizer.config.learning_rate or model.layers[0].config.units"


class LessonError(ExperimentError):
    """A lesson file is wrong: `source` names the file, `field` the key inside it."""

    def __init__(self, source: str, field_path: str, message: str):
        # the file and the field stay as they are spelled; the message is a Message the window translates
        ValueError.__init__(
            self, Message.of("", "{source}: {field}: {message}", source=source, field=field_path, message=message)
        )
        self.source = source
        self.field = field_path
        self.message = message


def language(lang: str | None) -> str:
    """One of LANGUAGES: `lang` itself ("zh-TW" is read as "zh_TW"), or English for anything else."""
    name = str(lang or "").replace("-", "_")
    return name if name in LANGUAGES else FALLBACK


@dataclass(frozen=True)
class Variant:
    """Another setting of a lesson's experiment: a label in every language and a patch."""

    labels: dict[str, str]
    set: dict[str, Any] = field(default_factory=dict)
    remove: tuple[str, ...] = ()

    def label(self, lang: str | None = FALLBACK) -> str:
        return self.labels[language(lang)]


@dataclass(frozen=True)
class Lesson:
    """One lesson file, checked: every text in every language, the experiment and each variant valid.

    Args:
        key: the file name without .json, e.g. "03_learning_rate".
        path: the file.
        titles, texts, try_texts: language -> text (`try_texts` empty when the file has no "try").
        experiment_data: the experiment as the file holds it (use `experiment()` for an Experiment).
        variants: the other settings to compare, in the file's order.
        expect: what the tests measure (free-form; empty when not given).
    """

    key: str
    path: Path  # or an importlib.resources Traversable (a bundled lesson in a zip)
    titles: dict[str, str]
    texts: dict[str, str]
    try_texts: dict[str, str]
    experiment_data: dict
    variants: tuple[Variant, ...] = ()
    expect: dict = field(default_factory=dict)

    def title(self, lang: str | None = FALLBACK) -> str:
        return self.titles[language(lang)]

    def text(self, lang: str | None = FALLBACK) -> str:
        return self.texts[language(lang)]

    def try_text(self, lang: str | None = FALLBACK) -> str:
        """What to do next, or "" when the lesson does not say."""
        return self.try_texts.get(language(lang), "")

    def experiment(self) -> Experiment:
        """The lesson's first case: a fresh, validated Experiment each call."""
        exp = Experiment.from_dict(copy.deepcopy(self.experiment_data))
        validate(exp)
        return exp

    def variant_experiment(self, index: int) -> Experiment:
        """The experiment with variant `index` applied (fresh and validated)."""
        return apply_variant(self.experiment(), self.variants[index])


def load_all(directory: str | Path = LESSONS_DIR) -> list[Lesson]:
    """Every lesson in `directory` (files NN_name.json), sorted by file name. Raises LessonError
    naming the file and the field for the first broken one."""
    return [load(path) for path in resources.matching(_located(directory), FILE_PATTERN)]


def load(path: str | Path) -> Lesson:
    """Reads and checks one lesson file. Raises LessonError naming the file and the field."""
    path = _located(path)
    source = path.name
    try:
        raw = json_files.loads(path.read_text(encoding="utf-8-sig"), json_files.EXPERIMENT_MB)
    except (OSError, UnicodeDecodeError) as exc:
        raise LessonError(
            source, "(file)", Message(QT_TRANSLATE_NOOP("lessons", "cannot be read: {error}"), error=str(exc))
        ) from None
    except ExperimentError as exc:  # not JSON, or beyond a limit (size, depth, digits)
        raise LessonError(source, exc.field, exc.message) from None
    return from_dict(raw, path)


def _located(path: str | Path):
    """A Path for a name or a path; a packaged file (a Traversable in a zip) as it is."""
    return Path(path) if isinstance(path, (str, os.PathLike)) else path


def from_dict(raw: Any, path: str | Path = "lesson.json") -> Lesson:
    """A Lesson from a file's parsed JSON; `path` names it in messages and gives the key."""
    path = _located(path)
    source = path.name
    if not isinstance(raw, dict):
        raise LessonError(source, "(file)", Message(QT_TRANSLATE_NOOP("lessons", "must be a JSON object")))
    for key in raw:
        if key not in KEYS:
            raise LessonError(
                source, key, Message(QT_TRANSLATE_NOOP("lessons", "is not a lesson field; allowed: {keys}"), keys=KEYS)
            )
    if raw.get("format") != FORMAT:
        raise LessonError(
            source,
            "format",
            Message(
                QT_TRANSLATE_NOOP("lessons", 'must be "{format}", got {got}'),
                format=FORMAT,
                got=repr(raw.get("format")),
            ),
        )
    if raw.get("version") != VERSION:
        raise LessonError(
            source,
            "version",
            Message(
                QT_TRANSLATE_NOOP("lessons", "this playground reads version {version}, got {got}"),
                version=VERSION,
                got=repr(raw.get("version")),
            ),
        )
    titles = _texts(raw, "title", source)
    texts = _texts(raw, "text", source)
    try_texts = _texts(raw, "try", source) if "try" in raw else {}
    if "experiment" not in raw:
        raise LessonError(
            source, "experiment", Message(QT_TRANSLATE_NOOP("lessons", "is missing: a lesson needs a whole experiment"))
        )
    data = raw["experiment"]
    try:
        base = Experiment.from_dict(copy.deepcopy(data))
        validate(base)
    except ExperimentError as exc:
        raise LessonError(source, f"experiment.{exc.field}", exc.message) from None
    variants = raw.get("variants", [])
    if not isinstance(variants, list):
        raise LessonError(
            source,
            "variants",
            Message(QT_TRANSLATE_NOOP("lessons", 'must be a list of {"label": {...}, "set": {...}}')),
        )
    parsed = []
    for i, entry in enumerate(variants):
        where = f"variants[{i}]"
        try:
            variant = parse_variant(entry)
            apply_variant(base, variant)
        except ExperimentError as exc:
            raise LessonError(source, f"{where}.{exc.field}", exc.message) from None
        parsed.append(variant)
    expect = raw.get("expect", {})
    if not isinstance(expect, dict):
        raise LessonError(source, "expect", Message(QT_TRANSLATE_NOOP("lessons", "must be a JSON object")))
    epochs = expect.get("epochs", 1)
    if not isinstance(epochs, int) or isinstance(epochs, bool) or epochs < 1:
        raise LessonError(
            source,
            "expect.epochs",
            Message(QT_TRANSLATE_NOOP("lessons", "must be a whole number ≥ 1, got {epochs}"), epochs=repr(epochs)),
        )
    return Lesson(Path(source).stem, path, titles, texts, try_texts, copy.deepcopy(data), tuple(parsed), dict(expect))


def _texts(raw: dict, key: str, source: str) -> dict[str, str]:
    """`raw[key]` as {language: text}, with every language present and not blank."""
    value = raw.get(key)
    if value is None:
        raise LessonError(
            source,
            key,
            Message(QT_TRANSLATE_NOOP("lessons", "is missing: give it in {languages}"), languages=LANGUAGES),
        )
    return _languages(value, key, lambda field_path, message: LessonError(source, field_path, message))


def _languages(value: Any, where: str, error) -> dict[str, str]:
    if not isinstance(value, dict):
        raise error(
            where,
            Message(
                QT_TRANSLATE_NOOP("lessons", 'must be {{"en": "...", "zh_CN": "...", "zh_TW": "..."}}, got {type}'),
                type=type(value).__name__,
            ),
        )
    for lang in value:
        if lang not in LANGUAGES:
            raise error(
                f"{where}.{lang}",
                Message(
                    QT_TRANSLATE_NOOP("lessons", "is not a language of the playground; use {languages}"),
                    languages=LANGUAGES,
                ),
            )
    for lang in LANGUAGES:
        text = value.get(lang)
        if text is None:
            raise error(
                f"{where}.{lang}",
                Message(
                    QT_TRANSLATE_NOOP("lessons", "is missing: every text is given in {languages}"), languages=LANGUAGES
                ),
            )
        if not isinstance(text, str) or not text.strip():
            raise error(
                f"{where}.{lang}",
                Message(QT_TRANSLATE_NOOP("lessons", "must be a text that is not empty, got {text}"), text=repr(text)),
            )
    return {lang: value[lang].strip() for lang in LANGUAGES}


def parse_variant(entry: Any) -> Variant:
    """A Variant from its JSON form. Raises ExperimentError naming the wrong key."""
    if not isinstance(entry, dict):
        raise ExperimentError(
            "(variant)",
            Message(
                QT_TRANSLATE_NOOP("lessons", 'must look like {"label": {"en": ...}, "set": {"dotted.key": value}}')
            ),
        )
    for key in entry:
        if key not in VARIANT_KEYS:
            raise ExperimentError(
                key, Message(QT_TRANSLATE_NOOP("lessons", "is not a variant field; allowed: {keys}"), keys=VARIANT_KEYS)
            )
    labels = _languages(entry.get("label"), "label", ExperimentError)
    changes = entry.get("set", {})
    if not isinstance(changes, dict):
        raise ExperimentError(
            "set",
            Message(
                QT_TRANSLATE_NOOP("lessons", 'must map dotted keys to values, e.g. {{"{key}": 0.1}}'),
                key=KEY_EXAMPLE.split()[0],
            ),
        )
    removed = entry.get("remove", [])
    if not isinstance(removed, list) or not all(isinstance(k, str) for k in removed):
        raise ExperimentError(
            "remove",
            Message(
                QT_TRANSLATE_NOOP("lessons", 'must be a list of dotted keys, e.g. ["model.layers[0].config.use_bias"]')
            ),
        )
    if not changes and not removed:
        raise ExperimentError(
            "set", Message(QT_TRANSLATE_NOOP("lessons", "is empty: a variant changes at least one setting"))
        )
    for key in [*changes, *removed]:
        _path(key, "set" if key in changes else "remove")
    return Variant(labels, copy.deepcopy(changes), tuple(removed))


def apply_variant(exp: Experiment, variant: Variant | dict) -> Experiment:
    """A new, validated Experiment: `exp` with the variant's patch applied (`exp` is left as it was).

    Raises ExperimentError: for a key that does not lead anywhere, the field is `set["key"]` (or
    `remove[...]`); for a patched experiment that is not valid, the experiment's field, e.g.
    `training.optimizer.config.learning_rate`.
    """
    if not isinstance(variant, Variant):
        variant = parse_variant(variant)
    raw = exp.to_dict()
    for key, value in variant.set.items():
        parent, last = _walk(raw, key, "set")
        parent[last] = copy.deepcopy(value)
    for key in variant.remove:
        parent, last = _walk(raw, key, "remove")
        if isinstance(parent, list):
            raise ExperimentError(
                f'remove["{key}"]',
                Message(QT_TRANSLATE_NOOP("lessons", "can only remove a key of an object, not a list item")),
            )
        if last not in parent:
            raise ExperimentError(
                f'remove["{key}"]',
                Message(QT_TRANSLATE_NOOP("lessons", "there is no {key!r} to remove here"), key=last),
            )
        del parent[last]
    try:
        patched = Experiment.from_dict(raw)
        validate(patched)
    except ExperimentError as exc:
        raise ExperimentError(
            exc.field,
            Message(QT_TRANSLATE_NOOP("lessons", "{message} (after the variant's patch)"), message=exc.message),
        ) from None
    return patched


def _path(key: str, kind: str) -> list[str | int]:
    """The steps of a dotted key: names and list indexes."""
    steps: list[str | int] = []
    parts = key.split(".") if isinstance(key, str) else [""]
    for part in parts:
        match = _SEGMENT.fullmatch(part)
        if not match:
            first, second = KEY_EXAMPLE.split(" or ")
            raise ExperimentError(
                f'{kind}["{key}"]',
                Message(
                    QT_TRANSLATE_NOOP("lessons", "is not a dotted key like {first} or {second}"),
                    first=first,
                    second=second,
                ),
            )
        steps.append(match.group(1))
        steps.extend(int(i) for i in _INDEX.findall(match.group(2)))
    return steps


def _walk(raw: dict, key: str, kind: str) -> tuple[dict | list, str | int]:
    """(container, last step) of `key` in `raw`; every container on the way must exist."""
    steps = _path(key, kind)
    where = f'{kind}["{key}"]'
    node: Any = raw
    done = ""
    for step in steps[:-1]:
        node = _step(node, step, where, done)
        done = f"{done}[{step}]" if isinstance(step, int) else (f"{done}.{step}" if done else step)
    last = steps[-1]
    if isinstance(last, int):
        if not isinstance(node, list):
            raise ExperimentError(where, _not_a_list(done))
        if last >= len(node):
            raise ExperimentError(where, _no_item(done, len(node), last))
    elif not isinstance(node, dict):
        raise ExperimentError(where, _not_an_object(done))
    return node, last


def _step(node: Any, step: str | int, where: str, done: str) -> Any:
    if isinstance(step, int):
        if not isinstance(node, list):
            raise ExperimentError(where, _not_a_list(done))
        if step >= len(node):
            raise ExperimentError(where, _no_item(done, len(node), step))
        return node[step]
    if not isinstance(node, dict):
        raise ExperimentError(where, _not_an_object(done))
    if step not in node or not isinstance(node[step], (dict, list)):
        known = tuple(k for k, v in node.items() if isinstance(v, (dict, list)))
        inside = f"{done}.{step}" if done else step
        if known:
            template = QT_TRANSLATE_NOOP(
                "lessons", "{inside} is not a section of the experiment here; sections: {known}"
            )
        else:
            template = QT_TRANSLATE_NOOP("lessons", "{inside} is not a section of the experiment here; sections: none")
        raise ExperimentError(where, Message(template, inside=inside, known=known))
    return node[step]


def _where(done: str) -> str:
    """The part of the experiment walked so far, as a dotted key; the experiment itself when none."""
    return done or Message(QT_TRANSLATE_NOOP("lessons", "the experiment"))


def _not_a_list(done: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("lessons", "{where} is not a list"), where=_where(done))


def _not_an_object(done: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("lessons", "{where} is not an object with keys"), where=_where(done))


def _no_item(done: str, count: int, index: int) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("lessons", "{where} has {count} item(s): [{index}] is not one of them"),
        where=done,
        count=count,
        index=index,
    )
