"""The training worker on its thread and the controller that connects it to the state and the
views.
"""
