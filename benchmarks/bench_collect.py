"""Benchmark of collecting from a full classroom (not a test): issue 18's figures, each with its goal.

    python benchmarks/bench_collect.py [--phones 40] [--every 2] [--seconds 10] [--baseline 10] [--rounds 6]

The app as a class uses it, offscreen: the main window, training at full speed in its own process
(the app's default), and collecting on 127.0.0.1 with every digit accepted as it arrives (the
teacher's auto-accept: the folder saved, the gallery rebuilt, the digits sent to training). The
machine is shared with whatever else runs, so the runs are interleaved: ``--rounds`` times a run
of ``--baseline`` seconds without phones (A) then one of ``--seconds`` seconds with ``--phones``
simulated phones (B), and a last A: A B A B ... A. The phones live in a process of their own
(started once; HTTP/1.1 clients on kept-alive connections, as browsers), each sending a drawing of
~150 points every ``--every`` seconds (staggered; the drawings are made before the runs, as a real
phone's are made on the phone's CPU, not on the machine measured); with the defaults they send for
60 s in all. Each figure is printed with the load average beside it and its goal:

- every drawing arrives, none twice: 202 answers, their distinct numbers, and the class digits +
  the waiting queue at the end (all equal, none refused);
- response time: p50, p95, max over every drawing, and each B run's p95 (goal p95 < 200 ms);
- training speed: each B run's examples/s over the mean of the A runs before and after it, and the
  median of those ratios (goal >= 90%); each run is measured once it is under way (B: all phones
  sending; A: the arrivals of the B before it in);
  and in each run, what it did with the CPU it got, and how long it waited for a core;
- CPU: each process' share of a core in each run (what the phones cost the window, the server and
  training), and of the window's threads (its GUI thread, the reader of arrivals, the saver...);
- memory (VmRSS) of the window's, the training and the server's processes at the start, after the
  first A B round (warm-up) and at the end; the growth from warm-up to end less what the digits
  accepted meanwhile take by design (pixels, the gallery's input and picture, strokes, their JSON;
  in the training process their pixels) (goal: flat, < 10% beyond them).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

GOALS = {"p95_ms": 200.0, "speed": 0.90, "memory_growth": 0.10}
BODIES_EACH = 16   # drawings made beforehand for each phone, sent in turn


# --- the phones (their own process) ----------------------------------------------------------------

SHAPES = {1: [[[0.5, 0.1], [0.5, 0.9]]], 7: [[[0.25, 0.15], [0.75, 0.15], [0.45, 0.9]]],
          0: [[[0.5, 0.1], [0.8, 0.3], [0.8, 0.7], [0.5, 0.9], [0.2, 0.7], [0.2, 0.3], [0.5, 0.1]]],
          3: [[[0.3, 0.2], [0.7, 0.25], [0.45, 0.5], [0.72, 0.72], [0.3, 0.9]]],
          4: [[[0.6, 0.1], [0.2, 0.6], [0.8, 0.6]], [[0.6, 0.1], [0.6, 0.9]]],
          2: [[[0.25, 0.3], [0.5, 0.12], [0.75, 0.3], [0.25, 0.88], [0.78, 0.88]]]}


def drawing(rng) -> dict:
    """A digit as a finger draws it: the shape's corners, jittered, with ~150 points between."""
    import numpy as np

    label = int(rng.choice(list(SHAPES)))
    strokes = []
    for corners in SHAPES[label]:
        c = np.clip(np.array(corners) + rng.normal(0, 0.03, (len(corners), 2)), 0, 1)
        t = np.linspace(0, len(c) - 1, 150 // len(SHAPES[label]))
        points = np.stack([np.interp(t, np.arange(len(c)), c[:, k]) for k in (0, 1)], axis=1)
        strokes.append(np.round(points, 4).tolist())
    return {"label": label, "strokes": strokes}


async def phone(url: str, name: str, every: float, seconds: float, delay: float, bodies: list, results: list):
    """One phone: a drawing every ``every`` seconds on one kept-alive connection, as a browser
    sends it (HTTP/1.1 over asyncio's streams: aiohttp's client took ~1 ms of this machine's CPU a
    drawing, more than the server's answer; a real phone's is its own)."""
    address = urllib.parse.urlsplit(url)
    await asyncio.sleep(delay)
    end = time.monotonic() + seconds - delay
    requests = [f"POST {address.path}drawings HTTP/1.1\r\nHost: {address.netloc}\r\nX-Device: {name}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
                for body in bodies]
    connection = None
    sent = 0
    while time.monotonic() < end:
        due = time.monotonic() + every
        start = time.perf_counter()
        try:
            if connection is None:
                connection = await asyncio.open_connection(address.hostname, address.port)
            reader, writer = connection
            writer.write(requests[sent % len(requests)])
            status = int((await reader.readline()).split()[1])
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name_, _, value = line.partition(b":")
                if name_.strip().lower() == b"content-length":
                    length = int(value)
            answer = json.loads(await reader.readexactly(length))
            results.append((status, time.perf_counter() - start, answer.get("received")))
        except Exception as exc:  # noqa: BLE001  (counted as lost; the next drawing on a new connection)
            results.append((type(exc).__name__, time.perf_counter() - start, None))
            connection = None
        sent += 1
        await asyncio.sleep(max(0.0, due - time.monotonic()))
    if connection is not None:
        connection[1].close()


async def all_phones(url: str, phones: int, every: float, seconds: float, bodies) -> list:
    results: list = []
    await asyncio.gather(*(phone(url, f"phone{i}", every, seconds, every * i / phones, bodies[i], results)
                           for i in range(phones)))
    return results


def phones_main(url: str, phones: int, every: float, seconds: float) -> None:
    """A burst of drawings for each line read on stdin; its results, one JSON line each.

    Each phone's drawings are made before "ready" (BODIES_EACH, sent in turn): a real phone draws
    on its own CPU, not on the machine measured, so this process only sends them."""
    import numpy as np

    rngs = [np.random.default_rng(i) for i in range(phones)]
    bodies = [[json.dumps(drawing(rng)).encode() for _ in range(BODIES_EACH)] for rng in rngs]
    print("ready", flush=True)
    for _ in sys.stdin:
        print(json.dumps(asyncio.run(all_phones(url, phones, every, seconds, bodies))), flush=True)


# --- measuring processes -----------------------------------------------------------------------------

def cpu_seconds(pid, thread=None) -> float:
    """User + system CPU time of a process (all its threads), or of one of its threads, so far;
    nan if it is gone."""
    try:
        with open(f"/proc/{pid}/stat" if thread is None else f"/proc/{pid}/task/{thread}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def waited(pid) -> tuple[float, int]:
    """Seconds a process' threads have waited, runnable, for a core (the scheduler's run queue),
    and how often one was put off a core while it could have run on (preempted), so far."""
    seconds, preempted = 0.0, 0
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                seconds += int(f.read().split()[1]) / 1e9
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                preempted += int(next(line for line in f if line.startswith("nonvoluntary")).split()[1])
    except (OSError, IndexError, ValueError, StopIteration):
        return float("nan"), 0
    return seconds, preempted


def percentile(values, q):
    import numpy as np
    return float(np.percentile(values, q)) if values else float("nan")


def met(ok: bool) -> str:
    return "met" if ok else "NOT met"


# --- the app (this process) -----------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--every", type=float, default=2.0)
    parser.add_argument("--seconds", type=float, default=10.0, help="each run with phones")
    parser.add_argument("--baseline", type=float, default=10.0, help="each run without phones")
    parser.add_argument("--rounds", type=int, default=6, help="runs with phones (and one more without)")
    parser.add_argument("--network", default="one layer",
                        help="the network trained, as the menu names it ('hidden 128 ReLU', 'conv 8 5×5', ...)")
    parser.add_argument("--phones-only", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phones_only:
        phones_main(args.phones_only, args.phones, args.every, args.seconds)
        return 0

    import mnist_visualizer.visualizer  # noqa: F401  (the app's BLAS thread default before numpy)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from mnist_visualizer.core.collect.class_digits import record_text
    from mnist_visualizer.core.live.cores import leave_training_core, training_core
    from mnist_visualizer.core.data import load_dataset
    from mnist_visualizer.core.live.memory import status_mb
    from mnist_visualizer.core.model import build_network
    from mnist_visualizer.core.networks import chooser_architectures
    from mnist_visualizer.core.training import TrainConfig, suggested_learning_rate
    from mnist_visualizer.visualizer.window import MainWindow

    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start; {args.phones} phones, "
          f"a drawing each every {args.every:g} s; runs: {args.rounds} x ({args.baseline:g} s without, "
          f"{args.seconds:g} s with phones), then {args.baseline:g} s without")
    leave_training_core()   # as the app's launch does (MNIST_VISUALIZER_CORES=shared: not)
    print(f"training's core: {training_core()} (the window and the server: the others)"
          if training_core() is not None else "training shares every core with the window and the server")
    app = QApplication([])
    folder = tempfile.mkdtemp(prefix="bench-collect-")
    networks = {a.describe(): a for a in chooser_architectures()}
    if args.network not in networks:
        print(f"no network {args.network!r}; the menu's: {', '.join(networks)}")
        return 2
    config = TrainConfig(learning_rate=suggested_learning_rate(TrainConfig().batch_size, networks[args.network]))
    window = MainWindow(load_dataset(train_images=False), config, model=build_network(networks[args.network]),
                        settings=None)
    print(f"network: {args.network}, learning rate {config.learning_rate:g}, batch {config.batch_size}")
    window.class_digits.options = {"folder": f"{folder}/class-digits", "host": "127.0.0.1", "port": 0}
    window.show()
    window.class_digits.show()
    panel = window.class_digits.panel
    collecting = panel.collecting
    panel.auto.setChecked(True)
    url = collecting.url
    pids = {"window": os.getpid(), "training": window.session.controller.pid, "server": collecting.server.pid}

    def wait(seconds):
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def window_threads() -> dict:
        """The window process' threads: the GUI thread, each Python thread by its name, and the
        rest (Qt's own) together: name -> CPU seconds so far."""
        named = {t.native_id: t.name for t in threading.enumerate() if t.native_id != os.getpid()}
        seconds = {"GUI": cpu_seconds(os.getpid(), os.getpid()), "Qt's own": 0.0}
        for tid in map(int, os.listdir(f"/proc/{os.getpid()}/task")):
            if tid != os.getpid():
                name = named.get(tid, "Qt's own")
                seconds[name] = seconds.get(name, 0.0) + cpu_seconds(os.getpid(), tid)
        return seconds

    def memory() -> dict:
        return {name: (status_mb(pid, "VmRSS") or (float("nan"),))[0] for name, pid in pids.items()}

    def digits_bytes() -> tuple[float, float]:
        """What the accepted digits take by design, in MB: in the window (each digit's pixels in the
        set and in the gallery, the gallery's float32 input for the network, its strokes, their
        JSON, its gallery picture of one byte a pixel) and in the training process (their pixels)."""
        d = collecting.digits
        records = d.train.records + d.check.records
        strokes = sum(s.nbytes for r in records for s in r["strokes"])
        texts = sum(len(record_text(r)) for r in records[:50]) * len(records) / max(1, min(50, len(records)))
        side = panel.gallery.side
        return (len(d) * (2 * 784 + 4 * 784 + side * side) + strokes + texts) / 1e6, len(d) * 784 / 1e6

    phones = subprocess.Popen([sys.executable, __file__, "--phones-only", url, "--phones", str(args.phones),
                               "--every", str(args.every), "--seconds", str(args.seconds)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    pids["phones"] = phones.pid
    # The phones' lines are read in a thread of their own: a read in this (the GUI) thread stopped
    # the window for as long as the phones took to finish (up to ``--every`` s after a run): no
    # snapshot was taken meanwhile, and the next run counted the examples it had not seen. That
    # took a tenth from the runs with phones and gave it to those without (82% where it is ~100%).
    phone_lines: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=lambda: [phone_lines.put(line) for line in phones.stdout], daemon=True).start()

    def phones_say() -> str:
        """The phones' next line, the window's events handled while it comes."""
        while True:
            try:
                if line := phone_lines.get_nowait().strip():
                    return line
            except queue.Empty:
                wait(0.02)
    start_memory = memory()
    window.session.start()
    while phones_say() != "ready":
        pass
    wait(3)   # past the start

    runs = []

    def run(kind: str, seconds: float) -> dict:
        """One run: examples/s, each process' share of a core, the load at its end; B: the phones'.

        Measured from when the run is under way, to its end: in B once every phone has begun (they
        start one after another over the first ``--every`` seconds), in A once the last run's
        arrivals are in (a second)."""
        if kind == "B":
            phones.stdin.write("go\n")
            phones.stdin.flush()
        ramp = min(args.every if kind == "B" else 1.0, seconds / 2)
        wait(ramp)
        cpu = {name: cpu_seconds(pid) for name, pid in pids.items()}
        threads = window_threads()
        queued = waited(pids["training"])
        seen, t = window.session.latest.examples_seen, time.monotonic()
        wait(seconds - ramp)
        elapsed = time.monotonic() - t
        queued_now = waited(pids["training"])
        result = {"kind": kind, "speed": (window.session.latest.examples_seen - seen) / elapsed,
                  "waited": (queued_now[0] - queued[0]) / elapsed, "preempted": (queued_now[1] - queued[1]) / elapsed,
                  "load": os.getloadavg()[0],
                  "cpu": {name: (cpu_seconds(pid) - cpu[name]) / elapsed for name, pid in pids.items()},
                  "threads": {name: (s - threads.get(name, 0.0)) / elapsed for name, s in window_threads().items()}}
        if kind == "B":   # (the phones' last drawings are answered after this: they are not timed here)
            result["phones"] = json.loads(phones_say())
        runs.append(result)
        return result

    for round_number in range(args.rounds):
        run("A", args.baseline)
        run("B", args.seconds)
        if round_number == 0:
            wait(1)
            warm_memory, warm_digits = memory(), digits_bytes()
    run("A", args.baseline)
    wait(1)   # the last arrivals through the queue
    end_memory, end_digits = memory(), digits_bytes()
    window.session.pause()
    arrived = len(collecting.digits) + len(collecting.inbox)
    phones.stdin.close()
    phones.wait(timeout=10)

    # --- the figures ---
    results = [r for run_ in runs if run_["kind"] == "B" for r in run_["phones"]]
    ok = [r for r in results if r[0] == 202]
    numbers = [r[2] for r in ok]
    refused: dict[str, int] = {}
    for r in results:
        if r[0] != 202:
            refused[str(r[0])] = refused.get(str(r[0]), 0) + 1
    print(f"drawings sent {len(results)}, answered 202: {len(ok)}, distinct numbers {len(set(numbers))}, "
          f"in the class digits and queue: {arrived}; refused {refused or 'none'}   "
          f"(goal: every drawing arrives, none twice: {met(len(ok) == len(results) == len(set(numbers)) == arrived)})")

    times_ms = [r[1] * 1000 for r in results]
    p95 = percentile(times_ms, 95)
    per_run = ", ".join(f"{percentile([r[1] * 1000 for r in b['phones']], 95):.0f} ms (load {b['load']:.1f})"
                        for b in runs if b["kind"] == "B")
    print(f"response time p50 {percentile(times_ms, 50):.1f} ms, p95 {p95:.1f} ms, max {max(times_ms, default=float('nan')):.1f} ms; "
          f"p95 of each run with phones: {per_run}   (goal p95 < {GOALS['p95_ms']:.0f} ms: {met(p95 < GOALS['p95_ms'])})")

    without = statistics.median(r["speed"] for r in runs if r["kind"] == "A")
    with_phones = statistics.median(r["speed"] for r in runs if r["kind"] == "B")
    # Each run with phones against the mean of the runs just before and after it: the machine's
    # speed drifts by tens of percent within minutes here, and a pair of neighbours cancels a drift.
    pairs = [runs[i]["speed"] / ((runs[i - 1]["speed"] + runs[i + 1]["speed"]) / 2)
             for i in range(1, len(runs) - 1, 2)]
    share = statistics.median(pairs)
    print("training, examples/s of each run in order (and per second of the training process' CPU: "
          "what it did with the CPU it got): " + ", ".join(
              f"{r['kind']} {r['speed']:,.0f} ({r['speed'] / r['cpu']['training']:,.0f}; load {r['load']:.1f})"
              for r in runs))
    print("training, of each run in order: the share of the time it waited for a core, and how often "
          "a second it was put off one: " + ", ".join(
              f"{r['kind']} {r['waited']:.1%} ({r['preempted']:.0f}/s)" for r in runs))
    print(f"training with phones, median {with_phones:,.0f} examples/s, against {without:,.0f} without; "
          f"each run with phones against the two without beside it: {', '.join(f'{p:.0%}' for p in pairs)}; "
          f"their median {share:.1%}   (goal >= {GOALS['speed']:.0%}: {met(share >= GOALS['speed'])})")

    print("CPU, share of one core, median of the runs without / with phones: " + "; ".join(
        f"{name} {statistics.median(r['cpu'][name] for r in runs if r['kind'] == 'A'):.0%} / "
        f"{statistics.median(r['cpu'][name] for r in runs if r['kind'] == 'B'):.0%}" for name in pids))

    names = sorted({name for r in runs for name in r["threads"]}, key=lambda n: (n != "GUI", n))
    print("the window's threads, share of one core, median of the runs without / with phones: " + "; ".join(
        f"{name} {statistics.median(r['threads'].get(name, 0.0) for r in runs if r['kind'] == 'A'):.1%} / "
        f"{statistics.median(r['threads'].get(name, 0.0) for r in runs if r['kind'] == 'B'):.1%}" for name in names))

    digits_mb = {"window": end_digits[0] - warm_digits[0], "training": end_digits[1] - warm_digits[1], "server": 0.0}
    worst = 0.0
    parts = []
    for name in ("window", "training", "server"):
        beyond = (end_memory[name] - warm_memory[name] - digits_mb[name]) / warm_memory[name]
        worst = max(worst, beyond)
        parts.append(f"{name} {start_memory[name]:.0f} -> {warm_memory[name]:.0f} -> {end_memory[name]:.0f} "
                     f"(the digits accepted after warm-up take {digits_mb[name]:.1f}; beyond them {beyond:+.1%})")
    print(f"memory (VmRSS, MB) at the start -> after warm-up (the first round) -> at the end: " + "; ".join(parts)
          + f"   (goal: flat beyond the digits, < {GOALS['memory_growth']:.0%}: {met(worst < GOALS['memory_growth'])})")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    collecting.stop()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
