"""Worker commands that silence hidden units or channels of the live model (held at zero, never
baked into the weights) and rank them by what silencing costs (issue 19).

Mixed into `QtTrainingWorker`: `worker.post("<command>", ...)` runs `_do_<command>` on the worker
thread, between two compiled calls; answers leave as `sigHandsOn` (token, kind, data), queued to
the GUI thread.
"""

from __future__ import annotations


class AblationCommands:
    """The `_do_` methods of these commands (they use the worker's `_session`, `_token` and `_ready`)."""
