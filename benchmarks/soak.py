"""Soak benchmark (not a test): full-speed training with the window drawing and strokes on the
canvas, sampling resident memory and display rate every 10 s.

    python benchmarks/soak.py --minutes 10

Goal (issue 5): memory growth under 10% after the first minute; display rate steady. The test
suite runs a 60-second version of the same `run_soak` (tests/visualizer/test_soak.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

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


def run_soak(window, seconds: float, sample_every: float = 10.0, report=None):
    """Train at full speed for ``seconds`` with strokes ~20 times a second; returns samples
    (t, resident MB, display updates/s over the last interval, examples seen)."""
    app = QApplication.instance()
    rng = np.random.default_rng(0)
    window.start_training()
    start = last = time.perf_counter()
    frames = window.frames
    samples = []
    next_stroke = start
    while (now := time.perf_counter()) - start < seconds:
        app.processEvents()
        if now >= next_stroke:
            stroke(window.canvas, rng)
            next_stroke = now + 0.05
        if now - last >= sample_every:
            sample = (now - start, resident_mb(), (window.frames - frames) / (now - last),
                      window.latest.examples_seen)
            samples.append(sample)
            if report:
                report(sample)
            frames, last = window.frames, now
        time.sleep(0.002)
    window.pause_training()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()

    from mnist_visualizer.core.data import load_dataset
    from mnist_visualizer.core.training import TrainConfig
    from mnist_visualizer.visualizer.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    window = MainWindow(load_dataset(), TrainConfig())
    window.show()
    print(f"{'t (s)':>7} {'RSS (MB)':>9} {'display/s':>10} {'examples seen':>14}")
    samples = run_soak(window, args.minutes * 60, report=lambda s: print(
        f"{s[0]:7.0f} {s[1]:9.1f} {s[2]:10.1f} {s[3]:14,}", flush=True))
    window.close()
    after_first_minute = [s for s in samples if s[0] >= 60] or samples
    base, end = after_first_minute[0][1], samples[-1][1]
    rates = np.array([s[2] for s in samples])
    print(f"\nmemory after the first minute {base:.1f} MB, at the end {end:.1f} MB: "
          f"growth {100 * (end - base) / base:+.1f}% (goal < 10%)")
    print(f"display rate: median {np.median(rates):.1f}/s, min {rates.min():.1f}/s, max {rates.max():.1f}/s")


if __name__ == "__main__":
    main()
