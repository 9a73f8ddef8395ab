"""Keras and TensorBoard files: .keras/.h5 models and weights, TensorBoard logs."""
