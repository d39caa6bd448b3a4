"""The training thread: a `TrainingWorker` on a QThread drives `core.training.Trainer`.

The worker owns the model while it trains. It loops in `run()` (no event loop of its own), takes
commands from the GUI through a thread-safe queue between chunks of updates, and emits frozen
`TrainingSnapshot`s (copies of the weights, the losses since the last snapshot) at most `max_rate`
times a second, however fast it trains. `TrainingController` lives in the GUI thread and is the
GUI's only handle on training: its methods are the commands, it relays the worker's signals (so GUI
code and tests connect to a GUI-thread object), holds the newest snapshot (one exists before the
thread starts) and stops everything cleanly.
"""

from __future__ import annotations

import itertools
import queue
import threading
import time
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.arrays import read_only_copy
from ..core.data import Dataset
from ..core.model import Architecture, Network, NetworkWeights, SoftmaxRegression, build_network
from ..core.training import (DIVERGED_WEIGHT, EvalMetrics, TrainConfig, Trainer, TrainingDiverged,
                           check_hyperparameters)

FULL_SPEED = 0  # updates per second; 0 = as fast as the machine goes

# Test-set evaluations: often early, when the network changes fastest, then every 10,000 examples,
# but at most about four a second: one costs ~6 ms, which at full speed would be 10% of the
# training time if done every 10,000 examples.
EVAL_SCHEDULE = (0, 100, 200, 500, 1000, 2000, 5000, 10_000)
EVAL_EVERY = 10_000
MIN_EVAL_SECONDS = 0.25

# How long one chunk of updates may take at full speed: short enough that commands (pause, a new
# learning rate) take effect at once, long enough that the loop's overhead stays small.
CHUNK_SECONDS = 0.01


