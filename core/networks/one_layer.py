"""The guide's network: one layer of ten softmax outputs.

Shapes: x (n, 784) pixels in [0, 1]; y (n,) integer labels; W (784, 10); b (10,).

- logits        l_j = sum_i w_ij x_i + b_j
- softmax       p_j = exp(l_j) / sum_k exp(l_k)
- cross-entropy L = -sum_j y_j log p_j = -log p_y
- gradients     dL/dw_ij = x_i (p_j - y_j),  dL/db_j = p_j - y_j
- update        W <- W - lr dL/dW,  b <- b - lr dL/db

For one example, :func:`explain` keeps every intermediate number, with the evidence e_ij = w_ij x_i
(so l_j = sum_i e_ij + b_j).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from ..translatable import QT_TRANSLATE_NOOP
from .base import Architecture, Kernels, Network, OptionError, WeightsError, show
from .maths import N_CLASSES, N_INPUTS, Forward, example_output, frozen, one_hot, output_error, softmax


# --- the formulas ---------------------------------------------------------------------------------

def logits(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """l = x W + b, shape (n, 10)."""
    return x @ W + b


def gradients(x: np.ndarray, y: np.ndarray, W: np.ndarray, b: np.ndarray):
    """Batch means of dL/dW = x_i (p_j - y_j), shape (784, 10), and dL/db = p_j - y_j, shape (10,)."""
    delta = softmax(logits(x, W, b)) - one_hot(y, W.shape[1])  # (n, 10): p - y
    return x.T @ delta / len(x), delta.mean(axis=0)


# --- the architecture -----------------------------------------------------------------------------

@dataclass(frozen=True)
class OneLayer(Architecture):
    """The guide's one layer: W (784, 10), b (10,). Spelled ``hidden = 0`` (or nothing at all)."""

    kind: ClassVar[str] = "one_layer"
    title: ClassVar[str] = "one layer"
    file_arrays: ClassVar[tuple[str, ...]] = ("W", "b")

    def wording(self) -> tuple[str, dict]:
        return QT_TRANSLATE_NOOP("Network", "one layer"), {}

    def formula(self) -> str:
        return f"{N_INPUTS} → {N_CLASSES} softmax"

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        return {"W": (N_INPUTS, N_CLASSES), "b": (N_CLASSES,)}

    @classmethod
    def from_options(cls, options: dict, *, lesson: bool = False) -> "OneLayer":
        for name, value in options.items():
            raise OptionError(name, f"is not an option of the one-layer network, got {show(value)}")
        return cls()

    def to_options(self) -> dict:
        return {"hidden": 0}   # the lesson format's (and --hidden's) way of saying "no hidden layer"

    @classmethod
    def choices(cls) -> tuple["OneLayer", ...]:
        return (cls(),)

    @classmethod
    def largest(cls) -> "OneLayer":
        return cls()

    def suggested_learning_rate(self, batch_size: int) -> float:
        # 0.01 per example; mini-batches average their gradient, so they take larger steps
        # (measured: 0.3-1.0 at batch sizes 32-512).
        return 0.01 if batch_size == 1 else 0.5

    def file_record(self) -> dict[str, np.ndarray]:
        # The record older versions wrote (and read): hidden = 0 is the one layer.
        return {"hidden": np.array(0, dtype=np.int64), "activation": np.array("relu", dtype="U16")}

    @classmethod
    def from_file(cls, arrays: dict[str, np.ndarray], path) -> "OneLayer":
        return cls()

    @classmethod
    def holds_old_file(cls, arrays: dict[str, np.ndarray]) -> bool:
        return "W" in arrays and "W1" not in arrays and "hidden" not in arrays

    def build(self, seed: int = 0) -> "SoftmaxRegression":
        return SoftmaxRegression(seed=seed)

    def network(self, params: dict[str, np.ndarray]) -> "SoftmaxRegression":
        self.check(params)
        return SoftmaxRegression.from_arrays(params["W"], params["b"])

    def forward(self, params: dict[str, np.ndarray], x: np.ndarray) -> Forward:
        l = logits(x, params["W"], params["b"])
        return Forward(None, None, l, softmax(l))

    def explain(self, params: dict[str, np.ndarray], x: np.ndarray, label: int | None = None) -> "Explanation":
        return explain(params["W"], params["b"], x, label)

    def kernels(self, params: dict[str, np.ndarray], lr: float) -> Kernels:
        W, b = params["W"], params["b"]
        return (lambda x, y: sgd_block(x, y, W, b, lr),
                lambda x, y: minibatch_step(x, y, W, b, lr))


# --- the network ----------------------------------------------------------------------------------

