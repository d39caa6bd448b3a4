"""The guide's one-layer softmax network and its next step, one hidden layer, as small pure functions
and two classes that hold the weights.

Shapes: x (n, 784) pixels in [0, 1]; y (n,) integer labels; W (784, 10); b (10,).

One layer (:class:`SoftmaxRegression`):

- logits        l_j = sum_i w_ij x_i + b_j
- softmax       p_j = exp(l_j) / sum_k exp(l_k)
- cross-entropy L = -sum_j y_j log p_j = -log p_y
- gradients     dL/dw_ij = x_i (p_j - y_j),  dL/db_j = p_j - y_j
- update        W <- W - lr dL/dW,  b <- b - lr dL/db

One hidden layer of H units (:class:`HiddenLayerNetwork`), f = ReLU or the logistic sigmoid:

- forward       z = x W1 + b1,  h = f(z),  l = h W2 + b2,  p = softmax(l)
- backward      delta2 = p - y,          dL/dW2 = h^T delta2,  dL/db2 = delta2
                delta1 = (delta2 W2^T) * f'(z),  dL/dW1 = x^T delta1,  dL/db1 = delta1
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .arrays import read_only_copy
from .files import unreadable

N_INPUTS = 784
N_CLASSES = 10
MAX_HIDDEN = 4096
ACTIVATIONS = ("relu", "sigmoid")


class WeightsError(ValueError):
    """A weights file is missing, unreadable, pickled, of the wrong shape or not finite."""


# --- pure functions -------------------------------------------------------------------------------

def logits(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """l = x W + b, shape (n, 10)."""
    return x @ W + b


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


def gradients(x: np.ndarray, y: np.ndarray, W: np.ndarray, b: np.ndarray):
    """Batch means of dL/dW = x_i (p_j - y_j), shape (784, 10), and dL/db = p_j - y_j, shape (10,)."""
    delta = softmax(logits(x, W, b)) - one_hot(y, W.shape[1])  # (n, 10): p - y
    return x.T @ delta / len(x), delta.mean(axis=0)


# --- the model ------------------------------------------------------------------------------------

class SoftmaxRegression:
    """One layer, ten softmax outputs: W (784, 10) and b (10,), float32.

    Parameters
    ----------
    seed : int
        Seeds the small random initial weights (normal, standard deviation ``init_scale``).
    """

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

    def copy(self) -> "SoftmaxRegression":
        return SoftmaxRegression.from_arrays(self.W, self.b)

    @property
    def architecture(self) -> "Architecture":
        return Architecture()

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

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Softmax of the logits, shape (n, 10), rows sum to 1."""
        return softmax(self.logits(x))

    def loss(self, x: np.ndarray, y: np.ndarray) -> float:
        """Mean cross-entropy over the batch."""
        return float(cross_entropy(self.logits(x), y).mean())

    def gradients(self, x: np.ndarray, y: np.ndarray):
        """(dW (784, 10), db (10,)): batch means of x (p - y) and p - y."""
        return gradients(x, y, self.W, self.b)

    def step(self, x: np.ndarray, y: np.ndarray, lr: float) -> None:
        """One gradient-descent update on the batch: W -= lr dW, b -= lr db."""
        dW, db = self.gradients(x, y)
        self.W -= np.float32(lr) * dW.astype(np.float32, copy=False)
        self.b -= np.float32(lr) * db.astype(np.float32, copy=False)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The most probable class of each row, shape (n,)."""
        return self.logits(x).argmax(axis=-1)

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        return float((self.predict(x) == y).mean())

    def is_finite(self) -> bool:
        return bool(np.isfinite(self.W).all() and np.isfinite(self.b).all())

    def hidden_activations(self, x: np.ndarray) -> None:
        """None: the one-layer network has no hidden layer (the same call as the hidden network's)."""
        return None

    # --- files ------------------------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        save_weights(path, self.W, self.b)

    @classmethod
    def load(cls, path: str | Path) -> "SoftmaxRegression":
        return cls.from_arrays(*load_weights(path))


def save_weights(path: str | Path, W: np.ndarray, b: np.ndarray) -> None:
    """Write W and b to an ``.npz`` atomically: a temporary file beside it, then a rename, so that a
    crash mid-save leaves any earlier file whole."""
    _write_npz_atomically(Path(path), W=np.asarray(W, dtype=np.float32), b=np.asarray(b, dtype=np.float32))


def load_weights(path: str | Path):
    """Read and check (W (784, 10), b (10,)) of the one-layer network from an ``.npz``; never
    unpickles. A hidden-layer file is refused with a message saying so (see :func:`load_network`)."""
    path = Path(path)
    arrays = _read_checked_file(path)
    if "W1" in arrays or ("hidden" in arrays and arrays["hidden"].dtype.kind in "iu"
                          and arrays["hidden"].size == 1 and int(arrays["hidden"].reshape(())) > 0):
        raise WeightsError(f"{path}: holds a network with a hidden layer, not the one-layer W and b")
    W, b = _check_arrays(path, "", arrays, Architecture())
    return W, b


# --- one hidden layer -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Architecture:
    """Which network: ``hidden == 0`` is the guide's one layer; 1..4096 hidden units of ``activation``.

    Attributes
    ----------
    hidden : int
        Hidden units H (0: no hidden layer).
    activation : str
        "relu" or "sigmoid" (ignored, but still checked, when ``hidden == 0``).
    """

    hidden: int = 0
    activation: str = "relu"

    def __post_init__(self):
        hidden = self.hidden
        if isinstance(hidden, (bool, np.bool_)) or int(hidden) != hidden or not 0 <= hidden <= MAX_HIDDEN:
            raise ValueError(f"hidden units must be a whole number from 0 to {MAX_HIDDEN}, got {hidden}")
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"activation must be one of {', '.join(ACTIVATIONS)}, got {self.activation!r}")
        object.__setattr__(self, "hidden", int(hidden))

    @property
    def is_hidden(self) -> bool:
        return self.hidden > 0

    @property
    def activation_label(self) -> str:
        return {"relu": "ReLU", "sigmoid": "sigmoid"}[self.activation]

    def describe(self) -> str:
        """Short text for labels and legends: "one layer" or "hidden 128 ReLU"."""
        return f"hidden {self.hidden} {self.activation_label}" if self.is_hidden else "one layer"

    def formula(self) -> str:
        """The layers with their sizes: "784 → 10 softmax" or "784 → 128 ReLU → 10 softmax"."""
        if not self.is_hidden:
            return f"{N_INPUTS} → {N_CLASSES} softmax"
        return f"{N_INPUTS} → {self.hidden} {self.activation_label} → {N_CLASSES} softmax"

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        """{name: shape} of the weights, in the order of ``parameters()``."""
        if not self.is_hidden:
            return {"W": (N_INPUTS, N_CLASSES), "b": (N_CLASSES,)}
        H = self.hidden
        return {"W1": (N_INPUTS, H), "b1": (H,), "W2": (H, N_CLASSES), "b2": (N_CLASSES,)}


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


