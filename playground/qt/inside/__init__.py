"""Inside the network: activations, decision boundary, confusion matrix, Grad-CAM."""
