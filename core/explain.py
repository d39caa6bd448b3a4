"""Every number the guide's formulas produce for one example x, for the "Inside one example" view.

For one input x (784,) and weights W (784, 10), b (10,):

- logits        l_j = sum_i w_ij x_i + b_j
- evidence      e_ij = w_ij x_i          (so l_j = sum_i e_ij + b_j)
- softmax       p_j = exp(l_j) / sum_k exp(l_k)
- loss          L = -log p_y
- gradients     dL/db_j = p_j - y_j,  dL/dw_ij = x_i (p_j - y_j)
- one step      W <- W - lr dL/dW,  b <- b - lr dL/db

and, for the network with one hidden layer (W1 (784, H), b1 (H,), W2 (H, 10), b2 (10,)),
:func:`explain_hidden`:

- forward       z = x W1 + b1,  h = f(z),  l = h W2 + b2,  p = softmax(l),  L = -log p_y
- backward      delta2 = p - y,  dL/dW2 = outer(h, delta2),  dL/db2 = delta2,
                delta1 = (delta2 W2^T) * f'(z),  dL/dW1 = outer(x, delta1),  dL/db1 = delta1
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .arrays import read_only_copy
from .model import activate, activation_slope, log_softmax, one_hot, softmax

# "The units that matter most for this example": at most this many, for pictures of their dL/dW1.
TOP_UNITS = 10


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
    return read_only_copy(a, np.float32)


def _output_side(logits: np.ndarray, label: int | None):
    """From one example's logits (10,): p, the prediction, the label (the prediction if None),
    the loss -log p_y and the output error p - y, the same for both networks."""
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
    probabilities, prediction, label, loss, delta = _output_side(logits, label)
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


@dataclass(frozen=True)
class HiddenExplanation:
    """The forward and backward pass of the hidden-layer network for one example; arrays float32
    and read-only.

    Attributes
    ----------
    x : ndarray, shape (784,)
    z : ndarray, shape (H,)
        Hidden pre-activations x W1 + b1.
    h : ndarray, shape (H,)
        Hidden activations f(z).
    logits : ndarray, shape (10,)
        l = h W2 + b2.
    probabilities : ndarray, shape (10,)
    label, prediction : int
    loss : float
        -log p_label.
    delta2 : ndarray, shape (10,)
        p - onehot(label) = dL/dl, also dL/db2.
    grad_W2 : ndarray, shape (H, 10)
        outer(h, delta2).
    delta1 : ndarray, shape (H,)
        (delta2 W2^T) * f'(z) = dL/dz, also dL/db1.
    evidence : ndarray, shape (H, 10)
        h_j W2_jk: how much hidden unit j pushes towards digit k (``evidence.sum(0) + b2 == logits``).
    top_units : ndarray, shape (k,), int64, k <= 10
        The units whose incoming weights this example moves most (largest |delta1|, non-zero only),
        most first.
    grad_W1_top : ndarray, shape (784, k)
        dL/dW1 for those units: outer(x, delta1[top_units]), one 28x28 picture per unit.
    activation : str
    """

    x: np.ndarray
    z: np.ndarray
    h: np.ndarray
    logits: np.ndarray
    probabilities: np.ndarray
    prediction: int
    label: int
    loss: float
    delta2: np.ndarray
    grad_W2: np.ndarray
    delta1: np.ndarray
    evidence: np.ndarray
    top_units: np.ndarray
    grad_W1_top: np.ndarray
    activation: str = "relu"

    @property
    def grad_b2(self) -> np.ndarray:
        """dL/db2 = delta2, shape (10,)."""
        return self.delta2

    @property
    def grad_b1(self) -> np.ndarray:
        """dL/db1 = delta1, shape (H,)."""
        return self.delta1

    def grad_W1(self) -> np.ndarray:
        """All of dL/dW1 = outer(x, delta1), shape (784, H), float32 (a new array: 400 KB at H = 128)."""
        return np.outer(self.x, self.delta1)


def explain_hidden(params: dict, activation: str, x: np.ndarray, label: int | None = None,
                   top: int = TOP_UNITS) -> HiddenExplanation:
    """Run one example forwards and backwards through the hidden-layer network.

    Parameters
    ----------
    params : dict
        "W1" (784, H), "b1" (H,), "W2" (H, 10), "b2" (10,).
    activation : "relu" or "sigmoid"
    x : ndarray, shape (784,), pixels in [0, 1]
    label : int or None
        The true label; None uses the network's own prediction.
    top : int
        At most this many units in ``top_units``.
    """
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=np.float32) for k in ("W1", "b1", "W2", "b2"))
    x = np.asarray(x, dtype=np.float32)
    n_inputs, H = W1.shape
    n_classes = W2.shape[1]
    if x.shape != (n_inputs,) or b1.shape != (H,) or W2.shape[0] != H or b2.shape != (n_classes,):
        raise ValueError(f"expected x ({n_inputs},), b1 ({H},), W2 ({H}, {n_classes}), b2 ({n_classes},); "
                         f"got x {x.shape}, b1 {b1.shape}, W2 {W2.shape}, b2 {b2.shape}")
    z = x @ W1 + b1
    h = activate(z, activation)
    logits = h @ W2 + b2
    probabilities, prediction, label, loss, delta2 = _output_side(logits, label)   # delta2 = p - y
    delta1 = (delta2 @ W2.T) * activation_slope(z, h, activation)          # (delta2 W2^T) * f'(z)
    magnitude = np.abs(delta1)
    order = np.argsort(-magnitude, kind="stable")[:max(0, int(top))]
    top_units = order[magnitude[order] > 0].astype(np.int64)
    return HiddenExplanation(
        x=_frozen(x), z=_frozen(z), h=_frozen(h), logits=_frozen(logits),
        probabilities=_frozen(probabilities), prediction=prediction, label=label, loss=loss,
        delta2=_frozen(delta2), grad_W2=_frozen(np.outer(h, delta2)), delta1=_frozen(delta1),
        evidence=_frozen(h[:, None] * W2), top_units=read_only_copy(top_units),
        grad_W1_top=_frozen(np.outer(x, delta1[top_units])), activation=activation)


def step_hidden(params: dict, activation: str, x: np.ndarray, label: int | None, lr: float) -> dict:
    """One gradient-descent step of the hidden-layer network on one example; ``params`` is left
    unchanged. Returns new float32 arrays {"W1", "b1", "W2", "b2"}: each minus lr times its gradient."""
    e = explain_hidden(params, activation, x, label, top=0)
    lr = np.float32(lr)
    grads = {"W1": e.grad_W1(), "b1": e.grad_b1, "W2": e.grad_W2, "b2": e.grad_b2}
    return {k: np.asarray(params[k], dtype=np.float32) - lr * grads[k] for k in ("W1", "b1", "W2", "b2")}
