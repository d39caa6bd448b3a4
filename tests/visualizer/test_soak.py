"""A 60-second soak: full-speed training, the window drawing, strokes on the canvas.
(benchmarks/soak.py runs the same for 10 minutes and prints the figures.)"""

import numpy as np

from benchmarks.soak import run_soak
from mnist_visualizer.core.data import load_dataset
from mnist_visualizer.core.training import TrainConfig
from mnist_visualizer.visualizer.window import MainWindow


def test_sixty_seconds_of_training_drawing_and_strokes(qtbot):
    w = MainWindow(load_dataset(), TrainConfig())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.controller.snapshots_received > 0, timeout=3000)
    samples = run_soak(w, seconds=60, sample_every=10)
    w.close()
    assert len(samples) >= 5
    t, rss, rate, seen = map(np.array, zip(*samples))
    # memory: after the first 20 s (plots filled, caches warm) it grows less than 10%
    assert rss[-1] < 1.10 * rss[1], rss
    # display rate steady: no interval falls below half the median, and frames keep coming
    assert rate.min() > 0.5 * np.median(rate) and np.median(rate) > 5, rate
    assert np.all(np.diff(seen) > 0)
    assert np.isfinite(w.latest.W).all()
