import numpy as np
import pytest

from mnist_visualizer.core.data import Dataset
from mnist_visualizer.core.networks.maths import softmax
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression, minibatch_step, sgd_block
from mnist_visualizer.core.training import TrainConfig, Trainer, TrainingDiverged, evaluate


def textbook_loop(x, y, W, b, lr):
    """The guide's gradient descent, one example at a time, as written in the course text."""
    for t in range(len(x)):
        p = softmax(x[t] @ W + b)
        target = np.zeros(10)
        target[y[t]] = 1
        W -= lr * np.outer(x[t], p - target)
        b -= lr * (p - target)


def test_block_sgd_is_exactly_the_per_example_loop():
    rng = np.random.default_rng(0)
    x = rng.random((300, 784)).astype(np.float32) * (rng.random((300, 784)) < 0.2)
    y = rng.integers(0, 10, 300)
    W0 = (rng.standard_normal((784, 10)) * 0.01).astype(np.float32)
    W_ref, b_ref = W0.astype(np.float64), np.zeros(10)
    textbook_loop(x.astype(np.float64), y, W_ref, b_ref, lr=0.05)
    W, b = W0.copy(), np.zeros(10, np.float32)
    for s in range(0, 300, 128):  # blocks of any size, as the trainer uses them
        sgd_block(x[s:s + 128], y[s:s + 128], W, b, lr=0.05)
    np.testing.assert_allclose(W, W_ref, rtol=1e-3, atol=1e-5)
    np.testing.assert_allclose(b, b_ref, rtol=1e-3, atol=1e-5)


def test_minibatch_step_is_the_models_step():
    rng = np.random.default_rng(1)
    x, y = rng.random((32, 784)).astype(np.float32), rng.integers(0, 10, 32)
    a, b = SoftmaxRegression(seed=0), SoftmaxRegression(seed=0)
    loss_before = a.loss(x, y)
    loss, correct = minibatch_step(x, y, a.W, a.b, 0.3)
    b.step(x, y, 0.3)
    np.testing.assert_allclose(a.W, b.W, rtol=1e-5, atol=1e-7)
    assert loss == pytest.approx(loss_before, rel=1e-5)
    assert correct == int((SoftmaxRegression(seed=0).predict(x) == y).sum())


def tiny_dataset(n=500, seed=0):
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, (n, 784)).astype(np.uint8)
    labels = (images[:, :10].argmax(axis=1)).astype(np.uint8)  # learnable from the first 10 pixels
    return Dataset(images, labels, images[:100], labels[:100], tuple("0123456789"), None)


@pytest.mark.parametrize("batch_size", [1, 7, 500])
def test_epochs_counts_and_metrics(batch_size):
    trainer = Trainer(SoftmaxRegression(0), tiny_dataset(), TrainConfig(0.01, batch_size))
    chunks = list(trainer.train_epoch(chunk_updates=3))
    assert chunks[-1].epoch_finished and trainer.epoch == 1
    assert trainer.examples_seen == 500
    n_updates = -(-500 // batch_size)
    assert sum(len(c.losses) for c in chunks) == n_updates == trainer.updates
    assert chunks[-1].examples_at[-1] == 500
    assert all(np.all(np.diff(c.examples_at) > 0) for c in chunks)
    assert 0 <= chunks[-1].running_accuracy <= 1


def test_single_update_is_one_example_at_batch_size_1():
    trainer = Trainer(SoftmaxRegression(0), tiny_dataset(), TrainConfig(0.01, 1))
    W0 = trainer.model.W.copy()
    m = trainer.train(1)
    assert len(m.losses) == 1 and m.examples_seen == 1
    i = trainer.order[0]
    x = trainer.x_train[i].astype(np.float32) / 255
    p = softmax(x @ W0)
    target = np.eye(10)[trainer.y_train[i]]
    np.testing.assert_allclose(trainer.model.W, W0 - 0.01 * np.outer(x, p - target), atol=1e-6)


def test_same_seed_same_result_and_other_seed_differs():
    def run(seed):
        t = Trainer(SoftmaxRegression(seed), tiny_dataset(), TrainConfig(0.01, 1, seed=seed))
        list(t.train_epoch(50))
        return t.model.W
    np.testing.assert_array_equal(run(3), run(3))
    assert not np.array_equal(run(3), run(4))


def test_live_changes_of_learning_rate_and_batch_size():
    trainer = Trainer(SoftmaxRegression(0), tiny_dataset(), TrainConfig(0.01, 1))
    trainer.train(10)
    trainer.config.batch_size = 50
    trainer.config.learning_rate = 0.1
    m = trainer.train(2)
    assert m.examples_seen == 110 and len(m.losses) == 2
    trainer.config.batch_size = 0
    with pytest.raises(ValueError):
        trainer.train(1)


@pytest.mark.parametrize("lr", [1e3, 1e6])
@pytest.mark.parametrize("batch_size", [1, 128])
def test_divergence_is_caught_and_the_weights_restored(lr, batch_size, mnist):
    trainer = Trainer(SoftmaxRegression(0), mnist, TrainConfig(0.01, batch_size))
    trainer.train(200)
    good_W, good_b = trainer.model.W.copy(), trainer.model.b.copy()
    seen = trainer.examples_seen
    trainer.config.learning_rate = lr
    with pytest.raises(TrainingDiverged, match="smaller learning rate"):
        for _ in range(50):
            trainer.train(2000 // batch_size)
    assert trainer.model.is_finite()
    # the weights are the last good ones: those from before the diverging chunk
    assert np.abs(trainer.model.W).max() < 1e4
    assert trainer.examples_seen >= seen
    if trainer.examples_seen == seen:
        np.testing.assert_array_equal(trainer.model.W, good_W)
        np.testing.assert_array_equal(trainer.model.b, good_b)


def test_evaluate_matches_the_model():
    ds = tiny_dataset()
    model = SoftmaxRegression(2)
    x = ds.test_images.astype(np.float32) / 255
    result = evaluate(model, x, ds.test_labels.astype(np.int64))
    assert result.test_accuracy == pytest.approx(model.accuracy(x, ds.test_labels))
    assert result.test_loss == pytest.approx(model.loss(x, ds.test_labels.astype(np.int64)), rel=1e-5)


@pytest.mark.parametrize("batch_size, lr", [(1, 0.01), (128, 0.5)])
def test_one_epoch_on_real_mnist_scores_at_least_0_9(mnist, batch_size, lr):
    trainer = Trainer(SoftmaxRegression(0), mnist, TrainConfig(lr, batch_size))
    list(trainer.train_epoch())
    result = trainer.evaluate()
    assert result.test_accuracy >= 0.9
    assert result.test_loss < 0.35
