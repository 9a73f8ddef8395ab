"""A one-page HTML report of a run: its settings, how it went, its pictures and its curves as numbers.

The page stands alone (inline CSS, pictures embedded as base64 PNG or inline SVG), reads well on
screen and prints on A4 portrait. Every text taken from the experiment, the events or the caller is
HTML-escaped, so a title such as "<script>" shows as text.

Here: the page and its parts (tables, events, pictures). The settings in words are in
`report_settings` (TensorBoard's text summary reuses them), the numbers and how the run ended in
`report_result`, the translation of the page's own words in `report_words`.

Every word the page writes itself is marked `QT_TRANSLATE_NOOP("report", …)` and shown through the
`translate(context, text)` the caller gives (Qt's translate, in the window); without one the page is
English. Sentences other modules make (`Message`s: a schedule's formula, an event's text) are
translated the same way; values (numbers, Keras class names, losses, metrics, paths, setting keys)
are left as they are.
"""

from __future__ import annotations

import base64
import datetime
import html as _html
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from playground.core import atomic_files
from playground.core.experiment.config import Experiment
from playground.core.i18n import QT_TRANSLATE_NOOP, Translate, english, translated
from playground.core.teaching.report_result import best, columns, ending, measures, number, sample_rows
from playground.core.teaching.report_settings import MODEL, layer_rows
from playground.core.teaching.report_settings import sections as _sections
from playground.core.teaching.report_settings import value_text as _value
from playground.core.teaching.report_words import say as _say
from playground.core.teaching.report_words import tr as _tr

EVENT_KINDS = {  # an event's kind as its tag shows it (the kind itself in English)
    "changed": QT_TRANSLATE_NOOP("report", "changed"),
    "early_stop": QT_TRANSLATE_NOOP("report", "early_stop"),
    "restored": QT_TRANSLATE_NOOP("report", "restored"),
    "lr_reduced": QT_TRANSLATE_NOOP("report", "lr_reduced"),
    "rewound": QT_TRANSLATE_NOOP("report", "rewound"),
    "nonfinite": QT_TRANSLATE_NOOP("report", "nonfinite"),
}
CAPTIONS = {  # the window's pictures (`qt/files/report_pictures.py`), by the name it gives them
    "Curves": QT_TRANSLATE_NOOP("report", "Curves"),
    "Output": QT_TRANSLATE_NOOP("report", "Output"),
    "Network": QT_TRANSLATE_NOOP("report", "Network"),
    "Inside the network": QT_TRANSLATE_NOOP("report", "Inside the network"),
}


# --- the page ------------------------------------------------------------------------------------

_CSS = """
@page { size: A4 portrait; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", sans-serif; color: #1d2430;
  background: #fff; margin: 0 auto; padding: 18px 24px 32px; max-width: 190mm; line-height: 1.4;
  font-size: 10.5pt; }
header { border-bottom: 3px solid #2c6fbb; margin-bottom: 12px; padding-bottom: 6px; }
h1 { font-size: 24pt; margin: 0 0 2px; color: #163a63; overflow-wrap: anywhere; }
.subtitle { color: #566173; font-size: 10pt; margin: 0; }
.headline { font-size: 12pt; margin: 6px 0 0; }
h2 { font-size: 16pt; color: #163a63; border-bottom: 1px solid #c9d3e0; margin: 20px 0 8px;
  padding-bottom: 2px; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12pt; margin: 12px 0 4px; color: #2c4a70; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 9.5pt; }
th, td { border: 1px solid #d5dce6; padding: 3px 6px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: #eef3f9; font-weight: 600; }
table.settings th { width: 28%; background: #f5f7fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
.ending { font-size: 12pt; font-weight: 600; margin: 4px 0 8px; }
ul.events { margin: 4px 0; padding-left: 20px; }
ul.events li { margin: 2px 0; }
.kind { display: inline-block; font-size: 8pt; padding: 0 5px; border-radius: 3px; background: #eef3f9;
  color: #2c4a70; margin-right: 4px; }
figure { margin: 10px 0 14px; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figure img, figure svg { max-width: 100%; max-height: 120mm; height: auto; border: 1px solid #e1e6ee; }
figcaption { font-size: 10pt; color: #44505f; margin-top: 3px; font-weight: 600; }
table.history { font-size: 8.5pt; }
table.history td, table.history th { padding: 2px 5px; }
footer { margin-top: 18px; font-size: 8.5pt; color: #7a8494; border-top: 1px solid #d5dce6; padding-top: 4px; }
.none { color: #7a8494; font-style: italic; }
@media print {
  body { padding: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
}
"""


