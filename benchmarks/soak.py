"""Soak benchmark (not a test): full-speed training with the window drawing and strokes on the
canvas, a third of the time each with the one-layer network, the hidden layer (H = 128) and the
convolution (8 filters of 5 x 5), sampling
resident memory, peak resident memory (the same peak RSS MB as `--quit-after`'s peak_rss_mb, for the
window's process and for its training process) and the display rate every 10 s.

    python benchmarks/soak.py --minutes 10

Goals (issues 5 and 11): memory growth under 10% after each network's first minute; peak RSS
<= 250 MB; display rate steady. The test suite runs a 90-second version of the same `run_soak`
(tests/visualizer/test_soak.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import NamedTuple

import mnist_visualizer.visualizer  # noqa: F401  (the app's BLAS thread default, before numpy loads)

import numpy as np

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def resident_mb() -> float:
    """This process's resident memory (Linux /proc), in MB."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


class SoakSample(NamedTuple):
    """One sample: seconds since the start, the network trained, resident and peak resident memory
    (MB), display updates a second over the last interval, examples seen in the network's run."""

    t: float
    network: str
    rss_mb: float
    peak_rss_mb: float
    trainer_rss_mb: float       # the training process' (NaN when training runs in a thread)
    trainer_peak_rss_mb: float
    display_rate: float
    examples_seen: int


def stroke(canvas, rng) -> None:
    """A short scribble of real mouse events, then a clear now and then."""
    r = canvas.sheet_rect()

    def send(kind, button, buttons):
        fx, fy = rng.uniform(0.2, 0.8, 2)
        pos = QPointF(r.x() + fx * r.width(), r.y() + fy * r.height())
        QApplication.sendEvent(canvas, QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons,
                                                   Qt.NoModifier))

    send(QEvent.MouseButtonPress, Qt.LeftButton, Qt.LeftButton)
    for _ in range(5):
        send(QEvent.MouseMove, Qt.NoButton, Qt.LeftButton)
    send(QEvent.MouseButtonRelease, Qt.LeftButton, Qt.NoButton)
    if rng.random() < 0.2:
        canvas.clear()


def run_soak(window, seconds: float, sample_every: float = 10.0, report=None, networks=None):
    """Train at full speed for ``seconds`` with strokes ~20 times a second, the time split evenly
    between ``networks`` (Architectures, in order; default: the window's own); returns SoakSamples."""
    from mnist_visualizer.core.live.memory import peak_rss_mb

    app = QApplication.instance()
    rng = np.random.default_rng(0)
    networks = list(networks) if networks else [window.architecture]
    share = seconds / len(networks)
    samples = []
    start = time.perf_counter()
    for k, architecture in enumerate(networks):
        if architecture != window.architecture:
            window.session.set_network(architecture)  # a new run of the other network, from fresh weights
        window.session.start()
        last = time.perf_counter()
        frames = window.display.frames
        next_stroke = last
        end = start + share * (k + 1)
        while (now := time.perf_counter()) < end:
            app.processEvents()
            if now >= next_stroke:
                stroke(window.canvas, rng)
                next_stroke = now + 0.05
            if now - last >= sample_every:
                memory = getattr(window.session.controller, "memory_mb", lambda: None)() or (np.nan, np.nan)
                sample = SoakSample(now - start, architecture.describe(), resident_mb(), peak_rss_mb(),
                                    *memory, (window.display.frames - frames) / (now - last),
                                    window.latest.examples_seen)
                samples.append(sample)
                if report:
                    report(sample)
                frames, last = window.display.frames, now
            time.sleep(0.002)
        window.session.pause()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="in all, split between the networks")
    args = parser.parse_args()

    from mnist_visualizer.core.data import load_dataset
    from mnist_visualizer.core.networks import Convolution, HiddenLayer, OneLayer
    from mnist_visualizer.core.training import TrainConfig
    from mnist_visualizer.visualizer.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    window = MainWindow(load_dataset(), TrainConfig())
    window.show()
    print(f"{'t (s)':>7} {'network':>26} {'RSS (MB)':>9} {'peak (MB)':>10} {'trainer RSS':>12} "
          f"{'trainer peak':>13} {'display/s':>10} {'examples seen':>14}")
    samples = run_soak(window, args.minutes * 60, networks=(OneLayer(), HiddenLayer(128), Convolution((8,))),
                       report=lambda s: print(f"{s.t:7.0f} {s.network:>26} {s.rss_mb:9.1f} {s.peak_rss_mb:10.1f} "
                                              f"{s.trainer_rss_mb:12.1f} {s.trainer_peak_rss_mb:13.1f} "
                                              f"{s.display_rate:10.1f} {s.examples_seen:14,}", flush=True))
    window.close()
    print()
    for network in dict.fromkeys(s.network for s in samples):
        mine = [s for s in samples if s.network == network]
        settled = [s for s in mine if s.t - mine[0].t >= 60 - 10] or mine  # after its first minute
        base, end = settled[0].rss_mb, mine[-1].rss_mb
        rates = np.array([s.display_rate for s in mine])
        print(f"{network}: memory after its first minute {base:.1f} MB, at its end {end:.1f} MB: growth "
              f"{100 * (end - base) / base:+.1f}% (goal < 10%); peak RSS {mine[-1].peak_rss_mb:.1f} MB "
              f"(goal <= 250 MB), the training process' {mine[-1].trainer_peak_rss_mb:.1f} MB, together "
              f"{mine[-1].peak_rss_mb + mine[-1].trainer_peak_rss_mb:.1f} MB; display rate median {np.median(rates):.1f}/s, min {rates.min():.1f}/s, "
              f"max {rates.max():.1f}/s")


if __name__ == "__main__":
    main()
