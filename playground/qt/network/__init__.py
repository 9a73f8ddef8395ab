"""The network editor and the pictures of the network: palette, layer stack, properties, graph and
neuron views.
"""
