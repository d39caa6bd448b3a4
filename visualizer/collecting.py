"""The app's side of collecting the class's digits: the server, the inbox, the teacher's decisions
and the class-digits folder, as one QObject the panels and the window's actions talk to.

The server (`core.collect.server`) runs in a process of its own (`core.collect.server_process`:
in this one it waited for the window's frames); each arrival comes back over a pipe to a reader
thread, which puts it in the inbox here, whose `arrived` Qt queues to the GUI thread, which alone
touches the widgets and the class digits. The teacher's decisions go back to the process (room in
its inbox), and so do the class's counts (the digit the page asks for).
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal, Slot

from ..core.collect.class_digits import ClassDigits
from ..core.collect.inbox import Arrival, Inbox
from ..core.collect.server import DEFAULT_PORT
from ..core.collect.server_process import ServerProcess


# A full class on auto-accept brings a digit every 50 ms: the folder is saved, the gallery rebuilt and
# the digits sent to training at most this often (the first change at once), not per digit; and
# never more than a fifth of the time (saving hundreds of digits' strokes takes a while).
SETTLE_SECONDS = 0.5
SETTLE_SHARE = 0.2


def default_folder() -> Path:
    """Where the class's digits are kept unless told otherwise (the user's data folder)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)) / "class-digits"


class Collecting(QObject):
    """Collecting from phones, moderated, into the class digits kept in ``folder``.

    Signals: ``arrived(Arrival)`` a drawing waits for the teacher; ``settled(int)`` the arrival of
    that number was accepted or rejected; ``digits_changed()`` the class digits changed (and are
    saved); ``running_changed(str)`` the page's address, or "" when collecting stopped.
    """

    arrived = Signal(object)
    settled = Signal(int)
    digits_changed = Signal()
    running_changed = Signal(str)

    def __init__(self, folder: str | Path | None = None, host: str | None = None, port: int = DEFAULT_PORT,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.digits = ClassDigits.open(folder or default_folder())
        # filled from the reader thread (the process holds to the inbox' limit): queued to this one
        self.inbox = Inbox(capacity=1 << 30, on_arrival=self.arrived.emit)
        self.server = ServerProcess(host, port, lambda a: self.inbox.add(a.label, a.strokes, a.image, a.device, a.number))
        self.auto_accept = False
        self.arrived.connect(self._on_arrival)
        self._last_change = -SETTLE_SECONDS
        self._settle_seconds = SETTLE_SECONDS
        self._pending = False
        self._settle = QTimer(self, singleShot=True)
        self._settle.timeout.connect(self.flush)

    @property
    def url(self) -> str:
        return self.server.url if self.server.running else ""

    def start(self) -> str:
        """Start serving (a fresh token); the page's address. Raises CollectError."""
        url = self.server.start(self.digits.counts())
        self.running_changed.emit(url)
        return url

    def stop(self) -> None:
        self.flush()
        if self.server.running:
            self.server.stop()
            self.running_changed.emit("")

    @Slot(object)
    def _on_arrival(self, arrival: Arrival) -> None:
        if self.auto_accept:
            self.accept(arrival.number)

    def set_auto_accept(self, on: bool) -> None:
        self.auto_accept = bool(on)
        if on:
            self.accept_all()

    # --- the teacher's decisions -----------------------------------------------------------------

    def accept(self, number: int) -> bool:
        arrival = self.inbox.take(number)
        if arrival is None:
            return False
        self.digits.add(arrival.label, arrival.image, arrival.strokes, "phone")
        self._changed()
        self._settle_arrivals([number])
        return True

    def reject(self, number: int) -> bool:
        if self.inbox.take(number) is None:
            return False
        self._settle_arrivals([number])
        return True

    def accept_all(self) -> int:
        arrivals = self.inbox.take_all()
        for arrival in arrivals:
            self.digits.add(arrival.label, arrival.image, arrival.strokes, "phone")
        if arrivals:
            self._changed()
        self._settle_arrivals([a.number for a in arrivals])
        return len(arrivals)

    def _settle_arrivals(self, numbers: list[int]) -> None:
        self.server.settled(numbers)
        for number in numbers:
            self.settled.emit(number)

    def add_from_canvas(self, image: np.ndarray, label: int) -> str:
        """The teacher's canvas' digit (its network input, (784,) floats in 0..1) as ``label``."""
        pixels = np.round(np.clip(np.asarray(image, np.float32).reshape(784), 0, 1) * 255).astype(np.uint8)
        split = self.digits.add(label, pixels, (), "canvas")
        self._changed()
        return split

    # --- the set as a whole --------------------------------------------------------------------------

    def open(self, folder: str | Path) -> None:
        """Keep the class digits in another folder (those it holds, none if it is new); what waited
        to be saved in the old one is saved first."""
        digits = ClassDigits.open(folder)
        self.flush()
        self.digits = digits
        self.digits_changed.emit()

    def merge(self, folder: str | Path) -> int:
        added = self.digits.merge(ClassDigits.open(folder))
        self._changed()
        return added

    def clear(self) -> None:
        self.digits.clear()
        self._changed()

    def _changed(self) -> None:
        """Save and tell the views: at once, unless the last time was under SETTLE_SECONDS ago (or
        five times what the last took); then once that time is up."""
        self._pending = True
        wait = self._last_change + self._settle_seconds - time.monotonic()
        if wait <= 0:
            self.flush()
        elif not self._settle.isActive():
            self._settle.start(max(1, int(wait * 1000)))

    @Slot()
    def flush(self) -> None:
        """Save the class digits and tell the views, if a change waits."""
        if not self._pending:
            return
        self._pending = False
        self._settle.stop()
        start = time.monotonic()
        self.digits.save()
        self.server.tell_counts(self.digits.counts())
        self.digits_changed.emit()
        self._last_change = time.monotonic()
        self._settle_seconds = max(SETTLE_SECONDS, (self._last_change - start) / SETTLE_SHARE)
