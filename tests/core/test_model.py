import numpy as np
import pytest

from mnist_visualizer.core.model import WeightsError, load_weights, save_network, save_weights
from mnist_visualizer.core.networks.maths import cross_entropy, one_hot, softmax
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression, explain, gradients


def random_batch(n=5, seed=1):
    rng = np.random.default_rng(seed)
    x = rng.random((n, 784)).astype(np.float32)
    y = rng.integers(0, 10, n)
    return x, y


def test_softmax_is_a_distribution_and_finite_at_huge_logits():
    for l in (np.array([[1e4, 0, -1e4, 5e3, 1e4, 0, 0, 0, 0, 0]], np.float32),
              np.array([[3e38, -3e38] + [0] * 8], np.float32),
              np.full((1, 10), -1e4, np.float32)):
        p = softmax(l)
        assert np.isfinite(p).all()
        assert p.sum() == pytest.approx(1, abs=1e-6)
    assert softmax(np.array([[1e4, 0] + [0] * 8]))[0, 0] == 1


def test_loss_is_minus_log_p_of_the_label():
    model = SoftmaxRegression(seed=3)
    x, y = random_batch()
    p = model.probabilities(x)
    assert model.loss(x, y) == pytest.approx(float(np.mean(-np.log(p[np.arange(5), y]))), rel=1e-5)
    # finite where p_y rounds to zero
    assert np.isfinite(cross_entropy(np.array([[1e4] + [0] * 9], np.float32), np.array([3]))).all()
    assert cross_entropy(np.array([[1e4] + [0] * 9], np.float32), np.array([3]))[0] == pytest.approx(1e4)


def test_gradients_are_the_guides_x_times_p_minus_y():
    model = SoftmaxRegression(seed=2)
    x, y = random_batch(4)
    dW, db = model.gradients(x, y)
    p = model.probabilities(x)
    expected_dW = sum(np.outer(x[n], p[n] - one_hot(y)[n]) for n in range(4)) / 4
    np.testing.assert_allclose(dW, expected_dW, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(db, (p - one_hot(y)).mean(axis=0), rtol=1e-5, atol=1e-7)
    # and for one example, in the guide's own terms: dL/dw_ij = x_i (p_j - y_j)
    gW = explain(model.W, model.b, x[0], int(y[0])).grad_W
    for i in (0, 100, 783):
        for j in range(10):
            assert gW[i, j] == pytest.approx(x[0, i] * (p[0, j] - (j == y[0])), rel=1e-5, abs=1e-8)


def test_gradients_match_finite_differences():
    rng = np.random.default_rng(0)
    W = rng.standard_normal((784, 10)) * 0.1
    b = rng.standard_normal(10) * 0.1
    x, y = random_batch(3)
    x = x.astype(np.float64)
    dW, db = gradients(x, y, W, b)

    def loss(W, b):
        return float(cross_entropy(x @ W + b, y).mean())

    eps = 1e-6
    for i, j in [(0, 0), (123, 4), (500, 9), (783, 2)]:
        Wp, Wm = W.copy(), W.copy()
        Wp[i, j] += eps
        Wm[i, j] -= eps
        assert dW[i, j] == pytest.approx((loss(Wp, b) - loss(Wm, b)) / (2 * eps), rel=1e-5, abs=1e-9)
    for j in range(10):
        bp, bm = b.copy(), b.copy()
        bp[j] += eps
        bm[j] -= eps
        assert db[j] == pytest.approx((loss(W, bp) - loss(W, bm)) / (2 * eps), rel=1e-5, abs=1e-9)


def test_step_moves_the_weights_by_minus_lr_times_the_gradient_and_lowers_the_loss():
    model = SoftmaxRegression(seed=0)
    x, y = random_batch(8)
    W0, b0 = model.W.copy(), model.b.copy()
    dW, db = model.gradients(x, y)
    before = model.loss(x, y)
    model.step(x, y, lr=0.01)
    np.testing.assert_allclose(model.W, W0 - 0.01 * dW, rtol=1e-5, atol=1e-8)
    np.testing.assert_allclose(model.b, b0 - 0.01 * db, rtol=1e-5, atol=1e-8)
    assert model.loss(x, y) < before
    assert model.W.dtype == np.float32 and model.b.dtype == np.float32


def test_same_seed_same_weights_and_predict_is_argmax():
    a, b = SoftmaxRegression(seed=5), SoftmaxRegression(seed=5)
    np.testing.assert_array_equal(a.W, b.W)
    assert not np.array_equal(a.W, SoftmaxRegression(seed=6).W)
    x, _ = random_batch(6)
    np.testing.assert_array_equal(a.predict(x), a.probabilities(x).argmax(axis=1))


def test_weights_round_trip(tmp_path):
    model = SoftmaxRegression(seed=7)
    model.b[:] = np.arange(10)
    path = tmp_path / "w.npz"
    save_network(path, model)
    loaded = SoftmaxRegression.from_arrays(*load_weights(path))
    np.testing.assert_array_equal(loaded.W, model.W)
    np.testing.assert_array_equal(loaded.b, model.b)
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_saving_is_atomic_an_earlier_file_survives_a_failed_save(tmp_path, monkeypatch):
    path = tmp_path / "w.npz"
    good = SoftmaxRegression(seed=1)
    save_network(path, good)

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", crash)
    with pytest.raises(OSError):
        save_weights(path, np.zeros((784, 10)), np.zeros(10))
    monkeypatch.undo()
    np.testing.assert_array_equal(load_weights(path)[0], good.W)
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(__import__("pickle").dumps({"W": 1})), "pickled"),
    (lambda p: np.savez(p, W=np.array([object()], dtype=object), b=np.zeros(10)), "pickled"),
    (lambda p: np.savez(p, W=np.zeros((10, 784), np.float32), b=np.zeros(10, np.float32)), "shape"),
    (lambda p: np.savez(p, W=np.zeros((784, 10), np.float32), b=np.zeros(9, np.float32)), "shape"),
    (lambda p: np.savez(p, W=np.zeros((784, 10), np.int64), b=np.zeros(10)), "dtype"),
    (lambda p: np.savez(p, W=np.full((784, 10), np.nan, np.float32), b=np.zeros(10)), "NaN"),
    (lambda p: np.savez(p, W=np.zeros((784, 10), np.float32)), "missing"),
    (lambda p: np.save(p, np.zeros((784, 10))), ".npy"),
    (lambda p: p.write_bytes(b""), "not an .npz"),
    (lambda p: p.write_bytes(b"PK\x03\x04 truncated zip"), "not a readable"),
])
def test_bad_weights_files_are_refused_with_a_clear_error(tmp_path, make, message):
    path = tmp_path / "bad.npz"
    make(path)
    if not path.exists():  # np.save adds .npy
        path = tmp_path / "bad.npz.npy"
    with pytest.raises(WeightsError, match=message):
        load_weights(path)
    with pytest.raises(WeightsError):
        load_weights(tmp_path / "missing.npz")


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), prefix=st.sampled_from([b"", b"PK\x03\x04", b"\x93NUMPY", b"\x80\x04"]))
def test_random_bytes_as_weights_give_only_weights_error(tmp_path, data, prefix):
    path = tmp_path / "w.npz"
    path.write_bytes(prefix + data)
    with pytest.raises(WeightsError):
        load_weights(path)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flip=st.integers(min_value=0, max_value=10_000), value=st.integers(0, 255))
