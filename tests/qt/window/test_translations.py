"""Every visible string speaks the chosen language: the .ts files hold every string of the code,
translated; the .qm files are compiled from them; and a walk over the window in 简体中文 and
繁體中文 (trained, with its tabs and dialogs open) finds no English left but Keras's own words."""

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from playground.qt import i18n, i18n_files
from playground.qt.training import training_controller as tc
from tests.helpers import WAIT_MS

CJK = re.compile(r"[\u3400-\u9fff]")
# Keras's vocabulary and names stay as they are in a Chinese Keras text.
KERAS_WORDS = set(
    """Dense Activation Dropout BatchNormalization LayerNormalization Conv1D Conv2D MaxPooling1D MaxPooling2D
    AveragePooling1D AveragePooling2D GlobalAveragePooling1D GlobalAveragePooling2D GlobalMaxPooling2D Flatten
    Reshape SimpleRNN LSTM GRU Bidirectional Embedding Add Concatenate Rescaling RandomFlip RandomRotation
    RandomZoom RandomTranslation Pretrained Input Sequential SGD Adam AdamW Adamax Nadam RMSprop Adagrad Adadelta
    Nesterov EarlyStopping ReduceLROnPlateau ModelCheckpoint TerminateOnNaN Keras TensorFlow TensorBoard Grad CAM
    MNIST CIFAR IMDB Reuters Fashion Boston English relu ReLU tanh sigmoid softmax linear elu selu gelu swish
    mse mae Huber Hinge sin cos MobileNetV2 ResNet50 VGG16 EfficientNetB0 LeNet VGG MLP XLA CSV HDF5 keras npz
    json html python png svg CPU GPU Playground Python NumPy PySide6 pyqtgraph scikit""".split()
) | {  # config keys and metric names, as Keras spells them
    *"""monitor patience min_delta factor cooldown min_lr restore_best_weights start_from_epoch filepath
    save_best_only loss val_loss accuracy val_accuracy mae val_mae mse val_mse learning_rate epoch epochs
    batch_size units activation kernel_initializer momentum nesterov beta_1 beta_2 epsilon amsgrad
    weight_decay clipnorm clipvalue rho initial_accumulator_value decay_steps decay_rate staircase drop
    epochs_drop end_learning_rate power cycle alpha warmup_target warmup_steps first_decay_steps t_mul m_mul
    boundaries values""".split()
}


def untranslated(text: str) -> bool:
    """English left in a shown string: a word of 3+ letters, no Chinese, not one of Keras's words."""
    if CJK.search(text):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z0-9_]*", text)
    return any(len(w) >= 3 and w not in KERAS_WORDS for w in words)


def shown_texts(root: QWidget) -> set[tuple[str, str]]:
    found = set()

    def add(text, where):
        # Each piece between HTML tags on its own: an English label beside Chinese text counts.
        for piece in re.split(r"<[^>]+>", (text or "").replace("&nbsp;", " ")):
            if piece.strip():
                found.add((piece.strip(), where))

    for w in [root, *root.findChildren(QWidget)]:
        kind = type(w).__name__
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            add(w.text(), kind)
        if isinstance(w, QAbstractButton):
            add(w.text(), kind)
        if isinstance(w, QGroupBox):
            add(w.title(), kind)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i), kind)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i), kind)
        if isinstance(w, QDockWidget):
            add(w.windowTitle(), kind)
        if isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                add(item.text() if item else "", kind + " header")
        if isinstance(w, QTreeWidget):
            top = w.invisibleRootItem()
            for i in range(top.childCount()):
                add(top.child(i).text(0), kind)
        add(w.toolTip(), kind + " tooltip")
    for menu in root.findChildren(QMenu):
        for action in menu.actions():
            add(action.text(), "menu")
    return found


def test_the_ts_files_hold_every_string_of_the_code_translated(tmp_path):
    for lang in i18n_files.TRANSLATED:
        shutil.copy(i18n_files.ts_file(lang), tmp_path)
    i18n_files.update(tmp_path)
    for lang in i18n_files.TRANSLATED:
        fresh = ET.parse(i18n_files.ts_file(lang, tmp_path)).getroot()
        kept = ET.parse(i18n_files.ts_file(lang)).getroot()

        def messages(root):
            return {
                (c.findtext("name"), m.findtext("source")): m.find("translation")
                for c in root.iter("context")
                for m in c.iter("message")
            }

        new, old = messages(fresh), messages(kept)
        assert set(new) == set(old), f"{lang}: run `python3 dev.py translations`: {sorted(set(new) ^ set(old))[:5]}"
        missing = [key for key, t in old.items() if t.get("type") == "unfinished" or not (t.text or "").strip()]
        assert not missing, f"{lang}: {len(missing)} untranslated, e.g. {missing[:5]}"


