"""Looking inside a model: layer outputs, statistics and health, filters' patterns, Grad-CAM and
loss surfaces.
"""
