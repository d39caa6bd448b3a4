"""Benchmark of the pipe to the training process (not a test): issue 16's figures, each with its goal.

    python benchmarks/bench_pipe.py [--seconds 15] [--speeds full,1000,100,10] [--only "hidden 512"]

Drives the real `ProcessTrainingController` (the app's default) in a Qt event loop with no window,
for the one-layer network and hidden 512 (batch size 1, the suggested learning rate), at each speed:

- the training process' memory: its VmRSS sampled every 0.2 s (after the first second, and at the
  end: flat means the end is no higher than after the first second), and its own peak (VmHWM, as
  it reports when it stops); this process' (the window's side) after the first second and at the end;
- the achieved update rate against the one asked for (goal: >= 90%, where the headless trainer
  could go faster), and at full speed against the headless trainer alone;
- snapshots received a second;
- then a slow window: the GUI thread busy 50 ms with each snapshot. The snapshots slow down to
  what it takes, the training does not, and the training process' memory stays flat;
- first, a hidden-512 snapshot's round trip through an OS pipe (written in one thread, read in
  another): what the .npy framing costs.

The machine is shared: compare figures within one run. The first line prints the load.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import threading
import time
from dataclasses import replace

import mnist_visualizer.visualizer  # noqa: F401  (sets the app's BLAS thread default before numpy loads)

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from mnist_visualizer.core.data import load_dataset
from mnist_visualizer.core.live.memory import peak_rss_mb, status_mb
from mnist_visualizer.core.live.messages import read_message, write_message
from mnist_visualizer.core.live.training_loop import fresh_snapshot
from mnist_visualizer.core.model import Architecture, NetworkWeights, build_network
from mnist_visualizer.core.networks import HiddenLayer, OneLayer
from mnist_visualizer.core.training import EvalMetrics, TrainConfig, Trainer, suggested_learning_rate
from mnist_visualizer.visualizer.worker import FULL_SPEED, ProcessTrainingController

NETWORKS = {"one layer": OneLayer(), "hidden 512": HiddenLayer(512, "relu")}
GOALS = {"rate": 0.90, "full": 0.80, "trainer_peak": 300.0}
BUSY_SECONDS = 0.05  # the slow window's work per snapshot


def run_loop(seconds: float, every=None) -> None:
    """Let Qt's event loop run for a while, calling ``every`` five times a second."""
    loop = QEventLoop()
    timer = None
    if every is not None:
        timer = QTimer()
        timer.timeout.connect(every)
        timer.start(200)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    if timer is not None:
        timer.stop()


def round_trip_ms(count: int = 200, trials: int = 5) -> list[float]:
    """Milliseconds per hidden-512 snapshot (1.6 MB of weights, an evaluation of MNIST's 10,000
    test examples, 500 losses) written to an OS pipe in one thread and read in another."""
    weights = NetworkWeights.of(build_network(HiddenLayer(512), 0))
    snapshot = replace(fresh_snapshot(weights, TrainConfig(), 1),
                       evaluations=(EvalMetrics(0.1, 0.9, 0, 0, np.zeros(10_000, np.int64)),),
                       losses=np.zeros(500, np.float32), examples_at=np.arange(500))
    times = []
    for _ in range(trials):
        r, w = os.pipe()
        with os.fdopen(r, "rb") as reader, os.fdopen(w, "wb") as writer:
            def write_all():
                for _ in range(count):
                    write_message(writer, ("snapshot", snapshot))
                writer.close()

            thread = threading.Thread(target=write_all)
            t0 = time.perf_counter()
            thread.start()
            while read_message(reader) is not None:
                pass
            times.append((time.perf_counter() - t0) / count * 1000)
            thread.join()
    return times


def headless_rate(architecture: Architecture, config: TrainConfig, seconds: float) -> float:
    """Examples/s of the core trainer alone, in ~10 ms chunks like the loop's."""
    trainer = Trainer(build_network(architecture, config.seed), load_dataset(), config)
    trainer.train(500)  # warm up
    start, seen, rate = time.perf_counter(), trainer.examples_seen, 20_000.0
    while time.perf_counter() - start < seconds:
        rate = trainer.train(max(1, int(rate * 0.01))).examples_per_second
    return (trainer.examples_seen - seen) / (time.perf_counter() - start)