@dataclass(frozen=True)
class Forward:
    """One forward pass of a batch.

    Attributes
    ----------
    z : ndarray, shape (n, H), or None for the one-layer network
        Hidden pre-activations x W1 + b1.
    h : ndarray, shape (n, H), or None
        Hidden activations f(z).
    logits : ndarray, shape (n, 10)
    probabilities : ndarray, shape (n, 10)
    """

    z: np.ndarray | None
    h: np.ndarray | None
    logits: np.ndarray
    probabilities: np.ndarray


def forward(params: dict[str, np.ndarray], x: np.ndarray, activation: str = "relu") -> Forward:
    """Run x (n, 784) through either network; the keys of ``params`` say which ("W", "b" for one
    layer, "W1", "b1", "W2", "b2" for one hidden layer)."""
    if "W1" in params:
        z = x @ params["W1"] + params["b1"]
        h = activate(z, activation)
        l = h @ params["W2"] + params["b2"]
    else:
        z = h = None
        l = logits(x, params["W"], params["b"])
    return Forward(z, h, l, softmax(l))


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


class HiddenLayerNetwork:
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
        self._architecture = Architecture(hidden, activation)
        if not self._architecture.is_hidden:
            raise ValueError("a hidden-layer network needs at least 1 hidden unit")
        H, n_in, n_out = self._architecture.hidden, N_INPUTS, N_CLASSES
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
        net._architecture = Architecture(W1.shape[1], activation)
        net.W1, net.b1 = W1, np.array(b1, dtype=np.float32)
        net.W2, net.b2 = np.array(W2, dtype=np.float32), np.array(b2, dtype=np.float32)
        return net

    @property
    def architecture(self) -> Architecture:
        return self._architecture

    @property
    def hidden(self) -> int:
        return self._architecture.hidden

    @property
    def activation(self) -> str:
        return self._architecture.activation

    def parameters(self) -> dict[str, np.ndarray]:
        """The live arrays, {"W1", "b1", "W2", "b2"}: writing into them changes the network."""
        return {"W1": self.W1, "b1": self.b1, "W2": self.W2, "b2": self.b2}

    def copy(self) -> "HiddenLayerNetwork":
        return HiddenLayerNetwork.from_arrays(self.W1, self.b1, self.W2, self.b2, self.activation)

    def forward(self, x: np.ndarray) -> Forward:
        return forward(self.parameters(), x, self.activation)

    def hidden_activations(self, x: np.ndarray) -> np.ndarray:
        """h = f(x W1 + b1), shape (n, H)."""
        return activate(x @ self.W1 + self.b1, self.activation)

    def logits(self, x: np.ndarray) -> np.ndarray:
        """shape (n, 10)"""
        return self.hidden_activations(x) @ self.W2 + self.b2

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return softmax(self.logits(x))

    def loss(self, x: np.ndarray, y: np.ndarray) -> float:
        """Mean cross-entropy over the batch."""
        return float(cross_entropy(self.logits(x), y).mean())

    def gradients(self, x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
        """Batch means {"W1", "b1", "W2", "b2"}: see :func:`hidden_gradients`."""
        return hidden_gradients(x, y, self.W1, self.b1, self.W2, self.b2, self.activation)

    parameter_gradients = gradients

    def step(self, x: np.ndarray, y: np.ndarray, lr: float) -> None:
        """One gradient-descent update of all four arrays on the batch."""
        grads = self.gradients(x, y)
        for name, value in self.parameters().items():
            value -= np.float32(lr) * grads[name].astype(np.float32, copy=False)

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.logits(x).argmax(axis=-1)

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        return float((self.predict(x) == y).mean())

    def is_finite(self) -> bool:
        return all(bool(np.isfinite(v).all()) for v in self.parameters().values())

    def save(self, path: str | Path) -> None:
        save_network(path, self)

    @classmethod
    def load(cls, path: str | Path) -> "HiddenLayerNetwork":
        net = load_network(path)
        if not isinstance(net, cls):
            raise WeightsError(f"{path}: holds the one-layer network, not a hidden-layer one")
        return net


Network = SoftmaxRegression | HiddenLayerNetwork


def build_network(architecture: Architecture, seed: int = 0) -> Network:
    """A freshly initialised network of this architecture."""
    if architecture.is_hidden:
        return HiddenLayerNetwork(architecture.hidden, architecture.activation, seed)
    return SoftmaxRegression(seed=seed)


def check_parameters(architecture: Architecture, params: dict[str, np.ndarray]) -> None:
    """ValueError unless ``params`` has every array of ``architecture`` in its shape."""
    for name, shape in architecture.parameter_shapes().items():
        if name not in params:
            raise ValueError(f"{architecture.describe()}: missing {name}")
        if np.shape(params[name]) != shape:
            raise ValueError(f"{architecture.describe()}: {name} has shape {np.shape(params[name])}, "
                             f"expected {shape}")


def network_from_parameters(architecture: Architecture, params: dict[str, np.ndarray]) -> Network:
    """A network holding float32 copies of ``params`` (keys as ``architecture.parameter_shapes()``).

    Raises ValueError if a shape does not fit the architecture.
    """
    check_parameters(architecture, params)
    if architecture.is_hidden:
        return HiddenLayerNetwork.from_arrays(params["W1"], params["b1"], params["W2"], params["b2"],
                                              architecture.activation)
    return SoftmaxRegression.from_arrays(params["W"], params["b"])


@dataclass(frozen=True, eq=False)
class NetworkWeights:
    """A network's weights frozen at one moment: read-only copies and the architecture they fit.

    What the training thread hands out (snapshots) and what views and history keep: whoever holds
    one can run the network forward, but nobody can change it, and training, which updates its own
    arrays in place, cannot change it either.

    Attributes
    ----------
    architecture : Architecture
    params : dict of str to read-only ndarray, float32
        "W" (784, 10), "b" (10,); or "W1" (784, H), "b1" (H,), "W2" (H, 10), "b2" (10,).
    """

    architecture: Architecture
    params: dict

    @classmethod
    def of(cls, network: "Network") -> "NetworkWeights":
        """Read-only copies of a network's current weights."""
        return cls.from_params(network.parameters(), network.architecture.activation)

    @classmethod
    def from_params(cls, params, activation: str = "relu") -> "NetworkWeights":
        """Copies of ``params``; the architecture follows from the keys and shapes."""
        hidden = int(np.shape(params["W1"])[1]) if "W1" in params else 0
        architecture = Architecture(hidden, activation)
        check_parameters(architecture, params)  # checked, not built: this runs for every snapshot
        return cls(architecture, {name: read_only_copy(params[name], np.float32)
                                  for name in architecture.parameter_shapes()})

    @property
    def W(self) -> np.ndarray:
        """The one-layer W (784, 10), or the hidden layer's W1 (784, H): the weights on the pixels."""
        return self.params["W"] if "W" in self.params else self.params["W1"]

    @property
    def output_weights(self) -> np.ndarray:
        """The weights into the ten outputs: W (784, 10) or W2 (H, 10)."""
        return self.params["W"] if "W" in self.params else self.params["W2"]

    def forward(self, x: np.ndarray) -> Forward:
        """x (n, 784) or (784,) through the network."""
        return forward(self.params, np.atleast_2d(x), self.architecture.activation)

    def network(self) -> "Network":
        """A trainable network holding its own copies of these weights."""
        return network_from_parameters(self.architecture, self.params)

    def is_finite(self) -> bool:
        return all(np.isfinite(a).all() for a in self.params.values())

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.params.values())


