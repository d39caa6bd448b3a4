"""The training process' messages to the window, in order, without the training loop waiting.

The plain way was a thread that wrote every message: the loop handed it each snapshot. With the
machine busy (the window drawing, the phones' server), py-spy found the loop 6-9% of its time at
that hand-over (`benchmarks/bench_collect.py`'s training process). Most of it was the window's
reader, woken by the write, taking the training's core (`cores.py` ends that); the rest is the
hand-over itself: with training on a core of its own, the writer thread and the loop take turns on
that one core, twice a message, 60 messages a second.

So the sender writes a message itself, without blocking, while the pipe has room, which is nearly
always: the window reads as it goes, backpressure keeps at most SNAPSHOTS_IN_FLIGHT snapshots on
the way, and the pipe is made as large as the system allows. Only what does not fit is left to a
thread of its own, which waits for room; messages sent meanwhile queue behind it, in order.
"""

from __future__ import annotations

import os
import select
import threading
from collections import deque
from typing import Callable

from .messages import message_parts

PIPE_BYTES = 1 << 20   # the pipe's room asked for (Linux' default most a user may ask; 64 KiB otherwise)
MAX_PARTS = 512        # buffers handed to one writev (IOV_MAX is 1024 on Linux)


def enlarge_pipe(fd: int, size: int = PIPE_BYTES) -> None:
    """Ask for a pipe of ``size`` bytes where the system allows it (Linux); else leave it as it is."""
    try:
        import fcntl
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, size)
    except (ImportError, AttributeError, OSError):
        pass   # not Linux, not a pipe, or more than /proc/sys/fs/pipe-max-size: the default room will do


def written(parts: list[memoryview], n: int) -> list[memoryview]:
    """``parts`` less their first ``n`` bytes, which have been written."""
    for i, part in enumerate(parts):
        if n < len(part):
            return [part[n:], *parts[i + 1:]]
        n -= len(part)
    return []


class Outbox:
    """Messages (`messages.message_parts`) written to the file descriptor ``fd`` in the order
    `send` is called. ``on_broken(exc)`` is called once if the reader has gone (the pipe broke):
    nothing more is written after it. `close` writes what is left and ends the thread."""

    def __init__(self, fd: int, on_broken: Callable[[OSError], None]):
        self._fd = fd
        self._on_broken = on_broken
        try:
            os.set_blocking(fd, False)
            self._direct = True     # the sender writes what the pipe takes at once
        except OSError:
            self._direct = False    # (a system whose pipes cannot be so: the thread writes everything)
        enlarge_pipe(fd)
        self._lock = threading.Lock()
        self._more = threading.Condition(self._lock)
        self._waiting: deque[memoryview] = deque()   # bytes not yet written, in order
        self._closing = False
        self._broken = False
        self._thread = threading.Thread(target=self._finish_writes, name="to-window", daemon=True)
        self._thread.start()

    def send(self, message) -> None:
        """Write ``message`` now as far as the pipe has room, the rest soon; never waits for the
        reader. Raises what `message_parts` raises for a message that cannot be sent (nothing of it
        written)."""
        parts = [memoryview(part).cast("B") for part in message_parts(message)]
        with self._lock:
            if self._broken:
                return
            if self._direct and not self._waiting:   # (else it would overtake what waits)
                parts = self._write(parts)
            if parts and not self._broken:
                self._waiting.extend(parts)
                self._more.notify()

    def close(self, timeout: float | None = None) -> None:
        """Write what is left (while the reader reads), then end the writing thread."""
        with self._lock:
            self._closing = True
            self._more.notify()
        self._thread.join(timeout)

    @property
    def waiting_bytes(self) -> int:
        """Bytes sent and not yet written (left to the thread)."""
        with self._lock:
            return sum(map(len, self._waiting))

    def _write(self, parts: list[memoryview]) -> list[memoryview]:
        """Write as much of ``parts`` as the pipe takes now (all of them if the pipe blocks);
        returns what is left."""
        try:
            while parts:
                n = os.writev(self._fd, parts[:MAX_PARTS]) if hasattr(os, "writev") else os.write(self._fd, parts[0])
                parts = written(parts, n)
        except BlockingIOError:
            pass
        except OSError as exc:   # the window has gone: nobody to write for
            if not self._broken:
                self._broken = True
                self._on_broken(exc)
            return []
        return parts

    def _finish_writes(self) -> None:
        """The thread: whenever bytes wait, write them as the reader makes room. It writes outside
        the lock (a pipe that blocks must not hold up the sender); the bytes stay in ``_waiting``
        until written, so the sender queues behind them and never writes in between."""
        while True:
            with self._lock:
                while not self._waiting and not self._closing:
                    self._more.wait()
                if not self._waiting or self._broken:
                    self._waiting.clear()
                    return
                parts = list(self._waiting)
            left = self._write(parts)
            with self._lock:
                done = sum(map(len, parts)) - sum(map(len, left))
                self._waiting = deque(written(list(self._waiting), done)) if not self._broken else deque()
            if left and not self._broken:
                select.select([], [self._fd], [])   # until the reader has made room
