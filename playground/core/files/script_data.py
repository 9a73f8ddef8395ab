"""The exported script's data code (section 1): the playground's generators, split and scaling
copied in, a Keras book set's pool, `load_data`, the model's inputs and each output's targets.

The script must make the arrays the playground makes, bit for bit: the code here writes the same
steps in the same order as `datasets.generate` and `Session` take them.
`fields` fills the template's placeholders of "# 1. Data".
"""

from __future__ import annotations

from types import ModuleType

from playground.core.data import datasets, drawn_points, generated_data, keras_sets, preprocessing, tabular_data
from playground.core.data.data_config import (
    DRAWN,
    FILE,
    KERAS_DATASETS,
    PLANE_DATASETS,
    TABULAR_DATASETS,
    vocabulary_size,
)
from playground.core.experiment.config import Experiment
from playground.core.files.python_text import indent, py
from playground.core.files.source_copies import copied_source


def fields(exp: Experiment) -> tuple[list[str], dict[str, str]]:
    """(the import lines the copied playground code needs, the data section's placeholders)."""
    copied_imports, copied = copied_source(_wanted(exp))
    several = len(exp.outputs) > 1
    return copied_imports, {
        "copied_code": copied,
        "keras_pool": _keras_pool(exp.data.name) if exp.data.name in KERAS_DATASETS else "",
        "load_data_body": _load_data(exp),
        "model_inputs_body": _model_inputs(exp),
        "targets_body": _targets(exp),
        "train_rows": 'len(data["y_train"][0])' if several else 'len(data["y_train"])',
    }


def _wanted(exp: Experiment) -> list[tuple[ModuleType, str]]:
    """The playground's definitions the script copies: (module, name)."""
    d = exp.data
    wanted: list[tuple[ModuleType, str]] = []
    if d.name in PLANE_DATASETS:
        wanted.append((datasets, datasets._GENERATORS[d.name].__name__))
    elif d.name in TABULAR_DATASETS:
        wanted.append((tabular_data, "generator"))
    elif d.name in generated_data.GENERATORS:
        wanted.append((generated_data, generated_data.GENERATORS[d.name].__name__))
    if d.name != FILE:
        wanted += [(preprocessing, "split"), (preprocessing, "scale")]
    if d.name in KERAS_DATASETS:
        wanted.append((datasets, "_subset"))
    if exp.plane:
        wanted.append((datasets, "features"))
    if d.encoding == "multi_hot" and d.name != FILE:
        wanted.append((datasets, "multi_hot"))
    if exp.training.class_weight == "balanced":
        wanted.append((preprocessing, "class_weights"))
    return wanted


def _keras_pool(name: str) -> str:
    """`DataConfig` for the copied `_subset`, and `load_pool`: the book set as the playground keeps it."""
    spec = keras_sets.KERAS_SETS[name]
    if spec.text:
        args, body = (
            f"num_words={keras_sets.WORDS}",
            [
                "# Pad and cut at the front, Keras's defaults (and the book's): a text keeps its end.",
                f'x = keras.utils.pad_sequences([*x_train, *x_test], maxlen={keras_sets.MAXLEN}, dtype="int32")',
                "return x, y.astype(np.int64)",
            ],
        )
        kinds = f"word numbers (n, {keras_sets.MAXLEN}) below {keras_sets.WORDS}"
    elif name == "boston_housing":
        args, body = "", ["return np.concatenate([x_train, x_test]).astype(np.float32), y.astype(np.float32)"]
        kinds = "x float32 (n, 13), y float32 (n,)"
    else:
        args, body = (
            "",
            [
                "x = np.concatenate([x_train, x_test])",
                "if x.ndim == 3:  # grey images: add the channel axis",
                "    x = x[..., None]",
                'elif x.shape[1] == 3 and x.shape[-1] != 3:  # image_data_format "channels_first"',
                "    x = x.transpose(0, 2, 3, 1)",
                "return np.ascontiguousarray(x, dtype=np.uint8), y.astype(np.int64)",
            ],
        )
        kinds = "uint8 images (n, h, w, c)"
    pool = "\n".join(
        [
            "def load_pool():",
            f'    """{spec.short_title}\'s training and test parts in one pool, as the playground keeps it:',
            f'    {kinds}."""',
            f"    (x_train, y_train), (x_test, y_test) = keras.datasets.{name}.load_data({args})",
            "    y = np.concatenate([np.asarray(y_train).reshape(-1), np.asarray(y_test).reshape(-1)])",
            *indent("\n".join(body)).splitlines(),
        ]
    )
    return "# The playground's data settings; _subset reads two of them.\nDataConfig = SimpleNamespace\n\n\n" + pool


