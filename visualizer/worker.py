"""Training beside the window: the controllers that are the GUI's only handle on it.

The training loop itself (`training_loop.TrainingLoop`, no Qt) runs either

- in a process of its own (`ProcessTrainingController`, the app's default): the loop has a core and
  an interpreter to itself, so drawing never slows training nor training drawing; commands and
  snapshots travel as messages on pipes (`messages.py`, no pickle), or
- in a QThread of this process (`TrainingController`): what the tests of the loop use, and the
  app's ``--trainer thread``.

Both controllers live in the GUI thread, take the same commands (`TrainingCommands`), emit the same
signals in the GUI thread, hold the newest snapshot in ``latest`` (one exists before training
starts) and stop cleanly, within two seconds, in every state.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ..core.data import Dataset
from ..core.model import Architecture, Network, NetworkWeights
from ..core.networks.one_layer import SoftmaxRegression
from ..core.training import TrainConfig, Trainer
from ..core.live.memory import status_mb
from ..core.live import trainer_process
from ..core.live.messages import MessageError, read_message, write_message
from ..core.live.training_loop import (FULL_SPEED, TrainingLoop, TrainingSnapshot, fresh_snapshot, new_run_number,
                            next_evaluation_after)

__all__ = ["FULL_SPEED", "TrainingSnapshot", "TrainingCommands", "TrainingWorker", "TrainingController",
           "ProcessTrainingController", "next_evaluation_after", "CONTROLLERS"]


class TrainingCommands(QObject):
    """What both controllers share: the commands, each queued and carried out by the loop between
    two chunks of updates, in the order given; the signals, emitted in the GUI thread; and
    ``latest``, the newest snapshot, never None."""

    snapshot_ready = Signal(object)   # TrainingSnapshot
    diverged = Signal(str)
    errored = Signal(str)

    def __init__(self, first: TrainingSnapshot, parent: QObject | None = None):
        super().__init__(parent)
        self.latest: TrainingSnapshot = first
        self.snapshots_received = 0

    def _deliver(self, snapshot: TrainingSnapshot) -> None:
        self.latest = snapshot
        self.snapshots_received += 1
        self.snapshot_ready.emit(snapshot)

    def _send(self, name: str, *args) -> None:
        raise NotImplementedError

    def start(self) -> None:
        self._send("start")

    def pause(self) -> None:
        self._send("pause")

    def step(self, n: int = 1) -> None:
        """Run ``n`` updates (default one) and stop; pauses training if it was running."""
        self._send("step", int(n))

    def train_for(self, updates: int) -> None:
        """Train ``updates`` more updates at the current speed (across epochs), then pause: a
        lesson's "train this many examples" that a class can watch at 10 updates a second."""
        self._send("train_for", int(updates))

    def reset(self, seed: int | None = None) -> None:
        """Fresh random weights of the same network, back to epoch 1; pauses training."""
        self._send("reset", seed)

    def set_network(self, architecture: Architecture, seed: int | None = None) -> None:
        """Another network, freshly initialised, back to epoch 1; pauses training."""
        self._send("network", architecture, seed)

    def set_weights(self, weights: NetworkWeights) -> None:
        """Train from these weights (of either network) from epoch 1; pauses training."""
        self._send("weights", weights)

    def example_step(self, x: np.ndarray, label: int, lr: float | None = None) -> None:
        """One gradient step on a single example (the canvas digit, say), without counting it as
        training progress (for the one-layer network W -= lr outer(x, p - y), b -= lr (p - y); the
        hidden layer's chain rule for the other). Pauses training."""
        self._send("example_step", np.array(x, np.float32).reshape(1, -1), int(label), lr)

    def set_learning_rate(self, lr: float) -> None:
        self._send("lr", float(lr))

    def set_batch_size(self, batch_size: int) -> None:
        self._send("batch", int(batch_size))

    def set_speed(self, updates_per_second: float) -> None:
        """Updates per second; FULL_SPEED (0) for as fast as possible."""
        self._send("speed", float(updates_per_second))

    def request_snapshot(self) -> None:
        self._send("snapshot")


