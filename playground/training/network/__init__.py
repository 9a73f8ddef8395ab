"""The network in Keras: the compiled model an experiment describes, its Keras objects and
pretrained bases.
"""
