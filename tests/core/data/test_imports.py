"""Importing a CSV table, a folder of images and an .npz: good files train-ready, broken files
refused with a message naming the row, column, array or file — and nothing half-loaded."""

from __future__ import annotations

import numpy as np
import pytest

from playground.core.data import csv_import, datasets, image_import, imported, npz_import, user_files
from playground.core.data.data_config import FILE, DataConfig
from playground.core.errors import ExperimentError
from playground.core.experiment.config import default_experiment, validate_structure

MIXED = """age,colour,height,city,label
23,red,1.71,Paris,yes
35,blue,,Lyon,no
41,red,1.80,Paris,yes
19,,1.65,Nice,no
52,green,1.75,Lyon,yes
33,blue,1.69,Paris,no
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_csv_with_mixed_columns_one_hot_encodes_text_and_fills_gaps(tmp_path):
    path = write(tmp_path, "people.csv", MIXED)
    table = csv_import.read(path)
    assert table.header == ["age", "colour", "height", "city", "label"]
    assert table.numeric == [True, False, True, False, False]
    assert table.missing == [0, 1, 1, 0, 0]
    assert table.guess_problem("label") == "classification"
    assert table.guess_problem("age") == "regression"
    found = csv_import.load(path, target="label", missing="mean")
    assert found.problem == "classification" and found.classes == ("no", "yes")
    assert found.y.tolist() == [1, 0, 1, 0, 1, 0]
    # age, colour (blue, green, red), height, city (Lyon, Nice, Paris)
    assert found.feature_names == (
        "age", "colour=blue", "colour=green", "colour=red", "height", "city=Lyon", "city=Nice", "city=Paris"
    )  # fmt: skip
    assert found.x.shape == (6, 8) and found.x.dtype == np.float32
    assert found.x[1, 4] == pytest.approx(np.mean([1.71, 1.80, 1.65, 1.75, 1.69]), abs=1e-6)  # the mean height
    assert found.x[3, 1:4].tolist() == [1, 0, 0]  # the gap: most frequent colour (blue and red tie: the first)
    assert found.x[0, 5:].tolist() == [0, 0, 1]
    assert any("gaps filled" in n and "colour 1" in n and "height 1" in n for n in found.notes)


def test_csv_missing_values_can_drop_rows_or_use_the_median(tmp_path):
    path = write(tmp_path, "people.csv", MIXED)
    dropped = csv_import.load(path, target="label", missing="drop")
    assert len(dropped.y) == 4 and any("2 row(s) with a gap left out" in n for n in dropped.notes)
    median = csv_import.load(path, target="label", missing="median")
    assert median.x[1, 4] == pytest.approx(1.71, abs=1e-6)


def test_csv_regression_target_and_multiclass_numbers(tmp_path):
    rows = "\n".join(f"{i},{i % 3},{i * 0.5 + 0.25}" for i in range(60))
    path = write(tmp_path, "t.csv", "a,kind,value\n" + rows)
    reg = csv_import.load(path, target="value")
    assert reg.problem == "regression" and reg.classes == () and reg.y[3] == pytest.approx(1.75)
    cls = csv_import.load(path, target="kind")
    assert cls.problem == "multiclass" and cls.classes == ("0", "1", "2")
    assert cls.x.shape == (60, 2)  # a and value
    with pytest.raises(imported.ImportFailed, match="60 different values.*choose regression"):
        csv_import.load(path, target="a", problem="multiclass")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("a,b\n1,2\n3\n", r"row 3: 1 values but the header names 2 columns"),
        ("a,a\n1,2\n3,4\n", "two columns are called 'a'"),
        ("a,,c\n1,2,3\n4,5,6\n", "column 2 has no name"),
        ("a,b\n1,2\n", "has a header but 1 data row"),
        ("a,b,c\n1,,x\n2,,y\n", "column 'b' is empty in every row"),
        ("only\n1\n2\n", "names one column"),
    ],
)
def test_broken_csv_files_say_where_they_are_wrong(tmp_path, text, message):
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(imported.ImportFailed, match=message):
        csv_import.load(path)


def test_csv_wrong_choices_name_the_column(tmp_path):
    path = write(tmp_path, "people.csv", MIXED)
    with pytest.raises(imported.ImportFailed, match="no column 'weight'; its columns are age, colour"):
        csv_import.load(path, target="weight")
    with pytest.raises(imported.ImportFailed, match="holds text .*regression needs numbers"):
        csv_import.load(path, target="city", problem="regression")
    (tmp_path / "latin.csv").write_bytes("a,b\n1,caf\xe9\n2,x\n".encode("latin-1"))
    with pytest.raises(imported.ImportFailed, match="line 2: not UTF-8"):
        csv_import.load(str(tmp_path / "latin.csv"))


def test_csv_text_column_with_a_value_per_row_is_left_out_as_an_identifier(tmp_path):
    rows = "\n".join(f"name{i},{i},{i % 2}" for i in range(60))
    found = csv_import.load(write(tmp_path, "ids.csv", "name,x,y\n" + rows), target="y")
    assert found.feature_names == ("x",) and any("left out name" in n for n in found.notes)


def make_images(root, classes=("circle", "square"), per_class=6, mode="L", size=(20, 14)):
    from PIL import Image, ImageDraw

    for c, name in enumerate(classes):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            im = Image.new(mode, size, 0 if mode == "L" else (0, 0, 0))
            draw = ImageDraw.Draw(im)
            fill = 255 if mode == "L" else (255, 40 * c, 0)
            (draw.ellipse if c == 0 else draw.rectangle)((3, 3, 12 + i % 3, 10), fill=fill)
            im.save(root / name / f"{i:03d}.png")
    return str(root)


def test_image_folder_gives_one_class_per_sub_folder(tmp_path):
    folder = make_images(tmp_path / "pics")
    (tmp_path / "pics" / "circle" / "notes.txt").write_text("not an image")
    found = image_import.load(folder, size=16)
    assert found.x.shape == (12, 16, 16, 1) and found.x.dtype == np.float32
    assert 0 <= found.x.min() and found.x.max() <= 1 and found.x.max() > 0.9
    assert found.classes == ("circle", "square") and found.y.tolist() == [0] * 6 + [1] * 6
    assert found.problem == "classification"
    colour = image_import.load(make_images(tmp_path / "rgb", mode="RGB"), size=8)
    assert colour.x.shape == (12, 8, 8, 3)
    assert image_import.load(folder, size=8, color="rgb").x.shape == (12, 8, 8, 3)


def test_broken_image_folders_name_the_folder_or_file(tmp_path):
    with pytest.raises(imported.ImportFailed, match="is not a folder"):
        image_import.load(str(tmp_path / "nowhere"))
    flat = tmp_path / "flat"
    flat.mkdir()
    make_images(tmp_path / "one", classes=("only",))
    with pytest.raises(imported.ImportFailed, match="at least two .* found 1"):
        image_import.load(str(tmp_path / "one"))
    folder = make_images(tmp_path / "pics")
    (tmp_path / "pics" / "empty").mkdir()
    with pytest.raises(imported.ImportFailed, match="empty holds no images"):
        image_import.load(folder)
    (tmp_path / "pics" / "empty").rmdir()
    (tmp_path / "pics" / "square" / "broken.png").write_bytes(b"\x89PNG not really")
    with pytest.raises(imported.ImportFailed, match=r"square/broken.png in .* is not a picture \(PNG, JPEG"):
        image_import.load(folder)


def test_npz_with_keras_style_arrays_and_class_names(tmp_path):
    rng = np.random.default_rng(0)
    path = tmp_path / "set.npz"
    np.savez(
        path,
        x_train=rng.integers(0, 256, (30, 10, 10), dtype=np.uint8),
        y_train=np.arange(30) % 3,
        x_test=rng.integers(0, 256, (6, 10, 10), dtype=np.uint8),
        y_test=np.arange(6) % 3,
        class_names=np.array(["a", "b", "c"]),
    )
    found = npz_import.load(str(path))
    assert found.x.shape == (36, 10, 10, 1) and found.x.max() <= 1.0
    assert found.classes == ("a", "b", "c") and found.problem == "multiclass"
    assert found.y[:4].tolist() == [0, 1, 2, 0]
    np.savez(tmp_path / "reg.npz", x=rng.normal(size=(25, 4)), y=rng.normal(size=25))
    reg = npz_import.load(str(tmp_path / "reg.npz"))
    assert reg.problem == "regression" and reg.x.shape == (25, 4)


def test_broken_npz_files_name_the_array(tmp_path):
    cases = {
        "notzip.npz": None,
        "keys.npz": {"a": np.zeros((3, 2)), "b": np.zeros(3)},
        "length.npz": {"x": np.zeros((10, 2)), "y": np.zeros(9)},
        "nan.npz": {"x": np.array([[1.0, np.nan]] * 5), "y": np.arange(5) % 2},
        "objects.npz": {"x": np.array([[1, 2], [3]], dtype=object), "y": np.zeros(2)},
    }
    messages = {
        "notzip.npz": r"is not an .npz file \(not a zip archive",
        "keys.npz": "needs arrays named x and y .* it holds a, b",
        "length.npz": "x has 10 samples but y has 9",
        "nan.npz": "5 missing or infinite value.*first in sample 0",
        "objects.npz": "'x' holds Python objects",
    }
    for name, arrays in cases.items():
        path = tmp_path / name
        if arrays is None:
            path.write_bytes(b"not a zip at all")
        else:
            np.savez(path, **arrays)
        with pytest.raises(imported.ImportFailed, match=messages[name]):
            user_files.load({"kind": "npz", "path": str(path)})


def file_experiment(source, samples):
    exp = default_experiment()
    exp.data = DataConfig(name=FILE, source=source, samples=samples)
    return exp


def test_an_imported_file_is_a_dataset_split_and_standardised(tmp_path):
    rows = "\n".join(f"{i % 7},{(i * 13) % 11},{'ab'[i % 2]}" for i in range(100))
    path = write(tmp_path, "t.csv", "u,v,k\n" + rows)
    source = {"kind": "csv", "path": path, "target": "k", "problem": "classification"}
    found = user_files.load(source)
    source.update(classes=list(found.classes), input_shape=list(found.input_shape))
    exp = file_experiment(source, samples=100)
    validate_structure(exp)
    assert exp.problem == "classification" and exp.classes == ("a", "b") and exp.input_shape == (2,)
    data = datasets.generate(exp.data, exp.seed)
    assert data.train_x.shape == (50, 2) and data.test_x.shape == (50, 2) and not data.plane
    assert np.allclose(data.train_x.mean(axis=0), 0, atol=1e-5)  # standardised on the training rows
    assert np.bincount(data.train_y.ravel().astype(int)).tolist() == [25, 25]  # stratified


def test_a_changed_or_missing_file_is_reported_not_half_loaded(tmp_path):
    path = write(tmp_path, "t.csv", "a,k\n" + "\n".join(f"{i},{'xy'[i % 2]}" for i in range(30)))
    source = {"kind": "csv", "path": path, "target": "k", "problem": "classification", "classes": ["x", "y"]}
    source["input_shape"] = [1]
    assert user_files.load(source).classes == ("x", "y")
    write(tmp_path, "t.csv", "a,k\n" + "\n".join(f"{i},{'xyz'[i % 3]}" for i in range(30)))
    with pytest.raises(imported.ImportFailed, match="changed since it was imported: classes x, y became x, y, z"):
        user_files.load(source)
    (tmp_path / "t.csv").unlink()
    with pytest.raises(imported.ImportFailed, match="is not there any more"):
        user_files.load(source)


def test_experiment_file_checks_the_source(tmp_path):
    exp = file_experiment({"kind": "xls", "path": "a"}, samples=100)
    with pytest.raises(ExperimentError, match="data.source.kind"):
        validate_structure(exp)
    exp = file_experiment({"kind": "csv", "path": "a", "problem": "multiclass", "classes": ["a", "b"]}, 100)
    exp.data.source["input_shape"] = [3]
    with pytest.raises(ExperimentError, match="multiclass data cannot have 2 classes"):
        validate_structure(exp)
    exp.data.source["classes"] = ["a", "b", "c"]
    exp.training.loss = "sparse_categorical_crossentropy"
    validate_structure(exp)
    exp.data.source["sheet"] = 1
    with pytest.raises(ExperimentError, match="data.source.sheet"):
        validate_structure(exp)


def test_float_3d_arrays_are_sequences_and_only_whole_number_pixels_are_rescaled(tmp_path):
    rng = np.random.default_rng(0)
    seq = rng.normal(size=(60, 30, 8)).astype(np.float32)
    np.savez(tmp_path / "seq.npz", x=seq, y=np.arange(60) % 2)
    found = npz_import.load(str(tmp_path / "seq.npz"))
    assert found.x.shape == (60, 30, 8) and np.array_equal(found.x, seq)  # not images, not /255
    images = rng.uniform(0, 5, (30, 6, 6, 3))  # float images above 1 stay as they are
    np.savez(tmp_path / "f.npz", x=images, y=np.arange(30) % 2)
    assert np.allclose(npz_import.load(str(tmp_path / "f.npz")).x, images)


def test_npz_target_with_many_whole_numbers_is_regression(tmp_path):
    rng = np.random.default_rng(0)
    np.savez(tmp_path / "age.npz", x=rng.normal(size=(100, 3)), y=rng.integers(18, 60, 100))
    assert npz_import.load(str(tmp_path / "age.npz")).problem == "regression"


def test_csv_of_separators_only_or_columns_empty_where_the_target_is_set(tmp_path):
    with pytest.raises(imported.ImportFailed, match="holds no values"):
        csv_import.load(write(tmp_path, "commas.csv", ",,,\n,,,\n"))
    text = "a,b,k\n" + "\n".join(f"{i},,{'xy'[i % 2]}" for i in range(10)) + "\n5,3,\n"
    with pytest.raises(imported.ImportFailed, match="column 'b' is empty in every row that has a k"):
        csv_import.load(write(tmp_path, "gap.csv", text), target="k")


def test_an_import_is_read_once_though_the_experiment_records_what_was_found(tmp_path, monkeypatch):
    folder = make_images(tmp_path / "pics")
    reads = []
    real = image_import.load
    monkeypatch.setattr(image_import, "load", lambda *a, **k: reads.append(1) or real(*a, **k))
    source = {"kind": "images", "path": folder, "size": 8}
    found = user_files.load(source)
    user_files.load({**source, "problem": found.problem, "classes": list(found.classes)})
    assert len(reads) == 1


def test_sixteen_bit_and_transparent_images_keep_their_picture(tmp_path):
    from PIL import Image

    for name in ("a", "b"):
        (tmp_path / "pics" / name).mkdir(parents=True)
    ramp = (np.arange(16 * 16).reshape(16, 16) * 100).astype(np.uint16)  # 0 … 25,500 of 65,535
    for i in range(3):
        Image.fromarray(ramp).save(tmp_path / "pics" / "a" / f"{i}.png")
        rgba = np.zeros((16, 16, 4), np.uint8)
        rgba[:8, :, :] = (0, 0, 0, 255)  # top half black, bottom half transparent
        Image.fromarray(rgba, "RGBA").save(tmp_path / "pics" / "b" / f"{i}.png")
    found = image_import.load(str(tmp_path / "pics"), size=16)
    ramp_image, half = found.x[0, :, :, 0], found.x[3, :, :, 0]
    assert ramp_image.min() == pytest.approx(0, abs=0.01) and ramp_image.max() == pytest.approx(1, abs=0.01)
    assert half[:6].max() < 0.05 and half[10:].min() > 0.95  # transparency is white, not black


def test_an_image_folder_too_large_for_memory_is_refused_with_a_smaller_size(tmp_path, monkeypatch):
    folder = make_images(tmp_path / "pics")
    monkeypatch.setattr(image_import, "MAX_MB", 0.01)
    with pytest.raises(imported.ImportFailed, match=r"12 images of 32×32 take 0 MB: choose 8×8 or smaller"):
        image_import.load(folder, size=32)
