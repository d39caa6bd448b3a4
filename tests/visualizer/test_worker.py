import time

import numpy as np
import pytest

from mnist_visualizer.core.live.training_loop import SNAPSHOTS_IN_FLIGHT
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.visualizer.worker import CONTROLLERS, FULL_SPEED, TrainingController, next_evaluation_after


def started(qtbot, controller_class, dataset, config):
    c = controller_class(dataset, config, max_rate=60)
    received = []
    c.snapshot_ready.connect(received.append)
    c.received = received
    c.start_thread()
    qtbot.waitUntil(lambda: len(received) >= 1, timeout=5000)
    return c


@pytest.fixture(params=sorted(CONTROLLERS))
def controller(request, qtbot, small_dataset, config):
    """Training in a thread, and in a process of its own: the same commands, the same signals."""
    c = started(qtbot, CONTROLLERS[request.param], small_dataset, config)
    yield c
    assert c.stop(2000)
    assert not c.is_alive()


@pytest.fixture
def thread_controller(qtbot, small_dataset, config):
    c = started(qtbot, TrainingController, small_dataset, config)
    yield c
    assert c.stop(2000)


def wait_for(qtbot, controller, predicate, timeout=5000):
    qtbot.waitUntil(lambda: bool(predicate(controller.latest)), timeout=timeout)
    return controller.latest


def test_first_snapshot_is_the_fresh_model_evaluated(controller):
    snap = controller.received[0]
    assert snap.examples_seen == 0 and not snap.running
    np.testing.assert_array_equal(snap.W, SoftmaxRegression(seed=0).W)
    assert len(snap.evaluations) == 1 and 0 <= snap.evaluations[0].test_accuracy <= 1


def test_snapshots_are_private_read_only_copies(thread_controller, qtbot):
    controller = thread_controller
    controller.start()
    snap = wait_for(qtbot, controller, lambda s: s.examples_seen > 500)
    assert not snap.W.flags.writeable and not snap.losses.flags.writeable
    with pytest.raises(ValueError):
        snap.W[0, 0] = 1
    assert controller.stop()
    assert snap.W is not controller._worker.trainer.model.W


def test_a_training_process_snapshots_are_read_only_too(controller, qtbot):
    controller.start()
    snap = wait_for(qtbot, controller, lambda s: s.examples_seen > 500)
    for array in (snap.W, snap.b, snap.losses, snap.examples_at, controller.received[0].evaluations[0].predictions):
        assert not array.flags.writeable


def test_the_live_model_cannot_be_read_from_the_gui_thread(thread_controller, qtbot):
    """While the thread runs, only it may touch the trainer: the GUI reads snapshots."""
    controller = thread_controller
    controller.start()
    wait_for(qtbot, controller, lambda s: s.examples_seen > 100)
    with pytest.raises(RuntimeError, match="training thread"):
        controller._worker.trainer.model
    controller.pause()
    with pytest.raises(RuntimeError, match="training thread"):
        controller._worker.trainer
    assert controller.stop()
    assert controller._worker.trainer.examples_seen >= 100  # stopped: nobody else writes it now


def test_run_numbers_only_grow_across_controllers(qtbot, small_dataset, config):
    first = TrainingController(small_dataset, config)
    second = TrainingController(small_dataset, config)
    assert second.latest.run > first.latest.run
    second.start_thread()
    second.reset()
    qtbot.waitUntil(lambda: second.latest.run > first.latest.run + 1, timeout=3000)
    assert second.stop() and first.stop()


def test_the_first_snapshot_exists_before_the_thread_starts(small_dataset, config):
    c = TrainingController(small_dataset, config)
    assert not c.is_alive()
    np.testing.assert_array_equal(c.latest.W, SoftmaxRegression(seed=0).W)
    assert c.latest.examples_seen == 0 and not c.latest.W.flags.writeable


