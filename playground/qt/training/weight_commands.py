"""Worker commands that edit the live model's weights and biases, and add or remove neurons and
layers keeping the weights that remain (issue 19).

Mixed into `QtTrainingWorker`: `worker.post("<command>", ...)` runs `_do_<command>` on the worker
thread, between two compiled calls; answers leave as `sigHandsOn` (token, kind, data), queued to
the GUI thread.
"""

from __future__ import annotations


class WeightEditCommands:
    """The `_do_` methods of these commands (they use the worker's `_session`, `_token` and `_ready`)."""
