"""Teaching: lessons, the training doctor and the one-page report of a run."""
