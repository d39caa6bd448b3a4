"""The battery every network kind passes (scikit-learn's check_estimator, for networks): a new kind
proves itself here, by being registered in core.networks.KINDS, not by special cases elsewhere."""

import io

import numpy as np
import pytest

from mnist_visualizer.core.live.messages import read_message, write_message
from mnist_visualizer.core.model import NetworkWeights, build_network, load_network, save_network
from mnist_visualizer.core.networks import KINDS, architecture_from_options, chooser_architectures
from mnist_visualizer.core.networks.maths import cross_entropy, one_hot, softmax


def small_architectures():
    """Every kind, small enough for finite differences: the smallest of each kind's choices."""
    return [min(kind.choices(), key=lambda a: sum(np.prod(s) for s in a.parameter_shapes().values()))
            for kind in KINDS]


ARCHS = small_architectures()
IDS = [a.describe() for a in ARCHS]


def batch(n, seed=1):
    rng = np.random.default_rng(seed)
    x = (rng.random((n, 784)) * (rng.random((n, 784)) < 0.3)).astype(np.float32)
    return x, rng.integers(0, 10, n)


def test_every_kind_is_registered_once_and_offers_choices():
    assert len({k.kind for k in KINDS}) == len(KINDS)
    assert all(type(a) in KINDS for a in chooser_architectures())
    for kind in KINDS:
        assert kind.choices()


@pytest.mark.parametrize("arch", ARCHS, ids=IDS)
def test_build_is_seeded_and_deterministic(arch):
    a, b, c = build_network(arch, 3), build_network(arch, 3), build_network(arch, 4)
    assert a.architecture == arch
    assert list(a.parameters()) == list(arch.parameter_shapes())
    for name, shape in arch.parameter_shapes().items():
        assert a.parameters()[name].shape == shape and a.parameters()[name].dtype == np.float32
        assert a.parameters()[name].tobytes() == b.parameters()[name].tobytes()
    assert any(not np.array_equal(a.parameters()[k], c.parameters()[k]) for k in a.parameters())


@pytest.mark.parametrize("arch", ARCHS, ids=IDS)
def test_gradients_of_every_parameter_match_finite_differences(arch):
    net = build_network(arch, 2)
    x, y = batch(3, seed=5)
    params = {k: v.astype(np.float64) for k, v in net.parameters().items()}
    rng = np.random.default_rng(0)
    for k in params:   # away from zero: units on both sides of a ReLU's kink
        params[k] += rng.standard_normal(params[k].shape) * 0.05
    x64 = x.astype(np.float64)

    def loss(p):
        return float(cross_entropy(arch.forward(p, x64).logits, y).mean())

    # the kind's gradient formulas (its float32 network), against float64 central differences
    exact = {k: v.astype(np.float64) for k, v in arch.network(params).parameter_gradients(x, y).items()}
    # float64 losses allow a small step; it must be, since a convolution has thousands of ReLU and
    # max-pooling kinks, and a step across one (a pre-activation 6e-6 from 0 was met) is not a slope
    eps = 1e-6
    for name, value in params.items():
        flat = value.reshape(-1)
        picks = rng.choice(flat.size, size=min(12, flat.size), replace=False)
        for i in picks:
            plus, minus = dict(params), dict(params)
            plus[name], minus[name] = value.copy(), value.copy()
            plus[name].reshape(-1)[i] += eps
            minus[name].reshape(-1)[i] -= eps
            numeric = (loss(plus) - loss(minus)) / (2 * eps)
            assert exact[name].reshape(-1)[i] == pytest.approx(numeric, rel=2e-2, abs=2e-5), (name, i)
    assert set(exact) == set(params)


