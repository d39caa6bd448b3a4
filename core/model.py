"""The guide's one-layer softmax network, as small pure functions and one class that holds W and b.

Shapes: x (n, 784) pixels in [0, 1]; y (n,) integer labels; W (784, 10); b (10,).

- logits        l_j = sum_i w_ij x_i + b_j
- softmax       p_j = exp(l_j) / sum_k exp(l_k)
- cross-entropy L = -sum_j y_j log p_j = -log p_y
- gradients     dL/dw_ij = x_i (p_j - y_j),  dL/db_j = p_j - y_j
- update        W <- W - lr dL/dW,  b <- b - lr dL/db
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np

N_INPUTS = 784
N_CLASSES = 10


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

    # --- files ------------------------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        save_weights(path, self.W, self.b)

    @classmethod
    def load(cls, path: str | Path) -> "SoftmaxRegression":
        return cls.from_arrays(*load_weights(path))


def save_weights(path: str | Path, W: np.ndarray, b: np.ndarray) -> None:
    """Write W and b to an ``.npz`` atomically: a temporary file beside it, then a rename, so that a
    crash mid-save leaves any earlier file whole."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, W=np.asarray(W, dtype=np.float32), b=np.asarray(b, dtype=np.float32))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def load_weights(path: str | Path, n_inputs: int = N_INPUTS, n_classes: int = N_CLASSES):
    """Read and check (W (784, 10), b (10,)) from an ``.npz``; never unpickles."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            W, b = _read_npz(path, f)
    except FileNotFoundError:
        raise WeightsError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise WeightsError(f"{path}: is a folder, not a weights file") from None
    except OSError as exc:
        raise WeightsError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for name, arr, shape in (("W", W, (n_inputs, n_classes)), ("b", b, (n_classes,))):
        if arr.shape != shape:
            raise WeightsError(f"{path}: {name} has shape {arr.shape}, expected {shape}")
        if arr.dtype.kind != "f":
            raise WeightsError(f"{path}: {name} has dtype {arr.dtype}, expected floating point")
        if not np.isfinite(arr).all():
            raise WeightsError(f"{path}: {name} holds NaN or infinite values")
    return W.astype(np.float32), b.astype(np.float32)


def _read_npz(path: Path, f):
    """(W, b) as stored in the open file ``f``; WeightsError for anything but an npz of arrays."""
    head = f.read(6)
    f.seek(0)
    if head.startswith(b"\x80") or head.startswith(b"("):
        raise WeightsError(f"{path}: holds pickled data, which is refused")
    if head == b"\x93NUMPY":
        raise WeightsError(f"{path}: a single .npy array, expected an .npz archive of W and b")
    if not head.startswith(b"PK"):
        raise WeightsError(f"{path}: not an .npz weights file (no zip header)")
    try:
        with np.load(f, allow_pickle=False) as npz:
            missing = {"W", "b"} - set(npz.files)
            if missing:
                raise WeightsError(f"{path}: missing array(s) {', '.join(sorted(missing))}")
            return npz["W"], npz["b"]
    except WeightsError:
        raise
    except ValueError as exc:
        if "pickle" in str(exc).lower():
            raise WeightsError(f"{path}: holds pickled objects, which are refused") from None
        raise WeightsError(f"{path}: not a readable .npz weights file ({exc})") from None
    except Exception as exc:  # a file parser at the app's boundary: any failure is a bad file
        raise WeightsError(f"{path}: not a readable .npz weights file ({exc})") from None
