"""The maths every network kind ends with: ten softmax outputs and the cross-entropy loss.

Shapes: logits l (n, 10); labels y (n,) integers; one-hot rows (n, 10).

- softmax       p_j = exp(l_j) / sum_k exp(l_k)
- cross-entropy L = -sum_j y_j log p_j = -log p_y
- output error  dL/dl = p - y          (the same for every kind: where backpropagation starts)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..arrays import read_only_copy

N_INPUTS = 784
N_CLASSES = 10


def softmax(l: np.ndarray) -> np.ndarray:
    """Row-wise softmax, shape of ``l``; finite for any finite logits.

    Subtracting the row maximum leaves p unchanged (it cancels in the ratio) and keeps every
    exponent <= 0, so exp never overflows and the largest term is exactly 1.
    """
    l = np.asarray(l)
    with np.errstate(over="ignore"):  # l - max may round to -inf for logits near float max; exp -> 0
        shifted = l - l.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)


def log_softmax(l: np.ndarray) -> np.ndarray:
    """log p, computed as l - max - log(sum exp(l - max)), finite where softmax would round to 0."""
    l = np.asarray(l)
    with np.errstate(over="ignore"):
        shifted = l - l.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def cross_entropy(l: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per-example loss -log p_y from logits (n, 10) and labels (n,), shape (n,)."""
    return -log_softmax(l)[np.arange(len(y)), y]


def one_hot(y: np.ndarray, n_classes: int = N_CLASSES) -> np.ndarray:
    """Labels (n,) to one-hot rows (n, n_classes), float32."""
    out = np.zeros((len(y), n_classes), dtype=np.float32)
    out[np.arange(len(y)), y] = 1
    return out


def output_error(L: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float, int]:
    """From a batch's logits L (n, 10) and labels y (n,): the error at the output, p - y (n, 10),
    the mean loss -log p_y, and how many were classified right. One softmax serves all three, so
    that a mini-batch update also measures the batch without a second pass."""
    shifted = L - L.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    total = e.sum(axis=1, keepdims=True)
    delta = e / total                            # p
    rows = np.arange(len(y))
    loss = float((np.log(total[:, 0]) - shifted[rows, y]).mean())   # -log p_y
    correct = int((L.argmax(axis=1) == y).sum())
    delta[rows, y] -= 1                          # p - y
    return delta, loss, correct


def example_output(logits: np.ndarray, label: int | None):
    """From one example's logits (10,): p, the prediction, the label (the prediction if None),
    the loss -log p_y and the output error p - y, the same for every kind."""
    n_classes = len(logits)
    probabilities = softmax(logits)
    prediction = int(np.argmax(logits))
    label = prediction if label is None else int(label)
    if not 0 <= label < n_classes:
        raise ValueError(f"label must be in 0..{n_classes - 1}, got {label}")
    # -log p_y from log_softmax, not log(softmax): p_y can round to 0 when the network is
    # confidently wrong, and the loss must then be large, not infinite.
    loss = float(-log_softmax(logits)[label])
    delta = probabilities - one_hot(np.array([label]), n_classes)[0]  # p - y
    return probabilities, prediction, label, loss, delta


def frozen(a: np.ndarray) -> np.ndarray:
    """A float32 copy that cannot be written to: explanations are frozen, their arrays should be too."""
    return read_only_copy(a, np.float32)


@dataclass(frozen=True)
class Forward:
    """One forward pass of a batch.

    Attributes
    ----------
    z : ndarray, shape (n, H), or None where the kind has no hidden layer
        Hidden pre-activations.
    h : ndarray, shape (n, H), or None
        Hidden activations f(z): what a side panel beside the drawing shows firing.
    logits : ndarray, shape (n, 10)
    probabilities : ndarray, shape (n, 10)
    feature_maps : tuple of ndarray, each (n, F, side, side); empty where the kind has no convolution
        Each convolution block's feature maps ReLU(x ⋆ K + c) (for a few examples: see
        ``Convolution.forward``).
    pooled_maps : tuple of ndarray, each (n, F, side // 2, side // 2)
        The same maps after 2x2 max-pooling.
    """

    z: np.ndarray | None
    h: np.ndarray | None
    logits: np.ndarray
    probabilities: np.ndarray
    feature_maps: tuple = ()
    pooled_maps: tuple = ()