def one_layer_weights(W: np.ndarray, b: np.ndarray) -> NetworkWeights:
    """The one-layer network's W (784, 10) and b (10,) as read-only NetworkWeights."""
    return NetworkWeights.from_params({"W": W, "b": b})


def save_network(path: str | Path, network: Network) -> None:
    """Write either network to an ``.npz`` atomically, with its architecture as plain arrays: an
    integer ``hidden`` (0 for one layer) and a unicode ``activation``. One-layer files keep W and b,
    so :func:`load_weights` still reads them."""
    arch = network.architecture
    arrays = {name: np.asarray(v, dtype=np.float32) for name, v in network.parameters().items()}
    _write_npz_atomically(Path(path), hidden=np.array(arch.hidden, dtype=np.int64),
                          activation=np.array(arch.activation, dtype="U16"), **arrays)


def load_network(path: str | Path) -> Network:
    """The network a weights file holds; a file of only W and b (the older format) is the one-layer
    network. Every array is checked against the architecture the file records; never unpickles.

    Raises
    ------
    WeightsError
        With one line naming the file and what does not fit.
    """
    path = Path(path)
    arrays = _read_checked_file(path)
    if "hidden" not in arrays and "W1" not in arrays:
        W, b = _check_arrays(path, "", arrays, Architecture())
        return SoftmaxRegression.from_arrays(W, b)
    arch = _recorded_architecture(path, arrays)
    if not arch.is_hidden:
        W, b = _check_arrays(path, "", arrays, arch)
        return SoftmaxRegression.from_arrays(W, b)
    W1, b1, W2, b2 = _check_arrays(path, f"hidden-layer weights with {arch.hidden} units: ", arrays, arch)
    return HiddenLayerNetwork.from_arrays(W1, b1, W2, b2, arch.activation)


