"""Benchmark of collecting from a full classroom (not a test): issue 18's figures, each with its goal.

    python benchmarks/bench_collect.py [--phones 40] [--every 2] [--seconds 60] [--baseline 30]

The app as a class uses it, offscreen: the main window, training at full speed in its own process
(the app's default), and collecting on 127.0.0.1 with every digit accepted as it arrives (the
teacher's auto-accept: the folder saved, the gallery rebuilt and the digits sent to training, each
at most twice a second). First ``--baseline`` seconds of training with no phones; then
``--phones`` simulated phones, in a process of their own (aiohttp clients), each sending a drawing
of ~150 points every ``--every`` seconds (staggered) for ``--seconds`` seconds; then the baseline
again. Printed, each with its goal:

- every drawing arrives, none twice: 202 answers, their distinct numbers, and the class digits +
  the waiting queue at the end (all equal, none refused);
- response time: p50, p95, max (goal p95 < 200 ms);
- training speed with phones against without (the mean of the two baselines; goal >= 90%);
- memory: this process (the window's) and the training process' VmRSS, sampled every 2 s while the
  phones send: after the first 10 s and at the end (goal: flat, < 10% growth beyond what the class
  digits themselves take).

The machine is shared: compare figures within one run. The first line prints the load.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time

GOALS = {"p95_ms": 200.0, "speed": 0.90, "memory_growth": 0.10}


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


async def phone(session, url: str, name: str, every: float, seconds: float, delay: float, results: list):
    import numpy as np

    rng = np.random.default_rng(abs(hash(name)) % 2**32)
    await asyncio.sleep(delay)
    end = time.monotonic() + seconds - delay
    while time.monotonic() < end:
        due = time.monotonic() + every
        body = json.dumps(drawing(rng))
        start = time.perf_counter()
        try:
            async with session.post(url + "drawings", data=body, headers={"X-Device": name,
                                                                          "Content-Type": "application/json"}) as r:
                answer = await r.json()
                results.append((r.status, time.perf_counter() - start, answer.get("received")))
        except Exception as exc:  # noqa: BLE001  (counted as lost)
            results.append((type(exc).__name__, time.perf_counter() - start, None))
        await asyncio.sleep(max(0.0, due - time.monotonic()))


async def all_phones(url: str, phones: int, every: float, seconds: float) -> list:
    import aiohttp

    results: list = []
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        await asyncio.gather(*(phone(session, url, f"phone{i}", every, seconds, every * i / phones, results)
                               for i in range(phones)))
    return results


def phones_main(url: str, phones: int, every: float, seconds: float) -> None:
    print(json.dumps(asyncio.run(all_phones(url, phones, every, seconds))))


# --- the app (this process) -----------------------------------------------------------------------

def percentile(values, q):
    import numpy as np
    return float(np.percentile(values, q)) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--every", type=float, default=2.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--baseline", type=float, default=30.0)
    parser.add_argument("--phones-only", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phones_only:
        phones_main(args.phones_only, args.phones, args.every, args.seconds)
        return 0

    import mnist_visualizer.visualizer  # noqa: F401  (the app's BLAS thread default before numpy)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from mnist_visualizer.core.data import load_dataset
    from mnist_visualizer.core.live.memory import status_mb
    from mnist_visualizer.core.training import TrainConfig
    from mnist_visualizer.visualizer.window import MainWindow

    print(f"load average {os.getloadavg()}, {os.cpu_count()} CPUs; {args.phones} phones, a drawing "
          f"each every {args.every:g} s for {args.seconds:g} s; baselines of {args.baseline:g} s")
    app = QApplication([])
    folder = tempfile.mkdtemp(prefix="bench-collect-")
    window = MainWindow(load_dataset(train_images=False), TrainConfig(), settings=None)
    window.collect_options = {"folder": f"{folder}/class-digits", "host": "127.0.0.1", "port": 0}
    window.show()
    window.show_collecting()
    panel = window.collect
    panel.auto.setChecked(True)
    url = panel.collecting.url

    def wait(seconds, every=None):
        loop = QEventLoop()
        timer = QTimer()
        if every is not None:
            timer.timeout.connect(every)
            timer.start(2000)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        timer.stop()

    def examples_per_second(seconds) -> float:
        start, t = window.session.latest.examples_seen, time.monotonic()
        wait(seconds)
        return (window.session.latest.examples_seen - start) / (time.monotonic() - t)

    window.session.start()
    wait(3)   # past the start
    before = examples_per_second(args.baseline)

    phones = subprocess.Popen([sys.executable, __file__, "--phones-only", url, "--phones", str(args.phones),
                               "--every", str(args.every), "--seconds", str(args.seconds)],
                              stdout=subprocess.PIPE, text=True)
    trainer_pid = window.session.controller.pid
    memory = []

    def sample():
        memory.append((time.monotonic(), status_mb("self", "VmRSS")[0], status_mb(trainer_pid, "VmRSS")[0]))

    start, seen = time.monotonic(), window.session.latest.examples_seen
    wait(args.seconds, every=sample)
    during = (window.session.latest.examples_seen - seen) / (time.monotonic() - start)
    while phones.poll() is None:
        wait(0.2)
    results = json.loads(phones.stdout.read())
    wait(1)   # the last arrivals through the queue
    after = examples_per_second(args.baseline)
    window.session.pause()
    arrived = len(panel.collecting.digits) + len(panel.collecting.inbox)

    ok = [r for r in results if r[0] == 202]
    numbers = [r[2] for r in ok]
    times_ms = [r[1] * 1000 for r in results]
    refused = {}
    for r in results:
        if r[0] != 202:
            refused[str(r[0])] = refused.get(str(r[0]), 0) + 1
    baseline = (before + after) / 2
    p95 = percentile(times_ms, 95)
    print(f"drawings sent {len(results)}, answered 202: {len(ok)}, distinct numbers {len(set(numbers))}, "
          f"in the class digits and queue: {arrived}; refused {refused or 'none'}   "
          f"(goal: every drawing arrives, none twice: {'met' if len(ok) == len(results) == len(set(numbers)) == arrived else 'NOT met'})")
    print(f"response time p50 {percentile(times_ms, 50):.1f} ms, p95 {p95:.1f} ms, max {max(times_ms):.1f} ms   "
          f"(goal p95 < {GOALS['p95_ms']:.0f} ms: {'met' if p95 < GOALS['p95_ms'] else 'NOT met'})")
    share = during / baseline if baseline else float("nan")
    print(f"training: {before:,.0f} examples/s before the phones, {during:,.0f} with them, {after:,.0f} after: "
          f"{share:.1%} of without   (goal >= {GOALS['speed']:.0%}: {'met' if share >= GOALS['speed'] else 'NOT met'})")
    settled = [m for m in memory if m[0] - memory[0][0] >= 10] or memory
    settled = [(m[0] - memory[0][0], m[1], m[2]) for m in settled]
    growth_window = settled[-1][1] / settled[0][1] - 1
    growth_trainer = settled[-1][2] / settled[0][2] - 1
    # what each accepted digit takes by design: its pixels and strokes, and its gallery picture (84x84 RGBA)
    digits_mb = arrived * (784 + 2500 + 84 * 84 * 4) / 1e6
    beyond = (settled[-1][1] - settled[0][1] - digits_mb * (1 - settled[0][0] / max(settled[-1][0], 1e-9))) / settled[0][1]
    print(f"memory (VmRSS, MB) from 10 s into the phones to their end: window {settled[0][1]:.0f} -> "
          f"{settled[-1][1]:.0f} ({growth_window:+.1%}), training process {settled[0][2]:.0f} -> "
          f"{settled[-1][2]:.0f} ({growth_trainer:+.1%}); the {arrived} class digits themselves (pixels, strokes, "
          f"gallery pictures) ~{digits_mb:.1f} MB; the window beyond them {beyond:+.1%}   "
          f"(goal: flat beyond the digits, < {GOALS['memory_growth']:.0%}: "
          f"{'met' if max(beyond, growth_trainer) < GOALS['memory_growth'] else 'NOT met'})")
    print("samples (s, window MB, trainer MB): " + ", ".join(f"({m[0] - memory[0][0]:.0f}, {m[1]:.0f}, {m[2]:.0f})"
                                                           for m in memory[::5]))
    panel.collecting.stop()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
