"""Weight snapshots kept during training, with bounded memory, to look back at any earlier moment.

A `WeightHistory` holds at most ``capacity`` moments (about 31 KB each for MNIST). Two things keep it
small however long training runs:

- `should_record` spaces recordings by a fraction of the examples seen so far, so a fast run does not
  fill the buffer with near-identical weights (the network changes fast at first, slowly later);
- when the buffer is full, `add` drops the moment whose loss leaves the smallest hole, measured
  against how far that moment is from both ends of the run. Recent history stays dense, the middle
  of a long run grows sparse, and the first examples (where the weights change most visibly) stay
  well sampled; the very first moment and the newest are always kept.

Simply dropping every other moment of the older half each time the buffer fills does not work for
long runs: the oldest moments are halved again at every fill, and after 100,000 additions nothing is
left of the first 99% of the run but its first moment.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Moment:
    """The network's weights at one point of training, and what was known about them then.

    W and b are read-only private copies of the arrays given, bitwise equal to them.

    Attributes
    ----------
    examples_seen : int
    updates : int
    epoch_progress : float
        Epochs completed, with the fraction of the current one (1.5 = halfway through epoch 2).
    W : ndarray, shape (784, 10), float32
    b : ndarray, shape (10,), float32
    test_accuracy, test_loss : float or None
        The latest test-set evaluation when the moment was recorded (None if there was none yet).
    train_loss : float or None
    """

    examples_seen: int
    updates: int
    epoch_progress: float
    W: np.ndarray
    b: np.ndarray
    test_accuracy: float | None = None
    test_loss: float | None = None
    train_loss: float | None = None

    def __post_init__(self):
        # Copies, so that training updating its arrays in place can never change a recorded moment.
        W = np.array(self.W, dtype=np.float32, copy=True)
        b = np.array(self.b, dtype=np.float32, copy=True)
        if W.ndim != 2 or b.shape != (W.shape[1],):
            raise ValueError(f"W must be (inputs, classes) and b (classes,): got {W.shape} and {b.shape}")
        W.flags.writeable = False
        b.flags.writeable = False
        object.__setattr__(self, "W", W)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "examples_seen", int(self.examples_seen))
        object.__setattr__(self, "updates", int(self.updates))
        object.__setattr__(self, "epoch_progress", float(self.epoch_progress))

    @property
    def nbytes(self) -> int:
        return self.W.nbytes + self.b.nbytes


class WeightHistory:
    """At most ``capacity`` moments of one training run, oldest first.

    Parameters
    ----------
    capacity : int
        Moments kept at most; memory is about ``capacity * 31 KB`` for 784 x 10 weights.
    min_gap : int
        Examples between two recordings at the very start of a run.
    relative_gap : float
        Later, a new moment is due once the examples seen have grown by this fraction since the last
        one (0.01: about 460 recordings each time the examples seen grow a hundredfold).
    """

    def __init__(self, capacity: int = 256, min_gap: int = 1, relative_gap: float = 0.01):
        if capacity < 3:
            raise ValueError("capacity must be >= 3: the first moment, the newest, and one between")
        if min_gap < 1 or relative_gap < 0:
            raise ValueError("min_gap must be >= 1 and relative_gap >= 0")
        self.capacity = capacity
        self.min_gap = min_gap
        self.relative_gap = relative_gap
        self._moments: list[Moment] = []
        self._examples: list[int] = []  # examples_seen of each moment, for bisect
        self.total_added = 0

    def __len__(self) -> int:
        return len(self._moments)

    def __getitem__(self, index: int) -> Moment:
        return self._moments[index]

    def __iter__(self):
        return iter(self._moments)

    @property
    def moments(self) -> list[Moment]:
        """The moments kept, oldest first (a new list: the history thins its own as it goes)."""
        return list(self._moments)

    @property
    def examples_seen(self) -> np.ndarray:
        """ndarray, shape (len,), int64: examples seen at each moment kept."""
        return np.array(self._examples, dtype=np.int64)

    @property
    def newest(self) -> Moment | None:
        return self._moments[-1] if self._moments else None

    @property
    def nbytes(self) -> int:
        """Bytes held in weight arrays."""
        return sum(m.nbytes for m in self._moments)

    def clear(self) -> None:
        self._moments.clear()
        self._examples.clear()
        self.total_added = 0

    def should_record(self, examples_seen: int) -> bool:
        """Whether a moment at ``examples_seen`` is due: always the first, then once the examples
        seen have grown by max(min_gap, relative_gap * examples_seen) since the newest moment."""
        if not self._examples:
            return True
        gap = max(self.min_gap, self.relative_gap * examples_seen)
        return examples_seen - self._examples[-1] >= gap

    def add(self, moment: Moment) -> None:
        """Keep ``moment`` as the newest, dropping the least needed older one if full.

        Raises ValueError if ``moment`` has seen fewer examples than the newest: a run that starts
        again (new weights) needs a `clear` first.
        """
        if self._examples and moment.examples_seen < self._examples[-1]:
            raise ValueError(f"moment at {moment.examples_seen:,} examples is older than the newest "
                             f"({self._examples[-1]:,}); clear() the history for a new run")
        self._moments.append(moment)
        self._examples.append(moment.examples_seen)
        self.total_added += 1
        while len(self._moments) > self.capacity:
            self._drop_least_needed()

    def _drop_least_needed(self) -> None:
        # Dropping moment i leaves a hole from i-1 to i+1. Weigh that hole against how far moment i
        # is from the nearer end of the run: a gap of 1,000 examples matters right after the start
        # (weights change fast) and just before now (what just happened), not in the middle of a long
        # run. The first and the newest moment are never candidates.
        x = np.array(self._examples, dtype=np.float64)
        inner = x[1:-1]
        distance_to_ends = np.minimum(inner - x[0], x[-1] - inner)
        hole = (x[2:] - x[:-2]) / np.maximum(distance_to_ends, self.min_gap)
        i = 1 + int(np.argmin(hole))
        del self._moments[i]
        del self._examples[i]

    def nearest_index(self, examples_seen: float) -> int:
        """Index of the moment closest to ``examples_seen`` (the earlier one on a tie)."""
        if not self._examples:
            raise IndexError("the history is empty")
        i = bisect.bisect_left(self._examples, examples_seen)
        if i == 0:
            return 0
        if i == len(self._examples):
            return i - 1
        before, after = self._examples[i - 1], self._examples[i]
        return i - 1 if examples_seen - before <= after - examples_seen else i

    def nearest(self, examples_seen: float) -> Moment | None:
        """The moment closest to ``examples_seen``, or None if nothing is recorded."""
        if not self._examples:
            return None
        return self._moments[self.nearest_index(examples_seen)]

    def index_of(self, moment: Moment) -> int | None:
        """Position of this very moment, or None if it has been thinned out (or never added)."""
        i = bisect.bisect_left(self._examples, moment.examples_seen)
        while i < len(self._moments) and self._examples[i] == moment.examples_seen:
            if self._moments[i] is moment:
                return i
            i += 1
        return None
