"""Real handwriting from outside MNIST, as a phone would send it: UCI's pen-based digits as strokes.

The data: "Pen-Based Recognition of Handwritten Digits" (pendigits) by E. Alpaydin and
F. Alimoglu (Bogazici University), UCI Machine Learning Repository, donated 1998,
https://archive.ics.uci.edu/ml/datasets/Pen-Based+Recognition+of+Handwritten+Digits ; cite it as
UCI's citation policy asks (the authors, and the repository). OpenML's copy (dataset 32), from which
the CSV read here comes (the public repository datasets/openml-datasets, data/pendigits/), marks it
ODC-PDDL; UCI now lists its datasets under CC BY 4.0: credit the authors either way. 44 writers drew
10,992 digits on a tablet. Nothing here downloads it: the CSV is a file you have. It holds a header
line, then per digit ``x1,y1,...,x8,y8,class``: the pen's path, pen-up moves included (the strokes
joined), resampled to 8 points evenly spaced along it, y pointing up. Rows 1-7494 are UCI's
training file (30 writers), rows 7495-10992 its test file (14 other writers).

What the 8 points lost, and what is done about it:

* Each axis was scaled on its own so that it spans 0..100 (every row does, in x and in y; UCI's
  description says the longer side only, the rows say otherwise), so a digit's width-to-height
  ratio is gone: a "1" is as wide as it is tall. Both axes span exactly
  0..100 in every row, so the scaling came after the resampling (extremes between two samples
  would not land on 0 and 100), and the 8 points were evenly spaced along the path in the tablet's
  own proportions. The ratio is taken back from that: the one that makes the 7 steps between the
  points most nearly equal in length (`estimated_aspect`). Steps round a curve are chords, shorter
  than the arc, so it is an estimate: on 2,000 strokes of known shape (bench_class_mix's simulated
  digits, resampled and scaled the same way) its median is within 17% of the true ratio for every
  digit but "1", and 8 in 10 of each of those digits within 26%; "1"s, nearly straight, come out
  too wide (median 1.35 times, 1 in 10 over 2.5 times), their sideways wobble all there is to
  measure. A real "1" still comes out far narrower than the square the row holds.
* 8 points make angular digits: a "0" is an octagon, a "3" a zigzag. The points are joined with
  straight lines, as `core.collect.strokes.strokes_to_image` inks any polyline (round-capped
  segments between the points): more points on the same lines would ink the same image.
* The pen's jumps between strokes are drawn (a "4" or a "5" drawn in two strokes gains a line).
"""

from __future__ import annotations

import numpy as np

N_POINTS = 8
FIRST_TEST_ROW = 7494      # 0-based: the first row of UCI's test file (writers not in the training file)
# How much of the pad a digit's longer side spans, drawn uniformly per digit: the range of the
# simulated class's digits (bench_class_mix), so that the two classes differ in their handwriting,
# not in how thick the brush is beside the digit (the 28x28 image is fitted to the digit's size).
SIZES = (0.45, 0.8)
# Width-to-height ratios tried when taking a digit's proportions back from its steps.
ASPECTS = np.geomspace(0.1, 3.0, 400).astype(np.float32)
# Below this range of spreads over ASPECTS every ratio fits alike (only a straight stroke: the
# pendigits rows' ranges start at 0.04).
UNDECIDED = 0.01


class PendigitsError(ValueError):
    """The file is not pendigits as this module reads it (the message says what is wrong)."""


def read_pendigits(path) -> tuple[np.ndarray, np.ndarray]:
    """The digits of a pendigits CSV.

    Returns
    -------
    points : ndarray, shape (n, 8, 2), float32, (x, y) in 0..100, y up
    labels : ndarray, shape (n,), int64, 0..9
    """
    try:
        table = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    except (OSError, ValueError) as error:
        raise PendigitsError(f"cannot read {path} as pendigits CSV: {error}") from None
    if table.shape[1] != 2 * N_POINTS + 1 or len(table) == 0:
        raise PendigitsError(f"{path}: expected rows of {2 * N_POINTS} coordinates and a class, "
                             f"found {table.shape[1]} columns in {len(table)} rows")
    labels = table[:, -1]
    if not np.isin(labels, np.arange(10)).all():
        raise PendigitsError(f"{path}: a class is not a digit 0-9")
    if not ((table[:, :-1] >= 0) & (table[:, :-1] <= 100)).all():
        raise PendigitsError(f"{path}: a coordinate is not a number in 0..100")
    return table[:, :-1].reshape(-1, N_POINTS, 2).astype(np.float32), labels.astype(np.int64)