def _recorded_architecture(path: Path, arrays: dict[str, np.ndarray]) -> Architecture:
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
    try:
        return Architecture(int(hidden.reshape(())), str(activation.reshape(())))
    except ValueError as exc:
        raise WeightsError(f"{path}: {exc}") from None


def _check_arrays(path: Path, what: str, arrays: dict[str, np.ndarray], arch: Architecture):
    out = []
    for name, shape in arch.parameter_shapes().items():
        arr = arrays.get(name)
        if arr is None:
            raise WeightsError(f"{path}: {what}missing array {name}")
        if arr.shape != shape:
            raise WeightsError(f"{path}: {what}{name} has shape {arr.shape}, expected {shape}")
        if arr.dtype.kind != "f":
            raise WeightsError(f"{path}: {what}{name} has dtype {arr.dtype}, expected floating point")
        if not np.isfinite(arr).all():
            raise WeightsError(f"{path}: {what}{name} holds NaN or infinite values")
        out.append(arr.astype(np.float32))
    return out


def _read_checked_file(path: Path) -> dict[str, np.ndarray]:
    try:
        with open(path, "rb") as f:
            return _read_npz_arrays(path, f)
    except OSError as exc:
        raise WeightsError(unreadable(path, exc, "a weights file")) from None


# A weights file holds at most these arrays (4096 hidden units: 13 MB of float32 W1); anything else
# in the archive is ignored unread, so a file cannot make us decompress arbitrary data.
_KNOWN_ARRAYS = ("W", "b", "W1", "b1", "W2", "b2", "hidden", "activation")