@pytest.mark.parametrize("arch", ARCHS, ids=IDS)
def test_save_and_load_round_trip_is_bit_identical(tmp_path, arch):
    net = build_network(arch, 7)
    for v in net.parameters().values():
        v += np.float32(0.125)
    path = tmp_path / "w.npz"
    save_network(path, net)
    loaded = load_network(path)
    assert type(loaded) is type(net) and loaded.architecture == arch
    for name, value in net.parameters().items():
        assert loaded.parameters()[name].tobytes() == value.tobytes()
    with np.load(path) as npz:
        assert str(npz["kind"]) == arch.kind


@pytest.mark.parametrize("arch", ARCHS, ids=IDS)
def test_per_example_kernel_is_the_textbook_loop(arch):
    """The fast per-example kernel gives exactly the plain loop: forward, gradient of the one
    example, every array updated before the next example."""
    x, y = batch(40, seed=3)
    lr = 0.05
    fast, plain = build_network(arch, 1), build_network(arch, 1)
    per_example, _ = arch.kernels(fast.parameters(), lr)
    L = per_example(x, y)
    for t in range(len(x)):
        logits = plain.logits(x[t:t + 1])[0]
        np.testing.assert_allclose(L[t], logits, rtol=1e-4, atol=1e-5)
        plain.step(x[t:t + 1], y[t:t + 1], lr)
    for name, value in plain.parameters().items():
        np.testing.assert_allclose(fast.parameters()[name], value, rtol=1e-4, atol=1e-6, err_msg=name)


@pytest.mark.parametrize("arch", ARCHS, ids=IDS)
def test_minibatch_kernel_is_one_gradient_step(arch):
    x, y = batch(16, seed=4)
    fast, plain = build_network(arch, 1), build_network(arch, 1)
    _, batch_step = arch.kernels(fast.parameters(), 0.3)
    loss, correct = batch_step(x, y)
    assert loss == pytest.approx(plain.loss(x, y), rel=1e-5)
    assert correct == int((plain.predict(x) == y).sum())
    plain.step(x, y, 0.3)
    for name, value in plain.parameters().items():
        np.testing.assert_allclose(fast.parameters()[name], value, rtol=1e-4, atol=1e-6, err_msg=name)


@pytest.mark.parametrize("arch", ARCHS, ids=IDS)
def test_explain_agrees_with_forward_and_the_gradients(arch):
    weights = NetworkWeights.of(build_network(arch, 5))
    x, y = batch(1, seed=6)
    e = weights.explain(x[0], int(y[0]))
    f = weights.forward(x[0])
    np.testing.assert_allclose(e.logits, f.logits[0], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(e.probabilities, softmax(f.logits)[0], rtol=1e-5, atol=1e-7)
    assert e.prediction == int(f.logits[0].argmax()) and e.label == int(y[0])
    assert e.loss == pytest.approx(float(cross_entropy(f.logits, y)[0]), rel=1e-5)
    np.testing.assert_allclose(e.output_error, f.probabilities[0] - one_hot(y)[0], atol=1e-6)
    grads = weights.network().parameter_gradients(x, y)
    for name, g in e.gradients().items():
        np.testing.assert_allclose(g, grads[name], rtol=1e-4, atol=1e-7, err_msg=name)
    assert weights.explain(x[0]).label == e.prediction


@pytest.mark.parametrize("arch", ARCHS, ids=IDS)
def test_weights_cross_the_pipe_with_their_architecture(arch):
    weights = NetworkWeights.of(build_network(arch, 8))
    stream = io.BytesIO()
    write_message(stream, weights)
    stream.seek(0)
    got = read_message(stream)
    assert isinstance(got, NetworkWeights) and got.architecture == arch
    for name, value in weights.params.items():
        assert got.params[name].tobytes() == value.tobytes()


@pytest.mark.parametrize("arch", [a for k in KINDS for a in k.choices()], ids=str)
def test_every_choice_is_spelled_by_its_options(arch):
    assert architecture_from_options(arch.to_options()) == arch
    assert architecture_from_options(arch.to_options(), lesson=True) == arch
