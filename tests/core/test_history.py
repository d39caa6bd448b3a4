import numpy as np
import pytest

from mnist_visualizer.core.history import Moment, WeightHistory
from mnist_visualizer.core.model import one_layer_weights

SHARED_W = np.zeros((784, 10), np.float32)
SHARED_B = np.zeros(10, np.float32)
MOMENT_BYTES = 784 * 10 * 4 + 10 * 4


def moment(examples_seen, W=SHARED_W, b=SHARED_B, **metrics):
    return Moment(examples_seen, examples_seen, examples_seen / 60_000, one_layer_weights(W, b), **metrics)


def random_weights(rng):
    return rng.standard_normal((784, 10)).astype(np.float32), rng.standard_normal(10).astype(np.float32)


def test_restore_is_bitwise_exact_and_independent_of_the_arrays_given():
    rng = np.random.default_rng(0)
    W, b = random_weights(rng)
    W[0, 0], W[1, 1], b[2] = -0.0, np.float32(1e-42), np.nan  # signed zero, a subnormal, a NaN
    history = WeightHistory()
    history.add(Moment(100, 100, 0.1, one_layer_weights(W, b), test_accuracy=0.5, test_loss=1.2, train_loss=1.3))
    expected_W, expected_b = W.tobytes(), b.tobytes()
    W += 1.0  # training goes on, in place
    b[:] = 0.0
    kept = history[0]
    kept_W, kept_b = kept.weights.params["W"], kept.weights.params["b"]
    assert kept_W.dtype == np.float32 and kept_W.shape == (784, 10) and kept_b.shape == (10,)
    assert kept_W.tobytes() == expected_W and kept_b.tobytes() == expected_b
    assert not kept_W.flags.writeable and not kept_b.flags.writeable
    with pytest.raises(ValueError):
        kept_W[0, 0] = 1.0
    assert (kept.test_accuracy, kept.test_loss, kept.train_loss) == (0.5, 1.2, 1.3)


def test_memory_stays_bounded_over_a_long_run():
    history = WeightHistory(capacity=256)
    for i in range(100_000):
        history.add(moment(i * 10))
        assert len(history) <= 256
    assert history.total_added == 100_000
    assert len(history) == 256
    assert history.nbytes == 256 * MOMENT_BYTES  # 8,038,400 bytes, however long the run
    seen = history.examples_seen
    assert seen[0] == 0 and seen[-1] == 999_990  # the first and the newest are kept
    assert np.all(np.diff(seen) >= 0)
    gaps = np.diff(seen)
    # The whole run is still covered: no hole is more than a few percent of it ...
    assert gaps.max() < 0.05 * seen[-1]
    # ... and the recent past is much denser than the middle of the run.
    middle = gaps[(seen[1:] > 0.3 * seen[-1]) & (seen[1:] < 0.7 * seen[-1])]
    last_thousand = gaps[seen[1:] > seen[-1] - 1000]
    assert len(last_thousand) >= 20 and last_thousand.max() <= 100
    assert middle.min() > 100 * last_thousand.max()


def test_the_start_of_a_run_stays_sampled_too():
    # The weights change most in the first examples: a long run must not leave only moment 0 of them.
    history = WeightHistory(capacity=128)
    for i in range(50_000):
        history.add(moment(i))
    seen = history.examples_seen
    assert np.sum(seen < 1000) >= 10


def test_spacing_grows_with_age():
    history = WeightHistory(capacity=64)
    for i in range(5000):
        history.add(moment(i))
    seen = history.examples_seen
    age = seen[-1] - seen[1:]
    gaps = np.diff(seen)
    in_second_half = seen[1:] > seen[-1] / 2  # where age, not the start, is the nearer end
    assert np.all(np.diff(gaps[in_second_half]) <= 0)  # older, sparser; never the other way round
    assert gaps[in_second_half & (age > 1000)].min() > 10 * gaps[age < 100].max()


def test_should_record_spacing_grows_with_the_run():
    history = WeightHistory(min_gap=10, relative_gap=0.01)
    assert history.should_record(0)  # the first moment is always due
    history.add(moment(0))
    assert not history.should_record(9)
    assert history.should_record(10)
    history.add(moment(10_000))
    assert not history.should_record(10_050)  # 1% of 10,050 is more than the 50 since the last
    assert history.should_record(10_200)
    history.add(moment(1_000_000))
    assert not history.should_record(1_005_000)
    assert history.should_record(1_010_200)


def test_a_fast_run_does_not_fill_the_buffer_with_near_identical_moments():
    # Snapshots every 100 examples for 100 epochs of MNIST: recording alone keeps it to a few hundred.
    history = WeightHistory(capacity=10_000, min_gap=1, relative_gap=0.01)
    recorded = 0
    for examples in range(0, 6_000_000, 100):
        if history.should_record(examples):
            history.add(moment(examples))
            recorded += 1
    assert recorded < 800
    gaps = np.diff(history.examples_seen)
    assert np.all(gaps[1:] >= 0.01 * history.examples_seen[2:] - 100)


def test_nearest():
    history = WeightHistory()
    assert history.nearest(5) is None
    for x in (0, 100, 200, 500):
        history.add(moment(x))
    assert history.nearest(-10).examples_seen == 0
    assert history.nearest(149).examples_seen == 100
    assert history.nearest(150).examples_seen == 100  # a tie goes to the earlier moment
    assert history.nearest(151).examples_seen == 200
    assert history.nearest(10**9).examples_seen == 500
    assert history.nearest_index(400) == 3


def test_index_of_finds_the_very_moment_even_among_equal_counts():
    history = WeightHistory()
    moments = [moment(0), moment(5), moment(5), moment(7)]
    for m in moments:
        history.add(m)
    assert [history.index_of(m) for m in moments] == [0, 1, 2, 3]
    assert history.index_of(moment(5)) is None


def test_len_getitem_moments_clear():
    history = WeightHistory(capacity=4)
    for x in range(3):
        history.add(moment(x))
    assert len(history) == 3 and history[-1].examples_seen == 2
    assert [m.examples_seen for m in history.moments] == [0, 1, 2]
    history.moments.clear()  # a copy: the history is untouched
    assert len(history) == 3
    history.clear()
    assert len(history) == 0 and history.nbytes == 0 and history.should_record(50)


def test_going_back_in_examples_needs_a_clear():
    history = WeightHistory()
    history.add(moment(100))
    with pytest.raises(ValueError, match="clear"):
        history.add(moment(50))


def test_bad_arguments():
    with pytest.raises(ValueError):
        WeightHistory(capacity=2)
    with pytest.raises(ValueError):
        Moment(0, 0, 0.0, one_layer_weights(np.zeros((784, 10)), np.zeros(9)))