def _load_data(exp: Experiment) -> str:
    """The body of `load_data`: the pool, the split, the scaling, the inputs and targets, as float32."""
    d = exp.data
    body: list[str] = []
    weights = False
    if d.name == FILE:
        body += [
            "# The arrays the playground prepared from the imported file: split, scaled, targets as numbers.",
            "with np.load(DATA_FILE) as f:",
            '    xs = [f["x_train"], f["x_test"], f["x_holdout"]]',
            '    ys = [f["y_train"], f["y_test"], f["y_holdout"]]',
            '    weights = f["sample_weight"] if "sample_weight" in f.files else None  # the file\'s own',
            "    # How the playground prepared the file's samples (columns, scaling), for model.keras to do it itself.",
            '    preparation = json.loads(str(f["preparation"])) if "preparation" in f.files else {}',
            "held = len(xs[2]) > 0",
        ]
        weights = True
    else:
        if d.name != DRAWN:  # a drawing has no random points to make
            body.append("rng = np.random.default_rng(seed)")
        body += _pool_lines(exp)
        classes = exp.data_problem in ("classification", "multiclass")
        body += [
            "# Row numbers of the training, test and held-out parts (scikit-learn's train_test_split).",
            f"parts = split(y, {classes}, TRAIN_FRACTION, HOLDOUT, SHUFFLE, STRATIFY, seed)",
            "rows = (parts.train, parts.test, parts.holdout)",
            "held = len(parts.holdout) > 0",
        ]
        body += _scaling_lines(exp)
    body += _input_and_target_lines(exp, weights)
    return "\n".join(indent("\n".join(body)).splitlines())


def _pool_lines(exp: Experiment) -> list[str]:
    d = exp.data
    if d.name == DRAWN:
        return drawn_points.script_lines(d.source)
    if d.name in PLANE_DATASETS:
        fn = datasets._GENERATORS[d.name].__name__
        return [f"x, y = {fn}(SAMPLES, NOISE, rng)  # points (x1, x2) of the plane and their labels"]
    if d.name in TABULAR_DATASETS:
        return [f"x, y = generator({py(d.name)})(SAMPLES, NOISE, rng)  # scikit-learn's {d.name} table"]
    if d.name in generated_data.GENERATORS:
        fn = generated_data.GENERATORS[d.name].__name__
        return [f"x, y = {fn}(SAMPLES, NOISE, rng)"]
    spec = keras_sets.KERAS_SETS[d.name]
    pixels = not spec.text and d.name != "boston_housing"
    return [
        "x, y = load_pool()",
        "# A random subset of the pool, in pool order (pixels scaled to [0, 1], noise added as asked).",
        "cfg = DataConfig(samples=SAMPLES, noise=NOISE)",
        f"x, y, _ = _subset(x, y.astype(np.float32), cfg, rng, noisy={not spec.text}, pixels={pixels})",
    ]


def _scaling_lines(exp: Experiment) -> list[str]:
    d = exp.data
    if exp.plane:
        return [
            "xs = [x[r].astype(np.float32) for r in rows]",
            "ys = [y[r].astype(np.float32).reshape(-1, 1) for r in rows]",
        ]
    scaling = datasets.input_scaling(d, _x_ndim(exp))
    standardised = exp.data_problem == "regression"
    lines = []
    if scaling in ("auto", "none"):
        lines.append("xs = [x[r] for r in rows]")
    else:
        lines += [
            f"xs = scale({py(scaling)}, *(x[r] for r in rows))  # with the training rows' statistics only",
            "# The same scaling as (x - center) / spread, for model.keras's own scaling layer.",
            *_center_and_spread(scaling),
            "preparation = (  # model.keras's own scaling layer: Normalization for a table, else Rescaling",
            '    {"mean": center, "variance": spread**2}',
            "    if center.ndim == 1",
            '    else {"scale": 1 / spread, "offset": -center / spread}',
            ")",
        ]
    lines.append("ys = [y[r].astype(np.float32) for r in rows]")
    if standardised:
        lines += [
            "# Regression targets in standard deviations of the training rows (prices would swamp the loss).",
            'ys = [a.ravel() for a in scale("standardise", *(a[:, None] for a in ys))]',
        ]
    if d.encoding == "multi_hot":
        lines.append(
            f"xs = [multi_hot(a, {vocabulary_size(d)}) for a in xs]  # a bag of words: 1 for each word a text holds"
        )
    if scaling != "none" or d.encoding == "multi_hot":
        lines.append("xs = [a.astype(np.float32) for a in xs]")
    lines.append("ys = [a.reshape(-1, 1) for a in ys]")
    return lines


def _center_and_spread(scaling: str) -> list[str]:
    """Lines computing `scale`'s statistics of the training rows in float64, as `scale` does."""
    lines = ["train = np.asarray(x[rows[0]], np.float64)"]
    if scaling == "standardise":
        return [*lines, "center, spread = train.mean(axis=0), train.std(axis=0)", _NO_ZERO]
    if scaling == "minmax":
        return [*lines, "center, spread = train.min(axis=0), train.max(axis=0) - train.min(axis=0)", _NO_ZERO]
    axes = "(0,)" if scaling != "channel_mean" else "tuple(range(train.ndim - 1))"
    return [*lines, f"center = train.mean(axis={axes}, keepdims=True)[0]", "spread = np.ones_like(center)"]


