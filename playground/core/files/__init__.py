"""Files: autosave and crash recovery, and the plain-Keras script an experiment exports to."""
