"""A core of its own for the training process (Linux; elsewhere nothing is changed).

Training at full speed keeps one core busy; the window, the phones' server and whatever they wake
(60 snapshots a second, 20 drawings a second from a full classroom) would otherwise be scheduled
onto that core too, a few hundred times a second, and each time the training loop stops for them
and comes back to cold caches. So training runs on the last core it is allowed, and the window and
the server on the others: a window needs less than one core (its own Python is one thread), and on
a machine with more cores nothing is lost. On two cores, with 40 phones sending
(`benchmarks/bench_collect.py`, 2026-12-02), training keeps its speed without them, as far as the
machine's own drift of +-15% from run to run lets it be read (the figures of that day before the
benchmark stopped blocking its own window, 81-86%, were the benchmark's); py-spy saw the loop's
time at writing a snapshot fall from 6-9% of its samples to ~0.3%. The window's frame rate and the canvas' answer do not suffer
(`benchmarks/bench_app.py`: 58.7 and 58.6 frames/s, canvas p95 6.5 and 6.8 ms, own core and shared).

MNIST_VISUALIZER_CORES=shared leaves every process free to run anywhere (to measure the difference,
or where something else needs that core).
"""

from __future__ import annotations

import os

SHARED = "shared"
TRAINING_CORE = "MNIST_VISUALIZER_TRAINING_CORE"   # the core, as the window tells the training process

_chosen: list[int | None] = []   # the training core, once chosen (a process' own cores shrink after)


def _allowed() -> set[int] | None:
    """The cores this process may run on, or None where they are not for us to choose."""
    if os.environ.get("MNIST_VISUALIZER_CORES") == SHARED or not hasattr(os, "sched_getaffinity"):
        return None
    try:
        cores = os.sched_getaffinity(0)
    except OSError:
        return None
    return cores if len(cores) >= 2 else None


def training_core() -> int | None:
    """The core training is given: the one the window named, else the last this process may run
    on; None where there is none to spare."""
    if not _chosen:
        named = os.environ.get(TRAINING_CORE, "")
        cores = _allowed()
        _chosen.append(int(named) if named.isdigit() else max(cores) if cores else None)
    return _chosen[0]


def training_environment() -> dict[str, str] | None:
    """The environment to start the training process with (None: this one's as it is)."""
    core = training_core()
    return None if core is None else {**os.environ, TRAINING_CORE: str(core)}


def _set(cores: set[int]) -> None:
    try:
        os.sched_setaffinity(0, cores)   # this thread; the threads and processes it starts inherit
    except OSError:
        pass   # not allowed: run where the system puts us


def take_training_core() -> None:
    """For the training process, before it starts its threads: run on the training core only."""
    core = training_core()
    if core is not None:
        _set({core})


def leave_training_core() -> None:
    """For the window (at launch, before Qt starts its threads) and the phones' server: run on
    every allowed core but training's."""
    cores, core = _allowed(), training_core()
    if cores and core in cores:
        _set(cores - {core})
