"""The training process: `python -m mnist_visualizer.core.live.trainer_process`, started by the
window's `worker.ProcessTrainingController`, never by hand.

Why a process: a training thread shares the window's interpreter lock, so every millisecond the GUI
spends drawing in Python is a millisecond the per-example loop waits (measured: the window trained
at 40-50% of the headless pace). In a process of its own the loop has a core to itself.

It reads messages (`messages.py`) on stdin: first ``("init", {...})`` with the protocol version
(`messages.PROTOCOL`; another is refused), the dataset (or the folder to read it from), the
configuration, the weights, the snapshot rate and, after a restart, the run's progress so far;
then ``("command", name, args)`` for each of the loop's commands and ``("ack",)`` for each snapshot
the window has taken; ``("stop",)`` or the pipe closing (the window is gone) ends it. It writes
``("snapshot", TrainingSnapshot)``, ``("diverged", text)``, ``("errored", text)``, and as it ends
``("stopped", peak_rss_mb)``; ``("failed", text)`` if it cannot start. Anything else it has to say
(a library's warning, a traceback as it dies) goes to stderr, which the window keeps the last lines
of and quotes if the process dies. It imports numpy and the core, not Qt.

Backpressure: a snapshot goes out only while fewer than SNAPSHOTS_IN_FLIGHT are sent and not yet
acknowledged by the window (the loop's `ready`); an acknowledgement wakes the loop. So the
snapshots waiting here, in the pipe and in the window's queue are never more than that, at every
speed, however slow the window: the process' memory stays flat.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

from ..data import MAX_IDX_BYTES, DatasetError, load_dataset
from ..training import MAX_MIX_EXAMPLES
from ..translatable import QT_TRANSLATE_NOOP
from .cores import take_training_core
from .memory import peak_rss_mb
from .messages import PROTOCOL, MessageError, read_message
from .outbox import Outbox
from .training_loop import SNAPSHOTS_IN_FLIGHT, TrainingLoop, largest_weights_bytes

# The most array data a message from the window can hold: the first, the dataset's four IDX
# arrays (uint8, each at most MAX_IDX_BYTES) and the weights; then a command, the weights of the
# largest network at most (`set_weights`), or the class's digits (two splits of MAX_MIX_EXAMPLES
# images and labels at most). Larger is a corrupt length, refused unread.
MAX_INIT_DATA = 4 * MAX_IDX_BYTES + 2 * largest_weights_bytes() + (1 << 20)
MAX_COMMAND_DATA = max(2 * largest_weights_bytes(), 2 * MAX_MIX_EXAMPLES * (784 + 8)) + (1 << 20)

# What the process says to the window, which shows it in its language (`visualizer.session.PROBLEMS`).
NOT_SENT = QT_TRANSLATE_NOOP("Training", "the training process could not send a {kind}: {problem}")
NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("Training", "a command the training process did not understand: {problem}")
PIPE_BROKE = QT_TRANSLATE_NOOP("Training", "the pipe from the window broke: {problem}")


def main() -> int:
    take_training_core()   # (before any thread starts: they inherit it)
    # The messages get stdout's pipe to themselves: anything else that prints (a warning, say)
    # goes to stderr instead of into a message.
    out = os.dup(sys.stdout.fileno())
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    # Ctrl+C in a terminal reaches the whole process group: the window handles it and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    messages_in = sys.stdin.buffer
    loop: TrainingLoop | None = None
    lock = threading.Lock()
    in_flight = [0]  # snapshots sent, and not yet acknowledged by the window

    def taken() -> None:
        with lock:
            in_flight[0] = max(0, in_flight[0] - 1)
        if loop is not None:
            loop.wake()

    def window_gone(_exc: OSError) -> None:   # nobody to train for
        if loop is not None:
            loop.request_stop()

    # Written by the loop as it goes, never waiting for a window busy drawing (see outbox.py).
    # Snapshots wait for the window to take the ones before (the loop's `ready`), so they never
    # pile up in it.
    outbox = Outbox(out, on_broken=window_gone)

    def send(*message) -> None:
        try:
            outbox.send(message)
        except Exception as exc:  # noqa: BLE001  (a bug: say so rather than fall silent)
            outbox.send(("errored", NOT_SENT.format(kind=message[0], problem=exc)))
            if message[0] == "snapshot":
                taken()  # no acknowledgement will come for it

    def send_snapshot(snapshot) -> None:
        with lock:
            in_flight[0] += 1
        send("snapshot", snapshot)

    def ready() -> bool:
        return in_flight[0] < SNAPSHOTS_IN_FLIGHT

    try:
        first = read_message(messages_in, MAX_INIT_DATA)
        if first is None:
            outbox.close()
            return 0
        kind, init = first
        if kind != "init":
            raise MessageError(f"expected init, got {kind!r}")
        if init.get("protocol") != PROTOCOL:
            raise MessageError(f"the window speaks protocol {init.get('protocol')!r} and this training "
                               f"process {PROTOCOL}: they come from different versions of the app "
                               f"(install it again)")
        dataset = given = init["dataset"]
        if isinstance(given, dict):  # the window has no training images: read them here
            dataset = load_dataset(given["folder"])
            if len(dataset.train_labels) != given["train_examples"]:
                raise DatasetError(f"{dataset.source}: its files changed since the window read them")
        loop = TrainingLoop(dataset, init["config"], init["weights"].network(), init["max_rate"],
                            on_snapshot=send_snapshot,
                            on_diverged=lambda text: send("diverged", text),
                            on_errored=lambda text: send("errored", text), ready=ready)
        if init.get("progress"):  # a restart: the run goes on where the process before stopped
            loop.resume(**init["progress"])
    except Exception as exc:  # noqa: BLE001  (whatever it is, the window must hear why)
        # A MessageError is said in words already; anything else is named by its kind.
        send("failed", str(exc) if isinstance(exc, MessageError) else f"{type(exc).__name__}: {exc}")
        outbox.close()
        return 1

    def take_commands() -> None:
        try:
            while (message := read_message(messages_in, MAX_COMMAND_DATA)) is not None:
                if message[0] == "stop":
                    break
                if message[0] == "ack":
                    taken()
                    continue
                try:
                    loop.command(message[1], *message[2])
                except Exception as exc:  # noqa: BLE001  (say so, and carry on)
                    send("errored", NOT_UNDERSTOOD.format(problem=exc))
        except Exception as exc:  # noqa: BLE001  (MessageError, OSError, anything: say so, and end)
            send("errored", PIPE_BROKE.format(problem=exc))
        finally:
            loop.request_stop()

    threading.Thread(target=take_commands, name="commands", daemon=True).start()
    loop.run()
    send("stopped", peak_rss_mb())
    outbox.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
