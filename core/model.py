"""A network, whatever its kind: the frozen weights every view draws (:class:`NetworkWeights`),
building one, and its weights file (save and load).

The kinds themselves (the guide's one layer, one hidden layer, ...) are the modules of
``core.networks``, each with its formulas, kernels and explanation; their list is
``core.networks.KINDS``. A weights file is an ``.npz`` of the kind's arrays, its ``kind`` and the
kind's record of its architecture; files written before the kind was recorded (a one-layer file of
just W and b, a hidden-layer file of W1, b1, W2, b2, hidden and activation) load as before.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .arrays import read_only_copy
from .files import unreadable
from .networks import Architecture, Network, WeightsError, file_arrays, kind_of_file
from .networks.maths import Forward
from .networks.one_layer import OneLayer, SoftmaxRegression
from .translatable import QT_TRANSLATE_NOOP

# What a WeightsError says (the window shows it in its language: `visualizer.core_messages`); {what}
# is the kind's `file_label`.
MESSAGES = {
    "not_one_layer": QT_TRANSLATE_NOOP("Weights", "{path}: holds a network with {kind}, not the one-layer W and b"),
    "missing": QT_TRANSLATE_NOOP("Weights", "{path}: {what}missing array {name}"),
    "shape": QT_TRANSLATE_NOOP("Weights", "{path}: {what}{name} has shape {shape}, expected {expected}"),
    "dtype": QT_TRANSLATE_NOOP("Weights", "{path}: {what}{name} has dtype {dtype}, expected floating point"),
    "finite": QT_TRANSLATE_NOOP("Weights", "{path}: {what}{name} holds NaN or infinite values"),
    "weights_file": QT_TRANSLATE_NOOP("Weights", "a weights file"),
    "pickled": QT_TRANSLATE_NOOP("Weights", "{path}: holds pickled data, which is refused"),
    "npy": QT_TRANSLATE_NOOP("Weights", "{path}: a single .npy array, expected an .npz archive of weights"),
    "not_zip": QT_TRANSLATE_NOOP("Weights", "{path}: not an .npz weights file (no zip header)"),
    "pickled_objects": QT_TRANSLATE_NOOP("Weights", "{path}: holds pickled objects, which are refused"),
    "unreadable": QT_TRANSLATE_NOOP("Weights", "{path}: not a readable .npz weights file ({problem})"),
}

__all__ = ["Architecture", "Network", "NetworkWeights", "WeightsError", "build_network", "load_network",
           "load_weights", "one_layer_weights", "save_network", "save_weights"]


def build_network(architecture: Architecture, seed: int = 0) -> Network:
    """A freshly initialised network of this architecture."""
    return architecture.build(seed)


@dataclass(frozen=True, eq=False)
class NetworkWeights:
    """A network's weights frozen at one moment: read-only copies and the architecture they fit.

    What the training thread hands out (snapshots) and what views and history keep: whoever holds
    one can run the network forward, but nobody can change it, and training, which updates its own
    arrays in place, cannot change it either.

    Attributes
    ----------
    architecture : Architecture
        Its kind and sizes (``OneLayer()``, ``HiddenLayer(128, "relu")``, ...).
    params : dict of str to read-only ndarray, float32
        The arrays of ``architecture.parameter_shapes()``, e.g. "W" (784, 10), "b" (10,).
    """

    architecture: Architecture
    params: dict

    @classmethod
    def of(cls, network: Network) -> "NetworkWeights":
        """Read-only copies of a network's current weights."""
        return cls.from_params(network.architecture, network.parameters())

    @classmethod
    def from_params(cls, architecture: Architecture, params) -> "NetworkWeights":
        """Read-only copies of ``params``, checked against ``architecture`` (ValueError if they do
        not fit)."""
        architecture.check(params)  # checked, not built: this runs for every snapshot
        return cls(architecture, {name: read_only_copy(params[name], np.float32)
                                  for name in architecture.parameter_shapes()})

    def forward(self, x: np.ndarray) -> Forward:
        """x (n, 784) or (784,) through the network."""
        return self.architecture.forward(self.params, np.atleast_2d(x))

    def explain(self, x: np.ndarray, label: int | None = None):
        """One example x (784,) forwards and backwards: the kind's explanation, every number kept."""
        return self.architecture.explain(self.params, x, label)

    def network(self) -> Network:
        """A trainable network holding its own copies of these weights."""
        return self.architecture.network(self.params)

    def is_finite(self) -> bool:
        return all(np.isfinite(a).all() for a in self.params.values())

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.params.values())


