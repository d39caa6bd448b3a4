import numpy as np
import pytest

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.networks.one_layer import Explanation, explain, step


@pytest.fixture
def weights():
    rng = np.random.default_rng(1)
    W = (rng.standard_normal((784, 10)) * 0.05).astype(np.float32)
    b = (rng.standard_normal(10) * 0.5).astype(np.float32)
    return W, b


@pytest.fixture
def digit(mnist):
    return to_float(mnist.test_images[0])


def loss_of(W, b, x, y):
    """-log p_y in float64, written out independently of core.model."""
    l = x.astype(np.float64) @ W.astype(np.float64) + b.astype(np.float64)
    return float(np.log(np.exp(l - l.max()).sum()) + l.max() - l[y])


def test_explain_matches_an_independent_computation(weights, digit):
    W, b = weights
    e = explain(W, b, digit, label=3)
    l = digit.astype(np.float64) @ W.astype(np.float64) + b
    p = np.exp(l - l.max())
    p /= p.sum()
    y = np.zeros(10)
    y[3] = 1
    assert isinstance(e, Explanation) and e.label == 3 and e.prediction == int(np.argmax(l))
    np.testing.assert_array_equal(e.x, digit)
    np.testing.assert_allclose(e.logits, l, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(e.probabilities, p, rtol=1e-5, atol=1e-7)
    assert e.probabilities.sum() == pytest.approx(1, abs=1e-6)
    assert e.loss == pytest.approx(-np.log(p[3]), rel=1e-5)
    np.testing.assert_allclose(e.grad_b, p - y, atol=1e-6)
    np.testing.assert_allclose(e.grad_W, np.outer(digit, p - y), atol=1e-6)
    np.testing.assert_allclose(e.evidence, W * digit[:, None], rtol=1e-6)
    np.testing.assert_allclose(e.evidence.sum(axis=0), e.logits - b, atol=1e-4)
    for a in (e.x, e.logits, e.probabilities, e.grad_b, e.grad_W, e.evidence):
        assert a.dtype == np.float32 and not a.flags.writeable
    assert e.logits.shape == e.probabilities.shape == e.grad_b.shape == (10,)
    assert e.grad_W.shape == e.evidence.shape == (784, 10)


def test_gradients_match_finite_differences(weights, digit):
    W, b = (a.astype(np.float64) for a in weights)
    e = explain(W, b, digit, label=7)
    h = 1e-5
    bright = np.flatnonzero(digit > 0.5)[:3]
    for i, j in [(bright[0], 7), (bright[1], 2), (bright[2], e.prediction), (0, 4)]:
        W_plus, W_minus = W.copy(), W.copy()
        W_plus[i, j] += h
        W_minus[i, j] -= h
        numeric = (loss_of(W_plus, b, digit, 7) - loss_of(W_minus, b, digit, 7)) / (2 * h)
        assert e.grad_W[i, j] == pytest.approx(numeric, abs=1e-5)
    for j in range(10):
        b_plus, b_minus = b.copy(), b.copy()
        b_plus[j] += h
        b_minus[j] -= h
        numeric = (loss_of(W, b_plus, digit, 7) - loss_of(W, b_minus, digit, 7)) / (2 * h)
        assert e.grad_b[j] == pytest.approx(numeric, abs=1e-5)


def test_default_label_is_the_prediction(weights, digit):
    W, b = weights
    e = explain(W, b, digit)
    assert e.label == e.prediction == int(np.argmax(digit @ W + b))
    assert e.loss == pytest.approx(-np.log(e.probabilities[e.prediction]), rel=1e-5)
    assert e.grad_b[e.prediction] < 0 and (np.delete(e.grad_b, e.prediction) >= 0).all()


def test_loss_stays_finite_when_the_network_is_confidently_wrong(digit):
    W = np.zeros((784, 10), np.float32)
    b = np.array([200.0] + [0.0] * 9, np.float32)  # p_5 = e^-200 rounds to 0 in float32
    e = explain(W, b, digit, label=5)
    assert e.loss == pytest.approx(200, rel=1e-5)
    np.testing.assert_allclose(e.grad_b[[0, 5]], [1, -1], atol=1e-6)


def test_empty_input_is_finite_and_moves_only_the_biases(weights):
    W, b = weights
    e = explain(W, b, np.zeros(784, np.float32))
    np.testing.assert_allclose(e.logits, b)
    assert not e.grad_W.any() and not e.evidence.any() and np.isfinite(e.loss)


def test_step_moves_W_by_minus_lr_times_the_gradient(weights, digit):
    W, b = weights
    W0, b0 = W.copy(), b.copy()
    W_new, b_new = step(W, b, digit, 4, lr=0.1)
    np.testing.assert_array_equal(W, W0)  # the inputs are left alone
    np.testing.assert_array_equal(b, b0)
    p = explain(W, b, digit, 4).probabilities
    delta = p - np.eye(10, dtype=np.float32)[4]
    np.testing.assert_allclose(W_new - W, -0.1 * np.outer(digit, delta), atol=1e-6)
    np.testing.assert_allclose(b_new - b, -0.1 * delta, atol=1e-6)
    assert W_new.dtype == b_new.dtype == np.float32
    # a step towards label 4 makes label 4 more likely
    assert explain(W_new, b_new, digit, 4).loss < explain(W, b, digit, 4).loss


def test_step_without_a_label_uses_the_prediction(weights, digit):
    W, b = weights
    prediction = explain(W, b, digit).prediction
    for got, want in zip(step(W, b, digit, None, 0.05), step(W, b, digit, prediction, 0.05)):
        np.testing.assert_array_equal(got, want)


def test_bad_shapes_and_labels_are_refused(weights, digit):
    W, b = weights
    with pytest.raises(ValueError, match="expected x"):
        explain(W, b, digit[:100])
    with pytest.raises(ValueError, match="label"):
        explain(W, b, digit, label=10)
