"""Data that needs Keras: the prepared copies of the Keras book sets."""
