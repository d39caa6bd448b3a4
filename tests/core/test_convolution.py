"""The convolutional network: its formulas against plain loops and finite differences, its fast
kernels against the textbook loop, its explanation of one example, its options and files."""

import argparse

import numpy as np
import pytest

from mnist_visualizer.core.model import build_network, load_network, save_network
from mnist_visualizer.core.networks import (Convolution, OptionError, WeightsError, architecture_from_options,
                                            kind_of_file)
from mnist_visualizer.core.networks import convolution as conv
from mnist_visualizer.core.networks.convolution import (convolution_gradients, convolve, forward_pass,
                                                        input_error, max_pool, minibatch_step_convolution,
                                                        parse_filters, patches_by_window, route_to_maximum,
                                                        sgd_block_convolution, sgd_block_one_block)
from mnist_visualizer.core.networks.maths import cross_entropy, softmax
from mnist_visualizer.core.training import TrainConfig, Trainer, TrainingDiverged, suggested_learning_rate

DEPTHS = [Convolution((3,), 5), Convolution((2, 3), 3), Convolution((2, 2), 7), Convolution((2,), 7)]
IDS = [a.describe() for a in DEPTHS]


def batch(n, seed=1):
    rng = np.random.default_rng(seed)
    x = (rng.random((n, 784)) * (rng.random((n, 784)) < 0.4)).astype(np.float32)
    return x, rng.integers(0, 10, n)


def params64(net, noise=0.0, seed=0):
    rng = np.random.default_rng(seed)
    return {k: v.astype(np.float64) + rng.standard_normal(v.shape) * noise for k, v in net.parameters().items()}


# --- the formulas against plain loops ----------------------------------------------------------

def correlate_by_loops(images, K, c):
    """x ⋆ K + c, pixel by pixel: images (C, n, H, W), K (F, C, k, k) -> (F, n, Ho, Wo)."""
    C, n, H, W = images.shape
    F, _, k, _ = K.shape
    out = np.zeros((F, n, H - k + 1, W - k + 1))
    for f in range(F):
        for e in range(n):
            for i in range(H - k + 1):
                for j in range(W - k + 1):
                    out[f, e, i, j] = (images[:, e, i:i + k, j:j + k] * K[f]).sum() + c[f]
    return out


def test_convolve_is_the_correlation_written_out():
    rng = np.random.default_rng(0)
    images, K, c = rng.standard_normal((2, 3, 9, 8)), rng.standard_normal((4, 2, 3, 3)), rng.standard_normal(4)
    a, P = convolve(images, K, c)
    np.testing.assert_allclose(a, correlate_by_loops(images, K, c), atol=1e-12)
    assert P.shape == (2 * 3 * 3, 3 * 7 * 6)


def test_pooling_takes_each_windows_maximum_and_routes_delta_to_the_first_of_equal_ones():
    r = np.array([[[[1., 5., 0., 0., 9.],
                    [2., 3., 0., 0., 9.],
                    [7., 7., 4., 6., 9.],
                    [7., 1., 6., 2., 9.],
                    [9., 9., 9., 9., 9.]]]])      # 5x5: the last row and column belong to no window
    q = max_pool(r)
    np.testing.assert_array_equal(q, [[[[5., 0.], [7., 6.]]]])
    delta_r = route_to_maximum(np.array([[[[1., 2.], [3., 4.]]]]), r, q)
    expected = np.zeros((5, 5))
    expected[0, 1] = 1     # the 5
    expected[0, 2] = 2     # four zeros: the first
    expected[2, 0] = 3     # 7, 7, 7: the first in reading order
    expected[2, 3] = 4     # 6 and 6: the first
    np.testing.assert_array_equal(delta_r[0, 0], expected)


@pytest.mark.parametrize("k", conv.KERNEL_SIZES)
def test_the_per_example_kernels_patches_are_each_windows_corners_with_a_one_for_the_bias(k):
    x, _ = batch(2)
    P = patches_by_window(x, k)
    m = (28 - k + 1) // 2
    assert P.shape == (2, 4, k * k + 1, m * m)
    images = x.reshape(2, 28, 28)
    corners_seen = [(0, (0, 0), (0, 0)), (1, (1, 0), (3, 7)), (0, (1, 1), (m - 1, m - 1)), (1, (0, 1), (5, 2))]
    for t, (ci, cj), (i, j) in corners_seen:   # (example, corner of the window, window)
        top, left = 2 * i + ci, 2 * j + cj          # the corner's position in the feature map
        column = P[t, 2 * ci + cj, :, i * m + j]
        np.testing.assert_array_equal(column[:-1], images[t, top:top + k, left:left + k].reshape(-1))
        assert column[-1] == 1


