"""The bundled lessons load, speak all three languages, and their experiments and variants are valid;
the loader's patches and error messages."""

import copy
import json
import re

import pytest

from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment, default_experiment
from playground.core.teaching import lessons

LESSONS = lessons.load_all()
IDS = [lesson.key for lesson in LESSONS]

CJK = re.compile(r"[\u4e00-\u9fff]")
# (simplified, traditional) pairs of characters that differ between the two scripts.
PAIRS = (
    "网網 络絡 数數 据據 学學 习習 权權 设設 这這 个個 为為 过過 们們 会會 时時 对對 点點 练練 训訓 层層 经經 验驗 "
    "试試 确確 变變 让讓 还還 样樣 输輸 图圖 圆圓 发發 现現 开開 关關 动動 类類 从從 随隨 机機 处處 两兩 选選 "
    "择擇 线線 曲曲 应應 该該 觉覺 认認 识識 错錯 减減 较較 轮輪 范範 围圍 预預 积積 测測 显顯 示示 种種 问問 题題"
).split()
SIMPLIFIED = {p[0] for p in PAIRS if p[0] != p[1]}
TRADITIONAL = {p[1] for p in PAIRS if p[0] != p[1]}


def test_there_are_ten_lessons_in_file_order():
    assert len(LESSONS) == 10
    assert IDS == sorted(IDS)
    assert [key[:3] for key in IDS] == [f"{i:02d}_" for i in range(1, 11)]
    assert all(lesson.path.parent == lessons.LESSONS_DIR for lesson in LESSONS)


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_every_language_is_there_and_not_empty(lesson):
    for lang in lessons.LANGUAGES:
        assert lesson.title(lang).strip()
        assert lesson.text(lang).strip()
        assert lesson.try_text(lang).strip()
        for variant in lesson.variants:
            assert variant.label(lang).strip()


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_the_english_text_is_short_and_the_chinese_texts_are_chinese(lesson):
    assert 60 <= len(lesson.text("en").split()) <= 150
    assert not CJK.search(lesson.text("en") + lesson.title("en") + lesson.try_text("en"))
    for lang in ("zh_CN", "zh_TW"):
        text = lesson.text(lang)
        assert len(CJK.findall(text)) >= 100, f"{lang} text has few Chinese characters"
        assert CJK.search(lesson.title(lang)) and CJK.search(lesson.try_text(lang))
    simplified, traditional = lesson.text("zh_CN"), lesson.text("zh_TW")
    assert simplified != traditional
    assert lesson.title("zh_CN") != lesson.title("zh_TW")
    assert not TRADITIONAL & set(simplified), f"traditional characters in zh_CN: {TRADITIONAL & set(simplified)}"
    assert not SIMPLIFIED & set(traditional), f"simplified characters in zh_TW: {SIMPLIFIED & set(traditional)}"
    assert len(TRADITIONAL & set(traditional)) >= 5
    for lang, wrong in (("zh_CN", TRADITIONAL), ("zh_TW", SIMPLIFIED)):
        extra = lesson.title(lang) + lesson.try_text(lang) + "".join(v.label(lang) for v in lesson.variants)
        assert not wrong & set(extra), f"{lang}: {wrong & set(extra)}"


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_the_experiment_is_whole_valid_and_fresh(lesson):
    exp = lesson.experiment()
    assert exp.to_dict() == lesson.experiment_data  # the file holds it exactly as Experiment.save writes it
    exp.training.epochs = 7
    assert lesson.experiment().training.epochs != 7  # every call gives a fresh copy
    raw = json.loads(lesson.path.read_text(encoding="utf-8"))
    assert list(raw) == [k for k in lessons.KEYS if k in raw]


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_every_variant_validates_and_changes_something(lesson):
    base = lesson.experiment()
    for i, variant in enumerate(lesson.variants):
        patched = lesson.variant_experiment(i)
        assert isinstance(patched, Experiment)
        assert patched != base
        assert lessons.apply_variant(base, variant) == patched
    assert base == lesson.experiment()  # applying a variant leaves the experiment as it was


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_every_lesson_says_what_its_test_measures(lesson):
    expect = lesson.expect
    assert isinstance(expect.get("check"), str) and expect["check"]
    assert isinstance(expect.get("epochs"), int) and expect["epochs"] >= 1
    for key, value in expect.items():
        if key in ("variant", "too_low", "about_right", "with_bn", "slower", "exponential", "constant", "shuffled"):
            assert 0 <= value < len(lesson.variants), key


