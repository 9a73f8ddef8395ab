"""What the status bar says when a run stops: each sentence, held-out scores and advice in place."""

import math

from playground.core.runs.epoch_history import History
from playground.qt.training import run_messages


def _history(*losses):
    history = History()
    history.extend([{"epoch": i + 1, "loss": loss} for i, loss in enumerate(losses)])
    return history


def test_held_out_scores_follow_the_sentence_before(qapp):
    assert run_messages.holdout_text(None) == ""
    text = run_messages.holdout_text({"accuracy": 0.953, "loss": 0.1214})
    assert text == " Held-out test set: accuracy 95.3 %, loss 0.121."
    standardised = run_messages.holdout_text({"mae": 0.25}, standardised=True)
    assert standardised == " Held-out test set: mae 0.25 (targets in standard deviations)."


def test_a_loss_that_is_not_a_number_says_what_to_do(qapp):
    message = run_messages.stop_message("nonfinite", _history(0.5, math.nan), [], None, False, 3.0)
    assert message.startswith("Training paused: the loss became NaN (not a number) at epoch 2.")
    assert "learning rate (3) is probably too high" in message
    infinite = run_messages.nonfinite_message({"epoch": 4, "loss": math.inf}, 0.1)
    assert infinite.startswith("Training paused: the loss became infinite at epoch 4.")


def test_each_way_a_run_ends_has_its_sentence(qapp):
    history = _history(0.9, 0.8, 0.7)
    events = [
        {"epoch": 3, "kind": "early_stop", "text": "val_loss stopped improving"},
        {"epoch": 3, "kind": "restored", "text": "Restored the weights of epoch 1"},
    ]
    scores = {"loss": 0.5}
    early = run_messages.stop_message("early_stopped", history, events, scores, False, 0.01)
    assert early == (
        "Stopped early at epoch 3: val_loss stopped improving. Restored the weights of epoch 1."
        " Held-out test set: loss 0.5. Reset to train again."
    )
    finished = run_messages.stop_message("finished", history, [], None, False, 0.01)
    assert finished == "Finished 3 epochs. Raise the epoch limit or Reset to train more."
    terminated = run_messages.stop_message("terminated", history, [], None, False, 0.01)
    assert terminated.startswith("TerminateOnNaN ended the run at epoch 3")
    assert run_messages.stop_message("paused", history, [], scores, False, 0.01) == (
        "Paused at epoch 3. Held-out test set: loss 0.5."
    )


def test_an_error_in_a_layer_names_the_layer_as_people_count(qapp):
    assert run_messages.where("model.layers[2]: dense_2: no units") == "layer 3, dense_2: no units"
    assert run_messages.where("data.noise: too high") == "data.noise: too high"