def test_start_emits_metrics_and_pause_stops(controller, qtbot):
    controller.start()
    snap = wait_for(qtbot, controller, lambda s: s.examples_seen >= 3000)  # crosses an epoch of 2,000
    controller.pause()
    snap = wait_for(qtbot, controller, lambda s: not s.running)
    seen = [s for s in controller.received]
    losses = np.concatenate([s.losses for s in seen])
    examples_at = np.concatenate([s.examples_at for s in seen])
    # every update reported once, in order, none lost in the coalescing
    np.testing.assert_array_equal(examples_at, np.arange(1, snap.examples_seen + 1))
    assert np.isfinite(losses).all()
    assert any(s.epoch_ends == (2000,) for s in seen) or 2000 in sum((s.epoch_ends for s in seen), ())
    # evaluated at the start, at points of the schedule (thinned at full speed) and at epoch ends
    evaluated = [e.examples_seen for e in sum((s.evaluations for s in seen), ())]
    assert evaluated[0] == 0 and 2000 in evaluated
    schedule = {0}
    while max(schedule) < snap.examples_seen:
        schedule.add(next_evaluation_after(max(schedule)))
    # ... and where it paused: paused, the test accuracy shown is of the weights shown
    assert set(evaluated) <= schedule | set(range(2000, snap.examples_seen + 1, 2000)) | {snap.examples_seen}
    assert evaluated[-1] == snap.examples_seen
    qtbot.wait(300)
    assert controller.latest.examples_seen == snap.examples_seen  # paused means paused


def test_step_is_one_update(controller, qtbot):
    before = controller.latest.examples_seen
    W0 = controller.latest.W.copy()
    controller.step()
    snap = wait_for(qtbot, controller, lambda s: s.examples_seen == before + 1)
    assert snap.updates == 1 and not snap.running and len(snap.losses) == 1
    assert not np.array_equal(snap.W, W0)
    controller.set_batch_size(32)
    controller.step()
    snap = wait_for(qtbot, controller, lambda s: s.examples_seen == before + 33)
    assert snap.updates == 2 and snap.batch_size == 32


def test_reset_gives_fresh_weights_and_a_new_run(controller, qtbot):
    controller.start()
    first = wait_for(qtbot, controller, lambda s: s.examples_seen > 1000).run
    controller.reset()
    snap = wait_for(qtbot, controller, lambda s: s.run > first)
    assert snap.examples_seen == 0 and not snap.running
    np.testing.assert_array_equal(snap.W, SoftmaxRegression(seed=0).W)


def test_live_learning_rate_and_batch_size(controller, qtbot):
    controller.set_learning_rate(0.2)
    controller.set_batch_size(64)
    controller.start()
    snap = wait_for(qtbot, controller, lambda s: s.examples_seen > 640)
    assert snap.learning_rate == 0.2 and snap.batch_size == 64
    steps = np.diff(snap.examples_at)
    assert np.all(steps <= 64) and np.median(steps) == 64  # an epoch's last batch may be smaller


@pytest.mark.timing
def test_display_rate_is_coalesced(controller, qtbot):
    controller.start()
    qtbot.wait(300)
    n0, t0 = controller.snapshots_received, time.perf_counter()
    qtbot.wait(1000)
    rate = (controller.snapshots_received - n0) / (time.perf_counter() - t0)
    controller.pause()
    assert 5 < rate <= 65


@pytest.mark.timing
def test_slow_motion_runs_at_the_asked_rate(controller, qtbot):
    controller.set_speed(10)
    controller.start()
    qtbot.wait(200)
    start_seen, t0 = controller.latest.examples_seen, time.perf_counter()
    qtbot.wait(1500)
    rate = (controller.latest.examples_seen - start_seen) / (time.perf_counter() - t0)
    controller.pause()
    assert 5 <= rate <= 15


@pytest.mark.parametrize("lr", [1e3, 1e6])
@pytest.mark.parametrize("batch_size", [1, 128])
def test_divergence_pauses_restores_and_says_why(controller, qtbot, lr, batch_size):
    messages = []
    controller.diverged.connect(messages.append)
    controller.set_batch_size(batch_size)
    controller.set_learning_rate(lr)
    controller.start()
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    snap = wait_for(qtbot, controller, lambda s: not s.running and s.message)
    assert "smaller learning rate" in messages[0] and snap.message == messages[0]
    assert np.isfinite(snap.W).all() and np.abs(snap.W).max() < 1e4
    for s in controller.received:
        assert np.isfinite(s.W).all() and np.isfinite(s.b).all()


