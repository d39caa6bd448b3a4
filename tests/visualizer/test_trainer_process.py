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
from mnist_visualizer.core.live.messages import read_message
from mnist_visualizer.core.model import NetworkWeights, build_network
from mnist_visualizer.core.networks import HiddenLayer, OneLayer
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.visualizer.worker import MAX_RESTARTS, ProcessTrainingController


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
@pytest.mark.timing
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


def test_a_process_that_dies_is_started_again_from_the_last_weights_in_the_same_run(process_controller, qtbot):
    c = process_controller
    c.start()
    qtbot.waitUntil(lambda: c.latest.examples_seen > 2500, timeout=5000)
    c.pause()
    qtbot.waitUntil(lambda: not c.latest.running, timeout=3000)
    last = c.latest
    received = len(c.received)
    os.kill(c._process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(c.errors) and len(c.received) > received, timeout=5000)
    assert "stopped unexpectedly" in c.errors[-1] and "last weights" in c.errors[-1]
    assert "SIGKILL" in c.errors[-1]
    assert c.restarts == 1 and c.is_alive()
    # the same run goes on where it stopped: its curves and timeline continue
    first = c.received[received]
    assert first.run == last.run and first.examples_seen == last.examples_seen > 2500
    assert (first.updates, first.epoch, first.epoch_progress) == (last.updates, last.epoch, last.epoch_progress)
    np.testing.assert_array_equal(first.W, last.W)  # nothing learnt is lost
    # the dead process' pipe threads have ended: one writer, one reader, the new process'
    names = lambda: [t.name for t in threading.enumerate()]  # noqa: E731
    qtbot.waitUntil(lambda: names().count("to-trainer") == 1 and names().count("trainer-stderr") == 1,
                    timeout=3000)
    assert names().count("from-trainer") == 1
    c.step(5)
    qtbot.waitUntil(lambda: c.latest.examples_seen == last.examples_seen + 5, timeout=5000)
    assert c.latest.run == last.run and c.latest.updates == last.updates + 5


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
    received = c.snapshots_received
    os.kill(c._process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: c.restarts == 1 and c.snapshots_received > received, timeout=10_000)
    assert c.latest.examples_seen == 100
    c.step(10)
    qtbot.waitUntil(lambda: c.latest.examples_seen == 110, timeout=10_000)
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


def test_a_window_of_another_protocol_is_refused_in_plain_words(qtbot, small_dataset, config, monkeypatch):
    from mnist_visualizer.visualizer import worker
    monkeypatch.setattr(worker, "PROTOCOL", 1)
    c = ProcessTrainingController(small_dataset, config)
    errors = []
    c.errored.connect(errors.append)
    c.start_thread()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors[0].startswith("training could not start") and "different versions of the app" in errors[0]
    qtbot.waitUntil(lambda: not c.is_alive(), timeout=3000)
    assert c.restarts == 0 and c.stop()


# Training processes that break the pipe, in every way the issue lists. Each writes to stderr first,
# so that the window can quote it, then breaks.
FRAME_START = """
import io, os, signal, sys, time
from mnist_visualizer.core.live.messages import write_message
from mnist_visualizer.core.live.training_loop import fresh_snapshot
from mnist_visualizer.core.model import NetworkWeights, build_network
from mnist_visualizer.core.networks import HiddenLayer
from mnist_visualizer.core.training import TrainConfig
frame = io.BytesIO()
write_message(frame, ("snapshot", fresh_snapshot(NetworkWeights.of(build_network(HiddenLayer(64), 0)),
                                                 TrainConfig(), 1)))
frame = frame.getvalue()
out = sys.stdout.buffer
print("fake trainer: about to break the pipe", file=sys.stderr, flush=True)
"""
BREAKERS = {
    # half a frame, then a normal exit
    "truncated frame": "out.write(frame[:len(frame) // 2]); out.flush(); sys.exit(3)",
    # a frame that says 2^62 bytes of arrays follow, and the process stays
    "length 2^62": "out.write(frame[:8] + (1 << 62).to_bytes(8, 'little') + frame[16:200]); out.flush(); "
                   "time.sleep(60)",
    # bytes that are no frame at all, and the process stays
    "garbage": "out.write(bytes(range(256)) * 64); out.flush(); time.sleep(60)",
    # killed in the middle of a frame
    "dies mid-frame": "out.write(frame[:len(frame) // 3]); out.flush(); os.kill(os.getpid(), signal.SIGKILL)",
}