_NO_ZERO = "spread = np.where(spread > 1e-8, spread, 1.0)"


def scales_inputs(exp: Experiment) -> bool:
    """Whether load_data scales the samples (and gives model.keras their (offset, factor) to do it itself)."""
    if exp.data.name == FILE or exp.plane:
        return False
    return datasets.input_scaling(exp.data, _x_ndim(exp)) not in ("auto", "none")


def _x_ndim(exp: Experiment) -> int:
    d = exp.data
    if d.name in TABULAR_DATASETS:
        return 2
    if d.name in KERAS_DATASETS:
        return 1 + len(keras_sets.KERAS_SETS[d.name].input_shape)
    return 1 + len(generated_data.INPUT_SHAPES[d.name])


def _input_and_target_lines(exp: Experiment, file_weights: bool) -> list[str]:
    scaled = not file_weights and scales_inputs(exp)
    filed = exp.data.name == FILE  # an imported file's preparation comes with its arrays
    lines = []
    weights = "weights" if file_weights else None
    if exp.training.class_weight == "balanced":
        lines += [
            "# Balanced class weights, n / (classes × count), as per-sample weights as the playground gives them.",
            f"class_weight = class_weights(ys[0], {len(exp.classes)})",
            "balanced = np.array([class_weight[int(c)] for c in ys[0].ravel()], np.float32)",
            "weights = balanced if weights is None else weights * balanced" if file_weights else "weights = balanced",
        ]
        weights = "weights"
    n = len(exp.outputs)
    if weights is None:
        sample_weight = "None"
    elif n > 1:  # one per output
        sample_weight = f"[weights] * {n}" if not file_weights else f"None if weights is None else [weights] * {n}"
    else:
        sample_weight = "weights"
    lines += [
        "xs = [model_inputs(a) for a in xs]",
        "ys = [targets(a, b) for a, b in zip(xs, ys, strict=True)]",
        f'data = {{"x_train": xs[0], "y_train": ys[0], "sample_weight": {sample_weight}, "x_test": xs[1], '
        '"y_test": ys[1]}',
        "if held:",
        "    data.update(x_holdout=xs[2], y_holdout=ys[2])",
        "# Keras works in float32; the playground converts the arrays before fit, and so does this script.",
        "data = {k: float32(v) for k, v in data.items()}",
        *(["data.update(preparation=preparation)  # for model.keras, not model.fit"] if scaled or filed else []),
        "return data",
    ]
    return lines


def _model_inputs(exp: Experiment) -> str:
    """The body of `model_inputs`: the features of the plane's points, or the samples as they are."""
    extra = exp.extra_inputs
    if exp.plane:
        if extra:
            calls = ", ".join(
                ["features(x, FEATURES)", *(f"features(x, {py(list(e['config']['features']))})" for e in extra)]
            )
            return "\n".join(
                [
                    '    """The model\'s inputs from the points: the chosen features, then one array per extra '
                    'Input."""',
                    f"    return [{calls}]",
                ]
            )
        return "\n".join(
            ['    """The model\'s input: the chosen features of each point."""', "    return features(x, FEATURES)"]
        )
    if extra:
        return "\n".join(
            [
                '    """The whole sample for the data\'s input and for each extra Input."""',
                f"    return [x] * {1 + len(extra)}",
            ]
        )
    return "\n".join(['    """The samples are the model\'s input as they are."""', "    return x"])


def _targets(exp: Experiment) -> str:
    """The body of `targets`: labels as they are, one-hot rows, or the inputs themselves, per output."""
    outputs = exp.outputs
    several = len(outputs) > 1
    items = []
    for out in outputs:
        if out.problem == "reconstruction":
            items.append(("np.asarray(main, np.float32)", f"{out.name}: the inputs themselves (an autoencoder)"))
        elif out.one_hot:
            items.append(
                (
                    f"np.eye({out.target_shape[0]}, dtype=np.float32)[labels.astype(int).ravel()]",
                    f"{out.name}: one-hot rows ({out.loss})",
                )
            )
        else:
            what = "values" if out.problem == "regression" else "class numbers"
            items.append(("labels", f"{out.name}: the {what} as they are"))
    if not several:  # no need to name the one output
        items = [(code, comment.split(": ", 1)[1]) for code, comment in items]
    main = "x[0] if isinstance(x, list) else x" if exp.extra_inputs else "x"
    lines = []
    if any(out.problem == "reconstruction" for out in outputs):
        lines.append(f"    main = {main}")
    if several:
        lines.append("    return [")
        lines += [f"        {code},  # {comment}" for code, comment in items]
        lines.append("    ]")
    else:
        lines.append(f"    return {items[0][0]}  # {items[0][1]}")
    return "\n".join(lines)
