"""Wires the overfitting lab and the run history: builds a sweep's versions from the experiment
(`core.runs.sweeps`), hands them to the training controller, keeps every run (`core.runs.run_history`), and shows
results in the lab view, the runs table and the curves' overlay. The runs table lists the run on
screen too, refreshed at most once a second while it trains."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot

from playground.core.errors import ExperimentError
from playground.core.recipe.training_config import DEFAULT_LEARNING_RATES
from playground.core.runs import sweeps
from playground.core.runs.epoch_history import History
from playground.core.runs.run_history import RunHistory, current_run
from playground.qt.i18n import say
from playground.qt.training.training_controller import RUNNING
from playground.training.engine.sweep_runner import SweepItem

ONE_BATCH = 16  # samples the sanity check trains on
ONE_BATCH_EPOCHS = 1000  # with steps of 4 samples: 4000 steps, well under a second
CURRENT_EVERY_MS = 1000  # the run on screen's row follows its training this often at most


class QtLab(QObject):
    """Args: the main window's state, controller, lab view, runs view and loss plot."""

    def __init__(self, state, controller, lab_view, runs_view, loss_plot, parent: QObject | None = None):
        super().__init__(parent)
        self.state, self.controller = state, controller
        self.view, self.runs_view, self.loss_plot = lab_view, runs_view, loss_plot
        self.runs: RunHistory = controller.runs
        self._sweep: dict | None = None
        self._count = 0  # sweeps so far: names their group of runs
        lab_view.sigRun.connect(self.run)
        lab_view.sigCancel.connect(controller.cancel_sweep)
        controller.sigSweepProgress.connect(self._on_progress)
        controller.sigSweepRun.connect(self._on_run_done)
        controller.sigSweepDone.connect(self._on_done)
        controller.sigRunsChanged.connect(self._on_runs_changed)
        # The run on screen: its row follows the history, rate-limited (the table is rebuilt each time).
        self._current_later = QTimer(self)
        self._current_later.setSingleShot(True)
        self._current_later.timeout.connect(self._show_runs)
        controller.sigHistoryChanged.connect(self._on_current_changed)
        controller.sigRunStateChanged.connect(self._on_current_changed)
        runs_view.sigOverlayChanged.connect(self._overlay)
        runs_view.sigOpenRun.connect(self.open_run)
        runs_view.sigRemoveRun.connect(self._remove)
        runs_view.sigClear.connect(self._clear)
        validation = state.experiment.training.validation
        lab_view.set_kfold(validation.get("k", 5), validation.get("repeats", 1))

    def run(self, kind: str, values) -> bool:
        """Builds the versions and starts them; False (with the reason shown) if they cannot be built."""
        exp, data = self.state.experiment, self.controller.dataset
        if self.state.error is not None or data is None:
            self.view.set_status(self.tr("Fix the experiment first: {0}").format(self.controller.message), error=True)
            return False
        try:
            items, title = self._items(kind, values, exp, data)
        except ExperimentError as exc:
            self.view.set_status(say(exc), error=True)
            return False
        if kind == "kfold":
            k, repeats = values
            validation = {"method": "kfold", "k": k, "repeats": repeats}
            if exp.training.validation != validation:  # saved with the experiment, and what `train --kfold` uses
                self.state.update_training(label=self.tr("Change validation"), validation=validation)
        self._count += 1
        group = f"{self.view.kind.currentText()} #{self._count}"
        self._sweep = {"kind": kind, "title": title, "group": group, "labels": [], "histories": [], "n": len(items)}
        self.view.set_running(True)
        self.view.set_status(self.tr("Training {0} versions one after another…").format(len(items)))
        self.controller.run_sweep(items)
        return True

    def _items(self, kind: str, values, exp, data) -> tuple[list[SweepItem], str]:
        if kind == "kfold":
            k, repeats = values
            folds = sweeps.fold_datasets(exp.data, exp.seed, k, repeats)
            return [SweepItem(label, exp, ds) for label, ds in folds], self.tr("fold")
        if kind == "data":
            found = sweeps.fraction_datasets(data, [v / 100 for v in values], exp.seed)
            return [SweepItem(label, exp, ds) for label, ds in found], self.tr("training data")
        if kind in ("units", "layers"):
            found = sweeps.capacity_variants(exp, kind, values)
            title = self.tr("units") if kind == "units" else self.tr("layers")  # the capacity axis
            return [SweepItem(label, e, data) for label, e in found], title
        if kind == "optimizers":
            optimizers = [
                {"class_name": name, "config": {"learning_rate": DEFAULT_LEARNING_RATES.get(name, 0.001)}}
                for name in values
            ]
            items = [SweepItem(label, e, data) for label, e in sweeps.optimizer_variants(exp, optimizers)]
            return items, self.tr("optimizer")
        if kind == "rates":
            items = [SweepItem(label, e, data) for label, e in sweeps.rate_variants(exp, values)]
            return items, self.tr("learning rate")
        return [self._one_batch(exp, data)], self.tr("one batch")

    def _one_batch(self, exp, data) -> SweepItem:
        """The sanity check: a few samples, trained on and validated on, for many epochs."""
        import dataclasses

        n = min(ONE_BATCH, len(data.train_y))
        small = dataclasses.replace(
            data,
            train_x=data.train_x[:n],
            train_y=data.train_y[:n],
            test_x=data.train_x[:n],
            test_y=data.train_y[:n],
            train_w=None if data.train_w is None else data.train_w[:n],
            test_w=None if data.train_w is None else data.train_w[:n],
        )
        version = exp.copy()
        version.training.epochs = ONE_BATCH_EPOCHS
        version.training.batch_size = min(4, n)  # several steps per epoch: SGD at a small rate gets there too
        version.training.callbacks = []
        return SweepItem(self.tr("one batch of {0} samples").format(n), version, small)

    @Slot(int, str, int)
    def _on_progress(self, index: int, label: str, epoch: int) -> None:
        if self._sweep:
            n = self._sweep["n"]
            self.view.set_status(self.tr("Version {0}/{1}: {2} — epoch {3}").format(index + 1, n, label, epoch))

    @Slot(object)
    def _on_run_done(self, finished) -> None:
        if not self._sweep:
            return
        sweep = self._sweep
        f = finished
        self.runs.add(f.experiment, f.rows, f.events, f.reason, f.label, sweep["group"])
        sweep["labels"].append(finished.label)
        sweep["histories"].append(finished.rows)
        self._show_results()
        self._show_runs()

    @Slot(bool)
    def _on_done(self, cancelled: bool) -> None:
        if not self._sweep:
            return
        sweep, self._sweep = self._sweep, None
        self.view.set_running(False)
        done = len(sweep["labels"])
        if cancelled:
            self.view.set_status(self.tr("Cancelled after {0} of {1} versions.").format(done, sweep["n"]))
            return
        self.view.set_status(self._summary(sweep))
        group = [run.number for run in self.runs.group(sweep["group"])]
        if sweep["kind"] != "kfold":  # a K-fold's curves are its mean ± spread; the others overlay
            self.runs_view.set_checked(group)
            self._overlay(self.runs_view.checked())

    def _show_results(self) -> None:
        sweep = self._sweep
        metric = self._metric(sweep["histories"])
        if sweep["kind"] == "kfold":
            self.view.show_kfold(sweep["labels"], sweep["histories"], metric)
        else:
            self.view.show_sweep(sweep["labels"], sweep["histories"], metric, sweep["title"])

    def _summary(self, sweep: dict) -> str:
        metric = self._metric(sweep["histories"])
        if sweep["kind"] == "one_batch":
            rows = sweep["histories"][0]
            last = rows[-1] if rows else {}
            loss = last.get("loss", float("nan"))
            fitted = loss < 0.05 or last.get("accuracy", 0) >= 0.999  # every sample right counts as fitted
            verdict = (
                self.tr("It learned them: the network and the loss can fit data.")
                if fitted
                else self.tr(
                    "It could not fit them: look for a bug — a loss that does not fit the labels, a network too "
                    "small or frozen, or a learning rate too low or too high."
                )
            )
            return self.tr("One batch: loss {0:.4f} after {1} epochs. {2}").format(loss, len(rows), verdict)
        if sweep["kind"] == "kfold":
            table = sweeps.fold_table(sweep["labels"], sweep["histories"], metric)[-1]
            return self.tr("K-fold: validation {0} {1:.3f} ± {2:.3f} over {3} folds.").format(
                metric, table["val"], table["val_std"], len(sweep["labels"])
            )
        return self.tr("Done: {0} versions; their validation curves are overlaid on the curves.").format(
            len(sweep["labels"])
        )

    @staticmethod
    def _metric(histories) -> str:
        first = histories[0][0] if histories and histories[0] else {}
        return "accuracy" if "val_accuracy" in first else "loss"

    # -- run history ------------------------------------------------------------------------------

    @Slot()
    def _on_runs_changed(self) -> None:
        # A run kept just now was the run on screen: listed at once without a current run, which
        # follows once the controller has started the next one (or cut this one back).
        self.runs_view.set_runs(self.runs.runs)
        self._current_later.start(0)

    def _on_current_changed(self, *_args) -> None:
        if not self._current_later.isActive():
            self._current_later.start(CURRENT_EVERY_MS)

    @Slot()
    def _show_runs(self) -> None:
        """The kept runs and, once it has an epoch, the run on screen."""
        runs = list(self.runs.runs)
        c = self.controller
        if c.history and c.loaded_experiment is not None:
            runs.append(current_run(self.runs, c.loaded_experiment, c.history.rows, c.run_state == RUNNING))
        self.runs_view.set_runs(runs)

    def _overlay(self, numbers: list[int]) -> None:
        shown = []
        for number in numbers:
            run = self.runs.get(number)
            if run is not None:
                history = History()
                history.extend(run.rows)
                shown.append((f"#{run.number} {run.title}", history))
        self.loss_plot.set_overlays(shown)

    def open_run(self, number: int) -> None:
        """Makes a kept run's settings the experiment again (one undo step)."""
        run = self.runs.get(number)
        if run is not None:
            self.state.load(run.experiment, self.tr("Open the settings of run {0}").format(number))

    def _remove(self, number: int) -> None:
        self.runs.remove(number)
        self._show_runs()

    def _clear(self) -> None:
        self.runs.clear()
        self._show_runs()