def _e(text: Any) -> str:
    return _html.escape(str(text), quote=True)


def _settings_table(pairs: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th scope='row'>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in pairs)
    return f"<table class='settings'>{body}</table>"


def _layers_table(rows: Sequence[Mapping[str, str]], translate: Translate = english) -> str:
    if not rows:
        return _nothing(_tr(translate, QT_TRANSLATE_NOOP("report", "No layers.")))
    head = "".join(
        f"<th{' class=num' if c in ('units', 'params') else ''}>{_e(_tr(translate, t))}</th>"
        for c, t in (
            ("name", QT_TRANSLATE_NOOP("report", "Layer")),
            ("kind", QT_TRANSLATE_NOOP("report", "Kind")),
            ("units", QT_TRANSLATE_NOOP("report", "Units")),
            ("activation", QT_TRANSLATE_NOOP("report", "Activation")),
            ("settings", QT_TRANSLATE_NOOP("report", "Settings")),
            ("shape", QT_TRANSLATE_NOOP("report", "Output shape")),
            ("params", QT_TRANSLATE_NOOP("report", "Parameters")),
        )
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{' class=num' if c in ('units', 'params') else ''}>{_e(row.get(c, ''))}</td>"
            for c in ("name", "kind", "units", "activation", "settings", "shape", "params")
        )
        + "</tr>"
        for row in rows
    )
    return f"<table class='layers'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _nothing(text: str) -> str:
    """Where a part of the page has nothing to show."""
    return f"<p class='none'>{_e(text)}</p>"


def _no_epochs(translate: Translate) -> str:
    return _nothing(_tr(translate, QT_TRANSLATE_NOOP("report", "No epochs trained.")))


def _result(
    rows: Sequence[Mapping[str, Any]], holdout: Mapping[str, float] | None, translate: Translate = english
) -> str:
    if not rows:
        return _no_epochs(translate)
    last = rows[-1]
    names = measures(rows)
    hold = {k: v for k, v in (holdout or {}).items() if isinstance(v, (int, float))}
    head = [
        "",
        _tr(translate, QT_TRANSLATE_NOOP("report", "Training (final)")),
        _tr(translate, QT_TRANSLATE_NOOP("report", "Validation (final)")),
        _tr(translate, QT_TRANSLATE_NOOP("report", "Best validation")),
        _tr(translate, QT_TRANSLATE_NOOP("report", "at epoch")),
    ]
    if hold:
        head.append(_tr(translate, QT_TRANSLATE_NOOP("report", "Held-out test")))
    cells = "".join(f"<th{' class=num' if i else ''}>{_e(h)}</th>" for i, h in enumerate(head))
    body = []
    for name in names:
        val = f"val_{name}"
        found = best(rows, val)
        row = [
            f"<th scope='row'>{_e(name)}</th>",
            f"<td class='num'>{_e(number(last.get(name), name))}</td>",
            f"<td class='num'>{_e(number(last.get(val), name))}</td>",
            f"<td class='num'>{_e(number(found[0], name)) if found else '—'}</td>",
            f"<td class='num'>{found[1] if found else '—'}</td>",
        ]
        if hold:
            row.append(f"<td class='num'>{_e(number(hold.get(name), name)) if name in hold else '—'}</td>")
        body.append("<tr>" + "".join(row) + "</tr>")
    table = f"<table class='result'><thead><tr>{cells}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    extra = []
    if "learning_rate" in last:
        label = _tr(translate, QT_TRANSLATE_NOOP("report", "final learning rate"))
        extra.append((label, number(last["learning_rate"], "learning_rate")))
    others = [k for k in hold if k not in names]
    held_out = QT_TRANSLATE_NOOP("report", "held-out {measure}")
    extra += [(_say(translate, held_out, measure=k), number(hold[k], k)) for k in others]
    return table + (_settings_table(extra) if extra else "")


