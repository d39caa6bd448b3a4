"""The training loop without Qt: backpressure at every speed, slow motion that keeps time, and a run
that goes on where another loop left it."""

import threading
import time

import numpy as np
import pytest

from mnist_visualizer.core.live import training_loop
from mnist_visualizer.core.live.training_loop import FULL_SPEED, TrainingLoop
from mnist_visualizer.core.model import build_network
from mnist_visualizer.core.networks import HiddenLayer, OneLayer
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.core.training import Trainer, evaluate


class Receiver:
    """What a window is to the loop: it takes snapshots only when told to (``taking``)."""

    def __init__(self):
        self.snapshots, self.taking = [], True
        self.lock = threading.Lock()

    def take(self, snapshot) -> None:
        with self.lock:
            self.snapshots.append(snapshot)

    def ready(self) -> bool:
        return self.taking


@pytest.fixture
def running_loop(small_dataset, config):
    """A factory: a loop running in a thread, its receiver; stopped after the test."""
    loops = []

    def make(model=None, receiver=None):
        receiver = receiver or Receiver()
        loop = TrainingLoop(small_dataset, config, model, max_rate=60, on_snapshot=receiver.take,
                            ready=receiver.ready)
        thread = threading.Thread(target=loop.run)
        thread.start()
        loops.append((loop, thread))
        wait_until(lambda: receiver.snapshots)
        return loop, receiver

    yield make
    for loop, thread in loops:
        loop.request_stop()
        thread.join(5)
        assert not thread.is_alive()


def wait_until(predicate, timeout=5.0):
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.005)


def progress(loop) -> int:
    """Examples the loop has trained on (read across threads: one int, for the test's eyes only)."""
    return loop._trainer.examples_seen


def all_examples_at(snapshots):
    return np.concatenate([s.examples_at for s in snapshots])


@pytest.mark.parametrize("speed", [FULL_SPEED, 1000, 10])
def test_no_snapshot_goes_out_while_the_receiver_is_not_ready_at_any_speed(running_loop, speed):
    loop, receiver = running_loop()
    receiver.taking = False
    loop.command("speed", speed)
    loop.command("start")
    wait_until(lambda: progress(loop) >= 5)
    time.sleep(0.2)
    assert len(receiver.snapshots) == 1  # the first, before training
    receiver.taking = True
    loop.wake()
    wait_until(lambda: len(receiver.snapshots) >= 2)
    loop.command("pause")
    wait_until(lambda: not receiver.snapshots[-1].running)
    # every update reported once, in order: what waited went out in the next snapshot
    seen = receiver.snapshots[-1].examples_seen
    np.testing.assert_array_equal(all_examples_at(receiver.snapshots), np.arange(1, seen + 1))


def test_the_last_snapshot_of_a_pause_or_a_step_waits_for_the_receiver_and_is_not_lost(running_loop):
    loop, receiver = running_loop()
    receiver.taking = False
    loop.command("step", 3)
    time.sleep(0.3)
    assert len(receiver.snapshots) == 1
    receiver.taking = True
    loop.wake()
    wait_until(lambda: receiver.snapshots[-1].examples_seen == 3)
    assert receiver.snapshots[-1].updates == 3 and len(receiver.snapshots[-1].losses) == 3


def test_a_receiver_that_takes_nothing_holds_training_back(running_loop, monkeypatch):
    monkeypatch.setattr(training_loop, "MAX_BACKLOG_UPDATES", 3000)
    loop, receiver = running_loop()
    receiver.taking = False
    loop.command("start")
    time.sleep(1.0)  # at full speed: tens of thousands of updates, were it not held back
    held = progress(loop)
    assert 3000 <= held < 3000 + 2000  # the backlog, and at most one chunk (an epoch) beyond it
    time.sleep(0.2)
    assert progress(loop) == held
    receiver.taking = True
    loop.wake()
    wait_until(lambda: progress(loop) > held + 1000)
    loop.command("pause")
    wait_until(lambda: not receiver.snapshots[-1].running)
    seen = receiver.snapshots[-1].examples_seen
    np.testing.assert_array_equal(all_examples_at(receiver.snapshots), np.arange(1, seen + 1))


def test_waiting_evaluations_are_bounded(running_loop, monkeypatch, small_dataset):
    monkeypatch.setattr(training_loop, "MAX_BACKLOG_EVALUATIONS", 4)
    loop, receiver = running_loop()
    receiver.taking = False
    for _ in range(10):
        loop.command("example_step", np.ones((1, 784), np.float32), 3, 0.001)  # each evaluates
    time.sleep(0.3)
    receiver.taking = True
    loop.wake()
    wait_until(lambda: len(receiver.snapshots) >= 2)
    last = receiver.snapshots[-1]
    assert len(last.evaluations) == 4  # and the newest is of the weights as they are now
    expected = evaluate(last.weights.network(), small_dataset.test_images, small_dataset.test_labels)
    np.testing.assert_array_equal(last.evaluations[-1].predictions, expected.predictions)


def test_the_largest_snapshot_fits_under_the_cap(small_dataset):
    """The cap is computed from what a snapshot can hold: the largest network's weights fit."""
    cap = training_loop.max_snapshot_bytes(len(small_dataset.train_labels), len(small_dataset.test_labels))
    largest = sum(a.nbytes for a in build_network(HiddenLayer(4096), 0).parameters().values())
    assert largest == training_loop.largest_weights_bytes() < cap < 1 << 30


