import numpy as np
import pytest

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.preprocess import area_resample_matrix, to_mnist_input


def test_area_resampling_preserves_the_mean():
    R = area_resample_matrix(280, 20, 14.0)
    np.testing.assert_allclose(R.sum(axis=1), 1)
    img = np.random.default_rng(0).random((280, 280))
    small = R @ img @ R.T
    assert small.mean() == pytest.approx(img.mean())


def test_empty_drawing_is_all_zeros():
    assert not to_mnist_input(np.zeros((300, 300))).any()


def test_a_bar_is_scaled_to_20_pixels_keeping_aspect_and_centred():
    ink = np.zeros((400, 400))
    ink[50:250, 300:320] = 1  # a tall thin bar, off-centre
    x = to_mnist_input(ink).reshape(28, 28)
    rows, cols = np.flatnonzero(x.max(1) > 0), np.flatnonzero(x.max(0) > 0)
    assert len(rows) == 20 and len(cols) in (2, 3)
    ys, xs = np.indices(x.shape)
    assert (ys * x).sum() / x.sum() == pytest.approx(14, abs=0.5)
    assert (xs * x).sum() / x.sum() == pytest.approx(14, abs=0.5)
    assert 0 <= x.min() and x.max() <= 1


def upscale(digit28, factor=10):
    return np.kron(digit28.reshape(28, 28), np.ones((factor, factor)))


def test_mnist_digits_drawn_large_come_back_close_to_themselves(mnist, trained):
    x = to_float(mnist.test_images[:200])
    back = np.stack([to_mnist_input(upscale(d)) for d in x])
    corr = [np.corrcoef(a, b)[0, 1] for a, b in zip(x, back)]
    assert np.median(corr) > 0.9
    model = trained
    agree = (model.predict(back) == model.predict(x)).mean()
    assert agree >= 0.9
    assert (model.predict(back) == mnist.test_labels[:200]).mean() >= 0.85