class SoftmaxRegression(Network):
    """One layer, ten softmax outputs: W (784, 10) and b (10,), float32.

    Parameters
    ----------
    seed : int
        Seeds the small random initial weights (normal, standard deviation ``init_scale``).
    """

    architecture = OneLayer()

    def __init__(self, seed: int = 0, init_scale: float = 0.01,
                 n_inputs: int = N_INPUTS, n_classes: int = N_CLASSES):
        rng = np.random.default_rng(seed)
        self.W = (rng.standard_normal((n_inputs, n_classes)) * init_scale).astype(np.float32)
        self.b = np.zeros(n_classes, dtype=np.float32)

    @classmethod
    def from_arrays(cls, W: np.ndarray, b: np.ndarray) -> "SoftmaxRegression":
        model = cls.__new__(cls)
        model.W = np.array(W, dtype=np.float32)
        model.b = np.array(b, dtype=np.float32)
        return model

    def parameters(self) -> dict[str, np.ndarray]:
        """The live arrays, {"W": (784, 10), "b": (10,)}: writing into them changes the network."""
        return {"W": self.W, "b": self.b}

    def parameter_gradients(self, x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
        """:meth:`gradients` as a dict with the keys of :meth:`parameters`."""
        dW, db = self.gradients(x, y)
        return {"W": dW, "b": db}

    def logits(self, x: np.ndarray) -> np.ndarray:
        """shape (n, 10)"""
        return logits(x, self.W, self.b)

    def gradients(self, x: np.ndarray, y: np.ndarray):
        """(dW (784, 10), db (10,)): batch means of x (p - y) and p - y."""
        return gradients(x, y, self.W, self.b)

    def step(self, x: np.ndarray, y: np.ndarray, lr: float) -> None:
        """One gradient-descent update on the batch: W -= lr dW, b -= lr db."""
        dW, db = self.gradients(x, y)
        self.W -= np.float32(lr) * dW.astype(np.float32, copy=False)
        self.b -= np.float32(lr) * db.astype(np.float32, copy=False)

    def hidden_activations(self, x: np.ndarray) -> None:
        """None: the one-layer network has no hidden layer (the same call as the hidden network's)."""
        return None


# --- fast training kernels ------------------------------------------------------------------------

def sgd_block(x: np.ndarray, y: np.ndarray, W: np.ndarray, b: np.ndarray, lr: float) -> np.ndarray:
    """The guide's per-example gradient descent over the rows of ``x``, in order; updates W and b.

    Parameters
    ----------
    x : ndarray, shape (k, 784), float32
    y : ndarray, shape (k,), int
    W : ndarray, shape (784, 10), float32 (updated in place)
    b : ndarray, shape (10,), float32 (updated in place)

    Returns
    -------
    ndarray, shape (k, 10): the logits of each example, computed with the weights as they were just
    before its own update (as in the textbook loop).

    Exactly the textbook loop ``l = x_t W + b; p = softmax(l); W -= lr outer(x_t, p - y_t);
    b -= lr (p - y_t)``, but without touching the 784 x 10 matrix k times. After the updates for
    examples s < t, W_t = W_0 - sum_s outer(x_s, d_s) and b_t = b_0 - sum_s d_s, with d_s =
    lr (p_s - y_s). So the logits that example t sees are

        l_t = x_t W_t + b_t = (x_t W_0 + b_0) - sum_{s<t} (x_t . x_s + 1) d_s,

    which needs only the first term for the whole block (one matrix product) and the Gram matrix
    x x^T. The loop over examples then works on 10 numbers at a time, and W takes all k updates in
    one product at the end: W -= x^T D.
    """
    k = len(x)
    L0 = x @ W + b                          # (k, 10) logits under the block's starting weights
    G = x @ x.T + np.float32(1)             # (k, k)  x_t . x_s, + 1 for the bias' constant input
    D = np.empty((k, W.shape[1]), dtype=np.float32)  # lr (p_s - y_s), one row per example
    L = np.empty_like(D)
    with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected by the caller
        lr = np.float32(lr)   # (a rate beyond float32, 1e300, is inf here: it diverges, and says so)
        for t in range(k):
            l = L0[t] - G[t, :t] @ D[:t]
            L[t] = l
            e = np.exp(l - l.max())
            d = e * (lr / e.sum())
            d[y[t]] -= lr
            D[t] = d
        W -= x.T @ D
        b -= D.sum(axis=0)
    return L


def minibatch_step(x, y, W, b, lr) -> tuple[float, int]:
    """One mini-batch update in place; returns (mean loss before it, examples classified right).

    The same formulas as :func:`gradients`, written out so that the logits computed for the update
    also give the batch's loss and accuracy without a second pass.
    """
    with np.errstate(all="ignore"):
        delta, loss, correct = output_error(x @ W + b, y)   # p - y
        scale = np.float32(lr / len(y))
        W -= x.T @ (delta * scale)
        b -= delta.sum(axis=0) * scale
    return loss, correct


# --- one example, every number --------------------------------------------------------------------

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

    @property
    def output_error(self) -> np.ndarray:
        """p - y, shape (10,): dL/db here."""
        return self.grad_b

    def gradients(self) -> dict[str, np.ndarray]:
        """dL/d(each parameter) for this one example, keyed as the network's parameters."""
        return {"W": self.grad_W, "b": self.grad_b}


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
    """
    W = np.asarray(W, dtype=np.float32)
    b = np.asarray(b, dtype=np.float32)
    x = np.asarray(x, dtype=np.float32)
    n_inputs, n_classes = W.shape
    if x.shape != (n_inputs,) or b.shape != (n_classes,):
        raise ValueError(f"expected x ({n_inputs},) and b ({n_classes},) for W {W.shape}, "
                         f"got x {x.shape} and b {b.shape}")

    evidence = W * x[:, None]
    l = x @ W + b
    probabilities, prediction, label, loss, delta = example_output(l, label)
    return Explanation(x=frozen(x), logits=frozen(l), probabilities=frozen(probabilities),
                       prediction=prediction, label=label, loss=loss, grad_b=frozen(delta),
                       grad_W=frozen(np.outer(x, delta)), evidence=frozen(evidence))


def step(W: np.ndarray, b: np.ndarray, x: np.ndarray, label: int | None, lr: float):
    """One gradient-descent step on the single example (x, label); the inputs are left unchanged.

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
