"""Pendigits rows as a phone's strokes (benchmarks/pendigits.py): the proportions the rows lost
are taken back, y is flipped, a "1" becomes a tall thin digit, the class is balanced and seeded,
and a file that is not pendigits gets a clear message."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from benchmarks.bench_class_mix import drawn
from benchmarks.pendigits import (ASPECTS, PendigitsError, as_stored, balanced_rows, estimated_aspect,
                                  pendigits_class, read_pendigits, resampled)
from mnist_visualizer.core.collect.strokes import strokes_to_image

ROOT = Path(__file__).resolve().parents[2]
ONE = [(35, 75), (50, 100), (50, 0)]          # a "1" with a flag, drawn down; y up, 0.15 as wide as tall
SEVEN = [(0, 100), (60, 100), (20, 0)]        # a "7": the bar at the top; 0.6 as wide as tall
BOX = [(0, 0), (50, 0), (50, 100), (0, 100), (0, 0)]   # half as wide as tall


def write_rows(path: Path, paths_and_labels) -> Path:
    """A pendigits CSV of the given (pen path, label) pairs."""
    header = ",".join([f"input{i}" for i in range(1, 17)] + ["class"])
    lines = [",".join([f"{v:.0f}" for v in as_stored(p).ravel()] + [str(label)]) for p, label in paths_and_labels]
    path.write_text("\n".join([header] + lines) + "\n")
    return path


def ink_box(image: np.ndarray) -> tuple[int, int]:
    """Height and width, in pixels, of the inked part of a 28x28 image (784,) uint8."""
    rows, columns = np.nonzero(image.reshape(28, 28) > 127)
    return np.ptp(rows) + 1, np.ptp(columns) + 1


def test_stored_rows_lose_the_proportions_and_the_steps_give_them_back():
    for path, true in ((BOX, 0.5), (SEVEN, 0.6), (ONE, 0.15)):
        stored = as_stored(np.array(path))
        assert np.ptp(stored, axis=0).tolist() == [100, 100]   # as every pendigits row: a square
        estimate = estimated_aspect(stored[None])[0]
        assert estimate < 0.7, (path, estimate)
        if path is not ONE:   # the flag's corner falls between two samples: the "1" is only narrow
            assert estimate == pytest.approx(true, rel=0.15), (path, estimate)


def test_proportions_of_simulated_strokes_come_back_near_the_truth():
    """The docstring's figures, on fewer strokes: bench_class_mix's simulated digits (all but "1")."""
    rng = np.random.default_rng(1)
    ratios = {label: [] for label in (0, 2, 3, 4, 5, 6, 7, 8, 9)}
    for label in list(ratios) * 40:
        path = np.concatenate(drawn(label, rng)) * [1, -1]               # y up, as the tablet's
        true = np.divide(*np.ptp(resampled(path), axis=0))               # the 8 points' width / height
        ratios[label].append(estimated_aspect(as_stored(path)[None])[0] / true)
    for label, r in ratios.items():
        assert 0.8 < np.median(r) < 1.2, (label, np.median(r))


def test_a_straight_stroke_is_the_narrowest():
    assert estimated_aspect(as_stored(np.array([(45, 100), (55, 0)]))[None])[0] == ASPECTS[0]


def test_a_one_and_a_seven_through_the_phones_path(tmp_path):
    shapes = {1: ONE, 7: SEVEN}
    csv = write_rows(tmp_path / "digits.csv", [(shapes.get(label, BOX), label) for label in range(10)] * 2)
    class_ = pendigits_class(csv, 20, np.random.default_rng(0))
    assert sorted(label for label, _ in class_) == sorted(list(range(10)) * 2)
    drawings = dict(class_)
    for strokes in drawings.values():
        assert len(strokes) == 1 and strokes[0].shape == (8, 2)          # one stroke of the 8 points
        assert 0.1 < strokes[0].min() and strokes[0].max() < 0.9         # a margin round it, in the pad
    one, seven = strokes_to_image(drawings[1]), strokes_to_image(drawings[7])
    height, width = ink_box(one)
    assert width < 0.6 * height, (height, width)                         # tall and thin, not square
    ink = seven.reshape(28, 28) > 127
    widths = ink.sum(axis=1)
    rows = np.nonzero(widths)[0]
    assert widths.argmax() < rows[0] + 3, widths                         # the bar at the top: y flipped


def test_balanced_rows_prefer_the_later_writers_and_are_seeded():
    labels = np.tile(np.arange(10), 10)                                  # 5 of each label before row 50
    few = balanced_rows(labels, 3, np.random.default_rng(1), first=50)
    assert np.bincount(labels[few]).tolist() == [3] * 10 and (few >= 50).all()
    many = balanced_rows(labels, 7, np.random.default_rng(1), first=50)
    assert np.bincount(labels[many]).tolist() == [7] * 10 and (many >= 50).sum() == 50
    assert len(set(many.tolist())) == 70
    assert (balanced_rows(labels, 7, np.random.default_rng(1), first=50) == many).all()
    with pytest.raises(PendigitsError, match="only 10 digits labelled 0"):
        balanced_rows(labels, 11, np.random.default_rng(1))


@pytest.mark.parametrize("text, says", [
    ("a,b,c\n1,2,3\n", "expected rows of 16 coordinates and a class"),
    ("h\n" + ",".join(["5"] * 16) + ",12\n", "a class is not a digit"),
    ("h\n" + ",".join(["x"] * 17) + "\n", "cannot read"),
    ("h\n" + ",".join(["nan"] + ["5"] * 15) + ",3\n", "not a number in 0..100"),
    ("h\n" + ",".join(["-1"] + ["5"] * 15) + ",3\n", "not a number in 0..100"),
])
def test_a_file_that_is_not_pendigits_says_why(tmp_path, text, says):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(PendigitsError, match=says):
        read_pendigits(path)


def test_the_benchmark_refuses_a_bad_file_with_a_message(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_class_mix.py"),
                           "--pendigits", str(tmp_path / "missing.csv")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "cannot read" in done.stderr and "Traceback" not in done.stderr
