"""The network: the layer palette and its Keras arguments, what each layer does to a shape, the
model as a graph, its edits, templates and pretrained bases.
"""
