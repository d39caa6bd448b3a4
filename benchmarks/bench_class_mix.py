"""What mixing the class's digits into training does (not a test): issue 18's closing-note figures.

    python benchmarks/bench_class_mix.py [--digits 250] [--epochs 1] [--seed 0]

No class has drawn here, so the "class" is simulated: ``--digits`` digits drawn as strokes, as a
phone sends them (pen paths in 0..1 of the pad), from a few stroke templates per digit (two
styles of 1, 4, 7 and 9, ...), each varied by a random slant, rotation, size, position, stretch and
wobble, then put through the phone's path into the class-digits folder (`strokes_to_image`,
`ClassDigits.add`: split as they arrive, one in three of each label kept to check on). Then, for
each network kind (one layer; one hidden layer of 128 ReLU units; a convolution of 8 5x5 filters), ``--epochs`` epochs of
mnist-train's defaults with the class digits mixed in at a share of 0 and of 0.1: MNIST test
accuracy and accuracy on the check digits (never trained on) for each.

Strokes from templates are not children's handwriting: the figures say how mixing moves the two
accuracies, not what a class will see exactly.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

from mnist_visualizer.core.collect.class_digits import ClassDigits
from mnist_visualizer.core.collect.strokes import strokes_to_image
from mnist_visualizer.core.data import load_dataset
from mnist_visualizer.core.model import build_network
from mnist_visualizer.core.networks import Convolution, HiddenLayer, OneLayer
from mnist_visualizer.core.training import ClassMix, TrainConfig, Trainer, suggested_learning_rate


def arc(cx, cy, rx, ry, start, end, n=24):
    """Points on an ellipse from angle ``start`` to ``end`` (degrees, 0 = right, 90 = down)."""
    t = np.radians(np.linspace(start, end, n))
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def line(*points, n=12):
    points = np.array(points, float)
    return np.concatenate([np.linspace(a, b, n, endpoint=False) for a, b in zip(points, points[1:])] + [points[-1:]])


TEMPLATES = {
    0: [[arc(0.5, 0.5, 0.27, 0.4, -90, 275, 40)]],
    1: [[line((0.5, 0.1), (0.5, 0.9))], [line((0.32, 0.28), (0.52, 0.1), (0.52, 0.9))]],
    2: [[np.concatenate([arc(0.5, 0.32, 0.25, 0.22, 200, 380), line((0.75, 0.36), (0.24, 0.88), (0.8, 0.88))])]],
    3: [[np.concatenate([arc(0.47, 0.3, 0.24, 0.2, 200, 450), arc(0.47, 0.69, 0.27, 0.21, 270, 510)])]],
    4: [[line((0.62, 0.1), (0.2, 0.62), (0.82, 0.62)), line((0.62, 0.1), (0.62, 0.9))],
        [line((0.28, 0.1), (0.24, 0.55), (0.78, 0.55)), line((0.7, 0.12), (0.7, 0.9))]],
    5: [[line((0.75, 0.12), (0.32, 0.12), (0.28, 0.45)), arc(0.48, 0.64, 0.28, 0.25, 215, 500)[:-6]]],
    6: [[np.concatenate([line((0.66, 0.1), (0.3, 0.55)), arc(0.5, 0.68, 0.23, 0.22, 180, 540)])]],
    7: [[line((0.22, 0.14), (0.78, 0.14), (0.42, 0.9))],
        [line((0.22, 0.14), (0.78, 0.14), (0.42, 0.9)), line((0.38, 0.52), (0.72, 0.52))]],
    8: [[np.concatenate([arc(0.5, 0.3, 0.2, 0.2, 90, 450), arc(0.5, 0.7, 0.25, 0.2, -90, 270)])]],
    9: [[np.concatenate([arc(0.5, 0.32, 0.24, 0.22, 0, 360), line((0.74, 0.32), (0.66, 0.9))])],
        [np.concatenate([arc(0.48, 0.3, 0.22, 0.2, 10, 370), line((0.7, 0.3), (0.7, 0.9))])]],
}


def drawn(label: int, rng) -> list[np.ndarray]:
    """One hand's take on a template: slanted, rotated, scaled, stretched, moved and wobbling."""
    strokes = TEMPLATES[label][rng.integers(len(TEMPLATES[label]))]
    slant, turn = rng.normal(-0.08, 0.12), np.radians(rng.normal(0, 6))   # most hands lean right
    scale, stretch = rng.uniform(0.55, 1.0), rng.uniform(0.75, 1.25)
    m = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]]) @ np.array([[stretch, slant], [0, 1]]) * scale
    shift = rng.uniform(-0.12, 0.12, 2)
    out = []
    for s in strokes:
        p = (s - 0.5) @ m.T + 0.5 + shift
        p = p + np.cumsum(rng.normal(0, 0.004, p.shape), axis=0)   # a hand's wobble
        out.append(np.clip(p, 0, 1))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--digits", type=int, default=250)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    digits = ClassDigits(tempfile.mkdtemp(prefix="class-digits-"))
    for label in rng.permutation(np.arange(args.digits) % 10):
        strokes = drawn(int(label), rng)
        digits.add(int(label), strokes_to_image(strokes), strokes)
    digits.save()
    print(f"{len(digits)} simulated class digits ({len(digits.train.labels)} to train on, "
          f"{len(digits.check.labels)} to check on) in {digits.folder}; {args.epochs} epoch(s), seed {args.seed}; "
          f"load average {os.getloadavg()[0]:.1f}")
    mnist = load_dataset()
    print(f"{'network':<24} {'mix':>4} {'MNIST test':>11} {'check digits':>13} {'seconds':>8}")
    for architecture in (OneLayer(), HiddenLayer(128, "relu"), Convolution((8,), 5)):
        for share in (0.0, 0.1):
            config = TrainConfig(suggested_learning_rate(1, architecture), 1, args.epochs, args.seed)
            trainer = Trainer(build_network(architecture, args.seed), mnist, config)
            trainer.mix = ClassMix(digits.train.images, digits.train.labels, digits.check.images,
                                   digits.check.labels, share)
            start = time.perf_counter()
            for _ in range(args.epochs):
                list(trainer.train_epoch())
            result = trainer.evaluate()
            print(f"{architecture.describe():<24} {share:>4.1f} {result.test_accuracy:>11.2%} "
                  f"{result.check_accuracy:>13.2%} {time.perf_counter() - start:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
