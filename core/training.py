"""Training either network (the guide's one layer, or one hidden layer): the guide's per-example
gradient descent and mini-batches beside it.

A :class:`Trainer` is driven step by step (``train(max_updates)``), so the command line can run whole
epochs and the window's worker can run a few updates at a time, change the learning rate or the
batch size between calls, pause, and evaluate on the test set whenever it likes. It holds no timers
and prints nothing; it returns frozen metrics.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .data import Dataset, as_float
from .model import Architecture, HiddenLayerNetwork, activate, activation_slope, cross_entropy

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
DIVERGED_WEIGHT = 1e4
DIVERGED_LOSS = 100.0


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
    """A learning rate that trains well in one epoch.

    One layer: 0.01 per example; mini-batches average their gradient, so they take larger steps
    (measured: 0.3-1.0 at batch sizes 32-512). The hidden layer with ReLU trains best at the same
    rates (measured, H = 128, one epoch: 0.01 per example 96.7%, 0.02 96.4%, 0.05 94.3%; batch 128:
    0.5 95.9%, 0.1 92.5%). The sigmoid's slope is at most 1/4, which shrinks the steps that reach W1:
    it wants larger rates (0.05 per example 96.5%; 1.0 at batch 128 93%).
    """
    if architecture is not None and architecture.is_hidden and architecture.activation == "sigmoid":
        return 0.05 if batch_size == 1 else 1.0
    return 0.01 if batch_size == 1 else 0.5


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
    """The current weights on the whole test set."""

    test_loss: float
    test_accuracy: float
    examples_seen: int
    epoch: int
    predictions: np.ndarray = field(repr=False)


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
    lr = np.float32(lr)
    with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected by the caller
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
    As in :func:`sgd_block`, after the updates of examples s < t, W1_t = W1_0 - sum_s outer(x_s, D1_s)
    and b1_t = b1_0 - sum_s D1_s with D1_s = lr delta1_s, so example t's pre-activation is

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
    lr = np.float32(lr)
    relu = activation == "relu"
    with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected by the caller
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


def output_error(L: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float, int]:
    """From a batch's logits L (n, 10) and labels y (n,): the error at the output, p - y (n, 10),
    the mean loss -log p_y, and how many were classified right. One softmax serves all three, so
    that a mini-batch update also measures the batch without a second pass."""
    shifted = L - L.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    total = e.sum(axis=1, keepdims=True)
    delta = e / total                            # p
    rows = np.arange(len(y))
    loss = float((np.log(total[:, 0]) - shifted[rows, y]).mean())   # -log p_y
    correct = int((L.argmax(axis=1) == y).sum())
    delta[rows, y] -= 1                          # p - y
    return delta, loss, correct


def minibatch_step_hidden(x, y, W1, b1, W2, b2, lr, activation="relu") -> tuple[float, int]:
    """One mini-batch update of the hidden-layer network in place; returns (mean loss before it,
    examples classified right). The formulas of :func:`core.model.hidden_gradients`."""
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


class Trainer:
    """Drives either network through epochs of shuffled training data.

    Parameters
    ----------
    model : SoftmaxRegression or HiddenLayerNetwork
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
        self.reset_progress()

    def reset_progress(self) -> None:
        """Start again from the first epoch with the seed's shuffling (the weights are untouched)."""
        self.rng = np.random.default_rng(self.config.seed)
        self.updates = 0
        self.examples_seen = 0
        self.epoch = 0
        self._start_epoch()

    def _start_epoch(self) -> None:
        self.order = self.rng.permutation(len(self.x_train))
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
        per_example, batch_step = _update_functions(model, lr)
        start = time.perf_counter()
        n_examples = min(max(int(max_updates), 1) * batch, len(self.order) - self.position)
        idx = self.order[self.position: self.position + n_examples]

        if batch == 1:
            losses, correct = np.empty(n_examples, np.float32), 0
            for s in range(0, n_examples, SGD_BLOCK):
                rows = idx[s: s + SGD_BLOCK]
                x, y = as_float(self.x_train[rows]), self.y_train[rows]
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
                x, y = as_float(self.x_train[rows]), self.y_train[rows]
                losses[u], correct_u = batch_step(x, y)
                correct += correct_u
                sizes[u] = len(rows)

        if not (np.isfinite(losses).all() and losses.mean() < DIVERGED_LOSS
                and all(np.isfinite(v).all() and np.abs(v).max() < DIVERGED_WEIGHT for v in params.values())):
            for name, value in params.items():
                value[...] = saved[name]
            arch = getattr(model, "architecture", Architecture())
            network = "" if not arch.is_hidden else f" for the {arch.describe()} network"
            raise TrainingDiverged(
                f"training diverged at learning rate {lr:g} (batch size {batch}{network}): the loss "
                f"or the weights blew up, so the last good weights were restored. Try a smaller "
                f"learning rate: {suggested_learning_rate(batch, arch):g} works at batch size {batch}."
            )

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

    def train_epoch(self, chunk_updates: int = 10_000):
        """Run the rest of the current epoch; yields the StepMetrics of each chunk."""
        while True:
            metrics = self.train(chunk_updates)
            yield metrics
            if metrics.epoch_finished:
                return

    def evaluate(self) -> EvalMetrics:
        """Mean loss and accuracy of the current weights on the whole test set."""
        return evaluate(self.model, self.x_test, self.y_test, self.examples_seen, self.epoch)


def _update_functions(model, lr: float):
    """(per-example block update, mini-batch update) for ``model``'s kind, bound to its live arrays."""
    if isinstance(model, HiddenLayerNetwork):
        p, act = model.parameters(), model.activation
        args = (p["W1"], p["b1"], p["W2"], p["b2"], lr, act)
        return (lambda x, y: sgd_block_hidden(x, y, *args),
                lambda x, y: minibatch_step_hidden(x, y, *args))
    W, b = model.W, model.b
    return (lambda x, y: sgd_block(x, y, W, b, lr),
            lambda x, y: minibatch_step(x, y, W, b, lr))


def minibatch_step(x, y, W, b, lr) -> tuple[float, int]:
    """One mini-batch update in place; returns (mean loss before it, examples classified right).

    The same formulas as :func:`core.model.gradients`, written out so that the logits computed for
    the update also give the batch's loss and accuracy without a second pass.
    """
    with np.errstate(all="ignore"):
        delta, loss, correct = output_error(x @ W + b, y)   # p - y
        scale = np.float32(lr / len(y))
        W -= x.T @ (delta * scale)
        b -= delta.sum(axis=0) * scale
    return loss, correct


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
