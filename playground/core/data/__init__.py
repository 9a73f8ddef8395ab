"""Data sets: TensorFlow Playground's generators, the Keras book sets, scikit-learn tables, what a
user imports (CSV, image folders, .npz) and the split before training.
"""