class TrainingWorker(QObject):
    """A `TrainingLoop` on a QThread: its reports become signals (emitted in the training thread)."""

    snapshot_ready = Signal(object)   # TrainingSnapshot
    diverged = Signal(str)
    errored = Signal(str)

    def __init__(self, dataset: Dataset, config: TrainConfig, model: Network | None = None,
                 max_rate: float = 60.0):
        super().__init__()
        self.loop = TrainingLoop(dataset, config, model, max_rate, on_snapshot=self.snapshot_ready.emit,
                                 on_diverged=self.diverged.emit, on_errored=self.errored.emit)

    @property
    def trainer(self) -> Trainer:
        """The trainer and its live model: only for the training thread while it runs."""
        return self.loop.trainer

    @Slot()
    def run(self) -> None:
        self.loop.run()


class TrainingController(TrainingCommands):
    """Training in a thread of this process: owns the worker's thread from the GUI thread, starts it,
    passes commands on, relays the worker's signals and stops it.

    Connect to this object's signals, not the worker's: they are emitted in the GUI thread. The
    first snapshot is made before the thread starts.
    """

    reads_train_images = False  # needs a dataset with its training images

    def __init__(self, dataset: Dataset, config: TrainConfig, model: Network | None = None,
                 max_rate: float = 60.0, parent: QObject | None = None):
        worker = TrainingWorker(dataset, config, model, max_rate)
        super().__init__(worker.loop.initial_snapshot, parent)
        self._worker = worker
        self.thread = QThread()
        self.thread.setObjectName("TrainingThread")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.snapshot_ready.connect(self._relay_snapshot)
        worker.diverged.connect(self.diverged)
        worker.errored.connect(self.errored)

    @Slot(object)
    def _relay_snapshot(self, snapshot: TrainingSnapshot) -> None:
        self._deliver(snapshot)

    def _send(self, name: str, *args) -> None:
        self._worker.loop.command(name, *args)

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
        self._worker.loop.request_stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)


# A training process that ends without being asked is started again from the last weights, but
# not forever: one that keeps dying is reported and left stopped.
MAX_RESTARTS = 3


