"""The course text's next step: one hidden layer of H units, f = ReLU or the logistic sigmoid.

Shapes: x (n, 784); W1 (784, H); b1 (H,); W2 (H, 10); b2 (10,).

- forward       z = x W1 + b1,  h = f(z),  l = h W2 + b2,  p = softmax(l),  L = -log p_y
- backward      delta2 = p - y,          dL/dW2 = h^T delta2,  dL/db2 = delta2
                delta1 = (delta2 W2^T) * f'(z),  dL/dW1 = x^T delta1,  dL/db1 = delta1
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from ..arrays import read_only_copy
from ..translatable import QT_TRANSLATE_NOOP
from .base import Architecture, Kernels, Network, OptionError, WeightsError, show
from .maths import N_CLASSES, N_INPUTS, Forward, example_output, frozen, one_hot, output_error, softmax
from .one_layer import OneLayer

MAX_HIDDEN = 4096
ACTIVATIONS = ("relu", "sigmoid")
# What the window's chooser offers (and so what a lesson may ask for): 16 to 512 units.
CHOOSER_SIZES = (16, 32, 64, 128, 256, 512)
# "The units that matter most for this example": at most this many, for pictures of their dL/dW1.
TOP_UNITS = 10


# --- the formulas ---------------------------------------------------------------------------------

def activate(z: np.ndarray, activation: str = "relu") -> np.ndarray:
    """h = f(z): ReLU max(0, z), or the logistic sigmoid 1 / (1 + exp(-z)); shape of ``z``."""
    if activation == "relu":
        return np.maximum(z, 0)
    if activation == "sigmoid":
        # 1/(1+exp(-z)) written with tanh: the same function, and no overflow warning for large |z|
        half = z.dtype.type(0.5) if isinstance(z, np.ndarray) else 0.5
        return half * (np.tanh(z * half) + 1)
    raise ValueError(f"activation must be one of {', '.join(ACTIVATIONS)}, got {activation!r}")


def activation_slope(z: np.ndarray, h: np.ndarray, activation: str = "relu") -> np.ndarray:
    """f'(z), shape of ``z``: 1 where z > 0 for ReLU (0 elsewhere); h (1 - h) for the sigmoid."""
    if activation == "relu":
        return (z > 0).astype(z.dtype)
    if activation == "sigmoid":
        return h * (1 - h)
    raise ValueError(f"activation must be one of {', '.join(ACTIVATIONS)}, got {activation!r}")


def hidden_gradients(x: np.ndarray, y: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray,
                     b2: np.ndarray, activation: str = "relu") -> dict[str, np.ndarray]:
    """Batch means of the chain rule carried one layer back.

    Parameters
    ----------
    x : ndarray, shape (n, 784)
    y : ndarray, shape (n,), int
    W1 : (784, H);  b1 : (H,);  W2 : (H, 10);  b2 : (10,)

    Returns
    -------
    dict with "W1" (784, H), "b1" (H,), "W2" (H, 10), "b2" (10,)::

        delta2 = p - y                          (n, 10)   as for the one-layer network
        dL/dW2 = h^T delta2,  dL/db2 = delta2
        delta1 = (delta2 W2^T) * f'(z)          (n, H)    the error sent back through W2 and f
        dL/dW1 = x^T delta1,  dL/db1 = delta1
    """
    n = len(x)
    z = x @ W1 + b1
    h = activate(z, activation)
    delta2 = softmax(h @ W2 + b2) - one_hot(y, W2.shape[1])
    delta1 = (delta2 @ W2.T) * activation_slope(z, h, activation)
    return {"W1": x.T @ delta1 / n, "b1": delta1.mean(axis=0),
            "W2": h.T @ delta2 / n, "b2": delta2.mean(axis=0)}


# --- the architecture -----------------------------------------------------------------------------

def _is_whole(v) -> bool:
    return isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))


