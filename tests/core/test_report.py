"""The one-page HTML report of a run, read back with the standard library's HTML parser."""

from __future__ import annotations

import base64
import datetime
import math
from html.parser import HTMLParser

import pytest

from playground.core import report, schedules
from playground.core.experiment import default_experiment, dense

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
    assert training["schedule"] == schedules.describe(exp.training.schedule, 0.01)
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
    assert report.ending(_experiment(), rows, events, reason) == expected


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
