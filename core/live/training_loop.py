"""The training loop, free of Qt: what the training thread, or the training process, runs.

`TrainingLoop` owns a `core.training.Trainer` and its model. It loops in `run()`, takes commands
through a thread-safe queue between chunks of updates, and hands out frozen `TrainingSnapshot`s
(copies of the weights, the losses since the last snapshot) at most `max_rate` times a second,
however fast it trains, and only when the receiver is `ready()` for one: at every speed, so that
snapshots never pile up between the loop and the window (issue 16: at 1000 updates/s every update
went out, ready or not, and the training process grew by 70 MB a second). It reports through
three callables, so that the same loop serves a Qt thread (`worker.TrainingWorker` turns them into
signals) and a process of its own (`trainer_process` writes them to a pipe): no Qt is imported
here, and a process that runs this loop loads numpy and the core, not a GUI toolkit.
"""

from __future__ import annotations

import itertools
import math
import queue
import threading
import time
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from ..arrays import read_only_copy
from ..data import Dataset
from ..model import Architecture, Network, NetworkWeights, build_network
from ..networks import KINDS
from ..training import (DIVERGED_WEIGHT, EvalMetrics, TrainConfig, Trainer, TrainingDiverged,
                           check_hyperparameters, evaluate)
from ..translatable import QT_TRANSLATE_NOOP

FULL_SPEED = 0  # updates per second; 0 = as fast as the machine goes

# What the loop says to the window, which shows it in its language (`visualizer.session.PROBLEMS`).
STEP_NOT_APPLIED = QT_TRANSLATE_NOOP("Training", "that step (learning rate {lr}) would blow the weights up, "
                                                 "so it was not applied. Try a smaller learning rate.")
PAUSED_AFTER_ERROR = QT_TRANSLATE_NOOP("Training", "training paused after an error: {error}")

# Test-set evaluations: often early, when the network changes fastest, then every 10,000 examples,
# but at most about four a second: one costs ~6 ms, which at full speed would be 10% of the
# training time if done every 10,000 examples.
EVAL_SCHEDULE = (0, 100, 200, 500, 1000, 2000, 5000, 10_000)
EVAL_EVERY = 10_000
MIN_EVAL_SECONDS = 0.25

# How long one chunk of updates may take at full speed: short enough that commands (pause, a new
# learning rate) take effect at once, long enough that the loop's overhead stays small.
CHUNK_SECONDS = 0.01
# While training runs, a test-set evaluation is made a slice of about this long at a time, between
# chunks of half their length, on a copy of the weights it is of: made whole, a convolution's took
# 0.3-0.5 s in which no snapshot went out (so no frame was drawn): 48 snapshots a second instead
# of 60 (issue 17). Its result goes out with the snapshot after its last slice.
EVAL_SLICE_SECONDS = CHUNK_SECONDS / 2

# Backpressure. Snapshots sent and not yet taken by the window: the controllers' `ready()` says no
# beyond this many. Two, so that the pipe carries the next while the window draws the last.
SNAPSHOTS_IN_FLIGHT = 2
# While the window takes none, what the next snapshot gathers is bounded too: training waits once
# this many updates are waiting to be sent (12 bytes each, 6 MB; at full speed some seconds of a
# window that does not answer), and beyond this many waiting test-set evaluations the newest
# waiting one gives way to the next (each holds a prediction per test example).
MAX_BACKLOG_UPDATES = 500_000
MAX_BACKLOG_EVALUATIONS = 32

# What a loop can be told, between two chunks of updates (`worker.TrainingCommands` says what each
# does and takes).
COMMANDS = frozenset({"start", "pause", "step", "train_for", "reset", "network", "weights", "restore",
                      "example_step", "lr", "batch", "speed", "snapshot", "class_digits"})


def largest_weights_bytes() -> int:
    """The bytes of the weights (float32) of the largest network a window can ask for."""
    return max(sum(math.prod(shape) * np.dtype(np.float32).itemsize
                   for shape in architecture.parameter_shapes().values())
               for architecture in (kind.largest() for kind in KINDS))


