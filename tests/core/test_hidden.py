"""The network with one hidden layer: its gradients, its training, its files."""

import numpy as np
import pytest

from mnist_visualizer.core.data import Dataset, to_float
from mnist_visualizer.core.explore import evaluate_test_set
from mnist_visualizer.core.history import Moment, WeightHistory
from mnist_visualizer.core.model import (NetworkWeights, WeightsError, build_network, load_network, load_weights,
                                         save_network, save_weights)
from mnist_visualizer.core.networks import HiddenLayer, OneLayer
from mnist_visualizer.core.networks.hidden_layer import (HiddenLayerNetwork, activate, activation_slope,
                                                         explain_hidden, hidden_gradients,
                                                         minibatch_step_hidden, sgd_block_hidden, step_hidden)
from mnist_visualizer.core.networks.maths import cross_entropy, softmax
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.core.training import TrainConfig, Trainer, TrainingDiverged, evaluate, suggested_learning_rate

ACTIVATIONS = ["relu", "sigmoid"]


def batch(n, seed=1, sparse=True):
    rng = np.random.default_rng(seed)
    x = rng.random((n, 784)) * ((rng.random((n, 784)) < 0.25) if sparse else 1)
    return x.astype(np.float32), rng.integers(0, 10, n)


def params64(net):
    return {k: v.astype(np.float64) for k, v in net.parameters().items()}


# --- architecture ---------------------------------------------------------------------------------

def test_architecture_describes_itself_and_checks_its_values():
    assert OneLayer().describe() == "one layer" and not isinstance(OneLayer(), HiddenLayer)
    arch = HiddenLayer(128, "relu")
    assert isinstance(arch, HiddenLayer) and arch.describe() == "hidden 128 ReLU"
    assert HiddenLayer(16, "sigmoid").describe() == "hidden 16 sigmoid"
    assert arch.formula() == "784 → 128 ReLU → 10 softmax"
    assert arch.parameter_shapes() == {"W1": (784, 128), "b1": (128,), "W2": (128, 10), "b2": (10,)}
    for bad in (dict(hidden=-1), dict(hidden=4097), dict(hidden=2.5), dict(hidden=True),
                dict(hidden=8, activation="tanh")):
        with pytest.raises(ValueError):
            HiddenLayer(**bad)
    assert SoftmaxRegression().architecture == OneLayer()
    assert HiddenLayerNetwork(32, "sigmoid").architecture == HiddenLayer(32, "sigmoid")


def test_build_network_and_parameters_are_the_live_arrays():
    net = build_network(HiddenLayer(64, "relu"), seed=3)
    assert isinstance(net, HiddenLayerNetwork)
    assert list(net.parameters()) == ["W1", "b1", "W2", "b2"]
    assert all(v.dtype == np.float32 for v in net.parameters().values())
    net.parameters()["b2"][0] = 5.0
    assert net.b2[0] == 5.0
    assert isinstance(build_network(OneLayer()), SoftmaxRegression)
    assert list(SoftmaxRegression().parameters()) == ["W", "b"]
    copy = net.architecture.network(net.parameters())
    assert all(np.array_equal(copy.parameters()[k], v) for k, v in net.parameters().items())
    with pytest.raises(ValueError, match=r"W1 has shape \(784, 64\), expected \(784, 32\)"):
        HiddenLayer(32).network(net.parameters())


def test_initialisation_is_seeded_and_scaled_for_the_activation():
    a, b = HiddenLayerNetwork(256, "relu", seed=4), HiddenLayerNetwork(256, "relu", seed=4)
    assert all(np.array_equal(a.parameters()[k], b.parameters()[k]) for k in a.parameters())
    assert not np.array_equal(a.W1, HiddenLayerNetwork(256, "relu", seed=5).W1)
    assert a.W1.std() == pytest.approx(np.sqrt(2 / 784), rel=0.05)           # He
    s = HiddenLayerNetwork(256, "sigmoid", seed=4)
    assert s.W1.std() == pytest.approx(np.sqrt(2 / (784 + 256)), rel=0.05)   # Glorot
    assert not np.any(a.b1) and not np.any(a.b2)