def test_evaluation_schedule():
    points = [0]
    while points[-1] < 60_000:
        points.append(next_evaluation_after(points[-1]))
    assert points[:4] == [0, 100, 200, 500]
    assert np.all(np.diff(points) > 0) and 60_000 in points


@pytest.mark.parametrize("kind", sorted(CONTROLLERS))
@pytest.mark.timing
def test_stop_is_prompt_while_training(qtbot, small_dataset, config, kind):
    c = CONTROLLERS[kind](small_dataset, config)
    c.start_thread()
    c.start()
    qtbot.wait(200)
    t0 = time.perf_counter()
    assert c.stop(2000)
    assert time.perf_counter() - t0 < 2.0
    assert not c.is_alive()


def test_example_step_changes_W_by_minus_lr_x_times_p_minus_y(controller, qtbot):
    W0, b0 = controller.latest.W.copy(), controller.latest.b.copy()
    x = np.random.default_rng(0).random(784).astype(np.float32)
    z = x @ W0 + b0
    p = np.exp(z - z.max())
    p /= p.sum()
    y = np.eye(10)[3]
    controller.example_step(x, 3, 0.5)
    snap = wait_for(qtbot, controller, lambda s: not np.array_equal(s.W, W0))
    np.testing.assert_allclose(snap.W - W0, -0.5 * np.outer(x, p - y), atol=1e-6)
    np.testing.assert_allclose(snap.b - b0, -0.5 * (p - y), atol=1e-6)
    assert snap.examples_seen == 0  # not training progress


def test_a_bad_command_is_reported_and_the_thread_carries_on(controller, qtbot):
    errors = []
    controller.errored.connect(errors.append)
    controller.set_learning_rate(float("nan"))
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert "learning rate" in errors[0]
    assert controller.is_alive()
    before = controller.latest.examples_seen
    controller.step()
    wait_for(qtbot, controller, lambda s: s.examples_seen == before + 1)
    assert controller.latest.learning_rate == 0.01


def test_an_example_step_that_would_blow_up_is_refused(controller, qtbot):
    messages = []
    controller.diverged.connect(messages.append)
    W0 = controller.latest.W.copy()
    controller.example_step(np.ones(784, np.float32), 3, 1e9)
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    controller.request_snapshot()
    wait_for(qtbot, controller, lambda s: s.message == messages[0])
    np.testing.assert_array_equal(controller.latest.W, W0)


@pytest.mark.parametrize("speed", [FULL_SPEED, 1000])
@pytest.mark.timing
def test_a_busy_window_holds_the_snapshots_back_and_loses_no_update(controller, qtbot, speed):
    """The GUI thread busy 40 ms with each snapshot: fewer snapshots, each gathering more, none
    waiting in a queue (the thread controller's count of those sent and not taken stays within
    SNAPSHOTS_IN_FLIGHT); every update is still reported once, in order."""
    in_flight = []

    def busy(snapshot):
        time.sleep(0.04)
        worker = getattr(controller, "_worker", None)
        if worker is not None:
            in_flight.append(worker.in_flight.sent - worker.in_flight.taken)

    controller.snapshot_ready.connect(busy)
    controller.set_speed(speed)
    t0 = time.perf_counter()
    controller.start()
    qtbot.wait(1200)
    controller.pause()
    wait_for(qtbot, controller, lambda s: not s.running)
    snapshots = controller.received
    assert len(snapshots) <= 2 + (time.perf_counter() - t0) / 0.04  # the GUI thread's pace, not 60 a second
    np.testing.assert_array_equal(np.concatenate([s.examples_at for s in snapshots]),
                                  np.arange(1, snapshots[-1].examples_seen + 1))
    assert all(n <= SNAPSHOTS_IN_FLIGHT for n in in_flight)
