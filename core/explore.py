"""Where the network goes wrong on a test set: predictions, confusion matrix, mistakes ranked.

Everything here is plain numpy, so the explorer widget only draws what these functions return.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .data import as_float
from .metrics import confusion_matrix
from .model import NetworkWeights, one_layer_weights
from .networks.maths import N_CLASSES

# Rows converted to float32 at a time (6 MB), rather than a float copy of the whole test set.
CHUNK = 2000


@dataclass(frozen=True)
class TestSetResults:
    """What one set of weights makes of every test image.

    Attributes
    ----------
    predictions : ndarray, shape (n,), int64
        The most probable class of each image.
    probabilities : ndarray, shape (n, 10), float32
        Softmax of the logits; rows sum to 1.
    confidence : ndarray, shape (n,), float32
        The probability of the predicted class, ``probabilities[k, predictions[k]]``.
    confusion : ndarray, shape (10, 10), int64
        Counts: row = true label, column = prediction.
    """

    predictions: np.ndarray
    probabilities: np.ndarray
    confidence: np.ndarray
    confusion: np.ndarray

    @property
    def n_correct(self) -> int:
        return int(np.trace(self.confusion))

    @property
    def accuracy(self) -> float:
        total = int(self.confusion.sum())
        return self.n_correct / total if total else 0.0


def evaluate_test_set(x: np.ndarray, labels: np.ndarray, W, b: np.ndarray | None = None,
                      chunk: int = CHUNK) -> TestSetResults:
    """Predictions, probabilities and confusion matrix of a network on x.

    Parameters
    ----------
    x : ndarray, shape (n, 784)
        uint8 pixels (0-255) or floats in [0, 1]; converted ``chunk`` rows at a time.
    labels : ndarray, shape (n,), ints 0-9
    W : NetworkWeights, or a network of any kind, or ndarray, shape (784, 10)
        The weights (or a network, whose current weights are used), or the one-layer W with ``b``.
    b : ndarray, shape (10,), or None when W is weights or a network
    """
    if isinstance(W, NetworkWeights):
        weights = W
    elif hasattr(W, "parameters"):
        weights = NetworkWeights.of(W)
    else:
        weights = one_layer_weights(W, b)
    n = len(x)
    n_classes = N_CLASSES
    predictions = np.empty(n, dtype=np.int64)
    probabilities = np.empty((n, n_classes), dtype=np.float32)
    for s in range(0, n, chunk):
        out = weights.forward(as_float(x[s: s + chunk]))
        # argmax of the logits, not of p: the same class, and exactly what the networks' predict gives
        predictions[s: s + chunk] = out.logits.argmax(axis=1)
        probabilities[s: s + chunk] = out.probabilities
    confidence = probabilities[np.arange(n), predictions]
    confusion = confusion_matrix(labels, predictions, n_classes=n_classes)
    return TestSetResults(predictions, probabilities, confidence, confusion)


def most_confident_first(indices: np.ndarray, confidence: np.ndarray) -> np.ndarray:
    """``indices`` reordered by ``confidence[indices]``, highest first; ties keep index order."""
    indices = np.asarray(indices, dtype=np.int64)
    return indices[np.argsort(-confidence[indices], kind="stable")]


def mistakes_by_confidence(labels: np.ndarray, results: TestSetResults) -> np.ndarray:
    """Indices of the wrongly predicted images, the most confident mistakes first, shape (m,)."""
    wrong = np.flatnonzero(results.predictions != np.asarray(labels))
    return most_confident_first(wrong, results.confidence)


def cell_indices(labels: np.ndarray, results: TestSetResults,
                 true_label: int, predicted_label: int) -> np.ndarray:
    """Indices of the images of one confusion-matrix cell (true, predicted), most confident first.

    Their number is ``results.confusion[true_label, predicted_label]``.
    """
    in_cell = np.flatnonzero((np.asarray(labels) == true_label) & (results.predictions == predicted_label))
    return most_confident_first(in_cell, results.confidence)