def test_equal_starting_weights_keep_every_hidden_unit_identical():
    """Why the hidden layer cannot start from zeros as the one-layer network does."""
    net = HiddenLayerNetwork(8, "sigmoid")
    net.W1[...] = 0.01
    net.W2[...] = 0.01
    x, y = batch(32)
    for _ in range(20):
        net.step(x, y, 0.5)
    assert np.allclose(net.W1, net.W1[:, :1]) and np.allclose(net.W2, net.W2[:1])


# --- forward and gradients ------------------------------------------------------------------------

@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_forward_is_the_layers_written_out(activation):
    net = HiddenLayerNetwork(32, activation, seed=2)
    x, _ = batch(5)
    out = HiddenLayer(32, activation).forward(net.parameters(), x)
    z = x @ net.W1 + net.b1
    h = np.maximum(z, 0) if activation == "relu" else 1 / (1 + np.exp(-z))
    np.testing.assert_allclose(out.z, z, rtol=1e-6)
    np.testing.assert_allclose(out.h, h, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(out.logits, h @ net.W2 + net.b2, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(out.probabilities.sum(axis=1), 1, rtol=1e-6)
    np.testing.assert_array_equal(net.predict(x), out.logits.argmax(axis=1))
    one = SoftmaxRegression(seed=1)
    plain = OneLayer().forward(one.parameters(), x)
    assert plain.z is None and plain.h is None
    np.testing.assert_allclose(plain.probabilities, one.probabilities(x))


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize("n", [1, 4])
def test_gradients_of_both_layers_match_finite_differences(activation, n):
    net = HiddenLayerNetwork(16, activation, seed=n)
    p = params64(net)
    p["b1"] += np.random.default_rng(0).standard_normal(16) * 0.1   # units on both sides of 0
    x, y = batch(n, seed=n, sparse=False)
    x = x.astype(np.float64)
    grads = hidden_gradients(x, y, p["W1"], p["b1"], p["W2"], p["b2"], activation)
    z = x @ p["W1"] + p["b1"]

    def loss(q):
        return float(cross_entropy(activate(x @ q["W1"] + q["b1"], activation) @ q["W2"] + q["b2"], y).mean())

    rng = np.random.default_rng(n)
    eps = 1e-6
    picks = {"W1": [(int(rng.integers(784)), j) for j in range(0, 16, 3)], "b1": [(j,) for j in range(16)],
             "W2": [(i, j) for i in (0, 7, 15) for j in (0, 4, 9)], "b2": [(j,) for j in range(10)]}
    for name, entries in picks.items():
        for idx in entries:
            if name in ("W1", "b1") and activation == "relu" and np.any(np.abs(z[:, idx[-1]]) < 1e-4):
                continue   # the kink of ReLU: no derivative there
            qp, qm = dict(p), dict(p)
            qp[name], qm[name] = p[name].copy(), p[name].copy()
            qp[name][idx] += eps
            qm[name][idx] -= eps
            numeric = (loss(qp) - loss(qm)) / (2 * eps)
            assert grads[name][idx] == pytest.approx(numeric, rel=1e-5, abs=1e-9), (name, idx)


def test_backward_formulas_read_as_the_course_text():
    net = HiddenLayerNetwork(12, "relu", seed=0)
    x, y = batch(3)
    g = net.gradients(x, y)
    z = x @ net.W1 + net.b1
    h = np.maximum(z, 0)
    delta2 = softmax(h @ net.W2 + net.b2) - np.eye(10)[y]
    delta1 = (delta2 @ net.W2.T) * (z > 0)
    np.testing.assert_allclose(g["W2"], h.T @ delta2 / 3, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(g["b2"], delta2.mean(0), rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(g["W1"], x.T @ delta1 / 3, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(g["b1"], delta1.mean(0), rtol=1e-5, atol=1e-7)
    assert activation_slope(np.array([-1.0, 2.0]), None, "relu").tolist() == [0, 1]


# --- training -------------------------------------------------------------------------------------

def textbook_loop(x, y, p, lr, activation):
    """Per-example gradient descent as the text writes it, every array updated after each example."""
    for t in range(len(x)):
        z = x[t] @ p["W1"] + p["b1"]
        h = activate(z, activation)
        delta2 = softmax(h @ p["W2"] + p["b2"]) - np.eye(10)[y[t]]
        delta1 = (delta2 @ p["W2"].T) * activation_slope(z, h, activation)
        p["W2"] -= lr * np.outer(h, delta2)
        p["b2"] -= lr * delta2
        p["W1"] -= lr * np.outer(x[t], delta1)
        p["b1"] -= lr * delta1


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_block_sgd_of_the_hidden_network_is_exactly_the_per_example_loop(activation):
    net = HiddenLayerNetwork(32, activation, seed=1)
    x, y = batch(300, seed=2)
    x = x.astype(np.float64)
    ref, blk = params64(net), params64(net)
    textbook_loop(x, y, ref, 0.05, activation)
    for s in range(0, 300, 128):
        sgd_block_hidden(x[s:s + 128], y[s:s + 128], blk["W1"], blk["b1"], blk["W2"], blk["b2"], 0.05, activation)
    for k in ref:
        assert np.abs(blk[k] - ref[k]).max() < 1e-6, k
    # float32, as the trainer runs it: the same path (chaotic over hundreds of steps, so a few)
    p32 = {k: v.copy() for k, v in net.parameters().items()}
    ref = params64(net)
    textbook_loop(x[:20], y[:20], ref, 0.05, activation)
    sgd_block_hidden(x[:20].astype(np.float32), y[:20], p32["W1"], p32["b1"], p32["W2"], p32["b2"], 0.05, activation)
    for k in ref:
        assert np.abs(p32[k] - ref[k]).max() < 1e-5, k


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_minibatch_step_hidden_is_the_networks_step(activation):
    x, y = batch(32)
    a, b = HiddenLayerNetwork(24, activation, 0), HiddenLayerNetwork(24, activation, 0)
    before = a.loss(x, y)
    loss, correct = minibatch_step_hidden(x, y, a.W1, a.b1, a.W2, a.b2, 0.3, activation)
    b.step(x, y, 0.3)
    for k in a.parameters():
        np.testing.assert_allclose(a.parameters()[k], b.parameters()[k], rtol=1e-5, atol=1e-6)
    assert loss == pytest.approx(before, rel=1e-5)
    assert correct == int((HiddenLayerNetwork(24, activation, 0).predict(x) == y).sum())


def tiny_dataset(n=400, seed=0):
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, (n, 784)).astype(np.uint8)
    labels = images[:, :10].argmax(axis=1).astype(np.uint8)
    return Dataset(images, labels, images[:100], labels[:100], tuple("0123456789"), None)


@pytest.mark.parametrize("batch_size", [1, 7, 400])
def test_trainer_drives_the_hidden_network_and_keeps_the_bytes(batch_size):
    ds = tiny_dataset()
    trainer = Trainer(HiddenLayerNetwork(16, "relu", 0), ds, TrainConfig(0.01, batch_size))
    assert trainer.x_train is ds.train_images and trainer.x_train.dtype == np.uint8
    W1 = trainer.model.W1.copy()
    chunks = list(trainer.train_epoch(chunk_updates=5))
    assert trainer.examples_seen == 400 and trainer.updates == -(-400 // batch_size)
    assert sum(len(c.losses) for c in chunks) == trainer.updates
    assert not np.array_equal(trainer.model.W1, W1) and trainer.model.is_finite()


def test_one_trainer_step_of_the_hidden_network_is_one_textbook_example():
    ds = tiny_dataset()
    trainer = Trainer(HiddenLayerNetwork(16, "sigmoid", 0), ds, TrainConfig(0.05, 1))
    ref = params64(trainer.model)
    trainer.train(1)
    i = trainer.order[0]
    textbook_loop(to_float(ds.train_images[i:i + 1]).astype(np.float64), trainer.y_train[i:i + 1], ref, 0.05,
                  "sigmoid")
    for k, v in trainer.model.parameters().items():
        np.testing.assert_allclose(v, ref[k], atol=1e-6)


def test_the_trainer_takes_a_new_network_between_calls():
    trainer = Trainer(SoftmaxRegression(0), tiny_dataset(), TrainConfig(0.01, 1))
    trainer.train(10)
    trainer.model = HiddenLayerNetwork(8, "relu", 0)
    W1 = trainer.model.W1.copy()
    trainer.train(10)
    assert not np.array_equal(trainer.model.W1, W1)


@pytest.mark.parametrize("batch_size", [1, 128])
@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_divergence_of_the_hidden_network_is_caught_and_all_four_arrays_restored(batch_size, activation, mnist):
    trainer = Trainer(HiddenLayerNetwork(32, activation, 0), mnist, TrainConfig(0.01, batch_size))
    trainer.train(200 // batch_size + 1)
    trainer.config.learning_rate = 1e6
    good = {k: v.copy() for k, v in trainer.model.parameters().items()}
    seen = trainer.examples_seen
    with pytest.raises(TrainingDiverged, match="hidden 32") as info:
        trainer.train(2000 // batch_size)
    assert f"{suggested_learning_rate(batch_size, HiddenLayer(32, activation)):g}" in str(info.value)
    assert trainer.examples_seen == seen and trainer.model.is_finite()
    for k, v in trainer.model.parameters().items():
        np.testing.assert_array_equal(v, good[k])


def test_a_few_thousand_examples_teach_the_hidden_network_to_read_digits(mnist):
    arch = HiddenLayer(64, "relu")
    trainer = Trainer(build_network(arch), mnist, TrainConfig(suggested_learning_rate(1, arch), 1))
    trainer.train(6000)
    assert trainer.evaluate().test_accuracy >= 0.88


def test_evaluate_takes_bytes_or_floats_in_chunks():
    ds = tiny_dataset()
    net = HiddenLayerNetwork(16, "relu", 1)
    y = ds.test_labels.astype(np.int64)
    a = evaluate(net, ds.test_images, y, chunk=30)
    b = evaluate(net, to_float(ds.test_images), y)
    assert a.test_accuracy == b.test_accuracy == net.accuracy(to_float(ds.test_images), y)
    assert a.test_loss == pytest.approx(net.loss(to_float(ds.test_images), y), rel=1e-5)
    np.testing.assert_array_equal(a.predictions, b.predictions)


def test_evaluate_test_set_takes_a_network_or_its_weights():
    ds = tiny_dataset()
    net = HiddenLayerNetwork(16, "sigmoid", 1)
    by_net = evaluate_test_set(ds.test_images, ds.test_labels, net, chunk=40)
    by_dict = evaluate_test_set(to_float(ds.test_images), ds.test_labels, NetworkWeights.of(net))
    np.testing.assert_array_equal(by_net.predictions, net.predict(to_float(ds.test_images)))
    np.testing.assert_array_equal(by_net.predictions, by_dict.predictions)
    np.testing.assert_allclose(by_net.probabilities, by_dict.probabilities, rtol=1e-6)
    one = SoftmaxRegression(2)
    old = evaluate_test_set(to_float(ds.test_images), ds.test_labels, one.W, one.b)
    np.testing.assert_array_equal(old.predictions, evaluate_test_set(ds.test_images, ds.test_labels, one).predictions)


# --- one example, history ---------------------------------------------------------------------------

@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_explain_hidden_holds_the_chain_rule_for_one_example(activation):
    net = HiddenLayerNetwork(40, activation, seed=3)
    x, y = batch(1, seed=5)
    e = explain_hidden(net.parameters(), activation, x[0], int(y[0]))
    grads = net.gradients(x, y)
    np.testing.assert_allclose(e.grad_W2, grads["W2"], rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(e.grad_b2, grads["b2"], rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(e.grad_b1, grads["b1"], rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(e.grad_W1(), grads["W1"], rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(e.evidence.sum(0) + net.b2, e.logits, rtol=1e-5, atol=1e-5)
    assert e.loss == pytest.approx(net.loss(x, y), rel=1e-5)
    assert 1 <= len(e.top_units) <= 10 and e.grad_W1_top.shape == (784, len(e.top_units))
    mags = np.abs(e.delta1)
    assert mags[e.top_units].min() >= np.sort(mags)[-len(e.top_units)]
    np.testing.assert_allclose(e.grad_W1_top, e.grad_W1()[:, e.top_units])
    assert not e.h.flags.writeable
    new = step_hidden(net.parameters(), activation, x[0], int(y[0]), 0.1)
    after = HiddenLayerNetwork.from_arrays(new["W1"], new["b1"], new["W2"], new["b2"], activation)
    assert after.loss(x, y) < net.loss(x, y)
    assert explain_hidden(net.parameters(), activation, x[0]).label == e.prediction


def test_history_holds_hidden_moments_within_a_byte_bound():
    net = HiddenLayerNetwork(32, "relu")
    one = Moment(0, 0, 0.0, NetworkWeights.of(net))
    assert isinstance(one.weights.architecture, HiddenLayer) and list(one.weights.params) == ["W1", "b1", "W2", "b2"]
    net.W1 += 1
    assert not np.array_equal(one.weights.params["W1"], net.W1) and not one.weights.params["W1"].flags.writeable
    history = WeightHistory(capacity=256, max_bytes=20 * one.nbytes)
    for i in range(200):
        history.add(Moment(i * 10, i, i / 100, NetworkWeights.of(net)))
    assert len(history) <= 20 and history.nbytes == sum(m.nbytes for m in history) <= 20 * one.nbytes
    plain = Moment(1, 1, 0.0, NetworkWeights.from_params(OneLayer(), {"W": np.zeros((784, 10)), "b": np.zeros(10)}))
    assert list(plain.weights.params) == ["W", "b"]
    with pytest.raises(ValueError):
        Moment(0, 0, 0.0, NetworkWeights.from_params(HiddenLayer(8), {
            "W1": np.zeros((784, 8)), "b1": np.zeros(8), "W2": np.zeros((9, 10)), "b2": np.zeros(10)}))


# --- files ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_a_saved_hidden_network_loads_back_identical(tmp_path, activation):
    net = HiddenLayerNetwork(48, activation, seed=9)
    net.b1[:] = np.arange(48)
    path = tmp_path / "h.npz"
    save_network(path, net)
    loaded = load_network(path)
    assert isinstance(loaded, HiddenLayerNetwork) and loaded.architecture == net.architecture
    for k, v in net.parameters().items():
        assert loaded.parameters()[k].tobytes() == v.tobytes()
    with np.load(path, allow_pickle=False) as npz:
        assert int(npz["hidden"]) == 48 and str(npz["activation"]) == activation
    assert list(tmp_path.iterdir()) == [path]
    with pytest.raises(WeightsError, match="hidden layer"):
        load_weights(path)


def test_old_and_new_one_layer_files_load_as_the_one_layer_network(tmp_path):
    one = SoftmaxRegression(seed=2)
    save_weights(tmp_path / "old.npz", one.W, one.b)
    save_network(tmp_path / "new.npz", one)
    for name in ("old.npz", "new.npz"):
        loaded = load_network(tmp_path / name)
        assert isinstance(loaded, SoftmaxRegression)
        np.testing.assert_array_equal(loaded.W, one.W)
    np.testing.assert_array_equal(load_weights(tmp_path / "new.npz")[0], one.W)


def hidden_arrays(H=128, **changes):
    arrays = dict(W1=np.zeros((784, H), np.float32), b1=np.zeros(H, np.float32), W2=np.zeros((H, 10), np.float32),
                  b2=np.zeros(10, np.float32), hidden=np.array(H), activation=np.array("relu"))
    arrays.update(changes)
    return {k: v for k, v in arrays.items() if v is not None}


@pytest.mark.parametrize("arrays, message", [
    (hidden_arrays(W2=np.zeros((64, 10), np.float32)),
     r"hidden-layer weights with 128 units: W2 has shape \(64, 10\), expected \(128, 10\)"),
    (hidden_arrays(b1=np.zeros(127, np.float32)), r"b1 has shape \(127,\), expected \(128,\)"),
    (hidden_arrays(hidden=np.array(64)), r"W1 has shape \(784, 128\), expected \(784, 64\)"),
    (hidden_arrays(hidden=np.array(5000)), "hidden units must be"),
    (hidden_arrays(hidden=np.array(1.5)), "'hidden' must be one whole number"),
    (hidden_arrays(activation=np.array("tanh")), "activation must be one of"),
    (hidden_arrays(activation=np.array(3)), "'activation' must be one text value"),
    (hidden_arrays(W1=None), "missing array W1"),
    (hidden_arrays(hidden=None), "no 'hidden' size"),
    (hidden_arrays(b2=np.full(10, np.inf, np.float32)), "NaN or infinite"),
    (hidden_arrays(W2=np.zeros((128, 10), np.int32)), "dtype"),
    (hidden_arrays(W1=np.array([object()] * 3, dtype=object)), "pickled"),
])
def test_hidden_files_that_do_not_fit_give_a_clear_weights_error(tmp_path, arrays, message):
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    with pytest.raises(WeightsError, match=message):
        load_network(path)
