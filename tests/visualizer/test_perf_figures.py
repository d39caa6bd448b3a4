"""The figures issue 11 is measured by (--quit-after's first_frame_seconds and peak_rss_mb), and the
cheap-redraw paths: they must say what they claim, and show what they showed before."""

import json
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from mnist_visualizer.core.metrics import robust_symmetric_limit
from mnist_visualizer.core.model import NetworkWeights, build_network
from mnist_visualizer.core.networks import HiddenLayer
from mnist_visualizer.core.live.memory import peak_rss_mb, seconds_since_process_start
from mnist_visualizer.visualizer.hidden_units import PAGE, HiddenUnitsView
from mnist_visualizer.visualizer.mosaic import MapMosaic
from mnist_visualizer.visualizer.plots import top_percentile
from mnist_visualizer.visualizer.theme import Looks


def resident_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_process_age_and_peak_memory_are_this_process():
    age = seconds_since_process_start()
    # pytest has run for a while, but not for hours; and the clock moves on
    assert 0.2 < age < 3600
    time.sleep(0.05)
    assert seconds_since_process_start() >= age + 0.04
    before = peak_rss_mb()
    assert before >= resident_mb() * 0.99
    block = np.ones(40_000_000, np.uint8)  # 40 MB touched: the high-water mark must see it
    assert peak_rss_mb() >= max(before, resident_mb() * 0.99)
    assert peak_rss_mb() > 40 and block.sum() == 40_000_000


def test_quit_after_reports_first_frame_and_peak_memory():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings",
                             "--quit-after", "1.5", "--hidden", "16"], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.strip().splitlines()[-1])
    # the first frame comes after the interpreter started and before the app quit
    assert 0.05 < record["first_frame_seconds"] < 1.5 + 30
    # numpy, Qt, pyqtgraph and the test set: more than 100 MB, and surely under 2 GB; not the test
    # runner's memory (ru_maxrss would carry the parent's over)
    assert 100 < record["peak_rss_mb"] < 2000
    # the training process' own peak (numpy and the training images: more than 55 MB), told as it
    # ended, and the two added up
    assert 55 < record["trainer_peak_rss_mb"] < record["total_peak_rss_mb"] < 4000
    assert record["total_peak_rss_mb"] == pytest.approx(record["peak_rss_mb"] + record["trainer_peak_rss_mb"])
    # both processes' memory with shared pages counted once: less than the two peaks added up
    assert 100 < record["footprint_mb"] < record["total_peak_rss_mb"]
    # what the options asked for, and what the window trained
    assert record["options"] == {"no_settings": True, "quit_after": 1.5, "hidden": 16}
    assert record["network"] == "hidden 16 ReLU" and record["speed"] == "full"


def test_the_colour_bar_follows_the_limit_and_says_when_it_clips(qtbot):
    mosaic = MapMosaic(10, 5)
    qtbot.addWidget(mosaic)
    rng = np.random.default_rng(0)
    maps = rng.normal(size=(784, 10)).astype(np.float32)
    for scale in (1.0, 1.001, 1.5, 0.2):  # a tiny change, then real ones
        mosaic.set_maps(maps * scale)
        limit = robust_symmetric_limit(maps * scale, 99)
        np.testing.assert_allclose(mosaic.image.levels, [-limit, limit], rtol=1e-6)
        # the bar's ends within 1% of the image's, labelled as the image's limit
        low, high = mosaic.colorbar.levels()
        assert high == pytest.approx(limit, rel=0.01) and low == pytest.approx(-limit, rel=0.01)
        ticks = [text for _, text in mosaic.colorbar.axis._tickLevels[0]]
        assert ticks[-1] == f"≥ {limit:.2g}" and ticks[0] == f"≤ −{limit:.2g}"


def test_panels_are_the_maps_columns(qtbot):
    mosaic = MapMosaic(13, 5, titled=False)
    qtbot.addWidget(mosaic)
    maps = np.arange(784 * 13, dtype=np.float32).reshape(784, 13)
    mosaic.set_maps(maps)
    assert not mosaic.title_items
    for j in range(13):
        np.testing.assert_array_equal(mosaic.panel(j), maps[:, j].reshape(28, 28))
    # gaps and title strips stay empty (NaN: drawn transparent)
    shown = np.isfinite(mosaic.image.image).sum()
    assert shown == maps.size
    assert "map 3" in mosaic.read_out(2, 0, 0)


def test_hidden_units_show_the_most_influential_columns_of_W1(qtbot):
    view = HiddenUnitsView()
    qtbot.addWidget(view)
    weights = NetworkWeights.of(build_network(HiddenLayer(100), seed=3))
    view.set_weights(weights)
    W1, W2 = weights.params["W1"], weights.params["W2"]
    order = np.argsort(-np.linalg.norm(W2, axis=1), kind="stable")[:PAGE]
    np.testing.assert_array_equal(view.units, order)
    for i in (0, PAGE // 2, PAGE - 1):
        np.testing.assert_array_equal(view.mosaic.panel(i), W1[:, order[i]].reshape(28, 28))
    assert view.mosaic.read_out(0, 3, 4).startswith(f"unit {order[0] + 1}: pixel (row 3, col 4)")


@pytest.mark.parametrize("n", [1, 50, 51, 4096])
def test_the_loss_axis_top_is_near_the_99th_percentile(n):
    y = np.random.default_rng(n).exponential(size=n).astype(np.float32)
    top = top_percentile(y)
    if n <= 50:
        assert top == y.max()
    else:
        # the order statistic just under the interpolated 99th percentile
        assert top == np.percentile(y, 99, method="lower") <= np.percentile(y, 99)


def test_looks_change_rescales_a_map_that_has_not_changed(qtbot):
    mosaic = MapMosaic(10, 5)
    qtbot.addWidget(mosaic)
    maps = np.random.default_rng(1).normal(size=(784, 10)).astype(np.float32)
    maps[0, 0] = 50.0
    mosaic.set_maps(maps)
    mosaic.set_looks(Looks(full_range=True))
    assert mosaic.limit == pytest.approx(50.0)
    assert mosaic.colorbar.levels()[1] == pytest.approx(50.0)
