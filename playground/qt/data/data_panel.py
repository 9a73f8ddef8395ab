"""Data: which dataset, how many points, noise, train:test ratio, regenerate, input features."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.core.data import datasets, keras_sets, preprocessing
from playground.core.data.data_config import (
    AUTOENCODER_DATASETS,
    DATASETS,
    DRAWN,
    FEATURES,
    FILE,
    KERAS_DATASETS,
    MAX_HOLDOUT,
    MAX_SAMPLES,
    MIN_SAMPLES,
    DataConfig,
    is_plane,
)
from playground.core.experiment.state import Change, ExperimentState
from playground.core.i18n import QT_TRANSLATE_NOOP
from playground.qt.data import dataset_thumbnails, import_dialog
from playground.qt.i18n import say, translate
from playground.qt.widgets import download_dialog
from playground.qt.widgets.flow_layout import QtFlowLayout
from playground.qt.widgets.number_field import NumberSpinBox

IMPORT_KINDS = {
    "csv": QT_TRANSLATE_NOOP("QtDataPanel", "CSV table…"),
    "images": QT_TRANSLATE_NOOP("QtDataPanel", "Folder of images (one sub-folder per class)…"),
    "npz": QT_TRANSLATE_NOOP("QtDataPanel", "NumPy arrays (.npz)…"),
}
WARNING_STYLE = "color: #b3261e; font-weight: bold;"

FEATURE_LABELS = {
    "x1": "X₁",
    "x2": "X₂",
    "x1^2": "X₁²",
    "x2^2": "X₂²",
    "x1*x2": "X₁X₂",
    "sin(x1)": "sin(X₁)",
    "sin(x2)": "sin(X₂)",
}
FEATURE_STYLE = (
    "QPushButton { padding: 4px; }"
    "QPushButton:checked { background: #0877bd; color: white; font-weight: bold; border-radius: 3px; }"
)
# The datasets' names and descriptions, translated where shown with translate("datasets", label).
DATASET_LABELS = {
    "circle": QT_TRANSLATE_NOOP("datasets", "Circle"),
    "xor": QT_TRANSLATE_NOOP("datasets", "Exclusive or"),
    "gauss": QT_TRANSLATE_NOOP("datasets", "Gaussian"),
    "spiral": QT_TRANSLATE_NOOP("datasets", "Spiral"),
    "moons": QT_TRANSLATE_NOOP("datasets", "Two moons"),
    "plane": QT_TRANSLATE_NOOP("datasets", "Plane (regression)"),
    "multigauss": QT_TRANSLATE_NOOP("datasets", "Multi-Gaussian (regression)"),
    "digits": QT_TRANSLATE_NOOP("datasets", "Digits: 8×8 handwritten digits, 10 classes (scikit-learn)"),
    "shapes": QT_TRANSLATE_NOOP("datasets", "Shapes: 28×28 drawn circles, squares, triangles, crosses"),
    "sequences": QT_TRANSLATE_NOOP("datasets", "Sequences: 20-step waves rising, falling or steady in pitch"),
    "reviews": QT_TRANSLATE_NOOP("datasets", "Reviews: 12-word texts, positive or negative"),
    "iris": QT_TRANSLATE_NOOP("datasets", "Iris: 4 measurements of 150 flowers, 3 species (scikit-learn)"),
    "wine": QT_TRANSLATE_NOOP("datasets", "Wine: 13 chemical measurements of 178 wines, 3 cultivars (scikit-learn)"),
    "breast_cancer": QT_TRANSLATE_NOOP(
        "datasets", "Breast cancer: 30 cell measurements of 569 tumours, malignant or benign (scikit-learn)"
    ),
    "diabetes": QT_TRANSLATE_NOOP(
        "datasets", "Diabetes (regression): 10 measurements of 442 patients, disease progression (scikit-learn)"
    ),
}


class QtDataPanel(QWidget):
    def __init__(self, state: ExperimentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        layout = QVBoxLayout(self)

        layout.addWidget(_heading(self.tr("Which dataset?")))
        # As many columns as the panel's width takes: four on a wide screen, fewer on a laptop.
        grid = QtFlowLayout(uniform=True, columns=4)
        self.dataset_buttons = QButtonGroup(self)
        for i, name in enumerate(DATASETS):
            button = QToolButton()
            button.setCheckable(True)
            picture = dataset_thumbnails.thumbnail(name)
            button.setIcon(QIcon(picture))
            button.setIconSize(picture.deviceIndependentSize().toSize())
            button.setToolTip(translate("datasets", DATASET_LABELS[name]))
            button.setObjectName(f"dataset_{name}")
            self.dataset_buttons.addButton(button, i)
            grid.addWidget(button)
        self.dataset_buttons.idClicked.connect(self._on_dataset_clicked)
        layout.addLayout(grid)
        self.import_button = QToolButton()
        self.import_button.setObjectName("import_data")
        self.import_button.setText(self.tr("Import your own data…"))
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.import_button)
        for kind, label in IMPORT_KINDS.items():
            action = menu.addAction(translate("QtDataPanel", label))
            action.setObjectName(f"import_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.import_file(k))
        self.import_button.setMenu(menu)
        self.keras_sets = QComboBox()
        self.keras_sets.setObjectName("keras_sets")
        self.keras_sets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.keras_sets.setMinimumContentsLength(10)
        self.keras_sets.setToolTip(
            self.tr("The Keras book's datasets (keras.datasets): downloaded once on request, then read offline")
        )
        self.keras_sets.activated.connect(self._on_keras_set_chosen)
        layout.addWidget(self.import_button)
        layout.addWidget(self.keras_sets)
        self.dataset_label = QLabel()
        self.dataset_label.setWordWrap(True)
        layout.addWidget(self.dataset_label)
        self.target = QComboBox()
        self.target.setObjectName("data_target")
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.addItem(self.tr("Learn the labels"), "labels")
        self.target.addItem(self.tr("Rebuild the inputs (autoencoder)"), "inputs")
        self.target.setToolTip(self.tr("An autoencoder learns to output its own input through a narrow middle layer"))
        self.target.currentIndexChanged.connect(self._on_target_changed)
        layout.addWidget(self.target)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        self.ratio = _slider(10, 90, 10)
        self.ratio_label = QLabel()
        form.addRow(self.tr("Training data:"), _row(self.ratio, self.ratio_label))
        self.noise = _slider(0, 50, 5)
        self.noise_label = QLabel()
        form.addRow(self.tr("Noise:"), _row(self.noise, self.noise_label))
        caption = self.tr("Samples:")
        self.samples = NumberSpinBox(caption.rstrip(":："), MIN_SAMPLES, MAX_SAMPLES)  # the range the core checks
        self.samples.setObjectName("data_samples")
        self.samples.setSingleStep(50)
        form.addRow(caption, self.samples)
        form.addRow(self.samples.feedback.label())  # why a typed number was refused
        layout.addLayout(form)
        self.regenerate = QPushButton(self.tr("Regenerate"))
        self.regenerate.setToolTip(self.tr("New random points (and new initial weights)"))
        self.regenerate.clicked.connect(state.regenerate)
        layout.addWidget(self.regenerate)

        for slider, label in ((self.ratio, self.ratio_label), (self.noise, self.noise_label)):
            slider.valueChanged.connect(lambda v, lab=label: lab.setText(f"{v} %"))
            # Apply when the drag ends: each change rebuilds the model, not worth doing per pixel.
            slider.valueChanged.connect(self._on_slider_changed)
            slider.sliderReleased.connect(self._on_data_edited)
        self.samples.valueChanged.connect(self._on_data_edited)

        self._build_preprocessing(layout)

        self.features_box = QWidget()
        box = QVBoxLayout(self.features_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(_heading(self.tr("Features")))
        question = QLabel(self.tr("Which properties do you want to feed in?"))
        question.setWordWrap(True)
        box.addWidget(question)
        features = QGridLayout()
        self.feature_buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(FEATURES):
            button = QPushButton(FEATURE_LABELS[name])
            button.setCheckable(True)
            button.setObjectName(f"feature_{name}")
            button.setStyleSheet(FEATURE_STYLE)
            button.toggled.connect(self._on_feature_toggled)
            self.feature_buttons[name] = button
            features.addWidget(button, i // 2, i % 2)
        box.addLayout(features)
        layout.addWidget(self.features_box)
        layout.addStretch(1)

        state.subscribe(self._on_state_changed)
        self._refresh()

    def _build_preprocessing(self, layout: QVBoxLayout) -> None:
        self.prep_box = QWidget()
        box = QVBoxLayout(self.prep_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(_heading(self.tr("Preprocessing and split")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        self.scaling = QComboBox()
        self.scaling.setObjectName("data_scaling")
        for key in preprocessing.SCALINGS:
            self.scaling.addItem(translate("preprocessing", preprocessing.SCALING_LABELS[key]), key)
        self.scaling.setToolTip(self.tr("Fitted on the training data only, then applied to every part"))
        self.scaling.currentIndexChanged.connect(lambda: self._on_choice("scaling", self.scaling.currentData()))
        form.addRow(self.tr("Scale inputs:"), self.scaling)
        self.encoding = QComboBox()
        self.encoding.setObjectName("data_encoding")
        self.encoding.addItem(self.tr("word numbers, padded (for Embedding)"), "sequence")
        self.encoding.addItem(self.tr("multi-hot bag of words (for Dense)"), "multi_hot")
        self.encoding.currentIndexChanged.connect(lambda: self._on_choice("encoding", self.encoding.currentData()))
        self.encoding.setToolTip(self.tr("Keras book: integer sequences for Embedding, or vectorize_sequences"))
        self.encoding_label = QLabel(self.tr("Text as:"))
        form.addRow(self.encoding_label, self.encoding)
        for combo in (self.scaling, self.encoding):  # long choices must not widen the panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.holdout = _slider(0, round(MAX_HOLDOUT * 100), 5)
        self.holdout.setObjectName("data_holdout")
        self.holdout_label = QLabel()
        self.holdout.setToolTip(
            self.tr("Kept aside and never trained or tuned on; evaluated when training stops or pauses")
        )
        self.holdout.valueChanged.connect(lambda v: self.holdout_label.setText(f"{v} %"))
        self.holdout.valueChanged.connect(self._on_slider_changed)
        self.holdout.sliderReleased.connect(self._on_data_edited)
        form.addRow(self.tr("Held-out test set:"), _row(self.holdout, self.holdout_label))
        box.addLayout(form)
        self.shuffle = QCheckBox(self.tr("Shuffle before splitting"))
        self.shuffle.setObjectName("data_shuffle")
        self.shuffle.setToolTip(self.tr("Off: the split takes the rows in order, like Keras's validation_split"))
        self.shuffle.toggled.connect(lambda on: self._on_choice("shuffle", on))
        self.stratify = QCheckBox(self.tr("Stratified split"))
        self.stratify.setObjectName("data_stratify")
        self.stratify.setToolTip(self.tr("Each part keeps the classes' proportions (scikit-learn's stratify)"))
        self.stratify.toggled.connect(lambda on: self._on_choice("stratify", on))
        box.addWidget(self.shuffle)
        box.addWidget(self.stratify)
        self.counts = QLabel()
        self.counts.setObjectName("data_counts")
        self.counts.setWordWrap(True)
        box.addWidget(self.counts)
        self.label_form = QLabel()
        self.label_form.setObjectName("label_form")
        self.label_form.setWordWrap(True)
        box.addWidget(self.label_form)
        self.class_weight = QCheckBox(self.tr("Balanced class weights"))
        self.class_weight.setObjectName("class_weight")
        self.class_weight.setToolTip(
            self.tr("Each class counts as much in the loss: weight = samples / (classes × count)")
        )
        self.class_weight.toggled.connect(self._on_class_weight_toggled)
        box.addWidget(self.class_weight)
        self.warning = QLabel()
        self.warning.setObjectName("data_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        box.addWidget(self.warning)
        layout.addWidget(self.prep_box)

    def import_file(self, kind: str, path: str | None = None) -> bool:
        """Imports a file (asking for it when `path` is None); True if the data changed."""
        found = import_dialog.import_data(self, kind, path)
        if found is None:
            return False
        source, samples, _notes = found
        label = self.tr("Import {0}").format(import_dialog.file_name(source["path"]))
        self.state.update_data(
            label=label, name=FILE, source=source, samples=samples, scaling="auto", encoding="sequence",
            target="labels",
        )  # fmt: skip
        return self.state.experiment.data.source == source

    def show_dataset(self, dataset: datasets.Dataset | None, error: str | None = None) -> None:
        """Class counts per part, the split's warnings and the import's notes."""
        exp = self.state.experiment
        if dataset is None:
            self.counts.setText("")
            self.warning.setText(self.tr("Cannot read the data: %s") % error if error else "")
            return
        lines = []
        classes = exp.classes if dataset.problem in ("classification", "multiclass") else ()
        parts = [(self.tr("Training"), dataset.train_y), (self.tr("Test"), dataset.test_y)]
        if dataset.holdout_y is not None:
            parts.append((self.tr("Held-out"), dataset.holdout_y))
        imbalanced = False
        for label, y in parts:
            if classes:
                counts = preprocessing.class_counts(y, len(classes))
                imbalanced = imbalanced or preprocessing.imbalanced(counts)
                names = [translate("class_names", c) for c in classes[:8]]
                shown = " · ".join(f"{c} {n}" for c, n in zip(names, counts, strict=False))
                lines.append(f"{label}: {shown}{' …' if len(classes) > 8 else ''}")
            else:
                lines.append(f"{label}: {len(y)}")
        if imbalanced and exp.training.class_weight == "none":
            lines.append(self.tr("The classes are imbalanced: balanced class weights may help the rare ones."))
        lines += [self.tr("Imported: %s") % say(note) for note in dataset.notes]
        self.counts.setText("\n".join(lines))
        self.class_weight.setStyleSheet("font-weight: bold;" if imbalanced else "")
        self.warning.setText("\n".join(self.tr("Warning: %s.") % say(w) for w in dataset.warnings))

    def choose_keras_set(self, name: str, download=download_dialog.download_keras_set) -> bool:
        """Switches to a Keras book set, downloading it first (with a progress bar) if it is not on
        this computer yet; True if the data changed."""
        missing = not keras_sets.is_prepared(name)
        if missing and not download(self, name):
            return False
        spec = keras_sets.KERAS_SETS[name]
        if name == self.state.experiment.data.name:  # the current set, missing until now: read it
            if missing:
                self.state.reload_data()
            return True
        samples = max(MIN_SAMPLES, min(MAX_SAMPLES, 5000, len(keras_sets.load(name)[1])))
        label = self.tr("Choose {0}").format(translate("keras_sets", spec.short_title))
        self.state.update_data(
            label=label, name=name, samples=samples, scaling="auto", encoding="sequence", target="labels"
        )
        return self.state.experiment.data.name == name

    def _on_keras_set_chosen(self, index: int) -> None:
        name = self.keras_sets.itemData(index)
        if name and (name != self.state.experiment.data.name or not keras_sets.is_prepared(name)):
            self.choose_keras_set(name)
        self._refresh()

    def _refill_keras_sets(self) -> None:
        """ "Keras datasets…" then each set, marked with its download size until it is here."""
        self.keras_sets.clear()
        self.keras_sets.addItem(self.tr("Keras book datasets…"), "")
        for name in KERAS_DATASETS:
            spec = keras_sets.KERAS_SETS[name]
            short = translate("keras_sets", spec.short_title)
            if keras_sets.is_prepared(name):
                label = short
            else:
                label = self.tr("{name} (download {size} MB)").format(name=short, size=f"{spec.download_mb:.0f}")
            self.keras_sets.addItem(label, name)
            tip = translate("keras_sets", spec.title)
            self.keras_sets.setItemData(self.keras_sets.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)

    def _edit_names(self) -> dict[str, str]:
        """The settings' names in the undo menu's "Change …" entries."""
        return {
            "scaling": self.tr("scaling"),
            "encoding": self.tr("encoding"),
            "shuffle": self.tr("shuffle"),
            "stratify": self.tr("stratify"),
            "holdout": self.tr("holdout"),
            "noise": self.tr("noise"),
            "samples": self.tr("samples"),
            "train_fraction": self.tr("train fraction"),
        }

    def _on_choice(self, key: str, value) -> None:
        if getattr(self.state.experiment.data, key) != value:
            self.state.update_data(label=self.tr("Change {0}").format(self._edit_names()[key]), **{key: value})

    def _on_class_weight_toggled(self, on: bool) -> None:
        value = "balanced" if on else "none"
        if self.state.experiment.training.class_weight != value:
            self.state.update_training(label=self.tr("Change class weights"), class_weight=value)

    def _on_dataset_clicked(self, index: int) -> None:
        name = list(DATASETS)[index]
        if name != self.state.experiment.data.name:
            label = self.tr("Choose the {0} data").format(translate("datasets", DATASET_LABELS[name]))
            self.state.update_data(label=label, name=name)

    def _on_target_changed(self) -> None:
        target = self.target.currentData()
        if target != self.state.experiment.data.target:
            label = self.tr("Rebuild the inputs") if target == "inputs" else self.tr("Learn the labels")
            self.state.update_data(label=label, target=target)

    def _on_slider_changed(self) -> None:
        slider = self.sender()
        if isinstance(slider, QSlider) and not slider.isSliderDown():
            self._on_data_edited()

    def _on_data_edited(self) -> None:
        data = self.state.experiment.data
        values = {
            "holdout": self.holdout.value() / 100,
            "train_fraction": self.ratio.value() / 100,
            "noise": self.noise.value() / 100,
            "samples": self.samples.value(),
        }
        changed = {k: v for k, v in values.items() if getattr(data, k) != v}
        if changed:
            key = "_".join(sorted(changed))
            names = " ".join(self._edit_names()[k] for k in sorted(changed))
            self.state.update_data(label=self.tr("Change {0}").format(names), merge_key=key, **changed)

    def _on_feature_toggled(self) -> None:
        chosen = [n for n in FEATURES if self.feature_buttons[n].isChecked()]
        if chosen != self.state.experiment.data.features:
            self.state.update_data(label=self.tr("Choose input features"), features=chosen)

    def _on_state_changed(self, change: Change) -> None:
        if change.section in ("data", "experiment") or {"class_weight", "loss"} & set(change.keys):
            self._refresh()

    def _refresh(self) -> None:
        data: DataConfig = self.state.experiment.data
        exp = self.state.experiment
        widgets = (
            self.ratio, self.noise, self.samples, self.target, self.scaling, self.encoding, self.holdout,
            self.shuffle, self.stratify, self.class_weight, self.keras_sets, *self.feature_buttons.values(),
        )  # fmt: skip
        blockers = [QSignalBlocker(w) for w in widgets]
        self.features_box.setVisible(is_plane(data))
        self.target.setVisible(data.name in AUTOENCODER_DATASETS)
        self.target.setCurrentIndex(self.target.findData(data.target))
        self.dataset_buttons.setExclusive(data.name in DATASETS)
        for button in self.dataset_buttons.buttons():
            button.setChecked(False)
        self._refill_keras_sets()
        self.keras_sets.setCurrentIndex(max(0, self.keras_sets.findData(data.name)))
        if data.name in DATASETS:
            self.dataset_buttons.button(list(DATASETS).index(data.name)).setChecked(True)
            self.dataset_label.setText(translate("datasets", DATASET_LABELS[data.name]))
        elif data.name in KERAS_DATASETS:
            self.dataset_label.setText(translate("keras_sets", keras_sets.KERAS_SETS[data.name].title))
        elif data.name == DRAWN:
            self.dataset_label.setText(_drawn_text(data.source))
        else:
            self.dataset_label.setText(_source_text(data.source))
        self.scaling.setCurrentIndex(self.scaling.findData(data.scaling))
        self.scaling.setEnabled(not exp.plane and not exp.text)
        self.encoding.setCurrentIndex(self.encoding.findData(data.encoding))
        self.encoding.setVisible(exp.text)
        self.encoding_label.setVisible(exp.text)
        self.holdout.setValue(round(data.holdout * 100))
        self.holdout_label.setText(f"{self.holdout.value()} %")
        self.shuffle.setChecked(data.shuffle)
        self.stratify.setChecked(data.stratify)
        classes = exp.data_problem in ("classification", "multiclass")
        self.stratify.setVisible(classes)
        self.class_weight.setVisible(classes)
        self.class_weight.setChecked(exp.training.class_weight == "balanced")
        self.label_form.setText(_label_form(exp))
        self.ratio.setValue(round(data.train_fraction * 100))
        self.ratio_label.setText(f"{self.ratio.value()} %")
        self.noise.setValue(round(data.noise * 100))
        self.noise_label.setText(f"{self.noise.value()} %")
        self.samples.setValue(data.samples)
        for generated_only in (self.noise, self.samples, self.regenerate):  # a drawing has its own points
            generated_only.setEnabled(data.name != DRAWN)
        for name, button in self.feature_buttons.items():
            button.setChecked(name in data.features)
        del blockers


def _label_form(exp) -> str:
    """How the labels reach the loss: class numbers for the sparse loss, one-hot rows otherwise."""
    if exp.data_problem != "multiclass" or exp.data.target != "labels":
        return ""
    if exp.training.loss == "sparse_categorical_crossentropy":
        return translate(
            "QtDataPanel", "Labels: class numbers 0–{last} (the loss is sparse_categorical_crossentropy)"
        ).format(last=len(exp.classes) - 1)
    return translate("QtDataPanel", "Labels: one-hot rows of {n} (the loss is {loss})").format(
        n=len(exp.classes), loss=exp.training.loss
    )


def _drawn_text(source: dict) -> str:
    """ "Drawn by hand: 40 points of two classes (draw them on the output plane)"."""
    n = len(source.get("points", []))
    if source.get("problem") == "regression":
        text = translate("QtDataPanel", "Drawn by hand: {n} points with values (regression); draw on the output plane")
    elif source.get("problem") == "multiclass":
        text = translate("QtDataPanel", "Drawn by hand: {n} points of {classes} classes; draw on the output plane")
    else:
        text = translate("QtDataPanel", "Drawn by hand: {n} points of two classes; draw on the output plane")
    return text.format(n=n, classes=source.get("classes", 2))


def _source_text(source: dict) -> str:
    """ "Imported: people.csv — target label, 2 classes (no, yes)"."""
    name = import_dialog.file_name(source.get("path", ""))
    classes = source.get("classes", [])
    shape = "×".join(str(n) for n in source.get("input_shape", []))
    target = source.get("target")
    if source.get("problem") == "regression":
        if target:
            text = translate(
                "QtDataPanel", "Imported: {file} — target {target}, a number to predict (regression); inputs {shape}"
            )
        else:
            text = translate("QtDataPanel", "Imported: {file} — a number to predict (regression); inputs {shape}")
        return text.format(file=name, target=target, shape=shape)
    shown = ", ".join(classes[:6]) + (", …" if len(classes) > 6 else "")
    if target:
        text = translate("QtDataPanel", "Imported: {file} — target {target}, {n} classes ({classes}); inputs {shape}")
    else:
        text = translate("QtDataPanel", "Imported: {file} — {n} classes ({classes}); inputs {shape}")
    return text.format(file=name, target=target, n=len(classes), classes=shown, shape=shape)


def _heading(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setWordWrap(True)  # a narrow panel (a projector's large text) wraps it
    label.setStyleSheet("font-weight: bold; color: #555; margin-top: 6px;")
    return label


def _slider(low: int, high: int, step: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setSingleStep(step)
    slider.setPageStep(step)
    slider.setTickInterval(step)
    slider.setTickPosition(QSlider.TickPosition.TicksBelow)
    return slider


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    return box
