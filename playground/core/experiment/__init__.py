"""The experiment: the one description of a run (data, network, recipe) with its checks, and the
observable copy the window edits.
"""
