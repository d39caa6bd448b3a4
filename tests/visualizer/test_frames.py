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


def test_the_starts_box_stays_put_while_the_curves_under_it_stay_clear_of_it(qtbot):
    """Following the smoothed loss under it by a pixel a frame, the start's box had the loss chart
    painted twice a frame; it moves when the curves come near it, or leave it much room."""
    from tests.visualizer.test_chart_words import shown_plots
    from mnist_visualizer.visualizer.theme import NORMAL
    plots = shown_plots(qtbot, NORMAL, 1.0, 900, 760, epochs=10)
    zoom, h = plots.start_zoom, plots.loss_history
    assert zoom.view.isVisible()
    where = zoom.view.geometry()
    for k in range(5):   # training goes on, the smoothed curve shifts a little with each redraw
        h.extend(h.x[-1] + np.arange(1, 201) * 10.0, np.full(200, 0.27 - 0.005 * k, np.float32))
        plots._dirty = True
        plots.redraw()
        assert zoom.view.geometry() == where
    h.extend(h.x[-1] + np.arange(1, 2001) * 10.0, np.full(2000, 1.6, np.float32))   # a rise under it
    plots._dirty = True
    plots.redraw()
    assert not zoom.view.isVisible() or zoom.view.geometry().bottom() < where.bottom()