def _events(events: Sequence[Mapping[str, Any]], translate: Translate = english) -> str:
    if not events:
        return _nothing(_tr(translate, QT_TRANSLATE_NOOP("report", "Nothing happened along the way.")))
    at = QT_TRANSLATE_NOOP("report", "epoch {epoch}")

    def kind(e: Mapping[str, Any]) -> str:
        name = e.get("kind", "")
        return _tr(translate, EVENT_KINDS[name]) if isinstance(name, str) and name in EVENT_KINDS else str(name)

    items = "".join(
        f"<li><strong>{_e(_say(translate, at, epoch=e.get('epoch', '?')))}</strong> "
        f"<span class='kind'>{_e(kind(e))}</span>{_e(translated(e.get('text', ''), translate))}</li>"
        for e in sorted(events, key=lambda e: e.get("epoch", 0) if isinstance(e.get("epoch"), int) else 0)
    )
    return f"<ul class='events'>{items}</ul>"


_SVG_PROLOG = re.compile(r"^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?", re.IGNORECASE)
_SVG_SCRIPT = re.compile(r"<script\b.*?(</script\s*>|/>)", re.IGNORECASE | re.DOTALL)
_SVG_HANDLER = re.compile(r"\son\w+\s*=\s*(\"[^\"]*\"|'[^']*')", re.IGNORECASE)


def _svg(data: bytes) -> str:
    """An SVG drawing to put in the page as it is, without its XML prolog and without scripts."""
    text = data.decode("utf-8", errors="replace")
    text = _SVG_PROLOG.sub("", text, count=1)
    return _SVG_HANDLER.sub("", _SVG_SCRIPT.sub("", text))