@dataclass(frozen=True)
class HiddenLayer(Architecture):
    """One hidden layer of ``hidden`` units (1..4096) of ``activation`` ("relu" or "sigmoid").

    Spelled ``hidden = 128, activation = "relu"`` in a lesson, ``--hidden 128 --activation relu``
    on the command line; ``hidden = 0`` there means no hidden layer: :class:`OneLayer`.
    """

    hidden: int = 128
    activation: str = "relu"

    kind: ClassVar[str] = "hidden_layer"
    title: ClassVar[str] = "a hidden layer"
    options: ClassVar[tuple[str, ...]] = ("hidden", "activation")
    cli_options: ClassVar[dict[str, dict]] = {
        "hidden": dict(type=int, metavar="H",
                       help=f"hidden units: 0 = the guide's one layer (default), 1-{MAX_HIDDEN} = one hidden layer"),
        "activation": dict(choices=ACTIVATIONS, help="the hidden layer's function (default relu)"),
    }
    file_arrays: ClassVar[tuple[str, ...]] = ("W1", "b1", "W2", "b2", "hidden", "activation")

    def __post_init__(self):
        hidden = self.hidden
        if isinstance(hidden, (bool, np.bool_)) or int(hidden) != hidden or not 1 <= hidden <= MAX_HIDDEN:
            raise ValueError(f"hidden units must be a whole number from 1 to {MAX_HIDDEN}, got {hidden}")
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"activation must be one of {', '.join(ACTIVATIONS)}, got {self.activation!r}")
        object.__setattr__(self, "hidden", int(hidden))

    @property
    def activation_label(self) -> str:
        return {"relu": "ReLU", "sigmoid": "sigmoid"}[self.activation]

    def wording(self) -> tuple[str, dict]:
        return (QT_TRANSLATE_NOOP("Network", "hidden {units} {activation}"),
                {"units": self.hidden, "activation": self.activation_label})

    def formula(self) -> str:
        return f"{N_INPUTS} → {self.hidden} {self.activation_label} → {N_CLASSES} softmax"

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        H = self.hidden
        return {"W1": (N_INPUTS, H), "b1": (H,), "W2": (H, N_CLASSES), "b2": (N_CLASSES,)}

    # spelled as options, offered in a chooser

    @classmethod
    def from_options(cls, options: dict, *, lesson: bool = False) -> Architecture:
        low, high = (CHOOSER_SIZES[0], CHOOSER_SIZES[-1]) if lesson else (1, MAX_HIDDEN)
        if "hidden" not in options:
            raise OptionError("hidden", f"is missing: 0 for one layer, or {low} to {high} hidden units",
                              missing=True)
        hidden = options["hidden"]
        if not _is_whole(hidden) or not (hidden == 0 or low <= hidden <= high):
            raise OptionError("hidden", f"must be 0 (one layer) or a whole number from {low} to {high}, "
                                        f"got {show(hidden)}")
        activation = options.get("activation")
        if activation is not None and activation not in ACTIVATIONS:
            close = difflib.get_close_matches(activation, ACTIVATIONS, n=1) if isinstance(activation, str) else []
            if close:
                raise OptionError("activation", f'{show(activation)} is not an activation, did you mean "{close[0]}"?')
            raise OptionError("activation", f"must be one of {', '.join(ACTIVATIONS)}, got {show(activation)}")
        if hidden == 0:
            return OneLayer()
        return cls(int(hidden), activation or "relu")

    def to_options(self) -> dict:
        return {"hidden": self.hidden, "activation": self.activation}

    @classmethod
    def choices(cls) -> tuple["HiddenLayer", ...]:
        return tuple(cls(h, f) for f in ACTIVATIONS for h in CHOOSER_SIZES)

    @classmethod
    def largest(cls) -> "HiddenLayer":
        return cls(MAX_HIDDEN)

    def suggested_learning_rate(self, batch_size: int) -> float:
        # ReLU trains best at the one layer's rates (measured, H = 128, one epoch: 0.01 per example
        # 96.7%, 0.02 96.4%, 0.05 94.3%; batch 128: 0.5 95.9%, 0.1 92.5%). The sigmoid's slope is
        # at most 1/4, which shrinks the steps that reach W1: it wants larger rates (0.05 per example
        # 96.5%; 1.0 at batch 128 93%).
        if self.activation == "sigmoid":
            return 0.05 if batch_size == 1 else 1.0
        return 0.01 if batch_size == 1 else 0.5

    # weights files

    def file_record(self) -> dict[str, np.ndarray]:
        return {"hidden": np.array(self.hidden, dtype=np.int64),
                "activation": np.array(self.activation, dtype="U16")}

    @classmethod
    def from_file(cls, arrays: dict[str, np.ndarray], path) -> Architecture:
        hidden, activation = arrays.get("hidden"), arrays.get("activation")
        if hidden is None:
            raise WeightsError(f"{path}: has hidden-layer weights but no 'hidden' size recorded")
        if hidden.dtype.kind not in "iu" or hidden.size != 1:
            raise WeightsError(f"{path}: 'hidden' must be one whole number, got {hidden.dtype} {hidden.shape}")
        if activation is None:
            activation = np.array("relu")
        if activation.dtype.kind != "U" or activation.size != 1:
            raise WeightsError(f"{path}: 'activation' must be one text value, got {activation.dtype} "
                               f"{activation.shape}")
        hidden, activation = int(hidden.reshape(())), str(activation.reshape(()))
        try:
            if activation not in ACTIVATIONS:  # checked for the one layer too, as always
                raise ValueError(f"activation must be one of {', '.join(ACTIVATIONS)}, got {activation!r}")
            return OneLayer() if hidden == 0 else cls(hidden, activation)
        except ValueError as exc:
            raise WeightsError(f"{path}: {exc}") from None

    @classmethod
    def holds_old_file(cls, arrays: dict[str, np.ndarray]) -> bool:
        return "W1" in arrays or "hidden" in arrays

    def file_label(self) -> str:
        return f"hidden-layer weights with {self.hidden} units: "

    # the network

    def build(self, seed: int = 0) -> "HiddenLayerNetwork":
        return HiddenLayerNetwork(self.hidden, self.activation, seed)

    def network(self, params: dict[str, np.ndarray]) -> "HiddenLayerNetwork":
        self.check(params)
        return HiddenLayerNetwork.from_arrays(params["W1"], params["b1"], params["W2"], params["b2"],
                                              self.activation)

    def forward(self, params: dict[str, np.ndarray], x: np.ndarray) -> Forward:
        z = x @ params["W1"] + params["b1"]
        h = activate(z, self.activation)
        l = h @ params["W2"] + params["b2"]
        return Forward(z, h, l, softmax(l))

    def explain(self, params: dict[str, np.ndarray], x: np.ndarray, label: int | None = None,
                top: int = TOP_UNITS) -> "HiddenExplanation":
        return explain_hidden(params, self.activation, x, label, top)

    def kernels(self, params: dict[str, np.ndarray], lr: float) -> Kernels:
        args = (params["W1"], params["b1"], params["W2"], params["b2"], lr, self.activation)
        return (lambda x, y: sgd_block_hidden(x, y, *args),
                lambda x, y: minibatch_step_hidden(x, y, *args))


