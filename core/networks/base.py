"""What every network kind provides: its architecture (a small frozen dataclass, the kind's handle)
and its network (the live arrays training updates). The kinds are listed in ``core.networks``.

A kind's module (``one_layer.py``, ``hidden_layer.py``, ...) holds, side by side, the forward and
gradient formulas as the course text writes them, its fast training kernels, its explanation of one
example, and its architecture, which says:

- its parameters and their shapes (``parameter_shapes``), in words (``describe``, ``formula``);
- how to build a fresh network (``build``) or one of given arrays (``network``), run a forward pass
  (``forward``), train (``kernels``), explain one example (``explain``);
- how it is spelled: its options (a lesson's ``network = {...}`` table, the command line's flags),
  the choices it offers in the window's chooser, and what it records in a weights file.
"""

from __future__ import annotations

import json
from typing import Callable, ClassVar

import numpy as np

from .maths import Forward, cross_entropy, softmax


class WeightsError(ValueError):
    """A weights file is missing, unreadable, pickled, of the wrong shape or not finite."""


class OptionError(ValueError):
    """An option spelling a network (a lesson's ``network`` field, a command-line flag) that does not
    fit. ``option`` names it without its prefix ("hidden"); ``problem`` says what is wrong ("must be
    ..., got 8"); ``missing`` is true when the option was needed and not given."""

    def __init__(self, option: str, problem: str, missing: bool = False):
        super().__init__(f"{option} {problem}")
        self.option, self.problem, self.missing = option, problem, missing
        self.kind: type[Architecture] | None = None   # set by the registry


def show(value) -> str:
    """A value as a lesson file or a command line would spell it, for a one-line message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


# The per-example kernel: (x (k, 784) float32, y (k,)) -> logits (k, 10) each under the weights just
# before its own update; the mini-batch kernel: (x, y) -> (mean loss before, examples right).
Kernels = tuple[Callable[[np.ndarray, np.ndarray], np.ndarray],
                Callable[[np.ndarray, np.ndarray], tuple[float, int]]]


class Architecture:
    """Which network: the base of every kind's frozen architecture dataclass.

    Class attributes
    ----------------
    kind : str
        The kind's name, recorded in weights files ("one_layer", "hidden_layer").
    title : str
        The kind in words, for messages ("one layer", "a hidden layer").
    options : tuple of str
        The options that spell this kind, in lessons (``network = {hidden = 64}``) and on the
        command line (``--hidden 64``); a kind with none is the default.
    cli_options : dict of str to dict
        argparse keyword arguments of each option's flag (type, metavar, help, choices).
    file_arrays : tuple of str
        Every array a weights file of this kind may hold (parameters and the architecture record).
    """

    kind: ClassVar[str]
    title: ClassVar[str]
    options: ClassVar[tuple[str, ...]] = ()
    cli_options: ClassVar[dict[str, dict]] = {}
    file_arrays: ClassVar[tuple[str, ...]] = ()

    # --- in words ----------------------------------------------------------------------------------

    def describe(self) -> str:
        """Short text for labels, legends and the chooser: "one layer", "hidden 128 ReLU"."""
        text, values = self.wording()
        return text.format(**values)

    def wording(self) -> tuple[str, dict]:
        """`describe`'s text, marked for translation in context "Network" (``{name}`` placeholders),
        and its values: the window shows ``translate_marked("Network", text).format(**values)``, while
        ``describe()`` stays the English name that files, options and menus' keys use."""
        raise NotImplementedError

    def formula(self) -> str:
        """The layers with their sizes: "784 → 10 softmax"."""
        raise NotImplementedError

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        """{name: shape} of the weights, in the order of the network's ``parameters()``."""
        raise NotImplementedError

    # --- spelled as options, offered in a chooser --------------------------------------------------

    @classmethod
    def from_options(cls, options: dict, *, lesson: bool = False) -> "Architecture":
        """The architecture ``options`` spell ({name: value}, only this kind's names); ``lesson``:
        only what the window's chooser offers. Raises :class:`OptionError`."""
        raise NotImplementedError

    def to_options(self) -> dict:
        """How this architecture is spelled as options (``from_options`` gives it back)."""
        raise NotImplementedError

    @classmethod
    def choices(cls) -> tuple["Architecture", ...]:
        """What this kind offers in the window's network chooser, in order."""
        raise NotImplementedError

    @classmethod
    def largest(cls) -> "Architecture":
        """The largest network of this kind that may be asked for (the pipe's size limits follow
        from it)."""
        raise NotImplementedError

    def suggested_learning_rate(self, batch_size: int) -> float:
        """A learning rate that trains this network well in one epoch at ``batch_size``."""
        raise NotImplementedError

    # --- weights files -----------------------------------------------------------------------------

    def file_record(self) -> dict[str, np.ndarray]:
        """The arrays that record this architecture in a weights file (beside the parameters and
        the ``kind``)."""
        raise NotImplementedError

    @classmethod
    def from_file(cls, arrays: dict[str, np.ndarray], path) -> "Architecture":
        """The architecture a weights file of this kind records; WeightsError naming ``path``."""
        raise NotImplementedError

    @classmethod
    def holds_old_file(cls, arrays: dict[str, np.ndarray]) -> bool:
        """Whether a file written before files recorded their kind holds this kind."""
        return False

    def file_label(self) -> str:
        """How a message about this kind's file starts, e.g. "hidden-layer weights with 128 units: "."""
        return ""

    # --- the network -------------------------------------------------------------------------------

    def build(self, seed: int = 0) -> "Network":
        """A freshly initialised network, seeded."""
        raise NotImplementedError

    def network(self, params: dict[str, np.ndarray]) -> "Network":
        """A network holding float32 copies of ``params`` (checked against ``parameter_shapes``)."""
        raise NotImplementedError

    def forward(self, params: dict[str, np.ndarray], x: np.ndarray) -> Forward:
        """x (n, 784) through the network of these ``params``."""
        raise NotImplementedError

    def explain(self, params: dict[str, np.ndarray], x: np.ndarray, label: int | None = None):
        """Every number of the forward and backward pass for one example x (784,), frozen."""
        raise NotImplementedError

    def kernels(self, params: dict[str, np.ndarray], lr: float) -> Kernels:
        """(per-example block update, mini-batch update), bound to the live arrays ``params``."""
        raise NotImplementedError

    def check(self, params: dict[str, np.ndarray]) -> None:
        """ValueError unless ``params`` has every array of this architecture in its shape."""
        for name, shape in self.parameter_shapes().items():
            if name not in params:
                raise ValueError(f"{self.describe()}: missing {name}")
            if np.shape(params[name]) != shape:
                raise ValueError(f"{self.describe()}: {name} has shape {np.shape(params[name])}, "
                                 f"expected {shape}")


