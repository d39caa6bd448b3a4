"""What mixing the class's digits into training does (not a test): issue 18's closing-note figures.

    python benchmarks/bench_class_mix.py [--digits 250] [--epochs 1] [--seed 0]
                                         [--pendigits CSV] [--grid OUT.png]

No class has drawn here, so the "class" is ``--digits`` digits drawn as strokes, as a phone sends
them (pen paths in 0..1 of the pad), balanced per label, from one of two sources:

* simulated (the default): a few stroke templates per digit (two styles of 1, 4, 7 and 9, ...),
  each varied by a random slant, rotation, size, position, stretch and wobble;
* ``--pendigits CSV``: real handwriting by people outside MNIST, UCI's pen-based digits (Alpaydin
  and Alimoglu; 44 writers on a tablet), chosen at random from the 14 writers of UCI's
  test file, each digit one stroke of 8 points (benchmarks/pendigits.py says where the CSV comes
  from, what its 8 points lost and how they are put back on a pad). Nothing is downloaded: the CSV
  is a file you have.

Each is put through the phone's path into the class-digits folder (`strokes_to_image`,
`ClassDigits.add`: split as they arrive, one in three of each label kept to check on);
``--grid OUT.png`` saves the resulting 28x28 images, a row per label, with MNIST training digits of
the same label at the row's end to compare. Then, for each network kind (one layer; one hidden
layer of 128 ReLU units; a convolution of 8 5x5 filters), ``--epochs`` epochs of mnist-train's
defaults with the class digits mixed in at a share of 0 and of 0.1: MNIST test accuracy and
accuracy on the check digits (never trained on) for each.

Strokes from templates are not children's handwriting, and 8 points a digit from adults on a
tablet are angular and lose their proportions: the figures say how mixing moves the two
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
from PIL import Image

from mnist_visualizer.core.collect.class_digits import ClassDigits
from mnist_visualizer.core.collect.strokes import strokes_to_image
from mnist_visualizer.core.data import load_dataset
from mnist_visualizer.core.model import build_network
from mnist_visualizer.core.networks import Convolution, HiddenLayer, OneLayer
from mnist_visualizer.core.training import ClassMix, TrainConfig, Trainer, suggested_learning_rate

try:
    from pendigits import PendigitsError, pendigits_class   # run as a script: benchmarks/ is on the path
except ImportError:
    from benchmarks.pendigits import PendigitsError, pendigits_class


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


def simulated_class(digits: int, rng) -> list[tuple[int, list[np.ndarray]]]:
    """``digits`` digits from the templates, as many of each label: [(label, strokes)]."""
    return [(int(label), drawn(int(label), rng)) for label in rng.permutation(np.arange(digits) % 10)]


def save_grid(path: str, images: np.ndarray, labels: np.ndarray, beside: np.ndarray,
              beside_labels: np.ndarray, scale: int = 3) -> None:
    """A PNG of 28x28 digits, a row per label: ``images`` (n, 784) uint8, then a gap, then
    ``beside`` (m, 784) of the same label (MNIST's, to compare); white ink on black, as the
    network sees them, each pixel ``scale`` pixels wide."""
    columns = [int(np.sum(labels == k)) for k in range(10)]
    per_row, extra = max(columns), max(int(np.sum(beside_labels == k)) for k in range(10))
    sheet = np.full((10 * 30, (per_row + 1 + extra) * 30), 60, np.uint8)   # grey between the digits
    for label in range(10):
        row = list(images[labels == label]) + [None] * (per_row - columns[label] + 1)
        for column, image in enumerate(row + list(beside[beside_labels == label])):
            if image is not None:
                sheet[label * 30 + 1: label * 30 + 29, column * 30 + 1: column * 30 + 29] = image.reshape(28, 28)
    Image.fromarray(np.kron(sheet, np.ones((scale, scale), np.uint8))).save(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--digits", type=int, default=250)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pendigits", metavar="CSV",
                        help="the class from UCI's pen-based digits (this CSV) instead of simulated strokes")
    parser.add_argument("--grid", metavar="PNG", help="save the class's 28x28 digits, with MNIST's, here")
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    try:
        drawings = (pendigits_class(args.pendigits, args.digits, rng) if args.pendigits
                    else simulated_class(args.digits, rng))
    except PendigitsError as error:
        print(f"bench_class_mix: {error}", file=sys.stderr)
        return 2
    digits = ClassDigits(tempfile.mkdtemp(prefix="class-digits-"))
    for label, strokes in drawings:
        digits.add(label, strokes_to_image(strokes), strokes)
    digits.save()
    source = f"pendigits digits from {args.pendigits}" if args.pendigits else "simulated class digits"
    print(f"{len(digits)} {source} ({len(digits.train.labels)} to train on, "
          f"{len(digits.check.labels)} to check on) in {digits.folder}; {args.epochs} epoch(s), seed {args.seed}; "
          f"load average {os.getloadavg()[0]:.1f}")
    mnist = load_dataset()
    if args.grid:
        images, labels, _ = digits.all_images()
        save_grid(args.grid, images, labels, mnist.train_images[:80], mnist.train_labels[:80])
        print(f"the class's digits (left) and MNIST's (right), a row per label: {args.grid}")
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