def test_the_qm_files_are_compiled_from_the_ts_files(tmp_path):
    i18n_files.release(out=tmp_path)
    for lang in i18n_files.TRANSLATED:
        name = f"playground_{lang}.qm"
        assert (tmp_path / name).read_bytes() == (i18n.TRANSLATIONS_DIR / name).read_bytes(), name


@pytest.fixture
def chinese(request):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"], indirect=True)
def test_every_visible_string_is_translated(qtbot, chinese):
    from playground.core.experiment.config import default_experiment
    from playground.qt.window.main_window import QtMainWindow

    w = QtMainWindow(default_experiment())
    w.resize(1440, 900)
    w.show()
    try:
        c = w.controller
        c.set_speed(0)
        w.state.update_training(epochs=30)
        qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=60_000)
        c.play()
        qtbot.waitUntil(lambda: c.run_state == tc.FINISHED, timeout=60_000)
        qtbot.waitUntil(lambda: bool(w.doctor_view.findings), timeout=WAIT_MS)
        seen = set()
        for index in range(w.bottom_tabs.count()):
            w.bottom_tabs.setCurrentIndex(index)
            seen |= shown_texts(w)
        w.open_lesson(w.lessons.lessons[0].key)
        seen |= shown_texts(w)
        w.help.show_about()
        # Versions, devices and the libraries' own names are data, not words to translate.
        values = {value for _name, value in w.help.about_dialog.rows} | {"scikit-learn"}
        seen |= {(text, where) for text, where in shown_texts(w.help.about_dialog) if text not in values}
        for open_dialog in (w.training_panel.edit_schedule, w.training_panel.edit_callbacks):
            dialogs_before = set(QApplication.topLevelWidgets())
            qtbot.waitUntil(lambda: True)
            from PySide6.QtCore import QTimer

            def grab_and_close(before=dialogs_before):
                for top in set(QApplication.topLevelWidgets()) - before:
                    if top.isVisible():
                        seen.update(shown_texts(top))
                        top.close()

            QTimer.singleShot(300, grab_and_close)
            open_dialog()
        left = sorted((text, where) for text, where in seen if untranslated(text))
        assert not left, f"{len(left)} untranslated in {chinese}: {left[:30]}"
    finally:
        w.close()
        qtbot.waitUntil(lambda: not w.controller.thread_running, timeout=60_000)


def _mistakes(tmp_path) -> list:
    """Errors a user meets by making a mistake: each what the window would be handed."""
    from playground.core.data import csv_import, imported
    from playground.core.errors import ExperimentError
    from playground.core.experiment.config import Experiment, default_experiment
    from playground.core.network import layer_configs, layer_graph
    from playground.core.recipe import schedules

    found = []
    raw = default_experiment().to_dict()
    raw["training"]["batch_size"] = 0
    for broken in (raw, {**default_experiment().to_dict(), "seed": -3}):
        with pytest.raises(ExperimentError) as info:
            Experiment.from_dict(broken)
        found.append(info.value)
    table = tmp_path / "t.csv"
    table.write_text("a,a\n1,2\n")
    with pytest.raises(imported.ImportFailed) as info:
        csv_import.read(str(table))
    found.append(info.value)
    found.append(layer_configs.check_config("Dense", {"units": 0})[1])
    found.append(schedules.check({"class_name": "StepDecay", "config": {"drop": 7}})[1])
    layers = [{"class_name": "Conv2D", "config": {"filters": 4, "kernel_size": 3}}]
    found.append(next(n.problem for n in layer_graph.analyse((2,), layers, plane=True) if n.problem))
    return found


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"], indirect=True)
def test_the_errors_a_mistake_brings_speak_chinese_too(chinese, tmp_path):
    for error in _mistakes(tmp_path):
        shown = i18n.say(error)
        assert CJK.search(shown), shown
        english = str(error.args[0]) if isinstance(error, Exception) else str(error)
        assert shown != english


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"], indirect=True)
def test_the_report_is_written_in_the_windows_language(qtbot, chinese):
    from playground.core.experiment.config import default_experiment
    from playground.qt.files.report_pictures import report_html
    from playground.qt.window.main_window import QtMainWindow

    w = QtMainWindow(default_experiment())
    w.ask_on_close = False
    w.show()
    try:
        page = report_html(w)
        assert f"<html lang='{chinese.replace('_', '-')}'" in page
        headings = re.findall(r"<h2>(.*?)</h2>", page)
        assert len(headings) >= 4 and all(CJK.search(h) for h in headings), headings
        labels = re.findall(r"<th[^>]*>(.*?)</th>", page)
        assert labels and not [t for t in labels if untranslated(t)], labels
    finally:
        w.close()
        qtbot.waitUntil(lambda: not w.controller.thread_running, timeout=60_000)
