"""The app's side of collecting the class's digits: the server, the inbox, the teacher's decisions
and the class-digits folder, as one QObject the panels and the window's actions talk to.

The server (`core.collect.server`) runs in a process of its own (`core.collect.server_process`:
in this one it waited for the window's frames); each arrival comes back over a pipe to a reader
thread, which puts it in the inbox here. The GUI thread, which alone touches the widgets and the
class digits, takes what has arrived in batches, at most ARRIVALS_EVERY seconds apart (a full
class sends 20 drawings a second: one queued call and one re-layout per batch, not per drawing).
The teacher's decisions go back to the process (room in its inbox), and so do the class's counts
(the digit the page asks for). The folder is written by a thread of its own, from a frozen copy.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import numpy as np
from PySide6.QtCore import QLocale, QObject, QStandardPaths, QTimer, Signal, Slot

from ..core.collect.class_digits import ClassDigits
from ..core.collect.inbox import Arrival, Inbox
from ..core.collect.server import DEFAULT_PORT
from ..core.collect.server_process import ServerProcess
from .translation import QT_TRANSLATE_NOOP, translate, translate_marked

ARRIVALS_EVERY = 0.1   # seconds: arrivals reach the GUI thread in batches at most this often
# A full class on auto-accept brings a digit every 50 ms: the gallery is brought up to date and the
# counts told at most this often (the first change at once), not per digit, and never more than a
# fifth of the time.
SETTLE_SECONDS = 0.5
SETTLE_SHARE = 0.2
# The folder is written again, whole, at most this often while digits come (the first change at
# once; and at once when collecting stops, another folder is opened or the app closes), and its
# writing takes at most this share of the time: a class's 1,200 digits take ~25 ms of CPU to
# write, twice a second that was a few percent of a core taken from training.
SAVE_SECONDS = 3.0
SAVE_SHARE = 0.05


# The phone page's texts (resources/collect/phone.html and phone.js, and the server's refusals,
# core/collect/server.py's WORDS), each exactly as the page writes it in English: translated when
# collecting starts and handed to the server, which puts them in the page ({English: shown}).
PHONE_PAGE = (
    QT_TRANSLATE_NOOP("PhonePage", "Draw a digit"),
    QT_TRANSLATE_NOOP("PhonePage", "Draw a {digit}"),
    QT_TRANSLATE_NOOP("PhonePage", "drawing pad"),
    QT_TRANSLATE_NOOP("PhonePage", "which digit you drew"),
    QT_TRANSLATE_NOOP("PhonePage", "Drew another digit? Tap it above."),
    QT_TRANSLATE_NOOP("PhonePage", "Clear"),
    QT_TRANSLATE_NOOP("PhonePage", "Send"),
    QT_TRANSLATE_NOOP("PhonePage", "Thank you! Your digit is with the teacher. Draw another?"),
    QT_TRANSLATE_NOOP("PhonePage", "Sending…"),
    QT_TRANSLATE_NOOP("PhonePage", "Draw a digit first."),
    QT_TRANSLATE_NOOP("PhonePage", "Could not reach the teacher's computer. Try again."),
    QT_TRANSLATE_NOOP("PhonePage", "Not found. Scan the code on the screen again."),
    QT_TRANSLATE_NOOP("PhonePage", "This address is from an earlier lesson. Scan the code on the screen again."),
    QT_TRANSLATE_NOOP("PhonePage", "Slow down a little, please: try again in a second."),
    QT_TRANSLATE_NOOP("PhonePage", "That drawing is too big to send."),
    QT_TRANSLATE_NOOP("PhonePage", "That was not a drawing (not JSON)."),
    QT_TRANSLATE_NOOP("PhonePage", "The teacher has many drawings to look at. Try again in a minute."),
)


def phone_texts() -> dict[str, str]:
    """The phone page's texts in the app's language, {English: shown} (those not translated left out:
    the page shows them in English)."""
    shown = {text: translate_marked("PhonePage", text) for text in PHONE_PAGE}
    return {text: words for text, words in shown.items() if words != text}


def page_language() -> str:
    """The app's language as Qt names it (``de``, ``pt_BR``), for the page's ``<html lang>``."""
    name = QLocale().name()   # "de_DE", "pt_BR"; "C" for none
    return "en" if name in ("C", "POSIX") else name


def when_due(due: float, timer: QTimer, act: Callable[[], None]) -> None:
    """``act()`` at once if ``due`` (a `time.monotonic()`) has come, else by the single-shot
    ``timer`` when it does (unless it is started already)."""
    wait = due - time.monotonic()
    if wait <= 0:
        act()
    elif not timer.isActive():
        timer.start(max(1, int(wait * 1000)))


def default_folder() -> Path:
    """Where the class's digits are kept unless told otherwise (the user's data folder)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)) / "class-digits"


