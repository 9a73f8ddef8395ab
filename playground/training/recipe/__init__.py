"""The recipe in Keras: learning-rate schedules and the callbacks that run inside the compiled
epoch.
"""
