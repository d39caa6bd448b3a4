"""The drawings waiting for the teacher: filled by the server's thread, emptied by the teacher's
accept or reject in the window's. Bounded: when it is full the server answers 503.

The server's process keeps one (strokes only: it answers the phone as soon as a drawing is in),
and so does the window's (strokes and the image inked from them in the server's process)."""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

CAPACITY = 300  # a class of 30 sending ten each before the teacher looks


class InboxFull(RuntimeError):
    """The teacher has this many drawings waiting already."""


@dataclass(frozen=True, eq=False)
class Arrival:
    """One drawing as it arrived.

    Attributes
    ----------
    number : int
        Its number in the inbox (from 1, never reused while collecting runs).
    label : int
        The digit the student says it is.
    strokes : tuple of ndarray, shape (n, 2) float32
        The pen's paths, (x, y) in 0..1 of the pad.
    image : ndarray, shape (784,), uint8, or None
        The strokes through the canvas' preprocessing (None until inked: in the server's inbox).
    device : str
        The device it came from (the phone's address and the page's own random name).
    received : float
        `time.time()` when it arrived.
    """

    number: int
    label: int
    strokes: tuple
    image: np.ndarray | None = field(default=None, repr=False)
    device: str = ""
    received: float = 0.0


class Inbox:
    """Arrivals, oldest first, safe to use from any thread.

    ``on_arrival(arrival)`` is called (from the adding thread) after each arrival is in.
    """

    def __init__(self, capacity: int = CAPACITY, on_arrival: Callable[[Arrival], None] | None = None):
        self.capacity = capacity
        self.on_arrival = on_arrival
        self._lock = threading.Lock()
        self._waiting: dict[int, Arrival] = {}
        self._numbers = itertools.count(1)

    def add(self, label: int, strokes, image: np.ndarray | None = None, device: str = "",
            number: int | None = None) -> Arrival:
        """Add a drawing (numbered here, unless ``number`` says what another inbox numbered it)."""
        with self._lock:
            if len(self._waiting) >= self.capacity:
                raise InboxFull(f"{self.capacity} drawings are waiting for the teacher already")
            number = next(self._numbers) if number is None else int(number)
            arrival = Arrival(number, int(label), tuple(strokes), image, device, time.time())
            self._waiting[arrival.number] = arrival
        if self.on_arrival is not None:
            self.on_arrival(arrival)
        return arrival

    def take(self, number: int) -> Arrival | None:
        """Remove and return one waiting arrival (accepted or rejected); None if it is not waiting."""
        with self._lock:
            return self._waiting.pop(number, None)

    def take_all(self) -> list[Arrival]:
        with self._lock:
            arrivals, self._waiting = list(self._waiting.values()), {}
        return arrivals

    def waiting(self) -> list[Arrival]:
        with self._lock:
            return list(self._waiting.values())

    def __len__(self) -> int:
        return len(self._waiting)

    def counts(self) -> np.ndarray:
        """Waiting drawings per label, shape (10,), int64."""
        with self._lock:
            labels = [a.label for a in self._waiting.values()]
        return np.bincount(np.array(labels, np.int64), minlength=10)