class Collecting(QObject):
    """Collecting from phones, moderated, into the class digits kept in ``folder``.

    Signals: ``arrived(list of Arrival)`` drawings wait for the teacher; ``settled(list of int)``
    the arrivals of those numbers were accepted or rejected; ``digits_changed()`` the class digits
    changed (and are being saved); ``running_changed(str)`` the page's address, or "" when
    collecting stopped; ``problem(str)`` the folder could not be written (in words).
    """

    arrived = Signal(object)
    settled = Signal(object)
    digits_changed = Signal()
    running_changed = Signal(str)
    problem = Signal(str)
    _fresh_arrivals = Signal()   # (from the reader thread: the first of a batch is in)

    def __init__(self, folder: str | Path | None = None, host: str | None = None, port: int = DEFAULT_PORT,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.digits = ClassDigits.open(folder or default_folder())
        # filled from the reader thread (the process holds to the inbox' limit)
        self.inbox = Inbox(capacity=1 << 30, on_arrival=self._note_arrival)
        self.server = ServerProcess(host, port, lambda a: self.inbox.add(a.label, a.strokes, a.image, a.device, a.number))
        self.auto_accept = False
        self._fresh: list[Arrival] = []
        self._fresh_lock = threading.Lock()
        self._batch = QTimer(self, singleShot=True, interval=round(ARRIVALS_EVERY * 1000))
        self._batch.timeout.connect(self._take_arrivals)
        self._fresh_arrivals.connect(self._batch.start)   # queued: started in the GUI thread
        self._last_change = -SETTLE_SECONDS
        self._settle_seconds = SETTLE_SECONDS
        self._pending = False
        self._settle = QTimer(self, singleShot=True)
        self._settle.timeout.connect(self.flush)
        self._saver = ThreadPoolExecutor(1, thread_name_prefix="class-digits-save")
        self._saving: Future | None = None
        self._save_seconds = 0.0
        self._saved_at = -SAVE_SECONDS
        self._unsaved = False
        self._save_timer = QTimer(self, singleShot=True)
        self._save_timer.timeout.connect(self.save)

    @property
    def url(self) -> str:
        return self.server.url if self.server.running else ""

    def start(self) -> str:
        """Start serving (a fresh token), the page in the app's language; the page's address.
        Raises CollectError."""
        url = self.server.start(self.digits.counts(), phone_texts(), page_language())
        self.running_changed.emit(url)
        return url

    def stop(self) -> None:
        """Stop serving; whatever arrived is in the queue, and the folder is written, on return."""
        if self.server.running:
            self.server.stop()
            self.running_changed.emit("")
        self._take_arrivals()
        self.flush()
        self.wait_saved()

    def _note_arrival(self, arrival: Arrival) -> None:
        """(Reader thread.) One more arrival for the next batch; the first of a batch wakes the GUI."""
        with self._fresh_lock:
            self._fresh.append(arrival)
            first = len(self._fresh) == 1
        if first:
            self._fresh_arrivals.emit()

    @Slot()
    def _take_arrivals(self) -> None:
        with self._fresh_lock:
            arrivals, self._fresh = self._fresh, []
        if not arrivals:
            return
        if self.auto_accept:
            self.accept_many([a.number for a in arrivals])
        else:
            self.arrived.emit(arrivals)

    def set_auto_accept(self, on: bool) -> None:
        self.auto_accept = bool(on)
        if on:
            self.accept_all()

    # --- the teacher's decisions -----------------------------------------------------------------

    def accept(self, number: int) -> bool:
        return self.accept_many([number]) == 1

    def accept_many(self, numbers) -> int:
        """Accept the arrivals of these numbers that are waiting; how many were."""
        arrivals = [a for a in map(self.inbox.take, numbers) if a is not None]
        self._accept(arrivals)
        return len(arrivals)

    def accept_all(self) -> int:
        arrivals = self.inbox.take_all()
        self._accept(arrivals)
        return len(arrivals)

    def _accept(self, arrivals: list[Arrival]) -> None:
        for arrival in arrivals:
            self.digits.add(arrival.label, arrival.image, arrival.strokes, "phone")
        if arrivals:
            self._changed()
            self._settle_arrivals([a.number for a in arrivals])

    def reject(self, number: int) -> bool:
        if self.inbox.take(number) is None:
            return False
        self._settle_arrivals([number])
        return True

    def _settle_arrivals(self, numbers: list[int]) -> None:
        self.server.settled(numbers)
        self.settled.emit(numbers)

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
        self.wait_saved()
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
        """Tell the views (and save): at once, unless the last time was under SETTLE_SECONDS ago (or
        five times what the last took); then once that time is up."""
        self._pending = True
        when_due(self._last_change + self._settle_seconds, self._settle, self.flush)

    @Slot()
    def flush(self) -> None:
        """Tell the views and the server, and save (see `_save_soon`), if a change waits."""
        if not self._pending:
            return
        self._pending = False
        self._settle.stop()
        start = time.monotonic()
        self._save_soon()
        self.server.tell_counts(self.digits.counts())
        self.digits_changed.emit()
        self._last_change = time.monotonic()
        self._settle_seconds = max(SETTLE_SECONDS, (self._last_change - start) / SETTLE_SHARE)

    def _save_soon(self) -> None:
        """Save at once if the last save began SAVE_SECONDS ago (or 1 / SAVE_SHARE times what it
        took), else when it has."""
        self._unsaved = True
        when_due(self._saved_at + max(SAVE_SECONDS, self._save_seconds / SAVE_SHARE), self._save_timer, self.save)

    @Slot()
    def save(self) -> None:
        """Write the class digits as they are now, in the saving thread, if they changed since."""
        if not self._unsaved:
            return
        self._unsaved = False
        self._save_timer.stop()
        if self._saving is not None:
            self._saving.exception()   # (one save at a time, in order: the last began SAVE_SECONDS ago or more)
        self._saving = self._saver.submit(self._save, self.digits.saving())
        self._saving.add_done_callback(self._saved)
        self._saved_at = time.monotonic()

    def _save(self, write) -> None:
        """(Saving thread.) Write the folder, and note how long that took."""
        start = time.monotonic()
        write()
        self._save_seconds = time.monotonic() - start

    def _saved(self, saving: Future) -> None:
        """(Saving thread.) A folder that could not be written is said in words; the digits stay."""
        if (problem := saving.exception()) is not None:
            self.problem.emit(translate("Collecting", "cannot save the class's digits in {folder}: {problem}").format(
                folder=self.digits.folder, problem=problem))

    def wait_saved(self) -> None:
        """Return once the folder holds the digits the views were last told of (a save that waited
        is made now)."""
        self.save()
        if self._saving is not None:
            self._saving.exception()   # (waits; a problem was said by _saved)