@pytest.mark.timing
@pytest.mark.parametrize("architecture", [OneLayer(), HiddenLayer(128)])
def test_slow_motion_trains_the_updates_that_are_due(running_loop, architecture):
    """1000 updates a second is 1000, not one update per pass of the loop (issue 16: 200)."""
    loop, receiver = running_loop(build_network(architecture, 0))
    loop.command("speed", 1000)
    loop.command("start")
    time.sleep(0.3)
    start, t0 = progress(loop), time.perf_counter()
    time.sleep(1.5)
    rate = (progress(loop) - start) / (time.perf_counter() - t0)
    assert 700 <= rate <= 1100  # the benchmark measures it closely (goal: 90%); here, a loaded machine


def test_a_resumed_loop_goes_on_counting_where_the_last_stopped(small_dataset, config):
    receiver = Receiver()
    loop = TrainingLoop(small_dataset, config, SoftmaxRegression(0), on_snapshot=receiver.take)
    loop.resume(examples_seen=5500, updates=5500, epoch=2, epoch_progress=2.75)
    assert loop.initial_snapshot.examples_seen == 5500 and loop.initial_snapshot.epoch == 2
    thread = threading.Thread(target=loop.run)
    thread.start()
    try:
        loop.command("step", 600)
        wait_until(lambda: receiver.snapshots and receiver.snapshots[-1].examples_seen > 5500)
    finally:
        loop.request_stop()
        thread.join(5)
    first, last = receiver.snapshots[0], receiver.snapshots[-1]
    assert first.examples_seen == 5500 and first.evaluations[0].examples_seen == 5500
    # 500 examples were left of epoch 3 (2,000 each): the step stops at its end
    assert last.examples_seen == 6000 and last.updates == 6000 and last.epoch == 3
    assert last.epoch_ends == (6000,) and last.examples_at[0] == 5501


def test_trainer_resume_continues_the_counts_and_the_epoch(small_dataset, config):
    trainer = Trainer(SoftmaxRegression(0), small_dataset, config)
    trainer.resume(examples_seen=4100, updates=4100, epoch=2, position=100)
    assert trainer.epoch_progress == pytest.approx(2.05)
    m = trainer.train(5000)  # to the end of the epoch
    assert m.epoch_finished and m.examples_seen == 6000 and trainer.epoch == 3 and len(m.losses) == 1900
    assert m.examples_at[0] == 4101
    # the resumed epoch's order: the one an uninterrupted run takes in that epoch (a function of
    # the seed and the epoch), so a run restored at a saved point trains on exactly as before
    one, two = (Trainer(SoftmaxRegression(0), small_dataset, config) for _ in range(2))
    first_epoch = one.order.copy()
    one.resume(4100, 4100, 2, 100)
    for _ in range(2):
        list(two.train_epoch(chunk_updates=700))
    np.testing.assert_array_equal(one.order, two.order)
    assert not np.array_equal(one.order, first_epoch)
    for bad in (dict(examples_seen=-1, updates=0, epoch=0), dict(examples_seen=0.5, updates=0, epoch=0),
                dict(examples_seen=0, updates=0, epoch=0, position=2000)):
        with pytest.raises(ValueError):
            trainer.resume(**bad)



def test_an_evaluation_made_while_training_runs_holds_no_snapshot_back(running_loop, monkeypatch, small_dataset):
    """A slow test-set evaluation (a convolution's takes 0.3-0.5 s) is made in slices between chunks
    of training while it runs: snapshots keep coming meanwhile (made whole, none went out for that
    long, issue 17), and its result is that of the whole test set, of the weights it began with."""
    whole = training_loop.evaluate
    n_test = len(small_dataset.test_labels)
    seconds = 0.6   # a whole evaluation of the small dataset's 500 test images
    slices = []     # (the weights it was given, rows) of each slice evaluated

    def slow(model, x, y, *args):
        slices.append(({k: a.copy() for k, a in model.parameters().items()}, len(x)))
        time.sleep(seconds * len(x) / n_test)
        return whole(model, x, y, *args)

    monkeypatch.setattr(training_loop, "evaluate", slow)
    receiver, arrivals = Receiver(), []
    take = receiver.take
    receiver.take = lambda snapshot: (arrivals.append(time.perf_counter()), take(snapshot))
    loop, receiver = running_loop(receiver=receiver)   # its first evaluation, before training: whole
    assert [rows for _, rows in slices] == [n_test]
    loop.command("start")
    wait_until(lambda: sum(len(s.evaluations) for s in receiver.snapshots) >= 3, timeout=20)
    running = [t for t, s in zip(arrivals, receiver.snapshots) if s.running]
    loop.command("pause")
    wait_until(lambda: not receiver.snapshots[-1].running)
    assert max(np.diff(running)) < seconds / 2

    evaluations = [e for s in receiver.snapshots for e in s.evaluations]
    points = [e.examples_seen for e in evaluations]
    assert points == sorted(set(points))   # in the order made, none twice
    # the first made while training ran: several slices of the same weights, the whole test set
    params, rows = slices[1]
    parts = [rows]
    for params_i, rows_i in slices[2:]:
        if sum(parts) == n_test:
            break
        assert all(np.array_equal(params_i[k], params[k]) for k in params)
        parts.append(rows_i)
    assert len(parts) > 2 and sum(parts) == n_test
    expected = whole(OneLayer().network(params), small_dataset.test_images, small_dataset.test_labels)
    np.testing.assert_array_equal(evaluations[1].predictions, expected.predictions)
    assert evaluations[1].test_accuracy == expected.test_accuracy
    assert evaluations[1].test_loss == pytest.approx(expected.test_loss, rel=1e-6)
