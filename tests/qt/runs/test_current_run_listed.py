"""The Runs tab lists the run on screen while it trains — marked as current, with its epochs and its
best validation score so far, following the training — and keeps it as an ordinary run once the next
one starts."""

from PySide6.QtCore import Qt

from playground.qt.runs.runs_view import BEST, ENDED, EPOCHS, NUMBER, OVERLAY
from playground.qt.training import training_controller as tc
from playground.qt.window import hidden_controls


def _current_row(window) -> int | None:
    table = window.runs_view.table
    for row in range(table.rowCount()):
        if table.item(row, ENDED).text().startswith("current"):
            return row
    return None


def _epochs(window, row) -> int:
    return int(window.runs_view.table.item(row, EPOCHS).text())


def test_the_run_in_progress_is_listed_and_followed(qtbot, window):
    c = window.controller
    c.set_speed(0)
    window.bottom_tabs.setCurrentIndex(hidden_controls.tab_of(window.bottom_tabs, window.runs_view))
    qtbot.waitUntil(lambda: c.run_state == tc.READY, timeout=60_000)
    assert window.runs_view.table.rowCount() == 0  # nothing trained yet
    window.play_action.trigger()

    def listed_training():
        row = _current_row(window)
        return row is not None and _epochs(window, row) > 0

    qtbot.waitUntil(listed_training, timeout=60_000)
    table = window.runs_view.table
    row = _current_row(window)
    assert table.item(row, ENDED).text() == "current: training…"
    assert table.item(row, NUMBER).text() == str(c.runs.next_number) and table.item(row, NUMBER).font().bold()
    assert not table.item(row, OVERLAY).flags() & Qt.ItemFlag.ItemIsUserCheckable  # its curves are drawn already
    assert table.item(row, BEST).text().startswith("accuracy ")
    first = _epochs(window, row)
    qtbot.waitUntil(
        lambda: _current_row(window) is not None and _epochs(window, _current_row(window)) > first, timeout=60_000
    )
    table.selectRow(_current_row(window))
    assert not window.runs_view.open_button.isEnabled() and not window.runs_view.remove_button.isEnabled()

    c.pause()
    qtbot.waitUntil(lambda: c.run_state != tc.RUNNING, timeout=60_000)

    def follows_the_paused_run():  # the row is refreshed at most once a second: wait for it
        row = _current_row(window)
        if row is None or table.item(row, ENDED).text() != "current":
            return False
        best = max(r["val_accuracy"] for r in c.history.rows)
        return _epochs(window, row) == len(c.history) and f"{best * 100:.1f} %" in table.item(row, BEST).text()

    qtbot.waitUntil(follows_the_paused_run, timeout=60_000)
    paused_at = len(c.history)

    c.reset()  # the next run: the one on screen is kept, an ordinary row now, and no run is current
    assert len(c.runs.runs) == 1 and c.runs.runs[0].epochs == paused_at
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=60_000)
    assert _current_row(window) is None and table.item(0, ENDED).text() == "paused"
    assert table.item(0, OVERLAY).flags() & Qt.ItemFlag.ItemIsUserCheckable
