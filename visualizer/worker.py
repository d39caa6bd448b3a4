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

Both hold the loop back to what the window takes: each snapshot delivered in the GUI thread is
acknowledged to the loop (a counter for the thread, an ``ack`` message for the process), and the
loop sends a snapshot only while fewer than SNAPSHOTS_IN_FLIGHT are unacknowledged. Nothing queues
up between them, whatever the speed, however busy the window.
"""

from __future__ import annotations

import collections
import queue
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field, replace

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ..core.data import Dataset
from ..core.live import trainer_process
from ..core.live.cores import training_environment
from ..core.live.memory import status_mb
from ..core.live.messages import PROTOCOL, PipeClosed, read_message, write_message
from ..core.live.training_loop import (FULL_SPEED, SNAPSHOTS_IN_FLIGHT, TrainingLoop, TrainingSnapshot,
                                       fresh_snapshot, max_snapshot_bytes, new_run_number,
                                       next_evaluation_after)
from ..core.model import Architecture, Network, NetworkWeights, build_network
from ..core.networks import KINDS
from ..core.training import TrainConfig, Trainer

from .translation import number, translate

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
        """Hand a snapshot to the window (in the GUI thread), then tell the loop it was taken: the
        window's slots have run when emit() returns, so a window busy drawing acknowledges late,
        and the loop sends no more until it does."""
        self.latest = snapshot
        self.snapshots_received += 1
        self.snapshot_ready.emit(snapshot)
        self._taken()

    def _taken(self) -> None:
        raise NotImplementedError

    def _send(self, name: str, *args) -> None:
        raise NotImplementedError

    def start(self) -> None:
        self._send("start")

    def pause(self) -> None:
        self._send("pause")

    def step(self, n: int = 1) -> None:
        """Run ``n`` updates (default one) and stop; pauses training if it was running."""
        self._send("step", int(n))

    def train_for(self, updates: int, ticket: int = 0) -> None:
        """Train ``updates`` more updates at the current speed (across epochs), then pause: a
        lesson's "train this many examples" that a class can watch at 10 updates a second. Once
        its budget has ended, snapshots carry ``ticket`` (`TrainingSnapshot.ticket`)."""
        self._send("train_for", int(updates), int(ticket))

    def restore(self, weights: NetworkWeights, progress: dict, tag: int) -> None:
        """Train on from a saved state: these weights, and the run's progress (``examples_seen``,
        ``updates``, ``epoch``, ``position`` in the epoch's order): a new run, paused. Snapshots
        from then on carry ``tag`` (`TrainingSnapshot.restored`)."""
        self._send("restore", weights, {k: int(v) for k, v in progress.items()}, int(tag))

    def reset(self, seed: int | None = None) -> None:
        """Fresh random weights of the same network, back to epoch 1; pauses training."""
        self._send("reset", seed)

    def set_network(self, architecture: Architecture, seed: int | None = None) -> None:
        """Another network, freshly initialised, back to epoch 1; pauses training."""
        self._send("network", architecture, seed)

    def set_weights(self, weights: NetworkWeights) -> None:
        """Train from these weights (of any kind) from epoch 1; pauses training."""
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

    def set_class_digits(self, mix) -> None:
        """The class's digits to mix into training and check on (a `ClassMix`), or None."""
        self._send("class_digits", mix)

    def request_snapshot(self) -> None:
        self._send("snapshot")


class InFlight:
    """Snapshots the training thread has sent and the GUI thread has taken: each count is written by
    one thread only (an int's increment under the interpreter lock), so no lock is needed."""

    def __init__(self):
        self.sent = 0
        self.taken = 0

    def ready(self) -> bool:
        return self.sent - self.taken < SNAPSHOTS_IN_FLIGHT