def test_an_unknown_language_falls_back_to_english():
    lesson = LESSONS[0]
    for lang in ("fr", "", None, "de_DE", "zh"):
        assert lesson.title(lang) == lesson.title("en")
        assert lesson.text(lang) == lesson.text("en")
        assert lesson.try_text(lang) == lesson.try_text("en")
        assert lesson.variants[0].label(lang) == lesson.variants[0].label("en")
    assert lesson.title("zh-TW") == lesson.title("zh_TW")
    assert lessons.language("zh_CN") == "zh_CN"


# -- patches ---------------------------------------------------------------------------------------


def _variant(set_=None, remove=None):
    entry = {"label": {"en": "v", "zh_CN": "变体", "zh_TW": "變體"}}
    if set_ is not None:
        entry["set"] = set_
    if remove is not None:
        entry["remove"] = remove
    return entry


def test_a_patch_sets_dotted_keys_with_list_indexes_and_removes_keys():
    exp = default_experiment()
    patched = lessons.apply_variant(
        exp,
        _variant(
            {
                "training.optimizer.config.learning_rate": 0.5,
                "model.layers[0].config.units": 7,
                "model.layers[1].config.kernel_regularizer": {"class_name": "L2", "config": {"l2": 0.01}},
                "data.shuffle": False,
                "training.schedule": {"class_name": "StepDecay", "config": {"drop": 0.5, "epochs_drop": 10}},
            }
        ),
    )
    assert patched.training.learning_rate == 0.5
    assert patched.model.layers[0]["config"]["units"] == 7
    assert patched.model.layers[1]["config"]["kernel_regularizer"]["config"]["l2"] == 0.01
    assert patched.data.shuffle is False
    assert patched.training.schedule["class_name"] == "StepDecay"
    assert exp == default_experiment()  # the original is untouched
    again = lessons.apply_variant(patched, _variant(remove=["model.layers[1].config.kernel_regularizer"]))
    assert "kernel_regularizer" not in again.model.layers[1]["config"]
    whole = lessons.apply_variant(exp, _variant({"model.layers": copy.deepcopy(exp.model.layers[1:])}))
    assert len(whole.model.layers) == 2


@pytest.mark.parametrize(
    "entry, field, words",
    [
        (_variant({"training.optimiser.config.learning_rate": 0.1}), "set", "training.optimiser is not a section"),
        (_variant({"model.layers[9].config.units": 3}), "set", "model.layers has 3 item(s): [9]"),
        (_variant({"model.layers[0].units[1]": 3}), "set", "model.layers[0].units is not a section"),
        (_variant({"model..layers": 3}), "set", "is not a dotted key"),
        (_variant({"seed[0]": 3}), "set", "seed is not a section"),
        (_variant(remove=["model.layers[0].config.dropout"]), "remove", "there is no 'dropout' to remove"),
        (_variant({}), "set", "is empty"),
        (_variant({"data.shufle": True}), "data.shufle", "is not a known field"),
        (_variant({"model.layers[0].config.units": 0}), "model.layers[0].config.units", "after the variant's patch"),
        (_variant({"training.optimizer.config.learning_rate": -1}), "training.optimizer.config.learning_rate", "above"),
        ({"label": {"en": "only English"}, "set": {"seed": 1}}, "label.zh_CN", "is missing"),
        ({"label": {"en": "x", "zh_CN": "x", "zh_TW": "x"}, "sett": {"seed": 1}}, "sett", "not a variant field"),
    ],
)
def test_a_bad_patch_is_refused_naming_the_key(entry, field, words):
    with pytest.raises(ExperimentError) as info:
        lessons.apply_variant(default_experiment(), entry)
    assert info.value.field.startswith(field), info.value.field
    assert words in str(info.value)


