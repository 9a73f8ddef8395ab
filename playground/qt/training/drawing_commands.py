"""Worker commands that answer a drawn input (a digit on the pad, a dropped picture) with the class
probabilities, activation maps and Grad-CAM, and nudge an input towards a class (issue 19).

Mixed into `QtTrainingWorker`: `worker.post("<command>", ...)` runs `_do_<command>` on the worker
thread, between two compiled calls; answers leave as `sigHandsOn` (token, kind, data), queued to
the GUI thread.
"""

from __future__ import annotations


class DrawingCommands:
    """The `_do_` methods of these commands (they use the worker's `_session`, `_token` and `_ready`)."""
