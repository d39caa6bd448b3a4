"""Training in a process of its own: the real process, driven through its controller."""

import os
import signal
import subprocess
import sys
import threading
import time

import numpy as np
import pytest

from mnist_visualizer.core.data import load_dataset
from mnist_visualizer.core.model import NetworkWeights, build_network
from mnist_visualizer.core.networks import HiddenLayer, OneLayer
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.visualizer.worker import ProcessTrainingController


@pytest.fixture
def process_controller(qtbot, small_dataset, config):
    c = ProcessTrainingController(small_dataset, config, max_rate=60)
    c.received, c.errors = [], []
    c.snapshot_ready.connect(c.received.append)
    c.errored.connect(c.errors.append)
    c.start_thread()
    qtbot.waitUntil(lambda: len(c.received) >= 1, timeout=5000)
    yield c
    assert c.stop(2000) and not c.is_alive()


def test_the_training_process_loads_no_gui_toolkit():
    code = ("import sys, mnist_visualizer.core.live.trainer_process; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_before_the_process_starts_there_is_a_snapshot_to_draw(small_dataset, config):
    c = ProcessTrainingController(small_dataset, config)
    assert not c.is_alive() and c.latest.examples_seen == 0
    np.testing.assert_array_equal(c.latest.W, SoftmaxRegression(seed=0).W)
    assert c.stop()  # never started: nothing to stop


def test_it_trains_and_its_runs_are_numbered_like_the_windows(process_controller, qtbot, small_dataset, config):
    c = process_controller
    first_run = c.latest.run
    assert c.received[0].run == first_run and len(c.received[0].evaluations) == 1
    c.start()
    qtbot.waitUntil(lambda: c.latest.examples_seen > 3000, timeout=5000)
    assert c.latest.run == first_run and c.latest.epoch >= 1
    c.set_network(HiddenLayer(32))
    qtbot.waitUntil(lambda: c.latest.architecture == HiddenLayer(32), timeout=5000)
    other = ProcessTrainingController(small_dataset, config)  # made since: a larger number still
    assert c.latest.run > first_run and other.latest.run > c.latest.run
    assert c.latest.examples_seen == 0 and not c.latest.running


@pytest.mark.parametrize("state", ["starting", "paused", "training", "training the hidden layer"])
def test_stop_ends_the_process_within_two_seconds(qtbot, small_dataset, config, state):
    model = build_network(HiddenLayer(128), 0) if "hidden" in state else None
    c = ProcessTrainingController(small_dataset, config, model)
    c.start_thread()
    if state != "starting":
        qtbot.waitUntil(lambda: c.snapshots_received > 0, timeout=5000)
    if "training" in state:
        c.start()
        qtbot.waitUntil(lambda: c.latest.running, timeout=5000)
    t0 = time.perf_counter()
    assert c.stop(2000)
    assert time.perf_counter() - t0 < 2.0 and not c.is_alive()
    if state != "starting":
        assert c.peak_rss_mb > 20  # its own memory, told as it ended


def test_a_process_that_dies_is_started_again_from_the_last_weights(process_controller, qtbot):
    c = process_controller
    c.start()
    qtbot.waitUntil(lambda: c.latest.examples_seen > 2000, timeout=5000)
    c.pause()
    qtbot.waitUntil(lambda: not c.latest.running, timeout=3000)
    kept, run = c.latest.weights, c.latest.run
    os.kill(c._process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(c.errors) and c.latest.run != run, timeout=5000)
    assert "stopped unexpectedly" in c.errors[-1] and "last weights" in c.errors[-1]
    assert c.restarts == 1 and c.is_alive() and c.latest.run > run
    np.testing.assert_array_equal(c.latest.W, kept.params["W"])  # nothing learnt is lost
    # the dead process' pipe threads have ended: one writer, one reader, the new process'
    qtbot.waitUntil(lambda: [t.name for t in threading.enumerate()].count("to-trainer") == 1, timeout=3000)
    assert [t.name for t in threading.enumerate()].count("from-trainer") == 1
    c.step(5)
    qtbot.waitUntil(lambda: c.latest.examples_seen == 5, timeout=5000)


def test_a_process_that_cannot_start_says_why_and_is_not_started_again(qtbot, small_dataset, config):
    broken = NetworkWeights(OneLayer(), {"W": np.zeros((5, 10), np.float32), "b": np.zeros(10, np.float32)})
    c = ProcessTrainingController(small_dataset, config)
    c._prepare(broken, config, first_run=c.latest.run)  # as if the window had sent weights that do not fit
    errors = []
    c.errored.connect(errors.append)
    c.start_thread()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors[0].startswith("training could not start")
    qtbot.waitUntil(lambda: not c.is_alive(), timeout=3000)
    qtbot.wait(300)
    assert len(errors) == 1 and c.restarts == 0
    assert c.stop()


def test_given_no_training_images_the_process_reads_them_from_the_folder(qtbot, config):
    light = load_dataset(train_images=False)  # what the app's window holds
    c = ProcessTrainingController(light, config)
    errors = []
    c.errored.connect(errors.append)
    c.start_thread()
    c.step(100)
    qtbot.waitUntil(lambda: c.latest.examples_seen == 100, timeout=10_000)
    assert not errors
    # and a new process, after one died, reads them again
    os.kill(c._process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: c.restarts == 1 and c.snapshots_received > 1 and c.latest.examples_seen == 0,
                    timeout=10_000)
    c.step(10)
    qtbot.waitUntil(lambda: c.latest.examples_seen == 10, timeout=10_000)
    assert c.stop()


def test_a_folder_whose_training_images_are_broken_is_reported_by_the_process(qtbot, tmp_path, config):
    import shutil
    from mnist_visualizer.core.data import FILE_NAMES, bundled_data_dir
    folder = tmp_path / "mnist"
    shutil.copytree(bundled_data_dir(), folder)
    light = load_dataset(folder, train_images=False)  # the window's part reads fine
    (folder / f"{FILE_NAMES['train_images']}.gz").write_bytes(b"\x1f\x8b broken")
    c = ProcessTrainingController(light, config)
    errors = []
    c.errored.connect(errors.append)
    c.start_thread()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].startswith("training could not start") and "train-images" in errors[0]
    assert c.stop()
