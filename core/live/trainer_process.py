"""The training process: `python -m mnist_visualizer.core.live.trainer_process`, started by the
window's `worker.ProcessTrainingController`, never by hand.

Why a process: a training thread shares the window's interpreter lock, so every millisecond the GUI
spends drawing in Python is a millisecond the per-example loop waits (measured: the window trained
at 40-50% of the headless pace). In a process of its own the loop has a core to itself.

It reads messages (`messages.py`) on stdin: first ``("init", {...})`` with the dataset (or the
folder to read it from), the configuration, the weights and the snapshot rate; then
``("command", name, args)`` for each of the loop's commands; ``("stop",)`` or the pipe closing (the window is gone) ends it. It writes
``("snapshot", TrainingSnapshot)``, ``("diverged", text)``, ``("errored", text)``, and as it ends
``("stopped", peak_rss_mb)``; ``("failed", text)`` if it cannot start. It imports numpy and the
core, not Qt.
"""

from __future__ import annotations

import os
import queue
import signal
import sys
import threading

from ..data import DatasetError, load_dataset
from .memory import peak_rss_mb
from .messages import MessageError, read_message, write_message
from .training_loop import TrainingLoop


def main() -> int:
    # The messages get stdout's pipe to themselves: anything else that prints (a warning, say)
    # goes to stderr instead of into a message.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    # Ctrl+C in a terminal reaches the whole process group: the window handles it and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    messages_in = sys.stdin.buffer
    loop: TrainingLoop | None = None
    # Messages go out from a thread of their own: a window busy drawing reads the pipe late, and
    # the training loop must not wait for it. Snapshots wait for the one before to be written
    # (the loop's `ready`), so they never pile up here.
    outbox: queue.SimpleQueue = queue.SimpleQueue()
    lock = threading.Lock()
    unwritten = [0]  # snapshots queued and not yet written

    def write_all() -> None:
        while (message := outbox.get()) is not None:
            try:
                write_message(out, message)
            except OSError:  # the window has gone: nobody to train for
                if loop is not None:
                    loop.request_stop()
            except (TypeError, ValueError) as exc:  # a bug: say so rather than fall silent
                outbox.put(("errored", f"the training process could not send a {message[0]}: {exc}"))
            if message[0] == "snapshot":
                with lock:
                    unwritten[0] -= 1

    def send(*message) -> None:
        outbox.put(message)

    def send_snapshot(snapshot) -> None:
        with lock:
            unwritten[0] += 1
        outbox.put(("snapshot", snapshot))

    def ready() -> bool:
        return unwritten[0] == 0

    writer = threading.Thread(target=write_all, name="to-window")
    writer.start()

    try:
        first = read_message(messages_in)
        if first is None:
            outbox.put(None)
            writer.join()
            return 0
        kind, init = first
        if kind != "init":
            raise MessageError(f"expected init, got {kind!r}")
        dataset = given = init["dataset"]
        if isinstance(given, dict):  # the window has no training images: read them here
            dataset = load_dataset(given["folder"])
            if len(dataset.train_labels) != given["train_examples"]:
                raise DatasetError(f"{dataset.source}: its files changed since the window read them")
        loop = TrainingLoop(dataset, init["config"], init["weights"].network(), init["max_rate"],
                            on_snapshot=send_snapshot,
                            on_diverged=lambda text: send("diverged", text),
                            on_errored=lambda text: send("errored", text), ready=ready)
    except Exception as exc:  # noqa: BLE001  (whatever it is, the window must hear why)
        send("failed", f"{type(exc).__name__}: {exc}")
        outbox.put(None)
        writer.join()
        return 1

    def take_commands() -> None:
        try:
            while (message := read_message(messages_in)) is not None and message[0] != "stop":
                try:
                    loop.command(message[1], *message[2])
                except (ValueError, TypeError, IndexError) as exc:
                    send("errored", f"a command the training process did not understand: {exc}")
        except (MessageError, OSError) as exc:
            send("errored", f"the pipe from the window broke: {exc}")
        finally:
            loop.request_stop()

    threading.Thread(target=take_commands, name="commands", daemon=True).start()
    loop.run()
    send("stopped", peak_rss_mb())
    outbox.put(None)
    writer.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
