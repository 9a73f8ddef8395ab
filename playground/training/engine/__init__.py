"""Training: the compiled-epoch engine, the model.fit engine it is measured against, a run's
session, sweeps and the range test.
"""
