"""Worker commands that answer a drawn input (a digit on the pad, a dropped picture) with the class
probabilities, activation maps and Grad-CAM, and nudge an input towards a class (issue 19).

Mixed into `QtTrainingWorker`: `worker.post("<command>", ...)` runs `_do_<command>` on the worker
thread, between two compiled calls; answers leave as `sigHandsOn` (token, kind, data), queued to
the GUI thread. Kinds: "drawn" (the answer to one drawing), "nudged" (the steps of a nudge),
"drawing_refused" (a message: this model does not take pictures, or it failed), "drawing_skipped"
(the drawing was of another input size: the pad follows the model's with the next views).

A pen sends a drawing per mouse move, faster than the model may answer: `post_drawing` numbers
them, and a drawing that a newer one has overtaken in the queue is skipped unanswered.
"""

from __future__ import annotations

import numpy as np

from playground.qt.i18n import say, translate


class DrawingCommands:
    """The `_do_` methods of these commands (they use the worker's `_session`, `_token` and `_ready`)."""

    _newest_drawing = 0  # the number of the newest drawing posted (written by the GUI thread)
    _drawing_tools = None  # (session, DrawnInput, Nudger or None, offset, factor) of the current session

    def post_drawing(self, token: int, number: int, pixels: np.ndarray, cam_class: int = -1, unit=None) -> None:
        """From the GUI thread: drawing `number` (increasing), pixels (h, w, c) in [0, 1]; `cam_class`
        −1 for the predicted class; `unit` (layer index, channel) or None."""
        self._newest_drawing = int(number)  # one int assigned: atomic for the worker thread's reads
        self.post("draw", token, int(number), pixels, int(cam_class), unit)

    def _do_draw(self, token, number, pixels, cam_class, unit) -> None:
        if not self._ready(token) or number < self._newest_drawing:
            return  # a newer drawing is queued: only the newest is worth the model's time
        tools = self._tools()
        if isinstance(tools, str):
            self.sigHandsOn.emit((token, "drawing_refused", tools))
            return
        _, drawn, _, offset, factor = tools
        x = _fit(pixels, drawn)
        if x is None:  # drawn for the model before: the pad takes the new size with the next views
            self.sigHandsOn.emit((token, "drawing_skipped", number))
            return
        try:
            answer = drawn.compute(offset + factor * x, cam_class, unit)
        except Exception as exc:  # answered all the same: the pad waits for its answer
            self.sigHandsOn.emit((token, "drawing_refused", _describe(exc)))
            return
        answer["number"] = number
        answer["image"] = np.asarray(pixels, np.float32)
        answer["epoch"] = self._session.epoch
        self.sigHandsOn.emit((token, "drawn", answer))

    def _do_nudge(self, token, pixels, probe_index, target) -> None:
        """Nudges `pixels` (h, w, c in [0, 1]; None: test sample `probe_index`) towards class `target`."""
        if not self._ready(token):
            return
        tools = self._tools()
        if isinstance(tools, str):
            self.sigHandsOn.emit((token, "drawing_refused", tools))
            return
        session, drawn, nudger, offset, factor = tools
        try:
            if nudger is None:
                from playground.training.inspection.input_nudge import Nudger

                nudger = Nudger(session.model)
                self._drawing_tools = (session, drawn, nudger, offset, factor)
            if pixels is None:
                x = np.asarray(session.x_test[int(probe_index)], np.float32)
            elif _fit(pixels, drawn) is None:
                self.sigHandsOn.emit((token, "drawing_skipped", -1))
                return
            else:
                x = offset + factor * _fit(pixels, drawn)
            low, high = offset + 0 * x, offset + factor + 0 * x
            x = np.clip(x, np.minimum(low, high), np.maximum(low, high))
            nudge = nudger.nudge(x, int(target), low, high)
        except Exception as exc:
            self.sigHandsOn.emit((token, "drawing_refused", _describe(exc)))
            return
        span = np.where(np.abs(factor) > 1e-12, factor, 1.0)
        self.sigHandsOn.emit(
            (
                token,
                "nudged",
                {
                    "target": nudge.target,
                    "images": np.clip((nudge.inputs - offset) / span, 0.0, 1.0).astype(np.float32),
                    "probabilities": nudge.probabilities,
                    "flipped": nudge.flipped,
                    "max_change": nudge.max_change(),
                    "class_names": drawn.classes,
                },
            )
        )

    def _tools(self):
        """What answers drawings for the current session (made once per session), or why nothing can."""
        session = self._session
        tools = self._drawing_tools
        if tools is not None and tools[0] is session:
            return tools
        from playground.training.inspection.drawn_input import DrawnInput, image_input_shape, input_scaling

        exp = session.experiment
        sorts = exp.problem in ("classification", "multiclass") and len(exp.outputs) == 1 and len(exp.classes) >= 2
        if exp.plane or exp.extra_inputs or image_input_shape(session.model) is None or not sorts:
            return translate(
                "QtDrawing", "The drawing pad is for models that sort pictures into classes (digits, shapes…)."
            )
        offset, factor = input_scaling(exp)
        self._drawing_tools = (session, DrawnInput(session.model, exp.classes), None, offset, factor)
        return self._drawing_tools


def _fit(pixels, drawn) -> np.ndarray | None:
    """The pad's pixels (h, w, c) with as many channels as the model takes (grey made colour);
    None when they are not of the model's height and width."""
    from playground.training.inspection.drawn_input import image_input_shape

    x = np.asarray(pixels, np.float32)
    if x.ndim == 2:
        x = x[..., None]
    shape = image_input_shape(drawn.model)
    if shape is not None and x.shape[:2] != shape[:2]:
        return None
    if shape is not None and x.shape[-1] != shape[-1]:
        x = np.repeat(x.mean(axis=-1, keepdims=True), shape[-1], axis=-1)
    return x


def _describe(exc: Exception) -> str:
    if len(exc.args) == 1 and not isinstance(exc.args[0], str):
        return say(exc)
    return f"{type(exc).__name__}: {exc}"
