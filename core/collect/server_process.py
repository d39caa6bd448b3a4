"""The collecting server in a process of its own: ``python -m mnist_visualizer.core.collect.server_process``,
started by `ServerProcess` (the window's), never by hand.

Why a process: in the window's process the server's thread shares the interpreter lock with the
window drawing its frames, and a full class's drawings waited seconds for it (measured: p95 4.3 s
for 40 phones on a busy machine; p95 63 ms for the same server alone). Here it has an interpreter
to itself, as training has (`core.live.trainer_process`). It runs at a lower priority (NICENESS)
than training and the window: a class's drawings cost it a few percent of a core, and whatever
else it is given is taken from training's two cores.

The phone's answer waits for nothing but its drawing's checks: the event loop puts the strokes in
the inbox and answers; the render thread inks them into the network's input
(`strokes.strokes_to_image`) and sends the arrivals to the window, a batch at most every INK_EVERY
seconds. Neither waits on the window.

On stdin, messages (`core.live.messages`: JSON and .npy arrays, no pickle): first ``("start",
{"host", "port", "counts", "texts", "language"})`` (texts: the page's, {English: shown}), then ``("counts", array (10,))`` (the class's accepted digits per
label, for the page's "draw a 7"), ``("settled", [numbers])`` (arrivals the teacher accepted or
rejected: room in the inbox again) and ``("stop",)``; the pipe closing (the window is gone) stops it
too. On stdout: ``("started", url)`` or ``("failed", text)``, then ``("arrival", {...})`` for each
drawing (its number, label, strokes, image, device, time; every drawing answered 202 is sent before
``stopped``), and ``("stopped",)``.
"""

from __future__ import annotations

import io
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from typing import Callable

import numpy as np

from ..live.cores import leave_training_core
from ..live.messages import MessageError, read_message, write_message
from .inbox import Arrival, Inbox
from .server import CollectError, CollectServer
from .strokes import strokes_to_image

MAX_MESSAGE = 1 << 20   # the largest message either way: an arrival of MAX_POINTS points is ~40 kB
START_SECONDS = 20      # how long the window waits for the process to bind
NICENESS = 10           # added to the process' niceness: training and the window come first
# The most often arrivals are inked and sent to the window while a class sends (the window takes
# them in batches at its own pace, `visualizer.collecting.ARRIVALS_EVERY`).
INK_EVERY = 0.1
# How long the inking thread may hold the interpreter while the event loop waits for it (Python's
# default is 5 ms: a phone's answer could wait that long behind a batch of drawings being inked).
SWITCH_SECONDS = 0.001


def lower_priority() -> None:
    """Run behind training and the window (where the system allows it)."""
    try:
        os.nice(NICENESS)
    except (AttributeError, OSError):   # not on this system, or not allowed: run as we are
        pass


def main() -> int:
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())   # anything printed goes to stderr, not the pipe
    signal.signal(signal.SIGINT, signal.SIG_IGN)        # the window stops us
    lock = threading.Lock()

    def send(*message) -> None:
        with lock:
            write_message(out, message)

    def send_bytes(messages: bytes) -> None:
        with lock:
            out.write(messages)
            out.flush()

    waiting_ink: queue.SimpleQueue = queue.SimpleQueue()   # arrivals answered, to ink; None: the end

    def ink_and_send() -> None:
        """Ink what has been answered and send it, in batches: a drawing alone goes at once; a
        class's stream goes every INK_EVERY seconds, all that came meanwhile in one write (one
        wake-up of this thread, and of the window's reader, per batch rather than per drawing)."""
        try:
            while True:
                batch = [waiting_ink.get()]
                while not waiting_ink.empty():
                    batch.append(waiting_ink.get())
                messages = io.BytesIO()
                for a in batch:
                    if a is not None:
                        write_message(messages, ("arrival", {
                            "number": a.number, "label": a.label, "strokes": tuple(a.strokes),
                            "image": strokes_to_image(a.strokes), "device": a.device, "received": a.received}))
                send_bytes(messages.getvalue())
                if batch[-1] is None:
                    return
                time.sleep(INK_EVERY)
        except OSError as exc:   # the pipe to the window broke: it is gone, and so is its queue
            print(f"collecting: the pipe to the window broke: {exc}", file=sys.stderr)

    lower_priority()
    leave_training_core()
    sys.setswitchinterval(SWITCH_SECONDS)
    messages_in = sys.stdin.buffer
    try:
        kind, options = read_message(messages_in, MAX_MESSAGE)
        if kind != "start":
            raise MessageError(f"expected start, got {kind!r}")
    except Exception as exc:  # noqa: BLE001  (whatever it is, the window hears why)
        send("failed", f"the collecting process could not start: {exc}")
        return 1
    counts = [np.asarray(options["counts"], np.int64)]
    inbox = Inbox(on_arrival=waiting_ink.put)   # (bounded by the inbox: a full one answers 503)
    server = CollectServer(inbox, lambda: counts[0] + inbox.counts(), options["host"], options["port"],
                           options.get("texts"), options.get("language", "en"))
    try:
        send("started", server.start())
    except CollectError as exc:
        send("failed", str(exc))
        return 1
    inker = threading.Thread(target=ink_and_send, name="collect-ink", daemon=True)
    inker.start()
    try:
        while (message := read_message(messages_in, MAX_MESSAGE)) is not None and message[0] != "stop":
            if message[0] == "counts":
                counts[0] = np.asarray(message[1], np.int64).reshape(10)
            elif message[0] == "settled":
                for number in message[1]:
                    inbox.take(int(number))
    except Exception as exc:  # noqa: BLE001  (a broken pipe: the window is gone; say so and end)
        print(f"collecting: the pipe from the window broke: {exc}", file=sys.stderr)
    server.stop()
    waiting_ink.put(None)
    inker.join()   # every drawing answered 202 reaches the window
    try:
        send("stopped")
    except OSError:   # the window is gone (closed, or died) and cannot hear it: nothing left to tell
        pass
    return 0