@pytest.mark.parametrize("how", sorted(BREAKERS))
@pytest.mark.timing
def test_a_broken_pipe_is_a_message_and_a_restart_never_a_hang(qtbot, small_dataset, config, how):
    c = ProcessTrainingController(light_dataset(), config)
    launches = []
    real = c.process_command()

    def command():
        launches.append(1)
        return [sys.executable, "-c", FRAME_START + BREAKERS[how]] if len(launches) == 1 else real

    c.process_command = command
    errors, restart_seconds = [], []
    c.errored.connect(errors.append)
    restart = c._restart

    def timed_restart(*args):
        t0 = time.perf_counter()
        restart(*args)
        restart_seconds.append(time.perf_counter() - t0)

    c._restart = timed_restart
    c.start_thread()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert c.restarts == 1 and len(launches) == 2 and restart_seconds[0] < 1.0  # the GUI thread never waits
    message = errors[0]
    assert "last weights" in message and "fake trainer: about to break the pipe" in message
    if how in ("length 2^62", "garbage"):
        assert "pipe from the training process broke" in message and "not one of its messages" in message
    elif how == "dies mid-frame":
        assert "stopped unexpectedly (it was killed by signal SIGKILL), in the middle of a message" in message
    else:
        assert "stopped unexpectedly (exit code 3), in the middle of a message" in message
    assert "Traceback" not in message
    # and the new process trains
    c.step(7)
    qtbot.waitUntil(lambda: c.latest.examples_seen == 7, timeout=10_000)
    assert c.stop() and not c.is_alive()


def test_a_reader_that_dies_of_anything_is_a_message_and_a_restart(qtbot, small_dataset, config, monkeypatch):
    from mnist_visualizer.visualizer import worker
    calls = []

    def failing_read(stream, max_data):
        calls.append(1)
        if len(calls) == 2:
            raise MemoryError("no room for the message")
        return read_message(stream, max_data)

    monkeypatch.setattr(worker, "read_message", failing_read)
    c = ProcessTrainingController(light_dataset(), config)
    errors = []
    c.errored.connect(errors.append)
    c.start_thread()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "MemoryError: no room for the message" in errors[0] and c.restarts == 1
    c.step(3)
    qtbot.waitUntil(lambda: c.latest.examples_seen == 3, timeout=10_000)
    assert c.stop()


def test_a_process_that_keeps_breaking_is_given_up_in_the_end(qtbot, small_dataset, config):
    c = ProcessTrainingController(light_dataset(), config)
    c.process_command = lambda: [sys.executable, "-c", FRAME_START + BREAKERS["truncated frame"]]
    errors = []
    c.errored.connect(errors.append)
    c.start_thread()
    qtbot.waitUntil(lambda: any("restart the app" in e for e in errors), timeout=20_000)
    assert c.restarts == MAX_RESTARTS and not c.is_alive()
    assert "fake trainer" in errors[-1]
    assert c.stop()


def light_dataset():
    """What the app's window holds: no training images (the process reads them itself)."""
    return load_dataset(train_images=False)


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="a core of its own needs a system that places processes, and two cores")
def test_the_training_process_runs_on_a_core_of_its_own(process_controller):
    from mnist_visualizer.core.live.cores import training_core

    assert os.sched_getaffinity(process_controller.pid) == {max(os.sched_getaffinity(0))} == {training_core()}
    threads = os.listdir(f"/proc/{process_controller.pid}/task")   # its threads too: started after
    assert len(threads) > 1 and all(os.sched_getaffinity(int(t)) == {training_core()} for t in threads)
