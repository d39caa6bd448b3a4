import numpy as np
import pytest

from mnist_visualizer.core.metrics import ThinnedSeries, confusion_matrix, moving_average


def test_series_keeps_raw_points_until_full():
    s = ThinnedSeries(capacity=100)
    s.extend(np.arange(50), np.arange(50) * 2)
    assert len(s) == 50 and s.group == 1
    np.testing.assert_array_equal(s.y, np.arange(50) * 2)


@pytest.mark.parametrize("chunks", [[1000], [1] * 1000, [7, 300, 13, 680], [999, 1]])
def test_series_is_bounded_and_each_point_is_the_mean_of_its_group(chunks):
    s = ThinnedSeries(capacity=64)
    y = np.random.default_rng(0).random(sum(chunks))
    start = 0
    for n in chunks:
        s.extend(np.arange(start, start + n), y[start: start + n])
        start += n
        assert len(s) <= 64
    g = s.group
    assert g > 1 and s.total == 1000
    expected = y[: len(s) * g].reshape(-1, g).mean(axis=1)
    np.testing.assert_allclose(s.y, expected)
    np.testing.assert_allclose(s.x, np.arange(len(s) * g).reshape(-1, g).mean(axis=1))


def test_series_memory_stays_bounded_over_a_long_run():
    s = ThinnedSeries(capacity=1024)
    for _ in range(2000):
        s.extend(np.arange(500), np.ones(500))
    assert len(s) <= 1024 and s._x.nbytes == 1024 * 8
    assert np.all(s.y == 1)


def test_moving_average():
    np.testing.assert_allclose(moving_average(np.array([1, 2, 3, 4.0]), 2), [1, 1.5, 2.5, 3.5])


def test_confusion_matrix():
    m = confusion_matrix(np.array([0, 1, 1, 9]), np.array([0, 1, 2, 9]))
    assert m.sum() == 4 and m[1, 2] == 1 and m[9, 9] == 1 and m.shape == (10, 10)