class TrainingWorker(QObject):
    """A `TrainingLoop` on a QThread: its reports become signals (emitted in the training thread).

    ``in_flight`` counts the snapshots sent; the loop sends no more while SNAPSHOTS_IN_FLIGHT of
    them are not taken (without it, Qt's event queue took every snapshot a slow window left).
    """

    snapshot_ready = Signal(object)   # TrainingSnapshot
    diverged = Signal(str)
    errored = Signal(str)

    def __init__(self, dataset: Dataset, config: TrainConfig, model: Network | None = None,
                 max_rate: float = 60.0, in_flight: InFlight | None = None):
        super().__init__()
        self.in_flight = in_flight or InFlight()
        self.loop = TrainingLoop(dataset, config, model, max_rate, on_snapshot=self._send_snapshot,
                                 on_diverged=self.diverged.emit, on_errored=self.errored.emit,
                                 ready=self.in_flight.ready)

    def _send_snapshot(self, snapshot: TrainingSnapshot) -> None:
        self.in_flight.sent += 1
        self.snapshot_ready.emit(snapshot)

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

    def _taken(self) -> None:
        self._worker.in_flight.taken += 1
        self._worker.loop.wake()

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
# A training process whose pipe has ended is given this long to exit before it is killed (by the
# reader thread, never the GUI thread).
REAP_SECONDS = 2.0
# The last lines of a training process' stderr that are kept, and quoted when it dies.
STDERR_LINES = 20
QUOTED_LINES = 4
MAX_LINE = 1000  # characters of one stderr line kept (a line without end is cut into pieces)


@dataclass(eq=False)
class _Child:
    """One training process and what belongs to it: the queue its writer thread empties, the last
    lines of its stderr."""

    process: subprocess.Popen
    outbox: queue.SimpleQueue
    stderr_tail: collections.deque = field(default_factory=lambda: collections.deque(maxlen=STDERR_LINES))
    threads: list = field(default_factory=list)

    def last_words(self) -> str:
        lines = [line for line in self.stderr_tail if line.strip()][-QUOTED_LINES:]
        return " | ".join(lines)


def describe_exit(code: int | None) -> str:
    if code is None:
        return translate("ProcessTrainingController", "it would not end")
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        return translate("ProcessTrainingController", "it was killed by signal {signal}").format(signal=name)
    return translate("ProcessTrainingController", "exit code {code}").format(code=code)