class Network:
    """What every kind's network shares; a kind's class adds its arrays, ``architecture``,
    ``parameters()``, ``logits(x)`` and ``gradients(x, y)`` (and may run faster versions of these)."""

    architecture: Architecture

    def parameters(self) -> dict[str, np.ndarray]:
        """The live arrays: writing into them changes the network."""
        raise NotImplementedError

    def logits(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def parameter_gradients(self, x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
        """Batch means of dL/d(each parameter), with the keys of :meth:`parameters`."""
        raise NotImplementedError

    def forward(self, x: np.ndarray) -> Forward:
        return self.architecture.forward(self.parameters(), x)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Softmax of the logits, shape (n, 10), rows sum to 1."""
        return softmax(self.logits(x))

    def loss(self, x: np.ndarray, y: np.ndarray) -> float:
        """Mean cross-entropy over the batch."""
        return float(cross_entropy(self.logits(x), y).mean())

    def step(self, x: np.ndarray, y: np.ndarray, lr: float) -> None:
        """One gradient-descent update of every array on the batch: each minus lr times its gradient."""
        grads = self.parameter_gradients(x, y)
        for name, value in self.parameters().items():
            value -= np.float32(lr) * grads[name].astype(np.float32, copy=False)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The most probable class of each row, shape (n,)."""
        return self.logits(x).argmax(axis=-1)

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        return float((self.predict(x) == y).mean())

    def is_finite(self) -> bool:
        return all(bool(np.isfinite(v).all()) for v in self.parameters().values())

    def copy(self) -> "Network":
        return self.architecture.network(self.parameters())