def measure(architecture: Architecture, speed: float, seconds: float, busy: float = 0.0) -> dict:
    config = TrainConfig(learning_rate=suggested_learning_rate(1, architecture), batch_size=1)
    controller = ProcessTrainingController(load_dataset(train_images=False), config,
                                           build_network(architecture, 0))
    errors = []
    controller.errored.connect(errors.append)
    if busy:
        controller.snapshot_ready.connect(lambda _snapshot: time.sleep(busy))
    controller.start_thread()
    run_loop(1.0)  # the process starts and reads MNIST
    controller.set_speed(speed)
    controller.start()
    run_loop(1.0)  # the first evaluations, the rate measured
    rss, own = [], []

    def sample():
        found = controller.memory_mb()
        if found is not None:
            rss.append(found[0])
        own.append(status_mb("self", "VmRSS")[0])  # the window's side: no queue may grow here either

    sample()
    seen0, updates0 = controller.latest.examples_seen, controller.latest.updates
    snaps0 = controller.snapshots_received
    t0 = time.perf_counter()
    run_loop(seconds, every=sample)
    dt = time.perf_counter() - t0
    sample()
    last = controller.latest
    peak_now = status_mb(controller.pid, "VmHWM")[0] if controller.pid else float("nan")
    controller.stop()
    return dict(rate=(last.updates - updates0) / dt, examples=(last.examples_seen - seen0) / dt,
                snapshots=(controller.snapshots_received - snaps0) / dt, rss_first=rss[0], rss_last=rss[-1],
                rss_max=max(rss), peak=controller.peak_rss_mb or peak_now, errors=errors,
                own_first=own[0], own_last=own[-1],
                seen=last.examples_seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15.0, help="per measurement")
    parser.add_argument("--speeds", default="full,1000,100,10",
                        help="updates/s, comma-separated; full = as fast as it goes")
    parser.add_argument("--only", choices=sorted(NETWORKS), help="one network only")
    parser.add_argument("--no-slow-window", action="store_true", help="skip the busy-window runs")
    args = parser.parse_args()
    speeds = [FULL_SPEED if s.strip() == "full" else float(s) for s in args.speeds.split(",")]
    networks = {n: a for n, a in NETWORKS.items() if args.only in (None, n)}

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # noqa: F841
    print(f"platform   {platform.platform()}, {os.cpu_count()} CPUs, python {platform.python_version()}, "
          f"numpy {np.__version__}, load {os.getloadavg()[0]:.2f}; {args.seconds:g} s per measurement, "
          f"batch size 1", flush=True)
    trips = round_trip_ms()
    print(f"hidden-512 snapshot round trip through a pipe: median {np.median(trips):.2f} ms, best "
          f"{min(trips):.2f} ms", flush=True)
    print(f"{'network':<11}{'speed':>8}{'updates/s':>11}{'of asked':>9}{'snaps/s':>9}"
          f"{'RSS 1st s':>11}{'RSS end':>9}{'RSS max':>9}{'peak':>8}{'window RSS':>16}   goal")
    for name, architecture in networks.items():
        config = TrainConfig(learning_rate=suggested_learning_rate(1, architecture), batch_size=1)
        headless = headless_rate(architecture, config, min(args.seconds, 5.0))
        print(f"{name:<11}{'headless':>8}{headless:>11,.0f}", flush=True)
        runs = [(speed, 0.0) for speed in speeds]
        if not args.no_slow_window:
            runs += [(FULL_SPEED, BUSY_SECONDS), (1000, BUSY_SECONDS)]
        for speed, busy in runs:
            r = measure(architecture, speed, args.seconds, busy)
            asked = speed if speed != FULL_SPEED else headless
            ratio = r["rate"] / asked
            if speed == FULL_SPEED:
                goal = f">= {GOALS['full']:.0%} of headless (issue 11)"
            else:
                goal = f">= {GOALS['rate']:.0%} of asked" if asked < headless else "(headless is slower)"
            label = ("full" if speed == FULL_SPEED else f"{speed:g}") + (" busy" if busy else "")
            print(f"{'':<11}{label:>8}{r['rate']:>11,.0f}{ratio:>9.0%}{r['snapshots']:>9.1f}"
                  f"{r['rss_first']:>9.0f}MB{r['rss_last']:>7.0f}MB{r['rss_max']:>7.0f}MB{r['peak']:>6.0f}MB"
                  f"{r['own_first']:>8.0f}->{r['own_last']:.0f}MB"
                  f"   {goal}; peak <= {GOALS['trainer_peak']:.0f} MB; RSS flat"
                  + (f"  ERRORS: {r['errors']}" if r["errors"] else ""), flush=True)
    print(f"this process' peak: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
