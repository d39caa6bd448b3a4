import numpy as np
import pytest

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.preprocess import naive_downscale, preprocess, to_mnist_input


def bar_drawing():
    ink = np.zeros((400, 300), np.float32)
    ink[50:250, 200:240] = 1  # 200 tall, 40 wide, off-centre
    return ink


def test_nothing_drawn():
    steps = preprocess(np.zeros((280, 280)))
    assert steps.box is None and steps.fit_shape == (0, 0)
    assert steps.fit.shape == (20, 20) and not steps.fit.any()
    assert steps.centred.shape == (28, 28) and not steps.centred.any()
    assert steps.ink.shape == (280, 280)


def test_the_box_is_the_ink_in_canvas_pixels():
    ink = bar_drawing()
    ink[30, 100] = 0.01  # haze below the threshold does not count
    steps = preprocess(ink)
    top, left, bottom, right = steps.box
    assert (top, left, bottom, right) == (50, 200, 250, 240)
    assert ink[top:bottom, left:right].min() == 1


def test_the_fit_keeps_the_aspect_with_20_pixels_on_the_longer_side():
    steps = preprocess(bar_drawing())
    assert steps.fit_shape == (20, 4)
    rows, cols = np.flatnonzero(steps.fit.max(1) > 0), np.flatnonzero(steps.fit.max(0) > 0)
    assert len(rows) == 20 and len(cols) == 4
    assert cols.mean() == pytest.approx(9.5, abs=0.5)  # in the middle of the 20x20 box
    # the centred input holds exactly the fitted pixels, moved
    assert steps.centred.sum() == pytest.approx(steps.fit.sum(), rel=1e-6)
    ys, xs = np.indices((28, 28))
    assert (ys * steps.centred).sum() / steps.centred.sum() == pytest.approx(14, abs=0.5)


def test_wide_drawings_fit_on_their_width():
    ink = np.zeros((280, 280), np.float32)
    ink[100:110, 20:260] = 1
    assert preprocess(ink).fit_shape == (1, 20)


def test_the_centred_step_is_the_network_input(mnist):
    rng = np.random.default_rng(0)
    drawings = [bar_drawing(), rng.random((280, 280)) * (rng.random((280, 280)) > 0.9)]
    drawings += [np.kron(d.reshape(28, 28), np.ones((10, 10))) for d in to_float(mnist.test_images[:20])]
    for ink in drawings:
        steps = preprocess(ink)
        np.testing.assert_array_equal(steps.centred.reshape(784), to_mnist_input(ink))
        np.testing.assert_array_equal(steps.network_input, to_mnist_input(ink))
        assert steps.centred.dtype == np.float32 and steps.fit.dtype == np.float32


def test_steps_are_read_only_and_the_drawing_is_not_touched():
    ink = bar_drawing()
    steps = preprocess(ink)
    for a in (steps.ink, steps.fit, steps.centred):
        with pytest.raises(ValueError):
            a[0, 0] = 0.5
    ink[0, 0] = 1
    assert steps.ink[0, 0] == 0  # a copy: later strokes do not change what was shown
    with pytest.raises(AttributeError):
        steps.box = None
    # to_mnist_input's result stays the caller's to change
    to_mnist_input(ink)[0] = 1


def test_naive_downscale_averages_the_whole_canvas():
    ink = np.zeros((280, 280), np.float32)
    ink[:140, :140] = 1  # the top-left quarter stays the top-left quarter: no crop, no centring
    x = naive_downscale(ink)
    assert x.shape == (784,) and x.dtype == np.float32
    np.testing.assert_array_equal(x.reshape(28, 28)[:14, :14], 1)
    assert x.sum() == 14 * 14
    assert naive_downscale(np.full((300, 200), 0.5)) == pytest.approx(np.full(784, 0.5))
    assert not naive_downscale(np.zeros((280, 280))).any()


def test_naive_downscale_of_an_mnist_digit_drawn_large_gives_it_back(mnist):
    for d in to_float(mnist.test_images[:10]):
        np.testing.assert_allclose(naive_downscale(np.kron(d.reshape(28, 28), np.ones((10, 10)))), d,
                                   atol=1e-6)


def test_a_small_digit_in_a_corner_is_read_only_with_the_recipe(mnist, trained):
    """The point the switch makes in class: half-size digits drawn off-centre."""
    x, y = to_float(mnist.test_images[:100]), mnist.test_labels[:100]
    drawings = []
    for d in x:
        ink = np.zeros((280, 280), np.float32)
        ink[10:150, 20:160] = np.kron(d.reshape(28, 28), np.ones((5, 5)))
        drawings.append(ink)
    recipe = trained.predict(np.stack([to_mnist_input(ink) for ink in drawings]))
    naive = trained.predict(np.stack([naive_downscale(ink) for ink in drawings]))
    assert (recipe == y).mean() >= 0.85
    assert (naive == y).mean() <= 0.4
