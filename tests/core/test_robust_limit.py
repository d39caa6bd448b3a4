import numpy as np
import pytest

from mnist_visualizer.core.metrics import robust_symmetric_limit


def weights(seed=0):
    """Weights like a few epochs' templates: most |w| well under 0.6."""
    return np.random.default_rng(seed).normal(0, 0.2, (784, 10)).astype(np.float32)


def test_limit_is_the_percentile_of_the_magnitudes():
    W = weights()
    assert robust_symmetric_limit(W) == pytest.approx(np.percentile(np.abs(W), 99), rel=1e-6)
    assert robust_symmetric_limit(W, 50) == pytest.approx(np.median(np.abs(W)), rel=1e-6)
    assert robust_symmetric_limit(-W) == robust_symmetric_limit(W)


def test_a_single_outlier_weight_does_not_move_the_limit():
    W = weights()
    before = robust_symmetric_limit(W)
    W[0, 3] = 1.9  # a rarely-inked border pixel, as in the issue
    assert robust_symmetric_limit(W) == pytest.approx(before, rel=0.01)
    # ... while it sets the full range on its own
    assert robust_symmetric_limit(W, percentile=100) == pytest.approx(1.9)
    assert robust_symmetric_limit(W, percentile=100) > 2.5 * before


def test_all_zero_input_gives_a_positive_limit():
    assert robust_symmetric_limit(np.zeros((784, 10))) > 0
    assert robust_symmetric_limit(np.zeros(0)) > 0


def test_mostly_zero_values_fall_back_to_the_largest():
    g = np.zeros(784, np.float32)
    g[400] = -0.03  # a sparse gradient: the 99th percentile of |g| is 0
    assert robust_symmetric_limit(g) == pytest.approx(0.03)


def test_nan_and_inf_are_ignored():
    W = weights()
    expected = robust_symmetric_limit(W)
    W[5, :] = np.nan
    W[6, 0] = np.inf
    W[7, 1] = -np.inf
    finite = W[np.isfinite(W)]
    assert robust_symmetric_limit(W) == pytest.approx(np.percentile(np.abs(finite), 99), rel=1e-6)
    assert robust_symmetric_limit(W) == pytest.approx(expected, rel=0.01)
    assert robust_symmetric_limit(np.full(10, np.nan)) > 0


@pytest.mark.parametrize("p", [0, -1, 100.5, np.nan])
def test_bad_percentile_is_refused(p):
    with pytest.raises(ValueError, match="percentile"):
        robust_symmetric_limit(weights(), p)


def test_a_vanishing_gradient_still_gives_a_scale_a_display_can_divide_by():
    """A very sure network's x (p - y) is ~1e-40 (subnormal): 255 / (2 L) must stay finite."""
    tiny = np.full((784, 10), 1e-40, np.float32)
    limit = robust_symmetric_limit(tiny)
    with np.errstate(over="raise"):
        assert np.isfinite(np.float32(255) / np.float32(2 * limit))