def _mime(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return "image/png"


def caption(name: str) -> str:
    """A picture's caption: its name without the file suffix ("Curves.svg" → "Curves")."""
    return re.sub(r"\.(svg|png|jpe?g|gif)$", "", name, flags=re.IGNORECASE)


def _figures(pictures: Mapping[str, bytes], translate: Translate = english) -> str:
    figures = []
    for name, data in pictures.items():
        if not data:
            continue
        text = caption(name)
        label = _e(_tr(translate, CAPTIONS[text]) if text in CAPTIONS else text)
        if name.lower().endswith(".svg"):
            body = _svg(data)
        else:
            encoded = base64.b64encode(data).decode("ascii")
            body = f"<img src='data:{_mime(data)};base64,{encoded}' alt='{label}'>"
        figures.append(f"<figure>{body}<figcaption>{label}</figcaption></figure>")
    return "".join(figures)


def _history(rows: Sequence[Mapping[str, Any]], translate: Translate = english) -> str:
    if not rows:
        return _no_epochs(translate)
    cols = columns(rows)
    shown = sample_rows(rows)
    note = ""
    if len(shown) != len(rows):
        sampled = QT_TRANSLATE_NOOP("report", "{shown} of {total} epochs, evenly spaced.")
        note = f"<p>{_e(_say(translate, sampled, shown=len(shown), total=f'{len(rows):,}'))}</p>"
    # The epoch and the rate in words; the other columns are the metrics' names, as Keras writes them.
    words = {
        "epoch": QT_TRANSLATE_NOOP("report", "epoch"),
        "learning_rate": QT_TRANSLATE_NOOP("report", "learning rate"),
    }
    head = "".join(
        f"<th class='num'>{_e(_tr(translate, words[c]) if c in words else c.replace('_', ' '))}</th>" for c in cols
    )
    body = "".join(
        "<tr>" + "".join(f"<td class='num'>{_e(number(row.get(c), c))}</td>" for c in cols) + "</tr>" for row in shown
    )
    return f"{note}<table class='history'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _headline(experiment: Experiment, translate: Translate = english) -> str:
    t = experiment.training
    dense = [str(layer.get("config", {}).get("units")) for layer in experiment.model.layers]
    plain = all(layer.get("class_name") == "Dense" for layer in experiment.model.layers)
    if plain and dense:
        stack = "-".join(dense)
    else:
        stack = _say(translate, QT_TRANSLATE_NOOP("report", "{n} layers"), n=len(experiment.model.layers))
    lr = t.optimizer.get("config", {}).get("learning_rate")
    optimizer = _say(
        translate,
        QT_TRANSLATE_NOOP("report", "{optimizer} lr {lr}"),
        optimizer=t.optimizer.get("class_name"),
        lr=_value(lr),
    )
    batch = _say(translate, QT_TRANSLATE_NOOP("report", "batch {size}"), size=t.batch_size)
    return f"{experiment.data.name} · {stack} · {optimizer} · {batch}"


def html(
    experiment: Experiment,
    rows: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]] = (),
    pictures: Mapping[str, bytes] | None = None,
    title: str | None = None,
    holdout: Mapping[str, float] | None = None,
    versions: Mapping[str, str] | None = None,
    reason: str | None = None,
    date: datetime.datetime | None = None,
    translate: Translate = english,
    lang: str = "en",
) -> str:
    """The report of one run as a standalone HTML page.

    Args:
        experiment: the settings the run trained with.
        rows: its history rows {"epoch", "loss", "val_loss", <metric>, "val_<metric>", "learning_rate"}.
        events: what happened along the way, each {"epoch", "kind", "text"}.
        pictures: caption → image bytes ("Curves", "Output", "Network"…); PNG (or JPEG) bytes are
            embedded as base64 <img>, bytes under a name ending in ".svg" as inline SVG.
        title: the page's title, e.g. the experiment file's name. Defaults to "<dataset> experiment".
        holdout: scores on the held-out test set ({"loss": …, "accuracy": …}) if it was evaluated.
        versions: library versions to note at the bottom ({"tensorflow": "2.21.0", "keras": "3.15.1"}).
        reason: how the run ended, one of `ENDINGS`; defaults to a guess from the events and rows.
        date: when the report is made. Defaults to now.
        translate: `translate(context, text)` gives a marked text in the reader's language (Qt's
            translate, in the window); the default leaves every text in English.
        lang: the page's language as HTML names it ("en", "zh-CN", "zh-TW").
    """

    def opening(key: str, heading: str) -> str:
        return f"<section id='{key}'><h2>{_e(_tr(translate, heading))}</h2>"

    pictures = pictures or {}
    title = title or _say(translate, QT_TRANSLATE_NOOP("report", "{dataset} experiment"), dataset=experiment.data.name)
    when = (date or datetime.datetime.now()).strftime("%Y-%m-%d %H:%M")
    subtitle = _say(translate, QT_TRANSLATE_NOOP("report", "Neural-network playground report · {date}"), date=when)
    parts = [
        "<!DOCTYPE html>",
        f"<html lang='{_e(lang)}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(title)}</h1>",
        f"<p class='subtitle'>{_e(subtitle)}</p>",
        f"<p class='headline'>{_e(_headline(experiment, translate))}</p></header>",
    ]
    parts.append(opening("settings", QT_TRANSLATE_NOOP("report", "Settings")))
    for name, pairs in _sections(experiment, translate):
        parts += [f"<h3>{_e(_tr(translate, name))}</h3>", _settings_table(pairs)]
        if name == MODEL:
            parts.append(_layers_table(layer_rows(experiment, translate), translate))
    parts += [
        "</section>",
        opening("result", QT_TRANSLATE_NOOP("report", "Result")),
        f"<p class='ending'>{_e(ending(experiment, rows, events, reason, translate))}</p>",
        _result(rows, holdout, translate),
        "</section>",
        opening("events", QT_TRANSLATE_NOOP("report", "Events")),
        _events(events, translate),
        "</section>",
    ]
    if pictures:
        parts += [opening("pictures", QT_TRANSLATE_NOOP("report", "Pictures")), _figures(pictures, translate)]
        parts.append("</section>")
    parts += [opening("history", QT_TRANSLATE_NOOP("report", "History")), _history(rows, translate), "</section>"]
    made = _tr(translate, QT_TRANSLATE_NOOP("report", "Made with the neural-network playground"))
    if versions:
        made += " · " + " · ".join(f"{k} {v}" for k, v in versions.items())
    parts += [f"<footer>{_e(made)}</footer>", "</body></html>"]
    return "\n".join(parts) + "\n"


def write(path: str | Path, experiment: Experiment, rows: Sequence[Mapping[str, Any]], **options) -> Path:
    """Writes `html(experiment, rows, **options)` to `path` (UTF-8) and returns the path.

    Raises:
        OSError: the file could not be written.
    """
    target = Path(path)
    atomic_files.write_text(target, html(experiment, rows, **options))
    return target
