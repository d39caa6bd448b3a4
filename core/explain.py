"""Every number the guide's formulas produce for one example x, for the "Inside one example" view.

For one input x (784,) and weights W (784, 10), b (10,):

- logits        l_j = sum_i w_ij x_i + b_j
- evidence      e_ij = w_ij x_i          (so l_j = sum_i e_ij + b_j)
- softmax       p_j = exp(l_j) / sum_k exp(l_k)
- loss          L = -log p_y
- gradients     dL/db_j = p_j - y_j,  dL/dw_ij = x_i (p_j - y_j)
- one step      W <- W - lr dL/dW,  b <- b - lr dL/db
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .model import log_softmax, one_hot, softmax


@dataclass(frozen=True)
class Explanation:
    """The forward and backward pass for one example; all arrays float32 and read-only.

    Attributes
    ----------
    x : ndarray, shape (784,)
        The input pixels.
    logits : ndarray, shape (10,)
        l = x W + b.
    probabilities : ndarray, shape (10,)
        p = softmax(l); sums to 1.
    prediction : int
        argmax p.
    label : int
        The true label y used for the loss and gradients (the prediction when none was given).
    loss : float
        -log p_label.
    grad_b : ndarray, shape (10,)
        dL/db = p - onehot(label).
    grad_W : ndarray, shape (784, 10)
        dL/dW = outer(x, p - onehot(label)).
    evidence : ndarray, shape (784, 10)
        w_ij x_i: how much pixel i pushes towards (+) or away from (-) digit j.
        ``evidence.sum(0) + b == logits``.
    """

    x: np.ndarray
    logits: np.ndarray
    probabilities: np.ndarray
    prediction: int
    label: int
    loss: float
    grad_b: np.ndarray
    grad_W: np.ndarray
    evidence: np.ndarray


def _frozen(a: np.ndarray) -> np.ndarray:
    """A float32 copy that cannot be written to: the dataclass is frozen, its arrays should be too."""
    a = np.array(a, dtype=np.float32)
    a.flags.writeable = False
    return a


def explain(W: np.ndarray, b: np.ndarray, x: np.ndarray, label: int | None = None) -> Explanation:
    """Run one example forwards and backwards and keep every intermediate number.

    Parameters
    ----------
    W : ndarray, shape (784, 10)
    b : ndarray, shape (10,)
    x : ndarray, shape (784,)
        Pixels in [0, 1].
    label : int or None
        The true label y; None uses the network's own prediction (what "the answer it gave is
        right" would teach it).

    Returns
    -------
    Explanation
    """
    W = np.asarray(W, dtype=np.float32)
    b = np.asarray(b, dtype=np.float32)
    x = np.asarray(x, dtype=np.float32)
    n_inputs, n_classes = W.shape
    if x.shape != (n_inputs,) or b.shape != (n_classes,):
        raise ValueError(f"expected x ({n_inputs},) and b ({n_classes},) for W {W.shape}, "
                         f"got x {x.shape} and b {b.shape}")

    evidence = W * x[:, None]
    logits = x @ W + b
    probabilities = softmax(logits)
    prediction = int(np.argmax(logits))
    label = prediction if label is None else int(label)
    if not 0 <= label < n_classes:
        raise ValueError(f"label must be in 0..{n_classes - 1}, got {label}")
    # -log p_y from log_softmax, not log(softmax): p_y can round to 0 when the network is
    # confidently wrong, and the loss must then be large, not infinite.
    loss = float(-log_softmax(logits)[label])
    delta = probabilities - one_hot(np.array([label]), n_classes)[0]  # p - y
    return Explanation(x=_frozen(x), logits=_frozen(logits), probabilities=_frozen(probabilities),
                       prediction=prediction, label=label, loss=loss, grad_b=_frozen(delta),
                       grad_W=_frozen(np.outer(x, delta)), evidence=_frozen(evidence))


def step(W: np.ndarray, b: np.ndarray, x: np.ndarray, label: int | None, lr: float):
    """One gradient-descent step on the single example (x, label); the inputs are left unchanged.

    Parameters
    ----------
    W : ndarray, shape (784, 10)
    b : ndarray, shape (10,)
    x : ndarray, shape (784,)
    label : int or None
        None uses the prediction, as :func:`explain` does.
    lr : float
        Learning rate.

    Returns
    -------
    W_new : ndarray, shape (784, 10), float32
        W - lr outer(x, p - y).
    b_new : ndarray, shape (10,), float32
        b - lr (p - y).
    """
    e = explain(W, b, x, label)
    lr = np.float32(lr)
    W_new = np.asarray(W, dtype=np.float32) - lr * e.grad_W
    b_new = np.asarray(b, dtype=np.float32) - lr * e.grad_b
    return W_new, b_new