class ProcessTrainingController(TrainingCommands):
    """Training in a process of its own (`trainer_process`), driven like `TrainingController`.

    Two plain threads of this process carry the pipes, so the GUI thread never waits on them: one
    writes the queued commands (the first message gives the process the dataset, the configuration
    and the weights), one reads the process' messages and hands them to the GUI thread through a
    queued signal. ``peak_rss_mb`` is the process' own peak memory, reported as it ends.
    """

    _received = Signal(object)  # (process, message), from the reader thread
    reads_train_images = True   # may be given a dataset without them (see `_prepare`)

    def __init__(self, dataset: Dataset, config: TrainConfig, model: Network | None = None,
                 max_rate: float = 60.0, parent: QObject | None = None):
        weights = NetworkWeights.of(model or SoftmaxRegression(seed=config.seed))
        super().__init__(fresh_snapshot(weights, config, new_run_number()), parent)
        self._dataset, self._config, self._max_rate = dataset, replace(config), max_rate
        self.peak_rss_mb: float | None = None
        self.restarts = 0
        self._speed: float | None = None
        self._stopping = False
        self._process: subprocess.Popen | None = None
        self._reader: threading.Thread | None = None
        self._received.connect(self._on_message, Qt.QueuedConnection)
        self._prepare(weights, self._config, first_run=self.latest.run)

    def _prepare(self, weights: NetworkWeights, config: TrainConfig, first_run: int) -> None:
        """A new outbox whose first message starts the process; commands queue behind it.

        A dataset loaded without its training images is read by the process itself, from its
        folder (the window then never holds MNIST's 47 MB of them); any other is sent whole."""
        dataset = self._dataset
        if dataset.train_images is None:
            dataset = {"folder": dataset.source, "train_examples": len(dataset.train_labels)}
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._outbox.put(("init", {"dataset": dataset, "config": config, "weights": weights,
                                   "max_rate": float(self._max_rate)}))
        # The process numbers its runs 1, 2, ...; ours are unique across controllers.
        self._runs = {1: first_run}

    def _send(self, name: str, *args) -> None:
        if name == "speed":
            self._speed = args[0]
        self._outbox.put(("command", name, args))

    # --- the process ------------------------------------------------------------------------------

    def start_thread(self) -> None:
        """Start the training process (the name is the thread controller's: the window calls both)."""
        command = [sys.executable, "-m", trainer_process.__name__]
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._process = process
        threading.Thread(target=self._write_all, args=(process, self._outbox), name="to-trainer",
                         daemon=True).start()
        self._reader = threading.Thread(target=self._read_all, args=(process,), name="from-trainer",
                                        daemon=True)
        self._reader.start()

    @staticmethod
    def _write_all(process: subprocess.Popen, outbox: queue.SimpleQueue) -> None:
        try:
            while (message := outbox.get()) is not None:
                write_message(process.stdin, message)
                del message  # the first holds the dataset: not kept a moment longer than needed
        except OSError:  # the process has ended: the reader reports it
            pass
        finally:
            try:
                process.stdin.close()
            except OSError:
                pass

    def _read_all(self, process: subprocess.Popen) -> None:
        try:
            while (message := read_message(process.stdout)) is not None:
                if message[0] == "stopped":  # set here, so that it is known as soon as stop() returns
                    self.peak_rss_mb = message[1]
                self._received.emit((process, message))
        except (MessageError, OSError, ValueError) as exc:  # ValueError: the pipe was closed here
            self._received.emit((process, ("errored", f"the pipe from the training process broke: {exc}")))
        finally:
            process.stdout.close()
        self._received.emit((process, ("ended",)))

    @Slot(object)
    def _on_message(self, item) -> None:
        process, message = item
        kind = message[0]
        if process is not self._process:  # an earlier process' last words
            return
        if kind == "snapshot":
            snapshot = message[1]
            run = self._runs.get(snapshot.run)
            if run is None:
                run = self._runs[snapshot.run] = new_run_number()
            self._deliver(replace(snapshot, run=run))
        elif kind == "diverged":
            self.diverged.emit(message[1])
        elif kind == "errored":
            self.errored.emit(message[1])
        elif kind == "failed":
            self._stopping = True  # it cannot start: starting it again would fail the same way
            self.errored.emit(f"training could not start: {message[1]}")
        elif kind == "ended" and not self._stopping:
            self._restart()

    def _restart(self) -> None:
        """The process ended by itself (killed, out of memory, a crash in a library): start a new
        one from the last weights, paused, so that nothing but the run's curves is lost."""
        code = self._process.wait()
        self._outbox.put(None)  # the old writer ends (and closes its pipe)
        if self.restarts >= MAX_RESTARTS:
            self._process = None
            self.errored.emit(f"the training process stopped unexpectedly (exit code {code}) "
                              f"{self.restarts + 1} times; restart the app to train again")
            return
        self.restarts += 1
        config = replace(self._config, learning_rate=self.latest.learning_rate,
                         batch_size=self.latest.batch_size)
        self._prepare(self.latest.weights, config, first_run=new_run_number())
        if self._speed is not None:
            self._send("speed", self._speed)
        self.start_thread()
        self.errored.emit(f"the training process stopped unexpectedly (exit code {code}); it was "
                          f"started again from the last weights, paused")

    def is_alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        """The training process' id while it runs."""
        return self._process.pid if self.is_alive() else None

    def memory_mb(self) -> tuple[float, float] | None:
        """The process' resident memory now and its peak so far, in MB (Linux; None elsewhere, or
        when it is not running)."""
        return status_mb(self._process.pid, "VmRSS", "VmHWM") if self.is_alive() else None

    def stop(self, timeout_ms: int = 2000) -> bool:
        """Ask the process to stop and wait for it; one that does not stop in time is killed (a
        process, unlike a thread, can always be ended). Returns True: it has ended."""
        self._stopping = True
        process = self._process
        if process is None:
            return True
        self._outbox.put(("stop",))
        self._outbox.put(None)  # then the writer closes the pipe
        try:
            process.wait(timeout_ms / 1000)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if self._reader is not None:
            self._reader.join(1.0)
        return True


# What ``--trainer`` chooses between.
CONTROLLERS = {"process": ProcessTrainingController, "thread": TrainingController}
