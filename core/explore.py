"""Where the network goes wrong on a test set: predictions, confusion matrix, mistakes ranked.

Everything here is plain numpy, so the explorer widget only draws what these functions return.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .metrics import confusion_matrix
from .model import logits, softmax


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


def evaluate_test_set(x: np.ndarray, labels: np.ndarray, W: np.ndarray, b: np.ndarray) -> TestSetResults:
    """Predictions, probabilities and confusion matrix of (W, b) on x.

    Parameters
    ----------
    x : ndarray, shape (n, 784), float32 in [0, 1]
    labels : ndarray, shape (n,), ints 0-9
    W : ndarray, shape (784, 10)
    b : ndarray, shape (10,)
    """
    l = logits(x, W, b)
    # argmax of the logits, not of p: the same class, and exactly what SoftmaxRegression.predict gives
    predictions = l.argmax(axis=1)
    probabilities = softmax(l).astype(np.float32, copy=False)
    confidence = probabilities[np.arange(len(predictions)), predictions]
    confusion = confusion_matrix(labels, predictions, n_classes=W.shape[1])
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