def max_snapshot_bytes(train_examples: int, test_examples: int) -> int:
    """The most array data one snapshot of a loop on a dataset of this size can hold: the pipe's
    reader refuses more (a corrupt length, not a snapshot) before allocating anything.

    Weights of the largest network; per update its loss (float32) and examples seen (int64), for
    the backlog plus one chunk (at most an epoch: `Trainer.train` stops at the epoch's end), and
    per chunk an accuracy sample (int64, float64), at most one per update; per evaluation a
    prediction (int64) per test example; twice that, for the .npy headers and what comes with it.
    """
    updates = MAX_BACKLOG_UPDATES + train_examples + 1
    evaluations = MAX_BACKLOG_EVALUATIONS * (test_examples * 8 + 1024)
    return 2 * (largest_weights_bytes() + updates * (4 + 8 + 8 + 8) + evaluations) + (1 << 20)


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
        Test-set evaluations finished since the previous snapshot, each of the weights at its
        ``examples_seen`` (one made while training runs finishes some chunks later).
    epoch_ends : tuple of int
        Examples seen at each epoch boundary crossed since the previous snapshot.
    run : int
        Which run of training this belongs to. A new run starts whenever the history so far no
        longer applies (a new worker, reset, weights loaded); run numbers only grow, across workers,
        so a window that sees a new number starts its plots and timeline afresh.
    blowups : tuple of (int, float)
        (examples seen, learning rate) of each update that blew the weights up since the previous
        snapshot (the weights were put back): the chart marks where, and a run's label says at what.
    ticket : int
        The ticket of the last ``train_for`` whose budget has ended (spent, paused, diverged or
        replaced), so that the window knows its fixed amount of training is over; 0: none yet.
    restored : int
        The tag of the last ``restore`` carried out (0: none): snapshots before it are of a run
        the restored state replaces.
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
    blowups: tuple = ()
    ticket: int = 0
    restored: int = 0

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


def fresh_snapshot(weights: NetworkWeights, config: TrainConfig, run: int) -> TrainingSnapshot:
    """The snapshot of a network before any training (not yet evaluated either): what a window
    draws before the loop has run, made without a trainer."""
    empty_f, empty_i = read_only_copy([], np.float32), read_only_copy([], np.int64)
    return TrainingSnapshot(
        weights=weights, losses=empty_f, examples_at=empty_i, accuracy_at=empty_i,
        accuracies=read_only_copy([], np.float64), evaluations=(), epoch_ends=(), examples_seen=0,
        updates=0, epoch=0, epoch_progress=0.0, examples_per_second=0.0, running=False, run=run,
        learning_rate=config.learning_rate, batch_size=config.batch_size)


def _ignore(_value) -> None:
    pass


