"""Lessons and the doctor in the window."""