# -- broken files ----------------------------------------------------------------------------------


def _write(tmp_path, name="01_test.json", **changes):
    raw = json.loads(LESSONS[2].path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            raw.pop(key, None)
        else:
            raw[key] = value
    path = tmp_path / name
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_copied_lesson_loads_from_any_folder(tmp_path):
    _write(tmp_path, "02_b.json")
    _write(tmp_path, "01_a.json", variants=None, expect=None, **{"try": None})
    (tmp_path / "notes.json").write_text("{}")  # not NN_name.json: not a lesson
    found = lessons.load_all(tmp_path)
    assert [lesson.key for lesson in found] == ["01_a", "02_b"]
    assert found[0].variants == () and found[0].expect == {} and found[0].try_text("zh_TW") == ""


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"title": {"en": "Only English", "zh_CN": "只有中文"}}, "title.zh_TW", "is missing"),
        ({"text": {"en": "x", "zh_CN": "  ", "zh_TW": "x"}}, "text.zh_CN", "not empty"),
        ({"text": {"en": "x", "zh_CN": "x", "zh_TW": "x", "fr": "x"}}, "text.fr", "not a language"),
        ({"title": "A plain string"}, "title", 'must be {"en"'),
        ({"text": None}, "text", "is missing"),
        ({"experiment": None}, "experiment", "is missing"),
        ({"tries": {}}, "tries", "is not a lesson field"),
        ({"format": "playground.experiment"}, "format", "playground.lesson"),
        ({"variants": {"set": {}}}, "variants", "must be a list"),
        (
            {"variants": [{"label": {"en": "a", "zh_CN": "甲", "zh_TW": "甲"}, "set": {"training.lr": 1}}]},
            "variants[0].training.lr",
            "is not a known field",
        ),
        (
            {"variants": [{"label": {"en": "a", "zh_CN": "甲"}, "set": {"seed": 1}}]},
            "variants[0].label.zh_TW",
            "is missing",
        ),
        (
            {"variants": [{"label": {"en": "a", "zh_CN": "甲", "zh_TW": "甲"}, "set": {"training.batch_size": 0}}]},
            "variants[0].training.batch_size",
            "whole number",
        ),
        ({"expect": {"epochs": 0}}, "expect.epochs", "whole number"),
    ],
)
def test_a_broken_lesson_file_is_refused_naming_the_file_and_field(tmp_path, changes, field, words):
    path = _write(tmp_path, **changes)
    with pytest.raises(lessons.LessonError) as info:
        lessons.load(path)
    assert info.value.field == field or info.value.field.startswith(field), info.value.field
    assert str(info.value).startswith("01_test.json: ")
    assert words in str(info.value)
    assert isinstance(info.value, ExperimentError)


def test_a_broken_experiment_or_json_is_refused(tmp_path):
    raw = json.loads(LESSONS[2].path.read_text(encoding="utf-8"))
    raw["experiment"]["training"]["optimizer"]["config"]["learning_rate"] = 0
    (tmp_path / "01_x.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(lessons.LessonError, match=r"01_x.json: experiment.training.optimizer.config.learning_rate"):
        lessons.load(tmp_path / "01_x.json")
    raw["experiment"]["model"]["layers"][-1]["config"]["units"] = 3  # well-formed, but cannot work on this data
    raw["experiment"]["training"]["optimizer"]["config"]["learning_rate"] = 0.1
    (tmp_path / "01_x.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(lessons.LessonError, match=r"experiment.model.layers\[2\]: output"):
        lessons.load(tmp_path / "01_x.json")
    (tmp_path / "01_y.json").write_text('{"title": ', encoding="utf-8")
    with pytest.raises(lessons.LessonError, match=r"01_y.json: \(file\): is not valid JSON"):
        lessons.load(tmp_path / "01_y.json")
    with pytest.raises(lessons.LessonError, match="cannot be read"):
        lessons.load(tmp_path / "01_missing.json")
