"""Runs: per-epoch history, the runs kept to compare, the epoch timeline, sweeps, and what a worker
hands the views.
"""