def next_evaluation_after(examples: int) -> int:
    for point in EVAL_SCHEDULE:
        if point > examples:
            return point
    return (examples // EVAL_EVERY + 1) * EVAL_EVERY


@dataclass(frozen=True)
class TrainingSnapshot:
    """What the window needs to draw one frame; every array is a private, read-only copy.

    Attributes
    ----------
    weights : NetworkWeights
        The network's architecture and read-only copies of its weights.
    losses, examples_at : ndarray, shape (k,)
        The training loss of each update since the previous snapshot, and the examples seen after it.
    accuracy_at, accuracies : ndarray, shape (m,)
        Running training accuracy of the epoch, sampled once per chunk since the previous snapshot.
    evaluations : tuple of EvalMetrics
        Test-set evaluations made since the previous snapshot.
    epoch_ends : tuple of int
        Examples seen at each epoch boundary crossed since the previous snapshot.
    run : int
        Which run of training this belongs to. A new run starts whenever the history so far no
        longer applies (a new worker, reset, weights loaded); run numbers only grow, across workers,
        so a window that sees a new number starts its plots and timeline afresh.
    """

    weights: NetworkWeights
    losses: np.ndarray
    examples_at: np.ndarray
    accuracy_at: np.ndarray
    accuracies: np.ndarray
    evaluations: tuple[EvalMetrics, ...]
    epoch_ends: tuple[int, ...]
    examples_seen: int
    updates: int
    epoch: int
    epoch_progress: float
    examples_per_second: float
    running: bool
    run: int
    learning_rate: float
    batch_size: int
    message: str = ""

    @property
    def architecture(self) -> Architecture:
        return self.weights.architecture

    @property
    def W(self) -> np.ndarray | None:
        """The one-layer network's W (784, 10); None for the hidden-layer network."""
        return self.weights.params.get("W")

    @property
    def b(self) -> np.ndarray | None:
        return self.weights.params.get("b")


# Run numbers, unique in the process: a new worker's first run never reuses an old worker's number.
_run_numbers = itertools.count(1)


def new_run_number() -> int:
    return next(_run_numbers)


class TrainingWorker(QObject):
    """Trains in its own thread. Every command method may be called from any thread: each only
    queues a command that `run()` carries out between two chunks of updates.

    The live model belongs to the training thread while it runs: `trainer` refuses to be read from
    any other thread then (the GUI reads snapshots instead).
    """

    snapshot_ready = Signal(object)   # TrainingSnapshot
    diverged = Signal(str)
    errored = Signal(str)

    def __init__(self, dataset: Dataset, config: TrainConfig, model: Network | None = None,
                 max_rate: float = 60.0):
        super().__init__()
        self.config = replace(config)  # the worker's own: the GUI changes it only through commands
        self._trainer = Trainer(model or SoftmaxRegression(seed=config.seed), dataset, self.config)
        self._owner: int | None = None  # the training thread's ident while run() runs
        self.min_interval = 1.0 / max_rate
        self.speed = FULL_SPEED
        self.running = False
        self.run_number = new_run_number()
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._pending_steps = 0
        self._budget: int | None = None  # updates left of a train_for, None: no limit
        self._last_error = ""
        self._reset_accumulators()
        self._next_eval = 0
        self._last_emit = 0.0
        self._next_emit = 0.0   # when the next snapshot is due (see _emit)
        self._rate = 0.0
        # Made here, in the thread that creates the worker, so that the GUI has weights to draw
        # before the training thread has run at all.
        self.initial_snapshot = self._snapshot()

    @property
    def trainer(self) -> Trainer:
        """The trainer and its live model: only for the training thread while it runs."""
        if self._owner is not None and threading.get_ident() != self._owner:
            raise RuntimeError("the live model belongs to the training thread while it runs: "
                               "read the latest snapshot instead")
        return self._trainer

    # --- commands (any thread) ----------------------------------------------------------------

    def _command(self, name: str, *args) -> None:
        self._commands.put((name, args))
        self._wake.set()

    def start(self):
        self._command("start")

    def pause(self):
        self._command("pause")

    def step(self, n: int = 1):
        """Run ``n`` updates (default one) and stop; pauses training if it was running."""
        self._command("step", int(n))

    def train_for(self, updates: int):
        """Train ``updates`` more updates at the current speed (across epochs), then pause: a
        lesson's "train this many examples" that a class can watch at 10 updates a second."""
        self._command("train_for", int(updates))

    def reset(self, seed: int | None = None):
        """Fresh random weights of the same network, back to epoch 1; pauses training."""
        self._command("reset", seed)

    def set_network(self, architecture: Architecture, seed: int | None = None):
        """Another network, freshly initialised, back to epoch 1; pauses training."""
        self._command("network", architecture, seed)

    def set_weights(self, weights: NetworkWeights):
        """Train from these weights (of either network) from epoch 1; pauses training."""
        self._command("weights", weights)

    def example_step(self, x: np.ndarray, label: int, lr: float | None = None):
        """One gradient step on a single example (the canvas digit, say), without counting it as
        training progress (for the one-layer network W -= lr outer(x, p - y), b -= lr (p - y); the
        hidden layer's chain rule for the other). Pauses training."""
        self._command("example_step", np.array(x, np.float32).reshape(1, -1), int(label), lr)

    def set_learning_rate(self, lr: float):
        self._command("lr", float(lr))

    def set_batch_size(self, batch_size: int):
        self._command("batch", int(batch_size))

    def set_speed(self, updates_per_second: float):
        """Updates per second; FULL_SPEED (0) for as fast as possible."""
        self._command("speed", float(updates_per_second))

    def request_snapshot(self):
        self._command("snapshot")

    def request_stop(self):
        self._stop.set()
        self._wake.set()

    # --- the loop (worker thread) -------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        self._owner = threading.get_ident()
        try:
            self._evaluate()
            self._emit(force=True)
            self._next_due = time.perf_counter()
            while not self._stop.is_set():
                try:
                    self._run_once()
                except Exception as exc:  # a bug must not kill the thread: say so, pause, carry on
                    self._pause_after_error(f"training paused after an error: {type(exc).__name__}: {exc}")
        finally:
            self._owner = None

    def _pause_after_error(self, message: str) -> None:
        """Pause, and say so once: an error that repeats every pass (while paused, say) must not
        flood the GUI with signals, nor spin a core."""
        self.running = False
        if message != self._last_error:
            self._last_error = message
            self._message = message
            self._dirty = True
            self.errored.emit(message)
        self._wake.wait(0.2)
        self._wake.clear()

    def _run_once(self) -> None:
        """Carry out the queued commands, then one chunk of updates, or wait."""
        self._apply_commands()
        if self._stop.is_set():
            return
        if self._pending_steps:
            n, self._pending_steps = self._pending_steps, 0
            self._train(n)
            self._evaluate()
            self._emit(force=True)
        elif self.running:
            if self.speed == FULL_SPEED:
                self._train(self._chunk_updates() if self._budget is None else
                            min(self._chunk_updates(), self._budget))
            else:
                wait = self._next_due - time.perf_counter()
                if wait > 0:
                    self._wake.wait(min(wait, 0.05))
                    self._wake.clear()
                    return
                self._train(1)
                self._next_due = max(self._next_due + 1.0 / self.speed, time.perf_counter() - 0.5)
            if self._trainer.examples_seen >= self._next_eval:
                self._evaluate()
            self._emit(force=self.speed != FULL_SPEED)
        else:
            self._emit()  # flush anything a command produced
            self._wake.wait(0.1)
            self._wake.clear()
            self._next_due = time.perf_counter()

    def _chunk_updates(self) -> int:
        """Updates that take about CHUNK_SECONDS at the measured rate."""
        batch = self.config.batch_size
        rate = self._rate or 20_000.0
        return max(1, int(rate * CHUNK_SECONDS / batch))

    def _apply_commands(self) -> None:
        while True:
            try:
                name, args = self._commands.get_nowait()
            except queue.Empty:
                return
            changed = True
            if name == "start":
                self.running = True
                self._budget = None
                self._last_error = ""  # a fresh start: an error that comes back is news again
            elif name == "train_for":
                self.running = args[0] > 0
                self._budget = args[0]
            elif name == "pause":
                self.running = False
            elif name == "step":
                self.running = False
                self._budget = None
                self._pending_steps += args[0]
            elif name == "reset":
                self.running = False
                seed = self.config.seed if args[0] is None else args[0]
                self._replace_model(build_network(self._trainer.model.architecture, seed))
            elif name == "network":
                self.running = False
                seed = self.config.seed if args[1] is None else args[1]
                self._replace_model(build_network(args[0], seed))
            elif name == "weights":
                self.running = False
                self._replace_model(args[0].network())
            elif name == "example_step":
                self.running = False
                self._example_step(*args)
            elif name == "lr":
                check_hyperparameters(args[0], self.config.batch_size)
                self.config.learning_rate = args[0]
            elif name == "batch":
                check_hyperparameters(self.config.learning_rate, args[0])
                self.config.batch_size = args[0]
            elif name == "speed":
                if args[0] == FULL_SPEED and self.speed != FULL_SPEED:
                    self._rate = 0.0  # one update at a time says nothing of full speed: measure again
                self.speed = max(0.0, args[0])
            elif name != "snapshot":
                changed = False
            self._dirty = self._dirty or changed

    def _example_step(self, x: np.ndarray, label: int, lr: float | None) -> None:
        params = self._trainer.model.parameters()
        saved = {name: a.copy() for name, a in params.items()}
        lr = self.config.learning_rate if lr is None else lr
        with np.errstate(all="ignore"):
            self._trainer.model.step(x, np.array([label]), lr)
        if not all(np.isfinite(a).all() and np.abs(a).max() < DIVERGED_WEIGHT for a in params.values()):
            for name, a in params.items():
                a[...] = saved[name]
            self._message = (f"that step (learning rate {lr:g}) would blow the weights up, so it was "
                             f"not applied. Try a smaller learning rate.")
            self.diverged.emit(self._message)
            return
        self._evaluate()

    def _replace_model(self, model: Network) -> None:
        self._trainer.model = model
        self._trainer.reset_progress()
        self.run_number = new_run_number()
        self._reset_accumulators()
        self._next_eval = 0
        self._pending_steps = 0
        self._evaluate()

    def _reset_accumulators(self) -> None:
        self._losses: list[np.ndarray] = []
        self._examples_at: list[np.ndarray] = []
        self._accuracy_at: list[int] = []
        self._accuracies: list[float] = []
        self._evaluations: list[EvalMetrics] = []
        self._epoch_ends: list[int] = []
        self._message = ""
        self._dirty = True

    def _train(self, updates: int) -> None:
        try:
            m = self._trainer.train(updates)
        except TrainingDiverged as exc:
            self.running = False
            self._budget = None
            self._message = str(exc)
            self._dirty = True
            self.diverged.emit(str(exc))
            return
        if self._budget is not None and self.running:
            self._budget -= len(m.losses)
            if self._budget <= 0:  # the budget is spent: pause, and say so at once
                self._budget = None
                self.running = False
        self._losses.append(m.losses)
        self._examples_at.append(m.examples_at)
        self._accuracy_at.append(m.examples_seen)
        self._accuracies.append(m.running_accuracy)
        if m.epoch_finished:
            self._epoch_ends.append(m.examples_seen)
            self._evaluate()
        # A smoothed rate for sizing chunks and for the status bar.
        rate = m.examples_per_second
        self._rate = rate if not self._rate else 0.8 * self._rate + 0.2 * rate
        self._dirty = True

    def _evaluate(self) -> None:
        self._evaluations.append(self._trainer.evaluate())
        seen = self._trainer.examples_seen
        self._next_eval = next_evaluation_after(seen)
        if self.running and self.speed == FULL_SPEED and self._rate:
            while self._next_eval - seen < self._rate * MIN_EVAL_SECONDS:
                self._next_eval = next_evaluation_after(self._next_eval)
        self._dirty = True

    def _snapshot(self) -> TrainingSnapshot:
        """Everything since the previous snapshot, as read-only copies; the accumulators restart."""
        t = self._trainer
        empty_f, empty_i = np.empty(0, np.float32), np.empty(0, np.int64)
        snapshot = TrainingSnapshot(
            weights=NetworkWeights.of(t.model),
            losses=read_only_copy(np.concatenate(self._losses)) if self._losses else empty_f,
            examples_at=read_only_copy(np.concatenate(self._examples_at)) if self._examples_at else empty_i,
            accuracy_at=read_only_copy(self._accuracy_at, np.int64),
            accuracies=read_only_copy(self._accuracies, np.float64),
            evaluations=tuple(self._evaluations), epoch_ends=tuple(self._epoch_ends),
            examples_seen=t.examples_seen, updates=t.updates, epoch=t.epoch,
            epoch_progress=t.epoch_progress,
            examples_per_second=self._rate if self.running else 0.0,
            running=self.running, run=self.run_number,
            learning_rate=self.config.learning_rate, batch_size=self.config.batch_size,
            message=self._message,
        )
        self._reset_accumulators()
        self._dirty = False
        return snapshot

    def _emit(self, force: bool = False) -> None:
        now = time.perf_counter()
        if not self._dirty or (not force and now < self._next_emit):
            return
        # Snapshots on a steady cadence of max_rate a second: the next is due an interval after
        # this one was due, not after it went out. Counted from when it went out, the chunk that
        # ends after the due time (up to CHUNK_SECONDS later) stretched every interval, and 45
        # snapshots a second (so frames: the window draws only new ones) came out at about 35.
        # Never more than half an interval in arrears, so a late one is not followed by a burst.
        self._next_emit = max(self._next_emit + self.min_interval, now - self.min_interval / 2)
        self._last_emit = now
        self.snapshot_ready.emit(self._snapshot())


class TrainingController(QObject):
    """The GUI's only handle on training: owns the worker's thread from the GUI thread, starts it,
    passes commands on, relays the worker's signals and stops it.

    Connect to this object's signals, not the worker's: they are emitted in the GUI thread.
    ``latest`` is the newest snapshot, never None: the first one is made before the thread starts.
    """

    snapshot_ready = Signal(object)
    diverged = Signal(str)
    errored = Signal(str)

    def __init__(self, dataset: Dataset, config: TrainConfig, model: Network | None = None,
                 max_rate: float = 60.0, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = TrainingWorker(dataset, config, model, max_rate)
        self.latest: TrainingSnapshot = self._worker.initial_snapshot
        self.thread = QThread()
        self.thread.setObjectName("TrainingThread")
        self._worker.moveToThread(self.thread)
        self.thread.started.connect(self._worker.run)
        self._worker.snapshot_ready.connect(self._relay_snapshot)
        self._worker.diverged.connect(self.diverged)
        self._worker.errored.connect(self.errored)
        self.snapshots_received = 0

    @Slot(object)
    def _relay_snapshot(self, snapshot: TrainingSnapshot) -> None:
        self.latest = snapshot
        self.snapshots_received += 1
        self.snapshot_ready.emit(snapshot)

    # --- commands ---------------------------------------------------------------------------------

    def start(self) -> None:
        self._worker.start()

    def pause(self) -> None:
        self._worker.pause()

    def step(self, n: int = 1) -> None:
        self._worker.step(n)

    def train_for(self, updates: int) -> None:
        self._worker.train_for(updates)

    def reset(self, seed: int | None = None) -> None:
        self._worker.reset(seed)

    def set_network(self, architecture: Architecture, seed: int | None = None) -> None:
        self._worker.set_network(architecture, seed)

    def set_weights(self, weights: NetworkWeights) -> None:
        self._worker.set_weights(weights)

    def example_step(self, x: np.ndarray, label: int, lr: float | None = None) -> None:
        self._worker.example_step(x, label, lr)

    def set_learning_rate(self, lr: float) -> None:
        self._worker.set_learning_rate(lr)

    def set_batch_size(self, batch_size: int) -> None:
        self._worker.set_batch_size(batch_size)

    def set_speed(self, updates_per_second: float) -> None:
        self._worker.set_speed(updates_per_second)

    def request_snapshot(self) -> None:
        self._worker.request_snapshot()

    # --- the thread -------------------------------------------------------------------------------

    def start_thread(self) -> None:
        self.thread.start()

    def is_alive(self) -> bool:
        return self.thread.isRunning()

    def stop(self, timeout_ms: int = 2000) -> bool:
        """Stop the loop, then the thread's event loop, then wait: in that order, never blocking in
        wait() on a thread that is waiting for us. Returns whether the thread ended in time; if it
        did not, the caller must keep this object (and its thread) alive and try again later."""
        if not self.thread.isRunning():
            return True
        self._worker.request_stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)