class ServerProcess:
    """The window's handle on the collecting process: start, tell, stop (any thread but one at a
    time); ``on_arrival(Arrival)`` is called from its reader thread for each drawing."""

    def __init__(self, host: str | None, port: int, on_arrival: Callable[[Arrival], None]):
        from .server import lan_address

        self.host, self.port = host or lan_address(), port
        self.on_arrival = on_arrival
        self.url = ""
        self._process: subprocess.Popen | None = None
        self._reader: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return bool(self.url)

    @property
    def pid(self) -> int | None:
        """The process' id while it runs (for measuring it)."""
        return self._process.pid if self._process is not None else None

    def start(self, counts, texts: dict[str, str] | None = None, language: str = "en") -> str:
        """Start the process and wait until it serves; its address. ``texts``, ``language``: the
        page's texts in the app's language ({English: shown}) and its code. Raises CollectError."""
        if self.running:
            return self.url
        process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        try:
            write_message(process.stdin, ("start", {"host": self.host, "port": self.port,
                                                    "counts": np.asarray(counts, np.int64),
                                                    "texts": dict(texts or {}), "language": language}))
            first = read_message(process.stdout, MAX_MESSAGE)
        except (OSError, MessageError) as exc:
            first = ("failed", f"the collecting process did not start: {exc}")
        if first is None or first[0] != "started":
            process.kill()
            process.communicate()   # and its pipes closed
            raise CollectError(first[1] if first else "the collecting process ended as it started")
        self._process, self.url = process, first[1]
        self._reader = threading.Thread(target=self._read, args=(process,), name="collect-reader", daemon=True)
        self._reader.start()
        return self.url

    def _read(self, process: subprocess.Popen) -> None:
        try:
            while (message := read_message(process.stdout, MAX_MESSAGE)) is not None:
                if message[0] == "arrival":
                    fields = message[1]
                    self.on_arrival(Arrival(fields["number"], fields["label"], tuple(fields["strokes"]),
                                            fields["image"], fields["device"], fields["received"]))
        except MessageError as exc:
            print(f"collecting: {exc}", file=sys.stderr)

    def _tell(self, *message) -> None:
        with self._lock:
            if self._process is not None:
                try:
                    write_message(self._process.stdin, message)
                except OSError:
                    pass   # it has gone: stop() finds out

    def tell_counts(self, counts) -> None:
        self._tell("counts", np.asarray(counts, np.int64))

    def settled(self, numbers) -> None:
        self._tell("settled", [int(n) for n in numbers])

    def stop(self) -> None:
        """Stop serving (waits up to a few seconds; the port is closed when this returns)."""
        if self._process is None:
            return
        self._tell("stop")
        process, self._process, self.url = self._process, None, ""
        try:
            process.stdin.close()
        except OSError:
            pass
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        self._reader.join(timeout=2)
        process.stdout.close()


if __name__ == "__main__":
    sys.exit(main())
