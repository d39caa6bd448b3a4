"""Frames while training runs: the weights' pictures in every frame, the charts at most CHARTS_FPS
times a second, and never left behind the newest snapshot for long."""

import time
from dataclasses import replace

import numpy as np

from mnist_visualizer.visualizer import frames
from mnist_visualizer.visualizer.frames import CHARTS_FPS


def test_the_weights_are_drawn_in_every_frame_and_the_charts_at_most_charts_fps(open_window, small_dataset,
                                                                                qtbot):
    w = open_window(small_dataset)
    w.session.start()
    qtbot.waitUntil(lambda: w.latest.examples_seen > 1000, timeout=10000)
    frames, maps, charts, start = w.display.frames, w.heatmaps.updates, w.plots.redraws, time.perf_counter()
    qtbot.wait(1500)
    frames, maps, charts = (w.display.frames - frames, w.heatmaps.updates - maps, w.plots.redraws - charts)
    seconds = time.perf_counter() - start
    w.session.pause()
    qtbot.waitUntil(lambda: not w.latest.running, timeout=5000)
    assert frames > 5 and maps >= frames
    assert 0 < charts <= min(frames, CHARTS_FPS * seconds + 2)
    # paused, the last frame's charts hold every loss the window was sent
    qtbot.wait(100)
    np.testing.assert_array_equal(w.plots.raw_curve.getOriginalDataset()[0], w.plots.loss_history.x)


def test_charts_left_out_of_a_frame_are_drawn_soon_after_without_one(open_window, small_dataset, qtbot,
                                                                     monkeypatch):
    """Slow motion: a snapshot that came too soon after the charts' last redraw for its frame to
    draw them is drawn anyway, though the next snapshot (and frame) may be seconds away."""
    monkeypatch.setattr(frames, "CHARTS_INTERVAL", 60.0)   # (however long the first frame takes)
    w = open_window(small_dataset)
    display, plots = w.display, w.plots
    first = w.latest
    for k in (1, 2):   # a step's snapshot (drawn whole), then one of training, a moment apart
        snap = replace(first, running=k == 2, examples_seen=k, updates=k, losses=np.array([2.0 + k], np.float32),
                       examples_at=np.array([k]), evaluations=())
        w.session.latest = snap
        display.on_snapshot(snap)
        display.draw_frame()
    assert plots.raw_curve.getOriginalDataset()[0][-1] == 1   # the second frame left the charts out...
    qtbot.waitUntil(lambda: plots.raw_curve.getOriginalDataset()[0][-1] == 2, timeout=1000)   # ...not for long
    assert not display.charts_timer.isActive()