class ProcessTrainingController(TrainingCommands):
    """Training in a process of its own (`trainer_process`), driven like `TrainingController`.

    Three plain threads of this process carry its pipes, so the GUI thread never waits on them: one
    writes the queued commands (the first message gives the process the dataset, the configuration
    and the weights), one reads the process' messages and hands them to the GUI thread through a
    queued signal, one keeps the last lines of its stderr. ``peak_rss_mb`` is the process' own peak
    memory, reported as it ends.

    A process that ends by itself, or whose pipe carries anything but whole messages of ours (a
    frame cut short, a length over the cap, garbage), is reported with the last lines of its
    stderr and started again from the last snapshot, paused, up to MAX_RESTARTS times: the same
    run goes on (its run number, examples seen, epoch: the window's curves and timeline continue).
    Its reader thread kills and reaps the old process; the GUI thread never waits for it.
    """

    _received = Signal(object)  # (child, message), from the reader thread
    reads_train_images = True   # may be given a dataset without them (see `_prepare`)

    def __init__(self, dataset: Dataset, config: TrainConfig, model: Network | None = None,
                 max_rate: float = 60.0, parent: QObject | None = None):
        weights = NetworkWeights.of(model or build_network(KINDS[0](), config.seed))
        super().__init__(fresh_snapshot(weights, config, new_run_number()), parent)
        self._dataset, self._config, self._max_rate = dataset, replace(config), max_rate
        # The most a message from the process can hold: its largest legal snapshot on this dataset.
        self.max_message_bytes = max_snapshot_bytes(len(dataset.train_labels), len(dataset.test_labels))
        self.peak_rss_mb: float | None = None
        self.restarts = 0
        self._kept: dict[str, tuple] = {}   # the last of each KEPT_COMMANDS, for a restarted process
        self._stopping = False
        self._child: _Child | None = None
        self._process: subprocess.Popen | None = None
        self._reader: threading.Thread | None = None
        self._received.connect(self._on_message, Qt.QueuedConnection)
        self._prepare(weights, self._config, first_run=self.latest.run)

    def _prepare(self, weights: NetworkWeights, config: TrainConfig, first_run: int,
                 progress: dict | None = None) -> None:
        """A new outbox whose first message starts the process; commands queue behind it.

        A dataset loaded without its training images is read by the process itself, from its
        folder (the window then never holds MNIST's 47 MB of them); any other is sent whole.
        ``progress`` (examples seen, updates, epoch, epoch progress) continues a run."""
        dataset = self._dataset
        if dataset.train_images is None:
            dataset = {"folder": dataset.source, "train_examples": len(dataset.train_labels)}
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._outbox.put(("init", {"protocol": PROTOCOL, "dataset": dataset, "config": config,
                                   "weights": weights, "max_rate": float(self._max_rate),
                                   "progress": progress}))
        # The process numbers its runs 1, 2, ...; ours are unique across controllers. A restarted
        # process' first run is the run it continues.
        self._runs = {1: first_run}

    # Settings that live only in the process (the config and the weights go with init): a process
    # started again after a crash is sent them again.
    KEPT_COMMANDS = ("speed", "class_digits")

    def _send(self, name: str, *args) -> None:
        if name in self.KEPT_COMMANDS:
            self._kept[name] = args
        self._outbox.put(("command", name, args))

    def _taken(self) -> None:
        self._outbox.put(("ack",))

    # --- the process ------------------------------------------------------------------------------

    def process_command(self) -> list[str]:
        """The command that starts a training process (tests put a misbehaving one in its place)."""
        return [sys.executable, "-m", trainer_process.__name__]

    def start_thread(self) -> None:
        """Start the training process (the name is the thread controller's: the window calls both)."""
        process = subprocess.Popen(self.process_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=training_environment())
        child = self._child = _Child(process, self._outbox)
        self._process = process
        child.threads = [
            threading.Thread(target=self._write_all, args=(child,), name="to-trainer", daemon=True),
            threading.Thread(target=self._keep_stderr, args=(child,), name="trainer-stderr", daemon=True),
            threading.Thread(target=self._read_all, args=(child,), name="from-trainer", daemon=True),
        ]
        for thread in child.threads:
            thread.start()
        self._reader = child.threads[2]

    def _post(self, child: _Child, message) -> None:
        """Hand a message to the GUI thread (from a pipe thread)."""
        try:
            self._received.emit((child, message))
        except RuntimeError:  # this controller has been deleted: nobody is listening
            pass

    def _write_all(self, child: _Child) -> None:
        process, outbox = child.process, child.outbox
        try:
            while (message := outbox.get()) is not None:
                try:
                    write_message(process.stdin, message)
                except OSError:  # the process has ended: the reader reports it
                    return
                except Exception as exc:  # noqa: BLE001  (a value that cannot be sent: say so, go on)
                    self._post(child, ("errored", translate(
                        "ProcessTrainingController",
                        "a command could not be sent to the training process: {problem}").format(problem=exc)))
                del message  # the first holds the dataset: not kept a moment longer than needed
        finally:
            try:
                process.stdin.close()
            except OSError:
                pass

    @staticmethod
    def _keep_stderr(child: _Child) -> None:
        """Read the process' stderr as it comes (so that it never blocks writing to it), keep its
        last lines and pass them on to ours (where its warnings went before it had a pipe)."""
        stream = child.process.stderr
        try:
            while line := stream.readline(MAX_LINE):
                text = line.decode(errors="replace").rstrip()
                child.stderr_tail.append(text)
                try:
                    print(text, file=sys.stderr)
                except Exception:  # noqa: BLE001  (nowhere to echo it: it is kept all the same)
                    pass
        except (OSError, ValueError):
            pass
        finally:
            stream.close()

    def _read_all(self, child: _Child) -> None:
        """Read messages until the pipe ends, then reap the process and say how it ended: always,
        whatever went wrong here (the GUI thread restarts it unless it was asked to stop)."""
        process, problem, code = child.process, None, None
        try:
            try:
                while (message := read_message(process.stdout, self.max_message_bytes)) is not None:
                    if message[0] == "stopped":  # set here, so that it is known as soon as stop() returns
                        self.peak_rss_mb = message[1]
                    self._post(child, message)
            except PipeClosed as exc:  # it died while writing: how, its exit code will say
                problem = ("cut short", str(exc))
            except BaseException as exc:  # noqa: BLE001  (MessageError, OSError, MemoryError, anything)
                text = str(exc) if isinstance(exc, (ValueError, OSError)) else f"{type(exc).__name__}: {exc}"
                problem = ("broken", text)
                # A process that writes what is not a message cannot be trusted to go on.
                process.kill()
            finally:
                process.stdout.close()
            try:
                code = process.wait(REAP_SECONDS)  # its pipe has ended: so is it, or about to be
            except subprocess.TimeoutExpired:
                process.kill()
                try:
                    code = process.wait(REAP_SECONDS)
                except subprocess.TimeoutExpired:
                    pass
            child.threads[1].join(1.0)  # its stderr's last lines
        finally:
            self._post(child, ("ended", code, problem))

    @Slot(object)
    def _on_message(self, item) -> None:
        child, message = item
        if child is not self._child:  # an earlier process' last words
            return
        kind = message[0]
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
            self.errored.emit(translate("ProcessTrainingController", "training could not start: {problem}")
                              .format(problem=message[1]))
        elif kind == "ended" and not self._stopping:
            self._restart(child, *message[1:])

    def _restart(self, child: _Child, code: int | None, problem: tuple[str, str] | None) -> None:
        """The process ended by itself (killed, out of memory, a crash in a library), or its pipe
        broke (and the reader killed it): say so, and start a new one from the last snapshot,
        paused, in the same run, so that nothing is lost but the updates since that snapshot.
        The old process has been reaped by its reader thread: nothing here waits."""
        child.outbox.put(None)  # the old writer ends (and closes its pipe)
        if problem is None:
            what = translate("ProcessTrainingController", "the training process stopped unexpectedly ({exit})").format(
                exit=describe_exit(code))
        elif problem[0] == "cut short":
            what = translate("ProcessTrainingController",
                             "the training process stopped unexpectedly ({exit}), in the middle of a message").format(
                exit=describe_exit(code))
        else:
            what = translate("ProcessTrainingController",
                             "the pipe from the training process broke: it sent something that is not one "
                             "of its messages ({problem}), so it was stopped").format(problem=problem[1])
        words = child.last_words()
        said = translate("ProcessTrainingController", " What it printed last: {words}").format(
            words=words) if words else ""
        if self.restarts >= MAX_RESTARTS:
            self._child = self._process = None
            self.errored.emit(translate("ProcessTrainingController",
                                        "{what}, {times} times; restart the app to train again.{said}").format(
                what=what, times=self.restarts + 1, said=said))
            return
        self.restarts += 1
        last = self.latest
        config = replace(self._config, learning_rate=last.learning_rate, batch_size=last.batch_size)
        progress = dict(examples_seen=last.examples_seen, updates=last.updates, epoch=last.epoch,
                        epoch_progress=last.epoch_progress)
        self._prepare(last.weights, config, first_run=last.run, progress=progress)
        for name, args in list(self._kept.items()):
            self._send(name, *args)
        try:
            self.start_thread()
        except OSError as exc:
            self._child = self._process = None
            self.errored.emit(translate("ProcessTrainingController",
                                        "{what}, and could not be started again: {problem}.{said}").format(
                what=what, problem=exc, said=said))
            return
        self.errored.emit(translate("ProcessTrainingController",
                                    "{what}; it was started again from the last weights, paused, at {examples} "
                                    "examples seen: press Start to go on.{said}").format(
            what=what, examples=number(last.examples_seen), said=said))

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
        child = self._child
        if child is None:
            return True
        child.outbox.put(("stop",))
        child.outbox.put(None)  # then the writer closes the pipe
        try:
            child.process.wait(timeout_ms / 1000)
        except subprocess.TimeoutExpired:
            child.process.kill()
            try:
                child.process.wait(1.0)
            except subprocess.TimeoutExpired:
                pass
        child.threads[2].join(1.0)
        return True


# What ``--trainer`` chooses between.
CONTROLLERS = {"process": ProcessTrainingController, "thread": TrainingController}
