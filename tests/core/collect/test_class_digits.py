"""The class-digits folder: split as digits arrive, balanced per label; kept as the four IDX files
the app reads and strokes.json; opened, merged, cleared; bad files said in words."""

import json

import numpy as np
import pytest

from mnist_visualizer.core.collect.class_digits import CHECK_EVERY, ClassDigits
from mnist_visualizer.core.collect.strokes import SHEET, strokes_to_image, strokes_to_ink
from mnist_visualizer.core.data import DatasetError, load_dataset


def digit(value=200):
    return np.full(784, value, np.uint8)


def test_each_label_is_split_on_its_own_however_unevenly_the_class_draws(tmp_path):
    digits = ClassDigits(tmp_path)
    rng = np.random.default_rng(0)
    labels = rng.choice(10, size=250, p=[0.3] + [0.7 / 9] * 9)   # many zeros, few of the rest
    for label in labels:
        digits.add(int(label), digit())
    totals = np.bincount(labels, minlength=10)
    assert (digits.check.counts() == totals // CHECK_EVERY).all()
    assert (digits.train.counts() + digits.check.counts() == totals).all()


def test_the_folder_is_the_four_idx_files_the_app_reads_and_strokes(tmp_path):
    digits = ClassDigits(tmp_path / "set")
    stroke = [[[0.2, 0.2], [0.8, 0.8]]]
    for i in range(9):
        digits.add(i % 3, strokes_to_image(stroke), stroke)
    digits.add(5, digit(), (), "canvas")
    digits.save()
    dataset = load_dataset(tmp_path / "set")
    assert len(dataset.train_labels) == len(digits.train.labels) and len(dataset.test_labels) == 3
    assert (dataset.train_images == digits.train.images).all()
    again = ClassDigits.open(tmp_path / "set")
    assert again.counts().tolist() == digits.counts().tolist()
    assert np.allclose(again.strokes("train", 0)[0], stroke[0])
    assert again.train.records[-1]["source"] == "canvas" and again.strokes("train", len(again.train.labels) - 1) == []
    assert sorted(p.name for p in (tmp_path / "set").iterdir()) == [
        "strokes.json", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
        "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"]


def test_merge_and_clear(tmp_path):
    one, two = ClassDigits(tmp_path / "a"), ClassDigits(tmp_path / "b")
    for i in range(6):
        one.add(1, digit())
        two.add(2, digit())
    two.save()
    assert one.merge(ClassDigits.open(tmp_path / "b")) == 6
    assert one.counts()[[1, 2]].tolist() == [6, 6] and one.check.counts()[2] == 6 // CHECK_EVERY
    one.clear()
    one.save()
    assert len(ClassDigits.open(tmp_path / "a")) == 0


def test_a_new_folder_is_an_empty_set_and_bad_files_are_said_in_words(tmp_path):
    assert len(ClassDigits.open(tmp_path / "new")) == 0
    digits = ClassDigits(tmp_path / "set")
    digits.add(3, digit())
    digits.save()
    (tmp_path / "set" / "strokes.json").write_text("{not json")
    with pytest.raises(DatasetError, match="strokes.json"):
        ClassDigits.open(tmp_path / "set")
    (tmp_path / "set" / "strokes.json").write_text(json.dumps({"format": 1, "train": [], "check": []}))
    with pytest.raises(DatasetError, match="do not agree"):
        ClassDigits.open(tmp_path / "set")
    (tmp_path / "set" / "train-labels-idx1-ubyte.gz").write_bytes(b"garbage")
    with pytest.raises(DatasetError, match="train-labels"):
        ClassDigits.open(tmp_path / "set")


def test_strokes_are_inked_with_the_canvas_brush_and_go_through_mnists_recipe():
    ink = strokes_to_ink([[[0.5, 0.1], [0.5, 0.9]]])
    row = ink[SHEET // 2]
    assert abs((row > 0.5).sum() - 22 / 280 * SHEET) <= 1   # the canvas' brush: 22 pixels of its 280
    image = strokes_to_image([[[0.5, 0.1], [0.5, 0.9]]]).reshape(28, 28)
    rows = np.flatnonzero(image.max(axis=1) > 0)
    assert rows[-1] - rows[0] + 1 == 20               # scaled to MNIST's 20-pixel box
    assert strokes_to_image([[[0.3, 0.3]]]).max() == 255   # a dot is a digit too (a full-ink blob)


def test_a_save_made_now_and_written_later_writes_the_set_as_it_was(tmp_path):
    """(The window writes its folder from another thread while digits go on arriving.)"""
    digits = ClassDigits(tmp_path / "set")
    stroke = [[[0.2, 0.2], [0.8, 0.8]]]
    for i in range(100):   # past the arrays' first room (64), so they have grown
        digits.add(i % 10, digit(i), stroke)
    seen_images = digits.train.images
    before = seen_images.copy()
    write = digits.saving()
    for i in range(100, 200):
        digits.add(i % 10, digit(i), stroke)
    assert (seen_images == before).all() and len(digits.train.images) == 2 * len(before)
    write()
    kept = ClassDigits.open(tmp_path / "set")
    assert len(kept) == 100 and sorted(kept.all_images()[0][:, 0].tolist()) == list(range(100))
    text = json.loads((tmp_path / "set" / "strokes.json").read_text())
    assert text["format"] == 1 and [r["label"] for r in text["train"]] == kept.train.labels.tolist() and len(text["check"]) == 30
    digits.save()
    assert len(ClassDigits.open(tmp_path / "set")) == 200
