"""Training a network of any kind (the guide's one layer, one hidden layer, ...): the guide's
per-example gradient descent and mini-batches beside it, each kind's fast kernels doing the work.

A :class:`Trainer` is driven step by step (``train(max_updates)``), so the command line can run whole
epochs and the window's worker can run a few updates at a time, change the learning rate or the
batch size between calls, pause, and evaluate on the test set whenever it likes. It holds no timers
and prints nothing; it returns frozen metrics.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

import numpy as np

from .data import Dataset, as_float
from .networks import Architecture, OneLayer
from .networks.maths import cross_entropy
from .translatable import QT_TRANSLATE_NOOP

# Per-example SGD runs in blocks of this many examples (see `sgd_block`): large enough that the
# block's two matrix products are cheap per example, small enough that its k x k Gram matrix and
# the O(k) correction per example stay small.
SGD_BLOCK = 128

# Rows converted from bytes to float32 at a time when evaluating: 2,000 x 784 floats is 6 MB, where
# the whole test set would be 31 MB (and the training set 188 MB).
EVAL_CHUNK = 2000

# Signs that the learning rate has blown training up, even while everything is still finite.
# Trained MNIST weights stay well under 10. A network that knows nothing scores a loss of
# ln 10 = 2.3; a mean loss of 100 means the true digit gets p < e^-100 on average: confidently wrong.
# The learning rates the window takes (its box shows four decimals), and a lesson may ask for.
LEARNING_RATE_RANGE = (1e-4, 1e6)

DIVERGED_WEIGHT = 1e4
DIVERGED_LOSS = 100.0


# The window shows it in its language (`visualizer.session.PROBLEMS`); {network} is describe()'s.
DIVERGED_TEXT = QT_TRANSLATE_NOOP(
    "Training", "training diverged at learning rate {lr} (batch size {batch}, {network}): the loss or the "
                "weights blew up, so the last good weights were restored. Try a smaller learning rate: "
                "{suggested} works at batch size {batch}.")


class TrainingDiverged(ArithmeticError):
    """An update made the weights or the loss non-finite or absurdly large. The trainer has put the
    weights back as they were before the offending updates."""


@dataclass
class TrainConfig:
    """What the command line and the window let the user set.

    batch_size 1 is the guide's gradient descent, one example at a time; larger batches average
    the gradient over the batch (mini-batch gradient descent).
    """

    learning_rate: float = 0.01
    batch_size: int = 1
    epochs: int = 1
    seed: int = 0

    def __post_init__(self):
        check_hyperparameters(self.learning_rate, self.batch_size)
        if self.epochs < 0:
            raise ValueError(f"epochs must be >= 0, got {self.epochs}")


def suggested_learning_rate(batch_size: int, architecture: Architecture | None = None) -> float:
    """A learning rate that trains ``architecture`` (default: the one layer) well in one epoch: the
    kind's own (each kind's module says what was measured)."""
    return (architecture or OneLayer()).suggested_learning_rate(batch_size)


def check_hyperparameters(learning_rate: float, batch_size: int) -> None:
    if not (np.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(f"learning rate must be a positive number, got {learning_rate}")
    if int(batch_size) != batch_size or batch_size < 1:
        raise ValueError(f"batch size must be a whole number >= 1, got {batch_size}")


@dataclass(frozen=True)
class StepMetrics:
    """What one call of :meth:`Trainer.train` did.

    Attributes
    ----------
    losses : ndarray, shape (k,), float32
        Training loss of each of the k updates (the batch's mean cross-entropy before the update).
    examples_at : ndarray, shape (k,), int64
        Examples seen after each update.
    running_accuracy : float
        Fraction of this epoch's training examples that were classified right before their update.
    """

    losses: np.ndarray
    examples_at: np.ndarray
    running_accuracy: float
    updates: int
    examples_seen: int
    epoch: int
    epoch_finished: bool
    seconds: float
    examples_per_second: float


@dataclass(frozen=True)
class EvalMetrics:
    """The current weights on the whole test set (and on the class's check digits, when there are
    any: ``check_accuracy``, NaN otherwise)."""

    test_loss: float
    test_accuracy: float
    examples_seen: int
    epoch: int
    predictions: np.ndarray = field(repr=False)
    check_accuracy: float = float("nan")


# The most class digits a mix may hold (each split): a class's phones for years, and a cap on what
# the pipe to the training process accepts.
MAX_MIX_EXAMPLES = 20_000
MAX_MIX_SHARE = 0.5


@dataclass(frozen=True, eq=False)
class ClassMix:
    """Digits of the class's own mixed into training, and kept to check on.

    Attributes
    ----------
    train_images, check_images : ndarray, shape (n, 784), uint8
    train_labels, check_labels : ndarray, shape (n,), integers 0-9
    share : float
        The share of training examples drawn from ``train_images`` (0 to MAX_MIX_SHARE): each
        example of an update is, with this probability, one of them chosen at random instead of
        the next MNIST digit.
    """

    train_images: np.ndarray
    train_labels: np.ndarray
    check_images: np.ndarray
    check_labels: np.ndarray
    share: float = 0.0

    def __post_init__(self):
        if not 0 <= self.share <= MAX_MIX_SHARE:
            raise ValueError(f"the class digits' share must be from 0 to {MAX_MIX_SHARE}, got {self.share}")
        for images, labels in ((self.train_images, self.train_labels), (self.check_images, self.check_labels)):
            if images.shape[1:] != (784,) or len(images) != len(labels) or len(labels) > MAX_MIX_EXAMPLES:
                raise ValueError(f"class digits of shape {images.shape} with {len(labels)} labels: "
                                 f"expected (n, 784) and n labels, n <= {MAX_MIX_EXAMPLES}")


def epoch_order(n: int, seed: int, epoch: int) -> np.ndarray:
    """The shuffled order of the n training examples in epoch ``epoch`` (0-based) of a run seeded
    ``seed``: shape (n,), a permutation. Seeded by both, so that any epoch's order can be made again
    without the ones before it (a run resumed at a saved point takes the same examples next)."""
    return np.random.default_rng([int(seed), int(epoch)]).permutation(n)


class Trainer:
    """Drives a network of any kind through epochs of shuffled training data.

    Parameters
    ----------
    model : Network (any kind: its architecture brings its training kernels)
        Trained in place; may be replaced between calls (``trainer.model = other``).
    dataset : Dataset
        Its uint8 images are kept as they are (47 MB for MNIST's training set, where float32 would
        be 188 MB); each block or batch is converted to float32 when it is used.
    config : TrainConfig
        ``learning_rate`` and ``batch_size`` may be changed between calls of :meth:`train`.

    Attributes
    ----------
    x_train, x_test : ndarray, shape (n, 784), uint8
        The dataset's images (not copies).
    y_train, y_test : ndarray, shape (n,), int64
    """

    def __init__(self, model, dataset: Dataset, config: TrainConfig | None = None):
        if dataset.train_images is None:
            raise ValueError(f"{dataset.source}: loaded without its training images; nothing to train on")
        self.model = model
        self.config = config or TrainConfig()
        self.x_train = dataset.train_images                  # (60000, 784) uint8, shared
        self.y_train = dataset.train_labels.astype(np.int64)
        self.x_test = dataset.test_images
        self.y_test = dataset.test_labels.astype(np.int64)
        self.mix: ClassMix | None = None   # the class's digits, mixed in (see ClassMix)
        self.reset_progress()

    def reset_progress(self) -> None:
        """Start again from the first epoch with the seed's shuffling (the weights are untouched)."""
        self.mix_rng = np.random.default_rng([self.config.seed, 1])  # MNIST's order stays the seed's
        self.updates = 0
        self.examples_seen = 0
        self.epoch = 0
        self._start_epoch()

    def resume(self, examples_seen: int, updates: int, epoch: int, position: int = 0) -> None:
        """Carry on the counts of a run this trainer did not make itself: the window's training
        process died and a new one goes on from the last snapshot's weights, ``position`` examples
        into epoch ``epoch + 1`` (the weights are untouched: give the model its own).

        Each epoch's order is a function of the seed and the epoch alone (see `epoch_order`), so
        the run goes on with exactly the examples the first trainer would have taken next: a
        lesson's step restored from its saved end state trains on as if it had never stopped. The
        running accuracy of the epoch counts from here.
        """
        n = len(self.x_train)
        for name, value in (("examples_seen", examples_seen), ("updates", updates), ("epoch", epoch)):
            if int(value) != value or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0, got {value}")
        if int(position) != position or not 0 <= position < n:
            raise ValueError(f"position must be a whole number from 0 to {n - 1}, got {position}")
        self.mix_rng = np.random.default_rng([self.config.seed, int(examples_seen), 1])
        self.updates, self.examples_seen, self.epoch = int(updates), int(examples_seen), int(epoch)
        self._start_epoch()
        self.position = int(position)

    def _start_epoch(self) -> None:
        self.order = epoch_order(len(self.x_train), self.config.seed, self.epoch)
        self.position = 0
        self.epoch_correct = 0
        self.epoch_seen = 0

    @property
    def epoch_progress(self) -> float:
        """Epochs completed, with the fraction of the current one: 2.5 is half-way through epoch 3."""
        return self.epoch + self.position / len(self.order)

    def train(self, max_updates: int) -> StepMetrics:
        """Run up to ``max_updates`` updates, stopping early at the end of an epoch.

        Raises
        ------
        TrainingDiverged
            When the weights or the loss stop being finite (or grow absurdly large); the weights are
            then restored to what they were when this call began.
        """
        lr, batch = float(self.config.learning_rate), int(self.config.batch_size)
        check_hyperparameters(lr, batch)
        model = self.model
        params = model.parameters()
        saved = {name: value.copy() for name, value in params.items()}
        per_example, batch_step = model.architecture.kernels(params, lr)   # the kind's fast kernels
        start = time.perf_counter()
        n_examples = min(max(int(max_updates), 1) * batch, len(self.order) - self.position)
        idx = self.order[self.position: self.position + n_examples]

        if batch == 1:
            losses, correct = np.empty(n_examples, np.float32), 0
            for s in range(0, n_examples, SGD_BLOCK):
                rows = idx[s: s + SGD_BLOCK]
                x, y = self.examples(rows)
                L = per_example(x, y)
                with np.errstate(all="ignore"):
                    losses[s: s + len(rows)] = cross_entropy(L, y)
                correct += int((L.argmax(axis=1) == y).sum())
            sizes = np.ones(n_examples, np.int64)
        else:
            starts = range(0, n_examples, batch)
            losses, correct = np.empty(len(starts), np.float32), 0
            sizes = np.empty(len(starts), np.int64)
            for u, s in enumerate(starts):
                rows = idx[s: s + batch]
                x, y = self.examples(rows)
                losses[u], correct_u = batch_step(x, y)
                correct += correct_u
                sizes[u] = len(rows)

        if not (np.isfinite(losses).all() and losses.mean() < DIVERGED_LOSS
                and all(np.isfinite(v).all() and np.abs(v).max() < DIVERGED_WEIGHT for v in params.values())):
            for name, value in params.items():
                value[...] = saved[name]
            arch = model.architecture
            raise TrainingDiverged(DIVERGED_TEXT.format(
                lr=f"{lr:g}", batch=batch, network=arch.describe(),
                suggested=f"{suggested_learning_rate(batch, arch):g}"))

        seconds = time.perf_counter() - start
        examples_at = self.examples_seen + np.cumsum(sizes)
        self.position += n_examples
        self.examples_seen += n_examples
        self.updates += len(losses)
        self.epoch_seen += n_examples
        self.epoch_correct += correct
        running_accuracy = self.epoch_correct / self.epoch_seen
        finished = self.position >= len(self.order)
        if finished:
            self.epoch += 1
            self._start_epoch()
        return StepMetrics(
            losses=losses, examples_at=examples_at, running_accuracy=running_accuracy,
            updates=self.updates, examples_seen=self.examples_seen, epoch=self.epoch,
            epoch_finished=finished, seconds=seconds,
            examples_per_second=n_examples / seconds if seconds > 0 else float("inf"),
        )

    def examples(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The training examples at ``rows``: x (k, 784) float32, y (k,) int64; with a mix, each
        is with probability ``mix.share`` one of the class's digits instead."""
        x, y = as_float(self.x_train[rows]), self.y_train[rows]
        mix = self.mix
        if mix is not None and mix.share > 0 and len(mix.train_labels):
            swap = self.mix_rng.random(len(rows)) < mix.share
            if swap.any():
                pick = self.mix_rng.integers(len(mix.train_labels), size=int(swap.sum()))
                x[swap] = as_float(mix.train_images[pick])
                y = y.copy()
                y[swap] = mix.train_labels[pick]
        return x, y

    def train_epoch(self, chunk_updates: int = 10_000):
        """Run the rest of the current epoch; yields the StepMetrics of each chunk."""
        while True:
            metrics = self.train(chunk_updates)
            yield metrics
            if metrics.epoch_finished:
                return

    def evaluate(self) -> EvalMetrics:
        """Mean loss and accuracy of the current weights on the whole test set, and accuracy on the
        class's check digits when a mix has some."""
        metrics = evaluate(self.model, self.x_test, self.y_test, self.examples_seen, self.epoch)
        if self.mix is not None and len(self.mix.check_labels):
            check = evaluate(self.model, self.mix.check_images, self.mix.check_labels.astype(np.int64))
            metrics = replace(metrics, check_accuracy=check.test_accuracy)
        return metrics


def evaluate(model, x: np.ndarray, y: np.ndarray, examples_seen: int = 0, epoch: int = 0,
             chunk: int = EVAL_CHUNK) -> EvalMetrics:
    """Either model's mean cross-entropy and accuracy on (x (n, 784), y (n,)).

    ``x`` may be uint8 pixels (0-255) or floats in [0, 1]; it is converted and run ``chunk`` rows at
    a time, so no float copy of the whole set is made.
    """
    n = len(x)
    predictions = np.empty(n, dtype=np.int64)
    loss_sum = 0.0
    with np.errstate(all="ignore"):
        for s in range(0, n, chunk):
            L = model.logits(as_float(x[s: s + chunk]))
            loss_sum += float(cross_entropy(L, y[s: s + chunk]).sum(dtype=np.float64))
            predictions[s: s + chunk] = L.argmax(axis=1)
    loss = loss_sum / n if n else float("nan")
    accuracy = float((predictions == y).mean()) if n else float("nan")
    return EvalMetrics(loss, accuracy, examples_seen, epoch, predictions)
