"""Weight snapshots kept during training, with bounded memory, to look back at any earlier moment.

A `WeightHistory` holds at most ``capacity`` moments (about 31 KB each for the one-layer network,
407 KB for a hidden layer of 128 units), and at most ``max_bytes`` of weights if that is given. Two
things keep it small however long training runs:

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

from .model import NetworkWeights


@dataclass(frozen=True, eq=False)
class Moment:
    """The network's weights at one point of training, and what was known about them then.

    Attributes
    ----------
    examples_seen : int
    updates : int
    epoch_progress : float
        Epochs completed, with the fraction of the current one (1.5 = halfway through epoch 2).
    weights : NetworkWeights
        The weights of any kind, with their architecture. The moment keeps private read-only
        copies, bitwise equal to those given (so that nothing it is given, not even the buffer of a
        message the weights arrived in, stays alive or can change a recorded moment).
    test_accuracy, test_loss : float or None
        The latest test-set evaluation when the moment was recorded (None if there was none yet).
    train_loss : float or None
    """

    examples_seen: int
    updates: int
    epoch_progress: float
    weights: NetworkWeights
    test_accuracy: float | None = None
    test_loss: float | None = None
    train_loss: float | None = None

    def __post_init__(self):
        if not isinstance(self.weights, NetworkWeights):
            raise TypeError(f"a moment keeps NetworkWeights, got {type(self.weights).__name__}")
        object.__setattr__(self, "weights", NetworkWeights.from_params(self.weights.architecture,
                                                                       self.weights.params))
        object.__setattr__(self, "examples_seen", int(self.examples_seen))
        object.__setattr__(self, "updates", int(self.updates))
        object.__setattr__(self, "epoch_progress", float(self.epoch_progress))

    @property
    def nbytes(self) -> int:
        return self.weights.nbytes


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
    max_bytes : int or None
        Bytes of weights kept at most (moments are thinned as for ``capacity``, but never below
        3): bounds memory for big networks, e.g. 64 MB holds ~160 moments of a 128-unit hidden layer.
    """

    def __init__(self, capacity: int = 256, min_gap: int = 1, relative_gap: float = 0.01,
                 max_bytes: int | None = None):
        if capacity < 3:
            raise ValueError("capacity must be >= 3: the first moment, the newest, and one between")
        if min_gap < 1 or relative_gap < 0:
            raise ValueError("min_gap must be >= 1 and relative_gap >= 0")
        self.capacity = capacity
        self.max_bytes = max_bytes
        self._nbytes = 0
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
        return self._nbytes

    def clear(self) -> None:
        self._nbytes = 0
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
        self._nbytes += moment.nbytes
        self.total_added += 1
        while len(self._moments) > self.capacity or (
                self.max_bytes is not None and self._nbytes > self.max_bytes and len(self._moments) > 3):
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
        self._nbytes -= self._moments[i].nbytes
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
