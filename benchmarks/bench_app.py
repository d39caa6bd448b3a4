"""Benchmark of the live app (not a test): display rate and training speed with the window drawing,
against the headless trainer, and the latency from a canvas mouse move to updated bars.

    python benchmarks/bench_app.py [--seconds 10]

Runs offscreen unless DISPLAY is set (then in that X server, e.g. under xvfb-run). Goals (issue 3):
>= 30 display updates/s, canvas p95 <= 30 ms, training at >= 70% of headless speed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

import mnist_visualizer.visualizer  # noqa: F401  (sets the app's BLAS thread default before numpy loads)

import numpy as np

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from mnist_visualizer.core.data import load_dataset
from mnist_visualizer.core.model import SoftmaxRegression
from mnist_visualizer.core.training import TrainConfig, Trainer
from mnist_visualizer.visualizer.window import MainWindow


def headless_rate(dataset, config: TrainConfig, seconds: float) -> float:
    """Examples/s of the core trainer alone, in chunks like the worker's."""
    trainer = Trainer(SoftmaxRegression(config.seed), dataset, TrainConfig(**vars(config)))
    chunk = max(1, 1500 // config.batch_size)
    trainer.train(chunk)  # warm up
    start, seen = time.perf_counter(), trainer.examples_seen
    while time.perf_counter() - start < seconds:
        trainer.train(chunk)
    return (trainer.examples_seen - seen) / (time.perf_counter() - start)


def pump(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def live_rates(app, window: MainWindow, seconds: float):
    window.start_training()
    pump(app, 1.5)  # warm up: first epoch's evaluations, plots filling
    seen0, frames0, t0 = window.latest.examples_seen, window.frames, time.perf_counter()
    pump(app, seconds)
    dt = time.perf_counter() - t0
    return (window.latest.examples_seen - seen0) / dt, (window.frames - frames0) / dt


def canvas_latency(app, window: MainWindow, moves: int = 300):
    """Milliseconds from a mouse-move event on the canvas to the bars updated and painted."""
    canvas = window.canvas
    r = canvas.sheet_rect()

    def send(kind, fx, fy, button=Qt.LeftButton, buttons=Qt.LeftButton):
        pos = QPointF(r.x() + fx * r.width(), r.y() + fy * r.height())
        QApplication.sendEvent(canvas, QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons,
                                                   Qt.NoModifier))

    times = []
    angles = np.linspace(0, 6 * np.pi, moves)
    send(QEvent.MouseButtonPress, 0.5, 0.2)
    for a in angles:
        updates = window.bars.updates
        t0 = time.perf_counter()
        send(QEvent.MouseMove, 0.5 + 0.3 * np.sin(a), 0.5 - 0.3 * np.cos(a), Qt.NoButton)
        window.bars.plot.repaint()  # paint now, as the next frame would
        window.canvas.repaint()
        times.append((time.perf_counter() - t0) * 1000)
        assert window.bars.updates > updates
        app.processEvents()
        time.sleep(0.01)  # a hand moves the mouse ~100 times a second
    send(QEvent.MouseButtonRelease, 0.5, 0.2, buttons=Qt.NoButton)
    return np.array(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--batch-size", type=int, default=1)
    args = parser.parse_args()

    dataset = load_dataset()
    config = TrainConfig(learning_rate=0.01 if args.batch_size == 1 else 0.5, batch_size=args.batch_size)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"platform   {platform.platform()}, {os.cpu_count()} CPUs, Qt platform "
          f"{app.platformName()}, python {platform.python_version()}, numpy {np.__version__}, "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}")
    print(f"training   batch size {config.batch_size}, learning rate {config.learning_rate}, "
          f"{args.seconds:g} s per measurement\n")

    headless = headless_rate(dataset, config, args.seconds)
    window = MainWindow(dataset, config)
    window.resize(1280, 800)
    window.show()
    pump(app, 0.5)
    live, fps = live_rates(app, window, args.seconds)
    latency = canvas_latency(app, window)  # while training still runs at full speed
    window.pause_training()
    idle_latency = canvas_latency(app, window, moves=100)
    window.close()

    ratio = live / headless
    print(f"headless trainer                {headless:>12,.0f} examples/s")
    print(f"live app, window drawing        {live:>12,.0f} examples/s   ({ratio:.0%} of headless; goal >= 70%)")
    print(f"display updates                 {fps:>12.1f} per second   (goal >= 30)")
    print(f"canvas move -> bars, training   median {np.median(latency):6.2f} ms   p95 "
          f"{np.percentile(latency, 95):6.2f} ms   max {latency.max():6.2f} ms   (goal p95 <= 30 ms)")
    print(f"canvas move -> bars, paused     median {np.median(idle_latency):6.2f} ms   p95 "
          f"{np.percentile(idle_latency, 95):6.2f} ms")


if __name__ == "__main__":
    main()
