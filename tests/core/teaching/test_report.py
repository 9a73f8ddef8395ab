"""The one-page HTML report of a run, read back with the standard library's HTML parser."""

from __future__ import annotations

import ast
import base64
import datetime
import math
from html.parser import HTMLParser
from pathlib import Path

import pytest

from playground.core.data.data_config import FILE
from playground.core.experiment.config import default_experiment, dense
from playground.core.i18n import QT_TRANSLATE_NOOP, Message
from playground.core.recipe import schedule_rates
from playground.core.teaching import report, report_result, report_settings, report_words

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict, parent=None):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def find_all(self, tag: str, cls: str | None = None) -> list:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag and (cls is None or cls in child.attrs.get("class", "").split()):
                    found.append(child)
                found += child.find_all(tag, cls)
        return found

    def find(self, tag: str, cls: str | None = None):
        found = self.find_all(tag, cls)
        return found[0] if found else None


class Tree(HTMLParser):
    """A small DOM: every start tag seen (to look for <script>), and a tree to walk."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#root", {})
        self.start_tags: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.start_tags.append(tag)
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.start_tags.append(tag)
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def section(tree: Tree, name: str) -> Node:
    return next(s for s in tree.root.find_all("section") if s.attrs.get("id") == name)


def pairs(table: Node) -> dict[str, str]:
    return {tr.find("th").text(): tr.find("td").text() for tr in table.find_all("tr")}


def table_rows(table: Node) -> list[list[str]]:
    return [
        [cell.text() for cell in tr.children if isinstance(cell, Node)] for tr in table.find("tbody").find_all("tr")
    ]


def _experiment():
    exp = default_experiment()
    exp.data.noise = 0.2
    exp.data.samples = 400
    exp.model.layers = [dense(8, "relu", l2=0.001), {"class_name": "Dropout", "config": {"rate": 0.25}}]
    exp.model.layers += [dense(4, "relu"), dense(1, "sigmoid")]
    exp.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.01, "beta_1": 0.85}}
    exp.training.schedule = {"class_name": "ExponentialDecay", "config": {"decay_steps": 100, "decay_rate": 0.9}}
    exp.training.callbacks = [{"class_name": "EarlyStopping", "config": {"patience": 7}}]
    exp.training.batch_size = 16
    exp.training.epochs = 200
    return exp


def _rows(n: int) -> list[dict]:
    """Loss falls to its lowest at epoch 40 then rises; accuracy peaks at epoch 45."""
    rows = []
    for e in range(1, n + 1):
        rows.append(
            {
                "epoch": e,
                "loss": 1.0 / e,
                "accuracy": min(0.99, 0.5 + e / 100),
                "val_loss": 0.2 + abs(e - 40) / 100,
                "val_accuracy": 0.9 - abs(e - 45) / 1000,
                "learning_rate": 0.01 * 0.9**e,
            }
        )
    return rows


def test_the_settings_are_readable_tables():
    exp = _experiment()
    page = report.html(exp, _rows(5), title="circle_dropout.json")
    tree = Tree(page)
    assert tree.root.find("h1").text() == "circle_dropout.json"
    assert tree.root.find("title").text() == "circle_dropout.json"
    settings = section(tree, "settings")
    headings = [h.text() for h in settings.find_all("h3")]
    assert headings == ["Data", "Model", "Training"]
    data, model, training = (pairs(t) for t in settings.find_all("table", "settings"))
    assert data["dataset"] == "circle" and data["samples"] == "400" and data["noise"] == "0.2"
    assert data["features"] == "x1, x2"
    assert data["split"].startswith("50 % training / 50 % validation")
    assert model["layers"] == "4" and model["parameters"] == f"{8 * 2 + 8 + 4 * 8 + 4 + 4 + 1:,}"
    assert training["loss"] == "binary_crossentropy"
    assert training["optimizer"] == "Adam (beta_1 0.85, beta_2 0.999, epsilon 1e-07, amsgrad off)"
    assert training["learning rate"] == "0.01"
    assert training["schedule"] == schedule_rates.describe(exp.training.schedule, 0.01)
    assert training["batch size"] == "16" and training["epochs"] == "200"
    assert (
        training["callbacks"].startswith("EarlyStopping (monitor val_loss, ") and "patience 7" in training["callbacks"]
    )
    assert training["validation"].startswith("hold-out")
    layers = table_rows(settings.find("table", "layers"))
    assert layers[0][:2] == ["input", "Input"] and layers[0][5] == "(2,)"
    assert layers[1] == ["dense_1", "Dense", "8", "relu", "L2 0.001", "(8,)", "24"]
    assert layers[2][:2] == ["dropout_2", "Dropout"] and layers[2][4] == "0.25" and layers[2][6] == "0"
    assert layers[4] == ["dense_4", "Dense", "1", "sigmoid", "", "(1,)", "5"]


def test_the_result_gives_final_and_best_numbers_and_how_it_ended():
    exp = _experiment()
    rows = _rows(60)
    events = [
        {"epoch": 30, "kind": "changed", "text": "learning rate 0.01 → 0.005"},
        {"epoch": 60, "kind": "early_stop", "text": "EarlyStopping: val_loss has not improved for 7 epochs"},
    ]
    holdout = {"loss": 0.3125, "accuracy": 0.875}
    tree = Tree(report.html(exp, rows, events, holdout=holdout, versions={"tensorflow": "2.99", "keras": "3.99"}))
    result = section(tree, "result")
    ending = result.find("p", "ending").text()
    assert ending.startswith("Stopped early at epoch 60: EarlyStopping: val_loss has not improved")
    head = [th.text() for th in result.find("table", "result").find("thead").find_all("th")]
    assert head == ["", "Training (final)", "Validation (final)", "Best validation", "at epoch", "Held-out test"]
    loss, accuracy = table_rows(result.find("table", "result"))
    last = rows[-1]
    assert loss == ["loss", f"{last['loss']:.4g}", f"{last['val_loss']:.4g}", f"{0.2:.4g}", "40", "0.3125"]
    assert accuracy == [
        "accuracy",
        f"{last['accuracy'] * 100:.1f} %",
        f"{last['val_accuracy'] * 100:.1f} %",
        "90.0 %",
        "45",
        "87.5 %",
    ]
    assert pairs(result.find("table", "settings"))["final learning rate"] == f"{last['learning_rate']:.3g}"
    items = [li.text() for li in section(tree, "events").find_all("li")]
    assert items[0] == "epoch 30 changedlearning rate 0.01 → 0.005" and "epoch 60" in items[1]
    assert "tensorflow 2.99 · keras 3.99" in tree.root.find("footer").text()


@pytest.mark.parametrize(
    ("rows", "events", "reason", "expected"),
    [
        (_rows(200), [], None, "Finished: reached the epoch limit (200 epochs)"),
        (_rows(12), [], None, "Paused at epoch 12 of 200"),
        (_rows(12), [], "stopped", "Stopped by hand at epoch 12"),
        ([*_rows(3), {"epoch": 4, "loss": math.nan}], [], None, "The loss became NaN or infinite at epoch 4"),
        ([], [], None, "Not trained yet"),
    ],
)
def test_how_the_run_ended(rows, events, reason, expected):
    assert report_result.ending(_experiment(), rows, events, reason) == expected


def test_the_history_table_keeps_every_row_up_to_50_else_samples_evenly_with_the_last():
    exp = _experiment()
    short = table_rows(section(Tree(report.html(exp, _rows(50))), "history").find("table"))
    assert [int(r[0]) for r in short] == list(range(1, 51))
    rows = _rows(1237)
    history = section(Tree(report.html(exp, rows)), "history")
    table = history.find("table")
    head = [th.text() for th in table.find("thead").find_all("th")]
    assert head == ["epoch", "loss", "accuracy", "val loss", "val accuracy", "learning rate"]
    shown = table_rows(table)
    epochs = [int(r[0]) for r in shown]
    assert len(epochs) == 50 and epochs[0] == 1 and epochs[-1] == 1237 and epochs == sorted(epochs)
    gaps = {b - a for a, b in zip(epochs, epochs[1:], strict=False)}
    assert max(gaps) - min(gaps) <= 1  # evenly spread
    assert shown[-1][1] == f"{rows[-1]['loss']:.4g}"
    assert "50 of 1,237 epochs" in history.text()


def test_pictures_are_embedded_with_captions():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3
    svg = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
        b'<rect id="box" width="20" height="10" fill="#08f"/><script>alert(1)</script></svg>'
    )
    page = report.html(_experiment(), _rows(3), pictures={"Curves": png, "Output": png[:40], "Network.svg": svg})
    tree = Tree(page)
    figures = section(tree, "pictures").find_all("figure")
    assert [f.find("figcaption").text() for f in figures] == ["Curves", "Output", "Network"]
    for figure, data in zip(figures[:2], (png, png[:40]), strict=True):
        src = figure.find("img").attrs["src"]
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.removeprefix("data:image/png;base64,")) == data
    drawing = figures[2].find("svg")
    assert drawing is not None and drawing.find("rect").attrs["id"] == "box"
    assert "<?xml" not in page and "script" not in tree.start_tags


def test_every_text_is_escaped():
    exp = _experiment()
    exp.data.features = ["x1", "x2"]
    exp.model.layers[0]["config"]["name"] = "<b>wide</b>"
    title = '<script>alert("hi")</script> & more'
    events = [{"epoch": 2, "kind": "<i>", "text": "<img src=x onerror=alert(1)>"}]
    page = report.html(exp, _rows(3), events, title=title, pictures={'"><script>x</script>': b"\x89PNG"})
    tree = Tree(page)
    assert "script" not in tree.start_tags
    assert not {"b", "i"} & set(tree.start_tags)
    assert [n.attrs.get("src", "") for n in tree.root.find_all("img") if "onerror" in n.attrs] == []
    assert all(img.attrs["src"].startswith("data:image/png;base64,") for img in tree.root.find_all("img"))
    assert tree.root.find("h1").text() == title
    assert tree.root.find("title").text() == title
    assert section(tree, "events").find("li").text() == "epoch 2 <i><img src=x onerror=alert(1)>"
    assert table_rows(section(tree, "settings").find("table", "layers"))[1][0] == "<b>wide</b>"


def test_write_saves_the_page_and_a_run_without_epochs_still_reports(tmp_path):
    exp = _experiment()
    when = datetime.datetime(2024, 5, 6, 7, 8)
    page = report.html(exp, [], title="untitled", date=when)
    tree = Tree(page)
    assert "2024-05-06 07:08" in tree.root.find("p", "subtitle").text()
    assert section(tree, "result").find("p", "ending").text() == "Not trained yet"
    assert "No epochs trained" in section(tree, "history").text()
    path = report.write(tmp_path / "run.html", exp, _rows(4), title="circle.json")
    assert path == tmp_path / "run.html"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "@page { size: A4 portrait" in text
    assert Tree(text).root.find("h1").text() == "circle.json"


# --- the page in the window's language -------------------------------------------------------------


def _marked(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


class Recorder:
    """A translate(context, text) that marks every text it gives back «so» and remembers what it was asked."""

    def __init__(self):
        self.asked: set[tuple[str, str]] = set()

    def __call__(self, context: str, text: str) -> str:
        self.asked.add((context, text))
        return "«" + text + "»"


def _marked_in_source() -> set[str]:
    """The texts the report's modules mark QT_TRANSLATE_NOOP("report", "…"), each checked to be what
    lupdate reads: a call with two string literals, outside f-strings."""
    modules = (report, report_result, report_settings, report_words)
    found = set()
    for node in (n for m in modules for n in ast.walk(ast.parse(Path(m.__file__).read_text(encoding="utf-8")))):
        if isinstance(node, ast.JoinedStr):
            inner = [n for n in ast.walk(node) if isinstance(n, ast.Name) and n.id == "QT_TRANSLATE_NOOP"]
            assert not inner, "lupdate does not look inside f-strings"
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            assert len(node.args) == 2 and not node.keywords, ast.unparse(node)
            assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args), ast.unparse(node)
            assert node.args[0].value == "report", ast.unparse(node)
            found.add(node.args[1].value)
    return found


def _events():
    changed = Message(QT_TRANSLATE_NOOP("session", "learning rate {old:.3g} → {new:.3g}"), old=0.01, new=0.005)
    stop = Message(
        QT_TRANSLATE_NOOP("session", "EarlyStopping: {monitor} has not improved for {patience} epochs"),
        monitor="val_loss",
        patience=7,
    )
    return [
        {"epoch": 30, "kind": "changed", "text": changed},
        {"epoch": 60, "kind": "early_stop", "text": stop},
        {"epoch": 60, "kind": "restored", "text": "plain text"},
    ]


def test_the_page_comes_out_in_the_language_of_translate_and_the_values_do_not():
    translate = Recorder()
    exp = _experiment()
    rows = _rows(80)
    pictures = {"Curves": b"\x89PNG", "Network.svg": b"<svg></svg>", "mine.png": b"\x89PNG"}
    page = report.html(
        exp,
        rows,
        _events(),
        pictures,
        holdout={"loss": 0.3, "accuracy": 0.8, "auc": 0.9},
        versions={"keras": "3.99"},
        reason="early_stopped",
        translate=translate,
        lang="zh-CN",
    )
    tree = Tree(page)
    assert tree.root.find("html").attrs["lang"] == "zh-CN"
    assert tree.root.find("title").text() == "«{dataset} experiment»".format(dataset="circle")
    assert tree.root.find("p", "subtitle").text().startswith("«Neural-network playground report · ")
    assert tree.root.find(
        "p", "headline"
    ).text() == "circle · «{n} layers» · «{optimizer} lr {lr}» · «batch {size}»".format(
        n=4, optimizer="Adam", lr=0.01, size=16
    )
    assert all(_marked(h.text()) for h in tree.root.find_all("h2")) and len(tree.root.find_all("h2")) == 5
    settings = section(tree, "settings")
    assert [h.text() for h in settings.find_all("h3")] == ["«Data»", "«Model»", "«Training»"]
    data, model, training = (pairs(t) for t in settings.find_all("table", "settings"))
    assert all(_marked(k) for table in (data, model, training) for k in table)
    assert data["«samples»"] == "400" and data["«noise»"] == "0.2" and data["«features»"] == "x1, x2"
    assert data["«problem»"] == "«classification»" and data["«dataset»"] == "circle"
    assert data["«split»"] == "«50 % training / 50 % validation» («stratified»)"
    assert model["«layers»"] == "4" and model["«structure»"] == "«a sequential stack»"
    assert training["«loss»"] == "binary_crossentropy" and training["«learning rate»"] == "0.01"
    assert training["«optimizer»"] == "Adam (beta_1 0.85, beta_2 0.999, epsilon 1e-07, amsgrad off)"
    assert training["«schedule»"] == schedule_rates.description(exp.training.schedule, 0.01).translated(translate)
    assert training["«schedule»"].startswith("«Exponential decay»: 0.01 · ")  # the schedules' own texts
    assert training["«validation»"] == "«hold-out: the validation part of the split»"
    layers = settings.find("table", "layers")
    assert all(_marked(th.text()) for th in layers.find("thead").find_all("th"))
    assert table_rows(layers)[1] == ["dense_1", "Dense", "8", "relu", "L2 0.001", "(8,)", "24"]
    result = section(tree, "result")
    assert result.find("p", "ending").text() == (
        "«{ending}. {then}»".format(
            ending="«{ending}: {why}»".format(
                ending="«{ending} at epoch {epoch}»".format(ending="«Stopped early»", epoch=80),
                why="«EarlyStopping: val_loss has not improved for 7 epochs»",
            ),
            then="plain text",
        )
    )
    head = [th.text() for th in result.find("table", "result").find("thead").find_all("th")]
    assert head[0] == "" and all(_marked(h) for h in head[1:])
    loss = table_rows(result.find("table", "result"))[0]
    assert loss[0] == "loss" and loss[1] == f"{rows[-1]['loss']:.4g}" and loss[4] == "40"
    assert pairs(result.find("table", "settings")) == {
        "«final learning rate»": f"{rows[-1]['learning_rate']:.3g}",
        "«held-out auc»": "0.9",
    }
    items = [li for li in section(tree, "events").find_all("li")]
    assert [li.find("strong").text() for li in items] == ["«epoch 30»", "«epoch 60»", "«epoch 60»"]
    assert [li.find("span", "kind").text() for li in items] == ["«changed»", "«early_stop»", "«restored»"]
    assert items[0].text().endswith("«changed»«learning rate 0.01 → 0.005»")
    assert items[2].text().endswith("plain text")
    captions = [f.find("figcaption").text() for f in section(tree, "pictures").find_all("figure")]
    assert captions == ["«Curves»", "«Network»", "mine"]
    history = section(tree, "history")
    assert history.find("p").text() == "«50 of 80 epochs, evenly spaced.»"
    head = [th.text() for th in history.find("table").find("thead").find_all("th")]
    assert head == ["«epoch»", "loss", "accuracy", "val loss", "val accuracy", "«learning rate»"]
    assert tree.root.find("footer").text() == "«Made with the neural-network playground» · keras 3.99"


def _other_experiments():
    """Experiments that between them take every other branch of the settings."""
    other = _experiment()
    other.data.shuffle, other.data.holdout, other.data.target = False, 0.1, "inputs"
    other.training.validation = {"method": "kfold", "k": 4, "repeats": 3}
    other.training.callbacks, other.training.metrics, other.training.schedule = [], [], None
    other.model.layers[0]["config"].update(
        trainable=False,
        bias_regularizer={"class_name": "L1L2", "config": {"l1": 0.01, "l2": 0.0}},
        activity_regularizer={"class_name": "L2", "config": {"l2": 0.03}},
    )
    other.model.layers.insert(1, {"class_name": "Flatten", "config": {}})
    branched = _experiment()
    branched.model.layers[2]["inputs"] = ["dense_1"]  # skips the dropout: not a plain stack
    branched.training.validation = {"method": "kfold", "k": 3, "repeats": 1}
    branched.model.layers[0]["output"] = {"loss_weight": 0.5}  # a second output
    branched.training.class_weight = "balanced"
    words = default_experiment()
    words.data.name, words.data.encoding = "reviews", "multi_hot"
    numbers = default_experiment()
    numbers.data.name = "reviews"
    table = default_experiment()
    table.data.name = FILE
    table.data.source = {"kind": "csv", "path": "table.csv", "target": "y", "problem": "regression"}
    flowers = default_experiment()
    flowers.data.name = "iris"
    empty = default_experiment()
    empty.model.layers = []
    return other, branched, words, numbers, table, flowers, empty


def test_only_texts_marked_in_the_report_modules_are_translated_under_its_context():
    """Every text handed to translate("report", …) is a literal marked for lupdate in the report's modules, so a
    later change cannot show a text the translators never see; and the pages below show every one."""
    marked = _marked_in_source()
    translate = Recorder()
    exp = _experiment()
    events = _events() + [{"epoch": 61, "kind": kind, "text": "x"} for kind in report.EVENT_KINDS]
    pictures = {name: b"\x89PNG" for name in report.CAPTIONS}
    for reason in (None, *report_result.ENDINGS):
        report.html(exp, _rows(60), events, pictures, reason=reason, translate=translate)
    for other in _other_experiments():
        report.html(other, [], translate=translate)
        report.html(other, _rows(3), [], holdout={"auc": 0.5}, translate=translate)
    report._layers_table([], translate)  # a model the graph cannot read and without layers
    asked = {text for context, text in translate.asked if context == "report"}
    assert asked - marked == set()
    assert marked - asked == set(), sorted(marked - asked)
    assert {context for context, _ in translate.asked} <= {"report", "schedules", "session"}


def test_settings_and_layer_rows_stay_english_by_default_and_translate_when_asked():
    exp = _experiment()
    exp.model.layers[0]["config"]["trainable"] = False
    assert [name for name, _ in report_settings.settings(exp)] == ["Data", "Model", "Training"]
    translated = report_settings.settings(exp, Recorder())
    assert [name for name, _ in translated] == ["«Data»", "«Model»", "«Training»"]
    assert [len(p) for _, p in translated] == [len(p) for _, p in report_settings.settings(exp)]
    assert report_settings.layer_rows(exp)[1]["settings"] == "L2 0.001, frozen"
    assert report_settings.layer_rows(exp, Recorder())[1]["settings"] == "L2 0.001, «frozen»"
    assert report_result.ending(exp, [], [], translate=Recorder()) == "«Not trained yet»"
    assert "lang='en'" in report.html(exp, [])