def test_input_error_is_the_convolutions_adjoint():
    """<x ⋆ K, δ> = <x, δ_x> for every x and δ: δ_x is exactly what the chain rule sends back."""
    rng = np.random.default_rng(1)
    x, K, delta = rng.standard_normal((3, 2, 10, 10)), rng.standard_normal((4, 3, 5, 5)), rng.standard_normal((4, 2, 6, 6))
    a, _ = convolve(x, K, np.zeros(4))
    assert (a * delta).sum() == pytest.approx((x * input_error(delta, K)).sum(), rel=1e-10)


# --- gradients ---------------------------------------------------------------------------------

@pytest.mark.parametrize("arch", DEPTHS, ids=IDS)
def test_every_gradient_of_both_depths_matches_finite_differences(arch):
    net = build_network(arch, 1)
    x, y = batch(3, seed=4)
    x = x.astype(np.float64)
    p = params64(net, noise=0.05)
    grads = convolution_gradients(p, x, y)
    rng = np.random.default_rng(3)

    def loss(q):
        return cross_entropy(forward_pass(q, x)[2], y).mean()

    for name, value in p.items():
        for i in rng.choice(value.size, size=min(8, value.size), replace=False):
            plus, minus = {k: v.copy() for k, v in p.items()}, {k: v.copy() for k, v in p.items()}
            plus[name].reshape(-1)[i] += 1e-6
            minus[name].reshape(-1)[i] -= 1e-6
            numeric = (loss(plus) - loss(minus)) / 2e-6
            assert grads[name].reshape(-1)[i] == pytest.approx(numeric, rel=1e-4, abs=1e-8), (name, i)


def test_a_chunked_batch_has_the_gradient_of_the_batch_in_one_piece(monkeypatch):
    arch = Convolution((3, 4), 3)
    p = params64(build_network(arch, 2))
    x, y = batch(conv.CHUNK * 2 + 5)
    chunked = convolution_gradients(p, x.astype(np.float64), y)
    monkeypatch.setattr(conv, "CHUNK", 10_000)
    whole = convolution_gradients(p, x.astype(np.float64), y)
    for name in p:
        np.testing.assert_allclose(chunked[name], whole[name], rtol=1e-10, atol=1e-14)


# --- training kernels ----------------------------------------------------------------------------

def textbook_loop(x, y, p, lr):
    """Per-example gradient descent as the text writes it: each example's gradients, every array
    updated before the next example."""
    for t in range(len(x)):
        grads = convolution_gradients(p, x[t:t + 1], y[t:t + 1])
        for k in p:
            p[k] -= lr * grads[k]


def logits_before_each_update(x, y, p, lr):
    """The textbook loop's logits of each example under the weights just before its own update."""
    L = []
    for t in range(len(x)):
        L.append(forward_pass(p, x[t:t + 1])[2][0])
        textbook_loop(x[t:t + 1], y[t:t + 1], p, lr)
    return np.array(L)