def one_layer_weights(W: np.ndarray, b: np.ndarray) -> NetworkWeights:
    """The one-layer network's W (784, 10) and b (10,) as read-only NetworkWeights."""
    return NetworkWeights.from_params(OneLayer(), {"W": W, "b": b})


# --- weights files --------------------------------------------------------------------------------

def save_network(path: str | Path, network: Network) -> None:
    """Write any network to an ``.npz`` atomically: its arrays, its ``kind`` and its kind's record of
    the architecture (plain arrays, no pickle). One-layer files keep W and b, so
    :func:`load_weights` (and older versions) still read them."""
    arch = network.architecture
    arrays = {name: np.asarray(v, dtype=np.float32) for name, v in network.parameters().items()}
    _write_npz_atomically(Path(path), kind=np.array(arch.kind, dtype="U32"), **arch.file_record(), **arrays)


def load_network(path: str | Path) -> Network:
    """The network a weights file holds, of the kind it records (a file of only W and b, the oldest
    format, is the one-layer network). Every array is checked against the architecture the file
    records; never unpickles.

    Raises
    ------
    WeightsError
        With one line naming the file and what does not fit.
    """
    path = Path(path)
    arrays = _read_checked_file(path)
    arch = kind_of_file(arrays, path)
    params = _check_arrays(path, arrays, arch)
    return arch.network(params)


def save_weights(path: str | Path, W: np.ndarray, b: np.ndarray) -> None:
    """Write the one-layer network's W (784, 10) and b (10,) to an ``.npz`` atomically."""
    save_network(path, SoftmaxRegression.from_arrays(W, b))


def load_weights(path: str | Path):
    """Read and check (W (784, 10), b (10,)) of the one-layer network from an ``.npz``; never
    unpickles. A file of another kind is refused with a message saying so (see :func:`load_network`)."""
    path = Path(path)
    arrays = _read_checked_file(path)
    arch = kind_of_file(arrays, path)
    if not isinstance(arch, OneLayer):
        raise WeightsError(MESSAGES["not_one_layer"].format(path=path, kind=arch.title))
    params = _check_arrays(path, arrays, arch)
    return params["W"], params["b"]


def _check_arrays(path: Path, arrays: dict[str, np.ndarray], arch: Architecture) -> dict[str, np.ndarray]:
    what = arch.file_label()
    out = {}
    for name, shape in arch.parameter_shapes().items():
        arr = arrays.get(name)
        if arr is None:
            raise WeightsError(MESSAGES["missing"].format(path=path, what=what, name=name))
        if arr.shape != shape:
            raise WeightsError(MESSAGES["shape"].format(path=path, what=what, name=name, shape=arr.shape,
                                                        expected=shape))
        if arr.dtype.kind != "f":
            raise WeightsError(MESSAGES["dtype"].format(path=path, what=what, name=name, dtype=arr.dtype))
        if not np.isfinite(arr).all():
            raise WeightsError(MESSAGES["finite"].format(path=path, what=what, name=name))
        out[name] = arr.astype(np.float32)
    return out


def _read_checked_file(path: Path) -> dict[str, np.ndarray]:
    try:
        with open(path, "rb") as f:
            return _read_npz_arrays(path, f)
    except OSError as exc:
        raise WeightsError(unreadable(path, exc, MESSAGES["weights_file"])) from None


def _read_npz_arrays(path: Path, f) -> dict[str, np.ndarray]:
    """Every array a weights file of some kind may hold (``core.networks.file_arrays``) stored in the
    open file ``f``; WeightsError for anything but an npz. Anything else in the archive is ignored
    unread, so a file cannot make us decompress arbitrary data."""
    head = f.read(6)
    f.seek(0)
    if head.startswith(b"\x80") or head.startswith(b"("):
        raise WeightsError(MESSAGES["pickled"].format(path=path))
    if head == b"\x93NUMPY":
        raise WeightsError(MESSAGES["npy"].format(path=path))
    if not head.startswith(b"PK"):
        raise WeightsError(MESSAGES["not_zip"].format(path=path))
    try:
        with np.load(f, allow_pickle=False) as npz:
            return {name: npz[name] for name in file_arrays() if name in npz.files}
    except WeightsError:
        raise
    except ValueError as exc:
        if "pickle" in str(exc).lower():
            raise WeightsError(MESSAGES["pickled_objects"].format(path=path)) from None
        raise WeightsError(MESSAGES["unreadable"].format(path=path, problem=exc)) from None
    except Exception as exc:  # a file parser at the app's boundary: any failure is a bad file
        raise WeightsError(MESSAGES["unreadable"].format(path=path, problem=exc)) from None


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