class TrainingLoop:
    """Trains in the thread that calls `run()`. `command` and `request_stop` may be called from any
    thread: each only queues what `run()` carries out between two chunks of updates.

    The live model belongs to the thread in `run()` while it runs: `trainer` refuses to be read from
    any other thread then (the GUI reads snapshots instead).

    Parameters
    ----------
    on_snapshot, on_diverged, on_errored : callable
        Called from the loop's thread with each `TrainingSnapshot`, and with the message of a
        diverged step or of an error that paused training.
    ready : callable
        Whether the receiver can take another snapshot now (the controllers: fewer than
        SNAPSHOTS_IN_FLIGHT sent and not yet taken), asked before every snapshot, at every speed,
        the final one of a pause or a step included. While it cannot, the loop trains on and the
        next snapshot gathers everything since the last one (no update's loss is lost): a slow
        receiver slows the snapshots, not the training, up to MAX_BACKLOG_UPDATES waiting; then
        training waits too. The receiver calls `wake()` when it takes one, so that a snapshot that
        waited goes out at once.
    """

    def __init__(self, dataset: Dataset, config: TrainConfig, model: Network | None = None,
                 max_rate: float = 60.0, on_snapshot: Callable[[TrainingSnapshot], None] = _ignore,
                 on_diverged: Callable[[str], None] = _ignore, on_errored: Callable[[str], None] = _ignore,
                 ready: Callable[[], bool] = lambda: True):
        self.on_snapshot, self.on_diverged, self.on_errored = on_snapshot, on_diverged, on_errored
        self.ready = ready
        self.config = replace(config)  # the worker's own: the GUI changes it only through commands
        self._trainer = Trainer(model or build_network(KINDS[0](), config.seed), dataset, self.config)
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
        self._ticket = 0        # the running train_for's ticket
        self._ended_ticket = 0  # the last train_for whose budget ended
        self._restored = 0      # the last restore's tag
        self._last_error = ""
        self._last_eval_at: int | None = None
        self._reset_accumulators()
        self._next_eval = 0
        self._evaluation = None  # the evaluation under way in slices (see _evaluation_slices)
        self._eval_rate = 0.0    # test examples a second the network is evaluated at, measured
        self._last_emit = 0.0
        self._next_emit = 0.0   # when the next snapshot is due (see _emit)
        self._next_due = 0.0    # slow motion: when the next update is due (see _run_once)
        self._rate = 0.0
        # Made here, in the thread that creates the loop, so that the GUI has weights to draw
        # before the loop has run at all.
        self.initial_snapshot = fresh_snapshot(NetworkWeights.of(self._trainer.model), self.config,
                                               self.run_number)

    @property
    def trainer(self) -> Trainer:
        """The trainer and its live model: only for the training thread while it runs."""
        if self._owner is not None and threading.get_ident() != self._owner:
            raise RuntimeError("the live model belongs to the training thread while it runs: "
                               "read the latest snapshot instead")
        return self._trainer

    # --- commands (any thread) ----------------------------------------------------------------

    def command(self, name: str, *args) -> None:
        """Queue one of COMMANDS with its arguments (`worker.TrainingCommands` says what each does)."""
        if name not in COMMANDS:
            raise ValueError(f"unknown training command {name!r}")
        self._commands.put((name, args))
        self._wake.set()

    def request_stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def wake(self) -> None:
        """The receiver has taken a snapshot (any thread): one that waited for it may go out now."""
        self._wake.set()

    def resume(self, examples_seen: int, updates: int, epoch: int, epoch_progress: float) -> None:
        """Carry on a run that another loop had brought this far (a training process that died,
        restarted from the last snapshot's weights): its counts go on where they stopped, so the
        window's curves and timeline go on too. Only before `run()`. See `Trainer.resume`."""
        t = self._trainer
        position = min(len(t.order) - 1, max(0, round((epoch_progress - epoch) * len(t.order))))
        t.resume(examples_seen, updates, epoch, position)
        self._next_eval = next_evaluation_after(examples_seen)
        self.initial_snapshot = replace(self.initial_snapshot, examples_seen=t.examples_seen,
                                        updates=t.updates, epoch=t.epoch,
                                        epoch_progress=t.epoch_progress)

    # --- the loop (its own thread) -------------------------------------------------------------

    def run(self) -> None:
        self._owner = threading.get_ident()
        try:
            self._evaluate()
            self._emit(at_once=True)
            self._next_due = time.perf_counter()
            while not self._stop.is_set():
                try:
                    self._run_once()
                except Exception as exc:  # a bug must not kill the thread: say so, pause, carry on
                    self._pause_after_error(PAUSED_AFTER_ERROR.format(error=f"{type(exc).__name__}: {exc}"))
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
            self.on_errored(message)
        self._wake.wait(0.2)
        self._wake.clear()

    def _run_once(self) -> None:
        """Carry out the queued commands, then one chunk of updates, or wait."""
        self._apply_commands()
        if self._stop.is_set():
            return
        if (self._pending_steps or self.running) and self._backlog_updates >= MAX_BACKLOG_UPDATES:
            # The window has taken nothing for a long while: train no further ahead of it.
            self._emit(at_once=True)
            self._idle(0.1)
            self._next_due = time.perf_counter()
        elif self._pending_steps:
            n, self._pending_steps = self._pending_steps, 0
            self._train(n)
            self._evaluate()
            self._emit(at_once=True)
        elif self.running:
            evaluating = self._evaluation is not None
            if evaluating:
                self._evaluate_slice()
            if self.speed == FULL_SPEED:
                chunk = self._chunk_updates() // 2 if evaluating else self._chunk_updates()
                self._train(min(max(1, chunk), self._updates_to_evaluation(),
                                self._budget if self._budget is not None else math.inf))
                self._next_due = time.perf_counter()
            elif not self._train_due_updates():
                return
            if self.running and self._evaluation is None and self._trainer.examples_seen >= self._next_eval:
                self._start_evaluation()
            self._emit()
        else:
            self._finish_evaluation()  # (paused with one under way: its result, before waiting)
            self._emit(at_once=True)  # what a command, or the end of training, left to send
            self._idle(0.1)
            self._next_due = time.perf_counter()

    def _train_due_updates(self) -> bool:
        """Slow motion: train the updates that are due by now (`speed` a second since the first),
        at most a chunk's worth, or wait for them. Returns whether it trained.

        Updates go in groups of about CHUNK_SECONDS' worth (one at a time up to 100 a second, ten
        at 1000 a second): an update at a time paid the trainer's per-call cost (a copy of the
        weights kept in case of divergence) a thousand times a second, and the hidden-512 network
        reached 200 updates a second instead of 1000. Time is kept: updates that fall behind (an
        evaluation, a busy machine) are caught up, up to half a second's worth."""
        now = time.perf_counter()
        group = max(1, round(self.speed * CHUNK_SECONDS))
        wait = self._next_due + (group - 1) / self.speed - now
        if wait > 0:
            self._emit()  # the last group's snapshot, if the window was not ready for it then
            self._idle(wait)
            return False
        due = int((now - self._next_due) * self.speed) + 1
        n = min(due, max(group, self._chunk_updates()), self._updates_to_evaluation())
        if self._budget is not None:
            n = min(n, self._budget)
        done = self._train(n)
        self._next_due = max(self._next_due + max(done, 1) / self.speed, now - 0.5)
        return True

    def _idle(self, seconds: float) -> None:
        """Wait for a command or the receiver's `wake()`, at most ``seconds``; no longer than until
        the next snapshot is due, when one waits only for its time."""
        if self._dirty and self.ready():
            seconds = min(seconds, max(0.0, self._next_emit - time.perf_counter()))
        if self._evaluation is not None:
            seconds = 0.0  # (slow motion: the evaluation's slices go on while updates are not due)
        if seconds > 0:
            self._wake.wait(seconds)
        self._wake.clear()

    def _updates_to_evaluation(self) -> int:
        """Updates until the next test-set evaluation is due: a chunk ends there, so that the
        evaluation is made at its point of the schedule, not somewhere after it. While one is under
        way, no limit: the next is made when it is done (two under way would stall the loop)."""
        if self._evaluation is not None:
            return math.inf
        left = self._next_eval - self._trainer.examples_seen
        return max(1, -(-left // self.config.batch_size))

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
            if name != "snapshot" and name in ("start", "train_for", "pause", "step", "reset", "network",
                                               "weights", "restore"):
                self._end_budget()   # a fixed amount of training ends with any of these
            if name == "start":
                self.running = True
                self._last_error = ""  # a fresh start: an error that comes back is news again
            elif name == "train_for":
                self.running = args[0] > 0
                self._budget = args[0]
                self._ticket = args[1] if len(args) > 1 else 0
                if not self.running:
                    self._end_budget()
            elif name == "pause":
                if self.running:
                    self._evaluate_if_stale()  # what the window shows, paused, is of these weights
                self.running = False
            elif name == "step":
                self.running = False
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
            elif name == "restore":   # weights and where the run had got to: a saved state
                self.running = False
                weights, progress, self._restored = args
                self._replace_model(weights.network(), evaluate=False)
                t = self._trainer
                t.resume(progress["examples_seen"], progress["updates"], progress["epoch"],
                         progress["position"])
                self._evaluate()
            elif name == "example_step":
                self.running = False
                self._example_step(*args)
            elif name == "class_digits":   # a ClassMix, or None: no class digits
                self._trainer.mix = args[0]
                # Their check accuracy at once; running, in slices between chunks, as the scheduled
                # evaluations (or, with one under way, from the next): a class sends new digits
                # every few seconds, and a whole test set at once each time stalled training for as
                # long (0.44 s for the convolution).
                if self.running and self._evaluation is None:
                    self._start_evaluation()
                elif not self.running:
                    self._evaluate()
            elif name == "lr":
                check_hyperparameters(args[0], self.config.batch_size)
                self.config.learning_rate = args[0]
            elif name == "batch":
                check_hyperparameters(self.config.learning_rate, args[0])
                self.config.batch_size = args[0]
            elif name == "speed":
                if args[0] == FULL_SPEED and self.speed != FULL_SPEED:
                    self._rate = 0.0  # a few updates at a time say little of full speed: measure again
                self.speed = max(0.0, args[0])
                self._next_due = time.perf_counter()
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
            self._message = STEP_NOT_APPLIED.format(lr=f"{lr:g}")
            self.on_diverged(self._message)
            return
        self._evaluate()

    def _replace_model(self, model: Network, evaluate: bool = True) -> None:
        self._evaluation = None  # (of the weights replaced: a run that no longer applies)
        self._eval_rate = 0.0
        self._trainer.model = model
        self._trainer.reset_progress()
        self.run_number = new_run_number()
        self._reset_accumulators()
        self._next_eval = 0
        self._pending_steps = 0
        if evaluate:
            self._evaluate()

    def _end_budget(self) -> None:
        """A train_for's budget is over (spent, or ended by another command or a blow-up)."""
        if self._budget is not None:
            self._budget = None
            self._ended_ticket = self._ticket
            self._dirty = True

    def _evaluate_if_stale(self) -> None:
        """Evaluate unless the last evaluation was of these weights: paused, every view of the test
        accuracy (the chart's number, the explorer's) is of the weights on screen."""
        if not self._last_eval_at or self._last_eval_at != self._trainer.examples_seen:
            self._evaluate()

    def _reset_accumulators(self) -> None:
        self._losses: list[np.ndarray] = []
        self._examples_at: list[np.ndarray] = []
        self._accuracy_at: list[int] = []
        self._accuracies: list[float] = []
        self._evaluations: list[EvalMetrics] = []
        self._epoch_ends: list[int] = []
        self._blowups: list[tuple[int, float]] = []
        self._backlog_updates = 0
        self._message = ""
        self._dirty = True

    def _train(self, updates: int) -> int:
        """Train up to ``updates`` updates (fewer at the end of an epoch); returns how many."""
        try:
            m = self._trainer.train(updates)
        except TrainingDiverged as exc:
            self.running = False
            self._end_budget()
            self._blowups.append((self._trainer.examples_seen, float(self.config.learning_rate)))
            self._evaluate_if_stale()  # the weights put back are the ones shown
            self._message = str(exc)
            self._dirty = True
            self.on_diverged(str(exc))
            return 0
        spent = False
        if self._budget is not None and self.running:
            self._budget -= len(m.losses)
            if self._budget <= 0:  # the budget is spent: pause, and say so at once
                self._end_budget()
                self.running = False
                spent = True
        self._losses.append(m.losses)
        self._examples_at.append(m.examples_at)
        self._backlog_updates += len(m.losses)
        self._accuracy_at.append(m.examples_seen)
        self._accuracies.append(m.running_accuracy)
        if m.epoch_finished:
            self._epoch_ends.append(m.examples_seen)
            if self.running:   # due now: `_run_once` starts it (once the one under way is done)
                self._next_eval = min(self._next_eval, m.examples_seen)
            else:
                self._evaluate()
        elif spent:
            self._evaluate()  # a fixed amount of training ended: its weights' test accuracy
        # A smoothed rate for sizing chunks and for the status bar.
        rate = m.examples_per_second
        self._rate = rate if not self._rate else 0.8 * self._rate + 0.2 * rate
        self._dirty = True
        return len(m.losses)

    def _evaluate(self) -> None:
        """Evaluate the weights as they are now, at once (after a step, a command, a pause)."""
        self._start_evaluation(at_once=True)
        self._finish_evaluation()

    def _start_evaluation(self, at_once: bool = False) -> None:
        """Begin an evaluation of the weights as they are now and make its first slice; the rest
        follow between chunks of training (`_evaluate_slice`), unless ``at_once``."""
        self._finish_evaluation()  # (one at a time: they go out in the order they were made)
        t = self._trainer
        seen = self._last_eval_at = t.examples_seen
        # Training goes on between the slices: they evaluate a copy.
        network = t.model if at_once else t.model.architecture.network(t.model.parameters())
        self._evaluation = self._evaluation_slices(network, seen, t.epoch,
                                                   math.inf if at_once else EVAL_SLICE_SECONDS)
        self._next_eval = next_evaluation_after(seen)
        if self.running and self.speed == FULL_SPEED and self._rate:
            while self._next_eval - seen < self._rate * MIN_EVAL_SECONDS:
                self._next_eval = next_evaluation_after(self._next_eval)
        self._evaluate_slice()

    def _evaluation_slices(self, network: Network, examples_seen: int, epoch: int, seconds: float):
        """`Trainer.evaluate` of ``network``, in slices of about ``seconds`` each at the measured
        pace: a generator that yields between two slices and returns the EvalMetrics."""
        t = self._trainer
        sets = [(t.x_test, t.y_test)]
        if t.mix is not None and len(t.mix.check_labels):
            sets.append((t.mix.check_images, t.mix.check_labels.astype(np.int64)))
        results, first = [], True
        for x, y in sets:
            n = len(x)
            predictions, loss_sum, s = np.empty(n, np.int64), 0.0, 0
            while s < n:
                if not first:
                    yield
                first = False
                sliced = self._eval_rate and math.isfinite(seconds)
                e = min(n, s + max(1, int(self._eval_rate * seconds))) if sliced else n
                start = time.perf_counter()
                part = evaluate(network, x[s:e], y[s:e])
                self._eval_rate = (e - s) / max(time.perf_counter() - start, 1e-6)
                loss_sum += part.test_loss * (e - s)
                predictions[s:e] = part.predictions
                s = e
            results.append(EvalMetrics(loss_sum / n if n else float("nan"),
                                       float((predictions == y).mean()) if n else float("nan"),
                                       examples_seen, epoch, predictions))
        if len(results) > 1:
            return replace(results[0], check_accuracy=results[1].test_accuracy)
        return results[0]

    def _evaluate_slice(self) -> None:
        """The next slice of the evaluation under way; its result, once it has none left."""
        try:
            next(self._evaluation)
        except StopIteration as done:
            self._evaluation = None
            metrics = done.value
            metrics.predictions.flags.writeable = False  # handed out in snapshots: nobody may change it
            if len(self._evaluations) >= MAX_BACKLOG_EVALUATIONS:  # the window takes none: bounded
                self._evaluations.pop()
            self._evaluations.append(metrics)
            self._dirty = True
        except BaseException:
            self._evaluation = None  # (a generator that raised is over: not asked again)
            raise

    def _finish_evaluation(self) -> None:
        while self._evaluation is not None:
            self._evaluate_slice()

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
            message=self._message, blowups=tuple(self._blowups), ticket=self._ended_ticket,
            restored=self._restored,
        )
        self._reset_accumulators()
        self._dirty = False
        return snapshot

    def _emit(self, at_once: bool = False) -> None:
        """Send what has changed as a snapshot, if the receiver is ready for one and (unless
        ``at_once``: the first snapshot, a step's, a pause's last) the cadence says one is due.
        Not sent, nothing is lost: the accumulators keep gathering for the next."""
        now = time.perf_counter()
        if not self._dirty or (not at_once and now < self._next_emit) or not self.ready():
            return
        # Snapshots on a steady cadence of max_rate a second: the next is due an interval after
        # this one was due, not after it went out. Counted from when it went out, the chunk that
        # ends after the due time (up to CHUNK_SECONDS later) stretched every interval, and 45
        # snapshots a second (so frames: the window draws only new ones) came out at about 35.
        # Never more than half an interval in arrears, so a late one is not followed by a burst.
        # In slow motion the same cadence: an update that comes later than an interval after the
        # last snapshot goes out as soon as it is made; faster ones are gathered, max_rate a second.
        self._next_emit = max(self._next_emit + self.min_interval, now - self.min_interval / 2)
        self._last_emit = now
        self.on_snapshot(self._snapshot())
