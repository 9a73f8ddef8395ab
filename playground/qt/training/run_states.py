"""The states a run goes through, in that order: the words the controller, its run book and the
window's toolbar share (the window enables Play, Step and Stop by them)."""

LOADING_TF = "loading_tf"  # TensorFlow still importing
BUILDING = "building"  # model being built and compiled
READY = "ready"  # built, epoch 0 or paused
RUNNING = "running"
FINISHED = "finished"  # reached the epoch limit
INVALID = "invalid"  # the experiment has an error; see `message`
FAILED = "failed"  # training stopped on an error or NaN; see `message`

BUILT = (READY, RUNNING, FINISHED)  # there is a model to train on, ask about or go back in
