"""Curves and runs: the loss plot and its marks, the runs table, the epoch timeline and the
overfitting lab.
"""