def test_a_damaged_real_weights_file_loads_or_gives_weights_error(tmp_path, flip, value):
    path = tmp_path / "w.npz"
    save_weights(path, np.ones((784, 10)), np.zeros(10))
    raw = bytearray(path.read_bytes())
    raw[flip % len(raw)] = value
    path.write_bytes(bytes(raw))
    try:
        W, b = load_weights(path)
    except WeightsError:
        return
    assert W.shape == (784, 10) and np.isfinite(W).all()


def test_a_truncated_weights_file_is_refused(tmp_path):
    path = tmp_path / "w.npz"
    save_weights(path, np.ones((784, 10)), np.zeros(10))
    raw = path.read_bytes()
    for keep in (10, len(raw) // 2, len(raw) - 30):
        path.write_bytes(raw[:keep])
        with pytest.raises(WeightsError):
            load_weights(path)


# --- the format with an architecture (core.model.save_network / load_network) ---------------------

from mnist_visualizer.core.model import load_network, save_network  # noqa: E402
from mnist_visualizer.core.networks.hidden_layer import HiddenLayerNetwork  # noqa: E402


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flip=st.integers(min_value=0, max_value=200_000), value=st.integers(0, 255),
       hidden=st.sampled_from([0, 3, 16]), activation=st.sampled_from(["relu", "sigmoid"]))
def test_a_damaged_network_file_loads_or_gives_weights_error(tmp_path, flip, value, hidden, activation):
    path = tmp_path / "net.npz"
    net = HiddenLayerNetwork(hidden, activation, seed=1) if hidden else SoftmaxRegression(seed=1)
    save_network(path, net)
    raw = bytearray(path.read_bytes())
    raw[flip % len(raw)] = value
    path.write_bytes(bytes(raw))
    try:
        loaded = load_network(path)
    except WeightsError:
        return
    shapes = loaded.architecture.parameter_shapes()
    for name, arr in loaded.parameters().items():
        assert arr.shape == shapes[name] and arr.dtype == np.float32 and np.isfinite(arr).all()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hidden=st.one_of(st.integers(-5, 5000), st.floats(allow_nan=True), st.text(max_size=5)),
       activation=st.one_of(st.text(max_size=10), st.integers(), st.just("relu")),
       h1=st.integers(1, 6), h2=st.integers(1, 6), drop=st.sampled_from([None, "W1", "b1", "W2", "b2"]))
def test_arbitrary_architecture_records_give_only_weights_error_or_a_fitting_network(
        tmp_path, hidden, activation, h1, h2, drop):
    arrays = {"W1": np.zeros((784, h1), np.float32), "b1": np.zeros(h1, np.float32),
              "W2": np.zeros((h2, 10), np.float32), "b2": np.zeros(10, np.float32),
              "hidden": np.array(hidden), "activation": np.array(activation)}
    arrays.pop(drop, None)
    path = tmp_path / "net.npz"
    np.savez(path, **arrays)
    try:
        loaded = load_network(path)
    except WeightsError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    assert isinstance(loaded, HiddenLayerNetwork)
    assert loaded.hidden == hidden == h1 == h2 and drop is None


def test_a_truncated_network_file_is_refused(tmp_path):
    path = tmp_path / "net.npz"
    save_network(path, HiddenLayerNetwork(8))
    raw = path.read_bytes()
    for keep in (10, len(raw) // 2, len(raw) - 30):
        path.write_bytes(raw[:keep])
        with pytest.raises(WeightsError):
            load_network(path)
