"""The class's digits mixed into training: the share is the share of examples, the check digits
are scored at every evaluation, the network learns them, and they cross the pipe without pickle."""

import io
import json
import subprocess
import sys

import numpy as np
import pytest

from mnist_visualizer.core.collect.class_digits import ClassDigits
from mnist_visualizer.core.data import Dataset, as_float
from mnist_visualizer.core.live.messages import read_message, write_message
from mnist_visualizer.core.live.training_loop import TrainingLoop
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.core.training import ClassMix, TrainConfig, Trainer


def transposed(images):
    """Digits written 'another way': each image transposed (a hand MNIST never saw)."""
    return np.ascontiguousarray(images.reshape(-1, 28, 28).transpose(0, 2, 1).reshape(-1, 784))


@pytest.fixture(scope="module")
def class_mix(mnist):
    """300 'class digits' to train on and 300 others to check on, from MNIST's test set, transposed."""
    x, y = transposed(mnist.test_images[:600]), mnist.test_labels[:600]
    return lambda share: ClassMix(x[:300], y[:300], x[300:], y[300:], share)


def test_the_share_is_the_share_of_examples(small_dataset, class_mix):
    trainer = Trainer(SoftmaxRegression(0), small_dataset, TrainConfig())
    trainer.mix = class_mix(0.3)
    x, _ = trainer.examples(np.arange(2000))
    from_mnist = (x == as_float(small_dataset.train_images)).all(axis=1)
    assert abs((~from_mnist).mean() - 0.3) < 0.04
    trainer.mix = class_mix(0.0)
    x, y = trainer.examples(np.arange(2000))
    assert (y == small_dataset.train_labels).all()


def test_mixing_teaches_the_network_the_class_hand_and_check_digits_say_so(mnist, class_mix):
    # a third of MNIST's training set: enough to learn both hands, quick on a busy machine
    part = Dataset(mnist.train_images[:20_000], mnist.train_labels[:20_000], mnist.test_images[2000:],
                   mnist.test_labels[2000:], mnist.class_names, mnist.source)
    scores = {}
    for share in (0.0, 0.1):
        trainer = Trainer(SoftmaxRegression(0), part, TrainConfig(0.01, 1))
        trainer.mix = class_mix(share)
        list(trainer.train_epoch())
        scores[share] = trainer.evaluate()
    assert scores[0.0].check_accuracy < 0.5            # MNIST alone reads the other hand badly
    assert scores[0.1].check_accuracy > scores[0.0].check_accuracy + 0.2
    # MNIST still read: one layer shares its ten templates between MNIST and a hand this different
    # (transposed), so it gives up a little (measured on all of MNIST: 91.6% to 89.6%)
    assert scores[0.1].test_accuracy > scores[0.0].test_accuracy - 0.04


def test_without_class_digits_there_is_no_check_accuracy(small_dataset):
    assert np.isnan(Trainer(SoftmaxRegression(0), small_dataset).evaluate().check_accuracy)


def test_the_loop_takes_class_digits_and_reports_their_accuracy(small_dataset, class_mix):
    snaps = []
    loop = TrainingLoop(small_dataset, TrainConfig(), on_snapshot=snaps.append)
    loop.command("class_digits", class_mix(0.2))
    loop.command("step", 10)
    loop.request_stop()
    loop._run_once()
    assert np.isfinite(loop.trainer.evaluate().check_accuracy)


def test_class_digits_sent_while_training_runs_are_scored_on_the_weights_they_met(small_dataset, class_mix):
    """Running, their check accuracy is of the weights as they were when the digits arrived (not of
    the next scheduled evaluation's), made in slices while training goes on."""
    snaps = []
    loop = TrainingLoop(small_dataset, TrainConfig(), on_snapshot=snaps.append)
    loop.command("start")
    loop._run_once()
    arrived_at = loop.trainer.examples_seen
    loop.command("class_digits", class_mix(0.2))
    scored = []
    for _ in range(200):
        loop._run_once()
        scored = [e for s in snaps for e in s.evaluations if np.isfinite(e.check_accuracy)]
        if scored:
            break
    loop.request_stop()
    assert scored, "no evaluation scored the check digits"
    assert scored[0].examples_seen == arrived_at
    assert snaps[-1].examples_seen > arrived_at   # training went on meanwhile


def test_a_class_mix_crosses_the_pipe_as_npy_arrays(class_mix):
    buffer = io.BytesIO()
    write_message(buffer, ("command", "class_digits", (class_mix(0.1),)))
    assert b"pickle" not in buffer.getvalue()
    buffer.seek(0)
    kind, name, (mix,) = read_message(buffer)
    assert isinstance(mix, ClassMix) and mix.share == 0.1 and (mix.check_images == class_mix(0.1).check_images).all()


def test_a_share_over_half_is_refused(class_mix):
    with pytest.raises(ValueError, match="from 0 to 0.5"):
        class_mix(0.6)


def test_mnist_train_reports_check_digits_beside_the_test_set(mnist, tmp_path):
    digits = ClassDigits(tmp_path / "class")
    for image, label in zip(transposed(mnist.test_images[:90]), mnist.test_labels[:90]):
        digits.add(int(label), image)
    digits.save()
    out = subprocess.run([sys.executable, "-m", "mnist_visualizer.core.cli", "--class-digits",
                          str(tmp_path / "class"), "--mix", "0.1", "--epochs", "1", "--json"],
                         capture_output=True, text=True, timeout=120, check=True)
    record = json.loads(out.stdout.splitlines()[-1])
    assert record["mix"] == 0.1 and record["class_check_digits"] == len(digits.check.labels) > 20
    assert 0 <= record["check_accuracy"] <= 1 and record["test_accuracy"] > 0.85
