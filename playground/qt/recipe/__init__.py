"""The training settings panel and its dialogs: optimizer, schedule, callbacks, range test and the
loss-surface race.
"""