def resampled(path: np.ndarray) -> np.ndarray:
    """N_POINTS points evenly spaced along a pen's path (m, 2), by linear interpolation: (N_POINTS, 2)."""
    path = np.asarray(path, np.float64)
    along = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(path, axis=0).T))])
    at = np.linspace(0, along[-1], N_POINTS)
    return np.stack([np.interp(at, along, path[:, 0]), np.interp(at, along, path[:, 1])], axis=1)


def as_stored(path: np.ndarray) -> np.ndarray:
    """A pen's path as pendigits stores it (UCI's recipe, as the rows show it): `resampled`, then
    each axis scaled on its own to span 0..100, rounded.

    path : ndarray, shape (m, 2), (x, y) with y up, not all on one horizontal or vertical line
    Returns ndarray, shape (N_POINTS, 2), float32
    """
    points = resampled(path)
    low, high = points.min(axis=0), points.max(axis=0)
    return np.round((points - low) / (high - low) * 100).astype(np.float32)


def estimated_aspect(points: np.ndarray) -> np.ndarray:
    """Each digit's width / height before its axes were scaled apart: the ratio in ASPECTS that
    makes its steps between points most nearly equal in length (least spread / mean). A straight
    stroke's steps are equal whatever the ratio: it gets the narrowest (a "1" as a plain line).

    points : ndarray, shape (n, 8, 2), each axis spanning 0..100
    Returns ndarray, shape (n,), float32
    """
    steps = np.diff(points, axis=1)                                            # (n, 7, 2)
    dx2, dy2 = steps[:, None, :, 0] ** 2, steps[:, None, :, 1] ** 2            # (n, 1, 7)
    lengths = np.sqrt(ASPECTS[None, :, None] ** 2 * dx2 + dy2)                 # (n, A, 7)
    spread = lengths.std(axis=2) / np.maximum(lengths.mean(axis=2), 1e-6)      # (n, A)
    undecided = np.ptp(spread, axis=1) < UNDECIDED
    return np.where(undecided, ASPECTS[0], ASPECTS[spread.argmin(axis=1)])


def on_pad(points: np.ndarray, aspect: np.ndarray, size: np.ndarray) -> np.ndarray:
    """The digits as a phone's pad has them: (x, y) in 0..1, y down, each digit's box given its
    width / height ``aspect``, its longer side spanning ``size`` of the pad, centred.

    points : ndarray, shape (n, 8, 2), each axis spanning 0..100, y up
    aspect, size : ndarray, shape (n,)
    Returns ndarray, shape (n, 8, 2), float32
    """
    box = np.stack([np.minimum(aspect, 1), np.minimum(1 / aspect, 1)], axis=1) * size[:, None]   # (n, 2)
    unit = points / 100
    unit = np.stack([unit[..., 0], 1 - unit[..., 1]], axis=-1)                 # y down, as on a screen
    return (0.5 + (unit - 0.5) * box[:, None, :]).astype(np.float32)


def balanced_rows(labels: np.ndarray, per_label: int, rng, first: int = FIRST_TEST_ROW) -> np.ndarray:
    """``per_label`` row indices of each label, chosen with ``rng`` from the rows from ``first`` on
    (UCI's test writers; from the rows before only if a label has too few there), in a random order.

    Returns ndarray, shape (10 * per_label,), int64
    """
    rows = np.arange(len(labels))
    chosen = []
    for label in range(10):
        preferred = rng.permutation(rows[(labels == label) & (rows >= first)])
        others = rng.permutation(rows[(labels == label) & (rows < first)])
        pool = np.concatenate([preferred, others])
        if len(pool) < per_label:
            raise PendigitsError(f"only {len(pool)} digits labelled {label}, {per_label} wanted")
        chosen.append(pool[:per_label])
    return rng.permutation(np.concatenate(chosen))


def pendigits_class(path, digits: int, rng) -> list[tuple[int, list[np.ndarray]]]:
    """A "class" of ``digits`` pendigits digits (``digits // 10`` of each label), each as the one
    stroke a phone would send: [(label, [points (8, 2) in 0..1 of the pad, y down])]."""
    points, labels = read_pendigits(path)
    rows = balanced_rows(labels, digits // 10, rng)
    pads = on_pad(points[rows], estimated_aspect(points[rows]), rng.uniform(*SIZES, len(rows)))
    return [(int(label), [pad]) for label, pad in zip(labels[rows], pads)]