# --- the network ----------------------------------------------------------------------------------

class HiddenLayerNetwork(Network):
    """One hidden layer: x (784) -> h = f(x W1 + b1) (H units) -> l = h W2 + b2 -> softmax.

    Parameters
    ----------
    hidden : int
        H, the hidden units (1..4096).
    activation : str
        "relu" (default) or "sigmoid".
    seed : int
        Seeds the random initial weights.

    Attributes
    ----------
    W1 : ndarray, shape (784, H), float32
    b1 : ndarray, shape (H,), float32
    W2 : ndarray, shape (H, 10), float32
    b2 : ndarray, shape (10,), float32

    Notes
    -----
    The one-layer network may start from zeros: each output's gradient x (p_j - y_j) differs from
    the others' through p - y. Here zeros (or any equal values) would not do. Every hidden unit would
    compute the same h, receive the same delta1 = (delta2 W2^T) * f'(z) and take the same step, so
    they would stay identical forever: H copies of one unit. Random weights break that symmetry. They
    are scaled so the signal keeps its size through f: He's N(0, 2/784) for ReLU (which zeroes half
    its inputs), Glorot's N(0, 2/(784 + H)) for the sigmoid, and Glorot's N(0, 2/(H + 10)) for W2.
    """

    def __init__(self, hidden: int = 128, activation: str = "relu", seed: int = 0):
        self.architecture = HiddenLayer(hidden, activation)
        H, n_in, n_out = self.architecture.hidden, N_INPUTS, N_CLASSES
        rng = np.random.default_rng(seed)
        scale1 = np.sqrt(2 / n_in) if activation == "relu" else np.sqrt(2 / (n_in + H))
        self.W1 = (rng.standard_normal((n_in, H)) * scale1).astype(np.float32)
        self.b1 = np.zeros(H, dtype=np.float32)
        self.W2 = (rng.standard_normal((H, n_out)) * np.sqrt(2 / (H + n_out))).astype(np.float32)
        self.b2 = np.zeros(n_out, dtype=np.float32)

    @classmethod
    def from_arrays(cls, W1, b1, W2, b2, activation: str = "relu") -> "HiddenLayerNetwork":
        net = cls.__new__(cls)
        W1 = np.array(W1, dtype=np.float32)
        net.architecture = HiddenLayer(W1.shape[1], activation)
        net.W1, net.b1 = W1, np.array(b1, dtype=np.float32)
        net.W2, net.b2 = np.array(W2, dtype=np.float32), np.array(b2, dtype=np.float32)
        return net

    @property
    def hidden(self) -> int:
        return self.architecture.hidden

    @property
    def activation(self) -> str:
        return self.architecture.activation

    def parameters(self) -> dict[str, np.ndarray]:
        """The live arrays, {"W1", "b1", "W2", "b2"}: writing into them changes the network."""
        return {"W1": self.W1, "b1": self.b1, "W2": self.W2, "b2": self.b2}

    def hidden_activations(self, x: np.ndarray) -> np.ndarray:
        """h = f(x W1 + b1), shape (n, H)."""
        return activate(x @ self.W1 + self.b1, self.activation)

    def logits(self, x: np.ndarray) -> np.ndarray:
        """shape (n, 10)"""
        return self.hidden_activations(x) @ self.W2 + self.b2

    def gradients(self, x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
        """Batch means {"W1", "b1", "W2", "b2"}: see :func:`hidden_gradients`."""
        return hidden_gradients(x, y, self.W1, self.b1, self.W2, self.b2, self.activation)

    parameter_gradients = gradients


# --- fast training kernels ------------------------------------------------------------------------

def sgd_block_hidden(x: np.ndarray, y: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray,
                     b2: np.ndarray, lr: float, activation: str = "relu") -> np.ndarray:
    """Per-example gradient descent of the hidden-layer network over the rows of ``x``, in order;
    updates all four arrays in place.

    Parameters
    ----------
    x : ndarray, shape (k, 784), float32
    y : ndarray, shape (k,), int
    W1 : (784, H);  b1 : (H,);  W2 : (H, 10);  b2 : (10,), float32 (updated in place)
    lr : float
    activation : "relu" or "sigmoid"

    Returns
    -------
    ndarray, shape (k, 10): the logits of each example under the weights just before its update.

    Exactly the textbook loop (forward, delta2 = p - y, delta1 = (delta2 W2^T) * f'(z), every array
    updated before the next example), but W1, the big one (784 x H), is touched once per block.
    As in :func:`one_layer.sgd_block`, after the updates of examples s < t, W1_t = W1_0 -
    sum_s outer(x_s, D1_s) and b1_t = b1_0 - sum_s D1_s with D1_s = lr delta1_s, so example t's
    pre-activation is

        z_t = x_t W1_t + b1_t = (x_t W1_0 + b1_0) - sum_{s<t} (x_t . x_s + 1) D1_s:

    one matrix product for the block, the Gram matrix x x^T, and O(t H) numbers per example. W2
    (H x 10) is small enough to update per example as the text does; W1 takes the block's updates in
    one product at the end (W1 -= x^T D1).
    """
    k, H = len(x), W1.shape[1]
    Z0 = x @ W1 + b1                        # (k, H) pre-activations under the block's starting W1
    G = x @ x.T + np.float32(1)             # (k, k) x_t . x_s, + 1 for the bias' constant input
    D1 = np.zeros((k, H), dtype=np.float32)  # lr delta1_s, one row per example
    L = np.empty((k, W2.shape[1]), dtype=np.float32)
    W2T = W2.T                              # a view: follows W2's in-place updates
    relu = activation == "relu"
    with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected by the caller
        lr = np.float32(lr)   # (a rate beyond float32, 1e300, is inf here: it diverges, and says so)
        for t in range(k):
            z = Z0[t] - G[t, :t] @ D1[:t]
            h = np.maximum(z, 0) if relu else activate(z, activation)
            l = L[t]
            np.add(h @ W2, b2, out=l)
            e = np.exp(l - l.max())
            d2 = e * (lr / e.sum())         # lr (p - y), the output layer's step
            d2[y[t]] -= lr
            d1 = np.matmul(d2, W2T, out=D1[t])  # lr delta2 W2^T, W2 as before this example's update
            if relu:
                d1 *= z > 0                 # f'(z): 0 where the unit is off
            else:
                d1 *= h * (1 - h)
            W2 -= np.outer(h, d2)           # W2 -= lr h^T delta2
            b2 -= d2
        W1 -= x.T @ D1
        b1 -= D1.sum(axis=0)
    return L


def minibatch_step_hidden(x, y, W1, b1, W2, b2, lr, activation="relu") -> tuple[float, int]:
    """One mini-batch update of the hidden-layer network in place; returns (mean loss before it,
    examples classified right). The formulas of :func:`hidden_gradients`."""
    with np.errstate(all="ignore"):
        z = x @ W1 + b1
        h = activate(z, activation)
        delta2, loss, correct = output_error(h @ W2 + b2, y)   # p - y
        delta2 *= np.float32(lr / len(y))            # lr, and the batch mean
        delta1 = (delta2 @ W2.T) * activation_slope(z, h, activation)
        W2 -= h.T @ delta2
        b2 -= delta2.sum(axis=0)
        W1 -= x.T @ delta1
        b1 -= delta1.sum(axis=0)
    return loss, correct


# --- one example, every number --------------------------------------------------------------------

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
    def output_error(self) -> np.ndarray:
        """p - y, shape (10,): δ2 = dL/db2 here."""
        return self.delta2

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

    def gradients(self) -> dict[str, np.ndarray]:
        """dL/d(each parameter) for this one example, keyed as the network's parameters."""
        return {"W1": self.grad_W1(), "b1": self.grad_b1, "W2": self.grad_W2, "b2": self.grad_b2}


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
    l = h @ W2 + b2
    probabilities, prediction, label, loss, delta2 = example_output(l, label)   # delta2 = p - y
    delta1 = (delta2 @ W2.T) * activation_slope(z, h, activation)          # (delta2 W2^T) * f'(z)
    magnitude = np.abs(delta1)
    order = np.argsort(-magnitude, kind="stable")[:max(0, int(top))]
    top_units = order[magnitude[order] > 0].astype(np.int64)
    return HiddenExplanation(
        x=frozen(x), z=frozen(z), h=frozen(h), logits=frozen(l),
        probabilities=frozen(probabilities), prediction=prediction, label=label, loss=loss,
        delta2=frozen(delta2), grad_W2=frozen(np.outer(h, delta2)), delta1=frozen(delta1),
        evidence=frozen(h[:, None] * W2), top_units=read_only_copy(top_units),
        grad_W1_top=frozen(np.outer(x, delta1[top_units])), activation=activation)


def step_hidden(params: dict, activation: str, x: np.ndarray, label: int | None, lr: float) -> dict:
    """One gradient-descent step of the hidden-layer network on one example; ``params`` is left
    unchanged. Returns new float32 arrays {"W1", "b1", "W2", "b2"}: each minus lr times its gradient."""
    e = explain_hidden(params, activation, x, label, top=0)
    grads = e.gradients()
    with np.errstate(all="ignore"):   # a step too large is caught by the caller (not finite)
        lr = np.float32(lr)
        return {k: np.asarray(params[k], dtype=np.float32) - lr * grads[k] for k in ("W1", "b1", "W2", "b2")}
