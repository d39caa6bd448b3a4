"""A run of training as the charts keep it: what it trained with, and its history.

A run starts with new weights (fresh, a file, another network, a lesson's step) and goes on until
the next. Its label names the network and every learning rate and batch size it trained with, in
the order they were first used ("one layer, λ 0.01 → 50, batch 1"): the settings in force when the
run ended would say λ 50 of a run that learnt at λ 0.01 and only blew up at 50.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .networks import Architecture
from .translatable import QT_TRANSLATE_NOOP

# A run's label as the window shows it, translated there (see `run_wording`).
RUN_LABEL = QT_TRANSLATE_NOOP("RunLabel", "{network}, λ {rates}, batch {batches}")


def _in_order(values) -> list:
    return list(dict.fromkeys(values))


def run_label(architecture: Architecture, trained_with, fallback: tuple[float, int] | None = None) -> str:
    """"one layer, λ 0.01 → 50, batch 1": the network, and the learning rates and batch sizes of
    ``trained_with`` ((learning rate, batch size) pairs, in the order used); ``fallback`` (the
    settings in force) for a run that has not trained yet."""
    text, values = run_wording(architecture, trained_with, fallback)
    return text.format(**values)


def run_wording(architecture: Architecture, trained_with,
                fallback: tuple[float, int] | None = None) -> tuple[str, dict]:
    """`run_label`'s text (marked for translation in context "RunLabel", with ``{name}``
    placeholders) and its values: the window shows ``translate_marked("RunLabel", text).format(**values)``."""
    pairs = list(trained_with) or ([fallback] if fallback else [])
    rates = " → ".join(f"{lr:g}" for lr in _in_order(lr for lr, _ in pairs))
    batches = " → ".join(str(int(b)) for b in _in_order(b for _, b in pairs))
    # (the network's name as its own marked wording too: the window shows it translated)
    network = {"network": architecture.describe(), "network_wording": architecture.wording()}
    if not rates:
        return "{network}", network
    return RUN_LABEL, {**network, "rates": rates, "batches": batches}


def add_setting(trained_with: tuple, learning_rate: float, batch_size: int) -> tuple:
    """``trained_with`` with (learning rate, batch size) added, unless already there."""
    pair = (float(learning_rate), int(batch_size))
    return trained_with if pair in trained_with else trained_with + (pair,)


@dataclass(frozen=True, eq=False)
class RunRecord:
    """One run's history, as its charts draw it.

    Attributes
    ----------
    architecture : Architecture
    trained_with : tuple of (float, int)
        (learning rate, batch size) of its training, in the order first used (blow-ups included).
    loss_x, loss : ndarray, shape (k,)
        Examples seen after each update (int64) and the update's training loss (float32).
    accuracy_x, accuracy : ndarray, shape (m,)
        The epoch's running training accuracy, sampled (int64, float64).
    test_x, test_loss, test_accuracy : ndarray, shape (e,)
        Each test-set evaluation: examples seen (int64), loss and accuracy (float64).
    epoch_ends : tuple of int
    blowups : tuple of (int, float)
        (examples seen, learning rate) of each blow-up (the weights were put back).
    """

    architecture: Architecture
    trained_with: tuple = ()
    loss_x: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    loss: np.ndarray = field(default_factory=lambda: np.empty(0, np.float32))
    accuracy_x: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    accuracy: np.ndarray = field(default_factory=lambda: np.empty(0, np.float64))
    test_x: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    test_loss: np.ndarray = field(default_factory=lambda: np.empty(0, np.float64))
    test_accuracy: np.ndarray = field(default_factory=lambda: np.empty(0, np.float64))
    epoch_ends: tuple = ()
    blowups: tuple = ()

    @property
    def label(self) -> str:
        return run_label(self.architecture, self.trained_with)

    @property
    def wording(self) -> tuple[str, dict]:
        """The label's text marked for translation, and its values (see `run_wording`)."""
        return run_wording(self.architecture, self.trained_with)

    @property
    def examples_seen(self) -> int:
        return int(self.loss_x[-1]) if len(self.loss_x) else 0