@pytest.mark.parametrize("kernel", conv.KERNEL_SIZES)
def test_the_one_block_per_example_kernel_is_exactly_the_textbook_loop(kernel):
    net = build_network(Convolution((4,), kernel), 3)
    K1, c1 = net.parameters()["K1"], net.parameters()["c1"]
    c1[:] = [0.1, -0.1, 0.0, 0.2]
    K1[0] = 0
    K1[0, 0, kernel // 2, kernel // 2] = 1     # windows whose centres are blank tie at a = c1 > 0,
    x, y = batch(40, seed=6)                    # with other patches: δ must go to the first
    x[:, :8 * 28] = 0                           # and a blank top, as a digit's (a = c1 at every corner)
    ref, fast = params64(net), params64(net)
    expected = logits_before_each_update(x.astype(np.float64), y, ref, 0.05)
    L = sgd_block_one_block(x.astype(np.float64), y, fast["K1"], fast["c1"], fast["W"], fast["b"], 0.05)
    for k in ref:   # (the kernels take λ as float32: 0.05 is then 1.5e-9 off)
        np.testing.assert_allclose(fast[k], ref[k], atol=1e-8, err_msg=k)
    np.testing.assert_allclose(L, expected, atol=1e-6)
    # float32, as the trainer runs it
    p32 = {k: v.copy() for k, v in net.parameters().items()}
    ref = params64(net)
    textbook_loop(x[:10].astype(np.float64), y[:10], ref, 0.05)
    sgd_block_one_block(x[:10], y[:10], p32["K1"], p32["c1"], p32["W"], p32["b"], 0.05)
    for k in ref:
        np.testing.assert_allclose(p32[k], ref[k], atol=2e-5, err_msg=k)


def test_the_two_block_per_example_kernel_is_the_textbook_loop_and_returns_logits_before_each_update():
    net = build_network(Convolution((2, 3), 5), 3)
    x, y = batch(12, seed=7)
    ref, fast = params64(net), params64(net)
    first = forward_pass(ref, x[:1].astype(np.float64))[2][0]
    textbook_loop(x.astype(np.float64), y, ref, 0.05)
    L = sgd_block_convolution(x.astype(np.float64), y, fast, 0.05)
    for k in ref:
        np.testing.assert_allclose(fast[k], ref[k], atol=1e-8, err_msg=k)
    np.testing.assert_allclose(L[0], first, atol=1e-6)


@pytest.mark.parametrize("arch", DEPTHS[:2], ids=IDS[:2])
def test_a_minibatch_step_is_the_networks_step_and_measures_the_batch_before_it(arch):
    x, y = batch(40)
    a, b = build_network(arch, 0), build_network(arch, 0)
    before, right = a.loss(x, y), int((a.predict(x) == y).sum())
    loss, correct = minibatch_step_convolution(x, y, a.parameters(), 0.3)
    b.step(x, y, 0.3)
    for k in a.parameters():
        np.testing.assert_allclose(a.parameters()[k], b.parameters()[k], rtol=1e-4, atol=1e-6)
    assert loss == pytest.approx(before, rel=1e-5) and correct == right


@pytest.mark.parametrize("batch_size", [1, 16])
def test_a_few_thousand_examples_teach_the_convolution_to_read_digits(mnist, batch_size):
    arch = Convolution((4,), 5)
    trainer = Trainer(build_network(arch), mnist, TrainConfig(suggested_learning_rate(batch_size, arch), batch_size))
    trainer.train(3000 // batch_size)
    net = trainer.model
    assert net.accuracy(mnist.test_images[:1000] / np.float32(255), mnist.test_labels[:1000]) >= 0.85


def test_divergence_of_the_convolution_is_caught_and_every_array_restored(mnist):
    trainer = Trainer(build_network(Convolution((4,), 5)), mnist, TrainConfig(0.01, 1))
    trainer.train(100)
    trainer.config.learning_rate = 1e6
    good = {k: v.copy() for k, v in trainer.model.parameters().items()}
    with pytest.raises(TrainingDiverged, match="conv 4"):
        trainer.train(500)
    for k, v in trainer.model.parameters().items():
        np.testing.assert_array_equal(v, good[k])


# --- one example, every number -----------------------------------------------------------------

@pytest.mark.parametrize("arch", DEPTHS[:2], ids=IDS[:2])
def test_the_explanation_holds_every_number_of_one_example(arch):
    net = build_network(arch, 5)
    x, _ = batch(1, seed=9)
    e = arch.explain(net.parameters(), x[0], label=3)
    assert e.label == 3 and len(e.blocks) == arch.depth
    np.testing.assert_allclose(e.probabilities, softmax(net.logits(x))[0], rtol=1e-5)
    np.testing.assert_allclose(e.evidence.sum(axis=0) + net.parameters()["b"], e.logits, atol=1e-4)
    np.testing.assert_allclose(e.delta, e.probabilities - np.eye(10)[3], atol=1e-7)
    grads = convolution_gradients(net.parameters(), x, np.array([3]))
    for k, g in e.gradients().items():
        np.testing.assert_allclose(g, grads[k], rtol=1e-4, atol=1e-6, err_msg=k)
    block = e.blocks[0]
    assert block.input.shape == (1, 28, 28) and block.r.shape[0] == arch.filters[0]
    assert np.array_equal(block.r, np.maximum(block.a, 0))
    np.testing.assert_array_equal(block.delta_a, block.delta_r * (block.a > 0))


def test_one_position_shows_the_patch_the_kernel_their_products_and_where_it_goes():
    arch = Convolution((4,), 5)
    net = build_network(arch, 2)
    net.parameters()["c1"][:] = 0.05
    x, _ = batch(1, seed=10)
    block = arch.explain(net.parameters(), x[0]).blocks[0]
    for f, i, j in [(0, 0, 0), (3, 23, 23), (1, 10, 7), (2, 5, 12)]:
        pos = block.position(f, i, j)
        np.testing.assert_array_equal(pos.patch[0], block.input[0, i:i + 5, j:j + 5])
        np.testing.assert_array_equal(pos.products, pos.patch * pos.kernel)
        assert pos.total + pos.bias == pytest.approx(pos.a, abs=1e-5) and pos.r == max(pos.a, 0)
        window = block.r[f, 2 * (i // 2): 2 * (i // 2) + 2, 2 * (j // 2): 2 * (j // 2) + 2]
        assert pos.pooled == window.max() and pos.pooled_at == (i // 2, j // 2)
        first = int(np.argmax(window.reshape(-1) == window.max()))   # pooling's choice
        assert pos.is_max == (first == (i % 2) * 2 + j % 2)
        assert pos.is_max or pos.delta_r == 0                          # δ comes back only to it
    with pytest.raises(IndexError):
        block.position(4, 0, 0)


# --- options and files ---------------------------------------------------------------------------

def test_the_architecture_is_spelled_in_lessons_and_on_the_command_line():
    assert architecture_from_options({"conv": 8}) == Convolution((8,), 5)
    assert architecture_from_options({"conv": [8, 16], "kernel": 3}) == Convolution((8, 16), 3)
    assert Convolution((8, 16), 3).to_options() == {"conv": [8, 16], "kernel": 3}
    assert parse_filters("8") == 8 and parse_filters("8,16") == [8, 16]
    for bad in ("8,16,32", "0", "65", "eight", "8,"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_filters(bad)
    with pytest.raises(OptionError, match="kernel must be one of 3, 5, 7"):
        architecture_from_options({"conv": 8, "kernel": 4})
    with pytest.raises(OptionError, match="does not go with"):
        architecture_from_options({"conv": 8, "hidden": 64})
    with pytest.raises(OptionError, match="window offers"):
        architecture_from_options({"conv": 33}, lesson=True)
    assert Convolution((8,), 5).formula() == "28×28 → 8@24×24 ReLU → pool 8@12×12 → 10 softmax"
    assert Convolution((8, 16), 5).parameter_shapes()["W"] == (16 * 4 * 4, 10)
    assert Convolution((8, 16), 7).parameter_shapes()["W"] == (16 * 2 * 2, 10)   # 11 -> 5 -> pool 2


def test_a_saved_convolution_loads_back_as_the_network_it_holds(tmp_path):
    net = build_network(Convolution((3, 5), 3), 4)
    path = tmp_path / "c.npz"
    save_network(path, net)
    loaded = load_network(path)
    assert loaded.architecture == net.architecture
    for k, v in net.parameters().items():
        assert loaded.parameters()[k].tobytes() == v.tobytes()
    with np.load(path, allow_pickle=False) as npz:
        assert str(npz["kind"]) == "convolution" and list(npz["filters"]) == [3, 5] and int(npz["kernel"]) == 3


@pytest.mark.parametrize("changes, message", [
    ({"filters": None}, "not its 'filters' and 'kernel'"),
    ({"kernel": np.array(4)}, "kernel must be one of"),
    ({"filters": np.array([1.5])}, "'filters' must be"),
    ({"filters": np.array([8, 16, 32])}, "filters must be one or two"),
    ({"filters": np.array([4])}, r"K1 has shape \(3, 1, 5, 5\), expected \(4, 1, 5, 5\)"),
])
def test_convolution_files_that_do_not_fit_give_a_clear_weights_error(tmp_path, changes, message):
    net = build_network(Convolution((3,), 5), 0)
    arrays = {**net.parameters(), "kind": np.array("convolution"), **Convolution((3,), 5).file_record()}
    arrays.update(changes)
    path = tmp_path / "bad.npz"
    np.savez(path, **{k: v for k, v in arrays.items() if v is not None})
    with pytest.raises(WeightsError, match=message):
        load_network(path)


def test_the_largest_convolution_bounds_what_the_pipe_must_carry():
    largest = Convolution.largest()
    size = sum(int(np.prod(s)) for s in largest.parameter_shapes().values())
    assert all(size >= sum(int(np.prod(s)) for s in a.parameter_shapes().values()) for a in Convolution.choices())
    assert kind_of_file({"kind": np.array("convolution"), **largest.file_record()}, "x.npz") == largest


def test_the_forward_pass_keeps_feature_maps_for_a_drawing_not_for_the_test_set():
    arch = Convolution((3, 4), 5)
    net = build_network(arch, 1)
    x, _ = batch(conv.CHUNK + 8)
    few, many = arch.forward(net.parameters(), x[:2]), arch.forward(net.parameters(), x)
    assert [m.shape for m in few.feature_maps] == [(2, 3, 24, 24), (2, 4, 8, 8)]
    assert [m.shape for m in few.pooled_maps] == [(2, 3, 12, 12), (2, 4, 4, 4)]
    assert many.feature_maps == () and many.pooled_maps == ()
    np.testing.assert_allclose(many.logits[:2], few.logits, rtol=1e-5, atol=1e-6)   # (float32 sums
    np.testing.assert_allclose(many.logits, net.logits(x), rtol=1e-5, atol=1e-6)    # in other orders)