def _read_npz_arrays(path: Path, f) -> dict[str, np.ndarray]:
    """Every known array stored in the open file ``f``; WeightsError for anything but an npz."""
    head = f.read(6)
    f.seek(0)
    if head.startswith(b"\x80") or head.startswith(b"("):
        raise WeightsError(f"{path}: holds pickled data, which is refused")
    if head == b"\x93NUMPY":
        raise WeightsError(f"{path}: a single .npy array, expected an .npz archive of weights")
    if not head.startswith(b"PK"):
        raise WeightsError(f"{path}: not an .npz weights file (no zip header)")
    try:
        with np.load(f, allow_pickle=False) as npz:
            return {name: npz[name] for name in _KNOWN_ARRAYS if name in npz.files}
    except WeightsError:
        raise
    except ValueError as exc:
        if "pickle" in str(exc).lower():
            raise WeightsError(f"{path}: holds pickled objects, which are refused") from None
        raise WeightsError(f"{path}: not a readable .npz weights file ({exc})") from None
    except Exception as exc:  # a file parser at the app's boundary: any failure is a bad file
        raise WeightsError(f"{path}: not a readable .npz weights file ({exc})") from None


def _write_npz_atomically(path: Path, **arrays: np.ndarray) -> None:
    """np.savez to a temporary file beside ``path``, then a rename: a crash mid-save leaves any
    earlier file whole."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
