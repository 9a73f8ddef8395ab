"""Data drawn by hand: the source's checks, the split, saving and reopening, the messages that say
what to draw, the grid reading a dragged point's prediction, and the exported script's arrays."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest

from playground.core.data import datasets, drawn_points
from playground.core.data.data_config import DataConfig, class_names, data_problem, input_shape, is_plane
from playground.core.errors import ExperimentError
from playground.core.experiment.config import Experiment, default_experiment


def drawn_experiment(points, problem="classification", **data) -> Experiment:
    exp = default_experiment()
    exp.data = DataConfig(name="drawn", source=drawn_points.new_source(problem, points), **data)
    return exp


def two_clusters(n=40):
    rng = np.random.default_rng(3)
    left = [drawn_points.point(*rng.uniform(-5, -1, 2), 0) for _ in range(n // 2)]
    right = [drawn_points.point(*rng.uniform(1, 5, 2), 1) for _ in range(n - n // 2)]
    return left + right


def test_a_drawing_is_plane_data_of_its_problem():
    exp = drawn_experiment(two_clusters())
    assert is_plane(exp.data) and exp.plane
    assert data_problem(exp.data) == "classification" and class_names(exp.data) == ("0", "1")
    assert input_shape(exp.data) == (2,)
    reg = drawn_experiment([[0.0, 0.0, 0.5], [1.0, 1.0, -0.25]], problem="regression")
    assert reg.problem == "regression" and reg.classes == ()


def test_saved_and_reopened_the_same(tmp_path):
    exp = drawn_experiment(two_clusters(), train_fraction=0.7)
    exp.save(tmp_path / "drawn.json")
    again = Experiment.load(tmp_path / "drawn.json")
    assert again == exp
    raw = json.loads((tmp_path / "drawn.json").read_text())
    assert raw["data"]["name"] == "drawn" and len(raw["data"]["source"]["points"]) == 40


@pytest.mark.parametrize(
    "points, field, words",
    [
        ("many", "data.source.points", "must be a list of points"),
        ([[1, 2]], "data.source.points[0]", "three numbers"),
        ([[0, 0, 0], [1, "a", 1]], "data.source.points[1]", "three numbers"),
        ([[0, 0, 0], [1, float("nan"), 1]], "data.source.points[1]", "three numbers"),
        ([[7, 0, 1]], "data.source.points[0]", "outside the plane"),
        ([[0, 0, 2]], "data.source.points[0]", "a class must be 0 or 1"),
    ],
)
def test_a_malformed_list_is_refused_naming_the_field(points, field, words):
    raw = drawn_experiment([]).to_dict()
    raw["data"]["source"]["points"] = points
    with pytest.raises(ExperimentError) as caught:
        Experiment.from_dict(raw)
    assert caught.value.field == field and words in str(caught.value.message)


def test_other_bad_sources_are_refused():
    raw = drawn_experiment([]).to_dict()
    raw["data"]["source"]["problem"] = "clustering"
    with pytest.raises(ExperimentError) as caught:
        Experiment.from_dict(raw)
    assert caught.value.field == "data.source.problem"
    raw = drawn_experiment([]).to_dict()
    raw["data"]["source"]["colour"] = "red"
    with pytest.raises(ExperimentError) as caught:
        Experiment.from_dict(raw)
    assert caught.value.field == "data.source.colour"
    reg = drawn_experiment([[0, 0, 1.5]], problem="regression").to_dict()
    with pytest.raises(ExperimentError, match="from -1 to 1"):
        Experiment.from_dict(reg)


def test_too_many_points_are_refused_with_the_cap():
    raw = drawn_experiment([]).to_dict()
    raw["data"]["source"]["points"] = [[0, 0, 0]] * (drawn_points.MAX_POINTS + 1)
    with pytest.raises(ExperimentError) as caught:
        Experiment.from_dict(raw)
    assert caught.value.field == "data.source.points"
    assert "10001 points" in str(caught.value.message) and "at most 10000" in str(caught.value.message)


def test_split_into_train_and_test_with_the_ratio_and_stratified():
    exp = drawn_experiment(two_clusters(40), train_fraction=0.7)
    data = datasets.generate(exp.data, exp.seed)
    assert data.plane and data.problem == "classification"
    assert data.train_x.shape == (28, 2) and data.test_x.shape == (12, 2)
    assert sorted(np.unique(data.train_y)) == [0.0, 1.0] and (data.test_y == 1).sum() == 6
    # every point is one drawn, exactly (no noise added)
    drawn = {tuple(p[:2]) for p in exp.data.source["points"]}
    got = {tuple(np.round(p, 3)) for p in np.concatenate([data.train_x, data.test_x]).astype(float)}
    assert len(got) == 40 and all(any(np.allclose(g, d, atol=1e-4) for d in drawn) for g in got)


def test_a_drawing_not_ready_says_what_to_draw():
    with pytest.raises(drawn_points.NotReady, match="has 0 points: draw at least a few"):
        datasets.generate(drawn_experiment([]).data, 0)
    one_class = [[float(i) / 2, 0.0, 1.0] for i in range(10)]
    with pytest.raises(drawn_points.NotReady, match="every drawn point is of class 1: draw some points of class 0"):
        datasets.generate(drawn_experiment(one_class).data, 0)
    # Three points, half held out: one left, none to test on. Without the held-out part, one is tested.
    three = [[0.0, 0.0, 0.0], [1.0, 1.0, 1.0], [2.0, 2.0, 1.0]]
    exp = drawn_experiment(three, train_fraction=0.9, holdout=0.5)
    with pytest.raises(drawn_points.NotReady) as caught:
        datasets.generate(exp.data, 0)
    assert "no test points (3 drawn, 50 % held out)" in str(caught.value)
    assert datasets.generate(drawn_experiment(three, train_fraction=0.9).data, 0).test_x.shape == (1, 2)


def test_regression_values_are_kept():
    points = [[float(i % 5) - 2, float(i // 5) - 2, round(i / 25 - 0.5, 3)] for i in range(25)]
    data = datasets.generate(drawn_experiment(points, problem="regression").data, 0)
    values = np.sort(np.concatenate([data.train_y, data.test_y]).ravel())
    np.testing.assert_allclose(values, np.sort([p[2] for p in points]), atol=1e-6)


def test_pen_edits():
    points = [drawn_points.point(x, 0, 0) for x in (-2, -1, 0, 1, 2)]
    assert drawn_points.point(9, -7.12345, 1) == [6.0, -6.0, 1.0]
    assert drawn_points.point(1.23456, 0, 0) == [1.235, 0.0, 0.0]
    assert [p[0] for p in drawn_points.erase_near(points, 0.1, 0, 1.2)] == [-2, 2]
    assert drawn_points.nearest(points, 1.2, 0.1, 0.5) == 3
    assert drawn_points.nearest(points, 1.5, 3, 0.5) is None


def test_from_a_generated_set_keeps_its_points_and_labels_up_to_the_cap():
    pool = datasets.split_pool(DataConfig(name="spiral", samples=300), 0)
    source, left_out = drawn_points.from_arrays("classification", pool.x, pool.y)
    assert left_out == 0 and len(source["points"]) == 300
    assert [p[2] for p in source["points"]] == [float(v) for v in pool.y]
    np.testing.assert_allclose(np.asarray(source["points"])[:, :2], pool.x, atol=5e-4)
    big = np.zeros((drawn_points.MAX_POINTS + 5, 2))
    source, left_out = drawn_points.from_arrays("regression", big, np.full(len(big), 3.0))
    assert left_out == 5 and len(source["points"]) == drawn_points.MAX_POINTS and source["points"][0][2] == 1.0


def test_grid_value_interpolates_between_cells():
    res = 5  # cells at -6, -3, 0, 3, 6
    g = datasets.grid(res)
    values = (g[:, 0] * 0.1 + g[:, 1] * 0.01).reshape(res, res)  # linear: interpolation is exact
    for x1, x2 in ((0, 0), (-6, 6), (6, -6), (1.3, -2.2), (4.9, 5.5)):
        assert drawn_points.grid_value(values, x1, x2) == pytest.approx(x1 * 0.1 + x2 * 0.01)
    assert drawn_points.grid_value(values, 9, 0) == pytest.approx(0.6)  # outside: the edge's value


def test_exported_script_carries_the_points_and_gives_the_same_arrays(tmp_path):
    from playground.core.files import export_script

    exp = drawn_experiment(two_clusters(30), train_fraction=0.6)
    text = export_script.script(exp)
    assert "points = np.array([" in text and repr(exp.data.source["points"][0][0]) in text
    (tmp_path / "run.py").write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("exported_drawn", tmp_path / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    arrays = module.load_data(exp.seed)
    data = datasets.generate(exp.data, exp.seed)
    np.testing.assert_array_equal(arrays["x_train"], data.train_x)
    np.testing.assert_array_equal(arrays["y_train"], data.train_y)
    np.testing.assert_array_equal(arrays["x_test"], data.test_x)
    np.testing.assert_array_equal(arrays["y_test"], data.test_y)


def three_clusters(n=45, classes=3):
    rng = np.random.default_rng(5)
    centres = [(-3, -3), (3, -3), (0, 3), (-3, 3), (3, 3), (0, 0)]
    return [
        drawn_points.point(*(np.asarray(centres[i % classes]) + rng.uniform(-1, 1, 2)), i % classes) for i in range(n)
    ]


def test_a_drawing_of_three_to_six_classes_is_multiclass_data():
    exp = drawn_experiment(three_clusters(48, 4), problem="multiclass")
    exp.data.source["classes"] = 4
    assert exp.problem == "multiclass" and exp.classes == ("0", "1", "2", "3")
    assert exp.target_shape == (4,) and drawn_points.class_count(exp.data.source) == 4
    data = datasets.generate(exp.data, exp.seed)
    assert data.problem == "multiclass" and sorted(np.unique(data.test_y)) == [0.0, 1.0, 2.0, 3.0]
    assert (data.train_y == 3).sum() == 6  # stratified: half of each class's 12 points
    assert drawn_points.new_source("multiclass", [], 5) == {
        "kind": "drawn",
        "problem": "multiclass",
        "points": [],
        "classes": 5,
    }
    # Two classes keep the old form: no "classes" key, so files written before load as they did.
    assert "classes" not in drawn_points.new_source("classification", [])
    assert drawn_points.problem_for(2) == "classification" and drawn_points.problem_for(3) == "multiclass"


def test_a_two_class_file_written_before_loads_as_before(tmp_path):
    old = {"kind": "drawn", "problem": "classification", "points": [[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]}
    raw = drawn_experiment([]).to_dict()
    raw["data"]["source"] = old
    exp = Experiment.from_dict(raw)
    assert exp.data.source == old and exp.classes == ("0", "1") and exp.target_shape == (1,)


def test_multiclass_saved_reopened_and_exported_the_same(tmp_path):
    from playground.core.files import export_script

    exp = drawn_experiment(three_clusters(), problem="multiclass", train_fraction=0.6)
    exp.data.source["classes"] = 3
    exp.training.loss = "sparse_categorical_crossentropy"
    exp.model.layers[-1] = {"class_name": "Dense", "config": {"units": 3, "activation": "softmax"}}
    exp.save(tmp_path / "three.json")
    again = Experiment.load(tmp_path / "three.json")
    assert again == exp and json.loads((tmp_path / "three.json").read_text())["data"]["source"]["classes"] == 3
    text = export_script.script(exp)
    assert 'loss="sparse_categorical_crossentropy"' in text and "Dense(units=3" in text
    (tmp_path / "run.py").write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("exported_three", tmp_path / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    arrays = module.load_data(exp.seed)
    data = datasets.generate(exp.data, exp.seed)
    np.testing.assert_array_equal(arrays["x_test"], data.test_x)
    np.testing.assert_array_equal(arrays["y_test"], data.test_y)
    assert sorted(np.unique(arrays["y_train"])) == [0.0, 1.0, 2.0]


@pytest.mark.parametrize(
    "classes, points, field, words",
    [
        (None, [], "data.source.classes", "3 to 6 classes, got None"),
        (7, [], "data.source.classes", "3 to 6 classes, got 7"),
        (2, [], "data.source.classes", "3 to 6 classes, got 2"),
        (3.0, [], "data.source.classes", "3 to 6 classes"),
        (3, [[0, 0, 3]], "data.source.points[0]", "a whole number from 0 to 2, got 3"),
        (4, [[0, 0, 0.5]], "data.source.points[0]", "a whole number from 0 to 3, got 0.5"),
    ],
)
def test_a_multiclass_drawing_says_how_many_classes_and_keeps_to_them(classes, points, field, words):
    raw = drawn_experiment(points, problem="multiclass").to_dict()
    raw["data"]["source"].pop("classes", None)
    if classes is not None:
        raw["data"]["source"]["classes"] = classes
    with pytest.raises(ExperimentError) as caught:
        Experiment.from_dict(raw)
    assert caught.value.field == field and words in str(caught.value.message)


def test_only_a_multiclass_drawing_says_how_many_classes():
    raw = drawn_experiment([]).to_dict()
    raw["data"]["source"]["classes"] = 2
    with pytest.raises(ExperimentError, match="only a .multiclass. drawing") as caught:
        Experiment.from_dict(raw)
    assert caught.value.field == "data.source.classes"


def test_a_class_without_points_is_named_when_play_is_pressed():
    source = drawn_points.new_source("multiclass", [p for p in three_clusters() if p[2] != 1], 3)
    with pytest.raises(drawn_points.NotReady) as caught:
        datasets.generate(DataConfig(name="drawn", source=source), 0)
    assert "for 3 classes, but no point is of class 1 yet" in str(caught.value)
    source = drawn_points.new_source("multiclass", [p for p in three_clusters() if p[2] == 0], 5)
    with pytest.raises(drawn_points.NotReady, match="no point is of class 1, 2, 3, 4 yet"):
        datasets.generate(DataConfig(name="drawn", source=source), 0)


def test_from_a_generated_set_into_more_classes_keeps_its_labels():
    pool = datasets.split_pool(DataConfig(name="xor", samples=60), 0)
    source, _ = drawn_points.from_arrays("multiclass", pool.x, pool.y, 4)
    assert source["classes"] == 4 and {p[2] for p in source["points"]} == {0.0, 1.0}
    drawn_points.validate_source(source)
